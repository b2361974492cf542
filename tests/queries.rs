//! Queries against a brute-force reading of the same store: whichever index a query
//! reads through (one person, several at once, a place, a date range) and whatever
//! the index entries let it skip, it returns exactly the events a scan of every
//! event and a hand-written filter return, in the same order, as whole events or
//! as briefs; counterparts are the tally of the same scan.
use chrono::NaiveDate;
use dossier::{Article, Brief, Event, EventKind, Status, Store};
use proptest::prelude::*;

const PEOPLE: [&str; 5] = ["Marco Rubio", "Hakan Fidan", "Sergey Lavrov", "Kirill Dmitriev", "Wang Yi"];
const PLACES: [&str; 3] = ["Oslo", "Geneva", "Ankara"];

/// One made-up report: who, where, which day of 2025, for how many days, and how.
#[derive(Debug, Clone)]
struct Report {
    people: Vec<usize>,
    place: usize,
    day: u32,
    days: u32,
    form: usize,
}

fn date(ordinal: u32) -> NaiveDate {
    NaiveDate::from_yo_opt(2025, ordinal.clamp(1, 365)).unwrap()
}

fn text(r: &Report) -> String {
    let names: Vec<&str> = r.people.iter().map(|&i| PEOPLE[i]).collect();
    let (first, rest) = (names[0], names[1..].join(" and "));
    let d = date(r.day);
    let on = d.format("%B %-d, %Y").to_string();
    let place = PLACES[r.place];
    match r.form {
        0 => format!("{first} met {rest} in {place} on {on}."),
        1 => format!("{first} spoke by phone with {rest} on {on}."),
        2 => format!("{first} will meet {rest} in {place} on {on}."),
        _ => {
            let end = date(r.day + r.days);
            let until = if end.month0() == d.month0() {
                end.format("%-d").to_string()
            } else {
                end.format("%B %-d").to_string()
            };
            format!("{first} held talks with {rest} in {place} from {} to {until}, 2025.", d.format("%B %-d"))
        }
    }
}

use chrono::Datelike;

fn report() -> impl Strategy<Value = Report> {
    (
        proptest::sample::subsequence((0..PEOPLE.len()).collect::<Vec<_>>(), 2..=3),
        0..3usize,
        1u32..330,
        1u32..4,
        0..4usize,
    )
        .prop_map(|(people, place, day, days, form)| Report { people, place, day, days, form })
}

/// A query as plain data, so proptest can show it.
#[derive(Debug, Clone)]
struct Ask {
    people: Vec<usize>,
    between: Option<(u32, u32)>,
    kind: Option<EventKind>,
    status: Option<Status>,
    place: Option<usize>,
    by_surname: bool,
}

fn ask() -> impl Strategy<Value = Ask> {
    (
        proptest::sample::subsequence((0..PEOPLE.len()).collect::<Vec<_>>(), 0..=2),
        proptest::option::of((1u32..70, 0u32..10)),
        proptest::option::of(prop_oneof![Just(EventKind::Meeting), Just(EventKind::Call)]),
        proptest::option::of(prop_oneof![Just(Status::Occurred), Just(Status::Planned)]),
        proptest::option::of(0..3usize),
        any::<bool>(),
    )
        .prop_map(|(people, between, kind, status, place, by_surname)| Ask {
            people,
            between: between.map(|(from, len)| (from, from + len)),
            kind,
            status,
            place,
            by_surname,
        })
}

fn run(store: &Store, a: &Ask) -> Vec<Event> {
    query(store, a).iter().collect::<Result<_, _>>().unwrap()
}

fn query(store: &Store, a: &Ask) -> dossier::EventQuery {
    let mut q = store.events();
    for &p in &a.people {
        // Every other query names people by surname alone (an alias lookup).
        let name = if a.by_surname { PEOPLE[p].rsplit(' ').next().unwrap_or(PEOPLE[p]) } else { PEOPLE[p] };
        q = q.involving(name);
    }
    if let Some((from, to)) = a.between {
        q = q.between(date(from), date(to));
    }
    if let Some(k) = a.kind {
        q = q.kind(k);
    }
    if let Some(s) = a.status {
        q = q.status(s);
    }
    if let Some(p) = a.place {
        q = q.at(PLACES[p]);
    }
    q
}

fn by_hand(all: &[Event], a: &Ask) -> Vec<Event> {
    all.iter()
        .filter(|e| a.people.iter().all(|&p| e.participants.iter().any(|n| n == PEOPLE[p])))
        .filter(|e| {
            a.between.is_none_or(|(from, to)| e.date.is_some_and(|d| d.start <= date(to) && d.end >= date(from)))
        })
        .filter(|e| a.kind.is_none_or(|k| e.kind == k))
        .filter(|e| a.status.is_none_or(|s| e.status == s))
        .filter(|e| a.place.is_none_or(|p| e.place.as_ref().is_some_and(|pl| pl.name == PLACES[p])))
        .cloned()
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    #[test]
    fn every_query_plan_returns_what_a_full_scan_finds(
        reports in proptest::collection::vec(report(), 1..40),
        asks in proptest::collection::vec(ask(), 40),
    ) {
        let store = Store::temporary().unwrap();
        // Held events are reported at the end of the year, planned ones the day before.
        let published = |r: &Report| if r.form == 2 { date(r.day) - chrono::Days::new(1) } else { date(365) };
        let articles = reports.iter().enumerate().map(|(i, r)| Article::new(format!("a{i}"), text(r)).with_published(published(r)));
        store.ingest_many(articles).unwrap();
        let all: Vec<Event> = store.events().iter().collect::<Result<_, _>>().unwrap();
        prop_assert_eq!(all.len() as u64, store.stats().unwrap().events, "the full scan sees every event");
        prop_assert_eq!(all.iter().filter(|e| e.date.is_none()).count(), 0, "every report is dated: {:?}", all);
        for a in &asks {
            let events = run(&store, a);
            let got: Vec<_> = events.iter().map(|e| e.id).collect();
            let want: Vec<_> = by_hand(&all, a).into_iter().map(|e| e.id).collect();
            // Counting reads the index alone; it must agree.
            prop_assert_eq!(query(&store, a).count().unwrap(), want.len(), "count {:?}", a);
            prop_assert_eq!(got, want, "{:?}", a);
            // Briefs read each event's leading fields alone: the same events, the
            // same fields, and a limit cuts both at the same place.
            let briefs: Vec<Brief> = query(&store, a).briefs().collect::<Result<_, _>>().unwrap();
            prop_assert_eq!(briefs, events.iter().map(Brief::from).collect::<Vec<_>>(), "briefs {:?}", a);
            let first: Vec<Brief> = query(&store, a).limit(2).briefs().collect::<Result<_, _>>().unwrap();
            prop_assert_eq!(first, events.iter().take(2).map(Brief::from).collect::<Vec<_>>(), "limit {:?}", a);
        }
        // Counterparts come from the index entries alone (merges rewrite them): they
        // are the tally of a full scan.
        for person in PEOPLE {
            let mut want: Vec<(String, usize)> = Vec::new();
            for e in all.iter().filter(|e| e.participants.iter().any(|n| n == person)) {
                for p in e.participants.iter().filter(|p| *p != person) {
                    match want.iter_mut().find(|(n, _)| n == p) {
                        Some((_, c)) => *c += 1,
                        None => want.push((p.clone(), 1)),
                    }
                }
            }
            want.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            let got: Vec<(String, usize)> =
                store.counterparts(person).unwrap().into_iter().map(|c| (c.name, c.events)).collect();
            prop_assert_eq!(got, want, "counterparts of {}", person);
        }
    }
}

/// Two people with thousands of events between them and few together: the
/// intersection jumps over long runs of one person's index instead of walking
/// them, and still finds every shared event.
#[test]
fn two_people_with_long_gaps_between_their_shared_events() {
    let store = Store::temporary().unwrap();
    let published = date(1) - chrono::Days::new(1);
    let mut articles = Vec::new();
    for day in 1..=300u32 {
        let on = date(day).format("%B %-d, %Y");
        articles.push(format!("Marco Rubio met Hakan Fidan in Ankara on {on}."));
        if day % 97 == 0 {
            articles.push(format!("Marco Rubio met Sergey Lavrov in Geneva on {on}."));
        }
        articles.push(format!("Wang Yi met Sergey Lavrov in Oslo on {on}."));
    }
    let articles =
        articles.into_iter().enumerate().map(|(i, t)| Article::new(format!("a{i}"), t).with_published(published));
    store.ingest_many(articles).unwrap();
    let together = store.meetings().involving("Rubio").involving("Lavrov");
    let days: Vec<_> = together.iter().map(|e| e.unwrap().date.unwrap().start).collect();
    assert_eq!(days, [date(97), date(194), date(291)]);
    assert_eq!(store.meetings().involving("Lavrov").involving("Rubio").limit(2).count().unwrap(), 2);
    assert_eq!(store.meetings().involving("Fidan").involving("Wang Yi").count().unwrap(), 0);
    // The same person twice is that person's events; with a place, those there.
    assert_eq!(store.meetings().involving("Lavrov").involving("Sergey Lavrov").count().unwrap(), 303);
    assert_eq!(store.meetings().involving("Rubio").involving("Lavrov").at("Geneva").count().unwrap(), 3);
    assert_eq!(store.meetings().involving("Rubio").involving("Lavrov").at("Oslo").count().unwrap(), 0);
}
