//! query/* and open/*: typed queries, and opening, on stores of generated news.
//!
//! The stores hold the first articles of the generated corpus
//! (`common/corpus.rs`, at the density of a million articles over ten years) up to
//! about 10,000 and 100,000 events. `DOSSIER_BENCH_QUERY_STORE=DIR` benches a store
//! made earlier instead, such as the million-event store of
//! `cargo run --release --example scale -- --articles 345000 --db DIR`.
use std::hint::black_box;
use std::path::{Path, PathBuf};

use chrono::Days;
use criterion::{criterion_group, criterion_main, Criterion};
use dossier::Store;

/// mimalloc, as a production binary would use: ingest runs a fifth to a half
/// faster than on the system allocator here (BENCHMARKS.md, session 14). Build
/// with `RUSTFLAGS="--cfg dossier_system_alloc"` to measure the system allocator.
#[cfg(not(dossier_system_alloc))]
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[path = "common/mod.rs"]
mod common;

use common::corpus::{Corpus, SEED};

/// Fills `dir` with the corpus's first articles until the store holds `events`.
fn fill(dir: &Path, corpus: &Corpus, events: u64) -> usize {
    let store = Store::open(dir).expect("open");
    let mut from = 0;
    while store.stats().expect("stats").events < events {
        store.ingest_many(corpus.articles(from, from + 1_000)).expect("ingest");
        from += 1_000;
    }
    from
}

fn bench(c: &mut Criterion) {
    let corpus = Corpus::new(SEED, 1_000_000);
    let mut stores: Vec<(String, PathBuf, Option<tempfile::TempDir>, usize)> = Vec::new();
    if let Ok(dir) = std::env::var("DOSSIER_BENCH_QUERY_STORE") {
        let events = Store::open(&dir).expect("DOSSIER_BENCH_QUERY_STORE").stats().expect("stats").events;
        stores.push((format!("{events}_events"), PathBuf::from(dir), None, 0));
    } else {
        for events in [10_000, 100_000] {
            let tmp = tempfile::tempdir().expect("tempdir");
            let dir = tmp.path().join("db");
            let articles = fill(&dir, &corpus, events);
            stores.push((format!("{}k_events", events / 1000), dir, Some(tmp), articles));
        }
    }
    let (x, y, place) = (corpus.person(0), corpus.person(1), corpus.place(0).to_string());
    for (name, dir, _tmp, articles) in &stores {
        let mut group = c.benchmark_group(format!("open/{name}"));
        group.sample_size(10);
        group.bench_function("open", |b| b.iter(|| Store::open(black_box(dir)).expect("open")));
        group.finish();

        let store = Store::open(dir).expect("open");
        // A month around the middle of what the store holds.
        let middle = if *articles > 0 {
            corpus.published(articles / 2)
        } else {
            chrono::NaiveDate::from_ymd_opt(2020, 3, 16).expect("date")
        };
        let (from, to) = (middle - Days::new(15), middle + Days::new(15));
        let mut group = c.benchmark_group(format!("query/{name}"));
        group.sample_size(10);
        group.bench_function("involving_first_100", |b| {
            b.iter(|| store.meetings().involving(black_box(&x)).limit(100).iter().count())
        });
        group.bench_function("involving_first_100_briefs", |b| {
            b.iter(|| store.meetings().involving(black_box(&x)).limit(100).briefs().count())
        });
        group.bench_function("involving_all_briefs", |b| {
            b.iter(|| store.meetings().involving(black_box(&x)).briefs().count())
        });
        group.bench_function("involving_all", |b| b.iter(|| store.meetings().involving(black_box(&x)).iter().count()));
        group.bench_function("involving_count", |b| {
            b.iter(|| store.meetings().involving(black_box(&x)).count().expect("query"))
        });
        group.bench_function("involving_two", |b| {
            b.iter(|| store.events().involving(black_box(&x)).involving(&y).iter().count())
        });
        group.bench_function("one_month", |b| b.iter(|| store.events().between(black_box(from), to).iter().count()));
        group.bench_function("place_first_100", |b| {
            b.iter(|| store.events().at(black_box(&place)).limit(100).iter().count())
        });
        group.bench_function("counterparts", |b| b.iter(|| store.counterparts(black_box(&x)).expect("query").len()));
        group.bench_function("timeline_second", |b| b.iter(|| store.timeline(black_box(&y)).expect("query").len()));
        group.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
