//! Typed queries: what matches ([`EventQuery`]) apart from how results are read
//! (the index chosen in [`EventQuery::iter`], read by [`postings`]).

mod postings;

use chrono::{Days, NaiveDate};

use crate::db::{keys, Db, Summary};
use crate::error::Result;
use crate::model::{fold, Brief, DateSpan, EntityId, Event, EventId, EventKind, Place, Status};
use crate::store::Store;
use postings::{Companions, Intersection, Postings};

/// A query over stored events: a value, built by chaining, run by [`iter`].
///
/// Filters combine with AND. `involving` may be repeated: every named person must
/// take part. Results come in date order (undated events last) and carry canonical
/// names.
///
/// ```
/// use dossier::{Article, EventKind, Status, Store};
/// let store = Store::temporary()?;
/// let day = chrono::NaiveDate::from_ymd_opt(2025, 3, 12).unwrap();
/// store.ingest(&Article::new("a", "Secretary of State Marco Rubio met Foreign Minister \
///     Hakan Fidan in Ankara on Monday.").with_published(day))?;
/// let from = chrono::NaiveDate::from_ymd_opt(2025, 3, 1).unwrap();
/// let to = chrono::NaiveDate::from_ymd_opt(2025, 3, 31).unwrap();
/// let q = store.events()
///     .kind(EventKind::Meeting)
///     .involving("Rubio")
///     .involving("hakan fidan")
///     .between(from, to)
///     .at("Turkey")
///     .status(Status::Occurred)
///     .limit(10);
/// assert_eq!(q.iter().count(), 1);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// [`iter`]: EventQuery::iter
#[derive(Clone, Debug)]
#[must_use]
pub struct EventQuery {
    store: Store,
    kind: Option<EventKind>,
    involving: Vec<String>,
    between: Option<(NaiveDate, NaiveDate)>,
    at: Option<String>,
    status: Option<Status>,
    limit: Option<usize>,
}

/// The people a name may denote, as entity ids: by alias or surname in the store,
/// by the gazetteer, or the folded name itself.
pub(crate) fn resolve_person(store: &Store, name: &str) -> Result<Vec<EntityId>> {
    let f = fold(name);
    let mut ids = store.inner.db.entities_with_alias(&f)?;
    if ids.is_empty() {
        if let Some(c) = store.gazetteer().canonical_person(name) {
            ids.push(EntityId::of(&c));
        } else {
            ids.push(EntityId(f));
        }
    }
    ids.sort();
    ids.dedup();
    Ok(ids)
}

fn resolve_place(store: &Store, name: &str) -> String {
    store.gazetteer().place(name).map(|p| fold(&p.name)).unwrap_or_else(|| fold(name))
}

/// Index entries in key order, from the index a query reads through.
type IdStream = Box<dyn Iterator<Item = postings::Item> + Send>;

impl EventQuery {
    pub(crate) fn new(store: Store) -> EventQuery {
        EventQuery { store, kind: None, involving: Vec::new(), between: None, at: None, status: None, limit: None }
    }

    /// Only events of this kind.
    pub fn kind(mut self, kind: EventKind) -> Self {
        self.kind = Some(kind);
        self
    }

    /// Only events this person takes part in (a full name, alias or surname; case
    /// and accents do not matter). Repeat for several people: all must take part.
    pub fn involving(mut self, name: &str) -> Self {
        self.involving.push(name.to_string());
        self
    }

    /// Only events whose dates overlap `from..=to`. Undated events never match.
    pub fn between(mut self, from: NaiveDate, to: NaiveDate) -> Self {
        self.between = Some((from.min(to), from.max(to)));
        self
    }

    /// Only events in this place or inside it ("Florida" finds Miami).
    pub fn at(mut self, place: &str) -> Self {
        self.at = Some(place.to_string());
        self
    }

    /// Only events with this status.
    pub fn status(mut self, status: Status) -> Self {
        self.status = Some(status);
        self
    }

    /// At most `n` events.
    pub fn limit(mut self, n: usize) -> Self {
        self.limit = Some(n);
        self
    }

    /// Runs the query: events in date order, read through the index of a person
    /// named (of several, the one with the fewest events, whose index entries list
    /// the others) intersected with the place's; else the date index, or the
    /// kind's. Index entries carry each event's end date, kind and status, so only
    /// matching events are read.
    pub fn iter(&self) -> impl Iterator<Item = Result<Event>> + Send + 'static {
        self.read(Db::event, Filter::matches)
    }

    /// Runs the query like [`iter`], but yields each event's [`Brief`]: all but
    /// its mentions, read without decoding them. About twice as fast as [`iter`]
    /// where events are reported several times; [`Store::event`] reads one in full.
    ///
    /// ```
    /// # use dossier::{Article, Store};
    /// # let store = Store::temporary()?;
    /// # let day = chrono::NaiveDate::from_ymd_opt(2025, 3, 12).unwrap();
    /// # store.ingest(&Article::new("a", "Marco Rubio met Hakan Fidan in Ankara on Monday.").with_published(day))?;
    /// for brief in store.meetings().involving("Rubio").limit(100).briefs() {
    ///     let brief = brief?;
    ///     let when = brief.date.map(|d| d.to_string()).unwrap_or_default();
    ///     println!("{when} {}", brief.participants.join(", "));
    /// }
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// [`iter`]: EventQuery::iter
    /// [`Store::event`]: crate::Store::event
    pub fn briefs(&self) -> impl Iterator<Item = Result<Brief>> + Send + 'static {
        self.read(Db::brief, Filter::matches_brief)
    }

    /// The number of matching events (at most the limit), from the index alone:
    /// an index entry's summary decides every filter the chosen index does not.
    /// (In a store written before summaries existed it reads each event's leading
    /// fields instead.)
    pub fn count(&self) -> Result<usize> {
        let Plan { ids, filter } = self.plan()?;
        let limit = self.limit.unwrap_or(usize::MAX);
        let db = &self.store.inner.db;
        let mut n = 0;
        for r in ids {
            if n >= limit {
                break;
            }
            let ((_, id), summary) = r?;
            let matches = match summary {
                Some(s) => filter.may_match(s),
                None => match db.brief(id)? {
                    Some(h) => filter.matches_brief(&h),
                    None => {
                        return Err(crate::Error::corrupt("index key", &keys::event(id), "points to a missing event"))
                    }
                },
            };
            n += usize::from(matches);
        }
        Ok(n)
    }

    /// Streams the plan's index entries, drops those whose summary rules them out,
    /// reads the rest with `read` and keeps what `matches`.
    fn read<T: Send + 'static>(
        &self,
        read: fn(&Db, EventId) -> Result<Option<T>>,
        matches: fn(&Filter, &T) -> bool,
    ) -> impl Iterator<Item = Result<T>> + Send + 'static {
        let plan = self.plan();
        let limit = self.limit.unwrap_or(usize::MAX);
        let filter = plan.as_ref().ok().map(|p| p.filter.clone());
        let store = self.store.clone();
        let ids: IdStream = match plan {
            Ok(p) => p.ids,
            Err(e) => Box::new(std::iter::once(Err(e))),
        };
        ids.filter_map(move |r| {
            let ((_, id), summary) = match r {
                Ok(x) => x,
                Err(e) => return Some(Err(e)),
            };
            let filter = filter.as_ref()?;
            if summary.is_some_and(|s| !filter.may_match(s)) {
                return None;
            }
            match read(&store.inner.db, id) {
                Ok(Some(x)) => matches(filter, &x).then_some(Ok(x)),
                Ok(None) => {
                    Some(Err(crate::Error::corrupt("index key", &keys::event(id), "points to a missing event")))
                }
                Err(e) => Some(Err(e)),
            }
        })
        .take(limit)
    }

    fn plan(&self) -> Result<Plan> {
        let store = &self.store;
        let mut people = Vec::new();
        for name in &self.involving {
            people.push(resolve_person(store, name)?);
        }
        let place = self.at.as_ref().map(|p| resolve_place(store, p));
        let filter = Filter {
            kind: self.kind,
            people: people.clone(),
            between: self.between,
            place: place.clone(),
            status: self.status,
        };
        // An event is keyed by its first day and lasts at most `MAX_DAYS`: one that
        // overlaps the range starts at most that long before it.
        let (lo, hi) = match self.between {
            Some((from, to)) => {
                let earliest = from.checked_sub_days(Days::new(DateSpan::MAX_DAYS as u64)).unwrap_or(from);
                (keys::date_key(Some(earliest)), Some(keys::date_key(Some(to)).saturating_add(1)))
            }
            None => (0, None),
        };
        let scan = |prefixes: Vec<Vec<u8>>| Postings::new(store, prefixes, lo, hi);
        // A person (the union of the entities the name may denote) and a place are
        // each a run of index keys in (date, id) order. Several people: the run of
        // the one with the fewest events, keeping the entries that list the others
        // among the event's participants. A place: intersected with that run. What
        // comes out is exactly the events that involve them all there, and the
        // summaries decide the rest.
        let runs_of = |ids: &Vec<EntityId>| -> Vec<Vec<u8>> {
            ids.iter().map(|id| keys::named_prefix(keys::BY_ENTITY, &id.0)).collect()
        };
        let mut named: Vec<Postings> = Vec::new();
        if !people.is_empty() {
            let lead = if people.len() > 1 { sparsest(store, people.iter().map(runs_of).collect(), lo, hi) } else { 0 };
            let with: Option<Companions> = (people.len() > 1)
                .then(|| people.iter().enumerate().filter(|&(i, _)| i != lead).map(|(_, ids)| ids.clone()).collect());
            named.push(Postings::involving(store, runs_of(&people[lead]), lo, hi, with));
        }
        named.extend(place.as_ref().map(|p| scan(vec![keys::named_prefix(keys::BY_PLACE, p)])));
        let ids: IdStream = if named.len() > 1 {
            Box::new(Intersection::new(named))
        } else if let Some(one) = named.pop() {
            Box::new(one)
        } else if self.between.is_some() {
            Box::new(scan(vec![vec![keys::BY_DATE]]))
        } else if let Some(k) = self.kind {
            Box::new(scan(vec![keys::kind_prefix(k)]))
        } else {
            Box::new(scan(vec![vec![keys::BY_DATE]]))
        };
        Ok(Plan { ids, filter })
    }
}

/// Which of several people probably has the fewest events in the date keys
/// `[lo, hi)`: one whose run ends within a few entries, else the one whose run
/// reaches furthest in as many entries (the sparsest at the start of the range).
/// A wrong guess costs time, never results.
fn sparsest(store: &Store, people: Vec<Vec<Vec<u8>>>, lo: u32, hi: Option<u32>) -> usize {
    const PROBE: usize = 128;
    let probe = |prefixes: Vec<Vec<u8>>| {
        let mut n = 0;
        let mut last = 0;
        for item in Postings::new(store, prefixes, lo, hi).take(PROBE) {
            n += 1;
            if let Ok(((date, _), _)) = item {
                last = date;
            }
        }
        (n, std::cmp::Reverse(last))
    };
    people.into_iter().map(probe).enumerate().min_by_key(|&(_, p)| p).map_or(0, |(i, _)| i)
}

struct Plan {
    ids: IdStream,
    filter: Filter,
}

/// What an event must satisfy.
#[derive(Clone, Debug)]
struct Filter {
    kind: Option<EventKind>,
    /// For each named person, the entities the name may denote.
    people: Vec<Vec<EntityId>>,
    between: Option<(NaiveDate, NaiveDate)>,
    place: Option<String>,
    status: Option<Status>,
}

impl Filter {
    /// Whether an event the plan's index run yields matches, judged by its index
    /// entry's summary: the run has settled the people and the place, the key's
    /// date the range's end, and the summary the rest.
    fn may_match(&self, s: Summary) -> bool {
        self.kind.is_none_or(|k| s.is_kind(k))
            && self.status.is_none_or(|st| s.is_status(st))
            && self.between.is_none_or(|(from, _)| s.end != keys::UNDATED && s.end >= keys::date_key(Some(from)))
    }

    fn matches(&self, e: &Event) -> bool {
        self.matches_fields(e.kind, e.status, e.date, e.place.as_ref(), &e.participants)
    }

    fn matches_brief(&self, h: &Brief) -> bool {
        self.matches_fields(h.kind, h.status, h.date, h.place.as_ref(), &h.participants)
    }

    fn matches_fields(
        &self,
        kind: EventKind,
        status: Status,
        date: Option<DateSpan>,
        place: Option<&Place>,
        participants: &[String],
    ) -> bool {
        if self.kind.is_some_and(|k| k != kind) || self.status.is_some_and(|s| s != status) {
            return false;
        }
        if let Some((from, to)) = self.between {
            if !date.is_some_and(|d| d.start <= to && d.end >= from) {
                return false;
            }
        }
        if let Some(p) = &self.place {
            let inside = place.is_some_and(|pl| fold(&pl.name) == *p || pl.within.iter().any(|w| fold(w) == *p));
            if !inside {
                return false;
            }
        }
        self.people.iter().all(|ids| participants.iter().any(|p| ids.contains(&EntityId::of(p))))
    }
}
