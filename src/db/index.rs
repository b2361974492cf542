//! Every index key of an event, and the summary each key carries as its value.

use super::keys;
use crate::model::{fold, Event, EventKind, Status};

/// The index keys under which `event` must be found: its date, its kind, each
/// participant, its place and every place containing it, each group.
pub(crate) fn index_keys(event: &Event) -> Vec<Vec<u8>> {
    entries(event).into_iter().map(|(k, _)| k).collect()
}

/// Every index key of `event` with its value: the [`Summary`], and under a
/// participant's key also the event's other participants (see [`others`]), so that
/// counterparts are counted from the index alone. Sorted by key.
pub(crate) fn entries(event: &Event) -> Vec<(Vec<u8>, Vec<u8>)> {
    let date = keys::date_key(event.date.map(|d| d.start));
    let summary = Summary::of(event).encode();
    let mut out = Vec::with_capacity(4 + event.participants.len() + event.groups.len());
    out.push((keys::index(&[keys::BY_DATE], date, event.id), summary.clone()));
    out.push((keys::index(&keys::kind_prefix(event.kind), date, event.id), summary.clone()));
    for (i, p) in event.participants.iter().enumerate() {
        let mut value = summary.clone();
        push_others(&mut value, &event.participants, i);
        out.push((keys::index(&keys::named_prefix(keys::BY_ENTITY, &fold(p)), date, event.id), value));
    }
    if let Some(place) = &event.place {
        for name in std::iter::once(&place.name).chain(&place.within) {
            out.push((keys::index(&keys::named_prefix(keys::BY_PLACE, &fold(name)), date, event.id), summary.clone()));
        }
    }
    for g in &event.groups {
        out.push((keys::index(&keys::named_prefix(keys::BY_GROUP, &fold(g)), date, event.id), summary.clone()));
    }
    out.sort();
    out.dedup_by(|a, b| a.0 == b.0);
    out
}

/// Appends the participants other than `own` to a participant key's summary: their
/// number (one byte), then each name as its length (one byte) and its UTF-8 bytes.
/// An event with more than 255 others, or a name longer than 255 bytes, lists no
/// one: readers then read the event.
fn push_others(value: &mut Vec<u8>, participants: &[String], own: usize) {
    let Ok(n) = u8::try_from(participants.len().saturating_sub(1)) else { return };
    let at = value.len();
    value.push(n);
    for name in participants.iter().enumerate().filter(|&(j, _)| j != own).map(|(_, p)| p) {
        let Ok(len) = u8::try_from(name.len()) else {
            value.truncate(at);
            return;
        };
        value.push(len);
        value.extend_from_slice(name.as_bytes());
    }
}

/// The other participants a participant key's value lists after its summary;
/// `None` when it lists none (a store written before these lists, an event with too
/// many, or a value that does not parse), and the reader must read the event.
pub(crate) fn others(value: &[u8]) -> Option<Vec<&str>> {
    let (&n, mut rest) = value.get(SUMMARY_LEN..)?.split_first()?;
    let mut out = Vec::with_capacity(usize::from(n));
    for _ in 0..n {
        let (&len, tail) = rest.split_first()?;
        let (name, tail) = tail.split_at_checked(usize::from(len))?;
        out.push(std::str::from_utf8(name).ok()?);
        rest = tail;
    }
    rest.is_empty().then_some(out)
}

/// The bytes of an encoded [`Summary`].
pub(crate) const SUMMARY_LEN: usize = 7;

/// What every index key of an event says about it, so that merge candidates and
/// query filters can pass over an event without reading it: the last day (the key
/// holds the first), the kind, the status, and the fewest people any one article's
/// report of it names (merging compares reports, not merged events).
///
/// Stored as the index key's value, seven bytes: end date key (4, big-endian), kind
/// code, status code, fewest people per report (saturating at 255); a participant's
/// key goes on with the other participants ([`others`]). Stores written before
/// summaries existed have empty values: [`Summary::decode`] returns `None` and the
/// reader reads the event instead.
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
        let mut v = Vec::with_capacity(SUMMARY_LEN);
        v.extend_from_slice(&self.end.to_be_bytes());
        v.extend_from_slice(&[self.kind, self.status, self.fewest_people]);
        v
    }

    /// The summary a value starts with; `None` for an empty value (a store from
    /// before summaries) or one too short.
    pub(crate) fn decode(v: &[u8]) -> Option<Summary> {
        match *v.get(..SUMMARY_LEN)? {
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
    fn a_participants_key_lists_the_other_participants() {
        let e = Event {
            id: EventId(3),
            kind: EventKind::Meeting,
            status: Status::Occurred,
            date: None,
            place: None,
            participants: vec!["Ana Lúcia Brandão".into(), "B B".into(), "C C".into()],
            groups: vec!["Chile".into()],
            mentions: vec![],
        };
        let entries = entries(&e);
        assert_eq!(entries.iter().map(|(k, _)| k.clone()).collect::<Vec<_>>(), index_keys(&e));
        let of = |who: &str| {
            let key = keys::index(&keys::named_prefix(keys::BY_ENTITY, &fold(who)), keys::UNDATED, EventId(3));
            entries.iter().find(|(k, _)| *k == key).map(|(_, v)| v.clone()).unwrap()
        };
        assert_eq!(others(&of("B B")), Some(vec!["Ana Lúcia Brandão", "C C"]));
        assert_eq!(others(&of("Ana Lúcia Brandão")), Some(vec!["B B", "C C"]));
        assert_eq!(Summary::decode(&of("C C")), Some(Summary::of(&e)));
        // Other keys carry the bare summary; a bare or damaged value lists no one.
        assert!(entries.iter().filter(|(k, _)| k[0] != keys::BY_ENTITY).all(|(_, v)| *v == Summary::of(&e).encode()));
        let mut cut = of("B B");
        cut.pop();
        assert_eq!(others(&cut), None);
        assert_eq!(others(&Summary::of(&e).encode()), None);
        let mut long = of("B B");
        long.push(0);
        assert_eq!(others(&long), None);
        // A name too long for its length byte: no list, the reader reads the event.
        let mut huge = e.clone();
        huge.participants[1] = "x".repeat(300);
        let key = keys::index(&keys::named_prefix(keys::BY_ENTITY, "c c"), keys::UNDATED, EventId(3));
        let v = super::entries(&huge).into_iter().find(|(k, _)| *k == key).unwrap().1;
        assert_eq!(v, Summary::of(&huge).encode());
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
