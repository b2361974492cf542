//! Reading index runs: one run per prefix (of a participant, optionally only the
//! events that also involve other people), unions of runs (the entities one name
//! may denote) and intersections of unions (a person and a place), all in
//! (date, event id) order, reading no event (but where a store from before
//! format 4 lists no other participants).

use std::cmp::Ordering;

use std::sync::Arc;

use crate::db::{index, keys, IndexValues, Summary};
use crate::error::Result;
use crate::model::{folds_to, EntityId, EventId};
use crate::store::Store;

/// An index entry's sort key: (date key, event id).
pub(crate) type Key = (u32, EventId);

/// An index entry: its sort key and the event's summary, when stored.
pub(crate) type Item = Result<(Key, Option<Summary>)>;

/// How many entries a cursor steps over before it re-opens its range at the
/// target instead: short gaps are cheaper to walk, long ones to jump.
const WALK: usize = 8;

/// People an event must also involve: for each, the entities the name may denote.
pub(crate) type Companions = Arc<[Vec<EntityId>]>;

/// The entries of one prefix within `[from, to)`; under a participant's prefix,
/// only those of events that also involve every companion.
struct Run {
    prefix: Vec<u8>,
    to: Option<Vec<u8>>,
    entries: IndexValues,
    /// The companions this run's own person does not already stand for, with a
    /// store to read an event whose entry lists no other participants.
    with: Option<(Companions, Store)>,
    head: Option<Item>,
}

impl Run {
    fn open(store: &Store, prefix: Vec<u8>, from: Vec<u8>, to: Option<Vec<u8>>, with: Option<Companions>) -> Run {
        let entries = store.inner.db.index_values(&from, to.as_deref());
        let with = with.map(|c| (c, store.clone()));
        let mut run = Run { prefix, to, entries, with, head: None };
        run.head = run.fetch();
        run
    }

    fn step(&mut self) -> Option<Item> {
        let next = self.fetch();
        std::mem::replace(&mut self.head, next)
    }

    /// The next entry the run keeps.
    fn fetch(&mut self) -> Option<Item> {
        loop {
            let (date, id, summary, value) = match self.entries.next()? {
                Ok(e) => e,
                Err(e) => return Some(Err(e)),
            };
            match self.involves_companions(id, &value) {
                Ok(true) => return Some(Ok(((date, id), summary))),
                Ok(false) => {}
                Err(e) => return Some(Err(e)),
            }
        }
    }

    /// Whether the event also involves every companion: by the other participants
    /// the entry lists, else by reading the event.
    fn involves_companions(&self, id: EventId, value: &[u8]) -> Result<bool> {
        let Some((with, store)) = &self.with else { return Ok(true) };
        let involves =
            |names: &[&str]| with.iter().all(|ids| names.iter().any(|n| ids.iter().any(|id| folds_to(n, &id.0))));
        if let Some(names) = index::others(value) {
            return Ok(involves(&names));
        }
        match store.inner.db.brief(id)? {
            Some(b) => Ok(involves(&b.participants.iter().map(String::as_str).collect::<Vec<_>>())),
            None => Err(crate::Error::corrupt("index key", &keys::event(id), "points to a missing event")),
        }
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
        Postings::involving(store, prefixes, lo, hi, None)
    }

    /// [`Postings::new`] over participants' prefixes, keeping only the events that
    /// also involve each of `with` (read from the lists of other participants the
    /// entries carry): one run read instead of several intersected.
    pub(crate) fn involving(
        store: &Store,
        prefixes: Vec<Vec<u8>>,
        lo: u32,
        hi: Option<u32>,
        with: Option<Companions>,
    ) -> Postings {
        let runs = prefixes
            .into_iter()
            .map(|p| {
                let from = keys::with_date(&p, lo);
                let to = match hi {
                    Some(hi) => Some(keys::with_date(&p, hi)),
                    None => keys::prefix_end(&p),
                };
                // A companion the run's own person may be (the same name twice)
                // is there already.
                let own = keys::entity_of(&p);
                let with = with
                    .as_ref()
                    .map(|c| -> Companions {
                        c.iter().filter(|ids| !own.is_some_and(|o| ids.iter().any(|id| id.0 == o))).cloned().collect()
                    })
                    .filter(|c| !c.is_empty());
                Run::open(store, p, from, to, with)
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
                let run = &mut self.runs[i];
                let from = keys::index(&run.prefix, target.0, target.1);
                let (prefix, to, with) = (run.prefix.clone(), run.to.clone(), run.with.take().map(|(c, _)| c));
                self.runs[i] = Run::open(&self.store, prefix, from, to, with);
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
