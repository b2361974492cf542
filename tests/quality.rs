//! Extraction quality floors on the project's own annotated corpus and on the seed
//! articles. A floor, not a tuning target: it catches regressions. The figures
//! themselves are in QUALITY.md (`cargo run --release --example evaluate`).
mod common;

use std::path::Path;

use common::scoring;

#[test]
fn own_corpus_stays_above_its_floor() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/eval");
    let (articles, gold) = scoring::load(&dir).unwrap();
    assert!(articles.len() >= 40, "{} articles", articles.len());
    let (article, corpus) = scoring::evaluate(&articles, &gold, false).unwrap();
    assert!(article.precision() >= 0.93, "{}", article.line("article"));
    assert!(article.f1() >= 0.85, "{}", article.line("article"));
    assert!(corpus.f1() >= 0.92, "{}", corpus.line("corpus"));
    assert!(corpus.date_accuracy() >= 0.92, "{}", corpus.line("corpus"));
}

/// Without any publication date the dates come from the pages themselves
/// (datelines, date lines, timestamps) and from the text.
#[test]
fn own_corpus_without_publication_dates_stays_above_its_floor() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/eval");
    let (mut articles, gold) = scoring::load(&dir).unwrap();
    for a in &mut articles {
        a.published = None;
    }
    let (_, corpus) = scoring::evaluate(&articles, &gold, false).unwrap();
    assert!(corpus.f1() >= 0.90, "{}", corpus.line("corpus"));
    assert!(corpus.date_accuracy() >= 0.65, "{}", corpus.line("corpus"));
}

#[test]
fn sample_corpus_stays_above_its_floor() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/samples");
    let (articles, gold) = scoring::load(&dir).unwrap();
    let (_, corpus) = scoring::evaluate(&articles, &gold, false).unwrap();
    assert!(corpus.f1() >= 0.92, "{}", corpus.line("corpus"));
}

#[test]
fn seeds_are_extracted_exactly() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    if !dir.join("gold.jsonl").exists() {
        eprintln!("../shared/seeds not found: skipping");
        return;
    }
    let (articles, gold) = scoring::load(&dir).unwrap();
    let (article, corpus) = scoring::evaluate(&articles, &gold, false).unwrap();
    assert_eq!((article.matched, article.predicted, article.gold), (16, 16, 16), "{}", article.line("article"));
    assert_eq!((corpus.matched, corpus.predicted, corpus.gold), (12, 12, 12), "{}", corpus.line("corpus"));
    assert_eq!(corpus.date_ok, 12, "{}", corpus.line("corpus"));
    assert_eq!(corpus.place_ok, 12, "{}", corpus.line("corpus"));
}

#[test]
fn the_demo_finds_dmitrievs_five_sample_meetings() {
    let store = dossier::Store::temporary().unwrap();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/samples");
    let (articles, _) = scoring::load(&dir).unwrap();
    store.ingest_many(articles).unwrap();
    let got = common::meetings_of(&store, "Dmitriev");
    let want = [
        ("2025-02-18", "Riyadh"),
        ("2025-04-25", "Moscow"),
        ("2025-08-06", "Moscow"),
        ("2025-10-25", "Miami"),
        ("2026-01-20", "Davos"),
    ];
    assert_eq!(got, want.map(|(d, p)| (d.to_string(), p.to_string())));
}
