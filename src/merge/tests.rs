use super::*;
use crate::model::{Mention, Place};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn place(name: &str, within: &[&str]) -> Option<Place> {
    Some(Place { name: name.into(), within: within.iter().map(|s| s.to_string()).collect() })
}

struct M {
    article: &'static str,
    published: Option<&'static str>,
    status: Status,
    date: Option<DateSpan>,
    place: Option<Place>,
    who: &'static [&'static str],
    groups: &'static [&'static str],
}

fn event(ms: &[M]) -> Event {
    let mentions = ms
        .iter()
        .map(|m| Mention {
            article: m.article.into(),
            sentence: String::new(),
            span: 0..1,
            published: m.published.map(d),
            status: m.status,
            date: m.date,
            place: m.place.clone(),
            participants: m.who.iter().map(|s| s.to_string()).collect(),
            groups: m.groups.iter().map(|s| s.to_string()).collect(),
        })
        .collect();
    refine(EventId(1), EventKind::Meeting, mentions)
}

fn held(article: &'static str, date: Option<DateSpan>, place: Option<Place>, who: &'static [&'static str]) -> M {
    M { article, published: Some("2026-02-01"), status: Status::Occurred, date, place, who, groups: &[] }
}

#[test]
fn same_people_different_days_are_two_events() {
    let a = event(&[held("a", Some(DateSpan::day(d("2025-04-02"))), None, &["Ann Lee", "Bo Kim"])]);
    let b = event(&[held("b", Some(DateSpan::day(d("2025-04-11"))), None, &["Ann Lee", "Bo Kim"])]);
    assert_eq!(match_score(&a, &b), None);
}

#[test]
fn a_month_fits_a_day_in_it_and_a_city_fits_its_region() {
    let a = event(&[held(
        "a",
        Some(DateSpan::day(d("2025-12-12"))),
        place("Miami", &["Florida", "United States"]),
        &["Ann Lee", "Bo Kim"],
    )]);
    let b =
        event(&[held("b", DateSpan::month(2025, 12), place("Florida", &["United States"]), &["Ann Lee", "Bo Kim"])]);
    assert!(match_score(&a, &b).is_some());
    let merged = absorb([&a, &b]).unwrap();
    assert_eq!(merged.place.unwrap().name, "Miami");
    assert_eq!(merged.date.unwrap().to_string(), "2025-12-12");
}

#[test]
fn different_cities_are_different_events() {
    let a = event(&[held("a", None, place("Istanbul", &["Turkey"]), &["Ann Lee", "Bo Kim"])]);
    let b = event(&[held("b", None, place("Ankara", &["Turkey"]), &["Ann Lee", "Bo Kim"])]);
    assert_eq!(match_score(&a, &b), None);
}

#[test]
fn planned_then_held_is_one_event_and_reads_held() {
    let planned = event(&[M {
        article: "a",
        published: Some("2025-04-05"),
        status: Status::Planned,
        date: Some(DateSpan::day(d("2025-04-10"))),
        place: place("Istanbul", &["Turkey"]),
        who: &[],
        groups: &["Russia", "United States"],
    }]);
    let reported = event(&[M {
        article: "b",
        published: Some("2025-04-11"),
        status: Status::Occurred,
        date: None,
        place: place("Istanbul", &["Turkey"]),
        who: &[],
        groups: &["Russia", "United States"],
    }]);
    assert!(match_score(&planned, &reported).is_some());
    let merged = absorb([&planned, &reported]).unwrap();
    assert_eq!(merged.status, Status::Occurred);
    assert_eq!(merged.articles(), ["a", "b"]);
}

#[test]
fn a_planned_round_does_not_swallow_the_round_held_before_it() {
    let first = event(&[M {
        article: "a",
        published: Some("2026-02-01"),
        status: Status::Occurred,
        date: DateSpan::days(d("2026-01-23"), d("2026-01-24")),
        place: place("Abu Dhabi", &["United Arab Emirates"]),
        who: &[],
        groups: &["Russia", "Ukraine"],
    }]);
    let next = event(&[M {
        article: "b",
        published: Some("2026-02-01"),
        status: Status::Planned,
        date: None,
        place: place("Abu Dhabi", &["United Arab Emirates"]),
        who: &[],
        groups: &["Russia", "Ukraine"],
    }]);
    assert_eq!(match_score(&first, &next), None);
}

#[test]
fn one_shared_person_needs_place_and_date() {
    let day = Some(DateSpan::day(d("2025-04-11")));
    let a = event(&[held("a", day, place("Moscow", &["Russia"]), &["Ann Lee", "Bo Kim"])]);
    let b = event(&[held("b", day, place("Moscow", &["Russia"]), &["Ann Lee"])]);
    assert!(match_score(&a, &b).is_some());
    // Without the place, or with someone else named, one shared person is not enough.
    let c = event(&[held("c", day, None, &["Ann Lee"])]);
    assert_eq!(match_score(&a, &c), None);
    let d = event(&[held("d", day, place("Moscow", &["Russia"]), &["Ann Lee", "Cy Ode"])]);
    assert_eq!(match_score(&a, &d), None);
}

#[test]
fn a_store_event_matches_through_any_one_of_its_reports() {
    let day = Some(DateSpan::day(d("2025-04-11")));
    // Stored: two reports, one naming Ann and Bo in Moscow, one naming only Cy.
    let stored = absorb([
        &event(&[held("a", day, place("Moscow", &["Russia"]), &["Ann Lee", "Bo Kim"])]),
        &event(&[held("b", day, None, &["Ann Lee", "Bo Kim", "Cy Ode"])]),
    ])
    .unwrap();
    assert_eq!(article_events(&stored).len(), 2);
    // Ann alone in Moscow that day fits the first report.
    assert!(matches(&stored, &event(&[held("c", day, place("Moscow", &["Russia"]), &["Ann Lee"])])));
    // Cy and Dee share one person with the merged whole but match no single report.
    assert!(!matches(&stored, &event(&[held("d", day, place("Moscow", &["Russia"]), &["Cy Ode", "Dee Fox"])])));
}

#[test]
fn two_events_of_one_article_never_merge_later() {
    let day = Some(DateSpan::day(d("2025-04-11")));
    let a = event(&[held("same", day, None, &["Ann Lee", "Bo Kim"])]);
    let b = event(&[held("same", day, None, &["Ann Lee", "Bo Kim"])]);
    assert_eq!(match_score(&a, &b), None);
}

#[test]
fn a_report_with_neither_place_nor_date_joins_nothing() {
    let a = event(&[held(
        "a",
        Some(DateSpan::day(d("2025-04-02"))),
        place("Washington", &["United States"]),
        &["Ann Lee", "Bo Kim"],
    )]);
    let bare = event(&[held("b", None, None, &["Ann Lee", "Bo Kim"])]);
    assert_eq!(match_score(&a, &bare), None);
    let placed = event(&[held("c", None, place("Washington", &["United States"]), &["Ann Lee", "Bo Kim"])]);
    assert!(match_score(&a, &placed).is_some());
}

#[test]
fn refine_is_independent_of_mention_order() {
    let ms = [
        held("b", DateSpan::month(2025, 12), place("Florida", &["United States"]), &["Bo Kim"]),
        held("a", Some(DateSpan::day(d("2025-12-12"))), place("Miami", &["Florida", "United States"]), &["Ann Lee"]),
    ];
    let x = event(&ms);
    let y = event(&[ms[1].clone_m(), ms[0].clone_m()]);
    assert_eq!(x, y);
}

impl M {
    fn clone_m(&self) -> M {
        M {
            article: self.article,
            published: self.published,
            status: self.status,
            date: self.date,
            place: self.place.clone(),
            who: self.who,
            groups: self.groups,
        }
    }
}

#[test]
fn components_split_reports_that_no_longer_hang_together() {
    let day = Some(DateSpan::day(d("2025-06-02")));
    let vienna = place("Vienna", &["Austria"]);
    // a and b share two people; c shares only one with them and names another.
    let e = event(&[
        held("a", day, vienna.clone(), &["Ivan Qarlov", "Marco Rubio"]),
        held("b", day, vienna.clone(), &["Ivan Qarlov", "Marco Rubio"]),
        held("c", day, vienna.clone(), &["Marco Rubio", "Qarlov"]),
    ]);
    let groups: Vec<Vec<String>> =
        components(&e).iter().map(|ms| ms.iter().map(|m| m.article.clone()).collect()).collect();
    assert_eq!(groups, [vec!["a", "b"], vec!["c"]]);
    // Linked through a third report, all stay one.
    let e = event(&[
        held("a", day, vienna.clone(), &["Ivan Qarlov", "Marco Rubio"]),
        held("b", day, vienna.clone(), &["Ivan Qarlov", "Marco Rubio", "Qarlov"]),
        held("c", day, vienna, &["Marco Rubio", "Qarlov"]),
    ]);
    assert_eq!(components(&e).len(), 1);
}
