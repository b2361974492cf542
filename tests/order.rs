//! Ingest order does not change the events: any permutation of the same articles
//! gives the same events, with the same sources.
mod common;

use std::io::BufReader;

use dossier::{ingest, Article, Store};
use proptest::prelude::*;

fn samples() -> Vec<Article> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/samples/articles.jsonl");
    let f = std::fs::File::open(path).unwrap();
    let mut v: Vec<Article> = ingest::read_jsonl(BufReader::new(f), path).map(Result::unwrap).collect();
    v.extend(common::articles());
    v
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 6, ..ProptestConfig::default() })]

    #[test]
    fn any_ingest_order_gives_the_same_events(seed in any::<u64>()) {
        let articles = samples();
        let reference = Store::temporary().unwrap();
        reference.ingest_many(articles.clone()).unwrap();

        // A deterministic shuffle from the seed.
        let mut shuffled = articles;
        let mut x = seed | 1;
        for i in (1..shuffled.len()).rev() {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            shuffled.swap(i, (x % (i as u64 + 1)) as usize);
        }
        let other = Store::temporary().unwrap();
        other.ingest_many(shuffled).unwrap();
        prop_assert_eq!(common::canonical(&reference), common::canonical(&other));
    }

    #[test]
    fn ingesting_twice_equals_ingesting_once(take in 1usize..16) {
        let articles: Vec<Article> = samples().into_iter().take(take).collect();
        let once = Store::temporary().unwrap();
        once.ingest_many(articles.clone()).unwrap();
        let twice = Store::temporary().unwrap();
        twice.ingest_many(articles.clone()).unwrap();
        twice.ingest_many(articles).unwrap();
        prop_assert_eq!(common::canonical(&once), common::canonical(&twice));
        prop_assert_eq!(once.stats().unwrap().articles, twice.stats().unwrap().articles);
    }
}

fn on(day: &str) -> chrono::NaiveDate {
    chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d").unwrap()
}

/// A person the gazetteer does not know, named in full by one article and by
/// surname alone by another: one person, whichever article comes first.
#[test]
fn a_surname_named_alone_joins_the_stored_full_name_in_either_order() {
    let full = Article::new(
        "full",
        "Foreign Minister Ivan Qarlov met Secretary of State Marco Rubio in Vienna on Monday, officials said.",
    )
    .with_published(on("2025-06-04"));
    let short = Article::new(
        "short",
        "Foreign Minister Qarlov held talks with Foreign Minister Hakan Fidan in Ankara on Tuesday.",
    )
    .with_published(on("2025-06-04"));
    let mut canon = Vec::new();
    for order in [[&full, &short], [&short, &full]] {
        let store = Store::temporary().unwrap();
        for a in order {
            store.ingest(a).unwrap();
        }
        let qarlov: Vec<String> =
            store.meetings().involving("Ivan Qarlov").iter().map(|e| e.unwrap().place.unwrap().name).collect();
        assert_eq!(qarlov, ["Vienna", "Ankara"]);
        assert!(store.people_named("Qarlov").unwrap().iter().all(|p| p.name == "Ivan Qarlov"));
        assert!(store.verify().unwrap().is_empty());
        canon.push(common::canonical(&store));
    }
    assert_eq!(canon[0], canon[1]);
}

/// An article reporting a stored event again counts it as merged, also when the
/// stored event was just renamed from a surname to the full name.
#[test]
fn a_report_of_a_renamed_event_counts_as_merged() {
    let store = Store::temporary().unwrap();
    let day = on("2025-06-04");
    let short =
        Article::new("short", "Foreign Minister Qarlov met Secretary of State Marco Rubio in Vienna on Monday.");
    let out = store.ingest(&short.with_published(day)).unwrap();
    assert_eq!((out.events_new, out.events_merged), (1, 0));
    let full = Article::new("full", "Ivan Qarlov, the foreign minister, met Marco Rubio in Vienna on Monday.");
    let out = store.ingest(&full.with_published(day)).unwrap();
    assert_eq!((out.events_new, out.events_merged), (0, 1));
    let e = store.meetings().involving("Ivan Qarlov").iter().next().unwrap().unwrap();
    assert_eq!(e.participants, ["Ivan Qarlov", "Marco Rubio"]);
    assert_eq!(e.articles(), ["full", "short"]);
}

/// Two stored people share the surname: a third article's bare surname is kept
/// apart and reported, not guessed.
#[test]
fn an_ambiguous_surname_is_kept_apart_and_reported() {
    let store = Store::temporary().unwrap();
    for (id, text) in [
        ("a", "Foreign Minister Ivan Qarlov met Secretary of State Marco Rubio in Vienna on Monday."),
        ("b", "Defence Minister Olga Qarlov met Foreign Minister Hakan Fidan in Ankara on Monday."),
    ] {
        store.ingest(&Article::new(id, text).with_published(on("2025-06-04"))).unwrap();
    }
    let out = store
        .ingest(
            &Article::new("c", "Minister Qarlov held talks with Foreign Minister Hakan Fidan in Rome on Tuesday.")
                .with_published(on("2025-06-04")),
        )
        .unwrap();
    assert_eq!(out.ambiguous, ["Qarlov"]);
    let rome = store.events().at("Rome").iter().next().unwrap().unwrap();
    assert_eq!(rome.participants, ["Hakan Fidan", "Qarlov"]);
}

/// Reports are compared article by article: Z (Rubio with Lavrov) matches X (Rubio
/// with Saudi officials, same day and place) even after Y (Rubio with Faisal) has
/// merged into X, so every order gives one event of all three.
#[test]
fn a_report_matching_one_article_of_a_merged_event_joins_it_in_any_order() {
    let day = on("2025-02-20");
    let texts = [
        ("x", "Secretary of State Marco Rubio held talks with Saudi officials in Riyadh on Tuesday."),
        ("y", "Secretary of State Marco Rubio met Foreign Minister Faisal bin Farhan in Riyadh on Tuesday."),
        ("z", "Secretary of State Marco Rubio met Foreign Minister Sergey Lavrov in Riyadh on Tuesday."),
    ];
    for order in [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]] {
        let store = Store::temporary().unwrap();
        for i in order {
            let (id, text) = texts[i];
            store.ingest(&Article::new(id, text).with_published(day)).unwrap();
        }
        let events: Vec<_> = store.events().iter().map(|e| e.unwrap()).collect();
        assert_eq!(events.len(), 1, "{order:?}: {events:#?}");
        assert_eq!(events[0].articles(), ["x", "y", "z"], "{order:?}");
    }
}

/// Three people share a surname: one named by it alone, two in full. Whatever the
/// order, the bare surname stays its own person once two full names carry it (a
/// fold made while only one was known is undone).
#[test]
fn a_bare_surname_shared_by_two_full_names_stays_apart_in_any_order() {
    let day = on("2025-06-06");
    let texts = [
        ("short", "Foreign Minister Qarlov met Secretary of State Marco Rubio in Vienna on Monday."),
        ("ivan", "Ivan Qarlov, the foreign minister, met Foreign Minister Hakan Fidan in Ankara on Tuesday."),
        ("petr", "Petr Qarlov, the defence minister, met Foreign Minister Sergey Lavrov in Geneva on Wednesday."),
    ];
    let mut canon = Vec::new();
    for order in [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]] {
        let store = Store::temporary().unwrap();
        for i in order {
            let (id, text) = texts[i];
            store.ingest(&Article::new(id, text).with_published(day)).unwrap();
        }
        let vienna = store.events().at("Vienna").iter().next().unwrap().unwrap();
        assert_eq!(vienna.participants, ["Marco Rubio", "Qarlov"], "{order:?}");
        let ankara = store.events().at("Ankara").iter().next().unwrap().unwrap();
        assert_eq!(ankara.participants, ["Hakan Fidan", "Ivan Qarlov"], "{order:?}");
        assert!(store.verify().unwrap().is_empty(), "{order:?}");
        canon.push((order, common::canonical(&store)));
    }
    for (order, c) in &canon[1..] {
        assert_eq!(c, &canon[0].1, "{order:?} against {:?}", canon[0].0);
    }
}

/// Only what the store folded is undone: a report that names a person in full
/// elsewhere in its article ("He met ...") keeps that person when a second full
/// name with the surname arrives.
#[test]
fn a_second_full_name_leaves_reports_the_article_itself_resolved() {
    let day = on("2025-06-06");
    let store = Store::temporary().unwrap();
    let a = "Ivan Qarlov, the foreign minister, arrived in Ankara on Monday.\n\nHe met Foreign Minister Hakan \
             Fidan on Tuesday. Qarlov also met Vice President Cevdet Yilmaz in Ankara on Wednesday.";
    store.ingest(&Article::new("a", a).with_published(day)).unwrap();
    let b = "Petr Qarlov, the defence minister, met Foreign Minister Sergey Lavrov in Geneva on Wednesday.";
    store.ingest(&Article::new("b", b).with_published(day)).unwrap();
    let ivan: Vec<Vec<String>> =
        store.events().involving("Ivan Qarlov").iter().map(|e| e.unwrap().participants).collect();
    assert_eq!(ivan, [vec!["Hakan Fidan", "Ivan Qarlov"], vec!["Cevdet Yilmaz", "Ivan Qarlov"]]);
    assert!(store.verify().unwrap().is_empty());
}

/// Merge candidates are read from each person's index within a window, at most 256
/// entries a window. A person with more meetings than that in one week must not
/// hide a stored meeting from a second report of it: the counterpart's complete
/// scan finds it, and the busy person's cut-short scan may still share it.
#[test]
fn a_second_report_merges_even_past_a_busy_persons_scan_cap() {
    const SYLLABLES: [&str; 20] = [
        "ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "po", "da", "fe", "gu", "hi", "jo", "ba", "ce", "xu",
        "wy", "qi",
    ];
    let counterpart = |k: usize| {
        let s = format!("{}{}{}", SYLLABLES[k % 20], SYLLABLES[(k / 20) % 20], SYLLABLES[(k / 400) % 20]);
        let mut c = s.chars();
        let surname: String = c.next().map(|f| f.to_ascii_uppercase()).into_iter().chain(c).collect();
        format!("Maria {surname}kova")
    };
    let store = Store::temporary().unwrap();
    // 300 meetings in the six days before March 7, then the one on March 7.
    let mut articles: Vec<Article> = (0..300)
        .map(|k| {
            let day = 1 + k % 6;
            Article::new(
                format!("busy-{k}"),
                format!("Foreign Minister Ilse Varga met {} in Oslo on March {day}, 2024.", counterpart(k)),
            )
            .with_published(on("2024-03-08"))
        })
        .collect();
    articles.push(
        Article::new(
            "target",
            format!("Foreign Minister Ilse Varga met {} in Oslo on March 7, 2024.", counterpart(300)),
        )
        .with_published(on("2024-03-08")),
    );
    let first = store.ingest_many(articles).unwrap();
    assert_eq!(first.events_new, 301, "{first:?}");
    let again = Article::new(
        "again",
        format!(
            "{} and Foreign Minister Ilse Varga held talks in Oslo on March 7, 2024, officials said.",
            counterpart(300)
        ),
    )
    .with_published(on("2024-03-09"));
    let out = store.ingest(&again).unwrap();
    assert_eq!((out.events_new, out.events_merged), (0, 1), "{out:?}");
    assert_eq!(store.stats().unwrap().events, 301);
}
