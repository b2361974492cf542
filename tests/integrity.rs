//! verify finds broken indexes, repair rebuilds them; export then re-ingest
//! reproduces a store (the migration path).
mod common;

use dossier::Store;

#[test]
fn verify_reports_broken_indexes_and_repair_rebuilds_them() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db");
    let before = {
        let store = Store::open(&path).unwrap();
        store.ingest_many(common::articles()).unwrap();
        assert!(store.verify().unwrap().is_empty());
        common::canonical(&store)
    };
    {
        // Damage the indexes behind the store's back: drop one person index key
        // and add one that points nowhere.
        let db = sled::open(&path).unwrap();
        let victim = db.scan_prefix([0x04u8]).next().unwrap().unwrap().0;
        db.remove(&victim).unwrap();
        let mut dangling = vec![0x05u8];
        dangling.extend_from_slice(&[0x80, 0x0b, 0x00, 0x00]);
        dangling.extend_from_slice(&999_999u64.to_be_bytes());
        db.insert(dangling, Vec::<u8>::new()).unwrap();
        db.flush().unwrap();
    }
    let store = Store::open(&path).unwrap();
    let problems = store.verify().unwrap();
    assert_eq!(problems.len(), 2, "{problems:#?}");
    assert!(problems.iter().any(|p| p.contains("999999") && p.contains("matches no stored event")), "{problems:#?}");
    assert!(problems.iter().any(|p| p.contains("is missing")), "{problems:#?}");
    // A query through the dangling key reports corruption instead of panicking.
    assert!(store.events().iter().any(|e| e.is_err_and(|e| e.is_storage())));

    assert_eq!(store.repair().unwrap(), (1, 1));
    assert!(store.verify().unwrap().is_empty());
    assert_eq!(common::canonical(&store), before);
}

#[test]
fn exported_articles_rebuild_the_same_store() {
    let store = Store::temporary().unwrap();
    store.ingest_many(common::articles()).unwrap();
    let mut backup = Vec::new();
    assert_eq!(store.export_articles(&mut backup).unwrap(), 4);

    let restored = Store::temporary().unwrap();
    let articles = dossier::ingest::read_jsonl(backup.as_slice(), "backup.jsonl").map(Result::unwrap);
    restored.ingest_many(articles).unwrap();
    assert_eq!(common::canonical(&restored), common::canonical(&store));
    let a = restored.article("wire-geneva").unwrap().unwrap();
    assert_eq!(a, store.article("wire-geneva").unwrap().unwrap());
}

/// Every article of the evaluation corpus, with and without publication dates,
/// leaves a store whose indexes all point at stored events: merges that absorb one
/// stored event into another remove the absorbed event's keys.
#[test]
fn merging_a_whole_corpus_leaves_no_dangling_index_keys() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/eval/articles");
    let mut articles = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let id = path.file_stem().unwrap().to_string_lossy().into_owned();
        articles.push(dossier::Article::new(id, text));
    }
    articles.sort_by(|a, b| a.id.cmp(&b.id));
    let store = Store::temporary().unwrap();
    store.ingest_many(articles).unwrap();
    assert_eq!(store.verify().unwrap(), Vec::<String>::new());
    assert!(store.events().iter().all(|e| e.is_ok()));
}
