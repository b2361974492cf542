//! ingest/*: end to end into a real store on disk, including the final flush.

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
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

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("ingest");
    group.sample_size(20);
    // The 12 sample articles, and 200 generated news pages (2-5 KB, two to eight
    // events each), into a fresh store.
    let corpus = Corpus::new(SEED, 1_000_000);
    for (name, articles) in
        [("samples_fresh_store", common::samples()), ("200_pages_fresh_store", corpus.articles(0, 200))]
    {
        group.throughput(Throughput::Elements(articles.len() as u64));
        group.bench_function(name, |b| {
            b.iter_batched(
                || {
                    let dir = tempfile::tempdir().expect("tempdir");
                    let store = Store::open(dir.path().join("db")).expect("open");
                    (dir, store)
                },
                |(dir, store)| {
                    let s = store.ingest_many(articles.clone()).expect("ingest");
                    // (The generated corpus repeats a page now and then: skipped.)
                    assert_eq!(s.articles_new + s.articles_unchanged, articles.len());
                    assert!(s.rejected.is_empty());
                    (dir, store)
                },
                BatchSize::PerIteration,
            )
        });
    }
    // Merge work per article stays bounded as the store grows: the next 100 pages
    // of the same corpus (the news of the following hours, re-reporting some of the
    // stored events) into stores already holding its first ~10k and ~100k events,
    // and, with DOSSIER_BENCH_INGEST_EVENTS=1000000, a million (preloading takes
    // minutes). The stores are on disk, like a user's.
    let mut sizes = vec![10_000u64, 100_000];
    if let Some(n) = std::env::var("DOSSIER_BENCH_INGEST_EVENTS").ok().and_then(|v| v.parse().ok()) {
        sizes.push(n);
    }
    for size in sizes {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(dir.path().join("db")).expect("open");
        let mut next = 0;
        while store.stats().expect("stats").events < size {
            store.ingest_many(corpus.articles(next, next + 1_000)).expect("preload");
            next += 1_000;
        }
        let events = store.stats().expect("stats").events;
        group.throughput(Throughput::Elements(100));
        group.bench_function(format!("100_pages_into_{events}_events"), |b| {
            b.iter_batched(
                || {
                    next += 100;
                    corpus.articles(next - 100, next)
                },
                |batch| {
                    let s = store.ingest_many(batch).expect("ingest");
                    // (The corpus repeats a page now and then: skipped, not new.)
                    assert_eq!(s.articles_new + s.articles_unchanged, 100);
                    assert!(s.rejected.is_empty());
                },
                BatchSize::PerIteration,
            )
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
