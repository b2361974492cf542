//! extract/*: extraction alone, one thread, on the bundled sample articles and on
//! 200 generated news pages (`common/corpus.rs`).
use std::hint::black_box;

/// mimalloc, as a production binary would use: ingest runs a fifth to a half
/// faster than on the system allocator here (BENCHMARKS.md, session 14). Build
/// with `RUSTFLAGS="--cfg dossier_system_alloc"` to measure the system allocator.
#[cfg(not(dossier_system_alloc))]
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[path = "common/mod.rs"]
mod common;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use dossier::{extract, Gazetteer};

fn bench(c: &mut Criterion) {
    let articles = common::samples();
    let g = Gazetteer::bundled();
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let mut group = c.benchmark_group("extract");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("samples_bytes", |b| {
        b.iter(|| {
            let n: usize = articles.iter().map(|a| extract::extract(black_box(a), &g).events.len()).sum();
            assert!(n > 0);
            n
        })
    });
    group.throughput(Throughput::Elements(articles.len() as u64));
    group.bench_function("samples_articles", |b| {
        b.iter(|| articles.iter().map(|a| extract::extract(black_box(a), &g).events.len()).sum::<usize>())
    });
    let pages = common::corpus::Corpus::new(common::corpus::SEED, 1_000_000).articles(0, 200);
    let bytes: usize = pages.iter().map(|a| a.text.len()).sum();
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("pages_bytes", |b| {
        b.iter(|| pages.iter().map(|a| extract::extract(black_box(a), &g).events.len()).sum::<usize>())
    });
    group.throughput(Throughput::Elements(pages.len() as u64));
    group.bench_function("pages_articles", |b| {
        b.iter(|| pages.iter().map(|a| extract::extract(black_box(a), &g).events.len()).sum::<usize>())
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
