//! Arbitrary bytes as an article's text (lossy UTF-8): text preparation,
//! publication-date detection and extraction never panic, sentence and mention
//! spans are byte ranges of the text, and extraction is deterministic, with a
//! supplied publication date and without one.
#![no_main]

use std::sync::{Arc, OnceLock};

use dossier::{extract, ingest, Article, Gazetteer};
use libfuzzer_sys::fuzz_target;

fn gazetteer() -> &'static Gazetteer {
    static G: OnceLock<Arc<Gazetteer>> = OnceLock::new();
    G.get_or_init(Gazetteer::bundled)
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();

    let doc = ingest::prepare(&text);
    for s in &doc.sentences {
        assert!(text.get(s.span.clone()).is_some(), "sentence span {:?} is not a slice of the text", s.span);
    }
    let _ = ingest::detect_published(&text, None);

    let published = chrono::NaiveDate::from_ymd_opt(2025, 6, 20).expect("valid date");
    for article in [Article::new("fuzz", text.clone()).with_published(published), Article::new("fuzz", text.clone())] {
        let first = extract::extract(&article, gazetteer());
        let second = extract::extract(&article, gazetteer());
        assert_eq!(first, second, "extraction is not deterministic");
        for e in &first.events {
            assert!(!e.mentions.is_empty(), "an event without a mention");
            for m in &e.mentions {
                assert!(text.get(m.span.clone()).is_some(), "mention span {:?} is not a slice of the text", m.span);
            }
        }
    }
});
