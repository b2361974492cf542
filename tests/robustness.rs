//! Random and hostile text: extraction never panics, is deterministic, and stays
//! fast on pathological input.
use dossier::{extract, Article, Gazetteer, Store};
use proptest::prelude::*;

proptest! {
    // PROPTEST_CASES=5000 for a longer hunt.
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(64),
        ..ProptestConfig::default()
    })]

    #[test]
    fn random_text_never_panics_and_extracts_the_same_twice(text in "\\PC{0,400}", date in 0u32..20_000) {
        let g = Gazetteer::bundled();
        let published = chrono::NaiveDate::from_num_days_from_ce_opt(730_000 + date as i32).unwrap();
        let a = Article::new("r", text).with_published(published);
        let first = extract::extract(&a, &g);
        let second = extract::extract(&a, &g);
        prop_assert_eq!(first, second);
    }

    #[test]
    fn news_shaped_noise_never_panics(words in proptest::collection::vec(
        prop_oneof![
            Just("met"), Just("talks"), Just("Putin"), Just("with"), Just("on"), Just("Monday"), Just("in"),
            Just("Geneva"), Just("U.S."), Just("said"), Just(","), Just("."), Just("\""), Just("the"), Just("He"),
            Just("January 23 and 24"), Just("will"), Just("not"), Just("Witkof"), Just("after"), Just("\n"),
            Just("Related articles"), Just("(Photo: A / B)"), Just("2025-13-45"), Just("31.02.2025"),
        ],
        0..120,
    )) {
        let text = words.join(" ");
        let g = Gazetteer::bundled();
        let _ = extract::extract(&Article::new("n", text), &g);
    }
}

#[test]
fn a_long_single_line_article_is_stored_and_read() {
    // Half a megabyte on one line, with events throughout: no sentence breaks to
    // lean on, no quadratic work.
    let sentence = "Foreign Minister Hakan Fidan met Secretary of State Marco Rubio in Ankara on Monday and ";
    let text = sentence.repeat(500_000 / sentence.len());
    let store = Store::temporary().unwrap();
    let started = std::time::Instant::now();
    store
        .ingest(&Article::new("long", text).with_published(chrono::NaiveDate::from_ymd_opt(2025, 3, 5).unwrap()))
        .unwrap();
    // Not a timing test: a generous bound that only quadratic behaviour would break.
    assert!(started.elapsed() < std::time::Duration::from_secs(60), "{:?}", started.elapsed());
    assert_eq!(store.meetings().count().unwrap(), 1);
}
