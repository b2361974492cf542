//! The on-disk format promise: a magic value and a version, checked at open.
use dossier::{Error, Store, FORMAT_VERSION};

#[test]
fn a_store_of_another_format_version_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db");
    drop(Store::open(&path).unwrap());
    {
        // Rewrite the version as a newer build would have written it.
        let db = sled::open(&path).unwrap();
        let mut key = vec![0u8];
        key.extend_from_slice(b"format");
        db.insert(key, (FORMAT_VERSION + 1).to_be_bytes().to_vec()).unwrap();
        db.flush().unwrap();
    }
    let err = Store::open(&path).unwrap_err();
    assert!(
        matches!(err, Error::UnsupportedVersion { found, supported } if found == FORMAT_VERSION + 1 && supported == FORMAT_VERSION),
        "{err}"
    );
    assert!(err.is_storage());
    assert!(err.to_string().contains("not supported"), "{err}");
}

#[test]
fn a_sled_database_that_is_not_a_store_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other");
    {
        let db = sled::open(&path).unwrap();
        db.insert(b"hello", b"world".to_vec()).unwrap();
        db.flush().unwrap();
    }
    let err = Store::open(&path).unwrap_err();
    assert!(matches!(err, Error::NotAStore { .. }), "{err}");
}

#[test]
fn a_store_already_open_is_reported_as_locked_without_hanging() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db");
    let _first = Store::open(&path).unwrap();
    let err = Store::open(&path).unwrap_err();
    assert!(matches!(err, Error::Locked { .. }), "{err}");
    assert!(err.to_string().contains("already open"), "{err}");
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Opens a copy of a committed fixture store (sled writes on open) and checks what
/// every build must find in it: the 12 sample articles and Dmitriev's meetings.
/// (Entities differ by build: the v4 and v5 stores' extractor found one name fewer.)
fn open_fixture(name: &str) -> (tempfile::TempDir, std::path::PathBuf, Store) {
    let fixture = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    copy_dir(&fixture, &path);
    let store = Store::open(&path).unwrap();
    assert!(store.verify().unwrap().is_empty());
    let s = store.stats().unwrap();
    let entities = if matches!(name, "store-v4" | "store-v5") { 33 } else { 34 };
    assert_eq!((s.articles, s.events, s.entities), (12, 30, entities));
    let met: Vec<String> = store
        .meetings()
        .involving("Dmitriev")
        .iter()
        .map(|e| e.unwrap().date.map(|d| d.to_string()).unwrap_or_default())
        .collect();
    assert_eq!(met, ["2025-02-18", "2025-04-25", "2025-08-06", "2025-10-25", "2026-01-20"]);
    // Two people: one run kept by its entries' lists of other participants (from
    // version 4; before, by the events themselves).
    let with_witkoff: Vec<_> =
        store.meetings().involving("Dmitriev").involving("Witkoff").iter().map(|e| e.unwrap().id).collect();
    let by_hand: Vec<_> = store
        .meetings()
        .involving("Dmitriev")
        .iter()
        .map(|e| e.unwrap())
        .filter(|e| e.participants.iter().any(|p| p == "Steve Witkoff"))
        .map(|e| e.id)
        .collect();
    assert!(!by_hand.is_empty());
    assert_eq!(with_witkoff, by_hand);
    let davos = store.meetings().at("Davos").iter().next().unwrap().unwrap();
    assert_eq!(davos.participants, ["Jared Kushner", "Kirill Dmitriev", "Steve Witkoff"]);
    assert_eq!(davos.date.unwrap().to_string(), "2026-01-20");
    (dir, path, store)
}

fn format_on_disk(path: &std::path::Path) -> u32 {
    let db = sled::open(path).unwrap();
    let v = db.get(b"\x00format").unwrap().unwrap();
    u32::from_be_bytes(v.as_ref().try_into().unwrap())
}

#[test]
fn the_committed_version_4_store_keeps_opening_and_takes_new_articles() {
    takes_new_articles("store-v4");
}

#[test]
fn the_committed_version_5_store_keeps_opening() {
    assert_eq!(FORMAT_VERSION, 5, "a new format version needs a new fixture (tests/fixtures/README.md)");
    let (_dir, _path, store) = open_fixture("store-v5");
    assert_counterparts_are_the_events_tally(&store);
}

/// The same for a version 3 store (participants' index values without the other
/// participants: counterparts read the events instead).
#[test]
fn the_committed_version_3_store_keeps_opening_and_takes_new_articles() {
    takes_new_articles("store-v3");
}

/// Counterparts, from the index (or the events, in an older store), match a tally
/// of the events themselves.
fn assert_counterparts_are_the_events_tally(store: &Store) {
    let mut want: Vec<(String, usize)> = Vec::new();
    for e in store.events().involving("Kirill Dmitriev").iter() {
        for p in e.unwrap().participants.into_iter().filter(|p| p != "Kirill Dmitriev") {
            match want.iter_mut().find(|(n, _)| *n == p) {
                Some((_, c)) => *c += 1,
                None => want.push((p, 1)),
            }
        }
    }
    want.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let got: Vec<(String, usize)> =
        store.counterparts("Dmitriev").unwrap().into_iter().map(|c| (c.name, c.events)).collect();
    assert!(got.len() >= 3, "{got:?}");
    assert_eq!(got, want);
}

/// A version 1 store (dates written as text) opens, is marked the current version,
/// takes new articles (dates written as numbers, long values compressed) beside its
/// old values, and reads both.
#[test]
fn the_committed_version_1_store_keeps_opening_and_takes_new_articles() {
    takes_new_articles("store-v1");
}

/// The same for a version 2 store (no compressed values).
#[test]
fn the_committed_version_2_store_keeps_opening_and_takes_new_articles() {
    takes_new_articles("store-v2");
}

fn takes_new_articles(fixture: &str) {
    let (_dir, path, store) = open_fixture(fixture);
    let day = chrono::NaiveDate::from_ymd_opt(2026, 2, 3).unwrap();
    // Long enough for its record to be stored compressed.
    let background = "Officials described the mood in the resort as businesslike and calm. ".repeat(10);
    let a = dossier::Article::new(
        "new",
        format!(
            "Kirill Dmitriev met Steve Witkoff and Jared Kushner in Davos on January 20, 2026, officials said. {background}"
        ),
    )
    .with_published(day);
    let out = store.ingest(&a).unwrap();
    assert_eq!((out.events_new, out.events_merged), (0, 1), "the new report joins the old event");
    let e = store.meetings().at("Davos").iter().next().unwrap().unwrap();
    assert!(e.articles().contains(&"new"), "{:?}", e.articles());
    assert_eq!(e.date.unwrap().to_string(), "2026-01-20");
    assert_eq!(store.article("new").unwrap().unwrap(), a);
    assert_eq!((store.stats().unwrap().articles, store.stats().unwrap().events), (13, 30));
    assert!(store.verify().unwrap().is_empty());
    drop(store);
    assert_eq!(format_on_disk(&path), FORMAT_VERSION);
    {
        let db = sled::open(&path).unwrap();
        let record = db.get(b"\x01new").unwrap().unwrap();
        assert_eq!(record[0], 3, "the new article's record is stored compressed");
    }
    let again = Store::open(&path).unwrap();
    assert!(again.verify().unwrap().is_empty());
    assert_counterparts_are_the_events_tally(&again);
    assert_eq!(again.meetings().involving("Dmitriev").count().unwrap(), 5);
    assert_eq!(again.article("new").unwrap().unwrap(), a);
}
