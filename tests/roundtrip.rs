//! Ingest, then query: the whole path a user walks, on a real store on disk.
mod common;

use common::{articles, day, store_in_tempdir};
use dossier::{EventKind, Status, Store};

#[test]
fn meetings_come_back_dated_placed_and_merged_across_articles() {
    let (_dir, store) = store_in_tempdir();
    let summary = store.ingest_many(articles()).unwrap();
    assert_eq!(summary.articles_new, 4);
    assert!(summary.rejected.is_empty());

    let met: Vec<_> = store.meetings().involving("Dmitriev").iter().collect::<Result<_, _>>().unwrap();
    assert_eq!(met.len(), 1, "{met:#?}");
    let e = &met[0];
    assert_eq!(e.participants, ["Jared Kushner", "Kirill Dmitriev", "Steve Witkoff"]);
    assert_eq!(e.place.as_ref().unwrap().name, "Geneva");
    assert_eq!(e.date.unwrap().to_string(), "2025-09-10");
    assert_eq!(e.status, Status::Occurred);
    assert_eq!(e.articles(), ["daily-geneva", "wire-geneva"]);
}

#[test]
fn calls_and_planned_meetings_are_typed() {
    let store = Store::temporary().unwrap();
    store.ingest_many(articles()).unwrap();
    let calls: Vec<_> = store.calls().iter().collect::<Result<_, _>>().unwrap();
    assert_eq!(calls.len(), 1);
    assert_eq!(calls[0].kind, EventKind::Call);
    assert_eq!(calls[0].participants, ["Donald Trump", "Vladimir Putin"]);
    assert_eq!(calls[0].date.unwrap().to_string(), "2025-09-15");

    let planned: Vec<_> = store.events().status(Status::Planned).iter().collect::<Result<_, _>>().unwrap();
    assert_eq!(planned.len(), 1, "{planned:#?}");
    assert_eq!(planned[0].participants, ["Hakan Fidan", "Marco Rubio"]);
    assert_eq!(planned[0].date.unwrap().to_string(), "2025-09-23");
    assert_eq!(planned[0].place.as_ref().unwrap().name, "Ankara");
}

#[test]
fn filters_combine_and_names_match_loosely() {
    let store = Store::temporary().unwrap();
    store.ingest_many(articles()).unwrap();
    let q = |q: dossier::EventQuery| q.iter().count();
    assert_eq!(q(store.events().involving("KIRILL DMITRIEV")), 1);
    assert_eq!(q(store.events().involving("witkoff").involving("kushner")), 1);
    assert_eq!(q(store.events().involving("witkoff").involving("putin")), 0);
    assert_eq!(q(store.events().at("Switzerland")), 1);
    assert_eq!(q(store.events().at("Ankara")), 1);
    assert_eq!(q(store.events().between(day("2025-09-01"), day("2025-09-14"))), 1);
    assert_eq!(q(store.events().between(day("2025-09-15"), day("2025-09-30"))), 2);
    assert_eq!(q(store.events().limit(2)), 2);
    assert_eq!(q(store.events().involving("Nobody Atall")), 0);
}

#[test]
fn results_come_in_date_order() {
    let store = Store::temporary().unwrap();
    store.ingest_many(articles()).unwrap();
    let dates: Vec<_> = store.events().iter().map(|e| e.unwrap().date.map(|d| d.start)).collect();
    let mut sorted = dates.clone();
    sorted.sort_by_key(|d| d.unwrap_or(chrono::NaiveDate::MAX));
    assert_eq!(dates, sorted);
    assert_eq!(dates.len(), 3);
}

#[test]
fn timeline_counterparts_and_entity_lookup() {
    let store = Store::temporary().unwrap();
    store.ingest_many(articles()).unwrap();
    assert_eq!(store.timeline("Witkoff").unwrap().len(), 1);
    let who = store.counterparts("dmitriev").unwrap();
    let names: Vec<&str> = who.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["Jared Kushner", "Steve Witkoff"]);
    let e = store.entity("dmitriev").unwrap().expect("known");
    assert_eq!(e.name, "Kirill Dmitriev");
    assert!(store.entity("zzz").unwrap().is_none());
}

#[test]
fn reopening_keeps_everything() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db");
    let before: Vec<_> = {
        let store = Store::open(&path).unwrap();
        store.ingest_many(articles()).unwrap();
        store.events().iter().collect::<Result<_, _>>().unwrap()
    };
    let store = Store::open(&path).unwrap();
    let after: Vec<_> = store.events().iter().collect::<Result<_, _>>().unwrap();
    assert_eq!(before, after);
    assert_eq!(store.stats().unwrap().articles, 4);
    assert!(store.verify().unwrap().is_empty());
}

#[test]
fn ingesting_twice_changes_nothing() {
    let store = Store::temporary().unwrap();
    store.ingest_many(articles()).unwrap();
    let events: Vec<_> = store.events().iter().collect::<Result<_, _>>().unwrap();
    let again = store.ingest_many(articles()).unwrap();
    assert_eq!((again.articles_new, again.articles_unchanged, again.events_new), (0, 4, 0));
    // The same text under another id is the same article.
    let mut copy = articles().remove(0);
    copy.id = "mirror".into();
    assert!(!store.ingest(&copy).unwrap().stored);
    let after: Vec<_> = store.events().iter().collect::<Result<_, _>>().unwrap();
    assert_eq!(events, after);
}

#[test]
fn every_event_is_reachable_through_its_indexes() {
    let store = Store::temporary().unwrap();
    store.ingest_many(articles()).unwrap();
    for e in store.events().iter() {
        let e = e.unwrap();
        for p in &e.participants {
            assert!(store.events().involving(p).iter().any(|x| x.unwrap().id == e.id), "{p}");
        }
        if let Some(place) = &e.place {
            for name in std::iter::once(&place.name).chain(&place.within) {
                assert!(store.events().at(name).iter().any(|x| x.unwrap().id == e.id), "{name}");
            }
        }
        if let Some(d) = e.date {
            assert!(store.events().between(d.start, d.end).iter().any(|x| x.unwrap().id == e.id));
        }
        assert!(store.events().kind(e.kind).iter().any(|x| x.unwrap().id == e.id));
    }
    assert_eq!(store.verify().unwrap(), Vec::<String>::new());
}
