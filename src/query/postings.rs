//! Reading index runs: one run per prefix, unions of runs (the entities one name
//! may denote) and intersections of unions (several people at once), all in
//! (date, event id) order and without reading any event.

use std::cmp::Ordering;

use crate::db::{keys, Summary};
use crate::error::Result;
use crate::model::EventId;
use crate::store::Store;

/// An index entry's sort key: (date key, event id).
pub(crate) type Key = (u32, EventId);

/// An index entry: its sort key and the event's summary, when stored.
pub(crate) type Item = Result<(Key, Option<Summary>)>;

/// How many entries a cursor steps over before it re-opens its range at the
/// target instead: short gaps are cheaper to walk, long ones to jump.
const WALK: usize = 8;

/// The entries of one prefix within `[from, to)`.
struct Run {
    prefix: Vec<u8>,
    to: Option<Vec<u8>>,
    entries: crate::db::IndexEntries,
    head: Option<Item>,
}

impl Run {
    fn open(store: &Store, prefix: Vec<u8>, from: Vec<u8>, to: Option<Vec<u8>>) -> Run {
        let mut entries = store.inner.db.index_range(&from, to.as_deref(), false);
        let head = entries.next().map(|r| r.map(|(d, id, s)| ((d, id), s)));
        Run { prefix, to, entries, head }
    }

    fn step(&mut self) -> Option<Item> {
        let next = self.entries.next().map(|r| r.map(|(d, id, s)| ((d, id), s)));
        std::mem::replace(&mut self.head, next)
    }

    /// Orders heads: an error first (so it is reported), an exhausted run last.
    fn rank(&self) -> (u8, Option<Key>) {
        match &self.head {
            Some(Err(_)) => (0, None),
            Some(Ok((k, _))) => (1, Some(*k)),
            None => (2, None),
        }
    }
}

/// The union of several runs, in key order, each key once, with [`Postings::seek`].
pub(crate) struct Postings {
    store: Store,
    runs: Vec<Run>,
}

impl Postings {
    /// The entries of each prefix with a date key in `[lo, hi)` (`hi = None`: to
    /// the end of the prefix).
    pub(crate) fn new(store: &Store, prefixes: Vec<Vec<u8>>, lo: u32, hi: Option<u32>) -> Postings {
        let runs = prefixes
            .into_iter()
            .map(|p| {
                let from = keys::with_date(&p, lo);
                let to = match hi {
                    Some(hi) => Some(keys::with_date(&p, hi)),
                    None => keys::prefix_end(&p),
                };
                Run::open(store, p, from, to)
            })
            .collect();
        Postings { store: store.clone(), runs }
    }

    fn smallest(&self) -> Option<usize> {
        let (i, run) = self.runs.iter().enumerate().min_by_key(|(_, r)| r.rank())?;
        run.head.is_some().then_some(i)
    }

    /// The key of the next entry, without taking it (`Err`: the next is an error).
    fn peek(&self) -> Option<std::result::Result<Key, ()>> {
        let i = self.smallest()?;
        match &self.runs[i].head {
            Some(Ok((k, _))) => Some(Ok(*k)),
            Some(Err(_)) => Some(Err(())),
            None => None,
        }
    }

    /// Moves every run to its first entry at or after `target`.
    fn seek(&mut self, target: Key) {
        for i in 0..self.runs.len() {
            let behind = |r: &Run| matches!(&r.head, Some(Ok((k, _))) if *k < target);
            let mut walked = 0;
            while behind(&self.runs[i]) && walked < WALK {
                self.runs[i].step();
                walked += 1;
            }
            if behind(&self.runs[i]) {
                let run = &self.runs[i];
                let from = keys::index(&run.prefix, target.0, target.1);
                let (prefix, to) = (run.prefix.clone(), run.to.clone());
                self.runs[i] = Run::open(&self.store, prefix, from, to);
            }
        }
    }
}

impl Iterator for Postings {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        let i = self.smallest()?;
        let item = self.runs[i].step()?;
        if let Ok((k, _)) = &item {
            // The same event under another prefix (two aliases of one name).
            let k = *k;
            for run in &mut self.runs {
                while matches!(&run.head, Some(Ok((h, _))) if *h == k) {
                    run.step();
                }
            }
        }
        Some(item)
    }
}

/// Entries present in every one of several postings, in key order.
pub(crate) struct Intersection {
    lists: Vec<Postings>,
}

impl Intersection {
    pub(crate) fn new(lists: Vec<Postings>) -> Intersection {
        Intersection { lists }
    }
}

impl Iterator for Intersection {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        let mut target = match self.lists.first()?.peek()? {
            Ok(k) => k,
            Err(()) => return self.lists[0].next(),
        };
        'search: loop {
            for i in 0..self.lists.len() {
                self.lists[i].seek(target);
                match self.lists[i].peek()? {
                    Err(()) => return self.lists[i].next(),
                    Ok(k) => match k.cmp(&target) {
                        Ordering::Greater => {
                            target = k;
                            continue 'search;
                        }
                        Ordering::Equal => {}
                        // (A seek leaves no run behind its target; should one be,
                        // stepping it still makes progress.)
                        Ordering::Less => {
                            self.lists[i].next();
                            continue 'search;
                        }
                    },
                }
            }
            // Every list is at `target`: take it from all of them.
            let item = self.lists[0].next();
            for list in &mut self.lists[1..] {
                list.next();
            }
            return item;
        }
    }
}
