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
    // articles into stores already holding 1k and 10k events.
    for size in [1_000usize, 10_000] {
        let store = Store::temporary().expect("store");
        store.ingest_many(common::articles(0, size)).expect("preload");
        let mut next = size;
        group.throughput(Throughput::Elements(100));
        group.bench_function(format!("100_articles_into_{size}_events"), |b| {
            b.iter_batched(
                || {
                    next += 100;
                    common::articles(next - 100, next)
                },
                |batch| {
                    let s = store.ingest_many(batch).expect("ingest");
                    assert_eq!(s.articles_new, 100);
                },
                BatchSize::PerIteration,
            )
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
