//! Group commit: batches gathered in memory and handed to the engine as one.
//!
//! sled writes its log buffer out at every batch, so a store written one small
//! batch per article spends much of its time waking sled's I/O threads. While a
//! group is open, [`Grouped::apply`] adds a batch to the pending writes instead, and
//! every read sees them: a later article's merge finds what an earlier one wrote.
//! [`Grouped::apply_pending`] gives the engine all of them in one atomic batch, so
//! each article's writes still land whole, together with the others of its group.

use std::collections::BTreeMap;
use std::iter::Peekable;
use std::ops::Bound;
use std::sync::{RwLock, RwLockReadGuard, RwLockWriteGuard};

use super::engine::{Batch, Engine, Entries, Entry};
use crate::error::Result;

/// A key written and not yet applied, with its value or `None` for a deletion.
type Write = (Vec<u8>, Option<Vec<u8>>);
/// Keys written and not yet applied.
type Writes = BTreeMap<Vec<u8>, Option<Vec<u8>>>;

/// An engine with an optional group of pending writes in front of it.
#[derive(Debug)]
pub(crate) struct Grouped {
    engine: Box<dyn Engine>,
    pending: RwLock<Pending>,
}

#[derive(Default)]
struct Pending {
    /// Whether batches are gathered (else applied at once).
    open: bool,
    writes: Writes,
    /// Bytes of keys and values in `writes`, about.
    bytes: usize,
}

impl std::fmt::Debug for Pending {
    /// The counts, not the writes: a group holds a megabyte of them.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pending")
            .field("open", &self.open)
            .field("keys", &self.writes.len())
            .field("bytes", &self.bytes)
            .finish()
    }
}

impl Grouped {
    pub(crate) fn new(engine: Box<dyn Engine>) -> Grouped {
        Grouped { engine, pending: RwLock::new(Pending::default()) }
    }

    fn read(&self) -> RwLockReadGuard<'_, Pending> {
        // The pending writes are whole batches whatever a panicking thread did.
        self.pending.read().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    fn write(&self) -> RwLockWriteGuard<'_, Pending> {
        self.pending.write().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Gathers the batches applied from now on, until [`Grouped::close`].
    pub(crate) fn open(&self) {
        self.write().open = true;
    }

    /// Applies the pending writes and goes back to applying each batch at once.
    pub(crate) fn close(&self) -> Result<()> {
        let mut pending = self.write();
        pending.open = false;
        Self::apply_locked(self.engine.as_ref(), &mut pending)
    }

    /// Bytes of keys and values pending, about.
    pub(crate) fn pending_bytes(&self) -> usize {
        self.read().bytes
    }

    /// Hands every pending write to the engine in one atomic batch.
    pub(crate) fn apply_pending(&self) -> Result<()> {
        Self::apply_locked(self.engine.as_ref(), &mut self.write())
    }

    fn apply_locked(engine: &dyn Engine, pending: &mut Pending) -> Result<()> {
        if pending.writes.is_empty() {
            return Ok(());
        }
        let mut batch = Batch::default();
        for (k, v) in std::mem::take(&mut pending.writes) {
            match v {
                Some(v) => batch.put(k, v),
                None => batch.delete(k),
            }
        }
        pending.bytes = 0;
        // Readers wait for the lock, so they see the writes either pending or applied.
        engine.apply(batch)
    }

    /// The pending writes in `from..to`, in key order (descending if `rev`).
    fn pending_in(&self, from: &[u8], to: Option<&[u8]>, rev: bool) -> Option<Vec<Write>> {
        let pending = self.read();
        if pending.writes.is_empty() {
            return None;
        }
        let upper = to.map_or(Bound::Unbounded, Bound::Excluded);
        if to.is_some_and(|to| to <= from) {
            return Some(Vec::new());
        }
        let range = pending.writes.range::<[u8], _>((Bound::Included(from), upper));
        let cloned = |(k, v): (&Vec<u8>, &Option<Vec<u8>>)| (k.clone(), v.clone());
        Some(if rev { range.rev().map(cloned).collect() } else { range.map(cloned).collect() })
    }
}

impl Engine for Grouped {
    fn get(&self, key: &[u8]) -> Result<Option<Vec<u8>>> {
        {
            let pending = self.read();
            if let Some(v) = pending.writes.get(key) {
                return Ok(v.clone());
            }
        }
        self.engine.get(key)
    }

    fn range(&self, from: &[u8], to: Option<&[u8]>) -> Entries {
        // The pending writes are taken first: any applied before the engine's scan
        // starts are in the engine as well, with the same values.
        match self.pending_in(from, to, false) {
            None => self.engine.range(from, to),
            Some(p) => Box::new(Merge::new(self.engine.range(from, to), p, false)),
        }
    }

    fn range_rev(&self, from: &[u8], to: Option<&[u8]>) -> Entries {
        match self.pending_in(from, to, true) {
            None => self.engine.range_rev(from, to),
            Some(p) => Box::new(Merge::new(self.engine.range_rev(from, to), p, true)),
        }
    }

    fn apply(&self, batch: Batch) -> Result<()> {
        let mut pending = self.write();
        if !pending.open {
            drop(pending);
            return self.engine.apply(batch);
        }
        for (k, v) in batch.ops {
            pending.bytes += k.len() + v.as_ref().map_or(0, Vec::len);
            pending.writes.insert(k, v);
        }
        Ok(())
    }

    fn flush(&self) -> Result<()> {
        self.apply_pending()?;
        self.engine.flush()
    }

    fn size_on_disk(&self) -> Result<u64> {
        self.engine.size_on_disk()
    }
}

impl Drop for Grouped {
    fn drop(&mut self) {
        // Writes a caller was told were stored are not dropped with the store: a
        // failure here is the engine's, and the next open finds the last group missing.
        let _ = self.apply_pending();
    }
}

/// An engine scan with the pending writes of its range laid over it.
struct Merge {
    engine: Peekable<Entries>,
    pending: Peekable<std::vec::IntoIter<Write>>,
    rev: bool,
}

impl Merge {
    fn new(engine: Entries, pending: Vec<Write>, rev: bool) -> Merge {
        Merge { engine: engine.peekable(), pending: pending.into_iter().peekable(), rev }
    }
}

impl Iterator for Merge {
    type Item = Result<Entry>;

    fn next(&mut self) -> Option<Result<Entry>> {
        loop {
            let take_pending = match (self.engine.peek(), self.pending.peek()) {
                (_, None) => return self.engine.next(),
                (None, Some(_)) => true,
                (Some(Err(_)), Some(_)) => return self.engine.next(),
                (Some(Ok((ek, _))), Some((pk, _))) => {
                    let (first, second) = if self.rev { (ek, pk) } else { (pk, ek) };
                    if first == second {
                        // Written since: the pending value (or deletion) wins.
                        self.engine.next();
                        true
                    } else {
                        first < second
                    }
                }
            };
            if take_pending {
                match self.pending.next() {
                    Some((k, Some(v))) => return Some(Ok((k, v))),
                    Some((_, None)) => continue,
                    None => return self.engine.next(),
                }
            }
            return self.engine.next();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::engine::{open, EngineKind, EngineOptions};
    use proptest::prelude::*;

    #[derive(Debug, Clone)]
    enum Op {
        Put(u8, u8),
        Delete(u8),
        Open,
        Apply,
        Close,
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            4 => (0u8..24, any::<u8>()).prop_map(|(k, v)| Op::Put(k, v)),
            2 => (0u8..24).prop_map(Op::Delete),
            1 => Just(Op::Open),
            1 => Just(Op::Apply),
            1 => Just(Op::Close),
        ]
    }

    fn temporary() -> Grouped {
        let options = EngineOptions { path: None, cache_bytes: 1 << 20, flush_every_ms: None };
        Grouped::new(open(EngineKind::Sled, &options).unwrap())
    }

    /// Keys of two bytes, so that ranges cut through them.
    fn key(k: u8) -> Vec<u8> {
        vec![k / 8, k % 8]
    }

    proptest! {
        /// Whatever is pending or applied, reads see exactly the writes made so far,
        /// and once the group closes the engine alone holds them.
        #[test]
        fn reads_see_every_write_pending_or_applied(ops in prop::collection::vec(op(), 1..60), from in 0u8..24, len in 0u8..24) {
            let db = temporary();
            let mut model: BTreeMap<Vec<u8>, Vec<u8>> = BTreeMap::new();
            for op in ops {
                match op {
                    Op::Put(k, v) => {
                        let mut b = Batch::default();
                        b.put(key(k), vec![v]);
                        db.apply(b).unwrap();
                        model.insert(key(k), vec![v]);
                    }
                    Op::Delete(k) => {
                        let mut b = Batch::default();
                        b.delete(key(k));
                        db.apply(b).unwrap();
                        model.remove(&key(k));
                    }
                    Op::Open => db.open(),
                    Op::Apply => db.apply_pending().unwrap(),
                    Op::Close => db.close().unwrap(),
                }
                for k in 0..24 {
                    prop_assert_eq!(db.get(&key(k)).unwrap(), model.get(&key(k)).cloned());
                }
                let (lo, hi) = (key(from), key(from.saturating_add(len)));
                let want: Vec<_> = model.range(lo.clone()..hi.clone()).map(|(k, v)| (k.clone(), v.clone())).collect();
                let got: Vec<_> = db.range(&lo, Some(&hi)).map(Result::unwrap).collect();
                prop_assert_eq!(&got, &want);
                let mut rev: Vec<_> = db.range_rev(&lo, None).map(Result::unwrap).collect();
                rev.reverse();
                let all: Vec<_> = model.range(lo.clone()..).map(|(k, v)| (k.clone(), v.clone())).collect();
                prop_assert_eq!(rev, all);
            }
            db.close().unwrap();
            let applied: Vec<_> = db.engine.range(&[], None).map(Result::unwrap).collect();
            prop_assert_eq!(applied, model.into_iter().collect::<Vec<_>>());
        }
    }

    #[test]
    fn an_open_group_reaches_the_engine_only_when_applied() {
        let db = temporary();
        db.open();
        let mut b = Batch::default();
        b.put(b"a".to_vec(), b"1".to_vec());
        db.apply(b).unwrap();
        assert_eq!(db.get(b"a").unwrap(), Some(b"1".to_vec()));
        assert_eq!(db.engine.get(b"a").unwrap(), None);
        assert!(db.pending_bytes() > 0);
        db.apply_pending().unwrap();
        assert_eq!(db.engine.get(b"a").unwrap(), Some(b"1".to_vec()));
        assert_eq!(db.pending_bytes(), 0);
    }
}
