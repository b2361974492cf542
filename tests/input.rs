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
    std::fs::write(&path, b"\xef\xbb\xbfEnvoy Steve Witkoff met Kirill Dmitriev in Gen\xc3va on Monday.\xff\xfe")
        .unwrap();
    let a = ingest::read_text_file(&path, Some(common::day("2025-01-01"))).unwrap();
    assert_eq!(a.id, "lossy");
    // Each bad sequence is one U+FFFD; the rest, byte order mark included, is kept.
    assert_eq!(a.text, "\u{feff}Envoy Steve Witkoff met Kirill Dmitriev in Gen\u{fffd}va on Monday.\u{fffd}\u{fffd}");
    // The meeting survives the damaged bytes.
    let store = Store::temporary().unwrap();
    store.ingest(&a).unwrap();
    let met: Vec<_> = store.meetings().involving("Dmitriev").iter().map(Result::unwrap).collect();
    assert_eq!(met.len(), 1);
    assert_eq!(met[0].participants, ["Kirill Dmitriev", "Steve Witkoff"]);
    assert_eq!(met[0].date.unwrap().to_string(), "2024-12-30");
    let missing = ingest::read_text_file(&dir.path().join("nope.txt"), None).unwrap_err();
    assert!(matches!(missing, Error::Io { .. }), "{missing}");
    assert!(missing.to_string().contains("nope.txt"));
}

/// Deterministic bytes of every value, NULs and invalid UTF-8 included.
fn noise(n: usize, mut state: u64) -> Vec<u8> {
    (0..n)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state as u8
        })
        .collect()
}

#[test]
fn a_binary_file_read_as_text_is_stored_and_a_sentence_inside_it_still_found() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::temporary().unwrap();

    let photo = dir.path().join("photo.jpg");
    let bytes = noise(64 << 10, 0x2545_f491_4f6c_dd1d);
    std::fs::write(&photo, &bytes).unwrap();
    let a = ingest::read_text_file(&photo, None).unwrap();
    assert_eq!(a.id, "photo");
    assert_eq!(a.text, String::from_utf8_lossy(&bytes));
    assert!(a.text.contains('\0') && a.text.contains('\u{fffd}'));
    assert!(store.ingest(&a).unwrap().stored);
    assert_eq!(store.article("photo").unwrap().unwrap().text, a.text);
    assert_eq!(store.events().count().unwrap(), 0);

    // A page with a binary blob on either side of its one sentence.
    let page = dir.path().join("page.html");
    let mut bytes = noise(8 << 10, 7);
    bytes
        .extend_from_slice(b"\nForeign Minister Hakan Fidan met Secretary of State Marco Rubio in Ankara on Monday.\n");
    bytes.extend(noise(8 << 10, 11));
    std::fs::write(&page, &bytes).unwrap();
    let a = ingest::read_text_file(&page, Some(common::day("2025-03-05"))).unwrap();
    assert!(store.ingest(&a).unwrap().stored);
    let met: Vec<_> = store.meetings().involving("Rubio").iter().map(Result::unwrap).collect();
    assert_eq!(met.len(), 1);
    assert_eq!(met[0].participants, ["Hakan Fidan", "Marco Rubio"]);
    assert_eq!(
        (met[0].date.unwrap().to_string(), met[0].place.clone().unwrap().name),
        ("2025-03-03".into(), "Ankara".into())
    );
    assert_eq!(met[0].articles(), ["page"]);
    assert!(store.verify().unwrap().is_empty());
}

#[test]
fn nul_bytes_in_an_article_are_kept_and_do_not_hide_its_meeting() {
    let sentence = "Foreign Minister Hakan Fidan met Secretary of State Marco Rubio in Ankara on Monday.";
    let text = format!("\0\0{sentence}\n\0A\0line\0of\0NULs.\n\0");
    let line = serde_json::json!({"id": "nul", "text": text, "published": "2025-03-05"}).to_string();
    assert!(line.contains("\\u0000"), "{line}");
    let a = ingest::read_jsonl(line.as_bytes(), "feed.jsonl").next().unwrap().unwrap();
    assert_eq!(a.text, text);
    let store = Store::temporary().unwrap();
    assert!(store.ingest(&a).unwrap().stored);
    assert_eq!(store.article("nul").unwrap().unwrap().text, text);
    let met: Vec<_> = store.meetings().involving("Fidan").iter().map(Result::unwrap).collect();
    assert_eq!(met.len(), 1);
    assert_eq!(met[0].participants, ["Hakan Fidan", "Marco Rubio"]);
    assert_eq!(met[0].date.unwrap().to_string(), "2025-03-03");
    assert!(text[met[0].mentions[0].span.clone()].contains(sentence));
}

#[test]
fn a_nul_after_the_last_period_of_a_line_does_not_hide_its_meeting() {
    let sentence = "Foreign Minister Hakan Fidan met Secretary of State Marco Rubio in Ankara on Monday.";
    for (id, end) in [("nul", "\0"), ("soh", "\u{1}"), ("del", "\u{7f}")] {
        let store = Store::temporary().unwrap();
        store.ingest(&Article::new(id, format!("{sentence}{end}")).with_published(common::day("2025-03-05"))).unwrap();
        assert_eq!(store.meetings().involving("Fidan").count().unwrap(), 1, "{id}");
    }
}

#[test]
fn a_store_path_that_is_a_file_is_refused_with_the_path() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("events.txt");
    std::fs::write(&file, "not a store").unwrap();
    for path in [file.clone(), file.join("db")] {
        let err = Store::open(&path).unwrap_err();
        assert!(matches!(&err, Error::Io { path: p, .. } if *p == path), "{err:?}");
        assert!(err.is_bad_input() && err.to_string().contains("events.txt"), "{err}");
    }
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "not a store");
}
