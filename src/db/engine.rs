//! The narrow ordered key-value interface the store needs, and sled behind it.
//!
//! Nothing outside this file names sled: another engine is one more `impl Engine`.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// A key and its value.
pub(crate) type Entry = (Vec<u8>, Vec<u8>);

/// A boxed iterator over entries in key order.
pub(crate) type Entries = Box<dyn Iterator<Item = Result<Entry>> + Send>;

/// Writes applied together or not at all.
#[derive(Debug, Default)]
pub(crate) struct Batch {
    ops: Vec<(Vec<u8>, Option<Vec<u8>>)>,
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

/// How sled is opened.
#[derive(Debug, Clone)]
pub(crate) struct SledOptions {
    pub(crate) path: Option<PathBuf>,
    pub(crate) cache_bytes: u64,
    pub(crate) flush_every_ms: Option<u64>,
}

/// sled, the embedded default.
#[derive(Debug)]
pub(crate) struct Sled {
    db: sled::Db,
}

impl Sled {
    /// Opens (or creates) a sled database; `path = None` makes a temporary one that
    /// is deleted when dropped.
    pub(crate) fn open(options: &SledOptions) -> Result<Sled> {
        let config = sled::Config::new().cache_capacity(options.cache_bytes).flush_every_ms(options.flush_every_ms);
        let config = match &options.path {
            Some(p) => config.path(p),
            None => config.temporary(true),
        };
        let db = config.open().map_err(|e| open_error(e, options.path.as_deref()))?;
        Ok(Sled { db })
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
    use super::*;

    fn temp() -> Sled {
        Sled::open(&SledOptions { path: None, cache_bytes: 1 << 20, flush_every_ms: None }).unwrap()
    }

    #[test]
    fn ranges_are_half_open_and_ordered_both_ways() {
        let db = temp();
        let mut b = Batch::default();
        for k in [3u8, 1, 2, 5] {
            b.put(vec![k], vec![k * 10]);
        }
        db.apply(b).unwrap();
        let fwd: Vec<u8> = db.range(&[1], Some(&[5])).map(|r| r.unwrap().0[0]).collect();
        assert_eq!(fwd, vec![1, 2, 3]);
        let rev: Vec<u8> = db.range_rev(&[2], None).map(|r| r.unwrap().0[0]).collect();
        assert_eq!(rev, vec![5, 3, 2]);
        assert_eq!(db.get(&[5]).unwrap(), Some(vec![50]));
    }

    #[test]
    fn a_batch_deletes_and_writes() {
        let db = temp();
        let mut b = Batch::default();
        b.put(vec![1], vec![1]);
        db.apply(b).unwrap();
        let mut b = Batch::default();
        b.delete(vec![1]);
        b.put(vec![2], vec![2]);
        assert_eq!(b.len(), 2);
        db.apply(b).unwrap();
        assert_eq!(db.get(&[1]).unwrap(), None);
        assert_eq!(db.get(&[2]).unwrap(), Some(vec![2]));
    }
}
