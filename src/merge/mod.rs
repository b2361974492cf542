//! Is this the same real event? And how does the merged event read?
//!
//! Pure functions over [`Event`]s: the store hands in an incoming event and the
//! candidates it found through its indexes; nothing here touches storage.
//!
//! An event is a function of its mentions ([`refine`]): the most precise date, the
//! most specific place, the union of people and groups, held once any source says
//! so. Mentions are kept sorted by article and position, so the merged event does
//! not depend on the order articles arrived in.

use chrono::NaiveDate;

use crate::model::{DateSpan, Event, EventId, EventKind, Mention, Place, Status};

/// The span of days a mention allows: its date, or, when it gives none, the days
/// before its publication (a held event) or after it (a planned one).
fn window(m: &Mention) -> (NaiveDate, NaiveDate) {
    match (m.date, m.published, m.status) {
        (Some(d), _, _) => (d.start, d.end),
        (None, Some(p), Status::Occurred) => (NaiveDate::MIN, p),
        (None, Some(p), Status::Planned) => (p, NaiveDate::MAX),
        (None, None, _) => (NaiveDate::MIN, NaiveDate::MAX),
    }
}

/// True when every mention of both can describe one day.
fn windows_meet<'a>(mentions: impl Iterator<Item = &'a Mention>) -> bool {
    let (mut lo, mut hi) = (NaiveDate::MIN, NaiveDate::MAX);
    for m in mentions {
        let (a, b) = window(m);
        lo = lo.max(a);
        hi = hi.min(b);
    }
    lo <= hi
}

fn dates_compatible(a: Option<DateSpan>, b: Option<DateSpan>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a.overlaps(&b),
        _ => true,
    }
}

fn places_compatible(a: Option<&Place>, b: Option<&Place>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a.compatible(b),
        _ => true,
    }
}

/// How strongly `incoming` matches `stored`; `None` when they are different events.
///
/// They are the same event when the kind matches, the dates and places are
/// compatible (a month fits a day in it, Miami fits Florida), every source's date
/// window meets (planned before, held after), and the parties overlap enough: two
/// shared people, or one shared person plus the same place and date, or, for
/// delegation-only events, two shared groups and the same place or date.
pub fn match_score(stored: &Event, incoming: &Event) -> Option<u32> {
    if stored.kind != incoming.kind
        || !dates_compatible(stored.date, incoming.date)
        || !places_compatible(stored.place.as_ref(), incoming.place.as_ref())
        || !windows_meet(stored.mentions.iter().chain(&incoming.mentions))
    {
        return None;
    }
    let shared_people = incoming.participants.iter().filter(|p| stored.participants.contains(p)).count() as u32;
    let shared_groups = incoming.groups.iter().filter(|g| stored.groups.contains(g)).count() as u32;
    let same_place = matches!((&stored.place, &incoming.place), (Some(a), Some(b)) if a.compatible(b));
    let same_date = matches!((stored.date, incoming.date), (Some(a), Some(b)) if a.overlaps(&b));
    let both_planned = stored.status == Status::Planned && incoming.status == Status::Planned;
    let bonus = u32::from(same_place) + u32::from(same_date);
    if shared_people >= 2 || (shared_people == 1 && same_place && same_date) {
        return Some(10 * shared_people + bonus);
    }
    let delegations = stored.participants.is_empty() || incoming.participants.is_empty();
    if delegations && shared_people == 0 && shared_groups >= 2 && (same_place || same_date || both_planned) {
        return Some(shared_groups + bonus);
    }
    None
}

/// The best match among candidates: highest score, then lowest id.
pub fn best_match<'a>(candidates: impl IntoIterator<Item = &'a Event>, incoming: &Event) -> Option<&'a Event> {
    candidates
        .into_iter()
        .filter_map(|c| match_score(c, incoming).map(|s| (s, c)))
        .max_by(|(sa, a), (sb, b)| sa.cmp(sb).then(b.id.cmp(&a.id)))
        .map(|(_, c)| c)
}

/// The event its mentions describe.
///
/// ```
/// use dossier::{merge::refine, DateSpan, EventId, EventKind, Mention, Status};
/// let m = |date: Option<DateSpan>, who: &[&str]| Mention {
///     article: "a".into(), sentence: String::new(), span: 0..0, published: None,
///     status: Status::Occurred, date, place: None,
///     participants: who.iter().map(|s| s.to_string()).collect(), groups: vec![],
/// };
/// let day = DateSpan::day(chrono::NaiveDate::from_ymd_opt(2025, 12, 2).unwrap());
/// let e = refine(EventId(1), EventKind::Meeting, vec![
///     m(DateSpan::month(2025, 12), &["Ann Lee", "Bo Kim"]),
///     m(Some(day), &["Bo Kim", "Cy Ode"]),
/// ]);
/// assert_eq!(e.date, Some(day));
/// assert_eq!(e.participants, ["Ann Lee", "Bo Kim", "Cy Ode"]);
/// ```
pub fn refine(id: EventId, kind: EventKind, mut mentions: Vec<Mention>) -> Event {
    mentions.sort_by(|a, b| (a.article.as_str(), a.span.start).cmp(&(b.article.as_str(), b.span.start)));
    mentions.dedup_by(|a, b| a.article == b.article && a.span == b.span);
    let date = mentions
        .iter()
        .filter_map(|m| m.date)
        .min_by_key(|d| (d.precision, (d.end - d.start).num_days(), d.start));
    let place = mentions
        .iter()
        .filter_map(|m| m.place.as_ref())
        .max_by(|a, b| a.within.len().cmp(&b.within.len()).then(b.name.cmp(&a.name)))
        .cloned();
    let mut participants: Vec<String> = mentions.iter().flat_map(|m| m.participants.iter().cloned()).collect();
    participants.sort();
    participants.dedup();
    let mut groups: Vec<String> = mentions.iter().flat_map(|m| m.groups.iter().cloned()).collect();
    groups.sort();
    groups.dedup();
    let held = mentions.iter().any(|m| m.status == Status::Occurred)
        || date.is_some_and(|d| mentions.iter().any(|m| m.published.is_some_and(|p| p > d.end)));
    Event {
        id,
        kind,
        status: if held { Status::Occurred } else { Status::Planned },
        date,
        place,
        participants,
        groups,
        mentions,
    }
}

/// Adds an incoming event's mentions to a stored event.
pub fn absorb(stored: &Event, incoming: &Event) -> Event {
    let mentions = stored.mentions.iter().chain(&incoming.mentions).cloned().collect();
    refine(stored.id, stored.kind, mentions)
}


#[cfg(test)]
mod tests;
