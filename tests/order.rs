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
