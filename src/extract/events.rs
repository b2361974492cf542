//! Events in sentences: triggers ("met", "held talks", "spoke by phone"), the
//! clause around each trigger, who takes part, where, when, and whether it is
//! planned, hypothetical or negated.
//!
//! A sentence is cut into clauses at speech verbs ("said"), subordinators ("after",
//! "while") and semicolons; a trigger's participants, place and date come from its
//! own clause, so "After meeting X, Y said on Thursday ..." does not date the
//! meeting to Thursday and a speaker is not a participant of what they report.

use super::entities::{title_before, Ref, Span};
use super::gazetteer::{Gazetteer, PlaceKind};
use super::temporal::{self, Expr, Found, Reference, Rel, Tense};
use super::tokens::{Class, Token};
use crate::model::{DateSpan, EventKind, Place, Status};

/// What one clause says about one event.
#[derive(Debug, Clone)]
pub(crate) struct Draft {
    pub(crate) kind: EventKind,
    pub(crate) status: Status,
    pub(crate) date: Option<DateSpan>,
    /// The date came from the article's context ("later in the day").
    pub(crate) date_from_context: bool,
    pub(crate) place: Option<Place>,
    /// Article person indexes.
    pub(crate) participants: Vec<usize>,
    pub(crate) groups: Vec<String>,
    pub(crate) sentence: usize,
    /// "a second round", "the next round": a new event with the previous parties.
    pub(crate) round: bool,
    /// "the meeting", "this call": refers back to an event already mentioned.
    pub(crate) definite: bool,
    /// "X took part in the meeting along with Y": adds people to an event told before.
    pub(crate) joins: bool,
    /// "on the sidelines" with no event named: the occasion told just before.
    pub(crate) sidelines: bool,
    /// "a separate meeting", "met separately": not the event told before.
    pub(crate) separate: bool,
}

impl Draft {
    pub(crate) fn parties(&self) -> usize {
        self.participants.len() + self.groups.len()
    }
}

/// A host's invitation: `host` invited `guest` to `place`.
#[derive(Debug, Clone)]
pub(crate) struct Invitation {
    pub(crate) host: usize,
    pub(crate) guest: usize,
    pub(crate) place: Place,
}

/// What a sentence adds to the article's events.
#[derive(Debug, Default)]
pub(crate) struct SentenceFacts {
    pub(crate) drafts: Vec<Draft>,
    /// People a delegation is said to include ("the U.S. delegation included A, B").
    pub(crate) delegation: Vec<usize>,
    pub(crate) invitations: Vec<Invitation>,
}

const ORDINALS: &[&str] =
    &["first", "second", "third", "fourth", "fifth", "sixth", "next", "new", "another", "latest", "final"];
const INTERNAL: &[&str] = &[
    "cabinet",
    "board",
    "staff",
    "shareholder",
    "shareholders",
    "party",
    "plenary",
    "parliamentary",
    "committee",
    "caucus",
    "faculty",
    "annual",
    "council",
    "town",
    "family",
    "editorial",
];
const CALL_DET: &[&str] = &[
    "a",
    "the",
    "phone",
    "telephone",
    "video",
    "his",
    "her",
    "their",
    "this",
    "that",
    "'s",
    "first",
    "second",
    "latest",
    "last",
    "recent",
    "conference",
    "long",
    "brief",
    "lengthy",
];
const SPEECH: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "stated",
    "states",
    "added",
    "noted",
    "announced",
    "confirmed",
    "reported",
    "reports",
    "wrote",
    "writes",
    "posted",
    "according",
    "citing",
    "quoted",
    "insisted",
    "stressed",
    "explained",
    "argued",
    "disclosed",
    "claimed",
    "warned",
    "revealed",
    "acknowledged",
    "emphasized",
    "emphasised",
];
const BOUNDARY: &[&str] = &[
    "while", "whereas", "but", "although", "though", "because", "amid", "since", "when", "until", "before", "preceded",
];
const FOLLOWS: &[&str] = &["follows", "followed", "following", "after"];
const PRECEDES: &[&str] = &["precede", "precedes", "ahead"];
const NEGATION: &[&str] = &[
    "not",
    "no",
    "never",
    "without",
    "cannot",
    "could",
    "would",
    "might",
    "may",
    "should",
    "if",
    "unless",
    "whether",
    "willing",
    "ready",
    "open",
    "possible",
    "possibility",
    "impossible",
    "prospect",
    "prospects",
    "idea",
    "proposal",
    "proposed",
    "proposes",
    "propose",
    "offer",
    "offered",
    "offers",
    "invite",
    "invited",
    "invites",
    "invitation",
    "reject",
    "rejected",
    "rejects",
    "refused",
    "refuses",
    "refuse",
    "declined",
    "declines",
    "ruled",
    "rule",
    "against",
    "hope",
    "hopes",
    "hoped",
    "hoping",
    "want",
    "wants",
    "wanted",
    "seek",
    "seeks",
    "sought",
    "urge",
    "urged",
    "urges",
    "demand",
    "demanded",
    "demands",
    "need",
    "needs",
    "needed",
    "denied",
    "deny",
    "denies",
    "cancel",
    "cancelled",
    "canceled",
    "postponed",
    "postpone",
    "scrapped",
    "shelved",
    "yet",
    "unlikely",
    "try",
    "tried",
    "attempt",
    "advising",
    "advised",
    "threatened",
    "consider",
    "considering",
    "mulling",
    "pushing",
    "push",
    "calling",
    "requested",
    "request",
    "suggested",
    "suggest",
    "neither",
    "nor",
    "refusal",
];
const VAGUE_BEFORE: &[&str] = &[
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "several",
    "multiple",
    "numerous",
    "many",
    "series",
    "dozens",
    "dozen",
    "more",
    "number",
    "repeated",
    "frequent",
    "regular",
    "previous",
    "past",
    "earlier",
    "countless",
    "various",
    "occasional",
    "periodic",
    "numbers",
];
const VAGUE_AFTER: &[&str] = &[
    "before",
    "previously",
    "several",
    "many",
    "twice",
    "repeatedly",
    "regularly",
    "frequently",
    "often",
    "times",
    "multiple",
];
const PLANNED: &[&str] = &[
    "will",
    "shall",
    "expected",
    "expects",
    "scheduled",
    "plans",
    "planned",
    "planning",
    "upcoming",
    "due",
    "set",
    "going",
    "forthcoming",
    "agreed",
    "slated",
    "intends",
    "leaves",
    "heads",
    "flies",
    "travels",
    "departs",
];
const GROUP_NOUNS: &[&str] = &[
    "delegation",
    "delegations",
    "officials",
    "official",
    "negotiators",
    "negotiator",
    "team",
    "teams",
    "side",
    "sides",
    "diplomats",
    "counterparts",
    "counterpart",
    "mediators",
    "envoys",
    "representatives",
    "government",
    "governments",
    "leaders",
    "authorities",
    "negotiating",
    "peacemaking",
    "administration",
    "military",
    "ministers",
    "lawmakers",
    "mediation",
];
const BLOCK_PREP: &[&str] = &[
    "of", "for", "by", "about", "against", "to", "on", "from", "under", "like", "than", "over", "toward", "towards",
    "via",
];
const LOCATIVE: &[&str] = &["in", "at", "near", "outside", "inside"];
const TRAVEL: &[&str] = &[
    "visit",
    "visits",
    "visited",
    "visiting",
    "trip",
    "travel",
    "travelled",
    "traveled",
    "arrived",
    "flew",
    "came",
    "went",
    "returned",
    "journey",
    "tour",
];
const NOT_LOCATIVE_HEADS: &[&str] = &[
    "war",
    "conflict",
    "peace",
    "ceasefire",
    "truce",
    "fighting",
    "attacks",
    "attack",
    "crisis",
    "situation",
    "invasion",
    "troops",
    "forces",
    "offensive",
    "presence",
    "embassy",
    "embassies",
    "security",
    "stability",
    "operations",
    "elections",
    "election",
    "interests",
    "investment",
    "investments",
    "sanctions",
    "policy",
    "role",
    "influence",
    "aid",
    "people",
    "citizens",
    "ambassador",
    "rights",
    "stake",
    "deal",
    "settlement",
    "solution",
    "strikes",
    "occupation",
    "control",
    "territory",
    "cities",
    "towns",
    "lives",
    "born",
    "assets",
    "nationals",
];

/// The tokens, names and dates of one sentence, ready for clause analysis.
pub(crate) struct SentenceView<'a, 'b> {
    pub(crate) toks: &'b [Token<'a>],
    pub(crate) low: Vec<String>,
    pub(crate) spans: &'b [Span],
    /// Per token: the index into `spans` of the span covering it.
    span_at: Vec<Option<usize>>,
    /// Per token: inside a quotation.
    quoted: Vec<bool>,
    /// Date expressions with their token ranges.
    dates: Vec<(usize, usize, Expr)>,
    /// Per token: part of a time phrase ("on Monday", "in December", "evening").
    temporal: Vec<bool>,
}

impl<'a, 'b> SentenceView<'a, 'b> {
    pub(crate) fn new(text: &str, toks: &'b [Token<'a>], spans: &'b [Span]) -> Self {
        let low: Vec<String> = toks.iter().map(|t| t.text.to_ascii_lowercase()).collect();
        let mut span_at = vec![None; toks.len()];
        for (n, s) in spans.iter().enumerate() {
            for slot in span_at.iter_mut().take(s.end).skip(s.start) {
                *slot = Some(n);
            }
        }
        let mut quoted = Vec::with_capacity(toks.len());
        let mut inside = false;
        for t in toks {
            if t.text == "\"" {
                inside = !inside;
            }
            quoted.push(inside);
        }
        let dates = temporal::find(text)
            .into_iter()
            .filter_map(|Found { range, expr }| {
                let s = toks.iter().position(|t| t.start >= range.start)?;
                let e = toks.iter().rposition(|t| t.end <= range.end).map(|e| e + 1)?;
                (s < e).then_some((s, e, expr))
            })
            .collect::<Vec<_>>();
        let mut temporal = vec![false; toks.len()];
        for (s, e, _) in &dates {
            temporal[*s..*e].iter_mut().for_each(|t| *t = true);
            if *s > 0
                && matches!(
                    low_at(&low, s - 1),
                    "on" | "in" | "at" | "during" | "by" | "since" | "until" | "from" | "of"
                )
            {
                temporal[s - 1] = true;
            }
        }
        for (i, w) in low.iter().enumerate() {
            if matches!(
                w.as_str(),
                "morning" | "afternoon" | "evening" | "night" | "local" | "time" | "later" | "earlier"
            ) {
                temporal[i] = true;
            }
        }
        SentenceView { toks, low, spans, span_at, quoted, dates, temporal }
    }

    fn w(&self, i: usize) -> &str {
        low_at(&self.low, i)
    }

    fn trigger(&self, i: usize) -> Option<(EventKind, bool)> {
        let w = self.w(i);
        let prev = if i > 0 { self.w(i - 1) } else { "" };
        let next = self.w(i + 1);
        match w {
            "meet" | "meets" | "met" | "meeting" | "meetings" => {
                (!INTERNAL.contains(&prev)).then_some((EventKind::Meeting, w.starts_with("meeting")))
            }
            "talks" | "negotiations" | "summit" | "summits" | "discussions" | "consultations" | "encounter"
            | "dialogue" => (!INTERNAL.contains(&prev)).then_some((EventKind::Meeting, true)),
            "hosted" | "hosts" | "host" | "hosting" | "received" | "receives" | "receive" | "receiving"
            | "welcomed" | "welcomes" | "dined" | "dines" | "lunched" => Some((EventKind::Meeting, false)),
            "dinner" | "lunch" | "breakfast" => Some((EventKind::Meeting, true)),
            // "sat down with", "sitting down with"
            "sat" | "sit" | "sits" | "sitting" if next == "down" && self.w(i + 2) == "with" => {
                Some((EventKind::Meeting, false))
            }
            "visit" | "visits" | "visited" | "visiting" => Some((EventKind::Meeting, w == "visit" || w == "visits")),
            "call" | "calls" => {
                // A noun after a determiner ("a phone call on Monday"); otherwise the
                // verb ("called on", "calls for") unless "call with" says otherwise.
                let noun = CALL_DET.contains(&prev)
                    || (matches!(next, "with" | "between") && !matches!(prev, "to" | "will" | "would"));
                (noun && prev != "so").then_some((EventKind::Call, true))
            }
            "phoned" | "telephoned" | "videoconference" => Some((EventKind::Call, false)),
            "conversation" | "conversations" => {
                matches!(prev, "phone" | "telephone" | "video").then_some((EventKind::Call, true))
            }
            "spoke" | "spoken" | "speaks" | "speak" | "talked" | "talk" | "speaking" => {
                // "spoke with", "spoke by phone", "spoke to X by telephone".
                let phone_ahead = (i + 1..i + 8).any(|k| matches!(self.w(k), "phone" | "telephone" | "video"));
                if next == "with" || (matches!(next, "by" | "on" | "to" | "over") && phone_ahead) {
                    Some((EventKind::Call, false))
                } else if matches!(w, "talked" | "talk") && matches!(next, "for" | "privately" | "face" | "in" | "at") {
                    // "Trump and Putin talked for nearly three hours".
                    Some((EventKind::Meeting, false))
                } else {
                    None
                }
            }
            // "on the phone with", "by phone to".
            "phone" | "telephone" if matches!(next, "with" | "to") && matches!(prev, "the" | "by") => {
                Some((EventKind::Call, true))
            }
            // "The first round, held in ...".
            "round" | "rounds" if ORDINALS.contains(&prev) && next != "of" => Some((EventKind::Meeting, true)),
            _ => None,
        }
    }

    /// Clause boundaries: (start, end, what opened the clause).
    fn clauses(&self) -> Vec<(usize, usize, Lead)> {
        let mut out = Vec::new();
        let mut start = 0;
        let mut lead = Lead::Start;
        // "According to Bloomberg, X met Y": the attribution ends at its comma; so
        // does a clause put in front ("Before sitting down with X, Y was received").
        let mut attribution = false;
        for i in 0..self.toks.len() {
            let w = self.w(i);
            let next_lead = if self.span_at[i].is_some() || self.quoted[i] && w != "\"" {
                None
            } else if w == "," && attribution {
                attribution = false;
                Some(Lead::Main)
            } else if w == ";" {
                Some(Lead::Other)
            } else if SPEECH.contains(&w) {
                Some(Lead::Speech)
            } else if FOLLOWS.contains(&w) {
                Some(Lead::Follows)
            } else if PRECEDES.contains(&w) {
                Some(Lead::Precedes)
            } else if w == "where" {
                Some(Lead::Where)
            } else if (BOUNDARY.contains(&w) && (w != "since" || !self.phrase_follows(i)))
                // "... flies to Tokyo later on Monday and is due to meet ..."
                || (w == "and"
                    && matches!(self.w(i + 1), "is" | "are" | "was" | "were" | "will" | "has" | "have" | "had" | "then"))
                || (w == "as"
                    && !matches!(self.w(i + 1), "well" | "part")
                    && !matches!(if i > 0 { self.w(i - 1) } else { "" }, "such" | "well"))
            {
                Some(Lead::Other)
            } else {
                None
            };
            if let Some(l) = next_lead {
                let fronted = i == 0 && matches!(l, Lead::Follows | Lead::Other | Lead::Precedes);
                attribution = matches!(w, "according" | "citing") || fronted;
                if i > start {
                    out.push((start, i, lead));
                }
                start = i + 1;
                lead = l;
            }
        }
        if start < self.toks.len() {
            out.push((start, self.toks.len(), lead));
        }
        out
    }

    /// True when the word at `i` ("since") opens a phrase ("since the invasion",
    /// "since January") rather than a clause ("since delegations met").
    fn phrase_follows(&self, i: usize) -> bool {
        matches!(
            self.w(i + 1),
            "the" | "a" | "an" | "his" | "her" | "their" | "its" | "then" | "last" | "early" | "late"
        ) || self.temporal.get(i + 1).copied().unwrap_or(false)
            || self.toks.get(i + 1).is_some_and(|t| t.class == Class::Number)
    }

    fn is_title_word(&self, g: &Gazetteer, i: usize) -> bool {
        g.titles.contains(self.w(i)) || title_before(g, self.toks, i + 1)
    }

    /// Whether the name spanning `[s, e)` takes part in the clause's event: it is
    /// the subject, the object of "with"/"between", or in a list with one of those,
    /// and not the object of "of"/"by"/"for" (unless the preposition is part of a
    /// title: "special envoy for the Middle East").
    fn linked(&self, g: &Gazetteer, s: usize, clause_start: usize, triggers: &[usize]) -> bool {
        // An apposition ("the EU's envoy to Ukraine, Katarina Mathernova") takes the
        // role of the phrase it names, whatever prepositions that phrase contains.
        let appositive = s > 0 && self.w(s - 1) == ",";
        let mut j = s;
        while j > clause_start {
            j -= 1;
            if triggers.contains(&j) {
                return true;
            }
            if let Some(n) = self.span_at[j] {
                j = self.spans[n].start;
                continue;
            }
            if self.temporal[j] {
                continue;
            }
            let w = self.w(j);
            if matches!(
                w,
                "with" | "between" | "among" | "alongside" | "including" | "included" | "includes" | "joined"
            ) {
                return true;
            }
            if BLOCK_PREP.contains(&w) {
                let mut k = j;
                while k > clause_start && matches!(self.w(k - 1), "the" | "a") {
                    k -= 1;
                }
                if k > clause_start && triggers.contains(&(k - 1)) {
                    return true;
                }
                // The agent of a passive: "was received at the Elysee by Macron".
                if w == "by"
                    && (clause_start..j).any(|t| {
                        triggers.contains(&t) && matches!(self.w(t), "received" | "hosted" | "welcomed" | "greeted")
                    })
                {
                    return true;
                }
                if k > clause_start && self.is_title_word(g, k - 1) || appositive {
                    continue;
                }
                return false;
            }
        }
        true
    }

    /// The resolved person of a pronoun at token `i`: the nearest person named
    /// before it in the sentence, else the subject of the previous sentence.
    fn pronoun(&self, i: usize, previous_subject: Option<usize>) -> Option<usize> {
        let person = |s: &Span| if let Ref::Person(p) = s.what { Some(p) } else { None };
        let before = || self.spans.iter().filter(|s| s.end <= i);
        // The sentence's subject ("Wang travelled to Berlin, where he met X, and to
        // Paris, where he ..."), else the nearest name ("Trump's remarks came after
        // he disclosed ...").
        before()
            .find(|s| self.w(s.end) != "'s" && matches!(s.what, Ref::Person(_)))
            .and_then(person)
            .or_else(|| before().rev().find_map(person))
            .or(previous_subject)
    }

    /// True when the trigger noun at `i` is definite: "the meeting", "the April 11
    /// meeting", "Saturday's discussions", "this call"; not "a joint meeting".
    fn definite(&self, i: usize, cs: usize) -> bool {
        let mut j = i;
        while j > cs && i - j < 5 {
            j -= 1;
            match self.w(j) {
                "the" | "this" | "that" | "these" | "those" | "'s" => return true,
                "a" | "an" => return false,
                _ if self.temporal[j] || self.span_at[j].is_some() || self.toks[j].is_capitalised() => {}
                w if w.ends_with("ed") || matches!(w, "upcoming" | "joint" | "first" | "second" | "new" | "latest") => {
                }
                _ => return false,
            }
        }
        false
    }

    /// Every date of the sentence resolved against `r` as past, without context.
    pub(crate) fn dates_resolved(&self, r: Option<Reference>) -> Vec<DateSpan> {
        self.dates.iter().filter_map(|(s, _, e)| temporal::resolve(e, r, Tense::Past, None, self.quoted[*s])).collect()
    }

    /// The first person of the sentence that is not a possessive modifier.
    pub(crate) fn subject(&self) -> Option<usize> {
        self.spans.iter().find_map(|s| match s.what {
            Ref::Person(p) if self.w(s.end) != "'s" => Some(p),
            _ => None,
        })
    }
}

fn low_at(low: &[String], i: usize) -> &str {
    low.get(i).map(String::as_str).unwrap_or("")
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Lead {
    Start,
    /// The main clause after a clause put in front ("After X, ...", "According to X, ...").
    Main,
    Where,
    Speech,
    Follows,
    Precedes,
    Other,
}

/// What the article knows while reading a sentence.
pub(crate) struct Reading<'g> {
    pub(crate) g: &'g Gazetteer,
    pub(crate) reference: Option<Reference>,
    /// The date of the event discussed just before, for "later in the day".
    pub(crate) context: Option<DateSpan>,
    /// People named so far, least named first (ties: least recent first).
    pub(crate) frequent_people: Vec<usize>,
    /// Countries named as parties so far, most recent last, for "the two delegations".
    pub(crate) recent_groups: Vec<String>,
    pub(crate) previous_subject: Option<usize>,
    pub(crate) caption: bool,
}

/// Reads one sentence.
pub(crate) fn read_sentence(r: &Reading<'_>, v: &SentenceView<'_, '_>, sentence: usize) -> SentenceFacts {
    let mut facts = SentenceFacts::default();
    // The subject of the clause before, for "X returned after talks with Y".
    let mut previous_clause_subject: Option<usize> = None;
    // The last place named, for "... flew to Warsaw, where he met Tusk".
    let mut last_place: Option<Place> = None;
    let clauses = v.clauses();
    // The subject of the main clause that follows a clause put in front.
    let main_subject = clauses.iter().find(|c| c.2 == Lead::Main).and_then(|&(ms, me, _)| {
        v.spans.iter().find_map(|s| match s.what {
            Ref::Person(p) if s.start >= ms && s.end <= me && v.w(s.end) != "'s" => Some(p),
            _ => None,
        })
    });
    for (cs, ce, lead) in clauses {
        let triggers: Vec<(usize, EventKind, bool)> =
            (cs..ce).filter_map(|i| v.trigger(i).map(|(k, noun)| (i, k, noun))).collect();
        let clause_subject = v.spans[..].iter().find_map(|s| match s.what {
            Ref::Person(p) if s.start >= cs && s.end <= ce && v.w(s.end) != "'s" => Some(p),
            _ => None,
        });
        let clause_place = last_place.take();
        last_place = v
            .spans
            .iter()
            .rev()
            .find_map(|s| match s.what {
                Ref::Place(p) if s.start >= cs && s.end <= ce => Some(r.g.place_of(p)),
                _ => None,
            })
            .or(clause_place.clone());
        let inherited_subject = previous_clause_subject;
        previous_clause_subject = clause_subject.or(previous_clause_subject);
        if triggers.is_empty() {
            facts.delegation.extend(delegation_list(v, cs, ce));
            facts.invitations.extend(invitation(r, v, cs, ce));
            continue;
        }
        let verdicts: Vec<Verdict> = triggers.iter().map(|(i, _, noun)| verdict(v, cs, ce, *i, *noun, lead)).collect();
        let live: Vec<&(usize, EventKind, bool)> =
            triggers.iter().zip(&verdicts).filter(|(_, v)| **v != Verdict::Negated).map(|(t, _)| t).collect();
        if live.is_empty() {
            continue;
        }
        let trigger_idx: Vec<usize> = triggers.iter().map(|t| t.0).collect();
        let phone = (cs..ce).any(|i| matches!(v.w(i), "phone" | "telephone" | "video" | "phoned" | "telephoned"));
        let in_person = (cs..ce)
            .any(|i| matches!(v.w(i), "met" | "meet" | "visit" | "visited" | "sidelines" | "summit" | "hosted"));
        let kind = if live.iter().any(|t| t.1 == EventKind::Call && (t.2 || phone || !in_person)) {
            EventKind::Call
        } else {
            EventKind::Meeting
        };
        // The trigger the event hangs on: the first of its kind.
        let first = live.iter().find(|t| t.1 == kind).map_or(live[0].0, |t| t.0);

        // Participants.
        let mut participants = Vec::new();
        for s in v.spans.iter().filter(|s| s.start >= cs && s.end <= ce) {
            let (person, owner) = match s.what {
                Ref::Person(p) => {
                    let possessive = v.w(s.end) == "'s";
                    let owns_trigger = possessive && (s.end + 1..s.end + 5).any(|k| trigger_idx.contains(&k));
                    ((!possessive || owns_trigger).then_some(p), owns_trigger)
                }
                Ref::Pronoun => (v.pronoun(s.start, r.previous_subject).filter(|_| v.w(s.end) != "'s"), false),
                _ => (None, false),
            };
            // The speaker of "..., X said" reports the event; it does not make X a party.
            // ("Ushakov, who met them with Dmitriev, told ...": Dmitriev is no speaker.)
            let first_in_clause = v.spans.iter().find(|x| x.start >= cs).is_some_and(|x| x.start == s.start);
            let speaker = SPEECH.contains(&v.w(s.end))
                || (v.w(s.end) == "," && SPEECH.contains(&v.w(s.end + 1)) && first_in_clause);
            if let Some(p) = person.filter(|_| !speaker) {
                if !participants.contains(&p) && (owner || v.linked(r.g, s.start, cs, &trigger_idx)) {
                    participants.push(p);
                }
            }
        }
        // "the two leaders", "they": the last two people the article named.
        let plural = (cs..first).any(|i| {
            (v.w(i) == "they" && v.span_at[i].is_none())
                || (v.w(i) == "two" && PLURAL_PEOPLE.contains(&v.w(i + 1)) && i > 0 && v.w(i - 1) == "the")
        });
        if plural && participants.len() < 2 {
            let before: Vec<usize> = v
                .spans
                .iter()
                .filter(|s| s.end <= first && v.w(s.end) != "'s")
                .filter_map(|s| if let Ref::Person(p) = s.what { Some(p) } else { None })
                .collect();
            // "they" after two names in the sentence; otherwise the two people the
            // article has named most ("the two presidents").
            let pool = if before.len() >= 2 { before } else { r.frequent_people.clone() };
            for p in pool.iter().rev().take(2) {
                if !participants.contains(p) {
                    participants.push(*p);
                }
            }
        }
        // "X returned to Moscow after talks with Y": X takes part in the talks; and
        // "After meeting Y, X said": the main clause's subject met Y.
        let bare = !v.spans.iter().any(|s| s.start >= cs && s.end <= first);
        let subject = if cs <= 1 && lead != Lead::Start {
            main_subject
        } else if live[0].2 && matches!(lead, Lead::Follows | Lead::Other) {
            inherited_subject
        } else {
            None
        };
        if let Some(p) = subject.filter(|p| bare && !participants.contains(p)) {
            participants.push(p);
        }
        let mut groups = groups(r.g, v, cs, ce, &trigger_idx);
        // "the two delegations met", "talks between the two countries".
        let two_sides = (cs..ce).any(|i| {
            v.w(i) == "two"
                && i > 0
                && v.w(i - 1) == "the"
                && matches!(v.w(i + 1), "delegations" | "countries" | "sides" | "teams" | "governments" | "nations")
        });
        if two_sides && groups.len() < 2 {
            for g in r.recent_groups.iter().rev().take(2) {
                if !groups.contains(g) {
                    groups.push(g.clone());
                }
            }
        }
        let place = place(r.g, v, cs, ce).or_else(|| if lead == Lead::Where { clause_place } else { None });

        // Status and tense.
        let planned_cue = verdicts.contains(&Verdict::Planned)
            || (cs..ce).any(|i| {
                let w = v.w(i);
                PLANNED.contains(&w)
                    && !(i > 0 && matches!(v.w(i - 1), "no" | "not" | "never"))
                    && (!matches!(w, "set" | "going" | "due") || matches!(v.w(i + 1), "to" | "for"))
                    // "the upcoming talks" makes the talks planned, not the call about them.
                    && (!matches!(w, "upcoming" | "forthcoming") || (i + 1..i + 3).contains(&first))
                    && !(w == "agreed" && !(v.w(i + 1) == "to" && (i + 2..i + 4).any(|k| v.trigger(k).is_some())))
                    || (w == "ll" && i > 0 && v.w(i - 1) == "'")
                    || (matches!(w, "next" | "new" | "another") && matches!(v.w(i + 1), "round" | "meeting" | "talks"))
            })
            || lead == Lead::Precedes
            || live.iter().any(|(i, _, _)| {
                // "are to meet", "is to hold talks".
                *i >= 2 && v.w(i - 1) == "to" && matches!(v.w(i - 2), "is" | "are")
                    || *i >= 3 && v.w(i - 2) == "to" && matches!(v.w(i - 3), "is" | "are")
            });
        let tense = if planned_cue && !r.caption && lead != Lead::Follows { Tense::Future } else { Tense::Past };

        // Date: the expression nearest the first live trigger.
        let mut date = None;
        let mut from_context = false;
        // A noun trigger takes a date after it when there is one ("his first summit
        // with Trump on Monday", "Lee leaves on Sunday for talks on Monday").
        let in_clause = || v.dates.iter().filter(|(s, e, _)| *s >= cs && *e <= ce);
        let noun_first = live.iter().find(|t| t.0 == first).is_some_and(|t| t.2);
        let after = in_clause()
            .filter(|(s, _, e)| *s > first && *s <= first + 12 && !matches!(e, Expr::Year(_)))
            .min_by_key(|(s, _, _)| *s);
        let nearest = after.filter(|_| noun_first).or_else(|| {
            in_clause().min_by_key(|(s, e, _)| if *e <= first { first - e } else { s.saturating_sub(first) })
        });
        if let Some((s, _, expr)) = nearest {
            date = temporal::resolve(expr, r.reference, tense, r.context, v.quoted[*s]);
            from_context =
                matches!(expr, Expr::Rel(Rel::SameDay | Rel::DayBefore | Rel::DayAfter)) && r.context.is_some();
        }
        let mut status = if planned_cue { Status::Planned } else { Status::Occurred };
        if r.caption || lead == Lead::Follows {
            status = Status::Occurred;
        }
        if let (Some(d), Some(rf)) = (date, r.reference) {
            if rf.exact && d.start > rf.date {
                status = Status::Planned;
            }
        }
        let round = (cs..ce).any(|i| matches!(v.w(i), "round" | "rounds") && i > 0 && ORDINALS.contains(&v.w(i - 1)));
        let definite = live[0].2 && v.definite(first, cs);
        let joins = definite && participation(v, cs, ce);
        let sidelines = (cs..ce).any(|i| v.w(i) == "sidelines" && v.w(i + 1) != "of");
        let separate = (cs..ce).any(|i| matches!(v.w(i), "separate" | "separately"));
        facts.drafts.push(Draft {
            kind,
            status,
            date,
            date_from_context: from_context,
            place,
            participants,
            groups,
            sentence,
            round,
            definite,
            joins,
            sidelines,
            separate,
        });
    }
    facts
}

/// Words for people that "the two ..." refers back to.
const PLURAL_PEOPLE: &[&str] = &[
    "leaders",
    "presidents",
    "men",
    "women",
    "ministers",
    "envoys",
    "officials",
    "officers",
    "negotiators",
    "chief",
    "diplomats",
    "counterparts",
    "sides",
    "heads",
    "premiers",
    "generals",
    "foreign",
];

/// What the words around a trigger make of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verdict {
    /// Reported as it is.
    Plain,
    /// Reported as planned ("he said the next round would be held on April 19").
    Planned,
    /// Negated, hypothetical, internal, or a vague count: no event.
    Negated,
}

/// Reads the words around the trigger at `i`.
fn verdict(v: &SentenceView<'_, '_>, cs: usize, ce: usize, i: usize, noun: bool, lead: Lead) -> Verdict {
    let from = i.saturating_sub(8).max(cs);
    let in_date = |j: usize| v.dates.iter().any(|(s, e, _)| (*s..*e).contains(&j));
    let mut reported_future = false;
    for j in from..i {
        if in_date(j) {
            continue;
        }
        let w = v.w(j);
        // "He said he would speak to Putin": reported future, not a hypothesis.
        if w == "would" && lead == Lead::Speech && !matches!(v.w(j + 1), "be" | "have" | "like" | "rather") {
            reported_future = true;
            continue;
        }
        if w == "possible" && j > 0 && v.w(j - 1) == "made" {
            continue;
        }
        if NEGATION.contains(&w) {
            // "if" and the like reach the whole clause; a "no" is about what follows it.
            return Verdict::Negated;
        }
        if w == "t" && j > 0 && v.w(j - 1) == "'" {
            return Verdict::Negated;
        }
    }
    if (cs..from).any(|j| matches!(v.w(j), "if" | "unless" | "whether")) {
        return Verdict::Negated;
    }
    // "two phone calls", "several meetings", "three rounds of talks"; not "the April
    // 11 meeting", "two-day talks" nor "two days of talks".
    let counted = (i.saturating_sub(6).max(cs)..i).any(|j| {
        (VAGUE_BEFORE.contains(&v.w(j)) || v.toks[j].class == Class::Number)
            && !in_date(j)
            && v.w(j + 1) != "-"
            && !matches!(v.w(j + 1), "days" | "hours" | "weeks" | "minutes" | "months" | "than" | "of" | "day" | "hour")
    });
    if counted && noun && (v.w(i).ends_with('s') || (i..ce).take(4).any(|k| v.w(k) == "rounds")) {
        return Verdict::Negated;
    }
    // After the trigger: "a meeting ... could happen only if", "was ruled out".
    let after: Vec<&str> = (i + 1..ce.min(i + 9)).map(|k| v.w(k)).collect();
    if noun {
        if let Some(k) = after.iter().position(|w| matches!(*w, "would" | "could" | "might" | "may" | "should")) {
            let held = matches!(after.get(k + 1..k + 3), Some(["be", "held"]) | Some(["take", "place"]))
                || matches!(after.get(k + 1), Some(&("start" | "begin" | "resume" | "follow" | "open")));
            if after[k] == "would" && held && lead == Lead::Speech {
                return Verdict::Planned;
            }
            return Verdict::Negated;
        }
    }
    // "A meeting between A and B was ruled out": look to the end of the clause.
    let rest: Vec<&str> = (i + 1..ce).map(|k| v.w(k)).collect();
    if let Some(k) = rest.iter().position(|w| {
        matches!(*w, "ruled" | "cancelled" | "canceled" | "postponed" | "scrapped" | "shelved" | "scuttled" | "off")
    }) {
        if rest[..k].iter().rev().take(3).any(|w| matches!(*w, "was" | "were" | "been" | "is" | "be" | "called")) {
            return Verdict::Negated;
        }
    }
    // "have met before" ("before" opens a clause of its own, so look past the clause).
    if (i + 1..i + 5).any(|k| VAGUE_AFTER.contains(&v.w(k)))
        && matches!(v.w(i), "met" | "meet" | "spoken" | "spoke" | "talked")
    {
        return Verdict::Negated;
    }
    if i > 0 && matches!(v.w(i - 1), "have" | "has") && v.w(i) == "met" {
        return Verdict::Negated;
    }
    if reported_future {
        Verdict::Planned
    } else {
        Verdict::Plain
    }
}

/// Countries or bodies named as parties: "U.S. and Russian delegations", "US
/// officials", "talks between Russia and the United States", "Teams from Ukraine
/// and Russia", "US-Russian talks".
fn groups(g: &Gazetteer, v: &SentenceView<'_, '_>, cs: usize, ce: usize, triggers: &[usize]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for s in v.spans.iter().filter(|s| s.start >= cs && s.end <= ce) {
        let name = match s.what {
            Ref::Demonym(c) => g.places[c].name.clone(),
            Ref::Place(p) if g.places[p].kind == PlaceKind::Country => g.places[p].name.clone(),
            // Bodies and movements named as a side ("Hamas negotiators", "talks with the EU").
            Ref::Org(o) if g.org_is_side[o] => g.orgs[o].clone(),
            _ => continue,
        };
        // Look ahead past coordinated names and hyphens for a group noun or trigger.
        let mut j = s.end;
        let mut ahead = false;
        let mut steps = 0;
        while j < ce && steps < 4 {
            if let Some(m) = v.span_at[j] {
                if matches!(v.spans[m].what, Ref::Person(_)) {
                    break;
                }
                j = v.spans[m].end;
                steps += 1;
                continue;
            }
            let w = v.w(j);
            // "US-Russian talks" name sides; "the ASEAN meeting" names a forum.
            if GROUP_NOUNS.contains(&w) || (triggers.contains(&j) && !matches!(s.what, Ref::Org(_))) {
                ahead = true;
                break;
            }
            if matches!(w, "and" | "-" | "," | "/" | "the") || w.ends_with("ian") || w.ends_with("ese") {
                j += 1;
                steps += 1;
                continue;
            }
            break;
        }
        let before = if s.start > 0 { v.w(s.start - 1) } else { "" };
        let before2 = if s.start > 1 { v.w(s.start - 2) } else { "" };
        let is_place = matches!(s.what, Ref::Place(_) | Ref::Org(_));
        let locative =
            LOCATIVE.contains(&before) || (before == "the" && LOCATIVE.contains(&before2)) || TRAVEL.contains(&before);
        let listed = matches!(before, "between" | "from" | "with" | "and")
            || (before == "the" && matches!(before2, "between" | "from" | "with" | "and"))
            // "the leaders of France", "mediated by Qatar"
            || (before == "of" && GROUP_NOUNS.contains(&before2))
            || (before == "by" && matches!(before2, "mediated" | "brokered" | "facilitated" | "hosted" | "convened"));
        // A demonym in a person's title ("Chinese Foreign Minister Wang Yi", "his
        // Ukrainian counterpart Rustem Umerov") names no delegation.
        let title_after = (1..=g.title_len).any(|n| {
            let words: Vec<&str> = (s.end..s.end + n).map(|k| v.w(k)).collect();
            g.titles.contains(&words.join(" "))
        });
        let person_after =
            |k: usize| v.span_at.get(k).copied().flatten().is_some_and(|m| matches!(v.spans[m].what, Ref::Person(_)));
        let titled = title_after
            || (GROUP_NOUNS.contains(&v.w(s.end)) && person_after(s.end + 1))
            || (GROUP_NOUNS.contains(&v.w(s.end + 1)) && person_after(s.end + 2));
        let verb_after =
            is_place && triggers.iter().any(|&t| t >= s.end && t <= s.end + 3 && !v.trigger(t).is_some_and(|x| x.1));
        let party = if is_place { !locative && (listed || verb_after || ahead) } else { ahead || (listed && !titled) };
        if party && !titled && !out.contains(&name) {
            out.push(name);
        }
    }
    out
}

/// The most specific place the clause puts the event in: a place after "in"/"at",
/// or after a visit ("visited Washington", "a visit to Miami"); a landmark stands
/// for its city.
fn place(g: &Gazetteer, v: &SentenceView<'_, '_>, cs: usize, ce: usize) -> Option<Place> {
    let mut best: Option<(PlaceKind, usize, usize)> = None;
    for s in v.spans.iter().filter(|s| s.start >= cs && s.end <= ce) {
        let Ref::Place(p) = s.what else { continue };
        let mut k = s.start;
        while k > cs && matches!(v.w(k - 1), "the") {
            k -= 1;
        }
        if k == cs {
            continue;
        }
        let prep = v.w(k - 1);
        let head = if k >= 2 { v.w(k - 2) } else { "" };
        let ok = (LOCATIVE.contains(&prep) && !NOT_LOCATIVE_HEADS.contains(&head))
            || TRAVEL.contains(&prep)
            || (prep == "to" && TRAVEL.contains(&head))
            || (prep == "," && best.is_some_and(|(_, _, end)| end + 1 == s.start))
            // "in the Qatari capital, Doha"
            || (prep == "," && (k.saturating_sub(5)..k).any(|j| j >= cs && LOCATIVE.contains(&v.w(j))))
            // "welcomed him to the White House"
            || (prep == "to" && g.places[p].kind == PlaceKind::Landmark);
        // A place followed by a title ("Kremlin spokesman") is not where it happened.
        if !ok || title_before(g, v.toks, s.end + 1) {
            continue;
        }
        let (idx, kind) = match g.places[p].kind {
            PlaceKind::Landmark => (g.places[p].parent.unwrap_or(p), PlaceKind::Landmark),
            k => (p, k),
        };
        if best.is_none_or(|(bk, _, _)| kind < bk) {
            best = Some((kind, idx, s.end));
        }
    }
    best.map(|(_, idx, _)| g.place_of(idx))
}

/// People a delegation is said to include: "the U.S. delegation included A, B and C".
fn delegation_list(v: &SentenceView<'_, '_>, cs: usize, ce: usize) -> Vec<usize> {
    let people = |from: usize| -> Vec<usize> {
        v.spans
            .iter()
            .filter(|s| s.start >= from && s.end <= ce && v.w(s.end) != "'s")
            .filter_map(|s| if let Ref::Person(p) = s.what { Some(p) } else { None })
            .collect()
    };
    let listed = (cs..ce).find(|&i| {
        matches!(v.w(i), "delegation" | "team" | "side")
            && matches!(v.w(i + 1), "included" | "includes" | "comprised" | "consisted" | "was" | "led" | "headed")
    });
    match listed {
        Some(at) => people(at + 1),
        // "Ushakov, who sat in on the conversation together with Dmitriev";
        // "Dmitriev joined the Russian side".
        None if participation(v, cs, ce) => people(cs),
        None => Vec::new(),
    }
}

/// True when the clause says someone took part in an event already told.
fn participation(v: &SentenceView<'_, '_>, cs: usize, ce: usize) -> bool {
    (cs..ce).any(|i| match v.w(i) {
        "took" | "take" | "takes" | "taking" => v.w(i + 1) == "part",
        "sat" => matches!(v.w(i + 1), "in" | "on"),
        "attended" | "joined" | "accompanied" => true,
        "present" => matches!(if i > 0 { v.w(i - 1) } else { "" }, "was" | "were" | "also"),
        _ => false,
    })
}

/// "X invited Y to PLACE": the host of a visit.
fn invitation(r: &Reading<'_>, v: &SentenceView<'_, '_>, cs: usize, ce: usize) -> Option<Invitation> {
    let at = (cs..ce).find(|&i| v.w(i) == "invited")?;
    if (cs..at).any(|j| matches!(v.w(j), "not" | "never" | "if" | "would" | "could")) {
        return None;
    }
    // The inviter is the clause's subject: its first person that is not a modifier
    // ("Steve Witkoff, a Trump envoy who ..., invited").
    let host = v
        .spans
        .iter()
        .filter(|s| s.end <= at && s.start >= cs && v.w(s.end) != "'s" && v.w(s.end) != "envoy")
        .find_map(|s| if let Ref::Person(p) = s.what { Some(p) } else { None })?;
    let guest_span = v.spans.iter().find(|s| s.start > at && s.end <= ce && matches!(s.what, Ref::Person(_)))?;
    let Ref::Person(guest) = guest_span.what else { return None };
    if v.w(guest_span.end) != "to" {
        return None;
    }
    let place_span = v
        .spans
        .iter()
        .find(|s| s.start > guest_span.end && s.start <= guest_span.end + 3 && matches!(s.what, Ref::Place(_)))?;
    let Ref::Place(p) = place_span.what else { return None };
    Some(Invitation { host, guest, place: r.g.place_of(p) })
}

/// The latest day-precision date among drafts, for "later in the day".
pub(crate) fn context_date(drafts: &[Draft]) -> Option<DateSpan> {
    drafts.iter().rev().find_map(|d| d.date.filter(|s| s.precision == crate::model::Precision::Day && s.start == s.end))
}
