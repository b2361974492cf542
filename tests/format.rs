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
