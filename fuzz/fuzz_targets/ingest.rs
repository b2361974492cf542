//! Arbitrary bytes as up to four articles (split at "\n===\n") ingested into a
//! temporary store: ingest never panics, re-ingesting changes nothing, the store
//! holds one article per distinct text, `verify` finds no problem, and every
//! stored mention's span is a slice of its article's text.
#![no_main]

use dossier::{Article, Store};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let published = chrono::NaiveDate::from_ymd_opt(2025, 6, 20).expect("valid date");
    let articles: Vec<Article> = text
        .split("\n===\n")
        .take(4)
        .enumerate()
        .map(|(i, t)| {
            let a = Article::new(format!("a{i}"), t);
            // Alternate a supplied publication date with none (detected from the text).
            if i % 2 == 0 {
                a.with_published(published)
            } else {
                a
            }
        })
        .collect();

    let store = Store::temporary().expect("a temporary store opens");
    let mut distinct: Vec<&str> = Vec::new();
    for a in &articles {
        let outcome = store.ingest(a).expect("an article within the size limit is accepted");
        assert_eq!(outcome.stored, !distinct.contains(&a.text.as_str()), "{outcome:?}");
        if outcome.stored {
            distinct.push(&a.text);
        }
    }
    for a in &articles {
        assert!(!store.ingest(a).expect("re-ingest").stored, "re-ingesting {} stored it again", a.id);
    }
    let stats = store.stats().expect("stats");
    assert_eq!(stats.articles, distinct.len() as u64);
    let problems = store.verify().expect("verify runs");
    assert!(problems.is_empty(), "verify: {problems:?}");
    for e in store.events().iter() {
        let e = e.expect("a stored event decodes");
        for m in &e.mentions {
            let a = store.article(&m.article).expect("article read").expect("a mention's article is stored");
            assert!(a.text.get(m.span.clone()).is_some(), "mention span {:?} outside article {}", m.span, a.id);
        }
    }
});
