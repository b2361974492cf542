//! A scale run: ingest a generated corpus, then time the query set.
//!
//! ```text
//! cargo run --release --example scale -- --articles 100000 [--db DIR] [--cache-mb N] [--corpus pages|short]
//! cargo run --release --example scale -- --db DIR --queries-only   # time the queries again
//! cargo run --release --example scale -- --db DIR --queries-only --compact NEW_DIR
//! cargo run --release --features redb --example scale -- --articles 100000 --engine redb
//! ```
//!
//! Each chunk of 10,000 articles prints its rate and the events stored so far: the
//! cost per article as the store grows from thousands to a million events.
//!
//! Prints ingest throughput, query latencies (p50 and p99 over repeated runs), store
//! size and peak memory (VmHWM), then how many distinct events the corpus holds
//! against how many the store made of it. With `--compact NEW_DIR` the store is
//! copied into `NEW_DIR` (new or empty) with `Store::compact_to` before the queries,
//! which then run on the copy.
//!
//! The corpus (`--corpus pages`, the default) is `benches/common/corpus.rs`, the
//! one `gen_corpus` writes: news pages of 2-5 KB with page noise, two to eight
//! events each, 5,000 officials and 2,000 places with Zipf popularity, ten years in
//! publication order, a third of the events re-reported. `--corpus short` is the
//! corpus of sessions 1-3 (`benches/common/mod.rs::news`: 300-byte articles with one
//! meeting each among 1,000 officials, in random date order).

/// mimalloc, as a production binary would use: ingest runs a fifth to a half
/// faster than on the system allocator here (BENCHMARKS.md, session 14). Build
/// with `RUSTFLAGS="--cfg dossier_system_alloc"` to measure the system allocator.
#[cfg(not(dossier_system_alloc))]
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[path = "../benches/common/mod.rs"]
mod common;

use std::time::{Duration, Instant};

use chrono::NaiveDate;
use dossier::Store;

fn arg(name: &str) -> Option<String> {
    let args: Vec<String> = std::env::args().collect();
    args.iter().position(|a| a == name).and_then(|i| args.get(i + 1).cloned())
}

fn peak_rss_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

fn percentiles(mut v: Vec<Duration>) -> (Duration, Duration) {
    v.sort();
    let at = |p: f64| v[((v.len() as f64 - 1.0) * p).round() as usize];
    (at(0.5), at(0.99))
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let n: usize = arg("--articles").map(|s| s.parse()).transpose()?.unwrap_or(100_000);
    let dir = match arg("--db") {
        Some(d) => std::path::PathBuf::from(d),
        None => std::env::temp_dir().join(format!("dossier-scale-{}", std::process::id())),
    };
    let queries_only = std::env::args().any(|a| a == "--queries-only");
    let pages = match arg("--corpus").as_deref() {
        None | Some("pages") => Some(common::corpus::Corpus::new(common::corpus::SEED, n)),
        Some("short") => None,
        Some(other) => return Err(format!("unknown corpus {other:?} (pages or short)").into()),
    };
    if queries_only && arg("--db").is_none() {
        return Err("--queries-only needs --db DIR (a store made by an earlier run)".into());
    }
    if dir.exists() && !queries_only {
        std::fs::remove_dir_all(&dir)?;
    }
    let mut builder = Store::builder(&dir);
    match arg("--engine").as_deref() {
        None | Some("sled") => {}
        #[cfg(feature = "redb")]
        Some("redb") => builder = builder.engine(dossier::EngineKind::Redb),
        Some(other) => return Err(format!("unknown engine {other:?} (sled; redb with --features redb)").into()),
    }
    if let Some(mb) = arg("--cache-mb") {
        builder = builder.cache_bytes(mb.parse::<u64>()? << 20);
    }
    let opening = Instant::now();
    let store = builder.open()?;
    let opened = opening.elapsed();
    let started = Instant::now();
    let mut text_bytes = 0usize;
    let step = 10_000usize;
    let mut from = 0;
    let mut events = 0usize;
    // The bar draws only on a terminal; the per-chunk lines (the cost-per-article
    // curve as the store grows) go to stderr either way.
    let bar = indicatif::ProgressBar::with_draw_target(Some(n as u64), indicatif::ProgressDrawTarget::stderr());
    if let Ok(style) =
        indicatif::ProgressStyle::with_template("{elapsed_precise} [{wide_bar}] {pos}/{len} {per_sec} ETA {eta}")
    {
        bar.set_style(style.progress_chars("=> "));
    }
    while from < n && !queries_only {
        let to = (from + step).min(n);
        let chunk = match &pages {
            Some(corpus) => corpus.articles(from, to),
            None => common::articles_news(from, to),
        };
        text_bytes += chunk.iter().map(|a| a.text.len()).sum::<usize>();
        let t = Instant::now();
        let summary = store.ingest_many(chunk)?;
        events += summary.events_new;
        let per_article = t.elapsed() / (to - from) as u32;
        bar.suspend(|| {
            eprintln!(
                "{to:>9} / {n} articles  {events:>9} events  {:>7.0} articles/s (this chunk, {per_article:.0?} each)  {:>7.0} overall",
                (to - from) as f64 / t.elapsed().as_secs_f64(),
                to as f64 / started.elapsed().as_secs_f64()
            )
        });
        bar.set_position(to as u64);
        from = to;
    }
    bar.finish_and_clear();
    let ingest = started.elapsed();
    let stats = store.stats()?;
    if queries_only {
        println!("store: {} articles, {} events, {} people", stats.articles, stats.events, stats.entities);
        println!("store: {:.1} MB on disk, opened in {opened:.1?}", stats.bytes_on_disk as f64 / 1e6);
    } else {
        println!(
            "ingested {n} articles ({:.1} MB of text) in {:.1?}: {:.0} articles/s; {} events, {} people",
            text_bytes as f64 / 1e6,
            ingest,
            n as f64 / ingest.as_secs_f64(),
            stats.events,
            stats.entities
        );
        println!(
            "store: {:.1} MB on disk ({:.2}x the text)",
            stats.bytes_on_disk as f64 / 1e6,
            stats.bytes_on_disk as f64 / text_bytes.max(1) as f64
        );
        if let Some(mb) = peak_rss_mb() {
            println!("peak RSS of the ingest: {mb:.0} MB");
        }
    }

    let store = match arg("--compact") {
        Some(into) => {
            if let Some(mb) = peak_rss_mb() {
                println!("peak RSS before compacting: {mb:.0} MB");
            }
            let t = Instant::now();
            let compacted = store.compact_to(&into)?;
            drop(store);
            let (before, after) = (stats.bytes_on_disk, compacted.stats()?.bytes_on_disk);
            let text = if text_bytes > 0 {
                format!(" ({:.2}x the text)", after as f64 / text_bytes as f64)
            } else {
                String::new()
            };
            println!(
                "compacted into {into} in {:.1?}: {:.1} MB -> {:.1} MB on disk{text}",
                t.elapsed(),
                before as f64 / 1e6,
                after as f64 / 1e6
            );
            compacted
        }
        None => store,
    };

    // Person 0 is the most popular in either corpus; place 0 the most used.
    let (popular, second, place) = match &pages {
        Some(corpus) => (corpus.person(0), corpus.person(1), corpus.place(0).to_string()),
        None => ("Anna Kettunen".to_string(), "Ahmed Kettunen".to_string(), "Geneva".to_string()),
    };
    let (popular, second, place) = (popular.as_str(), second.as_str(), place.as_str());
    let from = NaiveDate::from_ymd_opt(2020, 3, 1).ok_or("date")?;
    let to = NaiveDate::from_ymd_opt(2020, 3, 31).ok_or("date")?;
    type Q<'a> = (&'a str, Box<dyn Fn() -> usize + 'a>);
    let queries: Vec<Q<'_>> = vec![
        ("meetings involving X, first 100", Box::new(|| store.meetings().involving(popular).limit(100).iter().count())),
        ("  the same, as briefs", Box::new(|| store.meetings().involving(popular).limit(100).briefs().count())),
        ("meetings involving X, all", Box::new(|| store.meetings().involving(popular).iter().count())),
        ("  the same, as briefs", Box::new(|| store.meetings().involving(popular).briefs().count())),
        ("meetings involving X, count()", Box::new(|| store.meetings().involving(popular).count().unwrap_or(0))),
        ("involving two people", Box::new(|| store.events().involving(popular).involving(second).iter().count())),
        ("one month, all events", Box::new(|| store.events().between(from, to).iter().count())),
        ("at a place, first 100", Box::new(|| store.events().at(place).limit(100).iter().count())),
        ("counterparts of X", Box::new(|| store.counterparts(popular).map(|c| c.len()).unwrap_or(0))),
    ];
    println!("{:<34} {:>8} {:>12} {:>12} {:>5}", "query", "results", "p50", "p99", "runs");
    for (name, q) in &queries {
        let results = q();
        // 50 runs, or as many as fit in 10 seconds (at least 5).
        let budget = Instant::now();
        let mut runs: Vec<Duration> = Vec::new();
        while runs.len() < 50 && (runs.len() < 5 || budget.elapsed() < Duration::from_secs(10)) {
            let t = Instant::now();
            std::hint::black_box(q());
            runs.push(t.elapsed());
        }
        let count = runs.len();
        let (p50, p99) = percentiles(runs);
        println!("{name:<34} {results:>8} {p50:>12.1?} {p99:>12.1?} {count:>5}");
    }
    if let Some(mb) = peak_rss_mb() {
        println!("peak RSS: {mb:.0} MB");
    }
    drop(queries);
    if let (Some(corpus), false) = (&pages, queries_only) {
        // After the peak RSS line: this set is the run's, not the store's.
        let mut distinct = std::collections::HashSet::new();
        for i in 0..n {
            distinct.extend(corpus.events_of(i).into_iter().map(|(j, k)| (j as u64) << 4 | k as u64));
        }
        println!(
            "the corpus reports {} distinct events; the store holds {} ({:+.1}%)",
            distinct.len(),
            stats.events,
            (stats.events as f64 / distinct.len().max(1) as f64 - 1.0) * 100.0
        );
    }
    drop(store);
    if arg("--db").is_none() {
        std::fs::remove_dir_all(&dir)?;
    }
    Ok(())
}
