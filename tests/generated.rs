//! The generated corpus of the benches and scale runs (`benches/common/corpus.rs`):
//! deterministic, and a fair stand-in for news, in that the store finds and merges
//! its events about as a reader would.
#[path = "../benches/common/mod.rs"]
mod common;

use std::collections::HashSet;

use common::corpus::{Corpus, SEED};
use dossier::Store;

#[test]
fn the_same_seed_gives_the_same_articles() {
    let (a, b) = (Corpus::new(SEED, 5_000), Corpus::new(SEED, 5_000));
    for i in [0, 1, 17, 4_999] {
        assert_eq!(a.article(i), b.article(i));
        assert_eq!(a.events_of(i), b.events_of(i));
    }
    assert_ne!(a.article(3).text, Corpus::new(SEED + 1, 5_000).article(3).text);
}

#[test]
fn pages_are_news_sized_with_two_to_eight_events() {
    let corpus = Corpus::new(SEED, 1_000_000);
    for i in 0..300 {
        let a = corpus.article(i);
        assert!((1_500..7_000).contains(&a.text.len()), "article {i}: {} bytes", a.text.len());
        assert!((1..=8).contains(&corpus.events_of(i).len()), "article {i}");
    }
}

#[test]
fn the_store_holds_about_as_many_events_as_the_corpus_reports() {
    let corpus = Corpus::new(SEED, 1_000_000);
    let n = 400;
    let distinct: HashSet<(usize, usize)> = (0..n).flat_map(|i| corpus.events_of(i)).collect();
    let store = Store::temporary().unwrap();
    let summary = store.ingest_many(corpus.articles(0, n)).unwrap();
    assert!(summary.rejected.is_empty());
    let stored = store.stats().unwrap().events;
    // Missed and unmerged events pull the count apart in opposite directions; a
    // change to extraction or merging that costs either shows here.
    let gap = stored.abs_diff(distinct.len() as u64) as f64 / distinct.len() as f64;
    assert!(gap < 0.05, "{stored} events stored for {} in the corpus", distinct.len());
    assert!(summary.events_merged > n / 2, "re-reports merge: {summary:?}");
    let popular = corpus.person(0);
    assert!(store.meetings().involving(&popular).count().unwrap() > 10, "{popular}");
}
