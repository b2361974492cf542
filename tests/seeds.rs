//! The seed articles (../shared/seeds, the project's specification) through the
//! real store: the Dmitriev meetings of their answer key, with dates and places.
mod common;

use std::path::{Path, PathBuf};

use dossier::{ingest, Article, Store};

fn seeds_dir() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    dir.join("gold.jsonl").exists().then_some(dir)
}

fn seed_articles(dir: &Path, with_dates: bool) -> Vec<Article> {
    let manifest = std::fs::read_to_string(dir.join("manifest.jsonl")).unwrap();
    let mut out = Vec::new();
    for line in manifest.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let id = v["id"].as_str().unwrap();
        let published = v["published"].as_str().filter(|_| with_dates).map(|d| ingest::parse_date(d).unwrap());
        out.push(ingest::read_text_file(&dir.join(format!("{id}.txt")), published).unwrap());
    }
    out
}

#[test]
fn dmitriev_meetings_of_the_seeds_with_their_dates_and_places() {
    let Some(dir) = seeds_dir() else {
        eprintln!("../shared/seeds not found: skipping");
        return;
    };
    let store = Store::temporary().unwrap();
    store.ingest_many(seed_articles(&dir, true)).unwrap();
    let expected = [
        ("2025-04-02", "Washington"),
        ("2025-04-11", "Saint Petersburg"),
        ("2025-12", "Miami"),
        ("2025-12-02", "Moscow"),
        ("2026-01", "Davos"),
        ("2026-01-31", "Florida"),
    ];
    let expected: Vec<(String, String)> = expected.iter().map(|(d, p)| (d.to_string(), p.to_string())).collect();
    assert_eq!(common::meetings_of(&store, "Dmitriev"), expected);

    // A second ingest changes nothing; the answers survive the same questions again.
    let again = store.ingest_many(seed_articles(&dir, true)).unwrap();
    assert_eq!(again.articles_new, 0);
    assert_eq!(common::meetings_of(&store, "Dmitriev"), expected);
    assert!(store.verify().unwrap().is_empty());
}
