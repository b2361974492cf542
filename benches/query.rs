//! query/*: typed queries on a store of generated meetings.
use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion};
use dossier::Store;

#[path = "common/mod.rs"]
mod common;

/// A store of `n` generated one-meeting articles.
fn store(n: usize) -> Store {
    let store = Store::temporary().expect("store");
    store.ingest_many(common::articles(0, n)).expect("ingest");
    store
}

fn bench(c: &mut Criterion) {
    let store = store(3_000);
    let mut group = c.benchmark_group("query");
    group.bench_function("involving_first_100", |b| {
        b.iter(|| {
            let n = store.meetings().involving(black_box("Kettunen")).limit(100).iter().count();
            assert_eq!(n, 100);
        })
    });
    group.bench_function("involving_all", |b| {
        b.iter(|| store.meetings().involving(black_box("Kettunen")).count().expect("query"))
    });
    group.bench_function("involving_two", |b| {
        b.iter(|| store.meetings().involving("Kettunen").involving(black_box("Brennan")).count().expect("query"))
    });
    let (from, to) =
        (NaiveDate::from_ymd_opt(2021, 3, 1).expect("d"), NaiveDate::from_ymd_opt(2021, 3, 31).expect("d"));
    group.bench_function("date_range", |b| {
        b.iter(|| store.events().between(black_box(from), to).count().expect("query"))
    });
    group.bench_function("place", |b| {
        b.iter(|| store.events().at(black_box("Oslo")).limit(100).count().expect("query"))
    });
    group
        .bench_function("counterparts", |b| b.iter(|| store.counterparts(black_box("Kettunen")).expect("query").len()));
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
