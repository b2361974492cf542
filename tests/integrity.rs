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
        let db = open_raw(&path);
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

/// `stats` reads the counts every commit keeps; `verify` compares them with the
/// records (and finds an article without its text hash key), `repair` rewrites
/// both, and a store without them (written before
/// them) counts its index keys instead.
#[test]
fn the_kept_counts_are_checked_repaired_and_optional() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db");
    let right = {
        let store = Store::open(&path).unwrap();
        let summary = store.ingest_many(common::articles()).unwrap();
        assert!(summary.events_merged > 0, "the fixture merges reports: {summary:?}");
        let s = counts(&store);
        assert_eq!(s, (4, store.events().iter().count() as u64));
        s
    };
    let set_counts = |value: Option<[u64; 2]>| {
        let db = open_raw(&path);
        match value {
            Some([a, e]) => db.insert(b"\x00counts", [a.to_be_bytes(), e.to_be_bytes()].concat()).unwrap(),
            None => db.remove(b"\x00counts").unwrap(),
        };
        db.flush().unwrap();
    };
    set_counts(Some([7, 70]));
    {
        let db = open_raw(&path);
        let hash = db.scan_prefix([0x02u8]).next().unwrap().unwrap().0;
        db.remove(&hash).unwrap();
        db.flush().unwrap();
    }
    {
        let store = Store::open(&path).unwrap();
        assert_eq!(counts(&store), (7, 70));
        let problems = store.verify().unwrap();
        assert_eq!(problems.len(), 3, "{problems:#?}");
        assert!(problems.iter().any(|p| p.contains("has no text hash key")), "{problems:#?}");
        assert!(problems.iter().any(|p| p.contains("3 text hash keys for 4 articles")), "{problems:#?}");
        assert!(problems.iter().any(|p| p.contains("counts 7 articles and 70 events")), "{problems:#?}");
        assert_eq!(store.repair().unwrap(), (0, 1));
        assert_eq!(counts(&store), right);
        assert!(store.verify().unwrap().is_empty());
    }
    set_counts(None);
    let store = Store::open(&path).unwrap();
    assert_eq!(counts(&store), right, "counted from the index");
    let more = dossier::Article::new("extra", "Ana Ruiz met Tomas Berg in Oslo on Monday, officials said.")
        .with_published(chrono::NaiveDate::from_ymd_opt(2026, 3, 4).unwrap());
    assert_eq!(store.ingest(&more).unwrap().events_new, 1);
    assert_eq!(counts(&store), (5, right.1 + 1));
    store.repair().unwrap();
    assert_eq!(counts(&store), (5, right.1 + 1));
    assert!(store.verify().unwrap().is_empty());
}

fn counts(store: &Store) -> (u64, u64) {
    let s = store.stats().unwrap();
    (s.articles, s.events)
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

/// The sled database under a store, opened behind the store's back. A store just
/// dropped may still hold the directory's lock while its background flusher winds
/// down: retry for up to two seconds.
fn open_raw(path: &std::path::Path) -> sled::Db {
    for _ in 0..40 {
        match sled::open(path) {
            Ok(db) => return db,
            Err(_) => std::thread::sleep(std::time::Duration::from_millis(50)),
        }
    }
    sled::open(path).unwrap()
}

/// Every key and value of a sled directory, in order.
fn sled_contents(path: &std::path::Path) -> Vec<(Vec<u8>, Vec<u8>)> {
    let db = open_raw(path);
    db.iter().map(|kv| kv.map(|(k, v)| (k.to_vec(), v.to_vec())).unwrap()).collect()
}

fn eval_articles() -> Vec<dossier::Article> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/eval/articles");
    let mut articles = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let id = path.file_stem().unwrap().to_string_lossy().into_owned();
        articles.push(dossier::Article::new(id, text));
    }
    articles.sort_by(|a, b| a.id.cmp(&b.id));
    articles
}

/// A compacted copy holds exactly the source's keys and values, answers the same,
/// and keeps working as a store (idempotent ingest included). (How much smaller it
/// is shows only at scale: BENCHMARKS.md.)
#[test]
fn a_compacted_copy_is_the_same_store() {
    let dir = tempfile::tempdir().unwrap();
    let (source, copy) = (dir.path().join("source"), dir.path().join("copy"));
    let articles = eval_articles();
    let before = {
        let store = Store::builder(&source).durability(dossier::Durability::EveryArticle).open().unwrap();
        for a in &articles {
            store.ingest(a).unwrap();
        }
        store.ingest_many(common::articles()).unwrap();
        let compacted = store.compact_to(&copy).unwrap();
        assert_eq!(common::canonical(&compacted), common::canonical(&store));
        assert!(compacted.verify().unwrap().is_empty());
        common::canonical(&store)
    };
    assert_eq!(sled_contents(&source), sled_contents(&copy));
    let store = Store::open(&copy).unwrap();
    assert_eq!(common::canonical(&store), before);
    // Ingest goes on in the copy: a known article changes nothing, a new one adds.
    assert!(!store.ingest(&common::articles()[0]).unwrap().stored);
    let new =
        dossier::Article::new("new", "Foreign Minister Arvo Kettunen met Foreign Minister Lena Vaher in Tallinn.");
    store.ingest(&new).unwrap();
    assert_eq!(store.meetings().involving("Vaher").count().unwrap(), 1);
}

#[test]
fn compacting_into_a_directory_with_files_is_refused_and_leaves_them() {
    let (dir, store) = common::store_in_tempdir();
    store.ingest_many(common::articles()).unwrap();
    let busy = dir.path().join("busy");
    std::fs::create_dir(&busy).unwrap();
    std::fs::write(busy.join("notes.txt"), "keep me").unwrap();
    let err = store.compact_to(&busy).unwrap_err();
    assert!(matches!(err, dossier::Error::NotEmpty { .. }), "{err}");
    assert!(err.to_string().contains("busy"), "{err}");
    assert_eq!(std::fs::read_to_string(busy.join("notes.txt")).unwrap(), "keep me");
    // An empty directory is fine.
    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    assert_eq!(store.compact_to(&empty).unwrap().stats().unwrap().events, store.stats().unwrap().events);
}

/// Every article of the evaluation corpus, with and without publication dates,
/// leaves a store whose indexes all point at stored events: merges that absorb one
/// stored event into another remove the absorbed event's keys.
#[test]
fn merging_a_whole_corpus_leaves_no_dangling_index_keys() {
    let articles = eval_articles();
    let store = Store::temporary().unwrap();
    store.ingest_many(articles).unwrap();
    assert_eq!(store.verify().unwrap(), Vec::<String>::new());
    assert!(store.events().iter().all(|e| e.is_ok()));
}
