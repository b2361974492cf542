//! ingest/*: end to end into a real store on disk, including the final flush.

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use dossier::Store;

#[path = "common/mod.rs"]
mod common;

fn bench(c: &mut Criterion) {
    let articles = common::samples();
    let mut group = c.benchmark_group("ingest");
    group.throughput(Throughput::Elements(articles.len() as u64));
    group.sample_size(20);
    group.bench_function("samples_fresh_store", |b| {
        b.iter_batched(
            || {
                let dir = tempfile::tempdir().expect("tempdir");
                let store = Store::open(dir.path().join("db")).expect("open");
                (dir, store)
            },
            |(dir, store)| {
                let s = store.ingest_many(articles.clone()).expect("ingest");
                assert_eq!(s.articles_new, articles.len());
                (dir, store)
            },
            BatchSize::PerIteration,
        )
    });
    // Merge work per article stays bounded as the store grows: ingest 100 new
    // articles into stores already holding 1k and 10k events (and, with
    // DOSSIER_BENCH_INGEST_ARTICLES=1300000, the ~1M events of 1.3M generated news
    // articles: preloading takes about 6 minutes). The large store is on disk, like
    // a user's.
    let mut sizes = vec![(Corpus::Simple, 1_000usize), (Corpus::Simple, 10_000)];
    if let Some(n) = std::env::var("DOSSIER_BENCH_INGEST_ARTICLES").ok().and_then(|v| v.parse().ok()) {
        sizes.push((Corpus::News, n));
    }
    for (corpus, size) in sizes {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(dir.path().join("db")).expect("open");
        let generate = |from, to| match corpus {
            Corpus::Simple => common::articles(from, to),
            Corpus::News => common::articles_news(from, to),
        };
        for from in (0..size).step_by(10_000) {
            store.ingest_many(generate(from, (from + 10_000).min(size))).expect("preload");
        }
        let events = store.stats().expect("stats").events;
        let mut next = size;
        group.throughput(Throughput::Elements(100));
        group.bench_function(format!("100_articles_into_{events}_events"), |b| {
            b.iter_batched(
                || {
                    next += 100;
                    generate(next - 100, next)
                },
                |batch| {
                    let s = store.ingest_many(batch).expect("ingest");
                    // (The news corpus repeats a text now and then: skipped, not new.)
                    assert_eq!(s.articles_new + s.articles_unchanged, 100);
                    assert!(s.rejected.is_empty());
                },
                BatchSize::PerIteration,
            )
        });
    }
    group.finish();
}

#[derive(Clone, Copy)]
enum Corpus {
    /// `common::articles`: one meeting each, few people.
    Simple,
    /// `common::news`: the scale run's corpus.
    News,
}

criterion_group!(benches, bench);
criterion_main!(benches);
