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

#[test]
fn the_committed_version_1_store_keeps_opening() {
    let fixture = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/store-v1");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("store-v1");
    copy_dir(&fixture, &path);
    let store = Store::open(&path).unwrap();
    assert_eq!(FORMAT_VERSION, 1, "a new format version needs a new fixture (tests/fixtures/README.md)");
    assert!(store.verify().unwrap().is_empty());
    let s = store.stats().unwrap();
    assert_eq!((s.articles, s.events, s.entities), (12, 30, 34));
    let met: Vec<(String, String)> = store
        .meetings()
        .involving("Dmitriev")
        .iter()
        .map(|e| {
            let e = e.unwrap();
            (e.id.to_string(), e.date.map(|d| d.to_string()).unwrap_or_default())
        })
        .collect();
    let want =
        [("1", "2025-02-18"), ("5", "2025-04-25"), ("15", "2025-08-06"), ("18", "2025-10-25"), ("26", "2026-01-20")];
    assert_eq!(met, want.map(|(i, d)| (i.to_string(), d.to_string())));
    let e = store.event(dossier::EventId(26)).unwrap();
    assert_eq!(e.participants, ["Jared Kushner", "Kirill Dmitriev", "Steve Witkoff"]);
    assert_eq!(e.place.unwrap().name, "Davos");
}
