//! redb behind the [`Engine`] trait (cargo feature `redb`).
//!
//! One table of byte keys and byte values in `dossier.redb` inside the store's
//! directory (in memory for a temporary store). Each batch is one write transaction,
//! committed without fsync (`Durability::None`); [`Engine::flush`] commits an empty
//! transaction with `Durability::Immediate`, which makes every earlier commit durable.
//! After a crash redb opens at the last durable commit: whole batches or nothing, as
//! with sled. With `flush_every_ms` a background thread flushes when there is
//! something to flush, like sled's flusher; dropping the engine flushes too.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;

use redb::{Database, DatabaseError, Durability, OwnedAccessGuard, ReadableDatabase, StorageError, TableDefinition};

use super::engine::{check_not_other_engine, Batch, Engine, EngineOptions, Entries, REDB_FILE};
use crate::error::{Error, Result};

/// The one table: keys and values are opaque bytes, ordered bytewise.
const TABLE: TableDefinition<&[u8], &[u8]> = TableDefinition::new("dossier");

/// An entry as a range over [`TABLE`] yields it.
type RawEntry = std::result::Result<(OwnedAccessGuard<&'static [u8]>, OwnedAccessGuard<&'static [u8]>), StorageError>;

/// redb, the alternative engine.
pub(crate) struct Redb {
    db: Arc<Database>,
    /// True when a batch was committed since the last durable commit.
    dirty: Arc<AtomicBool>,
    /// The database file (`None`: in memory).
    file: Option<PathBuf>,
    /// The background flusher: dropping the sender stops it.
    flusher: Option<(mpsc::Sender<()>, JoinHandle<()>)>,
}

impl std::fmt::Debug for Redb {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Redb").field("file", &self.file).field("flusher", &self.flusher.is_some()).finish()
    }
}

fn engine(e: impl Into<redb::Error>) -> Error {
    Error::Engine(Box::new(e.into()))
}

fn open_error(e: DatabaseError, dir: Option<&Path>) -> Error {
    match (e, dir) {
        (DatabaseError::DatabaseAlreadyOpen, Some(p)) => Error::Locked { path: p.to_path_buf() },
        (DatabaseError::Storage(StorageError::Io(io)), Some(p)) => Error::Io { path: p.to_path_buf(), source: io },
        (e, _) => engine(e),
    }
}

/// Commits an empty transaction durably: every earlier commit reaches the disk.
fn durable_commit(db: &Database) -> Result<()> {
    let mut tx = db.begin_write().map_err(engine)?;
    tx.set_durability(Durability::Immediate).map_err(engine)?;
    tx.commit().map_err(engine)
}

/// Starts the background flusher: every `every`, a durable commit if a batch was
/// applied since the last one. It stops when the sender it returns is dropped.
fn spawn_flusher(
    db: Arc<Database>,
    dirty: Arc<AtomicBool>,
    every: Duration,
) -> Result<(mpsc::Sender<()>, JoinHandle<()>)> {
    let (stop, stopped) = mpsc::channel::<()>();
    let handle = std::thread::Builder::new()
        .name("dossier-redb-flush".into())
        .spawn(move || {
            while let Err(RecvTimeoutError::Timeout) = stopped.recv_timeout(every) {
                // A failed background flush is retried at the next tick; an explicit
                // flush reports the error.
                if dirty.swap(false, Ordering::AcqRel) && durable_commit(&db).is_err() {
                    dirty.store(true, Ordering::Release);
                }
            }
        })
        .map_err(|e| Error::Engine(Box::new(e)))?;
    Ok((stop, handle))
}

impl Redb {
    /// Opens (or creates) the database in `options.path`, a directory; `path = None`
    /// keeps it in memory.
    pub(crate) fn open(options: &EngineOptions) -> Result<Redb> {
        let mut builder = Database::builder();
        builder.set_cache_size(usize::try_from(options.cache_bytes).unwrap_or(usize::MAX));
        let (db, file) = match &options.path {
            Some(dir) => {
                std::fs::create_dir_all(dir).map_err(|source| Error::Io { path: dir.clone(), source })?;
                check_not_other_engine(dir, "redb")?;
                let file = dir.join(REDB_FILE);
                (builder.create(&file).map_err(|e| open_error(e, Some(dir)))?, Some(file))
            }
            None => (builder.create_with_backend(redb::backends::InMemoryBackend::new()).map_err(engine)?, None),
        };
        // Readers open the table: make sure it exists.
        let tx = db.begin_write().map_err(engine)?;
        tx.open_table(TABLE).map_err(engine)?;
        tx.commit().map_err(engine)?;
        let db = Arc::new(db);
        let dirty = Arc::new(AtomicBool::new(false));
        let flusher = match options.flush_every_ms {
            Some(ms) => Some(spawn_flusher(Arc::clone(&db), Arc::clone(&dirty), Duration::from_millis(ms.max(1)))?),
            None => None,
        };
        Ok(Redb { db, dirty, file, flusher })
    }

    fn read_table(&self) -> Result<redb::ReadOnlyTable<&'static [u8], &'static [u8]>> {
        let tx = self.db.begin_read().map_err(engine)?;
        tx.open_table(TABLE).map_err(engine)
    }

    fn entries(&self, from: &[u8], to: Option<&[u8]>, reverse: bool) -> Result<Entries> {
        // An empty or inverted range: redb (like BTreeMap) would refuse start > end.
        if to.is_some_and(|to| to <= from) {
            return Ok(Box::new(std::iter::empty()));
        }
        let table = self.read_table()?;
        let range = match to {
            Some(to) => table.range_owned::<&[u8]>(from..to),
            None => table.range_owned::<&[u8]>(from..),
        }
        .map_err(engine)?;
        let item = |r: RawEntry| r.map(|(k, v)| (k.value().to_vec(), v.value().to_vec())).map_err(engine);
        Ok(if reverse { Box::new(range.rev().map(item)) } else { Box::new(range.map(item)) })
    }
}

impl Engine for Redb {
    fn get(&self, key: &[u8]) -> Result<Option<Vec<u8>>> {
        let table = self.read_table()?;
        let value = table.get_owned(key).map_err(engine)?;
        Ok(value.map(|v| v.value().to_vec()))
    }

    fn range(&self, from: &[u8], to: Option<&[u8]>) -> Entries {
        self.entries(from, to, false).unwrap_or_else(|e| Box::new(std::iter::once(Err(e))))
    }

    fn range_rev(&self, from: &[u8], to: Option<&[u8]>) -> Entries {
        self.entries(from, to, true).unwrap_or_else(|e| Box::new(std::iter::once(Err(e))))
    }

    fn apply(&self, batch: Batch) -> Result<()> {
        let mut tx = self.db.begin_write().map_err(engine)?;
        tx.set_durability(Durability::None).map_err(engine)?;
        {
            let mut table = tx.open_table(TABLE).map_err(engine)?;
            for (k, v) in &batch.ops {
                match v {
                    Some(v) => table.insert(k.as_slice(), v.as_slice()).map(|_| ()),
                    None => table.remove(k.as_slice()).map(|_| ()),
                }
                .map_err(engine)?;
            }
        }
        // Dropping an uncommitted transaction aborts it: nothing of the batch lands.
        tx.commit().map_err(engine)?;
        self.dirty.store(true, Ordering::Release);
        Ok(())
    }

    fn flush(&self) -> Result<()> {
        if self.dirty.swap(false, Ordering::AcqRel) {
            if let Err(e) = durable_commit(&self.db) {
                self.dirty.store(true, Ordering::Release);
                return Err(e);
            }
        }
        Ok(())
    }

    fn size_on_disk(&self) -> Result<u64> {
        match &self.file {
            Some(f) => std::fs::metadata(f).map(|m| m.len()).map_err(|source| Error::Io { path: f.clone(), source }),
            None => {
                let tx = self.db.begin_write().map_err(engine)?;
                let stats = tx.stats().map_err(engine)?;
                tx.abort().map_err(engine)?;
                Ok(stats.allocated_pages() * stats.page_size() as u64)
            }
        }
    }
}

impl Drop for Redb {
    fn drop(&mut self) {
        if let Some((stop, handle)) = self.flusher.take() {
            drop(stop);
            // The flusher never panics on its own; a panic there has nothing to add here.
            let _ = handle.join();
        }
        // Like sled, a clean close keeps every applied batch. An error here has no one
        // to go to: the store is then as of the last durable commit.
        let _ = self.flush();
    }
}
