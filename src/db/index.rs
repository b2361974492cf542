//! Every index key of an event, and the summary each key carries as its value.

use super::keys;
use crate::model::{fold, Event, EventKind, Status};

/// The index keys under which `event` must be found: its date, its kind, each
/// participant, its place and every place containing it, each group.
pub(crate) fn index_keys(event: &Event) -> Vec<Vec<u8>> {
    let date = keys::date_key(event.date.map(|d| d.start));
    let mut out = Vec::with_capacity(4 + event.participants.len() + event.groups.len());
    out.push(keys::index(&[keys::BY_DATE], date, event.id));
    out.push(keys::index(&keys::kind_prefix(event.kind), date, event.id));
    for p in &event.participants {
        out.push(keys::index(&keys::named_prefix(keys::BY_ENTITY, &fold(p)), date, event.id));
    }
    if let Some(place) = &event.place {
        for name in std::iter::once(&place.name).chain(&place.within) {
            out.push(keys::index(&keys::named_prefix(keys::BY_PLACE, &fold(name)), date, event.id));
        }
    }
    for g in &event.groups {
        out.push(keys::index(&keys::named_prefix(keys::BY_GROUP, &fold(g)), date, event.id));
    }
    out.sort();
    out.dedup();
    out
}

/// What every index key of an event says about it, so that merge candidates and
/// query filters can pass over an event without reading it: the last day (the key
/// holds the first), the kind, the status, and the fewest people any one article's
/// report of it names (merging compares reports, not merged events).
///
/// Stored as the index key's value, seven bytes: end date key (4, big-endian), kind
/// code, status code, fewest people per report (saturating at 255). Stores written
/// before summaries existed have empty values: [`Summary::decode`] returns `None`
/// and the reader reads the event instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Summary {
    /// The date key of the event's last day ([`keys::UNDATED`] when undated).
    pub(crate) end: u32,
    pub(crate) kind: u8,
    pub(crate) status: u8,
    /// The fewest people one article's report of the event names, saturating at 255.
    pub(crate) fewest_people: u8,
}

impl Summary {
    pub(crate) fn of(event: &Event) -> Summary {
        Summary {
            end: keys::date_key(event.date.map(|d| d.end)),
            kind: event.kind.code(),
            status: status_code(event.status),
            fewest_people: u8::try_from(fewest_people(event)).unwrap_or(u8::MAX),
        }
    }

    pub(crate) fn encode(self) -> Vec<u8> {
        let mut v = Vec::with_capacity(7);
        v.extend_from_slice(&self.end.to_be_bytes());
        v.extend_from_slice(&[self.kind, self.status, self.fewest_people]);
        v
    }

    /// `None` for an empty value (a store from before summaries) or any other size.
    pub(crate) fn decode(v: &[u8]) -> Option<Summary> {
        match *v {
            [a, b, c, d, kind, status, fewest_people] => {
                Some(Summary { end: u32::from_be_bytes([a, b, c, d]), kind, status, fewest_people })
            }
            _ => None,
        }
    }

    pub(crate) fn is_kind(&self, kind: EventKind) -> bool {
        self.kind == kind.code()
    }

    pub(crate) fn is_status(&self, status: Status) -> bool {
        self.status == status_code(status)
    }
}

/// The fewest people named by one article's reports of the event (all its mentions
/// from that article together).
fn fewest_people(event: &Event) -> usize {
    let mut by_article: Vec<(&str, Vec<&str>)> = Vec::new();
    for m in &event.mentions {
        let at = match by_article.iter().position(|(a, _)| *a == m.article) {
            Some(i) => i,
            None => {
                by_article.push((&m.article, Vec::new()));
                by_article.len() - 1
            }
        };
        let people = &mut by_article[at].1;
        for p in &m.participants {
            if !people.contains(&p.as_str()) {
                people.push(p);
            }
        }
    }
    by_article.iter().map(|(_, p)| p.len()).min().unwrap_or(event.participants.len())
}

fn status_code(s: Status) -> u8 {
    match s {
        Status::Occurred => 1,
        Status::Planned => 2,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{DateSpan, EventId};
    use chrono::NaiveDate;

    #[test]
    fn a_summary_round_trips_and_old_values_read_as_none() {
        let day = |d| NaiveDate::from_ymd_opt(2025, 3, d).unwrap();
        let e = Event {
            id: EventId(7),
            kind: EventKind::Call,
            status: Status::Planned,
            date: DateSpan::days(day(3), day(5)),
            place: None,
            participants: vec!["A B".into(), "C D".into()],
            groups: vec![],
            mentions: vec![],
        };
        let s = Summary::of(&e);
        assert_eq!(s.end, keys::date_key(Some(day(5))));
        assert!(s.is_kind(EventKind::Call) && !s.is_kind(EventKind::Meeting));
        assert!(s.is_status(Status::Planned));
        assert_eq!(s.fewest_people, 2, "no mentions: the event's own people");
        assert_eq!(Summary::decode(&s.encode()), Some(s));
        assert_eq!(Summary::decode(&[]), None);
        assert_eq!(Summary::decode(&[1, 2, 3]), None);
    }

    #[test]
    fn fewest_people_counts_each_articles_report_not_the_merged_event() {
        use crate::model::Mention;
        let m = |article: &str, who: &[&str]| Mention {
            article: article.into(),
            sentence: String::new(),
            span: 0..0,
            published: None,
            status: Status::Occurred,
            date: None,
            place: None,
            participants: who.iter().map(|s| s.to_string()).collect(),
            groups: vec![],
        };
        let e = crate::merge::refine(
            EventId(1),
            EventKind::Meeting,
            vec![m("x", &["A A", "B B"]), m("x", &["C C"]), m("y", &["A A", "B B"]), m("z", &["A A", "D D", "E E"])],
        );
        assert_eq!(e.participants.len(), 5);
        // x names three across its two sentences, y two, z three.
        assert_eq!(Summary::of(&e).fewest_people, 2);
    }
}
