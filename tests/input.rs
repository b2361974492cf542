//! Bad input is reported and skipped; nothing panics.
mod common;

use dossier::{ingest, Article, Error, Store};

#[test]
fn jsonl_bad_lines_are_reported_with_file_and_line_and_the_rest_stored() {
    let input = concat!(
        "{\"id\": \"ok-1\", \"text\": \"Foreign Minister Hakan Fidan met Secretary of State Marco Rubio in Ankara.\", \"published\": \"2025-03-03\"}\n",
        "{\"id\": \"no-text\"}\n",
        "{\"id\": \"bad-date\", \"text\": \"x\", \"published\": \"2025-13-45\"}\n",
        "this is not json\n",
        "{\"id\": \"ok-2\", \"text\": \"Nothing happened.\"}\n",
    );
    let (good, bad): (Vec<_>, Vec<_>) = ingest::read_jsonl(input.as_bytes(), "feed.jsonl").partition(Result::is_ok);
    let bad: Vec<String> = bad.into_iter().map(|e| e.unwrap_err().to_string()).collect();
    assert_eq!(bad.len(), 3);
    assert!(bad[0].starts_with("feed.jsonl:2: missing field \"text\""), "{}", bad[0]);
    assert!(bad[1].starts_with("feed.jsonl:3: invalid date \"2025-13-45\""), "{}", bad[1]);
    assert!(bad[2].starts_with("feed.jsonl:4: invalid JSON"), "{}", bad[2]);
    let store = Store::temporary().unwrap();
    let s = store.ingest_many(good.into_iter().map(Result::unwrap)).unwrap();
    assert_eq!(s.articles_new, 2);
    assert_eq!(store.meetings().count().unwrap(), 1);
}

#[test]
fn oversized_and_nameless_articles_are_rejected_with_a_reason() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::builder(dir.path().join("db")).max_article_bytes(100).open().unwrap();
    let err = store.ingest(&Article::new("big", "x".repeat(101))).unwrap_err();
    assert!(matches!(&err, Error::BadArticle { id, .. } if id == "big"), "{err}");
    assert!(err.to_string().contains("101 bytes"), "{err}");
    assert!(err.is_bad_input());
    let err = store.ingest(&Article::new("  ", "text")).unwrap_err();
    assert!(err.to_string().contains("empty id"), "{err}");
    let s = store.ingest_many(vec![Article::new("big", "y".repeat(500)), Article::new("fine", "Short text.")]).unwrap();
    assert_eq!((s.articles_new, s.rejected.len()), (1, 1));
}

#[test]
fn empty_binary_and_pathological_text_do_not_panic() {
    let store = Store::temporary().unwrap();
    let nul = "\u{0}".repeat(1000);
    let binary: String = (0..4000u32).map(|i| char::from_u32(i % 0x2FF + 1).unwrap_or('?')).collect();
    let capitals = "Alpha Beta Gamma Delta ".repeat(20_000);
    let dates = "on January 23 and 24, 2025 and on Monday met ".repeat(2_000);
    for (id, text) in [("empty", String::new()), ("nul", nul), ("binary", binary), ("caps", capitals), ("dates", dates)]
    {
        store.ingest(&Article::new(id, text)).unwrap();
    }
    assert_eq!(store.stats().unwrap().articles, 5);
}

#[test]
fn invalid_utf8_text_files_are_read_lossily() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("lossy.txt");
    std::fs::write(&path, b"Envoy Steve Witkoff met Kirill Dmitriev in Geneva.\xff\xfe").unwrap();
    let a = ingest::read_text_file(&path, Some(common::day("2025-01-01"))).unwrap();
    assert_eq!(a.id, "lossy");
    assert!(a.text.ends_with('\u{fffd}'));
    let missing = ingest::read_text_file(&dir.path().join("nope.txt"), None).unwrap_err();
    assert!(matches!(missing, Error::Io { .. }), "{missing}");
    assert!(missing.to_string().contains("nope.txt"));
}
