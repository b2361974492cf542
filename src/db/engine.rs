//! The narrow ordered key-value interface the store needs, and the engines behind it.
//!
//! Nothing outside `src/db/` names an engine crate: sled is here, redb (cargo feature
//! `redb`) in `redb_engine.rs`. Another engine is one more `impl Engine` and one more
//! [`EngineKind`].

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// A key and its value.
pub(crate) type Entry = (Vec<u8>, Vec<u8>);

/// A boxed iterator over entries in key order.
pub(crate) type Entries = Box<dyn Iterator<Item = Result<Entry>> + Send>;

/// Writes applied together or not at all.
#[derive(Debug, Default)]
pub(crate) struct Batch {
    pub(super) ops: Vec<(Vec<u8>, Option<Vec<u8>>)>,
}

impl Batch {
    pub(crate) fn put(&mut self, key: Vec<u8>, value: Vec<u8>) {
        self.ops.push((key, Some(value)));
    }

    pub(crate) fn delete(&mut self, key: Vec<u8>) {
        self.ops.push((key, None));
    }

    pub(crate) fn len(&self) -> usize {
        self.ops.len()
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.ops.is_empty()
    }
}

/// An ordered key-value engine: point reads, range scans both ways, atomic batches.
pub(crate) trait Engine: Send + Sync + std::fmt::Debug {
    /// The value under `key`.
    fn get(&self, key: &[u8]) -> Result<Option<Vec<u8>>>;
    /// Entries with `from <= key < to` (`to = None`: to the end), ascending.
    fn range(&self, from: &[u8], to: Option<&[u8]>) -> Entries;
    /// The same entries, descending.
    fn range_rev(&self, from: &[u8], to: Option<&[u8]>) -> Entries;
    /// Applies every write of the batch atomically: after a crash, all or none.
    fn apply(&self, batch: Batch) -> Result<()>;
    /// Makes every applied batch durable.
    fn flush(&self) -> Result<()>;
    /// Bytes the engine occupies on disk.
    fn size_on_disk(&self) -> Result<u64>;
}

/// Which storage engine a store uses. The engine is chosen when a store is created;
/// opening an existing store with the other engine is refused (its directory holds
/// the first engine's files).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum EngineKind {
    /// sled: a log-structured tree in the store's directory, flushed in the
    /// background. The default.
    #[default]
    Sled,
    /// redb: a copy-on-write B-tree in one file, `dossier.redb`, in the store's
    /// directory; each batch is one write transaction. Needs the cargo feature `redb`.
    #[cfg(feature = "redb")]
    Redb,
}

/// How an engine is opened.
#[derive(Debug, Clone)]
pub(crate) struct EngineOptions {
    /// The store's directory; `None` makes a temporary store that is gone when dropped.
    pub(crate) path: Option<PathBuf>,
    /// The engine's page cache, in bytes.
    pub(crate) cache_bytes: u64,
    /// Make applied batches durable in the background every so many milliseconds.
    pub(crate) flush_every_ms: Option<u64>,
}

/// Opens (or creates) a store's engine.
pub(crate) fn open(kind: EngineKind, options: &EngineOptions) -> Result<Box<dyn Engine>> {
    match kind {
        EngineKind::Sled => Ok(Box::new(Sled::open(options)?)),
        #[cfg(feature = "redb")]
        EngineKind::Redb => Ok(Box::new(super::redb_engine::Redb::open(options)?)),
    }
}

/// The file that marks a redb store's directory.
pub(crate) const REDB_FILE: &str = "dossier.redb";

/// Which engine's files an existing store directory holds, if any.
fn found_in(dir: &Path) -> Option<&'static str> {
    if dir.join(REDB_FILE).exists() {
        Some("redb")
    } else if dir.join("conf").exists() && dir.join("db").exists() {
        Some("sled")
    } else {
        None
    }
}

/// Refuses to open `dir` with `wanted` when it holds another engine's store: that
/// engine would otherwise create an empty store beside it.
pub(crate) fn check_not_other_engine(dir: &Path, wanted: &'static str) -> Result<()> {
    match found_in(dir) {
        Some(found) if found != wanted => {
            Err(Error::Engine(Box::new(OtherEngine { path: dir.to_path_buf(), found, wanted })))
        }
        _ => Ok(()),
    }
}

/// A store directory written by another engine than the one asked for.
#[derive(Debug, thiserror::Error)]
#[error("{path} holds a {found} store, not a {wanted} one: open it with the {found} engine")]
struct OtherEngine {
    path: PathBuf,
    found: &'static str,
    wanted: &'static str,
}

/// sled, the embedded default.
#[derive(Debug)]
pub(crate) struct Sled {
    db: sled::Db,
}

impl Sled {
    /// Opens (or creates) a sled database; `path = None` makes a temporary one that
    /// is deleted when dropped.
    pub(crate) fn open(options: &EngineOptions) -> Result<Sled> {
        let config = sled::Config::new().cache_capacity(options.cache_bytes).flush_every_ms(options.flush_every_ms);
        let config = match &options.path {
            Some(p) => {
                check_not_other_engine(p, "sled")?;
                config.path(p)
            }
            None => config.temporary(true),
        };
        // A store dropped a moment ago may still be held by sled's background
        // flusher while it winds down: retry a lock refusal briefly (half a second
        // at most) before saying the store is in use.
        let mut tries = 0;
        loop {
            match config.open().map_err(|e| open_error(e, options.path.as_deref())) {
                Err(Error::Locked { .. }) if tries < 10 => {
                    tries += 1;
                    std::thread::sleep(std::time::Duration::from_millis(50));
                }
                other => return other.map(|db| Sled { db }),
            }
        }
    }
}

fn open_error(e: sled::Error, path: Option<&Path>) -> Error {
    match (&e, path) {
        (sled::Error::Io(io), Some(p)) if io.to_string().contains("could not acquire lock") => {
            Error::Locked { path: p.to_path_buf() }
        }
        (sled::Error::Io(io), Some(p)) if io.kind() != std::io::ErrorKind::Other => {
            Error::Io { path: p.to_path_buf(), source: std::io::Error::new(io.kind(), io.to_string()) }
        }
        _ => engine(e),
    }
}

fn engine(e: sled::Error) -> Error {
    Error::Engine(Box::new(e))
}

fn entries(iter: impl Iterator<Item = sled::Result<(sled::IVec, sled::IVec)>> + Send + 'static) -> Entries {
    Box::new(iter.map(|r| r.map(|(k, v)| (k.to_vec(), v.to_vec())).map_err(engine)))
}

impl Engine for Sled {
    fn get(&self, key: &[u8]) -> Result<Option<Vec<u8>>> {
        Ok(self.db.get(key).map_err(engine)?.map(|v| v.to_vec()))
    }

    fn range(&self, from: &[u8], to: Option<&[u8]>) -> Entries {
        match to {
            Some(to) => entries(self.db.range(from.to_vec()..to.to_vec())),
            None => entries(self.db.range(from.to_vec()..)),
        }
    }

    fn range_rev(&self, from: &[u8], to: Option<&[u8]>) -> Entries {
        match to {
            Some(to) => entries(self.db.range(from.to_vec()..to.to_vec()).rev()),
            None => entries(self.db.range(from.to_vec()..).rev()),
        }
    }

    fn apply(&self, batch: Batch) -> Result<()> {
        let mut b = sled::Batch::default();
        for (k, v) in batch.ops {
            match v {
                Some(v) => b.insert(k, v),
                None => b.remove(k),
            }
        }
        self.db.apply_batch(b).map_err(engine)
    }

    fn flush(&self) -> Result<()> {
        self.db.flush().map(|_| ()).map_err(engine)
    }

    fn size_on_disk(&self) -> Result<u64> {
        self.db.size_on_disk().map_err(engine)
    }
}

#[cfg(test)]
mod tests {
    //! One suite for every engine: each test runs on sled and, with the `redb`
    //! feature, on redb, temporary and on disk.

    use super::*;
    use crate::db::{keys, schema};

    /// Every engine this build has.
    fn kinds() -> Vec<EngineKind> {
        vec![
            EngineKind::Sled,
            #[cfg(feature = "redb")]
            EngineKind::Redb,
        ]
    }

    fn options(path: Option<&Path>) -> EngineOptions {
        EngineOptions { path: path.map(Path::to_path_buf), cache_bytes: 1 << 20, flush_every_ms: None }
    }

    /// Runs `test` on a temporary and an on-disk engine of every kind.
    fn each_engine(test: impl Fn(&dyn Engine, &str)) {
        for kind in kinds() {
            test(open(kind, &options(None)).unwrap().as_ref(), &format!("{kind:?} temporary"));
            let dir = tempfile::tempdir().unwrap();
            test(open(kind, &options(Some(&dir.path().join("db")))).unwrap().as_ref(), &format!("{kind:?} on disk"));
        }
    }

    fn put_all(db: &dyn Engine, keys: &[&[u8]]) {
        let mut b = Batch::default();
        for k in keys {
            b.put(k.to_vec(), [b"v:", *k].concat());
        }
        db.apply(b).unwrap();
    }

    fn keys_of(entries: Entries) -> Vec<Vec<u8>> {
        entries.map(|r| r.unwrap().0).collect()
    }

    const NONE: [Vec<u8>; 0] = [];

    #[test]
    fn put_get_and_overwrite() {
        each_engine(|db, name| {
            assert_eq!(db.get(b"a").unwrap(), None, "{name}");
            put_all(db, &[b"a", b"b"]);
            assert_eq!(db.get(b"a").unwrap(), Some(b"v:a".to_vec()), "{name}");
            let mut b = Batch::default();
            b.put(b"a".to_vec(), b"second".to_vec());
            b.put(b"empty".to_vec(), Vec::new());
            db.apply(b).unwrap();
            assert_eq!(db.get(b"a").unwrap(), Some(b"second".to_vec()), "{name}");
            assert_eq!(db.get(b"empty").unwrap(), Some(Vec::new()), "{name}: an empty value is a value");
            assert_eq!(db.get(b"").unwrap(), None, "{name}");
            assert_eq!(db.get(b"a\0").unwrap(), None, "{name}");
        });
    }

    #[test]
    fn ranges_are_half_open_and_ordered_both_ways() {
        each_engine(|db, name| {
            put_all(db, &[&[3], &[1], &[2], &[5], &[2, 0], &[2, 0xff], &[0xff, 0xff], &[0]]);
            let all = vec![vec![0], vec![1], vec![2], vec![2, 0], vec![2, 0xff], vec![3], vec![5], vec![0xff, 0xff]];
            assert_eq!(keys_of(db.range(&[], None)), all, "{name}: everything, ascending");
            let rev: Vec<Vec<u8>> = all.iter().rev().cloned().collect();
            assert_eq!(keys_of(db.range_rev(&[], None)), rev, "{name}: everything, descending");
            assert_eq!(keys_of(db.range(&[1], Some(&[3]))), [vec![1], vec![2], vec![2, 0], vec![2, 0xff]], "{name}");
            assert_eq!(
                keys_of(db.range_rev(&[1], Some(&[3]))),
                [vec![2, 0xff], vec![2, 0], vec![2], vec![1]],
                "{name}"
            );
            assert_eq!(keys_of(db.range(&[2, 0], Some(&[2, 0xff]))), [vec![2, 0]], "{name}: upper bound excluded");
            assert_eq!(keys_of(db.range_rev(&[3], None)), [vec![0xff, 0xff], vec![5], vec![3]], "{name}: open end");
            assert_eq!(keys_of(db.range(&[4], Some(&[5]))), NONE, "{name}: nothing inside");
            assert_eq!(keys_of(db.range(&[3], Some(&[3]))), NONE, "{name}: from == to");
            assert_eq!(keys_of(db.range(&[5], Some(&[1]))), NONE, "{name}: from > to");
            assert_eq!(keys_of(db.range_rev(&[5], Some(&[1]))), NONE, "{name}: from > to");
            let first = db.range(&[5], None).next().unwrap().unwrap();
            assert_eq!(first, (vec![5], b"v:\x05".to_vec()), "{name}: values come with keys");
        });
    }

    #[test]
    fn a_range_can_stop_early_and_outlive_later_writes() {
        each_engine(|db, name| {
            put_all(db, &[&[1], &[2], &[3]]);
            let mut it = db.range(&[1], None);
            assert_eq!(it.next().unwrap().unwrap().0, [1], "{name}");
            // A writer may commit while a reader holds an iterator: neither blocks.
            put_all(db, &[&[9]]);
            assert!(it.next().unwrap().is_ok(), "{name}");
            drop(it);
            assert_eq!(db.get(&[9]).unwrap(), Some(b"v:\x09".to_vec()), "{name}");
        });
    }

    #[test]
    fn a_batch_deletes_and_writes_together() {
        each_engine(|db, name| {
            put_all(db, &[&[1], &[2], &[3]]);
            let mut b = Batch::default();
            b.delete(vec![1]);
            b.put(vec![4], vec![4]);
            b.delete(vec![7]); // absent: not an error
            b.put(vec![2], vec![0]);
            b.delete(vec![2]); // the last write to a key wins
            b.delete(vec![3]);
            b.put(vec![3], vec![33]);
            assert_eq!(b.len(), 7);
            db.apply(b).unwrap();
            assert_eq!(db.get(&[1]).unwrap(), None, "{name}");
            assert_eq!(db.get(&[2]).unwrap(), None, "{name}");
            assert_eq!(db.get(&[3]).unwrap(), Some(vec![33]), "{name}");
            assert_eq!(db.get(&[4]).unwrap(), Some(vec![4]), "{name}");
            assert_eq!(keys_of(db.range(&[], None)), [vec![3], vec![4]], "{name}");
            db.apply(Batch::default()).unwrap();
            assert_eq!(keys_of(db.range(&[], None)).len(), 2, "{name}: an empty batch changes nothing");
        });
    }

    #[test]
    fn many_keys_and_big_values() {
        each_engine(|db, name| {
            let mut b = Batch::default();
            for i in 0u32..5_000 {
                b.put(i.to_be_bytes().to_vec(), vec![(i % 251) as u8; (i % 7) as usize * 100]);
            }
            b.put(b"big".to_vec(), vec![7; 3 << 20]);
            db.apply(b).unwrap();
            db.flush().unwrap();
            assert_eq!(db.get(b"big").unwrap().map(|v| v.len()), Some(3 << 20), "{name}");
            let (from, to) = (1_000u32.to_be_bytes(), 4_000u32.to_be_bytes());
            assert_eq!(db.range(&from, Some(&to)).count(), 3_000, "{name}");
            let last = db.range_rev(&from, Some(&to)).next().unwrap().unwrap();
            assert_eq!(last, (3_999u32.to_be_bytes().to_vec(), vec![(3_999 % 251) as u8; 3_999 % 7 * 100]), "{name}");
        });
    }

    #[test]
    fn flushed_and_dropped_writes_survive_a_reopen() {
        for kind in kinds() {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("db");
            {
                let db = open(kind, &options(Some(&path))).unwrap();
                schema::check_or_init(db.as_ref(), &path).unwrap();
                put_all(db.as_ref(), &[b"flushed"]);
                db.flush().unwrap();
                assert!(db.size_on_disk().unwrap() > 0, "{kind:?}");
                put_all(db.as_ref(), &[b"dropped"]);
                let mut b = Batch::default();
                b.delete(b"flushed".to_vec());
                b.put(b"flushed2".to_vec(), vec![2]);
                db.apply(b).unwrap();
            }
            let db = open(kind, &options(Some(&path))).unwrap();
            schema::check_or_init(db.as_ref(), &path).unwrap();
            assert_eq!(db.get(b"flushed").unwrap(), None, "{kind:?}");
            assert_eq!(db.get(b"flushed2").unwrap(), Some(vec![2]), "{kind:?}");
            assert_eq!(db.get(b"dropped").unwrap(), Some(b"v:dropped".to_vec()), "{kind:?}: a clean close flushes");
        }
    }

    #[test]
    fn periodic_flushing_runs_and_stops_with_the_engine() {
        for kind in kinds() {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("db");
            let periodic = EngineOptions { flush_every_ms: Some(5), ..options(Some(&path)) };
            for round in 0..3u8 {
                let db = open(kind, &periodic).unwrap();
                put_all(db.as_ref(), &[&[round]]);
                std::thread::sleep(std::time::Duration::from_millis(20));
                // Dropped and reopened at once: the flusher must have let go of the file.
            }
            let db = open(kind, &periodic).unwrap();
            assert_eq!(keys_of(db.range(&[], None)), [vec![0], vec![1], vec![2]], "{kind:?}");
        }
    }

    #[test]
    fn a_store_open_twice_is_locked() {
        for kind in kinds() {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("db");
            let _first = open(kind, &options(Some(&path))).unwrap();
            let err = open(kind, &options(Some(&path))).unwrap_err();
            assert!(matches!(err, Error::Locked { .. }), "{kind:?}: {err}");
        }
    }

    #[cfg(feature = "redb")]
    #[test]
    fn a_store_opens_only_with_its_engine() {
        for (made, other) in [(EngineKind::Sled, EngineKind::Redb), (EngineKind::Redb, EngineKind::Sled)] {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("db");
            drop(open(made, &options(Some(&path))).unwrap());
            let err = open(other, &options(Some(&path))).unwrap_err();
            assert!(err.is_storage(), "{made:?} then {other:?}: {err}");
            assert!(err.to_string().contains("open it with the"), "{err}");
            drop(open(made, &options(Some(&path))).unwrap());
        }
    }

    #[test]
    fn an_index_run_found_empty_is_read_again_once_written() {
        use crate::db::{Commit, Db};
        use crate::model::{DateSpan, Event, EventId, EventKind as Kind, Status};
        for kind in kinds() {
            let db = Db::new(open(kind, &options(None)).unwrap());
            let first_of_march = chrono::NaiveDate::from_ymd_opt(2025, 3, 1).unwrap();
            let prefix = keys::named_prefix(keys::BY_ENTITY, "ana ruiz");
            let run = |db: &Db| db.index_on(&prefix, keys::date_key(Some(first_of_march)), false, 10).unwrap();
            assert!(run(&db).is_empty(), "{kind:?}");
            for grouped in [false, true] {
                if grouped {
                    db.open_group();
                }
                let id = EventId(u64::from(grouped) + 1);
                let event = Event {
                    id,
                    kind: Kind::Meeting,
                    status: Status::Occurred,
                    date: Some(DateSpan::day(first_of_march)),
                    place: None,
                    participants: vec!["Ana Ruiz".into(), "Luis Prado".into()],
                    groups: vec![],
                    mentions: vec![],
                };
                db.commit(Commit { events: vec![(None, event)], next_event_id: id.0 + 1, ..Commit::default() })
                    .unwrap();
                let found: Vec<EventId> = run(&db).into_iter().map(|(_, id, _)| id).collect();
                assert_eq!(found.last(), Some(&id), "{kind:?}, grouped: {grouped}");
                // Empty again once the event is gone, and remembered so.
                db.commit(Commit {
                    removed: vec![db.event(id).unwrap().unwrap()],
                    next_event_id: id.0 + 1,
                    ..Commit::default()
                })
                .unwrap();
                assert!(run(&db).is_empty(), "{kind:?}, grouped: {grouped}");
                assert!(run(&db).is_empty(), "{kind:?}, grouped: {grouped}");
            }
            db.close_group().unwrap();
            assert_eq!(db.verify().unwrap(), Vec::<String>::new(), "{kind:?}");
        }
    }

    #[test]
    fn schema_and_typed_commits_work_on_every_engine() {
        use crate::db::{Commit, Db, Summary};
        use crate::model::{DateSpan, Event, EventId, EventKind as Kind, Place, Status};
        for kind in kinds() {
            let db = Db::new(open(kind, &options(None)).unwrap());
            schema::check_or_init(db.engine(), Path::new("(temporary)")).unwrap();
            let day = chrono::NaiveDate::from_ymd_opt(2025, 6, 17).map(DateSpan::day);
            let event = |id: u64, who: &str| Event {
                id: EventId(id),
                kind: Kind::Meeting,
                status: Status::Occurred,
                date: day,
                place: Some(Place { name: "Geneva".into(), within: vec!["Switzerland".into()] }),
                participants: vec!["Anna Kettunen".into(), who.into()],
                groups: vec![],
                mentions: vec![],
            };
            let (e1, e2) = (event(1, "Ivan Novak"), event(2, "Rosa Novak"));
            let both = vec![(None, e1.clone()), (None, e2.clone())];
            db.commit(Commit { events: both, next_event_id: 3, ..Commit::default() }).unwrap();
            // The second event changes a participant: its old index key must go.
            let e2b = event(2, "Pavel Szabo");
            db.commit(Commit { events: vec![(Some(e2), e2b.clone())], next_event_id: 3, ..Commit::default() }).unwrap();
            assert_eq!(db.event(EventId(2)).unwrap(), Some(e2b.clone()), "{kind:?}");
            assert_eq!(db.next_event_id().unwrap(), 3, "{kind:?}");
            let ids = |name: &str, reverse: bool| -> Vec<u64> {
                let prefix = keys::named_prefix(keys::BY_ENTITY, name);
                let end = keys::prefix_end(&prefix);
                db.index_range(&prefix, end.as_deref(), reverse).map(|r| r.unwrap().1 .0).collect()
            };
            assert_eq!(ids("anna kettunen", true), [2, 1], "{kind:?}: highest id first when reversed");
            assert_eq!(ids("rosa novak", false), Vec::<u64>::new(), "{kind:?}: the stale key is gone");
            assert_eq!(db.verify().unwrap(), Vec::<String>::new(), "{kind:?}");
            // Each participant's entries list the others, as they are now.
            let others = |db: &Db| {
                let mut out: Vec<(u64, Vec<String>)> = Vec::new();
                db.others_of(&crate::model::EntityId::of("Anna Kettunen"), |id, o| {
                    out.push((id.0, o.iter().map(|s| s.to_string()).collect()))
                })
                .unwrap();
                out
            };
            let want = vec![(1, vec!["Ivan Novak".to_string()]), (2, vec!["Pavel Szabo".to_string()])];
            assert_eq!(others(&db), want, "{kind:?}");
            // A bare summary (a store from before the lists) verifies clean and is
            // answered from the event.
            let key2 = keys::index(
                &keys::named_prefix(keys::BY_ENTITY, "anna kettunen"),
                keys::date_key(day.map(|d| d.start)),
                EventId(2),
            );
            let mut b = Batch::default();
            b.put(key2, Summary::of(&e2b).encode());
            db.engine().apply(b).unwrap();
            assert_eq!(others(&db), want, "{kind:?}");
            assert_eq!(db.verify().unwrap(), Vec::<String>::new(), "{kind:?}");
            assert_eq!(db.rebuild_indexes(2).unwrap(), (0, 1), "{kind:?}: repair writes the list");
            db.commit(Commit { removed: vec![e1], next_event_id: 3, ..Commit::default() }).unwrap();
            assert_eq!(db.count(keys::EVENT).unwrap(), 1, "{kind:?}");
            assert_eq!(ids("anna kettunen", false), [2], "{kind:?}");
            assert_eq!(db.rebuild_indexes(2).unwrap(), (0, 0), "{kind:?}: nothing to repair");
            assert_eq!(db.verify().unwrap(), Vec::<String>::new(), "{kind:?}");

            // Every index key carries the event's summary.
            let key = keys::index(
                &keys::named_prefix(keys::BY_ENTITY, "anna kettunen"),
                keys::date_key(day.map(|d| d.start)),
                EventId(2),
            );
            let summary = |db: &Db| db.index_range(&key, None, false).next().unwrap().unwrap().2;
            assert_eq!(summary(&db), Some(Summary::of(&e2b)), "{kind:?}");
            // A store from before summaries (empty values) verifies clean and is read
            // without them; repair writes them.
            let mut b = Batch::default();
            b.put(key.clone(), Vec::new());
            db.engine().apply(b).unwrap();
            assert_eq!(summary(&db), None, "{kind:?}");
            assert_eq!(db.verify().unwrap(), Vec::<String>::new(), "{kind:?}");
            assert_eq!(db.rebuild_indexes(2).unwrap(), (0, 1), "{kind:?}");
            assert_eq!(summary(&db), Some(Summary::of(&e2b)), "{kind:?}");
            // A summary that disagrees with its event is reported.
            let mut stale = Summary::of(&e2b);
            stale.fewest_people = 9;
            let mut b = Batch::default();
            b.put(key.clone(), stale.encode());
            db.engine().apply(b).unwrap();
            let problems = db.verify().unwrap();
            assert!(problems.len() == 1 && problems[0].contains("stale summary"), "{kind:?}: {problems:?}");
            assert_eq!(db.rebuild_indexes(2).unwrap(), (0, 1), "{kind:?}");
            assert_eq!(db.verify().unwrap(), Vec::<String>::new(), "{kind:?}");
        }
    }
}
