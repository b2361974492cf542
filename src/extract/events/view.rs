//! One sentence seen as tokens, names, dates and clauses, with the questions the
//! reader asks of it: is this word a trigger, where do clauses start, is this name
//! linked to the trigger, whom does "he" mean.

use super::lexicon::*;
use crate::extract::entities::{title_before, Ref, Span};
use crate::extract::gazetteer::Gazetteer;
use crate::extract::temporal::{self, Expr, Found, Reference, Rel, Tense};
use crate::extract::tokens::{Class, Token};
use crate::model::{DateSpan, EventKind};

/// The tokens, names and dates of one sentence, ready for clause analysis.
pub(crate) struct SentenceView<'a, 'b> {
    pub(crate) toks: &'b [Token<'a>],
    /// The tokens lower-cased, one after another ([`SentenceView::w`] slices it).
    pub(crate) low: Lower,
    pub(crate) spans: &'b [Span],
    /// Per token: the index into `spans` of the span covering it.
    pub(super) span_at: Vec<Option<usize>>,
    /// Per token: inside a quotation.
    pub(super) quoted: Vec<bool>,
    /// Date expressions with their token ranges.
    pub(super) dates: Vec<(usize, usize, Expr)>,
    /// Per token: part of a time phrase ("on Monday", "in December", "evening").
    pub(super) temporal: Vec<bool>,
    /// Per token: inside a date expression.
    pub(super) in_date: Vec<bool>,
}

impl<'a, 'b> SentenceView<'a, 'b> {
    pub(crate) fn new(text: &str, toks: &'b [Token<'a>], spans: &'b [Span]) -> Self {
        let low = Lower::new(toks);
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
                // Tokens are in text order: binary searches keep this linear overall.
                let s = toks.partition_point(|t| t.start < range.start);
                let e = toks.partition_point(|t| t.end <= range.end);
                (s < e).then_some((s, e, expr))
            })
            .collect::<Vec<_>>();
        let mut temporal = vec![false; toks.len()];
        let mut in_date = vec![false; toks.len()];
        let before_date =
            |w: &str| matches!(w, "on" | "in" | "at" | "during" | "by" | "since" | "until" | "from" | "of");
        for (s, e, _) in &dates {
            temporal[*s..*e].iter_mut().for_each(|t| *t = true);
            in_date[*s..*e].iter_mut().for_each(|t| *t = true);
            // "on Tuesday", and "on the same day".
            let mut s = *s;
            if s > 1 && low.at(s - 1) == "the" && before_date(low.at(s - 2)) {
                temporal[s - 1] = true;
                s -= 1;
            }
            if s > 0 && before_date(low.at(s - 1)) {
                temporal[s - 1] = true;
            }
        }
        for (i, w) in low.iter().enumerate() {
            if matches!(w, "morning" | "afternoon" | "evening" | "night" | "local" | "time" | "later" | "earlier") {
                temporal[i] = true;
            }
        }
        SentenceView { toks, low, spans, span_at, quoted, dates, temporal, in_date }
    }

    pub(super) fn w(&self, i: usize) -> &str {
        self.low.at(i)
    }

    /// Whether a person's name starts at token `j`.
    fn person_starts(&self, j: usize) -> bool {
        self.span_at
            .get(j)
            .copied()
            .flatten()
            .is_some_and(|n| self.spans[n].start == j && matches!(self.spans[n].what, Ref::Person(_)))
    }

    /// Whether a person's name starts within `n` tokens after `i`, with only
    /// capitalised words (a title) or "the" before it.
    fn person_soon(&self, i: usize, n: usize) -> bool {
        (i + 1..(i + 1 + n).min(self.toks.len()))
            .take_while(|&j| {
                self.person_starts(j)
                    || self.w(j) == "the"
                    || self.toks[j].text.chars().next().is_some_and(char::is_uppercase)
            })
            .any(|j| self.person_starts(j))
    }

    /// Whether the clause after `i` names a place to be in: "in Nairobi", "at the
    /// palace", "on the sidelines".
    fn place_ahead(&self, i: usize) -> bool {
        (i + 1..(i + 14).min(self.toks.len())).take_while(|&k| !matches!(self.w(k), "," | ";" | ".")).any(|k| {
            matches!(self.w(k), "sidelines" | "here")
                || matches!(self.w(k), "in" | "at")
                    && (self
                        .span_at
                        .get(k + 1)
                        .copied()
                        .flatten()
                        .is_some_and(|n| self.spans[n].start == k + 1 && matches!(self.spans[n].what, Ref::Place(_)))
                        || matches!(self.w(k + 1), "the" | "his" | "her" | "their")
                            && (k + 2..(k + 5).min(self.toks.len())).any(|m| {
                                matches!(
                                    self.w(m),
                                    "palace"
                                        | "residence"
                                        | "embassy"
                                        | "hotel"
                                        | "ministry"
                                        | "office"
                                        | "house"
                                        | "headquarters"
                                        | "summit"
                                        | "conference"
                                        | "chancellery"
                                        | "forum"
                                        // ("talked on Monday in the capital".)
                                        | "capital"
                                        | "city"
                                        | "town"
                                        | "villa"
                                        | "home"
                                        | "hall"
                                        | "castle"
                                        | "compound"
                                )
                            }))
        })
    }

    /// Whether the person named after `i` is followed by a place or a day: "saw Y in
    /// Benghazi", "was with Y on 4 April", "at his residence".
    fn place_or_day_after_person(&self, i: usize) -> bool {
        let Some(j) = (i + 1..(i + 4).min(self.toks.len())).find(|&j| self.person_starts(j)) else { return false };
        let Some(n) = self.span_at[j] else { return false };
        let mut e = self.spans[n].end;
        // ("saw Mr. Vorster and Mr. Smith in Pretoria": past a list of people.)
        for _ in 0..3 {
            let next = (e + 1..(e + 4).min(self.toks.len())).find(|&j| self.person_starts(j));
            match next.and_then(|j| self.span_at[j]) {
                Some(m) if matches!(self.w(e), "and" | ",") => e = self.spans[m].end,
                _ => break,
            }
        }
        e < self.toks.len()
            && (self.temporal[e]
                || matches!(self.w(e), "in" | "at")
                    && (self
                        .span_at
                        .get(e + 1)
                        .copied()
                        .flatten()
                        .is_some_and(|m| matches!(self.spans[m].what, Ref::Place(_)))
                        || matches!(self.w(e + 1), "the" | "his" | "her" | "their")))
    }

    /// Whether "discussed" at `i` is followed by "with" someone named and where
    /// they were: "discussed the plan with President Y at the White House", "in
    /// Lima" (a venue after the person, not a topic's place before it).
    fn discussed_with_someone_at(&self, i: usize) -> bool {
        let Some(w) = (i + 1..(i + 8).min(self.toks.len()))
            .take_while(|&k| !matches!(self.w(k), "," | ";" | "."))
            .find(|&k| self.w(k) == "with")
        else {
            return false;
        };
        let Some(j) = (w + 1..(w + 5).min(self.toks.len())).find(|&j| self.person_starts(j)) else { return false };
        if !self.person_soon(w, j - w) {
            return false;
        }
        let Some(n) = self.span_at[j] else { return false };
        let e = self.spans[n].end;
        let place_at = |k: usize| {
            self.span_at
                .get(k)
                .copied()
                .flatten()
                .is_some_and(|m| self.spans[m].start == k && matches!(self.spans[m].what, Ref::Place(_)))
        };
        matches!(self.w(e), "in" | "at") && (place_at(e + 1) || self.w(e + 1) == "the" && place_at(e + 2))
    }

    /// Whether a verb of calling at `i` has a person as its object and what follows
    /// says it was a call ("called Albanese on Tuesday", "rang Carney to discuss"),
    /// not a name given ("called Albanese a friend", "called Putin crazy").
    /// A title may stand between ("called Prime Minister Albanese").
    fn calls_a_person(&self, i: usize) -> bool {
        // ("called the emir the same day": a day, not what she called him.)
        self.called_person_end(i).is_some_and(|e| {
            e >= self.toks.len()
                || self.temporal[e]
                || AFTER_CALLED.contains(&self.w(e))
                || self.w(e) == "the" && self.temporal.get(e + 1).is_some_and(|&t| t)
        })
    }

    /// Where the name of the person right after `i` ends, past a title.
    fn called_person_end(&self, i: usize) -> Option<usize> {
        // ("spoke to Israeli Prime Minister X": past a nationality.)
        let demonym = |j: usize| self.span_at[j].is_some_and(|n| matches!(self.spans[n].what, Ref::Demonym(_)));
        let from = if self.toks.len() > i + 1 && demonym(i + 1) { i + 2 } else { i + 1 };
        let first = (from..(from + 4).min(self.toks.len()))
            .find(|&j| {
                self.span_at[j].is_some()
                    || self.toks[j].class != Class::Word
                    || !self.toks[j].text.chars().next().is_some_and(char::is_uppercase)
            })
            .unwrap_or(from);
        // "called the emir of Qatar, Sheikh Tamim, ...", "spoke to Qatar's prime
        // minister, Sheikh X", "rang his Israeli counterpart, X": a title, then the
        // name.
        let country_s = self.span_at.get(i + 1).copied().flatten().is_some_and(|n| {
            matches!(self.spans[n].what, Ref::Place(_)) && self.spans[n].end == i + 2 && self.w(i + 2) == "'s"
        });
        // ("called the emir the same day": the title the page gave someone.)
        if self.w(i + 1) == "the" {
            if let Some(s) = self.span_at.get(i + 2).copied().flatten().map(|n| &self.spans[n]) {
                if s.start == i + 2 && matches!(s.what, Ref::Person(_)) {
                    return Some(s.end);
                }
            }
        }
        if matches!(self.w(i + 1), "the" | "his" | "her" | "their") || country_s {
            let comma = (i + 2..(i + 8).min(self.toks.len())).find(|&j| self.w(j) == ",")?;
            let plain = (i + 2..comma).all(|j| {
                (self.toks[j].class == Class::Word || self.w(j) == "'s")
                    && self.span_at[j].is_none_or(|n| matches!(self.spans[n].what, Ref::Place(_) | Ref::Demonym(_)))
            });
            // (Past a title of address: ", Sheikh Tamim".)
            let at = (comma + 1..(comma + 4).min(self.toks.len())).find(|&j| {
                self.span_at[j].is_some()
                    || self.toks[j].class != Class::Word
                    || !self.toks[j].text.chars().next().is_some_and(char::is_uppercase)
            })?;
            let s = self.span_at[at].map(|n| &self.spans[n])?;
            // (Not "called her husband, X, a hero".)
            let named = self.w(s.end) == "," && matches!(self.w(s.end + 1), "a" | "an" | "the" | "his" | "her" | "one");
            return (plain && s.start == at && matches!(s.what, Ref::Person(_)) && !named).then_some(s.end);
        }
        let s = self.span_at.get(first).copied().flatten().map(|n| &self.spans[n])?;
        (s.start == first && matches!(s.what, Ref::Person(_))).then_some(s.end)
    }

    pub(super) fn trigger(&self, i: usize) -> Option<(EventKind, bool)> {
        let w = self.w(i);
        let prev = if i > 0 { self.w(i - 1) } else { "" };
        let next = self.w(i + 1);
        match w {
            // "a virtual meeting", "an online summit", "telephone talks": on screens
            // or the line, so a call.
            "meeting" | "meetings" | "summit" | "talks"
                if matches!(prev, "virtual" | "online" | "video" | "phone" | "telephone") =>
            {
                Some((EventKind::Call, true))
            }
            // ("met virtually", "will meet online": a call.)
            "meet" | "meets" | "met" if matches!(next, "virtually" | "online") => Some((EventKind::Call, false)),
            "meet" | "meets" | "met" | "meeting" | "meetings" => {
                // ("ASEAN foreign ministers will hold their annual meeting in Manila".)
                let their_annual = prev == "annual" && i >= 2 && self.w(i - 2) == "their";
                // ("Serbia's government meets on Monday to decide": the cabinet, not
                // the government meeting someone.)
                if prev == "government"
                    && matches!(w, "meets" | "met" | "meet")
                    && (self.temporal[i + 1] || matches!(next, "on" | "to" | "again" | "today" | "tomorrow" | "later"))
                {
                    return None;
                }
                (!INTERNAL.contains(&prev) || their_annual).then_some((EventKind::Meeting, w.starts_with("meeting")))
            }
            // ("the summit preparations", "the summit venue": a thing of the summit,
            // not the summit told.)
            "summit"
                if matches!(
                    next,
                    "preparations" | "preparation" | "agenda" | "venue" | "declaration" | "communique" | "logistics"
                        | "documents" | "organisers" | "organizers" | "hall" | "site" | "security"
                ) =>
            {
                None
            }
            // ("agreed to restart dialogue": a process, not a meeting.)
            "dialogue"
                if matches!(
                    prev,
                    "restart" | "resume" | "reopen" | "revive" | "relaunch" | "continue" | "deepen" | "pursue"
                ) =>
            {
                None
            }
            "talks" | "negotiations" | "summit" | "summits" | "discussions" | "consultations" | "encounter"
            // ("their annual summit" is the leaders' own; "annual talks" a body's.)
            | "dialogue" => (!INTERNAL.contains(&prev) || prev == "annual" && w.starts_with("summit"))
                .then_some((EventKind::Meeting, true)),
            // "chaired a round-table with X" (not "round-table talks": those are the
            // trigger).
            "roundtable" | "table"
                if (w == "roundtable" || prev == "-" && i >= 2 && self.w(i - 2) == "round")
                    && !matches!(next, "talks" | "meeting" | "meetings" | "discussion" | "discussions") =>
            {
                Some((EventKind::Meeting, true))
            }
            // ("welcomed the agreement", "received a letter": a thing, not a guest.)
            "hosted" | "hosts" | "host" | "hosting" | "received" | "receives" | "receive" | "receiving"
            | "welcomed" | "welcomes" | "dined" | "dines" | "lunched" | "entertained" | "entertains" => {
                let thing = (i + 1..(i + 4).min(self.toks.len())).any(|k| THINGS.contains(&self.w(k)));
                (!thing).then_some((EventKind::Meeting, false))
            }
            // "was at the station to welcome Y" (not "to welcome the agreement"), "was
            // at the foot of the steps to greet him".
            "welcome" | "greet"
                if prev == "to"
                    && (self.person_soon(i, 3) || matches!(next, "him" | "her" | "them"))
                    && !(i + 1..(i + 4).min(self.toks.len())).any(|k| THINGS.contains(&self.w(k))) =>
            {
                Some((EventKind::Meeting, false))
            }
            // "is due in Beirut on Tuesday to brief Prime Minister X", "flew to Accra
            // to brief President Y": a trip to see them (not "telephoned X to brief
            // him": the call).
            "brief"
                if prev == "to"
                    // ("to brief African Union Commission chairman Alpha Konare".)
                    && (i + 1..(i + 7).min(self.toks.len()))
                        .take_while(|&k| self.toks[k].class == Class::Word)
                        .any(|k| self.person_starts(k))
                    && (i.saturating_sub(10)..i).any(|k| TRAVEL.contains(&self.w(k)) || self.w(k) == "due")
                    && !(i.saturating_sub(10)..i).any(|k| {
                        matches!(self.w(k), "telephoned" | "phoned" | "called" | "rang" | "spoke" | "call" | "letter")
                    }) =>
            {
                Some((EventKind::Meeting, false))
            }
            // (Not "from the dinner table", "the lunch hour".)
            "dinner" | "lunch" | "breakfast" | "banquet" | "luncheon"
                if !matches!(next, "table" | "hour" | "break" | "time") =>
            {
                Some((EventKind::Meeting, true))
            }
            // "X was Y's guest in Moscow", "had been the guest of Y in Warsaw".
            "guest"
                if (prev == "'s"
                    // ("the guest of party leader Edward Gierek".)
                    || next == "of"
                        && (i + 2..(i + 7).min(self.toks.len()))
                            .take_while(|&k| !matches!(self.w(k), "," | ";" | "."))
                            .any(|k| self.person_starts(k)))
                    && (i.saturating_sub(5)..i).any(|k| matches!(self.w(k), "was" | "were" | "is" | "been" | "be" | "as")) =>
            {
                Some((EventKind::Meeting, true))
            }
            // "A and B conferred in Ashgabat", "conferred with Y" (not "conferred the
            // title on him"; "conferred by phone" is the phone's call).
            "conferred" | "confer" | "confers" | "conferring"
                if (next == "with" && self.person_soon(i + 1, 3)
                    || matches!(next, "in" | "at" | "on" | "for" | "privately" | "again")
                        && (self.people_joined_before(i) || self.leaders_before(i)))
                    && !(i + 1..(i + 8).min(self.toks.len()))
                        .any(|k| matches!(self.w(k), "phone" | "telephone" | "video")) =>
            {
                Some((EventKind::Meeting, false))
            }
            // "Putin saw A and B separately", "is due in Ankara to see Prime Minister
            // B": a person seen is met (not "saw Putin's remarks", "saw B as a
            // partner", "saw B on television").
            "saw" | "see" | "sees" | "seeing"
                if self.person_soon(i, 4)
                    && (i + 1..(i + 5).min(self.toks.len())).find(|&j| self.person_starts(j)).is_some_and(|j| {
                        let end = self.span_at[j].map_or(j, |n| self.spans[n].end);
                        !matches!(self.w(end), "'s" | "as" | "speak" | "win" | "lose" | "die" | "-")
                            && !(end..(end + 4).min(self.toks.len()))
                                .any(|k| matches!(self.w(k), "television" | "tv" | "screen" | "video" | "film"))
                    }) =>
            {
                Some((EventKind::Meeting, false))
            }
            // "A and B spent some six hours together in the Kremlin".
            "together"
                if matches!(prev, "hours" | "hour" | "minutes" | "days" | "day" | "evening" | "morning" | "afternoon")
                    && (i.saturating_sub(5)..i).any(|k| matches!(self.w(k), "spent" | "spends" | "spend" | "spending")) =>
            {
                Some((EventKind::Meeting, false))
            }
            // "Rubio and Fidan discussed Syria in Ankara on Tuesday": two people
            // discussing in a named place met there (not "by phone", below).
            "discussed" | "discuss" | "discusses"
                if self.discussed_with_someone_at(i)
                    && !(i + 1..(i + 16).min(self.toks.len()))
                        .any(|k| matches!(self.w(k), "phone" | "telephone" | "video" | "call" | "letter")) =>
            {
                Some((EventKind::Meeting, false))
            }
            "discussed" | "discuss" | "discusses"
                if self.people_joined_before(i)
                    && (i + 1..(i + 12).min(self.toks.len())).take_while(|&k| self.w(k) != ",").any(|k| {
                        self.w(k) == "in"
                            // ("discussed the situation in Gaza": a topic, not a venue.)
                            && !matches!(
                                self.w(k - 1),
                                "situation" | "war" | "crisis" | "conflict" | "fighting" | "violence" | "developments"
                                    | "events" | "tensions" | "security" | "peace" | "elections" | "election"
                                    | "ceasefire" | "truce" | "investment" | "investments" | "projects" | "presence"
                                    | "operations" | "attacks" | "unrest" | "reconstruction" | "aid" | "troops"
                            )
                            && self.span_at.get(k + 1).copied().flatten().is_some_and(|n| {
                                self.spans[n].start == k + 1 && matches!(self.spans[n].what, Ref::Place(_))
                            })
                    })
                    && !(i + 1..(i + 12).min(self.toks.len()))
                        .any(|k| matches!(self.w(k), "phone" | "telephone" | "video" | "call" | "letter")) =>
            {
                Some((EventKind::Meeting, false))
            }
            // "Rubio and Lavrov shook hands": only in person.
            "shook" | "shake" | "shaking" if next == "hands" => Some((EventKind::Meeting, false)),
            // "will continue their conversations at Murree": talks, in person.
            "conversations"
                if matches!(prev, "their" | "the")
                    && i >= 2
                    && matches!(self.w(i - 2), "continue" | "continued" | "resume" | "resumed" | "continues") =>
            {
                Some((EventKind::Meeting, true))
            }
            // "had a tête-à-tête with her".
            "tête" | "tete" if next == "-" && matches!(self.w(i + 2), "à" | "a") && prev != "-" => {
                Some((EventKind::Meeting, true))
            }
            // "is due to hold a bilateral with Y", "a bilateral on the sidelines": the
            // noun (not "a bilateral meeting", which "meeting" tells, nor "bilateral
            // trade").
            "bilateral" | "bilaterals"
                if matches!(prev, "a" | "the" | "their" | "his" | "her" | "brief" | "short")
                    && matches!(next, "with" | "on" | "at" | "in" | "." | ",") =>
            {
                Some((EventKind::Meeting, true))
            }
            // "held negotiation with", "negotiated with" (translated copy).
            "negotiation" if matches!(prev, "held" | "hold" | "holds" | "holding") => Some((EventKind::Meeting, true)),
            "negotiated" | "negotiates" if next == "with" => Some((EventKind::Meeting, false)),
            // "flew to Paris to dine with Hollande".
            "dine" | "dining" | "breakfasts" | "breakfasted" | "lunches" | "lunching" | "supped"
                if next == "with" =>
            {
                Some((EventKind::Meeting, false))
            }
            // "sat down with", "sitting down with", "the two sat down together"
            // ("A and B sat down at the concert hall for two hours": two people named
            // together, then where, when or for how long.)
            "sat" | "sit" | "sits" | "sitting"
                if next == "down"
                    && (matches!(self.w(i + 2), "with" | "together")
                        || matches!(self.w(i + 2), "at" | "in" | "on" | "for") && self.people_joined_before(i)) =>
            {
                Some((EventKind::Meeting, false))
            }
            // "A and B last sat together in Moscow", "sat with Y through the night".
            "sat" | "sit" | "sits" | "sitting"
                if next == "together" || next == "with" && self.person_soon(i + 1, 3) =>
            {
                Some((EventKind::Meeting, false))
            }
            // "ASEAN leaders will gather in Vientiane", "the heads of state, gathered in
            // Abuja", "A, B and C convened in Lima": leaders or named people coming
            // together somewhere (not "crowds gathered", "gathered evidence").
            "gather" | "gathers" | "gathered" | "gathering" | "convene" | "convenes" | "convened" | "convening"
                if matches!(next, "in" | "at" | "on" | "again" | "here" | "there" | "together" | "for")
                    && self.leaders_before(i) =>
            {
                Some((EventKind::Meeting, false))
            }
            // "brought A and B together in Paris": who brought them met them.
            "brought" | "brings" | "bring" | "bringing"
                if (i + 2..(i + 16).min(self.toks.len()))
                    .take_while(|&k| !matches!(self.w(k), ";" | "." | "but"))
                    .any(|k| {
                        self.w(k) == "together"
                            && (i + 1..k).any(|j| {
                                self.person_starts(j)
                                    // ("brought the two leaders together".)
                                    // (Told as done: "hopes to bring the two leaders
                                    // together" is a wish.)
                                    || w == "brought"
                                        && self.w(j) == "two"
                                        && matches!(self.w(j + 1), "leaders" | "presidents" | "premiers" | "men")
                            })
                    }) =>
            {
                Some((EventKind::Meeting, false))
            }
            // "X was with Y in Tripoli on 4 April": in one place together.
            "with" if matches!(prev, "was" | "were") && self.person_soon(i, 3) && self.place_or_day_after_person(i) => {
                Some((EventKind::Meeting, false))
            }
            // "spent five hours with Y", "had 25 minutes with Y", "had tea with Y":
            // time in a person's company (not "on the phone").
            "with"
                if (matches!(
                    prev,
                    "hours" | "hour" | "minutes" | "days" | "day" | "evening" | "morning" | "afternoon" | "weekend" | "night"
                ) && (i.saturating_sub(6)..i).any(|k| {
                        matches!(self.w(k), "spent" | "spends" | "spend" | "spending" | "had" | "has" | "have" | "having")
                    })
                    || matches!(prev, "tea" | "coffee" | "drinks")
                        && i >= 2
                        && matches!(
                            self.w(i - 2),
                            "had" | "has" | "have" | "having" | "for" | "over" | "took" | "takes" | "take" | "taking"
                        ))
                    && self.person_soon(i, 3)
                    && !(i + 1..(i + 10).min(self.toks.len()))
                        .any(|k| matches!(self.w(k), "phone" | "telephone" | "video" | "line")) =>
            {
                Some((EventKind::Meeting, false))
            }
            // "the next day X saw Y in Benghazi", "went to see Y at his residence": a
            // person seen somewhere (not "saw Y on television").
            // "had toured Dili with General Y on Saturday": together in person.
            // "Two days later he was in Ankara with Erdogan": in a town, with someone.
            "was" | "were"
                if self.w(i + 1) == "in"
                    && self.span_at.get(i + 2).copied().flatten().is_some_and(|n| {
                        let s = &self.spans[n];
                        s.start == i + 2
                            && matches!(s.what, Ref::Place(_))
                            && self.w(s.end) == "with"
                            && self.span_at.get(s.end + 1).copied().flatten().is_some_and(|m| {
                                self.spans[m].start == s.end + 1 && matches!(self.spans[m].what, Ref::Person(_))
                            })
                    }) =>
            {
                Some((EventKind::Meeting, false))
            }
            "toured" | "tours" | "touring"
                if (i + 1..(i + 6).min(self.toks.len()))
                    .take_while(|&k| !matches!(self.w(k), "," | ";" | "."))
                    .any(|k| self.w(k) == "with" && self.person_soon(k, 3)) =>
            {
                Some((EventKind::Meeting, false))
            }
            // "X greeted Y at the airport": in person (not "greeted the news").
            "greeted" | "greets" if self.person_soon(i, 3) => Some((EventKind::Meeting, false)),
            // "A and B co-chaired the commission", "A and B negotiated through the
            // night": together.
            "negotiated" if self.people_joined_before(i) => Some((EventKind::Meeting, false)),
            "chaired" if prev == "-" && i >= 2 && self.w(i - 2) == "co" && self.people_joined_before(i - 2) => {
                Some((EventKind::Meeting, false))
            }
            // "Ohira sat down separately with Chi", "will sit down with Y": talks.
            "sat" | "sit" | "sits" | "sitting"
                if self.w(i + 1) == "down"
                    && (i + 2..(i + 5).min(self.toks.len()))
                        .take_while(|&k| !matches!(self.w(k), "," | ";" | "."))
                        .any(|k| self.w(k) == "with" && self.person_soon(k, 3)) =>
            {
                Some((EventKind::Meeting, false))
            }
            // "Clinton had seen Mori earlier the same day".
            "seen" if matches!(prev, "had" | "has" | "have") && self.person_soon(i, 3) && self.place_or_day_after_person(i) => {
                Some((EventKind::Meeting, false))
            }
            // "They will see each other again on Saturday" (not "see each other as
            // partners").
            "saw" | "see" | "sees" | "seeing" | "seen"
                if next == "each" && self.w(i + 2) == "other" && !matches!(self.w(i + 3), "as" | "\"") =>
            {
                Some((EventKind::Meeting, false))
            }
            // ("is expected in Monrovia next week to brief President X": a journey
            // to brief someone, in person.)
            "saw" | "see" | "sees" | "seeing" | "brief"
                if self.person_soon(i, 3)
                    && (!matches!(w, "see" | "brief")
                        || prev == "to"
                            && i >= 2
                            && matches!(self.w(i - 2), "went" | "came" | "flew" | "go" | "goes" | "come" | "comes" | "travelled" | "traveled" | "scheduled" | "due" | "expected")
                        // ("went to Luanda in July 1986 to see Mr. dos Santos", "is due in
                        // Ankara on Tuesday to see X".)
                        || prev == "to"
                            && (i.saturating_sub(10)..i - 1)
                                .rev()
                                .take_while(|&k| !matches!(self.w(k), "," | ";"))
                                .any(|k| {
                                    matches!(self.w(k), "went" | "flew" | "travelled" | "traveled" | "arrived" | "came")
                                        || matches!(self.w(k), "due" | "expected")
                                            && matches!(self.w(k + 1), "in" | "at" | "back")
                                }))
                    && (matches!(w, "see" | "brief") || self.place_or_day_after_person(i)) =>
            {
                Some((EventKind::Meeting, false))
            }
            "visit" | "visits" | "visited" | "visiting" => Some((EventKind::Meeting, w == "visit" || w == "visits")),
            // "He is also scheduled to call on Prime Minister Modi": a courtesy call,
            // in person (not "calls on Putin to accept a ceasefire").
            "call" | "calls" | "calling" if !CALL_DET.contains(&prev) && self.courtesy_call(i) => {
                Some((EventKind::Meeting, false))
            }
            // "returning the call X paid on him at Stormont", "paid a call on Y": a
            // visit in person.
            "call" | "calls"
                if matches!(prev, "a" | "the" | "courtesy")
                    && (i >= 2 && matches!(self.w(i - 2), "paid" | "pay" | "pays" | "paying" | "returning" | "returned")
                        || (i + 1..(i + 6).min(self.toks.len()))
                            .take_while(|&k| !matches!(self.w(k), "," | ";"))
                            .any(|k| matches!(self.w(k), "paid" | "pays") && self.w(k + 1) == "on")) =>
            {
                Some((EventKind::Meeting, true))
            }
            // "began the day with a call on President X": a visit (not "a call on
            // Monday", "a call on Kyiv to ...").
            "call"
                if matches!(prev, "a" | "the")
                    && self.courtesy_call(i)
                    && self.toks.get(i + 2).is_some_and(|t| t.is_capitalised())
                    && !self.temporal[i + 2]
                    && self.span_at[i + 2].is_none_or(|n| matches!(self.spans[n].what, Ref::Person(_))) =>
            {
                Some((EventKind::Meeting, true))
            }
            // "is expected to call Omar Haddad later this week", "will call X".
            "call" if matches!(prev, "to" | "will" | "would" | "ll") && self.calls_a_person(i) => {
                Some((EventKind::Call, false))
            }
            "call" | "calls" => {
                // A noun after a determiner ("a phone call on Monday"); otherwise the
                // verb ("called on", "calls for") unless "call with" says otherwise.
                let noun = CALL_DET.contains(&prev)
                    || (matches!(next, "with" | "between") && !matches!(prev, "to" | "will" | "would"));
                if noun && prev != "so" {
                    Some((EventKind::Call, true))
                } else if w == "calls"
                    && prev != "so"
                    && self.called_person_end(i).is_some_and(|e| {
                        e < self.toks.len() && (self.temporal[e] || matches!(self.w(e), "back" | "again" | "late"))
                    })
                {
                    // "X calls Y back", "calls Y on Friday": the verb (a headline's
                    // "X calls Y" may name Y anything).
                    Some((EventKind::Call, false))
                } else {
                    None
                }
            }
            "phoned" | "telephoned" | "videoconference" | "teleconference" => Some((EventKind::Call, false)),
            // "will telephone President X on his return", "is to phone him": the verb
            // (not "the telephone", "by telephone").
            "telephone" | "phone"
                if matches!(
                    prev,
                    "to" | "will" | "would" | "ll" | "shall" | "could" | "can" | "may" | "might" | "must" | "should"
                ) && (self.person_soon(i, 5) || matches!(next, "him" | "her" | "them")) =>
            {
                Some((EventKind::Call, false))
            }
            // "will report to Bush by telephone": a call to him.
            "report" | "reports" | "reported"
                if next == "to"
                    && self.person_soon(i + 1, 3)
                    && (i + 3..(i + 10).min(self.toks.len()))
                        .any(|k| matches!(self.w(k), "phone" | "telephone") && self.w(k - 1) == "by") =>
            {
                Some((EventKind::Call, false))
            }
            // "Modi called Albanese on Tuesday", "rang Carney to discuss tariffs" (not
            // "called Albanese a friend", "a group called ...").
            "called" | "rang" | "rung" | "ring" | "dialled" | "dialed" | "phones" | "telephones" | "rings"
                if !matches!(prev, "so" | "group" | "movement" | "party" | "man" | "woman" | "figure")
                    && self.calls_a_person(i) =>
            {
                Some((EventKind::Call, false))
            }
            // "discussed trade by phone", "over the telephone", "via video link" (not
            // "told reporters by phone": an interview).
            "phone" | "telephone" | "video"
                if (prev == "by"
                    || prev == "via"
                    || (prev == "the" && i >= 2 && matches!(self.w(i - 2), "over" | "on")))
                    && (w != "video" || matches!(next, "link" | "call" | "conference"))
                    // ("on the phone with", "by phone to": the noun, below.)
                    && !matches!(next, "with" | "to")
                    && !(i.saturating_sub(8)..i).any(|k| SPEECH.contains(&self.w(k)) || self.w(k) == "interview")
                    // ("watched, by video link, the reopening": a ceremony seen from afar.)
                    && !(i.saturating_sub(5)..i).any(|k| {
                        matches!(
                            self.w(k),
                            "watched" | "watch" | "witnessed" | "witness" | "addressed" | "address" | "opened"
                                | "inaugurated" | "inaugurate" | "launched" | "unveiled" | "observed"
                        )
                    })
                    // ("spoke by phone", "a call by phone": the verb is the trigger.)
                    && !(i.saturating_sub(6)..i).any(|k| {
                        matches!(
                            self.w(k),
                            "spoke" | "spoken" | "speak" | "speaks" | "speaking" | "talked" | "talk" | "talks" | "call"
                                | "calls" | "called" | "conversation" | "meeting" | "met" | "phoned" | "rang"
                        )
                    }) =>
            {
                Some((EventKind::Call, false))
            }
            // "to sign the treaty with Albanese", "signed the accord with X", "signed
            // a peace agreement alongside X": signed together, in person.
            "sign" | "signs" | "signed" | "signing"
                if (i + 1..i + 7)
                    .take_while(|&k| self.w(k) != ",")
                    .any(|k| matches!(self.w(k), "with" | "alongside")) =>
            {
                Some((EventKind::Meeting, false))
            }
            // "the accord, signed by A and B in Lima", "signed in Manila on July 8 by A
            // and B": two people signing together (not "signed by the president").
            // ("initialled in London by the two ambassadors, A and B".)
            "signed" | "initialled" | "initialed" if self.signed_by_two(i) => Some((EventKind::Meeting, false)),
            // "Starmer and Merz signed a treaty": two people signing together ("are
            // due to sign the accord": will).
            // ("A and B initialled the draft treaty": signed it together.)
            "signed" | "sign" | "initialled" | "initialed"
                // ("A and B signed it there": the agreement told before.)
                // ("signed yesterday, at the port of Ilo, the agreements": past a
                // phrase of place or time between commas.)
                if (next == "it" || self.object_words(i, 14).any(|k| DOCUMENTS.contains(&self.w(k)))
                    // ("A and B initialled the text": a draft is initialled.)
                    || matches!(w, "initialled" | "initialed") && self.object_words(i, 4).any(|k| self.w(k) == "text")
                    // ("a treaty that A and B signed in Rarotonga": the text before.)
                    || self.document_relative_before(i))
                    && self.people_joined_before(if w == "sign" { self.verb_group_start(i) } else { i }) =>
            {
                Some((EventKind::Meeting, false))
            }
            // "A and B put their signatures to the treaty": signed it together.
            // ("have put their names to the document".)
            "signatures" | "names"
                if prev == "their"
                    && i >= 2
                    && matches!(self.w(i - 2), "put" | "set" | "added" | "affixed")
                    && (w == "signatures" || matches!(next, "to" | "on"))
                    && self.people_joined_before(
                        if i >= 3 && matches!(self.w(i - 3), "have" | "has" | "had") { i - 3 } else { i - 2 },
                    ) =>
            {
                Some((EventKind::Meeting, false))
            }
            "conversation" | "conversations" => {
                if matches!(prev, "phone" | "telephone" | "video") {
                    Some((EventKind::Call, true))
                } else {
                    // "had a private conversation with X": in person, unless a phone
                    // is named after it ("a long conversation with X by telephone").
                    let had = (i.saturating_sub(4)..i).any(|k| matches!(self.w(k), "had" | "held" | "has" | "have"));
                    let phone_ahead =
                        (i + 1..(i + 12).min(self.toks.len())).any(|k| matches!(self.w(k), "phone" | "telephone" | "video"));
                    (had && next == "with").then_some((if phone_ahead { EventKind::Call } else { EventKind::Meeting }, true))
                }
            }
            // "had last sat at the same table in Pretoria".
            "table"
                if prev == "same"
                    && i >= 4
                    && self.w(i - 2) == "the"
                    && matches!(self.w(i - 3), "at" | "around")
                    && matches!(self.w(i - 4), "sat" | "sit" | "sits" | "sitting" | "seated") =>
            {
                Some((EventKind::Meeting, false))
            }
            // "their first formal sit-down".
            "sit" if next == "-" && self.w(i + 2) == "down" => Some((EventKind::Meeting, true)),
            // "held a video conference with X" (not "a press conference").
            // "A and B held a joint news conference": side by side.
            "conference"
                if matches!(prev, "news" | "press")
                    && i >= 4
                    && self.w(i - 2) == "joint"
                    && matches!(self.w(i - 4), "held" | "hold" | "gave" | "give")
                    && self.w(i - 3) == "a"
                    && self.people_joined_before(i - 4) =>
            {
                Some((EventKind::Meeting, true))
            }
            "conference" | "conferences" if prev == "video" => Some((EventKind::Call, true)),
            // "A and the leaders of B ended their conference on the bridge": the
            // parties' own (not "a press conference", "the conference hall").
            "conference"
                if prev == "their"
                    && i >= 2
                    && HOLDING.contains(&self.w(i - 2))
                    && !matches!(next, "call" | "room" | "hall" | "centre" | "center") =>
            {
                Some((EventKind::Meeting, true))
            }
            "spoke" | "spoken" | "speaks" | "speak" | "talked" | "talk" | "speaking" => {
                // "spoke with", "spoke by phone", "spoke to X by telephone".
                // ("spoke for 20 minutes with X", "spoke for the first time with X":
                // the word after the span of time.)
                let after = if next == "for" && !matches!(w, "talked" | "talk") {
                    (i + 2..i + 7)
                        .take_while(|&k| !matches!(self.w(k), "," | "." | ";"))
                        .find(|&k| matches!(self.w(k), "minutes" | "minute" | "hours" | "hour" | "time"))
                        .map_or(next, |k| self.w(k + 1))
                } else {
                    next
                };
                let phone_ahead =
                    (i + 1..i + 8).any(|k| matches!(self.w(k), "phone" | "telephone" | "video" | "hotline"));
                if w == "talk"
                    && matches!(prev, "held" | "hold" | "holds" | "holding" | "official" | "formal" | "bilateral")
                {
                    // "held official talk with him": the noun, translated.
                    Some((EventKind::Meeting, true))
                } else if (after == "with" || next == "to" && self.calls_a_person(i + 1))
                    && !phone_ahead
                    && self.place_ahead(i)
                {
                    // "spoke with Y in Nairobi on Monday", "spoke to Y at the summit":
                    // face to face.
                    Some((EventKind::Meeting, false))
                } else if after == "with"
                    || (matches!(next, "by" | "on" | "to" | "over" | "via" | "for") && phone_ahead)
                    // "spoke to Prime Minister Y on Tuesday": the line, unless a
                    // place says they were together.
                    || (next == "to" && self.calls_a_person(i + 1) && !self.place_ahead(i))
                    // "A and B spoke on Tuesday", "A and B spoke late on Monday".
                    || (matches!(w, "spoke" | "talked")
                        && self.people_joined_before(i)
                        && (self.temporal[i + 1] || matches!(next, "on" | "late" | "again") && self.temporal[i + 2])
                        && !self.place_ahead(i))
                {
                    Some((EventKind::Call, false))
                } else if matches!(w, "spoke" | "talked")
                    && self.people_joined_before(i)
                    && (self.temporal[i + 1] || matches!(next, "on" | "late" | "again") && self.temporal[i + 2])
                {
                    // "A and B talked on Monday in the capital": face to face.
                    Some((EventKind::Meeting, false))
                } else if matches!(w, "talked" | "talk")
                    && (matches!(next, "for" | "privately" | "alone" | "face" | "in" | "at" | "until" | "into")
                        || matches!(next, "well" | "late") && self.w(i + 2) == "into")
                {
                    // "Trump and Putin talked for nearly three hours", "talked alone",
                    // "talked well into the night".
                    Some((EventKind::Meeting, false))
                } else {
                    None
                }
            }
            // "had a brief chat on a sofa", "a chat with X" (a phone chat is a call);
            // "A and B chatted on the sidelines", "chatted with X".
            "chat" | "chats"
                if (i.saturating_sub(4)..i).any(|k| matches!(self.w(k), "had" | "have" | "has" | "having" | "held"))
                    && matches!(next, "with" | "on" | "at" | "in" | "over" | "during" | "," | ".") =>
            {
                let phone = matches!(prev, "phone" | "telephone" | "video");
                Some((if phone { EventKind::Call } else { EventKind::Meeting }, true))
            }
            "chatted" if next == "with" || self.people_joined_before(i) => Some((EventKind::Meeting, false)),
            // "joins the other G7 leaders in Shima", "joined NATO leaders for the
            // working session": a gathering of a body's leaders.
            "join" | "joins" | "joined" | "joining" => {
                let mut k = i + 1;
                while matches!(self.w(k), "the" | "other" | "fellow") {
                    k += 1;
                }
                let body = self.span_at.get(k).copied().flatten().filter(|&n| matches!(self.spans[n].what, Ref::Org(_)));
                let after = body.map_or(k, |n| self.spans[n].end);
                (body.is_some()
                    && matches!(self.w(after), "leaders" | "heads" | "counterparts" | "ministers" | "partners"))
                .then_some((EventKind::Meeting, false))
            }
            // "on the phone with", "by phone to".
            "phone" | "telephone" | "hotline" if matches!(next, "with" | "to") && matches!(prev, "the" | "by") => {
                Some((EventKind::Call, true))
            }
            // "The first round, held in ...", "the 24th round".
            "round" | "rounds" if (ORDINALS.contains(&prev) || numbered(prev)) && next != "of" => {
                Some((EventKind::Meeting, true))
            }
            // "Wang Yi also called on Prime Minister Modi": a courtesy call, in person
            // (not "called on Putin to accept a ceasefire", "called on them for calm").
            "called" if self.courtesy_call(i) => Some((EventKind::Meeting, false)),
            _ => None,
        }
    }

    /// Whether the "call" at `i` is "call on" someone in person: not an appeal
    /// ("called on Putin to accept", "calls on them for calm", "on all sides"),
    /// though "for talks" or "for a bilateral meeting" is the visit's purpose and
    /// "for about forty minutes" its length.
    fn courtesy_call(&self, i: usize) -> bool {
        let purpose = |k: usize| {
            matches!(self.w(k + 1), "talks" | "lunch" | "dinner" | "breakfast")
                // ("for about forty minutes": how long the visit lasted.)
                || (k + 2..k + 5).any(|j| matches!(self.w(j), "minutes" | "hour" | "hours"))
                || matches!(self.w(k + 1), "a" | "an")
                    && matches!(self.w(k + 2), "meeting" | "bilateral" | "courtesy" | "working" | "private")
        };
        // ("the two ministers called together on the Prime Minister".)
        let i = if matches!(self.w(i + 1), "together" | "jointly") { i + 1 } else { i };
        self.w(i + 1) == "on"
            && !(i + 2..i + 10).any(|k| match self.w(k) {
                "to" | "all" => true,
                "for" => !purpose(k),
                _ => false,
            })
    }

    /// The words after the verb at `i` that may hold its object, at most `n`: up to
    /// a comma or a period, though past a phrase a preposition opens between
    /// commas ("signed yesterday, at the port of Ilo, the agreements").
    fn object_words(&self, i: usize, n: usize) -> impl Iterator<Item = usize> + '_ {
        let mut open = false;
        (i + 1..(i + 1 + n).min(self.toks.len())).take_while(move |&k| match self.w(k) {
            "." => false,
            "," if !open && matches!(self.w(k + 1), "at" | "in" | "on" | "during" | "after" | "before") => {
                open = true;
                true
            }
            "," if open => {
                open = false;
                true
            }
            "," => false,
            _ => true,
        })
    }

    /// Whether the people before the "signed" at `i` open a relative clause on a
    /// text: "a treaty that A and B signed", "the accord which A and B initialled".
    fn document_relative_before(&self, i: usize) -> bool {
        // ("the agreement A, B and C signed in Geneva": no "that" at all.)
        let bare = |k: usize| DOCUMENTS.contains(&self.w(k)) && self.person_starts(k + 1);
        let Some(rel) = (i.saturating_sub(16)..i).rev().find(|&k| matches!(self.w(k), "that" | "which") || bare(k))
        else {
            return false;
        };
        if bare(rel) {
            return (rel + 1..i).all(|k| {
                self.span_at[k].is_some()
                    || matches!(self.w(k), "and" | "'s" | "," | "the")
                    || self.toks[k].is_capitalised()
            });
        }
        // (Only names between: "that A and Tuvalu's Prime Minister B signed".)
        let names_only = (rel + 1..i).all(|k| {
            self.span_at[k].is_some()
                || matches!(self.w(k), "and" | "'s" | "," | "the")
                || self.toks[k].is_capitalised()
                || self.temporal[k]
        });
        names_only && rel >= 1 && (rel.saturating_sub(3)..rel).any(|k| DOCUMENTS.contains(&self.w(k)))
    }

    /// Whether the "signed" at `i` has for agent two people or more: "signed by A
    /// and B", "signed in Manila on July 8, 2024 by A and B".
    fn signed_by_two(&self, i: usize) -> bool {
        let person = |k: usize| self.span_at[k].is_some_and(|n| matches!(self.spans[n].what, Ref::Person(_)));
        let end = (i + 14).min(self.toks.len());
        let Some(by) = (i + 1..end).take_while(|&k| !matches!(self.w(k), "." | ";")).find(|&k| self.w(k) == "by")
        else {
            return false;
        };
        let end = (by + 20).min(self.toks.len());
        let reach: Vec<usize> = (by + 1..end).take_while(|&k| !matches!(self.w(k), "." | ";")).collect();
        let first = reach.iter().position(|&k| person(k));
        // The first person follows "by" and a title ("Chilean Foreign Minister"),
        // and another one follows "and".
        first.is_some_and(|f| {
            f <= 6 && reach[f..].iter().any(|&k| self.w(k) == "and" && reach.iter().any(|&m| m > k && person(m)))
        })
    }

    /// Where the verb group ending at the infinitive `i` starts: "are due to | sign",
    /// "will | sign", "are expected to | sign" (at most five words back).
    fn verb_group_start(&self, i: usize) -> usize {
        let mut k = i;
        while k > 0
            && i - k < 5
            && matches!(
                self.w(k - 1),
                "to" | "due" | "are" | "is" | "will" | "would" | "expected" | "set" | "scheduled" | "also" | "then"
            )
        {
            k -= 1;
        }
        k
    }

    /// Whether "A and B" (or "A and the German chancellor, B,") stands right before
    /// token `i`.
    fn people_joined_before(&self, i: usize) -> bool {
        let person = |k: usize| self.span_at[k].is_some_and(|n| matches!(self.spans[n].what, Ref::Person(_)));
        let mut k = i;
        if k > 0 && self.w(k - 1) == "," {
            k -= 1;
        }
        // ("A and B, who signed the protocol in Lima".)
        if k > 1 && self.w(k - 1) == "who" && self.w(k - 2) == "," {
            k -= 2;
        }
        // ("A and B this evening signed", "A and B then signed".)
        while k > 0
            && i - k < 6
            && (self.temporal[k - 1] || matches!(self.w(k - 1), "then" | "also" | "formally" | "jointly"))
        {
            k -= 1;
        }
        // ("A and B of the PLO signed": past the body the last one is of.)
        if let Some(n) = (k > 0).then(|| self.span_at[k - 1]).flatten() {
            let sp = &self.spans[n];
            let body = matches!(sp.what, Ref::Org(_) | Ref::Place(_));
            let mut of = sp.start;
            if of > 0 && self.w(of - 1) == "the" {
                of -= 1;
            }
            if body && sp.end == k && of > 1 && self.w(of - 1) == "of" && person(of - 2) {
                k = of - 1;
            }
        }
        // ("Kevin Lee and he signed": the one named, and the subject told before.)
        if k >= 3 && matches!(self.w(k - 1), "he" | "she") && self.w(k - 2) == "and" && person(k - 3) {
            return true;
        }
        if k == 0 || !person(k - 1) {
            return false;
        }
        // ("A of Peru and B": the first one's country between.)
        let of_country = |a: usize| {
            self.span_at[a - 1].is_some_and(|n| {
                let sp = &self.spans[n];
                matches!(sp.what, Ref::Place(_))
                    && sp.start >= 2
                    && self.w(sp.start - 1) == "of"
                    && person(sp.start - 2)
            })
        };
        (k.saturating_sub(12)..k - 1).any(|a| {
            self.w(a) == "and"
                && a > 0
                // ("The Foreign Secretary, Mr A, and Iceland's Foreign Minister, Mr B".)
                && (person(a - 1) || a > 1 && self.w(a - 1) == "," && person(a - 2) || of_country(a)
                    // ("he and Leonid Kuchma signed the treaty".)
                    || matches!(self.w(a - 1), "he" | "she")
                        && self.span_at[k - 1].is_some_and(|n| self.spans[n].start == a + 1))
                // ("A and President B", "A and the FARC's commander, B", "A and
                // Iceland's Foreign Minister, Mr B".)
                && ((a + 1..(a + 8).min(k)).any(person) || matches!(self.w(a + 1), "the" | "his" | "her"))
        })
    }

    /// Whether people who gather stand right before token `i`: named people joined
    /// ("A and B"), or leaders, heads of state or ministers ("ECOWAS heads of state,",
    /// "the leaders will", "member states last"), past a comma, an auxiliary or an
    /// adverb of time.
    fn leaders_before(&self, i: usize) -> bool {
        let mut k = i;
        while k > 0
            && matches!(
                self.w(k - 1),
                "," | "will"
                    | "to"
                    | "are"
                    | "were"
                    | "have"
                    | "had"
                    | "has"
                    | "last"
                    | "again"
                    | "first"
                    | "due"
                    | "expected"
                    | "set"
                    | "then"
                    | "also"
                    | "all"
            )
            && i - k < 4
        {
            k -= 1;
        }
        k > 0
            && (self.people_joined_before(k)
                || matches!(
                    self.w(k - 1),
                    "leaders" | "presidents" | "premiers" | "ministers" | "chiefs" | "envoys" | "heads" | "states"
                ) && (self.w(k - 1) != "states" || k >= 2 && self.w(k - 2) == "member")
                || matches!(self.w(k - 1), "state" | "government")
                    && k >= 3
                    && self.w(k - 2) == "of"
                    && self.w(k - 3) == "heads")
    }

    /// Whether the "as" at `i` opens a clause ("as the talks began"), rather than
    /// "as well", "such as", "as part of" or a role ("on his first trip as
    /// secretary of state").
    fn as_opens_clause(&self, g: &Gazetteer, i: usize) -> bool {
        let (prev, next) = (if i > 0 { self.w(i - 1) } else { "" }, self.w(i + 1));
        let role = g.titles.contains(next)
            || (matches!(next, "a" | "an" | "the") && g.titles.contains(self.w(i + 2)))
            // ("who has cultivated a role as a go-between", "who worked as a
            // teacher": what someone is, whatever the noun.)
            || (matches!(next, "a" | "an" | "the" | "his" | "her" | "their")
                && matches!(
                    prev,
                    "role"
                        | "roles"
                        | "job"
                        | "post"
                        | "position"
                        | "capacity"
                        | "career"
                        | "stint"
                        | "tenure"
                        | "days"
                        | "time"
                        | "work"
                        | "works"
                        | "worked"
                        | "serve"
                        | "serves"
                        | "served"
                        | "act"
                        | "acts"
                        | "acted"
                        | "doubles"
                        | "doubled"
                        | "known"
                        | "seen"
                        | "regarded"
                        | "cast"
                        | "emerged"
                        | "positioned"
                ));
        !matches!(next, "well" | "part") && !matches!(prev, "such" | "well") && !role
    }

    /// Clause boundaries: (start, end, what opened the clause).
    pub(super) fn clauses(&self, g: &Gazetteer) -> Vec<(usize, usize, Lead)> {
        let mut out = Vec::new();
        let mut start = 0;
        let mut lead = Lead::Start;
        // "According to Bloomberg, X met Y": the attribution ends at its comma; so
        // does a clause put in front ("Before sitting down with X, Y was received").
        let mut attribution = false;
        for i in 0..self.toks.len() {
            let w = self.w(i);
            // Inside a name, a quotation or a date ("the following day", "the day
            // before") no word opens a clause.
            // ("met Y on March 12, the day before X dismissed him": a date's last word
            // that goes on to a person opens a clause, after the verb it follows.
            // "The day before X met Y" is a day put in front.)
            let conjunction = self.in_date[i]
                && matches!(w, "before" | "after")
                && self
                    .span_at
                    .get(i + 1)
                    .copied()
                    .flatten()
                    .is_some_and(|n| matches!(self.spans[n].what, Ref::Person(_)))
                && (start..i).any(|k| self.trigger(k).is_some());
            let next_lead = if self.span_at[i].is_some()
                || self.in_date[i] && !conjunction
                || self.quoted[i] && w != "\""
            {
                None
            } else if w == ","
                && self.w(i + 1) == "returning"
                && self.w(i + 2) == "the"
                && matches!(self.w(i + 3), "call" | "visit")
            {
                // ("lunched with Y yesterday, returning the call Y paid on him in
                // January": another, earlier visit.)
                Some(Lead::Other)
            } else if w == "," && attribution {
                attribution = false;
                Some(Lead::Main)
            } else if w == ";" {
                Some(Lead::Other)
            } else if w == ":"
                // (Not the colon of a clock time, "9:45".)
                && !(i > 0
                    && self.toks[i - 1].class == Class::Number
                    && self.toks.get(i + 1).is_some_and(|t| t.class == Class::Number))
                && (i + 1..(i + 12).min(self.toks.len())).any(|k| self.trigger(k).is_some_and(|t| !t.1))
            {
                // "It was their second meeting in a month: X met Y in Beijing on
                // July 14" (a colon before a list of names opens nothing).
                Some(Lead::Other)
            } else if SPEECH.contains(&w)
                // ("the ECOWAS states met": the noun; "the text states that": the verb.)
                && (w != "states" || matches!(self.w(i + 1), "that" | ":" | "," | "\""))
                || (w == "agreed" && self.w(i + 1) == "that")
            {
                // ("The leaders agreed that their ministers would meet": reported, like speech.)
                Some(Lead::Speech)
            } else if FOLLOWS.contains(&w) {
                Some(Lead::Follows)
            } else if PRECEDES.contains(&w) {
                Some(Lead::Precedes)
            } else if w == "where" {
                Some(Lead::Where)
            } else if self.agreed_plan_at(i, start) {
                Some(Lead::Agreed)
            } else if (BOUNDARY.contains(&w)
                && (!matches!(w, "since" | "until") || !self.phrase_follows(i))
                // ("had met before in Quito": an adverb.)
                && (w != "before" || !matches!(self.w(i + 1), "in" | "on" | "at" | "during")))
                // "... flies to Tokyo later on Monday and is due to meet ..."
                || (w == "and"
                    && matches!(self.w(i + 1), "is" | "are" | "was" | "were" | "will" | "has" | "have" | "had"))
                // ("met A and then B": one more object, not a clause.)
                // ("he and then prime minister B held talks": "then" dates a title.)
                || (w == "and"
                    && self.w(i + 1) == "then"
                    && !self.bare_object_at(g, i + 2)
                    && !self.titled_person_at(g, i + 2))
                // ("paid a call on A at the palace, then had lunch with B": a verb of
                // its own after ", then", not one more object, "met A, then B".)
                || (w == ","
                    && self.w(i + 1) == "then"
                    && self.toks.get(i + 2).is_some_and(|t| t.text.starts_with(|c: char| c.is_ascii_lowercase()))
                    && matches!(self.w(i + 2), "had" | "held")
                    && (i + 3..(i + 6).min(self.toks.len())).any(|k| self.trigger(k).is_some()))
                // "The cabinet met on Monday, and the premier is expected to travel
                // ...": a new subject and its verb (not a list, "B, C, and the Dutch
                // prime minister").
                || (w == "and" && i > 0 && self.w(i - 1) == "," && self.new_subject_at(i + 1))
                // ("meeting A in Riyadh, and two days later held talks with B": a
                // day, then a verb of its own.)
                || (w == "and" && i > 0 && self.w(i - 1) == "," && self.in_date.get(i + 1) == Some(&true) && {
                    let k = (i + 1..(i + 8).min(self.toks.len())).find(|&k| !self.in_date[k]).unwrap_or(i + 1);
                    self.trigger(k).is_some_and(|t| !t.1)
                        || matches!(self.w(k), "held" | "hosted") && self.trigger(k + 1).is_some_and(|t| t.1)
                })
                // ("when they met in Vilnius in July, and met again in New York in
                // September": one more meeting of the same people.)
                || (w == "and"
                    && i > 0
                    && self.w(i - 1) == ","
                    && self.trigger(i + 1).is_some_and(|t| !t.1)
                    && self.w(i + 2) == "again")
                // ("met A in San Jose, and on December 4, in San Pedro Sula, he met
                // B": a phrase put in front of a new subject and its verb.)
                || (w == "and"
                    && i > 0
                    && self.w(i - 1) == ","
                    && matches!(self.w(i + 1), "on" | "in" | "at" | "later" | "afterwards")
                    && (i + 3..(i + 14).min(self.toks.len())).any(|k| {
                        self.trigger(k).is_some_and(|t| !t.1)
                            && self.w(k - 1) != "to"
                            && self.span_at[k - 1].is_some()
                            && (i + 2..k - 1).any(|m| self.w(m) == ",")
                    }))
                // ("X told reporters that talks had failed, and telephoned Y": the
                // teller's own act, after what was told.)
                || (w == "and" && lead == Lead::Speech && i > 0 && self.w(i - 1) == "," && self.trigger(i + 1).is_some_and(|t| !t.1))
                || (w == "as" && self.as_opens_clause(g, i))
                // ("is scheduled to hold talks with A in Gyeongju and to meet B in Busan":
                // a second plan.)
                || (w == "and" && self.w(i + 1) == "to" && self.trigger(i + 2).is_some_and(|t| !t.1))
                // ("will meet Y on Thursday, a meeting the two agreed on in a phone call
                // on Sept. 19": the call is another, earlier event.)
                || (w == ","
                    && matches!(self.w(i + 1), "a" | "an")
                    && self.trigger(i + 2).is_some_and(|t| t.1)
                    && (i + 3..(i + 8).min(self.toks.len())).any(|k| {
                        matches!(self.w(k), "agreed" | "arranged" | "discussed")
                            && matches!(self.w(k - 1), "two" | "they" | "both" | "leaders" | "sides")
                    }))
                || self.relative_at(i)
                // ("The visit marks the 50th anniversary of relations between A and
                // B, established in 1972": what the anniversary is of is no part of
                // the visit.)
                || (w == "anniversary"
                    && self.w(i + 1) == "of"
                    && (i.saturating_sub(6)..i).any(|k| {
                        matches!(
                            self.w(k),
                            "marks" | "marked" | "mark" | "marking" | "coincides" | "coincided" | "coincide"
                                | "coinciding" | "commemorates" | "commemorated" | "celebrates" | "celebrated"
                        )
                    }))
                // ("will open a pathway under a treaty that A and B signed on
                // Friday": the signing has its own tense.)
                || (matches!(w, "that" | "which")
                    && (i.saturating_sub(3)..i).any(|k| DOCUMENTS.contains(&self.w(k)))
                    && self.person_starts(i + 1)
                    && (i + 2..(i + 18).min(self.toks.len()))
                        .find(|&k| self.span_at[k].is_none() && !self.toks[k].is_capitalised() && !matches!(self.w(k), "and" | "," | "'s"))
                        .is_some_and(|k| matches!(self.w(k), "signed" | "initialled" | "initialed")))
            {
                Some(Lead::Other)
            } else {
                None
            };
            if let Some(l) = next_lead {
                let fronted = self.opens_front(i) && matches!(l, Lead::Follows | Lead::Other | Lead::Precedes);
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

    /// "the second and final day of the summit", "entered a third day": which day of
    /// a gathering the clause `cs..ce` is on (not "the second day of a visit": the
    /// visit is the occasion, the meeting that day alone).
    pub(crate) fn nth_day(&self, cs: usize, ce: usize) -> Option<u64> {
        (cs..ce).find_map(|i| {
            let n = match self.w(i) {
                "second" => 2,
                "third" => 3,
                "fourth" => 4,
                "fifth" => 5,
                _ => return None,
            };
            let day_at = (i + 1..i + 4).find(|&k| self.w(k) == "day")?;
            // ("the second day of a four-day official visit": past its modifiers.)
            let visit = self.w(day_at + 1) == "of"
                && (day_at + 2..day_at + 9)
                    .take_while(|&k| !matches!(self.w(k), "," | "." | ";" | "of"))
                    .any(|k| matches!(self.w(k), "visit" | "trip" | "tour" | "stay" | "journey"));
            (!visit && (day_at == i + 1 || (i + 1..day_at).all(|k| matches!(self.w(k), "and" | "final" | "last"))))
                .then_some(n)
        })
    }

    /// False for a sentence that can tell no event nor add to one: no trigger and
    /// no word of taking part ("joined", "the delegation included", "invited").
    pub(crate) fn may_tell_events(&self) -> bool {
        (0..self.toks.len()).any(|i| {
            self.trigger(i).is_some()
                || matches!(
                    self.w(i),
                    "invited"
                        | "delegation"
                        | "team"
                        | "side"
                        | "took"
                        | "take"
                        | "takes"
                        | "taking"
                        | "sat"
                        | "attended"
                        | "joined"
                        | "accompanied"
                        | "present"
                )
        })
    }

    /// The person a relative clause about a meeting hangs on, for the clause that
    /// starts at `cs`: "Yunus, who met Xi in March, | is due in Tokyo": Yunus for
    /// "met Xi in March" and for what follows the clause.
    pub(super) fn antecedent(&self, cs: usize) -> Option<usize> {
        let person_before = |k: usize| {
            let s = &self.spans[self.span_at.get(k).copied().flatten()?];
            if let Ref::Person(p) = s.what {
                (s.end == k + 1).then_some(p)
            } else {
                None
            }
        };
        if cs >= 3 && self.w(cs - 1) == "who" && self.w(cs - 2) == "," {
            return person_before(cs - 3);
        }
        // After the relative clause's closing comma: back to its "who".
        if cs >= 1 && self.w(cs - 1) == "," {
            let who = (cs.saturating_sub(20)..cs - 1)
                .rev()
                .take_while(|&k| self.w(k) != ",")
                .find(|&k| self.relative_at(k) || self.plain_who(k, cs - 1))?;
            return person_before(who.checked_sub(2)?);
        }
        None
    }

    /// The other of a pair a relative clause hangs on: "A and B, who met in Lima
    /// on Sunday," gives A for the clause that starts at `cs` (B is the
    /// antecedent).
    /// (And for the clause after its closing comma, when its verb is plural: "A
    /// and B, who spoke on Monday, are due to meet".)
    pub(super) fn antecedent_partner(&self, cs: usize) -> Option<usize> {
        let who = if cs >= 3 && self.w(cs - 1) == "who" && self.w(cs - 2) == "," {
            cs - 1
        } else if cs >= 1 && self.w(cs - 1) == "," && matches!(self.w(cs), "are" | "were" | "have") {
            (cs.saturating_sub(20)..cs - 1)
                .rev()
                .take_while(|&k| self.w(k) != ",")
                .find(|&k| self.relative_at(k) || self.plain_who(k, cs - 1))?
        } else {
            return None;
        };
        let person =
            |k: usize| self.span_at.get(k).copied().flatten().filter(|&n| matches!(self.spans[n].what, Ref::Person(_)));
        let b = &self.spans[person(who.checked_sub(2)?)?];
        // ("A and President B", "A and Iceland's foreign minister, B".)
        let and = (b.start.saturating_sub(6)..b.start).rev().find(|&k| self.w(k) == "and")?;
        let a = &self.spans[person(and.checked_sub(1)?)?];
        match (a.what, b.what) {
            (Ref::Person(x), Ref::Person(y)) if x != y => Some(x),
            _ => None,
        }
    }

    /// True when ", who" at `i` opens a relative clause that tells a meeting
    /// ("Yunus, who met Xi in Beijing in March, is due in Tokyo"), or when the
    /// comma at `i` closes one before the main clause's verb.
    fn relative_at(&self, i: usize) -> bool {
        let opens = |k: usize| {
            self.w(k) == "who"
                && k >= 2
                && self.w(k - 1) == ","
                && (self.span_at[k - 2].is_some_and(|n| matches!(self.spans[n].what, Ref::Person(_)))
                    // ("the two foreign ministers, who met in Bogota".)
                    || PLURAL_PEOPLE.contains(&self.w(k - 2))
                        && (k.saturating_sub(5)..k - 2).any(|i| self.w(i) == "two" && i > 0 && self.w(i - 1) == "the"))
                && ((k + 1..(k + 4).min(self.toks.len())).any(|j| self.trigger(j).is_some_and(|t| !t.1))
                    // ("B, who travelled to Damascus six days later to meet Assad".)
                    || TRAVEL.contains(&self.w(k + 1))
                        && (k + 2..(k + 12).min(self.toks.len()))
                            .take_while(|&j| !matches!(self.w(j), "," | ";"))
                            .any(|j| self.trigger(j).is_some_and(|t| !t.1))
                    // ("X, who is due in Washington on June 29 for talks with Bush,".)
                    || matches!(self.w(k + 2), "due" | "expected" | "scheduled")
                        && (k + 3..(k + 14).min(self.toks.len()))
                            .take_while(|&j| !matches!(self.w(j), "," | ";"))
                            .any(|j| self.trigger(j).is_some()))
        };
        if self.w(i) == "who" {
            return opens(i);
        }
        self.w(i) == ","
            && matches!(
                self.w(i + 1),
                "is" | "was"
                    // ("A and B, who spoke by phone on November 1, are expected to meet".)
                    | "are"
                    | "were"
                    | "have"
                    | "will"
                    | "has"
                    | "had"
                    | "would"
                    | "said"
                    | "says"
                    | "arrived"
                    | "travelled"
                    | "traveled"
                    | "flew"
                    | "received"
                    | "met"
            )
            && (i.saturating_sub(20)..i)
                .rev()
                .take_while(|&k| self.w(k) != ",")
                .any(|k| opens(k) || self.plain_who(k, i))
    }

    /// True when ", who" at `i` opens a relative clause on a person that tells no
    /// meeting: "X, who took office in January after months of attacks, | was
    /// received ..." (its closing comma returns to X).
    /// Only one that a word opening a clause of its own ("after", "before") would
    /// otherwise run on past its closing comma at `close`.
    fn plain_who(&self, i: usize, close: usize) -> bool {
        self.w(i) == "who"
            && i >= 2
            && self.w(i - 1) == ","
            && self.span_at[i - 2].is_some_and(|n| matches!(self.spans[n].what, Ref::Person(_)))
            && (i + 1..close).any(|k| {
                let w = self.w(k);
                FOLLOWS.contains(&w) || PRECEDES.contains(&w) || BOUNDARY.contains(&w)
            })
    }

    /// True when a subject and an auxiliary start at `i`: "the premier is", "Lee
    /// will", "officials from both sides have".
    fn new_subject_at(&self, i: usize) -> bool {
        let aux = (i + 1..(i + 7).min(self.toks.len()))
            .take_while(|&k| !matches!(self.w(k), "," | ";" | "and") && self.trigger(k).is_none())
            .any(|k| matches!(self.w(k), "is" | "are" | "was" | "were" | "will" | "has" | "have" | "had" | "would"));
        // ("..., and Brazilian President Luiz Inacio Lula da Silva will receive
        // him": a title and a long name before the auxiliary.)
        let aux = aux
            || (i..(i + 4).min(self.toks.len()))
                .take_while(|&k| !matches!(self.w(k), "," | ";" | "and") && self.trigger(k).is_none())
                .find_map(|k| {
                    self.span_at[k]
                        .filter(|&n| self.spans[n].start == k && matches!(self.spans[n].what, Ref::Person(_)))
                })
                .is_some_and(|n| matches!(self.w(self.spans[n].end), "is" | "was" | "will" | "has" | "had" | "would"));
        // ("..., and the US special envoy for the region, Omar Haddad, is travelling
        // to ...": a noun phrase, the person it names between commas, a verb.)
        let aux = aux
            || matches!(self.w(i), "the" | "a" | "an")
                && (i + 1..(i + 12).min(self.toks.len()))
                    .take_while(|&k| !matches!(self.w(k), ";" | "and") && self.trigger(k).is_none())
                    .find(|&k| self.w(k) == ",")
                    .and_then(|k| self.span_at.get(k + 1).copied().flatten())
                    .filter(|&n| matches!(self.spans[n].what, Ref::Person(_)))
                    .is_some_and(|n| {
                        let e = self.spans[n].end;
                        self.w(e) == ","
                            && matches!(
                                self.w(e + 1),
                                "is" | "was" | "will" | "has" | "had" | "would" | "said" | "says"
                            )
                    });
        // ("..., and a South African technical team held talks with ...": an
        // article, a noun phrase, a verb that holds a meeting.)
        let held = matches!(self.w(i), "a" | "an" | "the")
            && (i + 1..(i + 7).min(self.toks.len()))
                .take_while(|&k| !matches!(self.w(k), "," | ";" | "and"))
                .any(|k| HOLDING.contains(&self.w(k)) && self.w(k).ends_with("ed") || self.w(k) == "held");
        // ("..., and on January 3 Kenya's William Ruto met him": a date, a name and
        // a verb that tells a meeting.)
        let mut k = i;
        if matches!(self.w(k), "on" | "in") {
            k += 1;
        }
        let dated = k < self.toks.len() && self.in_date[k];
        while k < self.toks.len() && self.in_date[k] {
            k += 1;
        }
        let told = dated
            && k < self.toks.len()
            && self.toks[k].is_capitalised()
            && (k + 1..(k + 8).min(self.toks.len()))
                .take_while(|&j| !matches!(self.w(j), "," | ";" | "and"))
                .any(|j| self.trigger(j).is_some_and(|(_, noun)| !noun));
        // ("..., and on Sunday he goes on to Belgrade for talks with Tito": a date,
        // a pronoun and a verb of travel.)
        let travels = dated
            && matches!(self.w(k), "he" | "she" | "they")
            && (TRAVEL.contains(&self.w(k + 1)) || matches!(self.w(k + 1), "leaves" | "departs"));
        // ("..., and on Tuesday he met B", "..., and today she sees B": a date, a
        // pronoun and a verb that tells a meeting.)
        // ("..., and the following day he signed a pledge": a date, a pronoun and
        // any verb of its own.)
        let told = told
            || dated
                && matches!(self.w(k), "he" | "she" | "they")
                && ((k + 1..(k + 4).min(self.toks.len()))
                    .take_while(|&j| !matches!(self.w(j), "," | ";" | "and"))
                    .any(|j| self.trigger(j).is_some_and(|(_, noun)| !noun))
                    || self.w(k + 1).len() > 3 && self.w(k + 1).ends_with("ed")
                    || matches!(
                        self.w(k + 1),
                        "was"
                            | "were"
                            | "will"
                            | "would"
                            | "has"
                            | "had"
                            | "is"
                            | "are"
                            | "went"
                            | "made"
                            | "gave"
                            | "took"
                            | "left"
                            | "told"
                            | "said"
                    ));
        // ("..., and the pair met again in Kassel in May": the two just named, or
        // someone named, and a verb that tells a meeting.)
        let mut k = i;
        if matches!(self.w(k), "they" | "he" | "she") {
            k += 1;
            // ("..., and he and Maduro met in Caracas on Nov. 1".)
            if self.w(k) == "and" {
                if let Some(n) = self
                    .span_at
                    .get(k + 1)
                    .copied()
                    .flatten()
                    .filter(|&n| self.spans[n].start == k + 1 && matches!(self.spans[n].what, Ref::Person(_)))
                {
                    k = self.spans[n].end;
                }
            }
        } else if let Some(n) = self.span_at.get(k).copied().flatten().filter(|&n| {
            self.spans[n].start == k && matches!(self.spans[n].what, Ref::Person(_)) && self.toks[k].is_capitalised()
        }) {
            // ("..., and Kevin Lee met her again in May".)
            k = self.spans[n].end;
        } else if let Some(p) = self.span_at.get(k).copied().flatten().and_then(|n| {
            // ("..., and France's Emmanuel Macron spent five hours with Putin": a
            // country's possessive, maybe a title, the name.)
            let s = &self.spans[n];
            if s.start != k || !matches!(s.what, Ref::Place(_)) || self.w(s.end) != "'s" {
                return None;
            }
            (s.end + 1..(s.end + 5).min(self.toks.len()))
                .take_while(|&j| self.toks[j].is_capitalised())
                .find_map(|j| self.span_at[j].filter(|&m| matches!(self.spans[m].what, Ref::Person(_))))
        }) {
            k = self.spans[p].end;
        } else if matches!(self.w(k), "the" | "those" | "these") && matches!(self.w(k + 1), "pair" | "two" | "duo") {
            // ("the two ministers", "the two prime ministers".)
            k += 2 + if PLURAL_PEOPLE.contains(&self.w(k + 2)) {
                1
            } else if PLURAL_PEOPLE.contains(&self.w(k + 3)) {
                2
            } else {
                0
            };
        }
        while k > i && matches!(self.w(k), "also" | "then" | "later" | "last" | "first" | "again") {
            k += 1;
        }
        // ("..., and the two men did not meet until February": then they met.)
        if k > i && self.w(k) == "did" && self.w(k + 1) == "not" && self.w(k + 3) == "until" {
            k += 2;
        }
        // ("..., and the two Prime Ministers spent most of Saturday in talks".)
        let spent =
            |k: usize| self.w(k) == "spent" && (k + 1..(k + 8).min(self.toks.len())).any(|j| self.trigger(j).is_some());
        let pair = k > i && k < self.toks.len() && (self.trigger(k).is_some_and(|(_, noun)| !noun) || spent(k));
        // ("..., and Trump briefed Zelenskyy by phone that evening": someone named,
        // a verb of their own, and the trigger it leads to.)
        let briefed = k > i
            && k < self.toks.len()
            && self.span_at[i].is_some()
            && self.w(k).len() > 4
            && self.w(k).ends_with("ed")
            && self.toks[k].text.starts_with(|c: char| c.is_ascii_lowercase())
            && (k + 1..(k + 12).min(self.toks.len()))
                .take_while(|&j| !matches!(self.w(j), "," | ";"))
                .any(|j| self.trigger(j).is_some());
        // ("..., and Uzbek Prime Minister Abdulla Aripov came to Bishkek on August 16
        // for talks with Isakov": a titled name, a verb of travel and the talks it
        // goes to.)
        // ("Secretary of State Antony Blinken met Xi".)
        let title_end = (i..(i + 6).min(self.toks.len()))
            .take_while(|&j| {
                (self.toks[j].is_capitalised() || j > i && matches!(self.w(j), "of" | "for"))
                    && self.span_at[j].is_none_or(|n| !matches!(self.spans[n].what, Ref::Person(_)))
            })
            .last()
            .map_or(i, |j| j + 1);
        // (A verb of one subject: not "A, left, and Mr. B shake hands".)
        let singular = |w: &str| {
            w.ends_with("ed")
                || w.ends_with('s') && !w.ends_with("ss")
                || matches!(w, "met" | "held" | "had" | "spoke" | "came" | "went" | "flew" | "saw" | "sat" | "rang")
        };
        let came = title_end > i
            && self.span_at.get(title_end).copied().flatten().is_some_and(|n| {
                let s = &self.spans[n];
                matches!(s.what, Ref::Person(_))
                    && singular(self.w(s.end))
                    && (TRAVEL.contains(&self.w(s.end))
                        && (s.end + 1..(s.end + 12).min(self.toks.len()))
                            .take_while(|&j| !matches!(self.w(j), "," | ";"))
                            .any(|j| self.trigger(j).is_some())
                        || self.trigger(s.end).is_some_and(|(_, noun)| !noun)
                            && !matches!(self.w(s.end), "signed" | "initialled" | "initialed")
                        || matches!(self.w(s.end), "held" | "had")
                            && (s.end + 1..(s.end + 4).min(self.toks.len())).any(|j| self.trigger(j).is_some()))
            });
        // ("..., and Kevin Lee and the prime minister have spoken by telephone": two
        // subjects, the first named, then their verb.)
        let both = self.span_at.get(i).copied().flatten().is_some_and(|n| {
            let e = self.spans[n].end;
            self.spans[n].start == i
                && matches!(self.spans[n].what, Ref::Person(_))
                && self.w(e) == "and"
                && (e + 1..(e + 7).min(self.toks.len()))
                    .take_while(|&k| !matches!(self.w(k), "," | ";" | "and"))
                    .any(|k| matches!(self.w(k), "is" | "are" | "was" | "were" | "will" | "has" | "have" | "had"))
        });
        aux || held || told || travels || pair || briefed || came || both
    }

    /// True when the "to" at `i` opens a plan agreed on at an event told earlier in
    /// the clause that starts at `start`: "agreed in a phone call on Tuesday to
    /// meet next month", "spoke by phone and agreed to hold talks in May".
    fn agreed_plan_at(&self, i: usize, start: usize) -> bool {
        if self.w(i) != "to" {
            return false;
        }
        let plan = self.trigger(i + 1).is_some_and(|t| !t.1)
            || (HOLDING.contains(&self.w(i + 1)) && (i + 2..i + 5).any(|k| self.trigger(k).is_some()));
        plan && (start..i).any(|k| AGREEING.contains(&self.w(k))) && (start..i).any(|k| self.trigger(k).is_some())
    }

    /// True when a clause opened at `i` is put in front of the sentence's main
    /// clause: at the start, or after an opening participle ("Speaking to
    /// reporters after meeting X, Y said").
    pub(super) fn opens_front(&self, i: usize) -> bool {
        i == 0
            || (i <= 5
                && matches!(self.w(0), "speaking" | "talking" | "writing")
                && (1..i).all(|k| self.span_at[k].is_none() && self.w(k) != ","))
            // ("Last Friday, hours after the strikes, X called Y": after a time put
            // in front, and after "hours", "shortly".)
            // (Not "Shortly after eight in the evening, X and Y signed": a time.)
            || (i <= 8
                && !self.temporal.get(i + 1).copied().unwrap_or(true)
                && !self.toks.get(i + 1).is_some_and(|t| t.class == Class::Number)
                && !matches!(
                    self.w(i + 1),
                    "one"
                        | "two"
                        | "three"
                        | "four"
                        | "five"
                        | "six"
                        | "seven"
                        | "eight"
                        | "nine"
                        | "ten"
                        | "eleven"
                        | "twelve"
                        | "noon"
                        | "midnight"
                        | "midday"
                        | "dark"
                        | "dawn"
                        | "dusk"
                        | "nightfall"
                        | "sunset"
                        | "sunrise"
                )
                && (0..i).all(|k| {
                    self.temporal[k]
                        || matches!(
                            self.w(k),
                            "," | "hours" | "days" | "minutes" | "moments" | "shortly" | "just" | "soon" | "only"
                        )
                }))
    }

    /// True when the word at `i` ("since") opens a phrase ("since the invasion",
    /// "since January") rather than a clause ("since delegations met").
    pub(super) fn phrase_follows(&self, i: usize) -> bool {
        matches!(
            self.w(i + 1),
            "the" | "a" | "an" | "his" | "her" | "their" | "its" | "then" | "last" | "early" | "late"
        ) || self.temporal.get(i + 1).copied().unwrap_or(false)
            || self.toks.get(i + 1).is_some_and(|t| t.class == Class::Number)
            // "since Moscow's invasion", "since Donald Trump's return"
            || self.w(i + 2) == "'s"
            || self.span_at.get(i + 1).copied().flatten().is_some_and(|n| self.w(self.spans[n].end) == "'s")
    }

    pub(super) fn is_title_word(&self, g: &Gazetteer, i: usize) -> bool {
        g.titles.contains(self.w(i)) || title_before(g, self.toks, i + 1)
    }

    /// Whether the name spanning `[s, e)` takes part in the clause's event: it is
    /// the subject, the object of "with"/"between", or in a list with one of those,
    /// and not the object of "of"/"by"/"for" (unless the preposition is part of a
    /// title: "special envoy for the Middle East").
    pub(super) fn linked(&self, g: &Gazetteer, s: usize, clause_start: usize, triggers: &[usize]) -> bool {
        // An apposition ("the EU's envoy to Ukraine, Katarina Mathernova") takes the
        // role of the phrase it names, whatever prepositions that phrase contains.
        let appositive = s > 0 && self.w(s - 1) == ",";
        // A link further than this is no link (and the scan stays linear).
        const REACH: usize = 60;
        // ("met Chairman of the Standing Committee of the National People's Congress
        // Zhao Leji": the person's own title of a body, passed whole.)
        let mut j =
            crate::extract::entities::title_of_start(g, self.toks, s).filter(|&t| t >= clause_start).unwrap_or(s);
        // "the accord that A signed with B": A is the subject of the relative
        // clause, whose verb is the event (not "the coup that brought X to power",
        // nor "a visit since the treaty that A signed": the visit is the event).
        // (Of a list too: "the treaty that A and Tuvalu's Prime Minister B signed".)
        let rel_subject = {
            let head = (j.saturating_sub(16).max(clause_start + 1)..=j)
                .rev()
                .take_while(|&k| {
                    k == j
                        || self.span_at[k].is_some()
                        || matches!(self.w(k), "and" | "," | "'s")
                        || self.toks[k].is_capitalised()
                })
                .last()
                .unwrap_or(j);
            let listed = |k: usize| {
                self.span_at[k].is_some() || matches!(self.w(k), "and" | "," | "'s") || self.toks[k].is_capitalised()
            };
            let mut end = self.span_at[s].map_or(s + 1, |n| self.spans[n].end);
            while end < self.toks.len() && end < s + 16 && listed(end) {
                end += 1;
            }
            let verb = if matches!(self.w(end), "had" | "has" | "have") { end + 1 } else { end };
            head > clause_start
                && matches!(self.w(head - 1), "that" | "which")
                && !triggers.iter().any(|&t| t < head)
                && triggers.contains(&verb)
                && self.trigger(verb).is_some_and(|(_, noun)| !noun)
        };
        // ("their first meeting since the Malaysian leader succeeded X": the
        // subject of a clause of time after the event, not one who met.)
        if j > clause_start && self.w(j - 1) == "since" && !triggers.iter().any(|&t| t > s) {
            return false;
        }
        let mut passed_person = false;
        while j > clause_start {
            if s - j > REACH {
                return false;
            }
            j -= 1;
            if triggers.contains(&j) {
                // "a day before meeting Xi she sat down with Lee": Xi (the first
                // person after it, not "she") is met in the event the clause dates
                // this one by, not in this one.
                let adjunct = |t: usize| t > 0 && matches!(self.w(t - 1), "before" | "after");
                // (Not "after receiving Z for a state visit": the visit is Z's own.)
                let verb = |t: usize| self.trigger(t).is_some_and(|(_, noun)| !noun);
                return passed_person || !(adjunct(j) && triggers.iter().any(|&t| t != j && !adjunct(t) && verb(t)));
            }
            if let Some(n) = self.span_at[j] {
                passed_person |= matches!(self.spans[n].what, Ref::Person(_));
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
            // "the first visit since the coup that brought X to power": a relative
            // clause about a thing, not the event (not "said that X met Y", "the
            // talks, which X hosted", "during which X and Y held a summit").
            // (The subject of "the treaty that A and B signed" is linked to its verb,
            // whatever the treaty is of.)
            if matches!(w, "that" | "which") && rel_subject {
                return true;
            }
            if matches!(w, "that" | "which") && j > 0 {
                let prev = if self.w(j - 1) == "," && j > 1 { j - 2 } else { j - 1 };
                let p = self.w(prev);
                let verb = SPEECH.contains(&p)
                    || p.ends_with("ed")
                    || matches!(p, "believes" | "thinks" | "hopes" | "says" | "expects" | "insists" | "knows" | "so")
                    // "during which", "in which": the clause tells the event itself.
                    || BLOCK_PREP.contains(&p)
                    || LOCATIVE.contains(&p)
                    || matches!(p, "during" | "after" | "before" | "at" | "with");
                // (The thing is a noun phrase: "the coup that", not "told reporters on
                // Tuesday night that".)
                let noun_phrase = (prev.saturating_sub(4)..prev).any(|k| matches!(self.w(k), "the" | "a" | "an"));
                if !verb && noun_phrase && !triggers.contains(&prev) && self.span_at[prev].is_none() && !rel_subject {
                    return false;
                }
            }
            // "On the sidelines, X met Y": a phrase put in front ends at its comma,
            // and what follows is the subject.
            // ("On Saturday, in the hall of the palace, A and B signed": phrases one
            // after another, each between commas.)
            let phrase_at = |k: usize| {
                matches!(
                    self.w(k),
                    "on" | "in" | "at" | "during" | "after" | "before" | "amid" | "from" | "via" | "near" | "inside"
                ) || self.temporal[k]
            };
            if w == ","
                && matches!(self.w(clause_start), "on" | "in" | "at" | "during" | "after" | "before" | "amid")
                && (clause_start..j)
                    .all(|k| self.span_at[k].is_none_or(|n| !matches!(self.spans[n].what, Ref::Person(_))))
                && !(clause_start..j).any(|k| triggers.contains(&k) || self.w(k) == "," && !phrase_at(k + 1))
            {
                return true;
            }
            // A named mediator, host or chair takes part: "talks mediated by X",
            // "under the auspices of X", "under X's facilitation".
            let broker = |k: usize| BROKERING.contains(&self.w(k));
            // So does the head of a delegation: "a delegation led by X met Y", and
            // whoever attended: "the summit, attended by A and by B".
            let attended = |k: usize| {
                self.w(k) == "attended"
                    // ("the two delegations, led by A and by B, met".)
                    || self.w(k) == "and"
                        && (k.saturating_sub(8).max(clause_start)..k)
                            .any(|m| matches!(self.w(m), "attended" | "led" | "headed") && self.w(m + 1) == "by")
            };
            // And whoever came along: "X, accompanied by Y, met Z", "A and B, joined
            // this time by C, were received by D".
            let along = |k: usize| {
                (k.saturating_sub(2).max(clause_start)..=k).any(|m| matches!(self.w(m), "accompanied" | "joined"))
            };
            if (w == "by"
                && j > 0
                && (MEDIATED.contains(&self.w(j - 1))
                    || matches!(self.w(j - 1), "led" | "headed")
                    || attended(j - 1)
                    || along(j - 1)))
                || (w == "of" && j > 0 && broker(j - 1))
                || (w == "under"
                    && self.span_at[s].is_some_and(|n| {
                        self.spans[n].start == s && self.w(self.spans[n].end) == "'s" && broker(self.spans[n].end + 1)
                    }))
            {
                return true;
            }
            // "spoke by phone to A and to B", "called on A at the palace and on B in
            // Lima": the second "to" goes on the list of the first, right after the
            // trigger.
            if matches!(w, "to" | "on") && j >= 2 && self.w(j - 1) == "and" {
                let first_to = (j.saturating_sub(20).max(clause_start + 1)..j - 1).find(|&k| {
                    self.w(k) == w
                        && triggers.contains(&(k - 1))
                        && (k + 1..(k + 6).min(j))
                            .take_while(|&m| !matches!(self.w(m), "," | "and" | "at" | "in"))
                            .any(|m| self.person_starts(m))
                });
                if first_to.is_some() {
                    return true;
                }
            }
            // "apologised to Y in a phone call", "accepted an invitation from Y
            // during a phone call": the hearer of what was said in the call, or the
            // one who said it, is on it.
            if j > clause_start
                && (w == "to" && SAID_TO.contains(&self.w(j - 1)) || w == "from" && self.w(j - 1) == "invitation")
                && triggers.iter().any(|&t| matches!(self.w(t), "call" | "conversation"))
            {
                continue;
            }
            if BLOCK_PREP.contains(&w) {
                let mut k = j;
                while k > clause_start && matches!(self.w(k - 1), "the" | "a") {
                    k -= 1;
                }
                // ("received a telephone call yesterday from X": past the day.)
                if w == "from" && k > clause_start && self.in_date[k - 1] {
                    while k > clause_start && self.in_date[k - 1] {
                        k -= 1;
                    }
                    if k > clause_start && matches!(self.w(k - 1), "on" | "in" | "at" | "last" | "this") {
                        k -= 1;
                    }
                }
                if k > clause_start && triggers.contains(&(k - 1)) {
                    return true;
                }
                // The agent of a passive: "was received at the Elysee by Macron";
                // "the telephone conversation held on 31 July by A and B".
                if w == "by"
                    && (clause_start..j).any(|t| {
                        triggers.contains(&t)
                            && (matches!(
                                self.w(t),
                                "received" | "hosted" | "welcomed" | "greeted" | "signed" | "initialled" | "initialed"
                            )
                                // ("was met at Changi by Mr See".)
                                || self.w(t) == "met" && t > 0 && matches!(self.w(t - 1), "was" | "were" | "been")
                                || (t + 1..j).any(|m| {
                                    matches!(self.w(m), "held" | "sustained" | "conducted" | "had")
                                        && (t + 1..m).all(|x| self.w(x) != ",")
                                }))
                    })
                {
                    return true;
                }
                if k > clause_start && self.is_title_word(g, k - 1) || appositive {
                    continue;
                }
                // ("calls from A, from B and from C": the list of the first "from".)
                let from_before = |e: usize| {
                    e > 0
                        && self.span_at[e - 1].is_some_and(|n| {
                            let st = self.spans[n].start;
                            matches!(self.spans[n].what, Ref::Person(_)) && st > 0 && self.w(st - 1) == "from"
                        })
                };
                if w == "from"
                    && j > clause_start + 1
                    && (matches!(self.w(j - 1), ",") && from_before(j - 1)
                        || self.w(j - 1) == "and" && (from_before(j - 1) || self.w(j - 2) == "," && from_before(j - 2)))
                {
                    continue;
                }
                // "with President A of Congo and President B of Rwanda": the "of"
                // names an earlier person's country; the list goes on through it.
                let after_person = |k: usize| {
                    k > clause_start
                        && self.span_at[k - 1].is_some_and(|n| matches!(self.spans[n].what, Ref::Person(_)))
                };
                if w == "of" && after_person(k) {
                    continue;
                }
                // "On the sidelines she met X", "and on the sidelines he will meet
                // Y": a phrase put in front without its comma; the one named after
                // it, followed by the verb, is the subject.
                // ("On the night of the vote A and B spoke by telephone": a longer
                // phrase, through its "of".)
                let long_front = j > clause_start
                    && j - clause_start <= 6
                    && matches!(self.w(clause_start), "on" | "in" | "at" | "during")
                    && (clause_start..j).all(|k| self.span_at[k].is_none() && self.w(k) != ",");
                let fronted =
                    j == clause_start || (j == clause_start + 1 && self.w(clause_start) == "and") || long_front;
                // ("... A and B spoke": B in the subject's list.)
                let listed = (s.saturating_sub(4)..s)
                    .rev()
                    .take_while(|&m| self.span_at[m].is_none())
                    .any(|m| self.w(m) == "and");
                if fronted && (!passed_person || listed) && (w != "of" || long_front) && self.subject_at(s, triggers) {
                    return true;
                }
                return false;
            }
        }
        true
    }

    /// Whether a name at `k` stands alone, with no verb after it ("and then Papua
    /// New Guinea's James Marape.", "and then B in Osaka"): an object.
    fn bare_object_at(&self, g: &Gazetteer, k: usize) -> bool {
        let mut j = k;
        while let Some(n) = self.span_at.get(j).copied().flatten() {
            j = self.spans[n].end;
            while j < self.toks.len() && (self.w(j) == "'s" || (self.span_at[j].is_none() && self.is_title_word(g, j)))
            {
                j += 1;
            }
        }
        j > k
            && j <= self.toks.len()
            && matches!(self.w(j), "" | "." | "," | ";" | "in" | "at" | "on" | "for" | "before" | "after")
            && self.span_at[j - 1].is_some_and(|n| matches!(self.spans[n].what, Ref::Person(_)))
    }

    /// Whether title words starting at `k` lead to a person's name ("prime
    /// minister Sher Bahadur Deuba").
    fn titled_person_at(&self, g: &Gazetteer, k: usize) -> bool {
        let Some(j) = (k + 1..(k + 5).min(self.toks.len())).find(|&j| self.span_at[j].is_some()) else {
            return false;
        };
        (k..j).all(|m| self.toks[m].class == Class::Word || self.w(m) == "-")
            && title_before(g, self.toks, j)
            && self.span_at[j].is_some_and(|n| matches!(self.spans[n].what, Ref::Person(_)))
    }

    /// Whether the name starting at `s` reads as a subject: a subject pronoun, or a
    /// name its verb follows ("Ruiz met", "Ruiz will also meet").
    fn subject_at(&self, s: usize, triggers: &[usize]) -> bool {
        if matches!(self.w(s), "he" | "she" | "they" | "we") {
            return true;
        }
        let Some(n) = self.span_at[s] else { return false };
        let mut k = self.spans[n].end;
        // ("A and B spoke": the list's verb.)
        while self.w(k) == "and" {
            let next = (k + 1..(k + 5).min(self.toks.len())).find_map(|m| self.span_at[m]);
            match next {
                Some(p) if matches!(self.spans[p].what, Ref::Person(_)) => k = self.spans[p].end,
                _ => break,
            }
        }
        while matches!(self.w(k), "will" | "would" | "also" | "then" | "is" | "was" | "has" | "had" | "to" | "due") {
            k += 1;
        }
        triggers.contains(&k) && self.trigger(k).is_some_and(|t| !t.1)
    }

    /// The resolved person of a pronoun at token `i`: the nearest person named
    /// before it in the sentence, else the subject of the previous sentence.
    pub(super) fn pronoun(&self, i: usize, previous_subject: Option<usize>) -> Option<usize> {
        self.pronoun_looking_back(i, previous_subject, true)
    }

    /// [`Self::pronoun`], looking back to the same pronoun before it once at most
    /// (`again`), so that a sentence of many "him"s stays linear.
    fn pronoun_looking_back(&self, i: usize, previous_subject: Option<usize>, again: bool) -> Option<usize> {
        let person = |s: &Span| if let Ref::Person(p) = s.what { Some(p) } else { None };
        let before = || self.spans.iter().filter(|s| s.end <= i);
        if !matches!(self.w(i), "he" | "she") {
            // An object ("Dan received him", "hosted the visiting leader") is not the
            // subject of its own clause, the nearest name before it: the name before
            // that, else the subject of the sentence before.
            // ("Hemedti was received by Museveni; the next day Abiy hosted him": the
            // one the sentence is about, named first, over the nearest.)
            // ("A, who spoke with B on Monday, will meet him": A, the subject the
            // relative clause hangs on, not B inside it.)
            // (Only when the pronoun is in that clause, with no one else named
            // before it there.)
            let closed = (i.saturating_sub(40)..i)
                .rev()
                .take_while(|&k| {
                    !matches!(self.w(k), ";" | "and")
                        && self.span_at[k].is_none_or(|n| !matches!(self.spans[n].what, Ref::Person(_)))
                })
                .find(|&k| self.w(k) == ",")
                .filter(|&k| self.relative_at(k));
            let own_subject = closed.and_then(|k| self.antecedent(k + 1)).or_else(|| before().rev().find_map(person));
            // ("A held talks with him in May, and B met him in July": the one the
            // same pronoun stood for before, when it is not this clause's subject.)
            let same = (i.saturating_sub(40)..i)
                .rev()
                .find(|&k| again && matches!(self.w(i), "him" | "her") && self.w(k) == self.w(i))
                .and_then(|k| self.pronoun_looking_back(k, previous_subject, false))
                .filter(|p| Some(*p) != own_subject);
            if same.is_some() {
                return same;
            }
            let first = before().filter_map(person).find(|p| Some(*p) != own_subject);
            return first.or(previous_subject.filter(|p| Some(*p) != own_subject));
        }
        self.subject_pronoun(i, previous_subject)
    }

    /// The person a subject pronoun at `i` (or a possessive one: "his talks with
    /// X") stands for.
    pub(super) fn subject_pronoun(&self, i: usize, previous_subject: Option<usize>) -> Option<usize> {
        let person = |s: &Span| if let Ref::Person(p) = s.what { Some(p) } else { None };
        let before = || self.spans.iter().filter(|s| s.end <= i);
        // The sentence's subject ("Wang travelled to Berlin, where he met X, and to
        // Paris, where he ..."), else the nearest name ("Trump's remarks came after
        // he disclosed ...").
        // ("A day before meeting Reyes she sat down with Lee": not the one met.)
        let adjunct_object = |s: &Span| {
            s.start >= 2 && matches!(self.w(s.start - 2), "before" | "after") && self.trigger(s.start - 1).is_some()
        };
        // "He flies to Santiago to meet Boric, and on Monday he will be received by
        // Lula": the "he" that opens the sentence, before anyone is named.
        let opened = before().next().is_some_and(|s| s.what == Ref::Pronoun && self.w(s.start) == self.w(i));
        if opened && previous_subject.is_some() {
            return previous_subject;
        }
        before()
            .find(|s| self.w(s.end) != "'s" && matches!(s.what, Ref::Person(_)) && !adjunct_object(s))
            .and_then(person)
            .or_else(|| before().rev().filter(|s| !adjunct_object(s)).find_map(person))
            .or(previous_subject)
    }

    /// True when the trigger noun at `i` is definite: "the meeting", "the April 11
    /// meeting", "Saturday's discussions", "this call"; not "a joint meeting".
    pub(super) fn definite(&self, i: usize, cs: usize) -> bool {
        // ("had been the guest of party leader X": named by its host, not told before.)
        if self.w(i) == "guest" && self.w(i + 1) == "of" {
            return false;
        }
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

    /// Whether the sentence opens with "At the same time," or "Simultaneously,":
    /// what it tells happened while the event told just before did.
    pub(crate) fn opens_at_the_same_time(&self) -> bool {
        let w = |i: usize| self.w(i);
        w(0) == "at" && w(1) == "the" && w(2) == "same" && w(3) == "time" && w(4) == ","
            || w(0) == "simultaneously" && w(1) == ","
    }

    /// True when the sentence tells of "here", the writer's town: "took place
    /// here", "talks here", "arrived here on Monday", "met in this city" (not
    /// "here is", "from here").
    pub(crate) fn says_here(&self) -> bool {
        (1..self.toks.len()).any(|i| {
            let here = self.w(i) == "here"
                && !matches!(self.w(i - 1), "is" | "are" | "was" | "from" | "click" | "read" | "see")
                && !matches!(self.w(i + 1), "is" | "are" | "'s");
            // ("met in this city", "talks in our city".)
            let this_city = i > 1
                && matches!(self.w(i), "city" | "town")
                && matches!(self.w(i - 1), "this" | "our")
                && matches!(self.w(i - 2), "in" | "at" | "to");
            (here || this_city) && !self.quoted[i]
        })
    }

    /// Where the sentence puts something "in the capital" without naming it: the
    /// town the story told before. (Not "in the city": tried, it cost a held-out
    /// set an event.)
    pub(crate) fn says_the_town(&self) -> Option<usize> {
        (2..self.toks.len()).find(|&i| {
            self.w(i) == "capital"
                && self.w(i - 1) == "the"
                && matches!(self.w(i - 2), "in" | "at" | "to")
                && !matches!(self.w(i + 1), "of" | "'s" | "hall" | "centre" | "center")
                && !self.quoted[i]
        })
    }

    /// Where "there" stands as an adverb of place ("There he held talks with X",
    /// "will meet Y there on Friday"; not "there is", "there will be").
    pub(crate) fn says_there(&self) -> Option<usize> {
        // ("had met in the city", "in the same city": the town named last.)
        let the_city = |i: usize| {
            matches!(self.w(i), "city" | "town")
                && i >= 2
                && (self.w(i - 1) == "the" && matches!(self.w(i - 2), "in" | "at")
                    || i >= 3
                        && self.w(i - 1) == "same"
                        && self.w(i - 2) == "the"
                        && matches!(self.w(i - 3), "in" | "at"))
                && !matches!(self.w(i + 1), "of" | "'s" | "centre" | "center" | "hall" | "council" | "limits")
                && !self.quoted[i]
        };
        (0..self.toks.len()).find(|&i| {
            the_city(i)
                || self.w(i) == "there"
                    && !self.quoted[i]
                    && !matches!(
                        self.w(i + 1),
                        "is" | "are"
                            | "was"
                            | "were"
                            | "'s"
                            | "will"
                            | "would"
                            | "had"
                            | "has"
                            | "have"
                            | "seems"
                            | "seemed"
                            | "remain"
                            | "remains"
                            | "may"
                            | "might"
                            | "could"
                            | "should"
                            | "must"
                            | "appears"
                            | "appeared"
                            | "being"
                            | "be"
                    )
                    && (i == 0
                        || !matches!(self.w(i - 1), "from" | "out" | "over" | "in" | "up" | "down" | "be" | "been"))
        })
    }

    /// The last place named as one before token `i` ("flew to Tehran", "arrived
    /// in Lima"; not "US Secretary of State"), if any.
    pub(crate) fn last_place_before(&self, i: usize) -> Option<usize> {
        self.spans.iter().rev().find_map(|s| match s.what {
            // ("in the Zambian capital": past "the".)
            Ref::Place(p)
                if s.end <= i && s.start > 0 && {
                    let k = if self.w(s.start - 1) == "the" { s.start - 1 } else { s.start };
                    k > 0
                        && matches!(
                            self.w(k - 1),
                            "in" | "at" | "to" | "into" | "reached" | "visited" | "visit" | "for"
                        )
                } =>
            {
                Some(p)
            }
            _ => None,
        })
    }

    /// True when the sentence puts what it tells "at the same venue" ("in the same
    /// hotel", "at the same place"): where the story's last event was.
    pub(crate) fn at_the_same_venue(&self) -> bool {
        (2..self.toks.len().saturating_sub(1)).any(|i| {
            self.w(i) == "same"
                && self.w(i - 1) == "the"
                && matches!(self.w(i - 2), "at" | "in")
                && matches!(
                    self.w(i + 1),
                    "venue" | "hotel" | "place" | "location" | "building" | "palace" | "residence" | "room" | "resort"
                )
        })
    }

    /// True when the sentence puts what it tells at a seat of government with no
    /// town ("at the Presidential Palace", "at State House").
    pub(crate) fn names_a_seat(&self) -> bool {
        (2..self.toks.len().saturating_sub(1)).any(|i| {
            SEATS.iter().any(|[a, b]| self.w(i) == *a && self.w(i + 1) == *b)
                && self.w(i - 1) == "the"
                && matches!(self.w(i - 2), "at" | "in")
                && !matches!(self.w(i + 2), "in" | "of")
        })
    }

    /// The person the sentence has host a meeting: the subject of "received",
    /// "hosted", "welcomed" (their agent after "by" in the passive), or whoever
    /// was "called on".
    pub(crate) fn host(&self) -> Option<usize> {
        let person = |s: &Span| if let Ref::Person(p) = s.what { Some(p) } else { None };
        (0..self.toks.len()).find_map(|i| {
            if i > 0 && matches!(self.w(i - 1), "called" | "call" | "calls") && self.w(i) == "on" {
                return self.spans.iter().filter(|s| s.start > i && s.start <= i + 6).find_map(person);
            }
            if !matches!(self.w(i), "received" | "receives" | "hosted" | "hosts" | "welcomed" | "welcomes") {
                return None;
            }
            if i > 0 && matches!(self.w(i - 1), "was" | "were" | "is" | "are" | "been" | "being") {
                let by = (i + 1..(i + 4).min(self.toks.len())).find(|&k| self.w(k) == "by")?;
                return self.spans.iter().filter(|s| s.start > by && s.start <= by + 6).find_map(person);
            }
            self.spans.iter().rev().filter(|s| s.end <= i && s.end + 3 >= i).find_map(person)
        })
    }

    /// True when the sentence states any date expression.
    pub(crate) fn has_dates(&self) -> bool {
        !self.dates.is_empty()
    }

    /// Every date of the sentence resolved against `r` as past, without context.
    pub(crate) fn dates_resolved(&self, r: Option<Reference>) -> Vec<DateSpan> {
        self.dates.iter().filter_map(|(s, _, e)| temporal::resolve(e, r, Tense::Past, None, self.quoted[*s])).collect()
    }

    /// The one day the sentence names outside quotes and relative clauses, by a
    /// weekday or a date rather than relative to another day ("the committee met
    /// on Wednesday", not "X, who took office on October 21,"): the day the story
    /// is at, for "the same day" or "the next day" after it.
    pub(crate) fn day_told(&self, r: Option<Reference>) -> Option<DateSpan> {
        let relative = |s: usize| {
            (0..s).rev().take_while(|&k| self.w(k) != ",").any(|k| matches!(self.w(k), "who" | "which" | "whose"))
        };
        let mut days = self
            .dates
            .iter()
            // (Of the relative days, those the publication date alone fixes:
            // "This morning she was welcomed at the palace".)
            .filter(|(_, _, e)| !matches!(e, Expr::Rel(r) if !matches!(r, Rel::Yesterday | Rel::Today)))
            .filter(|(s, _, _)| !self.quoted[*s] && !relative(*s))
            .filter_map(|(s, _, e)| temporal::resolve(e, r, Tense::Past, None, self.quoted[*s]));
        let day = days.next().filter(|d| d.precision == crate::model::Precision::Day && d.start == d.end)?;
        days.all(|d| d == day).then_some(day)
    }

    /// The day, and the place, a fragment without a verb names ("Tuesday in
    /// Reykjavik.", a chapter's "07:40 Tuesday in Reykjavik."): a heading for the
    /// sentence after it.
    pub(crate) fn fragment(&self, r: Option<Reference>) -> Option<(DateSpan, Option<usize>)> {
        let mut place = None;
        for (i, t) in self.toks.iter().enumerate() {
            if self.temporal[i] || t.class == Class::Number {
                continue;
            }
            if let Some(n) = self.span_at[i] {
                match self.spans[n].what {
                    Ref::Place(p) => {
                        place = Some(p);
                        continue;
                    }
                    _ => return None,
                }
            }
            if !matches!(self.w(i), "." | "," | ":" | "-" | "|" | "in" | "at") {
                return None;
            }
        }
        if self.dates.is_empty() {
            return None;
        }
        Some((self.day_told(r)?, place))
    }

    /// The day (or days) a line that holds nothing but a date names: a timeline's
    /// heading ("23 October", "9-10 October", "27 September 2020") for the lines
    /// under it.
    pub(crate) fn date_heading(&self, r: Option<Reference>) -> Option<DateSpan> {
        if !self.is_date_line() {
            return None;
        }
        self.dates_resolved(r).into_iter().next().filter(|d| d.precision == crate::model::Precision::Day)
    }

    /// Where the sentence starts after a transcript's speaker label ("ANU BOLD:",
    /// "Q:"): the token after its colon, or 0 when it has none.
    pub(crate) fn speaker_label_end(&self) -> usize {
        let caps = |t: &Token<'_>| t.text.bytes().all(|b| b.is_ascii_uppercase() || b == b'.' || b == b'\'');
        match self.toks.iter().take(5).position(|t| t.text == ":") {
            Some(k) if k >= 1 && self.toks[..k].iter().all(caps) => k + 1,
            _ => 0,
        }
    }

    /// True when the sentence is one date and nothing else.
    /// ("Friday 10 April, small hours", "Friday, mid-morning": a time of day may
    /// follow.)
    pub(crate) fn is_date_line(&self) -> bool {
        let time_of_day = |i: usize| {
            matches!(
                self.w(i),
                "morning"
                    | "afternoon"
                    | "evening"
                    | "night"
                    | "midday"
                    | "noon"
                    | "midnight"
                    | "small"
                    | "hours"
                    | "mid"
                    | "late"
                    | "early"
                    | "dawn"
                    | "lunchtime"
            )
        };
        self.dates.len() == 1
            && (0..self.toks.len()).all(|i| {
                self.in_date[i] || !self.toks[i].text.bytes().any(|b| b.is_ascii_alphanumeric()) || time_of_day(i)
            })
    }

    /// Days with a month ("Sunday, February 1", "March 3, 2026"), resolved as
    /// still to come.
    pub(crate) fn month_days_to_come(&self, r: Reference) -> Vec<chrono::NaiveDate> {
        self.dates
            .iter()
            .filter(|(_, _, e)| matches!(e, Expr::MonthDay { .. } | Expr::Full(..)))
            .filter_map(|(s, _, e)| temporal::resolve(e, Some(r), Tense::Future, None, self.quoted[*s]))
            .filter(|d| d.precision == crate::model::Precision::Day)
            .map(|d| d.start)
            .collect()
    }

    /// The first person of the sentence that is not a possessive modifier; else
    /// the one person it names, as a possessive ("Guatemala is the fourth stop on
    /// Rubio's tour. He held talks ...").
    pub(crate) fn subject(&self) -> Option<usize> {
        let mut owner = None;
        for s in self.spans {
            match s.what {
                // "He held talks with Obasanjo": still the one "he" meant.
                Ref::Pronoun if matches!(self.w(s.start), "he" | "she") => return None,
                Ref::Person(p) if self.w(s.end) != "'s" => return Some(p),
                Ref::Person(p) => match owner {
                    None => owner = Some(Some(p)),
                    Some(Some(q)) if q != p => owner = Some(None),
                    _ => {}
                },
                _ => {}
            }
        }
        owner.flatten()
    }
}

/// Lower-cased tokens in one buffer: one allocation per sentence, not per token.
#[derive(Debug, Default)]
pub(crate) struct Lower {
    text: String,
    ends: Vec<usize>,
}

impl Lower {
    fn new(toks: &[Token<'_>]) -> Lower {
        let mut text = String::with_capacity(toks.iter().map(|t| t.text.len()).sum());
        let mut ends = Vec::with_capacity(toks.len());
        for (i, t) in toks.iter().enumerate() {
            let start = text.len();
            // "on the margins / fringes of the summit" is "on the sidelines": one
            // word for the rules to read.
            let is = |k: usize, w: &str| toks[k].text.eq_ignore_ascii_case(w);
            let aside = ["margins", "margin", "fringes", "fringe"].iter().any(|w| is(i, w))
                && i >= 2
                && is(i - 1, "the")
                && (is(i - 2, "on") || is(i - 2, "at"))
                && toks.get(i + 1).is_some_and(|n| n.text == "of");
            if aside {
                text.push_str("sidelines");
            } else {
                text.push_str(t.text);
                text[start..].make_ascii_lowercase();
            }
            ends.push(text.len());
        }
        Lower { text, ends }
    }

    /// The token at `i`, lower-cased ("" past the end).
    pub(crate) fn at(&self, i: usize) -> &str {
        match self.ends.get(i) {
            Some(&end) => &self.text[if i == 0 { 0 } else { self.ends[i - 1] }..end],
            None => "",
        }
    }

    /// Every token, lower-cased.
    pub(crate) fn iter(&self) -> impl Iterator<Item = &str> {
        (0..self.ends.len()).map(|i| self.at(i))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Lead {
    Start,
    /// The main clause after a clause put in front ("After X, ...", "According to X, ...").
    Main,
    Where,
    Speech,
    Follows,
    Precedes,
    /// A plan agreed on at an event the clause before told ("... agreed in a
    /// call on Tuesday | to meet next month").
    Agreed,
    Other,
}

/// "24th", "3rd": an ordinal written with digits.
fn numbered(w: &str) -> bool {
    w.len() > 2
        && w.as_bytes()[0].is_ascii_digit()
        && (w.ends_with("th") || w.ends_with("st") || w.ends_with("nd") || w.ends_with("rd"))
}
