//! The public handle: open a store, ingest articles, ask questions.

use std::collections::{BTreeMap, BTreeSet};

use rustc_hash::FxHashMap;
use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};
use std::sync::{mpsc, Arc, Mutex};

use chrono::{Datelike, Days};

use crate::db::engine::{self, EngineKind, EngineOptions};
use crate::db::{keys, schema, ArticleRecord, Commit, Db, Summary};
use crate::error::{Error, Result};
use crate::extract::{self, Gazetteer};
use crate::merge;
use crate::model::{fold, Article, Entity, EntityId, Event, EventId, EventKind};
use crate::pipeline::{CloseOnDrop, Group, Jobs};
use crate::query::{self, EventQuery};

/// An article's text hash and extraction, ready to commit.
type Extracted = (u64, extract::Extraction);
/// A worker's extraction of one article: `None` when the store already holds it,
/// `Err(payload)` when extraction panicked.
type Extraction = std::thread::Result<Result<Option<Extracted>>>;

/// When ingested articles reach the disk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Durability {
    /// Flush after every article: once `ingest` returns, the article survives a
    /// crash or power loss. The slowest choice.
    EveryArticle,
    /// Let the engine flush in the background every so many milliseconds, and
    /// flush at the end of [`Store::ingest_many`] and on [`Store::flush`]. A crash
    /// loses at most the last interval's articles (and, during `ingest_many`, the
    /// group of commits it has not handed to the engine yet: about a megabyte of
    /// writes), and never part of one: each article's writes are applied in one
    /// atomic batch. The default, with 500 ms.
    Periodic(u64),
    /// Flush only on [`Store::flush`] and at the end of [`Store::ingest_many`].
    Manual,
}

/// Opens a [`Store`] with non-default settings.
///
/// ```
/// use dossier::{Durability, Store};
/// let dir = tempfile::tempdir()?;
/// let store = Store::builder(dir.path().join("events"))
///     .cache_bytes(32 << 20)
///     .durability(Durability::EveryArticle)
///     .max_article_bytes(1 << 20)
///     .open()?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
#[must_use]
pub struct StoreBuilder {
    path: Option<PathBuf>,
    cache_bytes: u64,
    engine: EngineKind,
    durability: Durability,
    max_article_bytes: usize,
    gazetteer: Option<Arc<Gazetteer>>,
}

impl StoreBuilder {
    /// The engine's page cache size in bytes. Default: 64 MiB.
    pub fn cache_bytes(mut self, bytes: u64) -> Self {
        self.cache_bytes = bytes;
        self
    }

    /// The storage engine of a new store. Default: [`EngineKind::Sled`]. An existing
    /// store opens only with the engine that created it.
    pub fn engine(mut self, kind: EngineKind) -> Self {
        self.engine = kind;
        self
    }

    /// When writes reach the disk. Default: [`Durability::Periodic`] every 500 ms.
    pub fn durability(mut self, d: Durability) -> Self {
        self.durability = d;
        self
    }

    /// The largest article text accepted, in bytes; larger ones are rejected with
    /// [`Error::BadArticle`]. Default: 8 MiB.
    pub fn max_article_bytes(mut self, n: usize) -> Self {
        self.max_article_bytes = n;
        self
    }

    /// The people, places and organisations extraction knows. Default: the bundled
    /// [`Gazetteer`].
    pub fn gazetteer(mut self, g: Gazetteer) -> Self {
        self.gazetteer = Some(Arc::new(g));
        self
    }

    /// Opens the store, creating it if the directory holds none.
    pub fn open(self) -> Result<Store> {
        let flush_every_ms = match self.durability {
            Durability::Periodic(ms) => Some(ms.max(1)),
            Durability::EveryArticle | Durability::Manual => None,
        };
        let options = EngineOptions { path: self.path.clone(), cache_bytes: self.cache_bytes, flush_every_ms };
        let engine = engine::open(self.engine, &options)?;
        let shown = self.path.clone().unwrap_or_else(|| PathBuf::from("(temporary)"));
        schema::check_or_init(engine.as_ref(), &shown)?;
        Ok(Store {
            inner: Arc::new(Inner {
                db: Db::new(engine),
                gazetteer: self.gazetteer.unwrap_or_else(Gazetteer::bundled),
                writer: Mutex::new(()),
                engine: self.engine,
                cache_bytes: self.cache_bytes,
                durability: self.durability,
                max_article_bytes: self.max_article_bytes,
                path: self.path,
            }),
        })
    }
}

/// What ingesting one article did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IngestOutcome {
    /// The article's id.
    pub article: String,
    /// False when the store already held the article (same id or same text):
    /// nothing was written.
    pub stored: bool,
    /// Events the article added.
    pub events_new: usize,
    /// Stored events the article reported again (merged into).
    pub events_merged: usize,
    /// Surnames the article names a person by alone that two or more stored people
    /// share ("Foreign Minister Lee" with two Lees stored): such a person is kept
    /// apart, under the surname, rather than guessed.
    pub ambiguous: Vec<String>,
}

impl IngestOutcome {
    fn unchanged(a: &Article) -> IngestOutcome {
        IngestOutcome { article: a.id.clone(), stored: false, events_new: 0, events_merged: 0, ambiguous: Vec::new() }
    }
}

/// Totals of [`Store::ingest_many`].
#[derive(Debug, Default)]
pub struct IngestSummary {
    /// Articles stored.
    pub articles_new: usize,
    /// Articles the store already held.
    pub articles_unchanged: usize,
    /// Articles rejected, with the reason (size, empty id, ...).
    pub rejected: Vec<Error>,
    /// Events added.
    pub events_new: usize,
    /// Existing events that gained a source.
    pub events_merged: usize,
    /// Surnames named alone that two or more stored people share, with the article
    /// (see [`IngestOutcome::ambiguous`]).
    pub ambiguous: Vec<(String, String)>,
}

/// How much the store holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stats {
    /// Articles stored.
    pub articles: u64,
    /// Distinct events.
    pub events: u64,
    /// Entities (people) known.
    pub entities: u64,
    /// Bytes on disk.
    pub bytes_on_disk: u64,
}

/// How many events a counterpart shares with someone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Counterpart {
    /// The counterpart's canonical name.
    pub name: String,
    /// Number of events they share.
    pub events: usize,
}

#[derive(Debug)]
pub(crate) struct Inner {
    pub(crate) db: Db,
    pub(crate) gazetteer: Arc<Gazetteer>,
    writer: Mutex<()>,
    engine: EngineKind,
    cache_bytes: u64,
    durability: Durability,
    max_article_bytes: usize,
    path: Option<PathBuf>,
}

/// An embedded store of events extracted from news articles.
///
/// `Store` is cheap to clone (a shared handle) and `Send + Sync`: readers query
/// while a writer ingests; each article's effect is one atomic write, so a reader
/// sees an article wholly or not at all.
///
/// ```
/// use dossier::{Article, Store};
/// let store = Store::temporary()?;
/// let day = chrono::NaiveDate::from_ymd_opt(2025, 6, 20).unwrap();
/// store.ingest(&Article::new("a1", "Foreign Minister Hakan Fidan met Foreign Minister \
///     Sergey Lavrov in Moscow on Tuesday.").with_published(day))?;
/// let met: Vec<_> = store.meetings().involving("lavrov").iter().collect::<Result<_, _>>()?;
/// assert_eq!(met[0].participants, ["Hakan Fidan", "Sergey Lavrov"]);
/// assert_eq!(met[0].date.unwrap().to_string(), "2025-06-17");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct Store {
    pub(crate) inner: Arc<Inner>,
}

/// A 64-bit FNV-1a hash of an article's text, to recognise the same text under
/// another id. Equal hashes are confirmed by comparing the texts.
fn text_hash(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

/// An event as this article's ingest has it so far, taken out of `changed` (or read
/// from the store), with its stored version: `None` when it is gone.
fn take_current(
    db: &Db,
    changed: &mut BTreeMap<EventId, (Option<Event>, Event)>,
    id: EventId,
) -> Result<Option<(Option<Event>, Event)>> {
    Ok(match changed.remove(&id) {
        Some(pair) => Some(pair),
        None => db.event(id)?.map(|e| (Some(e.clone()), e)),
    })
}

/// What settling surnames decided for one article.
struct Settled {
    /// Bare surnames two or more stored people share.
    ambiguous: Vec<String>,
    /// Bare-surname people folded into a full name.
    folded_away: Vec<Entity>,
    /// Fold records to write (an empty list removes one).
    folds: Vec<(EntityId, Vec<String>)>,
    /// Events split off stored ones when a fold was undone.
    split_off: BTreeSet<EventId>,
}

impl Store {
    /// Opens the store in `path`, creating it if needed, with default settings.
    pub fn open(path: impl AsRef<Path>) -> Result<Store> {
        Store::builder(path).open()
    }

    /// A builder for a store in `path`.
    pub fn builder(path: impl AsRef<Path>) -> StoreBuilder {
        StoreBuilder {
            path: Some(path.as_ref().to_path_buf()),
            cache_bytes: 64 << 20,
            engine: EngineKind::default(),
            durability: Durability::Periodic(500),
            max_article_bytes: 8 << 20,
            gazetteer: None,
        }
    }

    /// A store in a temporary directory, deleted when the last handle is dropped:
    /// for tests and examples.
    pub fn temporary() -> Result<Store> {
        StoreBuilder {
            path: None,
            cache_bytes: 16 << 20,
            engine: EngineKind::default(),
            durability: Durability::Manual,
            max_article_bytes: 8 << 20,
            gazetteer: None,
        }
        .open()
    }

    /// The directory of the store (`None` for a temporary one).
    pub fn path(&self) -> Option<&Path> {
        self.inner.path.as_deref()
    }

    /// The gazetteer extraction uses.
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.inner.gazetteer
    }

    /// Ingests one article: extracts its events, merges them with the events already
    /// stored, and writes everything in one atomic batch. Ingesting an article the
    /// store already holds (same id, or same text under another id) changes nothing.
    pub fn ingest(&self, article: &Article) -> Result<IngestOutcome> {
        self.check(article)?;
        let hash = text_hash(&article.text);
        let _guard = self.inner.writer.lock().unwrap_or_else(|p| p.into_inner());
        if self.is_stored(article, hash)? {
            return Ok(IngestOutcome::unchanged(article));
        }
        let x = extract::extract(article, &self.inner.gazetteer);
        self.commit_locked(article, hash, x)
    }

    /// True when the store holds the article: the same id, or the same text.
    fn is_stored(&self, article: &Article, hash: u64) -> Result<bool> {
        let db = &self.inner.db;
        if db.article(&article.id)?.is_some() {
            return Ok(true);
        }
        for other in db.articles_with_hash(hash)? {
            if db.article(&other)?.is_some_and(|r| r.article.text == article.text) {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Merges an extracted article into the store and writes it in one batch. The
    /// caller holds the writer lock and has checked the article is new.
    fn commit_locked(&self, article: &Article, hash: u64, mut x: extract::Extraction) -> Result<IngestOutcome> {
        let db = &self.inner.db;
        let mut next_id = db.next_event_id()?;
        let mut changed: BTreeMap<EventId, (Option<Event>, Event)> = BTreeMap::new();
        let settled = self.settle_surnames(&article.id, &mut x, &mut changed, &mut next_id)?;
        let Settled { ambiguous, folded_away: removed_entities, folds, split_off } = settled;
        // Events renamed above are candidates even though the index keys that would
        // find them are not written yet.
        let renamed: Vec<EventId> = changed.keys().copied().collect();
        let mut removed: Vec<Event> = Vec::new();
        // Events absorbed into another by an earlier event of this article: still in
        // the database until the batch lands, but no longer candidates.
        let mut gone: BTreeSet<EventId> = BTreeSet::new();
        let (mut events_new, mut events_merged) = (0, 0);
        let mut reported_again: BTreeSet<EventId> = BTreeSet::new();
        for e in x.events {
            let incoming = merge::refine(EventId(0), e.kind, e.mentions);
            let matched: Vec<Event> = self
                .candidates(&incoming, &changed, &gone, &renamed, &split_off)?
                .into_iter()
                .filter(|c| merge::matches(c, &incoming))
                .collect();
            // The merged event keeps the lowest id; a new one takes the next.
            let id = match matched.iter().map(|m| m.id).min() {
                Some(id) => id,
                None => {
                    events_new += 1;
                    next_id += 1;
                    EventId(next_id - 1)
                }
            };
            let incoming = Event { id, ..incoming };
            let Some(merged) = merge::absorb(matched.iter().chain([&incoming])) else { continue };
            let mut before_target = None;
            for m in matched {
                let mid = m.id;
                let before = match changed.remove(&mid) {
                    Some((old, _)) => old,
                    None => Some(m),
                };
                // A stored event reported again, counted once (renamed ones too).
                if before.is_some() && reported_again.insert(mid) {
                    events_merged += 1;
                }
                if mid == id {
                    before_target = before;
                } else {
                    // Merged into the target: the stored version goes, with its keys.
                    gone.insert(mid);
                    removed.extend(before);
                }
            }
            changed.insert(id, (before_target, merged));
        }
        let mut entities = Vec::new();
        for mut person in x.people {
            // Every surname is an alias, so a query by surname finds the person.
            let surname = person.name.rsplit(' ').next().map(str::to_string);
            person.add_aliases(surname.as_deref().filter(|s| *s != person.name));
            match db.entity(&person.id.0)? {
                Some(mut stored) => {
                    if stored.add_aliases(person.aliases.iter().map(String::as_str)) {
                        entities.push(stored);
                    }
                }
                None => entities.push(person),
            }
        }
        let record = ArticleRecord { article: article.clone(), text_hash: hash };
        let events = changed.into_values().collect();
        db.commit(Commit {
            article: Some(record),
            events,
            removed,
            entities,
            removed_entities,
            folds,
            next_event_id: next_id,
        })?;
        if self.inner.durability == Durability::EveryArticle {
            db.flush()?;
        }
        Ok(IngestOutcome { article: article.id.clone(), stored: true, events_new, events_merged, ambiguous })
    }

    /// Ingests many articles: extraction runs on every core, commits stay in article
    /// order (so the result is the same as ingesting them one by one). A rejected
    /// article is counted and reported, and the rest are ingested. Flushes at the
    /// end. Storage errors stop the run.
    ///
    /// Unless the store flushes after every article ([`Durability::EveryArticle`]),
    /// commits are gathered in groups of about a megabyte of writes and handed to
    /// the engine in one atomic batch each: faster than a batch per article, and
    /// a smaller store (BENCHMARKS.md). Every read, from any thread, sees a commit as
    /// soon as it is made; a crash loses the group being gathered, never part of
    /// an article.
    pub fn ingest_many<I>(&self, articles: I) -> Result<IngestSummary>
    where
        I: IntoIterator<Item = Article>,
    {
        let mut s = IngestSummary::default();
        // This thread commits and extracts too: one worker fewer than cores.
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        let workers = cores.saturating_sub(1).clamp(1, 8);
        // Articles handed out and not committed, at most: enough to keep the workers
        // busy while a group is applied, few enough to bound memory (a few MB).
        let ahead = 256 * workers;
        let jobs: Jobs<(usize, Article, u64)> = Jobs::new();
        std::thread::scope(|scope| -> Result<()> {
            let _close = CloseOnDrop(&jobs);
            let (done, results) = mpsc::channel::<(usize, Article, Extraction)>();
            for _ in 0..workers {
                let (done, jobs) = (done.clone(), &jobs);
                // Workers only extract: they never wait for the store.
                scope.spawn(move || {
                    while let Some((seq, a, hash)) = jobs.take() {
                        let x = self.extract_caught(&a, hash);
                        if done.send((seq, a, x)).is_err() {
                            return;
                        }
                    }
                });
            }
            drop(done);
            let mut articles = articles.into_iter().enumerate();
            let (mut handed_out, mut committed) = (0, 0);
            // Extracted (or refused, or found stored), waiting for their turn.
            let mut waiting: BTreeMap<usize, (Article, Extraction)> = BTreeMap::new();
            let mut group = Group::open(&self.inner.db, self.inner.durability != Durability::EveryArticle);
            let mut fed_all = false;
            loop {
                while !fed_all && handed_out - committed < ahead {
                    let Some((seq, a)) = articles.next() else {
                        fed_all = true;
                        break;
                    };
                    handed_out += 1;
                    // An article refused or already stored needs no extraction.
                    match self.check(&a).map(|()| text_hash(&a.text)) {
                        Ok(hash) if !self.is_stored(&a, hash)? => jobs.push((seq, a, hash)),
                        Ok(_) => drop(waiting.insert(seq, (a, Ok(Ok(None))))),
                        Err(e) => drop(waiting.insert(seq, (a, Ok(Err(e))))),
                    }
                }
                while let Some((a, x)) = waiting.remove(&committed) {
                    // A panic in extraction is a bug; carry it to the caller's thread.
                    let x = x.unwrap_or_else(|p| std::panic::resume_unwind(p));
                    self.commit_extracted(&a, x, &mut s)?;
                    committed += 1;
                    group.apply_if_full()?;
                }
                if committed == handed_out {
                    if fed_all {
                        return group.close();
                    }
                    continue;
                }
                // The next article to commit is being extracted. If the workers are
                // behind, this thread extracts one too rather than wait; else the
                // commits are what holds the run back, and it waits.
                if let Some((seq, a, hash)) = jobs.take_if_more_than(ahead / 4) {
                    let x = self.extract_caught(&a, hash);
                    waiting.insert(seq, (a, x));
                    continue;
                }
                let (seq, a, x) = match results.try_recv() {
                    Ok(r) => r,
                    Err(_) => {
                        // Nothing to do but wait: a group that has waited long enough goes now.
                        group.apply_if_old()?;
                        results.recv().map_err(|_| {
                            // Only a bug can stop every worker while articles are out.
                            Error::Engine("ingest_many: the extraction workers stopped early".into())
                        })?
                    }
                };
                waiting.insert(seq, (a, x));
            }
        })?;
        self.flush()?;
        Ok(s)
    }

    /// Commits one extracted article of [`Store::ingest_many`] and counts it.
    fn commit_extracted(&self, a: &Article, x: Result<Option<Extracted>>, s: &mut IngestSummary) -> Result<()> {
        let outcome = x.and_then(|x| {
            let _guard = self.inner.writer.lock().unwrap_or_else(|p| p.into_inner());
            match x {
                // Checked again under the lock: an earlier article of this chunk,
                // or another writer, may have stored the same one.
                Some((hash, x)) if !self.is_stored(a, hash)? => self.commit_locked(a, hash, x),
                _ => Ok(IngestOutcome::unchanged(a)),
            }
        });
        match outcome {
            Ok(o) if o.stored => {
                s.articles_new += 1;
                s.events_new += o.events_new;
                s.events_merged += o.events_merged;
                s.ambiguous.extend(o.ambiguous.into_iter().map(|n| (o.article.clone(), n)));
            }
            Ok(_) => s.articles_unchanged += 1,
            Err(e) if e.is_bad_input() => s.rejected.push(e),
            Err(e) => return Err(e),
        }
        Ok(())
    }

    /// Extracts one article of [`Store::ingest_many`], catching a panic so that it
    /// reaches the caller's thread instead of stopping a worker.
    fn extract_caught(&self, a: &Article, hash: u64) -> Extraction {
        std::panic::catch_unwind(AssertUnwindSafe(|| Ok(Some((hash, extract::extract(a, &self.inner.gazetteer))))))
    }

    fn check(&self, a: &Article) -> Result<()> {
        let reject = |reason: String| Err(Error::BadArticle { id: a.id.clone(), reason });
        if a.id.trim().is_empty() {
            return reject("empty id".into());
        }
        if a.id.len() > 1024 {
            return reject(format!("id is {} bytes long (at most 1024)", a.id.len()));
        }
        if a.text.len() > self.inner.max_article_bytes {
            return reject(format!("text is {} bytes (at most {})", a.text.len(), self.inner.max_article_bytes));
        }
        Ok(())
    }

    /// People known by surname alone, in either order of arrival. A surname the
    /// article names alone ("Foreign Minister Qarlov") becomes the one stored person
    /// with that surname; a new full name ("Ivan Qarlov") takes over the events of a
    /// stored surname-only person when no one else stored has that surname. Returns
    /// the surnames left ambiguous and the entities folded away.
    fn settle_surnames(
        &self,
        article: &str,
        x: &mut extract::Extraction,
        changed: &mut BTreeMap<EventId, (Option<Event>, Event)>,
        next_id: &mut u64,
    ) -> Result<Settled> {
        let db = &self.inner.db;
        let mut ambiguous = Vec::new();
        let mut renames: Vec<(String, String)> = Vec::new();
        // A one-word name the gazetteer knows as a whole name ("Sugiono") is no
        // surname named alone.
        let g = &self.inner.gazetteer;
        let surname_only = |name: &str| !name.contains(' ') && g.canonical_person(name).is_none();
        for person in x.people.iter().filter(|p| surname_only(&p.name)) {
            match self.full_names_with_surname(&fold(&person.name))?.as_slice() {
                [] => {}
                [one] => renames.push((person.name.clone(), one.name.clone())),
                _ => ambiguous.push(person.name.clone()),
            }
        }
        let rename = |names: &mut Vec<String>, from: &str, to: &str| {
            for n in names.iter_mut().filter(|n| *n == from) {
                *n = to.to_string();
            }
            names.sort();
            names.dedup();
        };
        // Which articles' bare surnames were taken to mean whom, so that the fold can
        // be undone when a second full name with that surname arrives.
        let mut folds: BTreeMap<EntityId, Vec<String>> = BTreeMap::new();
        let record = |folds: &mut BTreeMap<EntityId, Vec<String>>, person: &str, articles: &[String]| -> Result<()> {
            let id = EntityId::of(person);
            if !folds.contains_key(&id) {
                folds.insert(id.clone(), db.folds(&id)?);
            }
            let list = folds.entry(id).or_default();
            list.extend(articles.iter().cloned());
            list.sort();
            list.dedup();
            Ok(())
        };
        for (from, to) in &renames {
            for m in x.events.iter_mut().flat_map(|e| e.mentions.iter_mut()) {
                rename(&mut m.participants, from, to);
            }
            record(&mut folds, to, &[article.to_string()])?;
        }
        x.people.retain(|p| !renames.iter().any(|(from, _)| *from == p.name));

        // The other order: the surname-only person was stored first.
        let mut folded_away = Vec::new();
        let full: Vec<(String, String)> =
            x.people.iter().filter_map(|p| p.name.rsplit_once(' ').map(|(_, s)| (p.name.clone(), fold(s)))).collect();
        for (name, surname) in &full {
            let alone = full.iter().filter(|(_, s)| s == surname).count() == 1;
            let Some(short) = db.entity(surname)?.filter(|e| surname_only(&e.name)) else { continue };
            if !alone || db.entity(&fold(name))?.is_some() || !self.full_names_with_surname(surname)?.is_empty() {
                continue;
            }
            let prefix = keys::named_prefix(keys::BY_ENTITY, surname);
            let end = keys::prefix_end(&prefix);
            let ids: Vec<EventId> = db
                .index_range(&prefix, end.as_deref(), false)
                .map(|r| r.map(|(_, id, _)| id))
                .collect::<Result<_>>()?;
            for id in ids {
                let Some((before, mut event)) = take_current(db, changed, id)? else { continue };
                rename(&mut event.participants, &short.name, name);
                let mut from: Vec<String> = Vec::new();
                for m in &mut event.mentions {
                    if m.participants.contains(&short.name) {
                        from.push(m.article.clone());
                    }
                    rename(&mut m.participants, &short.name, name);
                }
                record(&mut folds, name, &from)?;
                changed.insert(id, (before, event));
            }
            if let Some(p) = x.people.iter_mut().find(|p| p.name == *name) {
                p.add_aliases(std::iter::once(short.name.as_str()).chain(short.aliases.iter().map(String::as_str)));
            }
            folded_away.push(short);
        }

        // A second full name with a stored surname: reports that named the first
        // person by that surname alone are no longer sure to mean them, so that
        // surname becomes its own person again, as if the two full names had come
        // first.
        let mut split_off = BTreeSet::new();
        for (name, surname) in &full {
            if db.entity(&fold(name))?.is_some() {
                continue;
            }
            for first in self.full_names_with_surname(surname)? {
                if first.name == *name {
                    continue;
                }
                let articles = match folds.get(&first.id) {
                    Some(list) => list.clone(),
                    None => db.folds(&first.id)?,
                };
                if articles.is_empty() {
                    continue;
                }
                if let Some(bare) = self.unfold(&first, &articles, changed, next_id, &mut split_off)? {
                    if !x.people.iter().any(|p| p.id == bare.id) {
                        x.people.push(bare);
                    }
                }
                folds.insert(first.id.clone(), Vec::new());
            }
        }
        Ok(Settled { ambiguous, folded_away, folds: folds.into_iter().collect(), split_off })
    }

    /// Gives back to a bare surname ("Qarlov") the reports of `person` ("Ivan
    /// Qarlov") in `articles`, those whose bare surname the store took to mean them,
    /// and splits events those reports no longer hold together (new events go into
    /// `split_off`). Returns the surname's person when any report was given back.
    /// Runs once per fold record: the caller removes it.
    fn unfold(
        &self,
        person: &Entity,
        articles: &[String],
        changed: &mut BTreeMap<EventId, (Option<Event>, Event)>,
        next_id: &mut u64,
        split_off: &mut BTreeSet<EventId>,
    ) -> Result<Option<Entity>> {
        let db = &self.inner.db;
        let Some(surname) = person.name.rsplit(' ').next() else { return Ok(None) };
        let prefix = keys::named_prefix(keys::BY_ENTITY, &person.id.0);
        let end = keys::prefix_end(&prefix);
        let ids: Vec<EventId> =
            db.index_range(&prefix, end.as_deref(), false).map(|r| r.map(|(_, id, _)| id)).collect::<Result<_>>()?;
        let mut given_back = false;
        for id in ids {
            let was_changed = changed.contains_key(&id);
            let Some((before, mut event)) = take_current(db, changed, id)? else { continue };
            let mut touched = false;
            for m in &mut event.mentions {
                if m.participants.contains(&person.name) && articles.binary_search(&m.article).is_ok() {
                    for p in m.participants.iter_mut().filter(|p| **p == person.name) {
                        *p = surname.to_string();
                    }
                    m.participants.sort();
                    m.participants.dedup();
                    touched = true;
                }
            }
            if !touched {
                if was_changed {
                    changed.insert(id, (before, event));
                }
                continue;
            }
            given_back = true;
            let mut groups = merge::components(&event).into_iter();
            let first = groups.next().unwrap_or_default();
            changed.insert(id, (before, merge::refine(id, event.kind, first)));
            for mentions in groups {
                let new = EventId(*next_id);
                *next_id += 1;
                changed.insert(new, (None, merge::refine(new, event.kind, mentions)));
                split_off.insert(new);
            }
        }
        Ok(given_back.then(|| Entity::person(surname)))
    }

    /// Stored people with a full name whose last word is `surname` (folded).
    fn full_names_with_surname(&self, surname: &str) -> Result<Vec<Entity>> {
        let db = &self.inner.db;
        let mut out = Vec::new();
        for id in db.entities_with_alias(surname)? {
            if let Some(e) = db.entity(&id.0)? {
                if e.name.contains(' ') && e.name.rsplit(' ').next().is_some_and(|s| fold(s) == surname) {
                    out.push(e);
                }
            }
        }
        Ok(out)
    }

    /// Stored events that may be the same as `incoming`, found through the entity,
    /// group and place indexes near its date: bounded work whatever the store's size.
    fn candidates(
        &self,
        incoming: &Event,
        changed: &BTreeMap<EventId, (Option<Event>, Event)>,
        gone: &BTreeSet<EventId>,
        renamed: &[EventId],
        split_off: &BTreeSet<EventId>,
    ) -> Result<Vec<Event>> {
        const PER_KEY: usize = 256;
        const UNDATED_PER_KEY: usize = 32;
        let db = &self.inner.db;
        let mut prefixes = Vec::new();
        for p in &incoming.participants {
            prefixes.push(keys::named_prefix(keys::BY_ENTITY, &fold(p)));
        }
        if incoming.participants.is_empty() {
            for g in &incoming.groups {
                prefixes.push(keys::named_prefix(keys::BY_GROUP, &fold(g)));
            }
        }
        // For each stored event found: how many of the incoming event's people (or,
        // for delegations, groups) it shares, how many of those through a scan cut
        // short at its cap, and its summary.
        let mut found: FxHashMap<EventId, (u32, u32, Option<Summary>)> = FxHashMap::default();
        let mut one_key: Vec<(EventId, Option<Summary>)> = Vec::new();
        // Names whose scan stopped at a cap: such a scan may have missed an event
        // another name found, so each one the event was not found under may still
        // be shared.
        let mut capped_names = 0u32;
        let incoming_start = keys::date_key(incoming.date.map(|d| d.start));
        let incoming_end = keys::date_key(incoming.date.map(|d| d.end));
        for prefix in &prefixes {
            one_key.clear();
            let mut capped = false;
            let mut read = |r: Result<(u32, EventId, Option<Summary>)>| -> Result<()> {
                let (start, id, summary) = r?;
                // Dates that cannot overlap rule an event out without reading it.
                let apart = summary.is_some_and(|s| {
                    start != keys::UNDATED
                        && incoming.date.is_some()
                        && (start > incoming_end || s.end < incoming_start)
                });
                // (Events this article changed are judged on their current version.)
                if changed.contains_key(&id) || !apart && summary.is_none_or(|s| s.is_kind(incoming.kind)) {
                    one_key.push((id, summary));
                }
                Ok(())
            };
            match incoming.date {
                Some(d) => {
                    // A stored event overlaps this one when it starts by our end and
                    // ends by our start. It is keyed by its start: a day or a short
                    // run starts at most a week before us; a month-precision event on
                    // the 1st of our month; a year-precision one on January 1.
                    let week_before = d.start.checked_sub_days(Days::new(7)).unwrap_or(d.start);
                    let month_start = d.start.with_day(1).unwrap_or(d.start);
                    let year_start = d.start.with_ordinal(1).unwrap_or(d.start);
                    let lo = keys::with_date(prefix, keys::date_key(Some(week_before)));
                    let hi = keys::with_date(prefix, keys::date_key(Some(d.end)).saturating_add(1));
                    let mut n = 0;
                    for r in db.index_range(&lo, Some(&hi), false).take(PER_KEY) {
                        read(r)?;
                        n += 1;
                    }
                    capped |= n == PER_KEY;
                    // (Days inside the week's range were read with it.)
                    let mut days = vec![month_start, year_start];
                    days.dedup();
                    for day in days.into_iter().filter(|&day| day < week_before) {
                        let on_day = db.index_on(prefix, keys::date_key(Some(day)), false, PER_KEY)?;
                        capped |= on_day.len() == PER_KEY;
                        on_day.into_iter().try_for_each(|r| read(Ok(r)))?;
                    }
                }
                None => {
                    let undated = keys::with_date(prefix, keys::UNDATED);
                    let mut n = 0;
                    for r in db.index_range(prefix, Some(&undated), true).take(PER_KEY) {
                        read(r)?;
                        n += 1;
                    }
                    capped |= n == PER_KEY;
                }
            }
            // Undated events of the person: the most recent few (ids grow with time),
            // so a person with thousands of them does not make every ingest read them.
            let undated = db.index_on(prefix, keys::UNDATED, true, UNDATED_PER_KEY)?;
            capped |= undated.len() == UNDATED_PER_KEY;
            undated.into_iter().try_for_each(|r| read(Ok(r)))?;
            // The week and the month ranges can both hold an event.
            one_key.sort_unstable_by_key(|(id, _)| *id);
            one_key.dedup_by_key(|(id, _)| *id);
            capped_names += u32::from(capped);
            for &(id, summary) in &one_key {
                let seen = found.entry(id).or_insert((0, 0, summary));
                seen.0 += 1;
                seen.1 += u32::from(capped);
            }
        }
        // What `merge::matches` needs of the parties, read off the counts: two shared
        // people, or one when the incoming event names no one else or some article's
        // report of the stored one names at most one person (or none: a report of
        // delegations); for delegations, two shared groups.
        let named = incoming.participants.len() as u32;
        let may_share_enough = |shared: u32, shared_capped: u32, summary: Option<Summary>| {
            // The most it can share: the names it was found under, and each capped
            // name it was not found under.
            let most = shared + (capped_names - shared_capped);
            match summary {
                None => true,
                Some(_) if named == 0 => most >= 2,
                Some(s) => most >= 2 || named == 1 || s.fewest_people <= 1,
            }
        };
        let mut ids: Vec<EventId> = found
            .into_iter()
            .filter(|&(id, (shared, shared_capped, summary))| {
                changed.contains_key(&id) || may_share_enough(shared, shared_capped, summary)
            })
            .map(|(id, _)| id)
            .collect();
        ids.extend_from_slice(renamed);
        ids.extend(split_off.iter().copied());
        ids.sort_unstable();
        ids.dedup();
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            if gone.contains(&id) {
                continue;
            }
            match changed.get(&id) {
                // Written by this article alone: it holds only this article's reports,
                // and an article's own reading of which sentences are one event is
                // final. Skipping these keeps an article of thousands of events linear.
                // (Unless split off a stored event: stored reports, not this article's.)
                Some((None, e)) if split_off.contains(&id) => out.push(e.clone()),
                Some((None, _)) => {}
                // A stored event this article already changed: its current version.
                Some((Some(_), e)) => out.push(e.clone()),
                None => {
                    let head = |h: &crate::model::Brief| {
                        merge::may_match(h.kind, h.date, &h.participants, &h.groups, incoming)
                    };
                    if let Some(e) = db.event_if(id, head)? {
                        out.push(e);
                    }
                }
            }
        }
        Ok(out)
    }

    /// Makes every ingested article durable.
    pub fn flush(&self) -> Result<()> {
        self.inner.db.flush()
    }

    /// A query over all events; refine it with the builder's methods.
    pub fn events(&self) -> EventQuery {
        EventQuery::new(self.clone())
    }

    /// A query over meetings.
    pub fn meetings(&self) -> EventQuery {
        self.events().kind(EventKind::Meeting)
    }

    /// A query over phone and video calls.
    pub fn calls(&self) -> EventQuery {
        self.events().kind(EventKind::Call)
    }

    /// One event by id.
    pub fn event(&self, id: EventId) -> Result<Event> {
        self.inner.db.event(id)?.ok_or_else(|| Error::NotFound { what: "event", name: id.to_string() })
    }

    /// A stored article by id.
    pub fn article(&self, id: &str) -> Result<Option<Article>> {
        Ok(self.inner.db.article(id)?.map(|r| r.article))
    }

    /// Every event involving `name`, in date order (undated last).
    pub fn timeline(&self, name: &str) -> Result<Vec<Event>> {
        self.events().involving(name).iter().collect()
    }

    /// The people who share events with `name`, most events first.
    pub fn counterparts(&self, name: &str) -> Result<Vec<Counterpart>> {
        let ids = query::resolve_person(self, name)?;
        let mut counts: FxHashMap<String, usize> = FxHashMap::default();
        // Each participant's index entries list the event's other participants: no
        // event is read. A name that denotes several people counts an event they
        // share once.
        let mut seen: rustc_hash::FxHashSet<EventId> = Default::default();
        for id in &ids {
            self.inner.db.others_of(id, |event, others| {
                if ids.len() > 1 && !seen.insert(event) {
                    return;
                }
                for &p in others {
                    match counts.get_mut(p) {
                        Some(n) => *n += 1,
                        None => {
                            counts.insert(p.to_string(), 1);
                        }
                    }
                }
            })?;
        }
        let mut out: Vec<Counterpart> = counts
            .into_iter()
            .filter(|(name, _)| !ids.contains(&EntityId::of(name)))
            .map(|(name, events)| Counterpart { name, events })
            .collect();
        out.sort_by(|a, b| b.events.cmp(&a.events).then(a.name.cmp(&b.name)));
        Ok(out)
    }

    /// The person `name` denotes (a full name, an alias, a surname, a known
    /// misspelling; case and accents do not matter). `None` when the store knows no
    /// one by that name; when several people share it, the one with most aliases.
    pub fn entity(&self, name: &str) -> Result<Option<Entity>> {
        Ok(self.people_named(name)?.into_iter().max_by_key(|e| e.aliases.len()))
    }

    /// Everyone `name` may denote. More than one entity means the name is
    /// ambiguous ("Lee" for two people); queries by it then match any of them.
    ///
    /// ```
    /// # use dossier::{Article, Store};
    /// let store = Store::temporary()?;
    /// store.ingest(&Article::new("a", "Foreign Minister Arvo Kettunen met Defence Minister Lena Kettunen in Oslo."))?;
    /// let named: Vec<String> = store.people_named("Kettunen")?.into_iter().map(|e| e.name).collect();
    /// assert_eq!(named, ["Arvo Kettunen", "Lena Kettunen"]);
    /// # Ok::<(), dossier::Error>(())
    /// ```
    pub fn people_named(&self, name: &str) -> Result<Vec<Entity>> {
        let mut out = Vec::new();
        for id in query::resolve_person(self, name)? {
            if let Some(e) = self.inner.db.entity(&id.0)? {
                out.push(e);
            }
        }
        Ok(out)
    }

    /// Every person the store knows, by id.
    pub fn entities(&self) -> impl Iterator<Item = Result<Entity>> + '_ {
        self.inner.db.entities()
    }

    /// Every stored article, by id.
    pub fn articles(&self) -> impl Iterator<Item = Result<Article>> + '_ {
        self.inner.db.articles().map(|r| r.map(|r| r.article))
    }

    /// Counts of what the store holds. Articles and events are counted as they
    /// are committed; a store written before those counts counts its index keys
    /// instead (one text hash per article, one date key per event: seconds at a
    /// million events) until [`Store::repair`] writes them. [`Store::verify`]
    /// checks the counts against the records.
    pub fn stats(&self) -> Result<Stats> {
        let db = &self.inner.db;
        let counts = match db.counts()? {
            Some(counts) => counts,
            None => db.scan_counts()?,
        };
        Ok(Stats {
            articles: counts.articles,
            events: counts.events,
            entities: db.count(keys::ENTITY)?,
            bytes_on_disk: db.engine().size_on_disk()?,
        })
    }

    /// Checks the store's integrity: every index key points to an existing event
    /// that wants it, every event is reachable through all its index keys, every
    /// mention's article is stored. Returns the problems found (empty: healthy).
    pub fn verify(&self) -> Result<Vec<String>> {
        self.inner.db.verify()
    }

    /// Rebuilds every index from the primary records (events, entities,
    /// articles), removing stale index keys and writing missing ones, and writes
    /// the counts [`Store::stats`] reads: the repair for problems
    /// [`Store::verify`] reports. Returns (keys removed, keys written).
    pub fn repair(&self) -> Result<(usize, usize)> {
        let _guard = self.inner.writer.lock().unwrap_or_else(|p| p.into_inner());
        self.inner.db.rebuild_indexes(10_000)
    }

    /// Writes a compacted copy of the store into `path`, a new or empty directory,
    /// and returns the copy, open, with this store's settings.
    ///
    /// As articles are ingested, sled's files grow to several times the keys and
    /// values they hold: each atomic write leaves old page versions behind until the
    /// log's cleaner reclaims them. The copy is written once, in key order, and is
    /// much smaller: the 1M-event scale run's 6.46 GB became 2.47 GB (BENCHMARKS.md).
    /// Ingest waits while the copy is made; queries go on. To compact in place,
    /// compact into a sibling directory, drop both stores, and swap the directories.
    ///
    /// ```
    /// # use dossier::{Article, Store};
    /// let dir = tempfile::tempdir()?;
    /// let store = Store::open(dir.path().join("events"))?;
    /// store.ingest(&Article::new("a1", "Foreign Minister Arvo Kettunen met Foreign Minister Lena Vaher in Tallinn."))?;
    /// let copy = store.compact_to(dir.path().join("compacted"))?;
    /// assert_eq!(copy.meetings().involving("Vaher").count()?, 1);
    /// assert!(copy.verify()?.is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`Error::NotEmpty`] when `path` holds files; [`Error::Io`] when it cannot be
    /// created; engine errors from either store. On an error, what was written
    /// into `path` is removed.
    pub fn compact_to(&self, path: impl AsRef<Path>) -> Result<Store> {
        let path = path.as_ref();
        let io = |source| Error::Io { path: path.to_path_buf(), source };
        let existed = path.exists();
        if existed && (!path.is_dir() || std::fs::read_dir(path).map_err(io)?.next().is_some()) {
            return Err(Error::NotEmpty { path: path.to_path_buf() });
        }
        let _guard = self.inner.writer.lock().unwrap_or_else(|p| p.into_inner());
        let options =
            EngineOptions { path: Some(path.to_path_buf()), cache_bytes: self.inner.cache_bytes, flush_every_ms: None };
        let copied = engine::open(self.inner.engine, &options).and_then(|into| self.inner.db.copy_into(into.as_ref()));
        if let Err(e) = copied {
            // Leave `path` as it was: gone, or an empty directory.
            let _ = std::fs::remove_dir_all(path);
            if existed {
                let _ = std::fs::create_dir(path);
            }
            return Err(e);
        }
        StoreBuilder {
            path: Some(path.to_path_buf()),
            cache_bytes: self.inner.cache_bytes,
            engine: self.inner.engine,
            durability: self.inner.durability,
            max_article_bytes: self.inner.max_article_bytes,
            gazetteer: Some(self.inner.gazetteer.clone()),
        }
        .open()
    }

    /// Writes every stored article as JSON Lines (`id`, `url`, `title`,
    /// `published`, `text`): a backup that [`Store::ingest_many`] reads back into a
    /// new store, the migration path between format versions. Returns the count.
    pub fn export_articles(&self, mut out: impl std::io::Write) -> Result<usize> {
        let mut n = 0;
        for a in self.articles() {
            let a = a?;
            let line = serde_json::json!({
                "id": a.id, "url": a.url, "title": a.title,
                "published": a.published.map(|d| d.to_string()), "text": a.text,
            });
            writeln!(out, "{line}").map_err(|source| Error::Io { path: PathBuf::from("(export)"), source })?;
            n += 1;
        }
        Ok(n)
    }
}
