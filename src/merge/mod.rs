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
/// window meets (planned before, held after), they agree on the place or the date
/// (or both announce it), and the parties overlap enough: two shared people, or
/// one shared person plus the same place and date, or, for delegation-only
/// events, two shared groups.
pub fn match_score(stored: &Event, incoming: &Event) -> Option<u32> {
    if stored.kind != incoming.kind
        || !dates_compatible(stored.date, incoming.date)
        || !places_compatible(stored.place.as_ref(), incoming.place.as_ref())
        || !windows_meet(stored.mentions.iter().chain(&incoming.mentions))
    {
        return None;
    }
    // An article's own reading of which sentences are one event is final.
    if stored.mentions.iter().any(|a| incoming.mentions.iter().any(|b| a.article == b.article)) {
        return None;
    }
    let shared_people = incoming.participants.iter().filter(|p| stored.participants.contains(p)).count() as u32;
    let shared_groups = incoming.groups.iter().filter(|g| stored.groups.contains(g)).count() as u32;
    let same_place = matches!((&stored.place, &incoming.place), (Some(a), Some(b)) if a.compatible(b));
    let same_date = matches!((stored.date, incoming.date), (Some(a), Some(b)) if a.overlaps(&b));
    let both_planned = stored.status == Status::Planned && incoming.status == Status::Planned;
    // People alone do not make two reports one event: they must also agree on the
    // place or the date, or both announce it. Otherwise a report with neither (a
    // bare "X met Y") would join every meeting of X and Y ever stored.
    if !(same_place || same_date || both_planned) {
        return None;
    }
    let bonus = u32::from(same_place) + u32::from(same_date);
    // One shared person is enough only when no one else is named on one side
    // (Witkoff meeting Dmitriev is not Witkoff meeting Putin the same day).
    let nested = incoming.participants.iter().all(|p| stored.participants.contains(p))
        || stored.participants.iter().all(|p| incoming.participants.contains(p));
    if shared_people >= 2 || (shared_people == 1 && nested && same_place && same_date) {
        return Some(10 * shared_people + bonus);
    }
    let delegations = stored.participants.is_empty() || incoming.participants.is_empty();
    if delegations && shared_people == 0 && shared_groups >= 2 && (same_place || same_date || both_planned) {
        return Some(shared_groups + bonus);
    }
    None
}

/// A cheap necessary condition for [`matches()`], on a stored event's leading fields:
/// the same kind, compatible dates, and a shared person or two shared delegations.
/// Candidates failing it need not be decoded in full.
pub fn may_match(
    kind: EventKind,
    date: Option<DateSpan>,
    people: &[String],
    groups: &[String],
    incoming: &Event,
) -> bool {
    kind == incoming.kind
        && dates_compatible(date, incoming.date)
        && (incoming.participants.iter().any(|p| people.contains(p))
            || incoming.groups.iter().filter(|g| groups.contains(g)).count() >= 2)
}

/// The event each article reports, as that article alone tells it.
pub fn article_events(e: &Event) -> Vec<Event> {
    let mut by_article: Vec<(&str, Vec<Mention>)> = Vec::new();
    for m in &e.mentions {
        match by_article.iter_mut().find(|(a, _)| *a == m.article) {
            Some((_, v)) => v.push(m.clone()),
            None => by_article.push((&m.article, vec![m.clone()])),
        }
    }
    by_article.into_iter().map(|(_, ms)| refine(e.id, e.kind, ms)).collect()
}

/// The mentions of `e` grouped as the match relation links its article reports:
/// one group when they all hang together, several when a change to the mentions
/// (a person renamed) has cut the links. Groups come in order of their first
/// article.
pub fn components(e: &Event) -> Vec<Vec<Mention>> {
    let reports = article_events(e);
    let mut root: Vec<usize> = (0..reports.len()).collect();
    fn find(root: &mut [usize], mut i: usize) -> usize {
        while root[i] != i {
            root[i] = root[root[i]];
            i = root[i];
        }
        i
    }
    for i in 0..reports.len() {
        for j in i + 1..reports.len() {
            let linked =
                match_score(&reports[i], &reports[j]).is_some() || match_score(&reports[j], &reports[i]).is_some();
            if linked {
                let (a, b) = (find(&mut root, i), find(&mut root, j));
                root[a.max(b)] = a.min(b);
            }
        }
    }
    let mut groups: Vec<(usize, Vec<Mention>)> = Vec::new();
    for (i, report) in reports.into_iter().enumerate() {
        let r = find(&mut root, i);
        match groups.iter_mut().find(|(g, _)| *g == r) {
            Some((_, ms)) => ms.extend(report.mentions),
            None => groups.push((r, report.mentions)),
        }
    }
    groups.into_iter().map(|(_, ms)| ms).collect()
}

/// True when `incoming` (one article's event) is the same event as any one
/// article's report within `stored`.
///
/// Comparing article against article, never against the merged whole, makes the
/// store's events the connected groups of a fixed relation between article
/// reports: the same whatever order the articles arrive in.
pub fn matches(stored: &Event, incoming: &Event) -> bool {
    // The merged event's date is its most precise one: an incoming date outside it is
    // another event (and this check is cheap, before any per-article work).
    if !dates_compatible(stored.date, incoming.date) || stored.kind != incoming.kind {
        return false;
    }
    article_events(stored).iter().any(|a| match_score(a, incoming).is_some())
}

/// The event its mentions describe.
///
/// ```
/// use dossier::{merge::refine, DateSpan, EventId, EventKind, Mention, Status};
/// let m = |article: &str, date: Option<DateSpan>, who: &[&str]| Mention {
///     article: article.into(), sentence: String::new(), span: 0..0, published: None,
///     status: Status::Occurred, date, place: None,
///     participants: who.iter().map(|s| s.to_string()).collect(), groups: vec![],
/// };
/// let day = DateSpan::day(chrono::NaiveDate::from_ymd_opt(2025, 12, 2).unwrap());
/// let e = refine(EventId(1), EventKind::Meeting, vec![
///     m("a", DateSpan::month(2025, 12), &["Ann Lee", "Bo Kim"]),
///     m("b", Some(day), &["Bo Kim", "Cy Ode"]),
/// ]);
/// assert_eq!(e.date, Some(day));
/// assert_eq!(e.participants, ["Ann Lee", "Bo Kim", "Cy Ode"]);
/// ```
pub fn refine(id: EventId, kind: EventKind, mut mentions: Vec<Mention>) -> Event {
    mentions.sort_by(|a, b| (a.article.as_str(), a.span.start).cmp(&(b.article.as_str(), b.span.start)));
    // One sentence may report the event twice (a clause naming the meeting, another
    // naming who was there): one mention with what both say.
    mentions.dedup_by(|later, kept| {
        let same = later.article == kept.article && later.span == kept.span;
        if same {
            absorb_mention(kept, later);
        }
        same
    });
    let date =
        mentions.iter().filter_map(|m| m.date).min_by_key(|d| (d.precision, (d.end - d.start).num_days(), d.start));
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

/// Folds what `other` says of the same sentence into `kept`.
fn absorb_mention(kept: &mut Mention, other: &Mention) {
    for p in &other.participants {
        if !kept.participants.contains(p) {
            kept.participants.push(p.clone());
        }
    }
    kept.participants.sort();
    for g in &other.groups {
        if !kept.groups.contains(g) {
            kept.groups.push(g.clone());
        }
    }
    kept.groups.sort();
    kept.date = kept.date.or(other.date);
    if kept.place.is_none() {
        kept.place = other.place.clone();
    }
    if other.status == Status::Occurred {
        kept.status = Status::Occurred;
    }
}

/// One event from several: the lowest id, every mention.
pub fn absorb<'a>(events: impl IntoIterator<Item = &'a Event>) -> Option<Event> {
    let events: Vec<&Event> = events.into_iter().collect();
    let first = events.iter().min_by_key(|e| e.id)?;
    let mentions = events.iter().flat_map(|e| e.mentions.iter().cloned()).collect();
    Some(refine(first.id, first.kind, mentions))
}

#[cfg(test)]
mod tests;
