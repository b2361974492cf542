//! Generated news-like articles for the benches: one meeting each among a pool of
//! made-up officials, in a few cities, over several years.
#![allow(dead_code)]

use std::io::BufReader;

use chrono::NaiveDate;
use dossier::{ingest, Article};

/// The bundled sample articles (`data/samples/articles.jsonl`).
pub fn samples() -> Vec<Article> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/samples/articles.jsonl");
    let file = std::fs::File::open(path).expect("data/samples/articles.jsonl");
    ingest::read_jsonl(BufReader::new(file), path).map(|r| r.expect("valid sample")).collect()
}

const SURNAMES: &[&str] = &[
    "Kettunen", "Moravec", "Oyelaran", "Haldorsen", "Ribeiro", "Castellano", "Nakagawa", "Brennan", "Lindqvist",
    "Okonkwo", "Petrescu", "Valverde", "Szabo", "Achterberg", "Dragomir", "Ferreira", "Gallagher", "Iordanescu",
];
const CITIES: &[&str] = &["Geneva", "Vienna", "Oslo", "Doha", "Istanbul", "Riyadh", "Cairo", "Helsinki"];

/// Article `i` of the generated corpus (deterministic).
pub fn article(i: usize) -> Article {
    let start = NaiveDate::from_ymd_opt(2020, 1, 1).expect("date");
    let a = SURNAMES[i % SURNAMES.len()];
    let b = SURNAMES[(i * 7 + 3) % SURNAMES.len()];
    let b = if a == b { SURNAMES[(i + 1) % SURNAMES.len()] } else { b };
    let day = start + chrono::Days::new((i % 2000) as u64);
    let text = format!(
        "Skip to content\nFOREIGN NEWS\nForeign Minister Arvo {a} met Defence Minister Lena {b} in {} on {}, \
         officials said. The talks, the {i}th of the series, covered trade and security.\n\
         Related articles\nMarkets rise.",
        CITIES[i % CITIES.len()],
        day.format("%B %-d, %Y")
    );
    Article::new(format!("gen-{i}"), text).with_published(day)
}

/// Articles `from..to`.
pub fn articles(from: usize, to: usize) -> Vec<Article> {
    (from..to).map(article).collect()
}
