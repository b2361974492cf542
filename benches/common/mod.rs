//! Generated news-like articles for the benches: one meeting each among a pool of
//! made-up officials, in a few cities, over several years.
#![allow(dead_code)]

pub mod corpus;

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

const GIVEN: &[&str] = &[
    "Anna", "Ahmed", "Carlos", "Daniel", "Elena", "Farid", "Grace", "Hiroshi", "Ivan", "Julia", "Karim", "Laura",
    "Marco", "Nadia", "Oscar", "Pavel", "Rosa", "Samir", "Tomas", "Yusuf",
];
const FAMILY: &[&str] = &[
    "Kettunen", "Moravec", "Oyelaran", "Haldorsen", "Ribeiro", "Castellano", "Nakagawa", "Brennan", "Lindqvist",
    "Okonkwo", "Petrescu", "Valverde", "Szabo", "Achterberg", "Dragomir", "Ferreira", "Gallagher", "Iordanescu",
    "Albescu", "Berglund", "Czerny", "Delacroix", "Eriksen", "Fontaine", "Grimaldi", "Horvath", "Ilves", "Jankowski",
    "Kowalczyk", "Lemaire", "Marchetti", "Novak", "Olafsson", "Pereira", "Quintero", "Rasmussen", "Salonen",
    "Takahashi", "Urbanek", "Vasquez", "Wojcik", "Yilmaz", "Zielinski", "Abernathy", "Baptiste", "Cardoso", "Dimitrov",
    "Esposito", "Fischer", "Gustafsson",
];
const PLACES: &[&str] = &[
    "Geneva", "Vienna", "Oslo", "Doha", "Istanbul", "Riyadh", "Cairo", "Helsinki", "Ankara", "Muscat", "Nairobi",
    "Jakarta", "Brasilia", "Ottawa", "Canberra", "Warsaw", "Prague", "Lisbon", "Dakar", "Hanoi",
];

/// Person `k` of a pool of 1,000 made-up officials.
fn person(k: usize) -> String {
    format!("{} {}", GIVEN[k % GIVEN.len()], FAMILY[(k / GIVEN.len()) % FAMILY.len()])
}

/// A popularity-skewed pick from the pool: low numbers are chosen far more often
/// (roughly Zipf, from a deterministic hash of `seed`).
fn popular(seed: u64) -> usize {
    let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ 0xD1B5_4A32_D192_ED03;
    x ^= x >> 29;
    let u = (x % 1_000_000) as f64 / 1_000_000.0;
    ((1000f64).powf(u) as usize).saturating_sub(1).min(999)
}

/// Article `i` of a larger generated corpus: one meeting between two officials
/// drawn with skewed popularity from 1,000, in one of 20 cities, over ten years;
/// about a third report a meeting another article already reported.
pub fn news(i: usize) -> Article {
    let start = NaiveDate::from_ymd_opt(2016, 1, 1).expect("date");
    // Every third article repeats the event of an earlier one in other words.
    let event = if i % 3 == 2 { i / 3 } else { i };
    let a = popular(event as u64 * 2 + 1);
    let mut b = popular(event as u64 * 2 + 2);
    if b == a {
        b = (a + 1) % 1000;
    }
    let day = start + chrono::Days::new((event * 7 % 3650) as u64);
    let place = PLACES[event % PLACES.len()];
    let (pa, pb) = (person(a), person(b));
    let text = if i % 3 == 2 {
        format!(
            "Menu\nSubscribe\n{pb}, the deputy foreign minister, held talks with Foreign Minister {pa} in {place} on {}, \
             officials said. The two discussed trade, energy and a prisoner exchange.\nMost read\nStocks fall.",
            day.format("%B %-d, %Y")
        )
    } else {
        format!(
            "Skip to content\nForeign Minister {pa} met Deputy Foreign Minister {pb} in {place} on {}, the ministry said. \
             The talks lasted three hours and covered a wide agenda, from trade and energy to the release of detainees \
             held by both sides. Neither side gave details of the outcome.\nRelated articles\nMarkets rise.",
            day.format("%B %-d, %Y")
        )
    };
    Article::new(format!("news-{i}"), text).with_published(day)
}

/// Articles `from..to` of the larger generated corpus.
pub fn articles_news(from: usize, to: usize) -> Vec<Article> {
    (from..to).map(news).collect()
}
