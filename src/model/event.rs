use std::ops::Range;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::DateSpan;

/// The store's id of an event. Ids are assigned in ingest order and never reused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct EventId(pub u64);

impl std::fmt::Display for EventId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Honour width and alignment, as for a plain number.
        std::fmt::Display::fmt(&self.0, f)
    }
}

impl std::str::FromStr for EventId {
    type Err = std::num::ParseIntError;
    fn from_str(s: &str) -> Result<EventId, Self::Err> {
        s.trim().parse().map(EventId)
    }
}

/// What kind of encounter an event is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum EventKind {
    /// An in-person meeting: talks, negotiations, a summit, a visit in which they met.
    Meeting,
    /// A phone or video call.
    Call,
    /// A visit by one party to another's country, with no meeting stated.
    Visit,
}

impl EventKind {
    /// Every kind, in storage order.
    pub const ALL: [EventKind; 3] = [EventKind::Meeting, EventKind::Call, EventKind::Visit];

    /// The lower-case name used in JSON and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Meeting => "meeting",
            EventKind::Call => "call",
            EventKind::Visit => "visit",
        }
    }

    /// Parses the lower-case name (also accepts plurals: "meetings", "calls").
    pub fn parse(s: &str) -> Option<EventKind> {
        match s.trim().to_ascii_lowercase().trim_end_matches('s') {
            "meeting" => Some(EventKind::Meeting),
            "call" => Some(EventKind::Call),
            "visit" => Some(EventKind::Visit),
            _ => None,
        }
    }

    pub(crate) fn code(self) -> u8 {
        match self {
            EventKind::Meeting => 1,
            EventKind::Call => 2,
            EventKind::Visit => 3,
        }
    }
}

/// Whether an event has happened, as its sources tell it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Reported as held.
    Occurred,
    /// Announced or scheduled for a later date.
    Planned,
}

impl Status {
    /// The lower-case name used in JSON and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Occurred => "occurred",
            Status::Planned => "planned",
        }
    }

    /// Parses the lower-case name.
    pub fn parse(s: &str) -> Option<Status> {
        match s.trim().to_ascii_lowercase().as_str() {
            "occurred" | "held" => Some(Status::Occurred),
            "planned" | "scheduled" => Some(Status::Planned),
            _ => None,
        }
    }
}

/// Where an event took place: a canonical place name and the places that contain it,
/// innermost first (`Miami` within `["Florida", "United States"]`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Place {
    /// The canonical name ("Saint Petersburg", "Washington").
    pub name: String,
    /// The containing places, innermost first.
    pub within: Vec<String>,
}

impl Place {
    /// True when `self` and `other` can describe the same spot: equal, or one
    /// contains the other. Miami is compatible with Florida; Istanbul is not with Ankara.
    pub fn compatible(&self, other: &Place) -> bool {
        self.name == other.name || self.within.contains(&other.name) || other.within.contains(&self.name)
    }

    /// True when `self` lies inside `other` (or is it).
    pub fn is_within(&self, other: &Place) -> bool {
        self.name == other.name || self.within.contains(&other.name)
    }
}

/// One report of an event: which article says it, in which sentence, and what that
/// sentence (with its article's context) states.
///
/// An event's own fields are refined from all its mentions, so each mention keeps
/// what its source said: one says "on Saturday", another "January 31".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    /// The article's id.
    pub article: String,
    /// The sentence that states the event, white space collapsed.
    pub sentence: String,
    /// The sentence's byte range in the article's text.
    pub span: Range<usize>,
    /// The article's publication date (supplied or inferred), when known.
    #[serde(default, with = "crate::model::date::days::option")]
    pub published: Option<NaiveDate>,
    /// The status this source reports.
    pub status: Status,
    /// The date this source gives, when it gives one.
    pub date: Option<DateSpan>,
    /// The place this source gives, when it gives one.
    pub place: Option<Place>,
    /// The people this source names as taking part (canonical names).
    pub participants: Vec<String>,
    /// Delegations this source names only by country or body.
    pub groups: Vec<String>,
}

/// One real-world event with every report of it.
///
/// `date`, `place`, `participants`, `groups` and `status` are refined from the
/// mentions: the most precise date, the most specific place, the union of the
/// people, and `Occurred` once any source reports it held.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// The store's id (`EventId(0)` for an event not yet stored).
    pub id: EventId,
    /// What kind of encounter it is.
    pub kind: EventKind,
    /// Held or planned.
    pub status: Status,
    /// When, if any source says.
    pub date: Option<DateSpan>,
    /// Where, if any source says.
    pub place: Option<Place>,
    /// Named people taking part, canonical names, sorted.
    pub participants: Vec<String>,
    /// Delegations named only by country or body, sorted.
    pub groups: Vec<String>,
    /// Every report of the event, in the order they were stored.
    pub mentions: Vec<Mention>,
}

/// An event without its mentions: what it is, when, where and with whom, but not
/// which articles say so. [`EventQuery::briefs`] reads these instead of whole
/// events, at about half the cost: a list of results needs no sentences, and
/// [`Store::event`] fetches one event in full.
///
/// ```
/// use dossier::{Article, Brief, Store};
/// let store = Store::temporary()?;
/// let day = chrono::NaiveDate::from_ymd_opt(2025, 3, 12).unwrap();
/// store.ingest(&Article::new("a", "Secretary of State Marco Rubio met Foreign Minister \
///     Hakan Fidan in Ankara on Monday.").with_published(day))?;
/// let brief: Brief = store.meetings().involving("Fidan").briefs().next().unwrap()?;
/// assert_eq!(brief.participants, ["Hakan Fidan", "Marco Rubio"]);
/// let event = store.event(brief.id)?;
/// assert_eq!(Brief::from(&event), brief);
/// assert_eq!(event.articles(), ["a"]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// [`EventQuery::briefs`]: crate::EventQuery::briefs
/// [`Store::event`]: crate::Store::event
// The fields are an `Event`'s leading fields, in stored order: a stored event
// decodes as a `Brief` by reading its value's prefix.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Brief {
    /// The store's id.
    pub id: EventId,
    /// What kind of encounter it is.
    pub kind: EventKind,
    /// Held or planned.
    pub status: Status,
    /// When, if any source says.
    pub date: Option<DateSpan>,
    /// Where, if any source says.
    pub place: Option<Place>,
    /// Named people taking part, canonical names, sorted.
    pub participants: Vec<String>,
    /// Delegations named only by country or body, sorted.
    pub groups: Vec<String>,
}

impl From<&Event> for Brief {
    fn from(e: &Event) -> Brief {
        Brief {
            id: e.id,
            kind: e.kind,
            status: e.status,
            date: e.date,
            place: e.place.clone(),
            participants: e.participants.clone(),
            groups: e.groups.clone(),
        }
    }
}

impl Event {
    /// The ids of the distinct articles that report the event, in mention order.
    pub fn articles(&self) -> Vec<&str> {
        let mut seen: Vec<&str> = Vec::new();
        for m in &self.mentions {
            if !seen.contains(&m.article.as_str()) {
                seen.push(&m.article);
            }
        }
        seen
    }

    /// True when `name` (a canonical name) takes part.
    pub fn involves(&self, name: &str) -> bool {
        self.participants.iter().any(|p| p == name)
    }
}
