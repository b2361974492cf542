//! query/*: typed queries on a store of generated meetings.
use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion};
use dossier::{Article, Store};

const SURNAMES: &[&str] = &[
    "Kettunen",
    "Moravec",
    "Oyelaran",
    "Haldorsen",
    "Ribeiro",
    "Castellano",
    "Nakagawa",
    "Brennan",
    "Lindqvist",
    "Okonkwo",
    "Petrescu",
    "Valverde",
    "Szabo",
    "Achterberg",
    "Dragomir",
    "Ferreira",
    "Gallagher",
    "Iordanescu",
];
const CITIES: &[&str] = &["Geneva", "Vienna", "Oslo", "Doha", "Istanbul", "Riyadh", "Cairo", "Helsinki"];

/// A store of `n` one-meeting articles among a small pool of people.
fn store(n: usize) -> Store {
    let store = Store::temporary().expect("store");
    let start = NaiveDate::from_ymd_opt(2020, 1, 1).expect("date");
    let articles = (0..n).map(|i| {
        let a = SURNAMES[i % SURNAMES.len()];
        let b = SURNAMES[(i * 7 + 3) % SURNAMES.len()];
        let b = if a == b { SURNAMES[(i + 1) % SURNAMES.len()] } else { b };
        let day = start + chrono::Days::new((i % 2000) as u64);
        let text = format!(
            "Foreign Minister Arvo {a} met Defence Minister Lena {b} in {} on {}.",
            CITIES[i % CITIES.len()],
            day.format("%B %-d, %Y")
        );
        Article::new(format!("a{i}"), text).with_published(day)
    });
    store.ingest_many(articles).expect("ingest");
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
