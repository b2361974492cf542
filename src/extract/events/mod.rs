//! Events in sentences: triggers ("met", "held talks", "spoke by phone"), the
//! clause around each trigger, who takes part, where, when, and whether it is
//! planned, hypothetical or negated.
//!
//! A sentence is cut into clauses at speech verbs ("said"), subordinators ("after",
//! "while") and semicolons; a trigger's participants, place and date come from its
//! own clause, so "After meeting X, Y said on Thursday ..." does not date the
//! meeting to Thursday and a speaker is not a participant of what they report.

use super::entities::Ref;
use super::gazetteer::{Gazetteer, PlaceKind};
use super::temporal::{self, Expr, Modifier, Reference, Rel, Tense};
use crate::model::{DateSpan, EventKind, Place, Precision, Status};

mod lexicon;
mod parties;
mod verdict;
mod view;

use lexicon::*;
use parties::{delegation_list, groups, invitation, participation, place};
use verdict::{said_in_call, verdict, Verdict};
use view::Lead;
pub(crate) use view::SentenceView;

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
    /// "before the conference began", "ahead of the summit": around the occasion
    /// told just before, on its day and in its town.
    pub(crate) around: bool,
    /// "a separate meeting", "met separately": not the event told before.
    pub(crate) separate: bool,
    /// A body's own gathering ("the ASEAN summit opened"): an event with no named side.
    pub(crate) multilateral: bool,
    /// Told as the next step of a story ("He then flew to Warsaw, where he met X",
    /// "Before the plenary, X met Y"): on the day of the event told just before.
    pub(crate) sequel: bool,
    /// "Trudeau also sat down with Mottley": on the occasion the story told last,
    /// as "also" before the verb says.
    pub(crate) also: bool,
    /// A summit, forum or conference: an occasion others meet on the sidelines of.
    pub(crate) gathering: bool,
    /// Planned only by a travel verb's present ("X flies to Belfast and meets Y"):
    /// under a timeline's heading of a day past, what happened that day.
    pub(crate) travel_plan: bool,
    /// "A and B met privately", "held a bilateral meeting": two people apart from
    /// a gathering they are at.
    pub(crate) private: bool,
    /// The place is only the host's capital, guessed from the page: it neither
    /// ties the draft to another event nor keeps it from taking a report's place.
    pub(crate) place_guessed: bool,
    /// The place is only the story's dateline: a report of the same event that
    /// names its town ("talks at the palace in Abu Dhabi") corrects it.
    pub(crate) place_from_dateline: bool,
}

impl Draft {
    pub(crate) fn parties(&self) -> usize {
        // A body's own summit brings many parties together.
        let n = self.participants.len() + self.groups.len();
        if self.multilateral {
            n.max(2)
        } else {
            n
        }
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

/// What the article knows while reading a sentence.
pub(crate) struct Reading<'g> {
    pub(crate) g: &'g Gazetteer,
    pub(crate) reference: Option<Reference>,
    /// The date of the event discussed just before, for "later in the day".
    pub(crate) context: Option<DateSpan>,
    /// The day of the story's first event that happened on one day.
    pub(crate) lead_day: Option<DateSpan>,
    /// People named so far, least named first (ties: least recent first).
    pub(crate) frequent_people: Vec<usize>,
    /// Of those, the ones who took part in an event told so far, in the same order:
    /// "the two leaders spoke by phone" means two of them before a spokesman.
    pub(crate) parties: Vec<usize>,
    /// The two participants of the event the sentence before told, if it told one
    /// of two people.
    pub(crate) last_pair: Option<Vec<usize>>,
    /// The three participants of the latest event of three told in the last few
    /// sentences, for "the three leaders".
    pub(crate) last_trio: Option<Vec<usize>>,
    /// The participants of the latest event of three or more told in the last few
    /// sentences, for "the same trio was received by X".
    pub(crate) last_group: Option<Vec<usize>>,
    /// The two people the headline names ("Banzer and Pinochet restore
    /// relations"): who "the two presidents" are when nothing nearer says.
    pub(crate) headline_pair: Option<[usize; 2]>,
    /// Countries named as parties so far, most recent last, for "the two delegations".
    pub(crate) recent_groups: Vec<String>,
    /// Countries the sentences just before named in any role, most recent last,
    /// for "the two countries" when no event has named them as parties.
    pub(crate) recent_countries: Vec<String>,
    pub(crate) previous_subject: Option<usize>,
    /// The people the sentence before names, in order, each once: "A meeting of
    /// Duda and Zelensky was called off. The two presidents had last met ...".
    pub(crate) previous_people: Vec<usize>,
    pub(crate) caption: bool,
    /// Each person's country, when the gazetteer knows it (index as in
    /// `frequent_people`).
    pub(crate) countries: &'g [Option<String>],
    /// The titles each person was named under (index as in `frequent_people`).
    pub(crate) titles: &'g [Vec<String>],
    /// Whether each person's given name is a woman's.
    pub(crate) women: &'g [bool],
}

/// Reads one sentence.
pub(crate) fn read_sentence(r: &Reading<'_>, v: &SentenceView<'_, '_>, sentence: usize) -> SentenceFacts {
    let mut facts = SentenceFacts::default();
    // The subject of the clause before, for "X returned after talks with Y".
    let mut previous_clause_subject: Option<usize> = None;
    // The last place named, for "... flew to Warsaw, where he met Tusk".
    let mut last_place: Option<Place> = None;
    // Where the last clause put its event, for "... and he will hold talks".
    let mut last_goes: Option<Place> = None;
    // "She and Trump agreed ...": two subjects joined by "and", for "... after a call".
    let mut previous_pair: Vec<usize> = Vec::new();
    // The draft the clause before told with a noun ("a summit hosted by X"), for
    // "..., where Y and Z discussed ...".
    let mut gathering: Option<usize> = None;
    // Whether the clause before states a plan ("X will ...", "X is due to ...").
    let mut previous_future = false;
    let clauses = v.clauses(r.g);
    // The subject of the main clause that follows a clause put in front.
    let main_subject = clauses.iter().find(|c| c.2 == Lead::Main).and_then(|&(ms, me, _)| {
        v.spans.iter().find_map(|s| match s.what {
            Ref::Person(p) if s.start >= ms && s.end <= me && !modifies(v, s.end) => Some(p),
            _ => None,
        })
    });
    // "Demirel, according to our information, telephoned Mubarak": the name
    // before the attribution is the subject of the clause after it.
    let interrupted = (2..clauses.len()).find_map(|k| {
        let (ms, _, lead) = clauses[k];
        let (ss, _, _) = clauses[k - 1];
        let ok = lead == Lead::Main
            && clauses[k - 1].2 == Lead::Speech
            && clauses[k - 2].2 == Lead::Start
            && v.span_at[ms].is_none()
            && ss >= 2
            && matches!(v.w(ss - 1), "according" | "citing")
            && v.w(ss - 2) == ",";
        let p = v.spans.iter().find_map(|s| match s.what {
            Ref::Person(p) if ok && s.end == ss - 2 && s.start >= clauses[k - 2].0 => Some(p),
            _ => None,
        })?;
        Some((ms, p))
    });
    // ("Ruiz, officials said, had telephoned Lee": the name before a short
    // attribution between commas is the subject of the verb after it.)
    let interrupted = interrupted.or_else(|| {
        (1..clauses.len()).find_map(|k| {
            let (ms, _, lead) = clauses[k];
            if lead != Lead::Speech || ms < 3 || v.w(ms) != "," || !SPEECH.contains(&v.w(ms - 1)) {
                return None;
            }
            // (A verb right after the comma: "had telephoned", "telephoned".)
            let verb = matches!(v.w(ms + 1), "had" | "has" | "have" | "was" | "were" | "is" | "will" | "would")
                || v.trigger(ms + 1).is_some_and(|t| !t.1);
            let comma = (ms.saturating_sub(7)..ms - 1).rev().find(|&i| v.w(i) == ",")?;
            let short =
                (comma + 1..ms - 1).all(|i| v.span_at[i].is_none_or(|n| !matches!(v.spans[n].what, Ref::Person(_))));
            let p = v.spans.iter().find_map(|s| match s.what {
                Ref::Person(p) if s.end == comma => Some(p),
                _ => None,
            })?;
            (verb && short && comma > clauses[k - 1].0).then_some((ms, p))
        })
    });
    for (cs, ce, lead) in clauses {
        let triggers: Vec<(usize, EventKind, bool)> =
            (cs..ce).filter_map(|i| v.trigger(i).map(|(k, noun)| (i, k, noun))).collect();
        let clause_subject = v.antecedent(cs).or_else(|| {
            v.spans[..].iter().find_map(|s| match s.what {
                Ref::Person(p) if s.start >= cs && s.end <= ce && !modifies(v, s.end) => Some(p),
                // "On Sunday he flies to Beirut, and will be received by Aoun".
                Ref::Pronoun if s.start >= cs && s.end <= ce && !modifies(v, s.end) => pronoun(r, v, s.start),
                _ => None,
            })
        });
        let clause_place = last_place.take();
        let clause_goes = last_goes.take();
        let named: Vec<Place> = v
            .spans
            .iter()
            .filter_map(|s| match s.what {
                // (Not a country naming whose: "the residence of the United States
                // ambassador".)
                Ref::Place(p)
                    if s.start >= cs
                        && s.end <= ce
                        && !modifies(v, s.end)
                        && !matches!(v.w(s.end), "ambassador" | "embassy" | "delegation" | "envoy" | "consulate") =>
                {
                    Some(r.g.town_of(p))
                }
                _ => None,
            })
            .collect();
        // ("flies to Cairo for a state visit to Egypt, where he will meet X": the
        // town named before in the place named last.)
        last_place = named
            .split_last()
            .map(|(last, before)| before.iter().rev().find(|t| t.within.contains(&last.name)).unwrap_or(last).clone())
            .or(clause_place.clone());
        // ("will come to Dakar for a Senegal-Gambia commission, and he will hold
        // talks": Dakar, where the clause goes, before the last place it names.)
        last_goes = place(r, v, cs, ce).or(clause_goes.clone());
        // "X will fly to Riyadh after meeting Y on Monday": a clause with no verb of
        // its own is as planned as the clause before it.
        // (So is "and to meet B": "is scheduled to hold talks with A and to meet B".)
        let follows_plan = lead == Lead::Follows && previous_future && verbless(v, cs)
            || previous_future && cs >= 1 && v.w(cs - 1) == "and" && v.w(cs) == "to";
        previous_future = speaks_of_future(v, cs, ce);
        let inherited_subject = previous_clause_subject;
        previous_clause_subject = clause_subject.or(previous_clause_subject);
        let inherited_pair = std::mem::replace(&mut previous_pair, coordinated_subjects(r, v, cs, ce));
        let previous_gathering = gathering.take();
        let drafts_before = facts.drafts.len();
        if triggers.is_empty() && lead == Lead::Where {
            // "a summit hosted by Starmer in London, where Zelenskyy and European
            // leaders discussed guarantees": the people there took part.
            if let Some(d) = previous_gathering.and_then(|k| facts.drafts.get_mut(k)) {
                for s in v.spans.iter().filter(|s| s.start >= cs && s.end <= ce && !modifies(v, s.end)) {
                    if let Ref::Person(p) = s.what {
                        if !d.participants.contains(&p) {
                            d.participants.push(p);
                        }
                    }
                }
            }
        }
        if triggers.is_empty() {
            facts.delegation.extend(delegation_list(v, cs, ce));
            facts.invitations.extend(invitation(r, v, cs, ce));
            continue;
        }
        let mut verdicts: Vec<Verdict> =
            triggers.iter().map(|(i, _, noun)| verdict(v, cs, ce, *i, *noun, lead)).collect();
        // "has no plans to meet X at the G20 summit", "ruled out any meeting with her
        // at the summit": the summit is where the denied meeting would be, no event
        // of its own.
        for k in 1..triggers.len() {
            let (i, _, noun) = triggers[k];
            let venue_of = |j: usize| {
                let at = triggers[j].0;
                verdicts[j] == Verdict::Negated && (at + 1..i).any(|m| matches!(v.w(m), "at" | "on" | "during"))
            };
            let gathering = matches!(
                v.w(i),
                "summit"
                    | "summits"
                    | "conference"
                    | "conferences"
                    | "forum"
                    | "forums"
                    | "gathering"
                    | "gatherings"
                    | "sidelines"
            );
            // "ready to meet Kim during Trump's visit": the visit is when, not who.
            let during_visit =
                matches!(v.w(i), "visit" | "visits" | "trip") && (i.saturating_sub(4)..i).any(|m| v.w(m) == "during");
            if noun && (gathering || during_visit) && (0..k).any(venue_of) {
                verdicts[k] = Verdict::Negated;
            }
        }
        // "The two leaders crossed paths at the summit but held no talks": the
        // summit is where they did not meet.
        let denied_after = v.w(ce) == "but"
            && (ce + 1..ce + 5)
                .any(|k| matches!(v.w(k), "no" | "not" | "never") && (k + 1..k + 3).any(|m| v.trigger(m).is_some()));
        if denied_after {
            for (t, verdict) in triggers.iter().zip(verdicts.iter_mut()) {
                if t.2 && matches!(v.w(t.0), "summit" | "summits" | "conference" | "forum" | "gathering" | "sidelines")
                {
                    *verdict = Verdict::Negated;
                }
            }
        }
        let live: Vec<&(usize, EventKind, bool)> =
            triggers.iter().zip(&verdicts).filter(|(_, v)| **v != Verdict::Negated).map(|(t, _)| t).collect();
        if live.is_empty() {
            continue;
        }
        let trigger_idx: Vec<usize> = triggers.iter().map(|t| t.0).collect();
        let phone = (cs..ce).any(|i| {
            matches!(v.w(i), "phone" | "telephone" | "video" | "phoned" | "telephoned" | "hotline" | "virtually")
        });
        let in_person = (cs..ce).any(|i| {
            matches!(
                v.w(i),
                "met" | "meet" | "visit" | "visited" | "sidelines" | "summit" | "hosted" | "welcomed" | "received"
            )
        });
        // ("hosted the summit in virtual format", "met by video link": on screens.)
        let on_screens = (cs..ce).any(|i| {
            let how = match v.w(i) {
                "virtual" => matches!(v.w(i + 1), "format" | "mode"),
                "video" => matches!(v.w(i + 1), "link" | "conference" | "conferencing"),
                "videoconference" | "videoconferencing" | "videolink" => true,
                _ => false,
            };
            how && (i.saturating_sub(2).max(cs)..i).any(|k| matches!(v.w(k), "in" | "via" | "by" | "through"))
        });
        let kind = if on_screens || live.iter().any(|t| t.1 == EventKind::Call && (t.2 || phone || !in_person)) {
            EventKind::Call
        } else {
            EventKind::Meeting
        };
        // The trigger the event hangs on: the first of its kind, outside an aside
        // when there is one ("X, who flew to the summit on Tuesday, is to meet Y
        // later on Wednesday": the meeting, not the summit of the aside).
        let in_aside = |t: usize| {
            (cs.max(t.saturating_sub(12))..t)
                .rev()
                .take_while(|&k| v.w(k) != ",")
                .any(|k| matches!(v.w(k), "who" | "which" | "whose") && k > 0 && v.w(k - 1) == ",")
                && (t + 1..ce.min(t + 40)).any(|k| v.w(k) == ",")
        };
        let of_kind = || live.iter().filter(|t| t.1 == kind);
        let first = of_kind().find(|t| !in_aside(t.0)).or_else(|| of_kind().next()).map_or(live[0].0, |t| t.0);
        let noun_first = live.iter().find(|t| t.0 == first).is_some_and(|t| t.2);

        // Participants.
        let mut participants = Vec::new();
        let first_span = v.spans.iter().find(|x| x.start >= cs).map(|x| x.start);
        for s in v.spans.iter().filter(|s| s.start >= cs && s.end <= ce) {
            let (person, owner) = match s.what {
                Ref::Person(p) => {
                    // "Putin's aide", "the Trump administration": a modifier, not a party.
                    let possessive = modifies(v, s.end);
                    // ("Halvorsen's talks", "under Halvorsen's mediation": a party.)
                    // (Not "Maduro's chief negotiator, met": an apposition between.)
                    let owns_trigger = v.w(s.end) == "'s"
                        && ((s.end + 1..s.end + 5)
                            .take_while(|&k| !matches!(v.w(k), "," | "and"))
                            .any(|k| trigger_idx.contains(&k))
                            || BROKERING.contains(&v.w(s.end + 1)));
                    ((!possessive || owns_trigger).then_some(p), owns_trigger)
                }
                Ref::Pronoun => (pronoun(r, v, s.start).filter(|_| !modifies(v, s.end)), false),
                _ => (None, false),
            };
            // The speaker of "..., X said" reports the event; it does not make X a party.
            // ("Ushakov, who met them with Dmitriev, told ...": Dmitriev is no speaker.)
            let first_in_clause = first_span == Some(s.start);
            // (Not the object of a preposition: "after talks with Y, said".)
            let object = {
                let mut k = s.start;
                while k > cs && v.is_title_word(r.g, k - 1) {
                    k -= 1;
                }
                k > 0 && (BLOCK_PREP.contains(&v.w(k - 1)) || v.w(k - 1) == "with")
            };
            let speaker = SPEECH.contains(&v.w(s.end))
                || (v.w(s.end) == "," && SPEECH.contains(&v.w(s.end + 1)) && first_in_clause && !object);
            // "spoke by telephone with his vice-president, X", "met her foreign
            // minister, X": someone of the subject's own government, met at home.
            let domestic = {
                let mut k = s.start;
                if k > cs && v.w(k - 1) == "," {
                    k -= 1;
                }
                let end = k;
                while k > cs && end - k < 4 && DOMESTIC.contains(&v.w(k - 1)) {
                    k -= 1;
                }
                // (Right after the verb, or its "with": not "met Z with his foreign
                // minister, Y", who came along.)
                let object_of = |j: usize| {
                    trigger_idx.contains(&j)
                        || v.w(j) == "with"
                            && (j.saturating_sub(4).max(cs)..j)
                                .rev()
                                .find(|t| trigger_idx.contains(t))
                                .is_some_and(|t| (t..j).all(|x| v.span_at[x].is_none()))
                };
                k < end && k > cs + 1 && matches!(v.w(k - 1), "his" | "her" | "their") && object_of(k - 2)
            };
            // ("standing in for President X", "on behalf of X", "instead of X": the
            // one who did not come.)
            let absent = {
                let mut k = s.start;
                while k > cs && v.is_title_word(r.g, k - 1) {
                    k -= 1;
                }
                k >= 3
                    && (v.w(k - 1) == "for"
                        && v.w(k - 2) == "in"
                        && matches!(v.w(k - 3), "standing" | "stood" | "stands" | "stand")
                        || v.w(k - 1) == "of" && matches!(v.w(k - 2), "behalf" | "instead"))
            };
            if let Some(p) = person.filter(|_| !speaker && !domestic && !absent) {
                // "a visit by Wang Yi, who held talks with Kallas": the antecedent of a
                // relative clause whose verb is the trigger.
                let relative = v.w(s.end) == ","
                    && v.w(s.end + 1) == "who"
                    && (s.end + 2..s.end + 7).take_while(|&k| v.w(k) != ",").any(|k| trigger_idx.contains(&k));
                if !participants.contains(&p) && (owner || relative || v.linked(r.g, s.start, cs, &trigger_idx)) {
                    participants.push(p);
                }
            }
        }
        // "Lula hosted the Chinese leader", "met his Russian counterpart": the person
        // of that country the article has named most, when the phrase is linked to
        // the trigger and no one of that country is named in the clause.
        for (i, s) in v.spans.iter().enumerate() {
            let Ref::Demonym(c) = s.what else { continue };
            let determined = s.start > 0 && matches!(v.w(s.start - 1), "the" | "his" | "her" | "their");
            if s.start < cs || s.end >= ce || !determined {
                continue;
            }
            if !matches!(v.w(s.end), "leader" | "president" | "counterpart" | "premier" | "chancellor" | "head") {
                continue;
            }
            if !v.linked(r.g, s.start, cs, &trigger_idx) || v.spans.get(i + 1).is_some_and(|n| n.start == s.end + 1) {
                continue;
            }
            let country = &r.g.places[c].name;
            let of_country = |p: usize| r.countries.get(p).and_then(Option::as_ref) == Some(country);
            if participants.iter().any(|&p| of_country(p)) {
                continue;
            }
            // Only when the article has named one person of that country: with two
            // ("the Chinese premier" in a story about Xi and Li) the role decides.
            let mut candidates = r.frequent_people.iter().filter(|&&p| of_country(p));
            if let (Some(&p), None) = (candidates.next(), candidates.next()) {
                participants.push(p);
            }
        }
        // "the two leaders", "they": the last two people the article named.
        // Also "the two had spoken", and as subject or object "both ministers", "the
        // two ministers" (people only: "the two sides", "both delegations" are
        // groups; "both men and women" is no pair).
        let object_plural = (cs..ce).any(|i| {
            matches!(v.w(i), "two" | "both")
                && matches!(v.w(i + 1), "leaders" | "presidents" | "ministers" | "men" | "women" | "premiers")
                && v.w(i + 2) != "and"
                && (v.w(i) == "both" || (i > 0 && matches!(v.w(i - 1), "the" | "those" | "these")))
        });
        // "The pair met again in Kassel" (not "a pair of talks").
        let the_pair =
            |i: usize| matches!(v.w(i), "pair" | "duo") && i > 0 && v.w(i - 1) == "the" && v.w(i + 1) != "of";
        // ("Their previous meeting was in Beijing in June": the pair told last.)
        // (And "The leaders' first meeting was in Singapore", "the two presidents'
        // last summit was".)
        let owners = first >= cs + 4
            && v.w(first - 2) == "'"
            && PLURAL_PEOPLE.contains(&v.w(first - 3))
            && (v.w(first - 4) == "the" && first - 4 == cs
                || v.w(first - 4) == "two" && first >= cs + 5 && v.w(cs) == "the");
        let their_last = (first == cs + 2 && v.w(cs) == "their" || owners)
            && matches!(v.w(first - 1), "previous" | "last" | "first" | "earlier")
            && v.w(first + 1) == "was";
        let plural = their_last
            || (cs..first).any(|i| {
            (v.w(i) == "they" && v.span_at[i].is_none())
                || the_pair(i)
                || (v.w(i) == "two"
                    && i > 0
                    // ("those two sat down with X": the two just named.)
                    && matches!(v.w(i - 1), "the" | "those" | "these")
                    && (PLURAL_PEOPLE.contains(&v.w(i + 1))
                        // (Not "the two foreign ministries": bodies.)
                        && !(v.w(i + 1) == "foreign" && matches!(v.w(i + 2), "ministries" | "offices" | "services"))
                        // ("the two prime ministers", "the two defence ministers".)
                        || PLURAL_PEOPLE.contains(&v.w(i + 2)) && v.toks[i + 1].text.starts_with(|c: char| c.is_ascii_alphabetic())
                        || matches!(v.w(i + 1), "had" | "have" | "has" | "last" | "also" | "previously" | "first")
                        // ("the two did not meet until February".)
                        || v.w(i + 1) == "did" && v.w(i + 2) == "not" && v.w(i + 4) == "until"
                        // ("the two held talks at the palace", "the two met again".)
                        || matches!(v.w(i + 1), "held" | "hold" | "holds")
                        // ("the two discussed trade during talks at the palace", "the
                        // two reviewed a guard of honour before their talks".)
                        || TOLD_OF_A_PAIR.contains(&v.w(i + 1))
                        || i + 1 == first && v.trigger(i + 1).is_some_and(|t| !t.1)))
                // "The ministers last met in Luanda": a pair's last meeting.
                || (i == cs
                    && v.w(i) == "the"
                    && matches!(v.w(i + 1), "leaders" | "presidents" | "ministers" | "premiers")
                    && matches!(v.w(i + 2), "last" | "previously"))
        }) || object_plural
            || each_of_them(v, cs, ce)
            // ("A walked B along the pier before their talks at a hotel": the two
            // the sentence named.)
            || noun_first && first > cs && v.w(first - 1) == "their" && people_before(v, first).len() >= 2
            // ("prepared by the two foreign ministers, who met in Bogota on Sunday".)
            || cs >= 5
                && v.w(cs - 1) == "who"
                && v.w(cs - 2) == ","
                && (cs.saturating_sub(6)..cs - 2).any(|i| {
                    v.w(i) == "two" && i > 0 && v.w(i - 1) == "the" && PLURAL_PEOPLE.contains(&v.w(cs - 3))
                });
        // ("The three leaders last met in Hiroshima in May": the three of the event
        // told last.)
        let three = (cs..first).any(|i| {
            v.w(i) == "three"
                && i > 0
                && matches!(v.w(i - 1), "the" | "those" | "these")
                && PLURAL_PEOPLE.contains(&v.w(i + 1))
        });
        if three && participants.is_empty() {
            participants.extend(r.last_trio.iter().flatten());
        }
        // ("The same trio had been received by Y in June": the three of the event of
        // Y and three told last.)
        let trio = (cs.max(1)..ce).any(|i| v.w(i) == "trio" && matches!(v.w(i - 1), "the" | "same"));
        if trio && participants.len() <= 1 {
            let rest: Vec<usize> =
                r.last_group.iter().flatten().copied().filter(|p| !participants.contains(p)).collect();
            if rest.len() == 3 {
                participants.extend(rest);
            }
        }
        if plural && participants.len() < 2 {
            let before = people_before(v, first);
            // "they" after two names in the sentence; otherwise the two people the
            // article has named most ("the two presidents").
            // ("The two first met in Paris": bare, right after a pair's meeting.)
            let bare_two = their_last
                || (cs..first).any(|i| {
                    the_pair(i)
                        || v.w(i) == "two"
                            && i > 0
                            && v.w(i - 1) == "the"
                            && matches!(v.w(i + 1), "had" | "have" | "has" | "last" | "also" | "previously" | "first")
                });
            let role = plural_role(v, cs, ce);
            // (Heads of state or government, or no role: "the two leaders".)
            // (Not "the ministers last met".)
            let heads = role.as_deref().is_none_or(|r| {
                matches!(r, "president" | "premier" | "prime minister" | "chancellor" | "king" | "emir")
            }) && !(cs..first)
                .any(|i| matches!(v.w(i), "ministers" | "envoys" | "negotiators" | "diplomats"))
                || role.as_deref().is_some_and(|r| r.ends_with("prime minister"));
            // ("A's mission follows B's state visit, during which the two leaders held
            // talks": the two whose occasions the sentence named.)
            let during_which = (cs.max(2)..ce)
                .find(|&k| v.w(k) == "which" && matches!(v.w(k - 1), "during" | "at" | "in"))
                .filter(|&k| (k..(k + 4).min(ce)).any(|i| v.w(i) == "two"));
            let named: Vec<usize> = if let Some(k) = during_which {
                let mut all: Vec<usize> = v.spans[..]
                    .iter()
                    .filter(|s| s.end <= k)
                    .filter_map(|s| if let Ref::Person(p) = s.what { Some(p) } else { None })
                    .collect();
                all.dedup();
                all
            } else {
                Vec::new()
            };
            let pool = if named.len() == 2 {
                named
            } else if before.len() >= 2 {
                before
            } else if let Some(d) = facts.drafts.last().filter(|d| d.participants.len() == 2) {
                // ("Y received him at the airport on Sunday, and the two held talks on
                // Monday": the pair the clause before told.)
                d.participants.clone()
            } else if let Some(pair) = r.last_pair.clone().filter(|_| {
                // ("Lange told me they had also spoken": the pair told last.)
                bare_two || (cs..first).any(|i| v.w(i) == "they" && v.span_at[i].is_none())
            }) {
                pair
            } else if let Some(pair) = r.headline_pair.filter(|p| heads && p.iter().all(|x| r.parties.contains(x))) {
                pair.to_vec()
            } else if r.parties.len() >= 2 {
                r.parties.clone()
            } else {
                r.frequent_people.clone()
            };
            // "the two presidents": of those, the two named as presidents; with one,
            // that one and someone of another country named under no title.
            let pool = match role {
                Some(role) => {
                    // (A "leader" may be a president: "Chinese leader Xi".)
                    // (Not a vice-president or deputy minister: "the two presidents".)
                    let second = |t: &String| ["vice", "deputy"].iter().any(|w| t.contains(w) && !role.contains(w));
                    let fits = |t: &String| {
                        (t.contains(role.as_str()) || role == "president" && t.ends_with("leader")) && !second(t)
                    };
                    let fitting: Vec<usize> = pool
                        .iter()
                        .copied()
                        .filter(|p| r.titles.get(*p).is_some_and(|ts| ts.iter().any(fits)))
                        .collect();
                    let untitled = |p: &usize| r.titles.get(*p).is_none_or(|ts| ts.is_empty());
                    // ("A meeting of President A and B was called off. The two
                    // presidents had last met ...": the two the sentence before named,
                    // when it named two that fit.)
                    let previous: Vec<usize> = r
                        .previous_people
                        .iter()
                        .copied()
                        .filter(|p| r.titles.get(*p).is_some_and(|ts| ts.iter().any(fits)))
                        .collect();
                    match fitting[..] {
                        // (As the subject: "Qin welcomed the two ministers" are two others.)
                        // (A pair the headline names still comes first.)
                        _ if previous.len() == 2 && participants.is_empty() && r.headline_pair.is_none() => previous,
                        [] => pool,
                        [one] => {
                            // (Of another country: two presidents are rarely of one.)
                            let country = |p: usize| r.countries.get(p).cloned().flatten();
                            let foreign = |p: &usize| country(*p).is_none() || country(*p) != country(one);
                            let other = pool.iter().rev().copied().find(|p| *p != one && untitled(p) && foreign(p));
                            other.map_or(pool, |o| vec![o, one])
                        }
                        [_, _] => fitting,
                        // (Three presidents: no telling which two.)
                        _ => pool,
                    }
                }
                None => pool,
            };
            // ("Trump met each leader", "received both ministers": two others than
            // those already named.)
            let others = object_plural || each_of_them(v, cs, ce);
            let named: Vec<usize> = participants.clone();
            for p in pool.iter().rev().filter(|p| !others || !named.contains(p)).take(2) {
                if !participants.contains(p) {
                    participants.push(*p);
                }
            }
        }
        // ("where his annual summit with Y took place", "said his talks with Y were
        // useful": the owner of the talks told by a possessive pronoun.)
        // (Not "his daily call with reporters": the press.)
        let press = |k: usize| matches!(v.w(k), "reporters" | "journalists" | "press" | "media" | "correspondents");
        if noun_first
            && !participants.is_empty()
            && v.w(first + 1) == "with"
            && !press(first + 2)
            && !(v.w(first + 2) == "the" && press(first + 3))
        {
            let owner = (first.saturating_sub(4).max(cs)..first)
                .rev()
                .take_while(|&k| {
                    matches!(v.w(k), "his" | "her")
                        || v.span_at[k].is_none() && !v.toks[k].is_capitalised() && v.w(k) != ","
                })
                .find(|&k| matches!(v.w(k), "his" | "her"));
            if let Some(p) = owner.and_then(|k| v.subject_pronoun(k, r.previous_subject)) {
                if !participants.contains(&p) {
                    participants.push(p);
                }
            }
        }
        // "X returned to Moscow after talks with Y": X takes part in the talks; and
        // "After meeting Y, X said": the main clause's subject met Y.
        // ("and then flew to Cusco for talks with Y": where the subject went names no
        // one.)
        let bare = !v.spans.iter().any(|s| {
            s.start >= cs
                && s.end <= first
                && !(matches!(s.what, Ref::Place(_)) && s.start > 0 && matches!(v.w(s.start - 1), "to" | "in" | "at"))
        });
        // "X flies to Tokyo on Monday and is due to meet Y": the same subject, and
        // where it is going.
        let continued =
            lead == Lead::Other && cs >= 1 && (v.w(cs - 1) == "and" || v.w(cs - 1) == "," && v.w(cs) == "then");
        let subject = if let Some((_, p)) = interrupted.filter(|i| i.0 == cs) {
            Some(p)
        } else if (cs <= 1 || v.opens_front(cs - 1)) && lead != Lead::Start {
            main_subject
        } else if (live[0].2 && matches!(lead, Lead::Follows | Lead::Other))
            || continued
            // ("X spoke to Y, a month after receiving Z in Brasilia": X received Z.)
            // ("left Windsor after taking tea with the King": the gerund's object.)
            || lead == Lead::Follows
                && (live[0].0 == cs
                    || matches!(v.w(cs), "taking" | "having") && live[0].0 <= cs + 3 && v.w(live[0].0) == "with")
                && v.w(cs).ends_with("ing")
        {
            inherited_subject
        } else {
            None
        };
        if let Some(p) = subject.filter(|p| bare && !participants.contains(p)) {
            participants.push(p);
        }
        // "Yunus, who met Xi in March, is due in Tokyo for talks with Ishiba": the
        // person the relative clause hangs on, in it and in the clause after it.
        if let Some(p) = v.antecedent(cs).filter(|p| !participants.contains(p)) {
            participants.push(p);
            // ("A and B, who met in Lima on Sunday,": the two of them.)
            if participants.len() < 2 {
                participants.extend(v.antecedent_partner(cs));
            }
        }
        // "A and B agreed in a call on Tuesday to meet next month": those who agreed,
        // at the event the clause before told.
        // ("A and B met in Vilnius in July, and met again in New York": the same
        // people, again.)
        let again = continued && v.w(cs + 1) == "again" && live[0].0 == cs;
        if lead == Lead::Agreed || again && participants.len() < 2 {
            if let Some(d) = facts.drafts.last() {
                for p in &d.participants {
                    if !participants.contains(p) {
                        participants.push(*p);
                    }
                }
            }
        }
        // "X announced the talks during a meeting with Y": the speaker was there.
        // ("during a meeting with Y", "during talks with Y"; not "during Trump's visit",
        // nor "during negotiations".)
        let during = live.iter().any(|t| {
            let at = |k: usize| t.0 >= k && v.w(t.0 - k) == "during";
            t.2 && !matches!(v.w(t.0), "visit" | "visits")
                && v.w(t.0 + 1) == "with"
                && (at(1) || (at(2) && matches!(v.w(t.0 - 1), "a" | "an" | "the" | "their" | "his" | "her")))
        })
            // "Xi told Lula in a phone call that ...": the one told was spoken to in it.
            || cs >= 1
                && matches!(v.w(cs - 1), "told" | "tells")
                && live.iter().any(|t| {
                    let mut k = t.0;
                    while k > cs && matches!(v.w(k - 1), "phone" | "telephone" | "video") {
                        k -= 1;
                    }
                    t.2 && k >= cs + 2
                        && matches!(v.w(k - 1), "a" | "an" | "their")
                        && matches!(v.w(k - 2), "in" | "during")
                        && matches!(v.w(t.0), "call" | "conversation" | "meeting" | "talks")
                });
        if let Some(p) = inherited_subject.filter(|p| lead == Lead::Speech && during && !participants.contains(p)) {
            participants.push(p);
        }
        // "In a call on Monday, Xi told Lula that ...": the one who told and the one
        // told, either side of the verb, spoke in it.
        let fronted = matches!(v.w(cs), "in" | "during")
            && live
                .iter()
                .any(|t| t.2 && t.0 <= cs + 4 && matches!(v.w(t.0), "call" | "conversation" | "meeting" | "talks"));
        if fronted && ce > cs && matches!(v.w(ce), "told" | "tells") {
            let person_at = |k: usize| {
                let s = &v.spans[v.span_at.get(k).copied().flatten()?];
                if let Ref::Person(p) = s.what {
                    Some((s.start, s.end, p))
                } else {
                    None
                }
            };
            let teller = person_at(ce - 1).filter(|&(_, end, _)| end == ce);
            // (After the titles: "told Foreign Minister Luis Prado".)
            // (A title's first words are no title alone: "Prime" of "Prime Minister".)
            let told = (ce + 1..ce + 5)
                .take_while(|&k| v.span_at.get(k).copied().flatten().is_some() || v.toks[k].is_capitalised())
                .find_map(person_at)
                .filter(|&(start, _, _)| start == ce + 1 || v.is_title_word(r.g, start - 1));
            if let (Some((_, _, a)), Some((_, _, b))) = (teller, told) {
                for p in [a, b] {
                    if !participants.contains(&p) {
                        participants.push(p);
                    }
                }
            }
        }
        // "She and Trump agreed to pause tariffs after a phone call": the two of them
        // (and whoever else is named there: "signed after two days of talks, with
        // King Abdullah looking on").
        if lead == Lead::Follows
            && noun_first
            && inherited_pair.len() >= 2
            && (participants.is_empty() || participants.iter().any(|p| inherited_pair.contains(p)))
        {
            for p in &inherited_pair {
                if !participants.contains(p) {
                    participants.push(*p);
                }
            }
        }
        let mut groups = groups(r.g, v, cs, ce, &trigger_idx);
        // "the two delegations met", "talks between the two countries", "teams
        // from both countries".
        // (Also "the two interior ministries", "both foreign ministries".)
        let sides = |w: &str| {
            matches!(w, "delegations" | "countries" | "sides" | "teams" | "governments" | "nations" | "ministries")
        };
        let two_sides = (cs..ce).any(|i| {
            ((v.w(i) == "two" && i > 0 && v.w(i - 1) == "the") || v.w(i) == "both")
                && (sides(v.w(i + 1)) || v.w(i + 2) == "ministries")
                // ("The delegations will meet again in Damascus": the two told before.)
                || v.w(i) == "the" && matches!(v.w(i + 1), "delegations" | "negotiators")
                || i == cs && matches!(v.w(i), "delegations" | "negotiators")
                // ("A joint commission will meet in La Paz": a body of the two.)
                || matches!(v.w(i), "joint" | "binational" | "bilateral" | "mixed")
                    && matches!(v.w(i + 1), "commission" | "committee")
        });
        // (Not when two people are named: "A hosted B, and the two governments
        // signed a communique" names no delegations.)
        if two_sides && groups.len() < 2 && participants.len() < 2 {
            for g in r.recent_groups.iter().rev().take(2) {
                if !groups.contains(g) {
                    groups.push(g.clone());
                }
            }
            // (Countries no event has named as parties: "Nigeria and Niger agreed
            // to ...". Only two of them, to be sure which two.)
            if groups.is_empty() && r.recent_countries.len() == 2 {
                groups.extend(r.recent_countries.iter().cloned());
            }
        }
        // A call happens on the line, not in a city.
        let place = if kind == EventKind::Call {
            None
        } else {
            place(r, v, cs, ce).or_else(|| {
                // ("When Wang was in New Delhi, he and Doval held talks".)
                let after_when = lead == Lead::Main && v.w(0) == "when";
                // ("X came to Nuuk in early April, when she met Y".)
                let when_after = cs >= 2 && v.w(cs - 1) == "when" && v.w(cs - 2) == ",";
                // ("X flew to Tashkent and, after talks with Y, signed": there.)
                let and_after = lead == Lead::Follows
                    && cs >= 3
                    && v.w(cs - 1) == "after"
                    && (v.w(cs - 2) == "and" || v.w(cs - 2) == "," && v.w(cs - 3) == "and");
                // ("After arriving in Lima on Monday, X met Y": where the clause put
                // in front has the subject arrive.)
                let arrived = lead == Lead::Main
                    && (cs.saturating_sub(10)..cs).any(|k| {
                        matches!(v.w(k), "arriving" | "landing" | "reaching" | "arrival")
                            && (k.saturating_sub(3)..k).any(|m| matches!(v.w(m), "after" | "upon"))
                    });
                // ("walked Putin along the pier in Sopot before their talks at a hotel":
                // there.)
                let before_their = lead == Lead::Other && cs >= 1 && v.w(cs - 1) == "before" && v.w(cs) == "their";
                // ("X has left Windsor Castle after taking tea with the King": where
                // the clause before has the subject leave.)
                let left_after = lead == Lead::Follows
                    && cs >= 3
                    && v.w(cs - 1) == "after"
                    && (cs.saturating_sub(12)..cs - 1).any(|k| {
                        matches!(v.w(k), "left" | "leaves" | "departed" | "departs")
                            && (k + 1..(k + 6).min(cs - 1))
                                .any(|m| v.span_at[m].is_some_and(|n| matches!(v.spans[n].what, Ref::Place(_))))
                    });
                if continued || and_after || arrived || before_their || left_after {
                    clause_goes.or(clause_place)
                } else if lead == Lead::Where || after_when || when_after {
                    clause_place
                } else {
                    None
                }
            })
        };
        // "... where he met Xi when he visited Beijing": a town the "when" clause after
        // it names, inside the country the clause has (or none).
        let place = match (place, when_after(v, ce)) {
            (p, Some(end)) if p.as_ref().is_none_or(|p| p.within.is_empty()) && kind != EventKind::Call => {
                let town =
                    parties::place(r, v, ce + 1, end).filter(|t| p.as_ref().is_none_or(|p| t.within.contains(&p.name)));
                town.or(p)
            }
            (p, _) => p,
        };
        // "The 47th ASEAN summit opened", "G7 foreign ministers ended a meeting": with
        // no one else named (or only its chair), the body's own gathering is the event.
        let mut multilateral = false;
        // (With one person, only where a verb tells the meeting: "Modi will travel to
        // Tianjin for the SCO summit" is a trip.)
        let verb_told = live.iter().any(|t| !t.2);
        if (participants.is_empty() || participants.len() == 1 && verb_told) && groups.len() <= 1 {
            let body = v.spans.iter().filter(|s| s.start >= cs && s.end <= ce).find_map(|s| match s.what {
                Ref::Org(o)
                    if r.g.org_is_body[o]
                        && !(s.start.saturating_sub(3)..s.start).any(|k| v.w(k) == "sidelines")
                        && ((s.end..s.end + 3).any(|k| {
                            trigger_idx.contains(&k)
                                // ("the European side of the city" is a part of town.)
                                || (GROUP_NOUNS.contains(&v.w(k)) && !(v.w(k) == "side" && v.w(k + 1) == "of"))
                        }) || heads_of(v, s.start)) =>
                {
                    Some(r.g.orgs[o].clone())
                }
                _ => None,
            });
            if let Some(b) = body {
                if !groups.contains(&b) {
                    groups.push(b);
                }
                multilateral = true;
            }
        }

        // Status and tense. A trigger in the past tense ("met", "hosted", "spoke")
        // states what happened: plans after it ("agreeing to a truce in which tariffs
        // will fall", "the planned route") belong to other verbs.
        // "agreed to meet in person during a phone call in November", "had invited
        // him to Cairo in a phone call in April": what was said in the call may be
        // a plan; the call itself is told as past.
        let said_in_call = noun_first && kind == EventKind::Call && said_in_call(v, cs, first).is_some();
        let past = !noun_first && PAST_FORMS.contains(&v.w(first)) && !(first > 0 && AUX.contains(&v.w(first - 1)))
            || said_in_call
            // "had spoken with B by phone on Friday and would visit in April": the
            // pluperfect tells what happened, whatever plan follows it.
            || !noun_first
                && matches!(v.w(first), "spoken" | "met" | "talked" | "phoned" | "telephoned" | "visited" | "received")
                && (first.saturating_sub(3).max(cs)..first).any(|k| {
                    v.w(k) == "had"
                        && (k + 1..first).all(|j| matches!(v.w(j), "also" | "already" | "earlier" | "previously" | "just"))
                })
            // "held a summit", "hosted talks": a noun trigger as the object of a past
            // light verb (not "held preparations for the summit").
            // ("held more than two hours of talks": how long, between.)
            || noun_first
                && (first.saturating_sub(6).max(cs)..first).any(|i| {
                    let how_long = |k: usize| {
                        v.w(k) == "of"
                            && matches!(v.w(k - 1), "hours" | "days" | "rounds" | "minutes")
                            && k + 1 == first
                    };
                    matches!(v.w(i), "held" | "hosted")
                        && !(i > 0 && AUX.contains(&v.w(i - 1)))
                        && (first - i <= 4 || how_long(first - 1))
                        && (i + 1..first).all(|k| {
                            !PLANNED.contains(&v.w(k))
                                && (!matches!(v.w(k), "for" | "on" | "about" | "to" | "of") || how_long(k))
                        })
                });
        // "told Y in a call on Monday that talks would resume": what was told is no
        // tense of the call.
        let told = if lead == Lead::Speech {
            // ("that meeting" is a determiner; "that talks would resume" a clause;
            // "a call with Y that will take place on Monday" tells the call's own
            // time: a relative "that" has a verb next, not a subject.)
            let determiner = |k: usize| {
                v.temporal.get(k + 1).copied().unwrap_or(false)
                    || live.iter().any(|t| t.0 == k + 1)
                        && !matches!(v.w(k + 1), "talks" | "negotiations" | "discussions")
                    || matches!(
                        v.w(k + 1),
                        "will"
                            | "would"
                            | "shall"
                            | "is"
                            | "are"
                            | "was"
                            | "were"
                            | "has"
                            | "have"
                            | "had"
                            | "could"
                            | "may"
                            | "might"
                            | "can"
                            | "took"
                            | "takes"
                            | "lasted"
                            | "began"
                            | "begins"
                    )
            };
            (first + 1..ce).find(|&k| v.w(k) == "that" && !determiner(k))
        } else {
            None
        };
        let status_end = told.unwrap_or(ce);
        let cue_end = if past { first } else { status_end };
        let planned_cue = triggers.iter().zip(&verdicts).any(|(t, d)| *d == Verdict::Planned && t.0 < status_end.min(cue_end.max(first + 1)))
            || (cs..cue_end).any(|i| {
                let w = v.w(i);
                PLANNED.contains(&w)
                    && !(i > 0 && matches!(v.w(i - 1), "no" | "not" | "never"))
                    // ("had gone better than expected", "as expected": no plan.)
                    && !(w == "expected" && i > 0 && matches!(v.w(i - 1), "than" | "as"))
                    && (!matches!(w, "set" | "going" | "due")
                        || matches!(v.w(i + 1), "to" | "for")
                        // "is due in Ankara on Wednesday" (not "is due in part to").
                        || w == "due"
                            && i > 0
                            // ("is also due in Moscow later this month".)
                            && (matches!(v.w(i - 1), "is" | "are" | "was" | "were")
                                || i > 1
                                    && matches!(v.w(i - 1), "also" | "still" | "now")
                                    && matches!(v.w(i - 2), "is" | "are" | "was" | "were"))
                            && matches!(v.w(i + 1), "in" | "at" | "on" | "back")
                            && v.w(i + 2) != "part")
                    // "heads to Beijing" travels; "heads of state" are people.
                    && (w != "heads" || matches!(v.w(i + 1), "to" | "for" | "off" | "back" | "home" | "abroad"))
                    // "goes on to Belgrade": travels (not "goes back to 1990").
                    && (w != "goes" || v.w(i + 1) == "to" || v.w(i + 1) == "on" && v.w(i + 2) == "to")
                    // "stops in Port Moresby on Thursday for talks" (not "the tour's stops").
                    && (w != "stops" || matches!(v.w(i + 1), "in" | "at" | "over" | "off") && i > 0 && v.w(i - 1) != "the")
                    // "Baker and Bessmertnykh stay on in Lisbon for talks on Saturday".
                    && (!matches!(w, "stay" | "stays") || v.w(i + 1) == "on" && matches!(v.w(i + 2), "in" | "at"))
                    // "the upcoming talks" makes the talks planned, not the call about them.
                    && (!matches!(w, "upcoming" | "forthcoming") || (i + 1..i + 3).contains(&first))
                    && !(w == "agreed"
                        && !(v.w(i + 1) == "to" && i + 1 < ce && (i + 2..i + 4).any(|k| v.trigger(k).is_some())))
                    || (w == "ll" && i > 0 && v.w(i - 1) == "'")
                    // ("is preparing to host the council in Islamabad on March 22-23".)
                    || (matches!(w, "preparing" | "prepares")
                        && matches!(v.w(i + 1), "to" | "for")
                        && (w == "prepares" || i > 0 && matches!(v.w(i - 1), "is" | "are")))
                    || (matches!(w, "next" | "new" | "another") && matches!(v.w(i + 1), "round" | "meeting" | "talks"))
                    // ("the next JCC meeting", "the next joint commission meeting".)
                    || w == "next"
                        && (i + 2..i + 4).any(|k| {
                            matches!(v.w(k), "round" | "meeting" | "talks" | "session")
                                && (i + 1..k).all(|m| v.w(m).chars().all(char::is_alphanumeric) && !v.in_date[m])
                        })
            })
            || lead == Lead::Precedes
            || lead == Lead::Agreed
            // "are meeting in Lisbon next week": a date that points ahead makes a
            // trigger not in the past tense a plan.
            || !past && v.dates.iter().any(|(s, e, x)| *s >= cs && *e <= status_end && x.points_ahead())
            // "is meeting Lavrov on Monday", "are holding talks on Friday": the present
            // progressive with a day is an arrangement.
            || progressive(v, first)
                && v.dates.iter().any(|(s, e, x)| {
                    *s > first
                        && *e <= ce
                        && matches!(
                            x,
                            Expr::Weekday { modifier: None | Some(Modifier::This), .. } | Expr::Rel(Rel::Weekend)
                        )
                })
            // "Leaders gather in Kuala Lumpur on May 26 for their summit", "A and B
            // meet in Lima on June 3": the present tense with a day weeks ahead is a
            // schedule.
            || !past
                && (cs..ce).any(|j| {
                    PRESENT_SIMPLE.contains(&v.w(j))
                        && !(j > 0 && matches!(v.w(j - 1), "to" | "not" | "did" | "does" | "do" | "t" | "who" | "which"))
                })
                && v.dates.iter().any(|(s, e, x)| {
                    // ("Caricom leaders meet in Georgetown in late February", told in
                    // December: a month a few ahead.)
                    let ahead = match x {
                        Expr::MonthDay { .. } => 45,
                        Expr::Month { year: None, .. } => 120,
                        _ => return false,
                    };
                    *s >= cs
                        && *e <= ce
                        && r.reference.filter(|rf| rf.exact).is_some_and(|rf| {
                            temporal::resolve(x, Some(rf), Tense::Future, None, false)
                                .is_some_and(|d| (1..=ahead).contains(&(d.start - rf.date).num_days()))
                        })
                })
            // "Eurozone finance ministers meet again in Brussels this afternoon": the
            // present tense with a later hour of the day is the day's schedule.
            || !past
                && (cs..ce).any(|j| {
                    (PRESENT_SIMPLE.contains(&v.w(j)) || matches!(v.w(j), "opens" | "begins" | "starts"))
                        && !(j > 0 && matches!(v.w(j - 1), "to" | "not" | "did" | "does" | "do" | "t" | "who" | "which"))
                })
                && (cs..ce).any(|k| {
                    v.w(k) == "this" && matches!(v.w(k + 1), "afternoon" | "evening")
                        || v.w(k) == "tonight"
                        || v.w(k) == "later" && v.w(k + 1) == "today"
                        // ("The summit opens later on Friday", told on that Friday.)
                        || v.w(k) == "later"
                            && v.w(k + 1) == "on"
                            && v.dates.iter().any(|(s, _, x)| {
                                *s == k + 2
                                    && matches!(x, Expr::Weekday { weekday, modifier: None }
                                        if r.reference.is_some_and(|rf| rf.exact && chrono::Datelike::weekday(&rf.date) == *weekday))
                            })
                })
            || live.iter().any(|(i, _, _)| {
                // "are to meet", "is to hold talks", "is to go to Belfast for talks".
                *i >= 2 && v.w(i - 1) == "to" && matches!(v.w(i - 2), "is" | "are")
                    || (i.saturating_sub(12).max(cs)..*i).any(|k| {
                        matches!(v.w(k), "is" | "are")
                            && v.w(k + 1) == "to"
                            && (matches!(v.w(k + 2), "go" | "travel" | "fly" | "come" | "visit" | "leave" | "head")
                                // ("is to hold its first meeting in November".)
                                || matches!(v.w(k + 2), "hold" | "convene") && k + 3 <= *i)
                    })
                    || *i >= 3 && v.w(i - 2) == "to" && matches!(v.w(i - 3), "is" | "are")
                    // "Talks, led by A and B, are to follow in the afternoon".
                    || (i + 1..ce.min(i + 20)).any(|k| {
                        matches!(v.w(k), "is" | "are")
                            && v.w(k + 1) == "to"
                            && matches!(
                                v.w(k + 2),
                                "follow" | "begin" | "start" | "resume" | "open" | "continue" | "take" | "be"
                            )
                    })
            });
        // "X is expected in Accra in November, when ECOWAS leaders meet there": the
        // present tense of a "when" clause after a plan is that plan's time.
        let when_of_plan = !past
            && cs >= 2
            && v.w(cs - 1) == "when"
            && live.iter().any(|t| PRESENT_SIMPLE.contains(&v.w(t.0)))
            && (0..cs - 1).any(|i| {
                matches!(v.w(i), "will" | "expected" | "scheduled" | "due" | "planned" | "plans" | "ll" | "shall")
            });
        let planned_cue = !said_in_call && (planned_cue && lead != Lead::Follows || follows_plan || when_of_plan);
        let tense = if planned_cue && !r.caption { Tense::Future } else { Tense::Past };
        // "X flies to Banjul": a plan told by the travel verb alone (a timeline
        // tells the past that way too).
        let travel_only = (cs..ce).all(|k| {
            let w = v.w(k);
            !PLANNED.contains(&w)
                || matches!(
                    w,
                    "leaves" | "heads" | "flies" | "travels" | "departs" | "goes" | "stops" | "stay" | "stays"
                )
        }) && !live.iter().any(|t| t.0 >= 1 && v.w(t.0 - 1) == "to");

        // Date: the expression nearest the first live trigger.
        let mut date = None;
        let mut from_context = false;
        // A noun trigger takes a date after it when there is one ("his first summit
        // with Trump on Monday", "Lee leaves on Sunday for talks on Monday").
        // A date inside ", who had arrived on Saturday," belongs to that aside: it
        // is taken only when the clause gives no other.
        let aside = |s: usize| {
            // (An aside is short: looking a dozen words back keeps this linear.)
            (cs.max(s.saturating_sub(12))..s).rev().take_while(|&k| v.w(k) != ",").any(|k| {
                matches!(v.w(k), "who" | "which" | "whose") && k > 0 && v.w(k - 1) == "," && !(k..s).contains(&first)
                    // ("X, freed from prison only last month, received Y this
                    // afternoon": a participle's aside about the one named.)
                    || k >= 2
                        && v.w(k - 1) == ","
                        && v.span_at[k - 2].is_some_and(|n| matches!(v.spans[n].what, Ref::Person(_)))
                        && (v.w(k).len() > 4 && v.w(k).ends_with("ed") || matches!(v.w(k), "born" | "sworn" | "chosen"))
                        // (Not "his summit with X, scheduled for Monday": the event's day.)
                        && !matches!(
                            v.w(k),
                            "scheduled" | "rescheduled" | "planned" | "slated" | "expected" | "arranged" | "postponed"
                                | "delayed" | "held" | "hosted" | "organised" | "organized" | "timed"
                        )
                        && !(k..s).contains(&first)
                    // ("held a call with Y, a month after receiving him in Lima on
                    // July 8": the day of what it came after.)
                    || k > first
                        && matches!(v.w(k), "after" | "before" | "since")
                        && v.w(k + 1).len() > 4
                        && v.w(k + 1).ends_with("ing")
            })
        };
        // ("held a summit by video link, pledging doses by the end of 2022": what
        // is due by a day is no day of what happened.)
        let deadline = |s: usize| {
            (s.saturating_sub(4)..s)
                .rev()
                .take_while(|&k| matches!(v.w(k), "by" | "the" | "end" | "of"))
                .any(|k| v.w(k) == "by")
                && (past || (cs..s).any(|k| v.w(k) == "held" || PAST_FORMS.contains(&v.w(k))))
        };
        // ("told reporters this morning that she had telephoned X last night": the
        // day of the telling, when the told clause has its own.)
        let telling = |s: usize| {
            s < first
                && (s.saturating_sub(4).max(cs)..s).any(|k| SPEECH.contains(&v.w(k)) || v.w(k) == "reporters")
                && (s + 1..first).any(|k| v.w(k) == "that")
        };
        // ("met on Monday to finalise texts for Friday's summit": the day of the
        // summit, after the verb, is not the meeting's.)
        // (Not "met at Friday's summit": that day.)
        let possessive = |s: usize| {
            s > first
                && s >= 2
                && (matches!(v.w(s - 1), "for" | "before" | "until" | "prepare" | "preparing")
                    || v.w(s - 1) == "of" && v.w(s - 2) == "ahead")
                && v.dates.iter().any(|(s2, e2, _)| *s2 == s && v.w(*e2) == "'s" && v.trigger(*e2 + 1).is_some())
        };
        // ("has led the talks since 3 February and met Y on Monday": a bound, not
        // the day of the meeting.)
        let since = |s: usize| s > 0 && v.w(s - 1) == "since";
        let aside = |s: usize| aside(s) || deadline(s) || telling(s) || since(s);
        let own = v.dates.iter().filter(|(s, e, _)| *s >= cs && *e <= ce && !aside(*s) && !possessive(*s)).count() > 0;
        // ("dedicated the new embassy, which opened in May, and held talks with Y":
        // the day of a thing's aside never dates the event.)
        let of_a_thing = |s: usize| {
            (cs.max(s.saturating_sub(12))..s)
                .rev()
                .take_while(|&k| v.w(k) != ",")
                .any(|k| v.w(k) == "which" && k > 0 && v.w(k - 1) == "," && !(k..s).contains(&first))
                && (s..ce).find(|&k| v.w(k) == ",").is_some_and(|k| k < first)
        };
        let in_clause = move || {
            v.dates.iter().filter(move |(s, e, _)| {
                let excluded = deadline(*s) || possessive(*s) || of_a_thing(*s) || own && aside(*s);
                *s >= cs && *e <= ce && !excluded
            })
        };
        let after = in_clause()
            .filter(|(s, _, e)| *s > first && *s <= first + 12 && !matches!(e, Expr::Year(_)))
            .min_by_key(|(s, _, _)| *s);
        // "The day before, A and B met in Hanoi to finalise the texts signed on
        // Tuesday": a date put in front of the clause dates it, whatever dates its
        // asides.
        let fronted = in_clause().find(|(s, e, x)| {
            (*s == cs || *s == cs + 1 && matches!(v.w(cs), "on" | "in"))
                && v.w(*e) == ","
                && *e < first
                && !matches!(x, Expr::Year(_))
                // ("On the previous day, October 27, ...": the date that names it.)
                && !v.dates.iter().any(|(s2, _, _)| *s2 == e + 1)
        });
        // ("In August, as the tariffs took effect, X held a call": in front of the
        // sentence, past a clause that tells no event.)
        let fronted = fronted.or_else(|| {
            // (A short clause in between: reading it stays linear in a long sentence.)
            (cs > 0 && cs <= 30 && !own && !(0..cs).any(|k| v.trigger(k).is_some()))
                .then(|| {
                    v.dates.iter().find(|(s, e, x)| {
                        (*s == 0 || *s == 1 && matches!(v.w(0), "on" | "in" | "-" | "*"))
                            // ("Mon 3 Jun: ...", a timeline's line.)
                            && (v.w(*e) == ","
                                || v.w(*e) == ":" && (*s == 0 || *s == 1 && matches!(v.w(0), "-" | "*")))
                            && !matches!(x, Expr::Year(_))
                    })
                })
                .flatten()
        });
        // ("After arriving in Lima on Monday, she met B", "Before flying home on
        // Tuesday, he is due to meet B": the day of the errand put in front.)
        let fronted = fronted.or_else(|| {
            (cs > 3
                && cs <= 20
                && !own
                && matches!(v.w(0), "after" | "before")
                && v.w(1).ends_with("ing")
                && v.w(cs - 1) == ","
                && !(0..cs).any(|k| v.trigger(k).is_some()))
            .then(|| v.dates.iter().find(|(s, e, x)| *s >= 2 && *e < cs && !matches!(x, Expr::Year(_))))
            .flatten()
        });
        let nearest = fronted.or_else(|| after.filter(|_| noun_first)).or_else(|| {
            // (A year alone yields to a day: "X, named envoy by this year's chair, met
            // Y on Wednesday".)
            // ("flew to Lima at the end of July and met Y there on July 30": a date
            // before an "and" is the verb before's, when one follows the trigger.)
            in_clause().min_by_key(|(s, e, x)| {
                let yearly = matches!(x, Expr::Year(_) | Expr::Rel(Rel::ThisYear));
                let verb_before = *e <= first && after.is_some() && (*e..first).any(|k| v.w(k) == "and");
                (yearly, verb_before, if *e <= first { first - e } else { s.saturating_sub(first) })
            })
        });
        if let Some((s, e, expr)) = nearest {
            // ("On December 27, A received B; the next day C hosted him": the day
            // after the clause before's.)
            // (Not "a day before meeting Xi": that meeting's day.)
            // ("The next day she saw X": the day after the clause before's.)
            // (Not "two days later spoke to Y": "later" takes no object.)
            let anchored = !matches!(v.w(e.saturating_sub(1)), "later" | "earlier")
                && (v.trigger(*e).is_some()
                    || matches!(v.w(*e), "the" | "their" | "his" | "her" | "its" | "a") && v.trigger(*e + 1).is_some());
            // ("arrives next Tuesday and will hold talks that afternoon": the day
            // the sentence named before.)
            let that_day = || {
                let (k, _, x) = v.dates.iter().rev().find(|(_, e2, x)| *e2 <= *s && !matches!(x, Expr::Rel(_)))?;
                temporal::resolve(x, r.reference, tense, r.context, v.quoted[*k])
                    .filter(|d| d.precision == Precision::Day && d.start == d.end)
            };
            let context = match expr {
                // (And "arrived on Sunday and held talks the same afternoon".)
                Expr::Rel(Rel::SameDay) if matches!(v.w(*s), "that" | "same") && that_day().is_some() => that_day(),
                Expr::Rel(Rel::SameDay | Rel::DayBefore | Rel::DayAfter | Rel::DaysAfter(_) | Rel::DaysBefore(_))
                    if !anchored =>
                {
                    facts.drafts.last().and_then(|d| d.date).filter(|d| d.precision == Precision::Day).or(r.context)
                }
                // ("spoke on April 2, and B met Xi later that month": April's.)
                Expr::Rel(Rel::ThatMonth) => facts.drafts.last().and_then(|d| d.date).or(r.context),
                _ => r.context,
            };
            date = temporal::resolve(expr, r.reference, tense, context, v.quoted[*s]);
            // ("was received in March by A and, later the same day, by B": the day
            // after or before, or the same, of a clause dated only by its month is
            // in that month.)
            if matches!(expr, Expr::Rel(Rel::SameDay | Rel::DayBefore | Rel::DayAfter)) && !anchored {
                if let Some(d) = facts.drafts.last().and_then(|d| d.date).filter(|d| d.precision == Precision::Month) {
                    date = Some(d);
                }
            }
            // ("18 January - X flies to Banjul", published on 22 January: the 18th
            // just past, not next year's.)
            if travel_only && tense == Tense::Future && matches!(expr, Expr::MonthDay { .. }) {
                let past = temporal::resolve(expr, r.reference, Tense::Past, context, v.quoted[*s]);
                if let (Some(f), Some(p), Some(rf)) = (date, past, r.reference) {
                    if (rf.date - p.end).num_days() < (f.start - rf.date).num_days() {
                        date = Some(p);
                    }
                }
            }
            // ("Monday 8 September (yesterday) - X returns": with no publication date,
            // "yesterday" says nothing, the day beside it does.)
            if date.is_none() {
                date = in_clause()
                    .filter(|(s2, _, _)| s2 != s)
                    .find_map(|(s2, _, x2)| temporal::resolve(x2, r.reference, tense, r.context, v.quoted[*s2]));
            }
            // "on Saturday and Sunday", "opened on Sunday and runs until Tuesday": a
            // run of days from the first to the second.
            let joined = in_clause().find(|(s2, _, _)| {
                *s2 > *e
                    && *s2 <= e + 4
                    && (*e..*s2).all(|k| matches!(v.w(k), "and" | "to" | "until" | "through" | "-" | "runs" | "on"))
                    && (*e..*s2).any(|k| v.w(k) != "on")
            });
            // ("spent Tuesday and Wednesday in talks": the nearest day is the second.)
            let joined_before = in_clause().find(|(_, e0, _)| {
                *e0 < *s
                    && *e0 + 4 >= *s
                    && (*e0..*s).all(|k| matches!(v.w(k), "and" | "to" | "through" | "-" | "on"))
                    && (*e0..*s).any(|k| v.w(k) != "on")
            });
            if let (Some(d2), None, Some((s0, _, x0))) = (date, joined, joined_before) {
                let d1 =
                    temporal::resolve(x0, r.reference, tense, r.context, v.quoted[*s0]).filter(|d1| d1.end < d2.start);
                if let Some(d1) = d1.filter(|d1| d1.precision == d2.precision && d2.precision == Precision::Day) {
                    if (1..=6).contains(&(d2.start - d1.end).num_days()) {
                        date = DateSpan::days(d1.start, d2.end).or(date);
                    }
                }
            }
            if let (Some(d1), Some((s2, _, x2))) = (date, joined) {
                // The second day comes after the first, whatever the tense ("opened on
                // Sunday and runs until Tuesday").
                let d2 = temporal::resolve(x2, r.reference, tense, r.context, v.quoted[*s2])
                    .filter(|d2| d2.start > d1.end)
                    .or_else(|| temporal::resolve(x2, r.reference, Tense::Future, r.context, v.quoted[*s2]));
                if let Some(d2) = d2.filter(|d2| d2.precision == d1.precision && d1.precision == Precision::Day) {
                    let days = (d2.start - d1.end).num_days();
                    if (1..=6).contains(&days) {
                        date = DateSpan::days(d1.start, d2.end).or(date);
                    }
                }
            }
            from_context = matches!(
                expr,
                Expr::Rel(Rel::SameDay | Rel::DayBefore | Rel::DayAfter | Rel::DaysAfter(_) | Rel::DaysBefore(_))
            ) && r.context.is_some();
        }
        // "In the afternoon, X held talks with Y": the day the story is at.
        let day_part = |k: usize| {
            v.w(k) == "in"
                && v.w(k + 1) == "the"
                && matches!(v.w(k + 2), "morning" | "afternoon" | "evening")
                && v.w(k + 3) == ","
        };
        // ("In a separate meeting at the palace, X held talks with Y", "Separately, X
        // met Y": another meeting of that day.)
        let apart = v.w(0) == "separately" || v.w(0) == "in" && v.w(1) == "a" && v.w(2) == "separate";
        // ("Talks are to follow in the afternoon", "they meet again in the evening":
        // the same day, later.)
        let later_part = (cs..ce).any(|k| {
            v.w(k) == "in"
                && v.w(k + 1) == "the"
                && matches!(v.w(k + 2), "afternoon" | "evening")
                && matches!(v.w(k + 3), "." | "," | ";" | "")
        });
        // ("Hours before the talks, X spoke by phone with Y": the talks' day.)
        let hours_from = matches!(v.w(0), "hours" | "minutes" | "moments" | "shortly")
            && matches!(v.w(1), "before" | "after")
            && matches!(v.w(2), "the" | "their" | "his" | "her")
            && v.trigger(3).is_some_and(|t| t.1)
            && cs > 3;
        // ("X began the day at Government House, where he met Y": the story's day.)
        // (Near the clause: a page-long sentence is not read again for each one.)
        let began_the_day = (cs.saturating_sub(30)..ce.min(cs + 12)).any(|k| {
            matches!(v.w(k), "began" | "begins" | "started" | "starts" | "ended" | "ends")
                && v.w(k + 1) == "the"
                && v.w(k + 2) == "day"
        });
        if date.is_none()
            && (day_part(cs)
                || day_part(0)
                || later_part
                || apart && lead != Lead::Speech
                || hours_from
                || began_the_day)
            && r.context.is_some_and(|c| (!hours_from && !began_the_day) || c.precision == Precision::Day)
        {
            date = r.context;
            from_context = true;
        }
        // "he flies to Beirut on Sunday, and will be received by Aoun", "X was in
        // Oslo on Tuesday, where Y hosted him": that day.
        // ("On Monday he will hold talks in N'Djamena and fly the same day to
        // Abuja, where he is to meet Y": the day "the same day" took up.)
        if date.is_none() && (continued || lead == Lead::Where) {
            let same_day = |x: &Expr| matches!(x, Expr::Rel(Rel::SameDay));
            if let Some((s, _, expr)) = v.dates.iter().rev().find(|(_, e, _)| *e <= cs) {
                let named = same_day(expr)
                    .then(|| v.dates.iter().rev().find(|(_, e, x)| *e <= *s && !matches!(x, Expr::Rel(_))))
                    .flatten();
                let (s, expr) = named.map_or((s, expr), |(s2, _, x2)| (s2, x2));
                date = temporal::resolve(expr, r.reference, tense, r.context, v.quoted[*s]);
            }
        }
        // "X, who visited Kyiv in February, met Y": the day of the visit the aside
        // before the verb told.
        // (A short aside: looking a dozen words back keeps this linear.)
        if date.is_none() && cs >= 3 && v.w(cs - 1) == "," {
            let who = (cs.saturating_sub(14)..cs - 1)
                .rev()
                .take_while(|&k| v.w(k) != ",")
                .find(|&k| v.w(k) == "who" && k >= 2 && v.w(k - 1) == ",");
            if let Some(k) = who {
                if let Some((s, _, expr)) = v.dates.iter().find(|(s, e, _)| *s > k && *e < cs) {
                    date = temporal::resolve(expr, r.reference, tense, r.context, v.quoted[*s]);
                }
            }
        }
        // "contacts earlier this month, when the delegations met": the time phrase
        // the "when" clause hangs on.
        // ("in May, my first trip abroad, when X hosted me", "in 2016, during his
        // first term, when ...": past an apposition.)
        // ("in May 2017, when, as crown prince, he was received": past the aside
        // the "when" opens.)
        let when =
            if cs >= 4 && v.w(cs - 1) == "as" && v.w(cs - 2) == "," && v.w(cs - 3) == "when" { cs - 2 } else { cs };
        if date.is_none() && when >= 2 && v.w(when - 1) == "when" {
            let cs = when;
            let apposition = |e: usize| {
                v.w(e) == ","
                    && v.w(cs - 2) == ","
                    && cs - 2 > e + 1
                    && cs - 2 - e <= 9
                    && matches!(
                        v.w(e + 1),
                        "his" | "her" | "their" | "my" | "our" | "its" | "the" | "a" | "an" | "during" | "on" | "as"
                    )
                    && (e + 1..cs - 2).all(|k| v.w(k) != "," && !v.in_date[k])
            };
            let before =
                v.dates.iter().find(|(_, e, _)| *e == cs - 1 || (*e == cs - 2 && v.w(cs - 2) == ",") || apposition(*e));
            if let Some((s, _, expr)) = before {
                date = temporal::resolve(expr, r.reference, tense, r.context, v.quoted[*s]);
            }
        }
        // ("received the invitation last September from Blinken, who met him in New
        // York": the occasion the main clause dated, its giver meeting its subject.)
        if date.is_none()
            && cs >= 3
            && v.w(cs - 1) == "who"
            && v.w(cs - 2) == ","
            && matches!(v.w(cs), "met" | "received" | "visited")
            && matches!(v.w(cs + 1), "him" | "her" | "them")
        {
            let before = v.dates.iter().rev().find(|(_, e, x)| *e < cs - 2 && !matches!(x, Expr::Year(_)));
            if let Some((s, _, expr)) = before {
                date = temporal::resolve(expr, r.reference, tense, r.context, v.quoted[*s]);
            }
        }
        // "spoke with X by phone after the meeting ended on Friday": that day.
        if date.is_none() && v.w(ce) == "after" {
            let next = v.dates.iter().find(|(s, _, x)| *s > ce && *s <= ce + 10 && !matches!(x, Expr::Year(_)));
            if let Some((s, _, expr)) = next {
                date = temporal::resolve(expr, r.reference, tense, r.context, v.quoted[*s])
                    .filter(|d| d.precision == Precision::Day);
            }
        }
        // "met Xi when he visited Beijing late last year": the "when" clause after it.
        if date.is_none() {
            if let Some(end) = when_after(v, ce) {
                if let Some((s, _, expr)) = v.dates.iter().find(|(s, e, _)| *s > ce && *e <= end) {
                    date = temporal::resolve(expr, r.reference, tense, r.context, v.quoted[*s]);
                }
            }
        }
        // "On 1 September, Tusk walked Putin along the pier before their talks at a
        // hotel": the talks that came right after are of that day.
        if date.is_none()
            && lead == Lead::Other
            && noun_first
            && cs >= 1
            && v.w(cs - 1) == "before"
            && v.w(cs) == "their"
        {
            let before = v.dates.iter().rev().find(|(_, e, x)| *e < cs && !matches!(x, Expr::Year(_)));
            if let Some((s, _, expr)) = before {
                date = temporal::resolve(expr, r.reference, Tense::Past, r.context, v.quoted[*s])
                    .filter(|d| d.precision == Precision::Day);
            }
        }
        // "When Wang was in New Delhi earlier this month, he and Doval held talks":
        // the main clause takes the date of the "when" clause put in front.
        if date.is_none() && lead == Lead::Main && matches!(v.w(0), "when" | "while") {
            let before = v.dates.iter().rev().find(|(_, e, x)| *e <= cs && !matches!(x, Expr::Year(_)));
            if let Some((s, _, expr)) = before {
                date = temporal::resolve(expr, r.reference, tense, r.context, v.quoted[*s]);
            }
        }
        // "On Thursday, soon after landing, he paid a courtesy call on X": a date
        // put in front of the sentence dates what follows, whatever clause it is in.
        // (Not a clause counted from the day it gave: "On June 21 A called B, a day
        // after he spoke with C".)
        let counted = lead == Lead::Follows
            && cs >= 3
            && matches!(v.w(cs - 1), "after" | "following")
            && matches!(v.w(cs - 2), "day" | "days" | "week")
            && facts
                .drafts
                .last()
                .and_then(|d| d.date)
                .is_some_and(|d| d.precision == Precision::Day && d.start == d.end);
        if date.is_none() && !counted {
            // ("On 3 September 2024 it was Putin's turn: X received him".)
            let after_colon = cs >= 1 && v.w(cs - 1) == ":" && !(0..cs).any(|k| v.trigger(k).is_some());
            // (After a transcript's speaker: "ANU BOLD: This afternoon, ...".)
            let start = v.speaker_label_end();
            let fronted = v.dates.iter().find(|(s, e, x)| {
                *s >= start
                    && *s <= start + 2
                    && *e <= cs
                    && (v.w(*e) == ","
                        || after_colon
                        // ("On Wednesday evening, shortly after he landed, ...")
                        || matches!(v.w(*e), "morning" | "afternoon" | "evening" | "night") && v.w(*e + 1) == ","
                        // ("In December 2014 X flew to Tashkent and, after talks with Y, ...")
                        || lead == Lead::Follows && *e < cs)
                    && !matches!(x, Expr::Year(_))
                    // ("Late on Friday, after another round of talks, ...")
                    && (start..*s).all(|k| v.w(k) == "on" || k == start && matches!(v.w(k), "late" | "early"))
            });
            if let Some((s, _, expr)) = fronted {
                date = temporal::resolve(expr, r.reference, tense, r.context, v.quoted[*s]);
            }
        }
        // "spoke with Erdogan on Monday, two days after meeting Fidan", "The call
        // came a day after Sudani met Fidan": days counted back from the event the
        // sentence (or else the story) has just dated.
        if date.is_none() && lead == Lead::Follows && cs >= 3 && matches!(v.w(cs - 1), "after" | "following") {
            let count = match v.w(cs - 3) {
                "a" | "one" => Some(1),
                "two" => Some(2),
                "three" => Some(3),
                "four" => Some(4),
                "five" => Some(5),
                "six" => Some(6),
                n => n.parse::<u64>().ok().filter(|n| (1..=30).contains(n)),
            };
            let days = match (count, v.w(cs - 2)) {
                (Some(1), "day") | (Some(2..), "days") => count,
                (Some(1), "week") => Some(7),
                _ => None,
            };
            let single_day = |d: &DateSpan| d.precision == Precision::Day && d.start == d.end;
            // ("It came five days after ...", "The visit comes a week after ...": after
            // the story's own event, not the one told last.)
            let story = cs >= 5
                && matches!(v.w(cs - 4), "came" | "comes")
                && (cs == 5 && matches!(v.w(0), "it" | "this")
                    || cs == 6 && v.w(0) == "the" && matches!(v.w(1), "visit" | "trip"));
            let anchor = if story && facts.drafts.is_empty() { r.lead_day } else { None };
            let anchor = anchor.or_else(|| facts.drafts.last().and_then(|d| d.date).or(r.context)).filter(single_day);
            if let (Some(n), Some(a)) = (days, anchor) {
                date = a.start.checked_sub_days(chrono::Days::new(n)).map(DateSpan::day);
            }
        }
        // "last met two weeks ago in Paris, where both attended the conference on
        // November 12": the day the "where" clause after the event gives, inside the
        // rough span the clause itself gave.
        if let Some(rough) = date.filter(|d| d.precision == Precision::Month) {
            let day = (ce..ce + 2).find(|&k| v.w(k) == "where").and_then(|w| {
                let (s, _, expr) = v.dates.iter().find(|(s, _, _)| *s > w && *s <= w + 15)?;
                let told = !(w..*s).any(|k| matches!(v.w(k), "," | ";" | ":"));
                told.then(|| temporal::resolve(expr, r.reference, tense, r.context, v.quoted[*s])).flatten()
            });
            if let Some(day) = day.filter(|d| d.precision == Precision::Day && rough.contains(d.start)) {
                date = Some(day);
            }
        }
        // "a three-day meeting ... ended on Friday": a run of days around the day given.
        if let Some(d) = date.filter(|d| d.precision == Precision::Day && d.start == d.end) {
            // (Not an aside after the encounter: "was received on Saturday by X, the
            // first stop of a five-day state visit".)
            let comma = (first..ce).find(|&k| v.w(k) == ",");
            let aside = |i: usize| i > first && comma.is_some_and(|c| c < i);
            let days = (cs..ce).filter(|&i| !aside(i)).find_map(|i| {
                let n = match v.w(i) {
                    "two" | "2" => 2,
                    "three" | "3" => 3,
                    "four" | "4" => 4,
                    "five" | "5" => 5,
                    _ => return None,
                };
                // "a three-day meeting", "two days of talks".
                ((v.w(i + 1) == "-" && v.w(i + 2) == "day") || (v.w(i + 1) == "days" && v.w(i + 2) == "of"))
                    .then_some(n)
            });
            if let Some(n) = days {
                let ended = (cs..ce).any(|i| {
                    matches!(v.w(i), "ended" | "concluded" | "closed" | "wrapped" | "ends" | "completed" | "finished")
                });
                let span = if ended {
                    d.start.checked_sub_days(chrono::Days::new(n - 1)).and_then(|s| DateSpan::days(s, d.start))
                } else {
                    d.start.checked_add_days(chrono::Days::new(n - 1)).and_then(|e| DateSpan::days(d.start, e))
                };
                date = span.or(date);
            }
        }
        // "the second and final day of the summit", "entered a third day on
        // Monday": the gathering began that many days before the day given.
        if let Some(d) = date.filter(|d| d.precision == Precision::Day && d.start == d.end) {
            if let Some(n) = v.nth_day(cs, ce) {
                date = d
                    .start
                    .checked_sub_days(chrono::Days::new(n - 1))
                    .and_then(|s| DateSpan::days(s, d.start))
                    .or(date);
            }
        }
        let mut status = if planned_cue { Status::Planned } else { Status::Occurred };
        if r.caption || lead == Lead::Follows && !follows_plan {
            status = Status::Occurred;
        }
        if let (Some(d), Some(rf)) = (date, r.reference) {
            if rf.exact && d.start > rf.date {
                status = Status::Planned;
            }
            // "12 August - ... That night X flies to Tbilisi and meets Y": a
            // timeline's present, of a day already past, with no word of a plan but
            // the travel verb.
            if status == Status::Planned
                && travel_only
                && d.precision == Precision::Day
                && d.end < rf.date
                && !verdicts.contains(&Verdict::Planned)
                && lead != Lead::Precedes
                && lead != Lead::Agreed
            {
                status = Status::Occurred;
            }
        }
        let round = (cs..ce).any(|i| matches!(v.w(i), "round" | "rounds") && i > 0 && ORDINALS.contains(&v.w(i - 1)));
        let definite = live[0].2 && v.definite(first, cs);
        // ("Kyrgyz President Sadyr Japarov hosted the talks": the host of the talks
        // told before takes part in them.)
        let hosted_the = (cs..ce).any(|k| {
            matches!(v.w(k), "hosted" | "chaired" | "convened")
                && v.w(k + 1) == "the"
                && NOUN_TRIGGERS.contains(&v.w(k + 2))
                && participants.len() == 1
        });
        let joins = definite && participation(v, cs, ce) || hosted_the;
        // "on the sidelines", "on the sidelines of the summit": of an occasion told
        // before (not "on the sidelines of a UN meeting in Geneva", which names its own).
        let sidelines = (cs..ce).any(|i| {
            v.w(i) == "sidelines"
                && (v.w(i + 1) != "of" || (v.w(i + 2) == "the" && NOUN_TRIGGERS.contains(&v.w(i + 3))))
        });
        // ("met A and B separately before the conference began", "ahead of the
        // summit": around the gathering just told, on its day and in its town; the
        // words may open the next clause.)
        let gathering_word = |k: usize| matches!(v.w(k), "conference" | "summit" | "gathering" | "forum");
        let around_at = |k: usize| {
            matches!(v.w(k), "before" | "after" | "during") && v.w(k + 1) == "the" && gathering_word(k + 2)
                || v.w(k) == "ahead" && v.w(k + 1) == "of" && v.w(k + 2) == "the" && gathering_word(k + 3)
        };
        let around = (cs..(ce + 1).min(v.toks.len())).any(around_at);
        // ("The two first met in Paris", "last met in November": another, earlier
        // occasion than the one just told.)
        let earlier = first > cs
            && matches!(v.w(first - 1), "first" | "last" | "previously")
            && matches!(v.w(first), "met" | "spoke" | "talked");
        // ("at last year's meeting in Funafuti", "the previous summit": another.)
        let before_this = first >= 3
            && (v.w(first - 1) == "previous"
                || v.w(first - 1) == "'s"
                    && matches!(v.w(first - 2), "year" | "month" | "week")
                    && v.w(first - 3) == "last");
        // ("He called A on February 8, and two days later spoke to B": two
        // occasions, each on its own day.)
        let dated_and = |k: usize| k >= 2 && v.w(k - 1) == "and" && v.w(k - 2) == "," && v.in_date[k];
        // ("held talks late this afternoon, shortly after Ardern's meeting there with
        // Li": another meeting, one of the two with someone else.)
        let owned_before = lead == Lead::Follows
            && noun_first
            && first >= cs + 2
            && v.w(first - 1) == "'s"
            && v.span_at[first - 2].is_some_and(|n| matches!(v.spans[n].what, Ref::Person(_)))
            && (first + 1..(first + 4).min(ce)).any(|k| v.w(k) == "with");
        // (Shortly before, on the same day.)
        if owned_before && date.is_none() && (cs.saturating_sub(3)..cs).any(|k| matches!(v.w(k), "shortly" | "just")) {
            date = facts.drafts.last().and_then(|d| d.date).filter(|d| d.precision == Precision::Day);
        }
        let separate = earlier
            || before_this
            || owned_before
            || (cs..ce).any(|i| matches!(v.w(i), "separate" | "separately"))
            || dated_and(cs)
            || ce + 1 < v.toks.len() && dated_and(ce + 1);
        // ("held a bilateral meeting with Isaias before the summit opened": the two
        // apart too.)
        let private = (cs..ce).any(|i| {
            matches!(v.w(i), "privately" | "private" | "tete-a-tete")
                || v.w(i) == "bilateral" && v.trigger(i + 1).is_some_and(|t| t.1)
        });
        let sequel = (0..ce).any(|i| {
            !v.in_date[i]
                && (matches!(v.w(i), "then" | "later" | "afterwards" | "subsequently")
                    || (i == 0 && matches!(v.w(i), "before" | "after")))
        });
        let also = (cs..first).any(|i| v.w(i) == "also")
            // ("X was received on arrival in Abu Dhabi by Y": another meeting of the
            // visit told just before, on its day.)
            || (cs + 1..ce).any(|i| {
                v.w(i) == "arrival"
                    && (matches!(v.w(i - 1), "on" | "upon")
                        || i > cs + 1
                            && matches!(v.w(i - 1), "his" | "her" | "their")
                            && matches!(v.w(i - 2), "on" | "upon"))
            });
        // (Not "bilateral meetings with Brown, who chairs the Forum": one pair's talks.)
        let bilateral = first > cs && v.w(first - 1) == "bilateral";
        let occasion = multilateral
            || live.iter().any(|t| matches!(v.w(t.0), "summit" | "summits"))
            || !bilateral && (cs..ce).any(|i| matches!(v.w(i), "forum" | "conference" | "assembly"));
        // "A and B shook hands before their talks in Tokyo on Monday": the talks are
        // the occasion the clause before told, with its day and place.
        let of_the_last = noun_first
            && date.is_some()
            && cs >= 1
            && v.w(cs - 1) == "before"
            && (cs..first).all(|k| matches!(v.w(k), "their" | "the" | "his" | "her" | "bilateral"));
        if let Some(prev) =
            facts.drafts.last_mut().filter(|d| of_the_last && d.sentence == sentence && d.date.is_none())
        {
            prev.date = date;
            prev.place = prev.place.take().or(place);
            continue;
        }
        // ("A and B met in Lima in September, just before the G20 summit": the
        // summit only says when; no event of its own when the clause gives it no
        // day, place or person.)
        let reference = noun_first
            && occasion
            && live.len() == 1
            && date.is_none()
            && place.is_none()
            && participants.is_empty()
            && cs >= 1
            && (matches!(v.w(cs - 1), "before" | "after" | "following")
                || cs >= 1 && v.w(cs - 1) == "ahead" && v.w(cs) == "of")
            && (cs..first).all(|k| v.w(k) == "of" || v.w(k) == "the" || v.span_at[k].is_some())
            && facts.drafts.last().is_some_and(|d| d.sentence == sentence);
        if reference {
            continue;
        }
        let draft = Draft {
            private,
            sequel,
            also,
            gathering: occasion,
            travel_plan: status == Status::Planned
                && travel_only
                && date.is_none()
                && !verdicts.contains(&Verdict::Planned)
                && lead != Lead::Precedes
                && lead != Lead::Agreed,
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
            around,
            separate,
            multilateral,
            place_guessed: false,
            place_from_dateline: false,
        };
        // The verb the clause's objects hang on ("who arranged the meeting, met
        // separately with A and B").
        // ("held separate meetings with each leader": the noun, when "each" names them.)
        // ("held separate talks with A and B, then received C": the noun "held" takes.)
        let held = live.first().filter(|t| {
            t.2 && t.1 == kind
                && (t.0.saturating_sub(7).max(cs)..t.0).any(|k| {
                    matches!(v.w(k), "held" | "holds" | "had" | "hold" | "took" | "takes")
                        && (k..t.0).all(|m| v.w(m) != ",")
                })
        });
        let verb = held
            .or_else(|| live.iter().find(|t| !t.2 && t.1 == kind))
            // ("after meeting A in Suva on Wednesday and B in Port Moresby on
            // Thursday": the gerund is the verb.)
            .or_else(|| {
                live.iter().find(|t| {
                    t.1 == kind
                        && v.w(t.0).ends_with("ing")
                        && t.0 > 0
                        && matches!(v.w(t.0 - 1), "after" | "before" | "while" | "following")
                })
            })
            .map(|t| t.0)
            .or_else(|| (each_of_them(v, cs, ce) || separate || second_leg(v, first, ce).is_some()).then_some(first));
        let mut pieces = verb.map_or_else(Vec::new, |verb| split(r, v, (cs, ce), verb, tense, &draft));
        // "Blair and Ahern each ring Clinton": one call from each.
        let each = (cs + 1..first)
            .any(|i| v.w(i) == "each" && v.span_at[i - 1].is_some_and(|n| matches!(v.spans[n].what, Ref::Person(_))));
        let subjects = coordinated_subjects(r, v, cs, ce);
        if pieces.is_empty() && each && subjects.len() == 2 && draft.participants.len() == 3 {
            for s in &subjects {
                let mut d = draft.clone();
                d.participants.retain(|p| p == s || !subjects.contains(p));
                pieces.push(d);
            }
        }
        if pieces.is_empty() {
            if let Some(again) = again_elsewhere(r, v, ce, first, tense, &draft) {
                pieces = vec![Draft { separate: true, ..draft.clone() }, again];
            }
        }
        if pieces.is_empty() {
            facts.drafts.push(draft);
        } else {
            facts.drafts.extend(pieces);
        }
        if noun_first && facts.drafts.len() == drafts_before + 1 {
            gathering = Some(drafts_before);
        }
    }
    // "..., where A welcomed him, and the two presidents held talks this morning":
    // one encounter told twice in a sentence, with the day and place either
    // clause gives.
    let mut k = 1;
    while k < facts.drafts.len() {
        let (a, b) = (&facts.drafts[k - 1], &facts.drafts[k]);
        let same = a.kind == b.kind
            && a.status == b.status
            && a.participants.len() >= 2
            && a.participants.len() == b.participants.len()
            && a.participants.iter().all(|p| b.participants.contains(p))
            && (a.date.is_none() || b.date.is_none() || a.date == b.date)
            && (a.place.is_none() || b.place.is_none() || a.place == b.place);
        if !same {
            k += 1;
            continue;
        }
        let b = facts.drafts.remove(k);
        let a = &mut facts.drafts[k - 1];
        if a.date.is_none() {
            a.date = b.date;
            a.date_from_context = b.date_from_context;
        }
        a.place = a.place.take().or(b.place);
        for g in b.groups {
            if !a.groups.contains(&g) {
                a.groups.push(g);
            }
        }
    }
    facts
}

/// True when the name ending before token `i` modifies what follows ("Putin's aide",
/// "the Trump administration") rather than naming a party.
pub(super) fn modifies(v: &SentenceView<'_, '_>, i: usize) -> bool {
    v.w(i) == "'s" || MODIFIED.contains(&v.w(i))
}

/// The clause's first two people when they are its subjects joined by "and" ("She
/// and Trump agreed ...").
fn coordinated_subjects(r: &Reading<'_>, v: &SentenceView<'_, '_>, cs: usize, ce: usize) -> Vec<usize> {
    let person = |s: &super::entities::Span| match s.what {
        Ref::Person(p) => Some(p),
        Ref::Pronoun => pronoun(r, v, s.start),
        _ => None,
    };
    let mut spans =
        v.spans.iter().filter(|s| s.start >= cs && s.end <= ce && matches!(s.what, Ref::Person(_) | Ref::Pronoun));
    let (Some(a), Some(b)) = (spans.next(), spans.next()) else { return Vec::new() };
    let joined = (a.end..b.start).all(|k| v.w(k) == "and" || v.is_title_word(r.g, k) || v.span_at[k].is_some())
        && (a.end..b.start).any(|k| v.w(k) == "and")
        // ("A and Hamas political bureau chief B": a title of words the list lacks.)
        || v.w(a.end) == "and"
            && b.start - a.end <= 6
            && v.is_title_word(r.g, b.start - 1)
            && (a.end + 1..b.start).all(|k| v.w(k).bytes().all(|c| c.is_ascii_alphabetic()) && v.w(k) != "and");
    match (person(a), person(b)) {
        (Some(x), Some(y)) if a.start <= cs + 1 && joined && x != y => vec![x, y],
        _ => Vec::new(),
    }
}

/// "The three last met in Hiroshima in May, and before that in Phnom Penh in
/// November": one more meeting of the same people, at the place and on the day
/// told after ", and" with no verb or person of its own.
fn again_elsewhere(
    r: &Reading<'_>,
    v: &SentenceView<'_, '_>,
    ce: usize,
    first: usize,
    tense: Tense,
    draft: &Draft,
) -> Option<Draft> {
    // (The clause may end at "and": "before that" opens one of its own.)
    let and = (first + 1..(ce + 1).min(v.toks.len())).find(|&k| v.w(k) == "and" && v.w(k - 1) == ",")?;
    let ce = if and + 1 >= ce { v.toks.len() } else { ce };
    let mut k = and + 1;
    if v.w(k) == "before" && v.w(k + 1) == "that" {
        k += 2;
    } else if matches!(v.w(k), "again" | "earlier" | "previously" | "later") {
        k += 1;
    }
    if !matches!(v.w(k), "in" | "at") {
        return None;
    }
    let at = v.spans.iter().find(|s| s.start == k + 1 && s.end <= ce && matches!(s.what, Ref::Place(_)))?;
    let Ref::Place(p) = at.what else { return None };
    let (s2, _, x2) = v.dates.iter().find(|(s, e, _)| *s >= at.end && *e <= ce)?;
    let own = (and..ce).any(|i| {
        v.trigger(i).is_some() || v.span_at[i].is_some_and(|n| matches!(v.spans[n].what, Ref::Person(_) | Ref::Pronoun))
    });
    let dated_before = v.dates.iter().any(|(s, e, _)| *s > first && *e <= and);
    if own || !dated_before || draft.participants.len() < 2 {
        return None;
    }
    let date = temporal::resolve(x2, r.reference, tense, r.context, v.quoted[*s2]);
    Some(Draft { date, place: Some(r.g.place_of(p)), separate: true, ..draft.clone() })
}

/// "..., and to Ankara two days later for talks with B", "and then to Berlin to
/// meet B": where a second leg of a journey starts (its "and"), and its town.
fn second_leg(v: &SentenceView<'_, '_>, first: usize, ce: usize) -> Option<(usize, usize)> {
    (first + 1..ce).find_map(|k| {
        if v.w(k) != "and" {
            return None;
        }
        let to = if v.w(k + 1) == "then" { k + 2 } else { k + 1 };
        let at = to + 1;
        let town = v.w(to) == "to"
            && v.span_at.get(at).copied().flatten().is_some_and(|n| matches!(v.spans[n].what, Ref::Place(_)));
        let event = (at + 1..(at + 10).min(ce)).any(|j| {
            v.w(j) == "for" && (j + 1..j + 3).any(|m| v.trigger(m).is_some_and(|(_, noun)| noun))
                || v.w(j) == "to" && v.trigger(j + 1).is_some()
        });
        (town && event).then_some((k, at))
    })
}

/// One clause, several events: "X met A in Belgrade on Tuesday and B in Pristina on
/// Wednesday" (a date for each object), and "X met separately with A and B" (one
/// meeting each). Returns no drafts when the clause tells one event.
fn split(
    r: &Reading<'_>,
    v: &SentenceView<'_, '_>,
    (cs, ce): (usize, usize),
    first: usize,
    tense: Tense,
    draft: &Draft,
) -> Vec<Draft> {
    // Where the clause names each participant.
    let at = |p: usize| {
        v.spans.iter().filter(|s| s.start >= cs && s.end <= ce).find_map(|s| {
            let q = match s.what {
                Ref::Person(q) => Some(q),
                Ref::Pronoun => pronoun(r, v, s.start),
                _ => None,
            };
            (q == Some(p)).then_some(s.start)
        })
    };
    let mut subjects: Vec<usize> =
        draft.participants.iter().copied().filter(|&p| at(p).is_some_and(|i| i < first)).collect();
    let mut objects: Vec<(usize, usize)> =
        draft.participants.iter().filter_map(|&p| at(p).filter(|&i| i > first).map(|i| (i, p))).collect();
    let unnamed: Vec<usize> = draft.participants.iter().copied().filter(|&p| at(p).is_none()).collect();
    // "met each leader separately": the people "each" stands for, named before.
    if each_of_them(v, cs, ce) {
        objects.extend(unnamed.iter().map(|&p| (ce, p)));
    } else if subjects.is_empty() && unnamed.len() == 1 {
        // ("X met A in Tehran, and had spoken by phone with both A and B": the
        // subject of the sentence, not named again in its clause.)
        subjects = unnamed;
    }
    if subjects.is_empty() || objects.len() < 2 {
        return Vec::new();
    }
    let with = |lo: usize, hi: usize| -> Vec<usize> {
        let mut ps = subjects.clone();
        ps.extend(objects.iter().filter(|(i, _)| (lo..hi).contains(i)).map(|(_, p)| *p));
        ps
    };
    // "met separately with A and B", "spoke with A and, separately, with B",
    // "separately spoke with A and B", "held separate meetings with A and B".
    let apart = |k: usize| {
        v.w(k) == "separately"
            // ("held back-to-back meetings with A and with B".)
            || v.w(k) == "back" && v.w(k + 2) == "to" && v.w(k + 4) == "back"
            // ("took phone calls from A, from B and from C": a call each.)
            || v.w(k) == "calls" && v.w(k + 1) == "from"
            // ("X telephoned A and B": one call each; a call of three is told so.)
            || draft.kind == EventKind::Call
                && (matches!(v.w(k), "telephoned" | "phoned" | "rang" | "called" | "telephones" | "phones" | "rings" | "calls")
                    // ("had spoken by phone with both A and B".)
                    || v.w(k) == "both" && k > 0 && v.w(k - 1) == "with")
            || v.w(k) == "separate"
                && (k + 1..k + 3).any(|j| {
                    matches!(
                        v.w(j),
                        "meetings"
                            | "calls"
                            | "conversations"
                            | "talks"
                            | "summits"
                            | "discussions"
                            | "bilaterals"
                            | "audiences"
                    )
                })
    };
    // The pieces between `lo` and `hi`: one meeting, or one each when that part of
    // the clause says so ("held separate talks with A and B on Friday, then received
    // C on Friday evening").
    let pieces = |lo: usize, hi: usize, base: Draft| -> Vec<Draft> {
        if (lo.saturating_sub(6).max(cs)..hi).any(apart) {
            let each: Vec<Draft> = objects
                .iter()
                .filter(|(i, _)| (lo..hi).contains(i))
                .map(|(_, p)| {
                    let mut ps = subjects.clone();
                    ps.push(*p);
                    Draft { participants: ps, ..base.clone() }
                })
                .collect();
            if each.len() >= 2 {
                return each;
            }
        }
        vec![base]
    };
    // A date for each object, the two joined by "and" (or ", then").
    let dates: Vec<&(usize, usize, Expr)> =
        v.dates.iter().filter(|(s, e, x)| *s > first && *e <= ce && !matches!(x, Expr::Year(_))).collect();
    if let [(s1, e1, x1), (s2, _, x2), ..] = dates[..] {
        let and = (*e1..*s2).find(|&k| v.w(k) == "and" || v.w(k) == "then" && v.w(k - 1) == ",");
        if let Some(k) = and {
            let (a, b) = (with(first, k), with(k, ce));
            if a.len() > subjects.len() && b.len() > subjects.len() {
                let resolve = |x: &Expr, at: usize| temporal::resolve(x, r.reference, tense, r.context, v.quoted[at]);
                let one = Draft {
                    participants: a,
                    date: resolve(x1, *s1).or(draft.date),
                    // (Not the town the second part names.)
                    place: place(r, v, first, k)
                        .or_else(|| place(r, v, k, ce).is_none().then(|| draft.place.clone()).flatten()),
                    separate: true,
                    ..draft.clone()
                };
                // ("on 4 April, and the next day she met B": the day after A's.)
                let after_one = matches!(
                    x2,
                    Expr::Rel(Rel::SameDay | Rel::DayBefore | Rel::DayAfter | Rel::DaysAfter(_) | Rel::DaysBefore(_))
                )
                .then_some(one.date)
                .flatten()
                .filter(|d| d.precision == Precision::Day);
                // ("received in March by A and, later the same day, by B": in that
                // month, and, the same day, in that place.)
                let same_month = one.date.filter(|d| {
                    d.precision == Precision::Month
                        && matches!(x2, Expr::Rel(Rel::SameDay | Rel::DayBefore | Rel::DayAfter))
                });
                let two_date = match after_one {
                    Some(d) => temporal::resolve(x2, r.reference, tense, Some(d), v.quoted[*s2]),
                    None => same_month.or_else(|| resolve(x2, *s2)),
                };
                let same_place = matches!(x2, Expr::Rel(Rel::SameDay)).then(|| one.place.clone()).flatten();
                let two = Draft {
                    participants: b,
                    date: two_date,
                    place: place(r, v, k, ce).or(same_place),
                    separate: true,
                    ..draft.clone()
                };
                let mut out = pieces(first, k, one);
                out.extend(pieces(k, ce, two));
                return out;
            }
        }
    }
    // "called on A at the Grand Serail and on B in Ain el-Tineh": the preposition
    // after the verb said again for each object.
    let prep = v.w(first + 1);
    if matches!(prep, "on" | "to") {
        if let Some(k) = (first + 2..ce).find(|&k| v.w(k) == "and" && v.w(k + 1) == prep) {
            let (a, b) = (with(first, k), with(k, ce));
            if a.len() > subjects.len() && b.len() > subjects.len() {
                let second = place(r, v, k, ce);
                let first_place =
                    place(r, v, first, k).or_else(|| second.is_none().then(|| draft.place.clone()).flatten());
                return vec![
                    Draft { participants: a, place: first_place, separate: true, ..draft.clone() },
                    Draft {
                        participants: b,
                        place: second.or_else(|| draft.place.clone()),
                        separate: true,
                        ..draft.clone()
                    },
                ];
            }
        }
    }
    // "met A in Bamako and B in Ouagadougou": a town for each object.
    // ("held talks with A at the Elysee in the morning and with B in Berlin in the
    // afternoon": or a landmark in another town, when no two towns are named so.)
    let towns = |landmarks: bool| -> Vec<(usize, usize)> {
        v.spans
            .iter()
            .filter(|s| s.start > first + 2 && s.end <= ce)
            .filter_map(|s| match s.what {
                Ref::Place(p)
                    if v.w(s.start - 1) == "in"
                        || landmarks
                            && v.w(s.start - 1) == "the"
                            && v.w(s.start - 2) == "at"
                            && r.g.places[p].kind == PlaceKind::Landmark =>
                {
                    Some((s.start, p))
                }
                _ => None,
            })
            .collect()
    };
    let mut named = towns(false);
    if named.len() != 2 {
        named = towns(true);
    }
    if let [(t1, p1), (t2, p2)] = named[..] {
        let apart = v.w(t1 - 1) == "in" && v.w(t2 - 1) == "in" || !r.g.town_of(p1).compatible(&r.g.town_of(p2));
        if let Some(k) = (t1..t2).find(|&k| v.w(k) == "and").filter(|_| apart) {
            let (a, b) = (with(first, k), with(k, ce));
            if a.len() > subjects.len() && b.len() > subjects.len() {
                return vec![
                    Draft {
                        participants: a,
                        place: place(r, v, first, k).or_else(|| draft.place.clone()),
                        separate: true,
                        ..draft.clone()
                    },
                    Draft { participants: b, place: place(r, v, k, ce), separate: true, ..draft.clone() },
                ];
            }
        }
    }
    // "met A and held talks with B", "met A, then received B": a second verb after
    // "and", with objects of its own.
    // ("will meet A and hold talks with B", "met A, then crossed to the palace for
    // talks with B": a verb of holding, or a trip for the event.)
    // (The verb right after the "and": not "hosted A and B for talks", a list.)
    let for_event = |j: usize| v.w(j) == "for" && (j + 1..j + 3).any(|m| v.trigger(m).is_some_and(|(_, noun)| noun));
    let verb_at = |j: usize| {
        v.span_at.get(j).is_some_and(Option::is_none)
            && v.toks.get(j).is_some_and(|t| !t.is_capitalised())
            && (v.w(j).ends_with("ed") || matches!(v.w(j), "went" | "flew" | "drove" | "headed" | "moved" | "sped"))
    };
    // "took him to Riyadh on Feb. 2, where he met A, and to Ankara two days later
    // for talks with B", "flew to Riyadh for talks with A and to Ankara for talks
    // with B": a second leg of the journey, in its own town, on its own day.
    if let Some((k, at)) = second_leg(v, first, ce) {
        let (a, b) = (with(first, k), with(k, ce));
        let town = v.span_at[at].and_then(|n| match v.spans[n].what {
            Ref::Place(p) => Some(r.g.town_of(p)),
            _ => None,
        });
        if a.len() > subjects.len() && b.len() > subjects.len() && town.is_some() {
            let resolve =
                |x: &Expr, at: usize, context| temporal::resolve(x, r.reference, tense, context, v.quoted[at]);
            // The first leg's day: the last told before the second leg.
            let day = |lo: usize, hi: usize| {
                v.dates.iter().rfind(|(s, e, x)| *s >= lo && *e <= hi && !matches!(x, Expr::Year(_)))
            };
            let one_date = day(0, k)
                .and_then(|(s, _, x)| resolve(x, *s, r.context))
                .or(draft.date.filter(|_| day(k, ce).is_none()));
            let two_date = day(k, ce).and_then(|(s, _, x)| resolve(x, *s, one_date.or(r.context)));
            let status = |d: Option<DateSpan>| match (d, r.reference) {
                (Some(d), Some(rf)) if d.end < rf.date => Status::Occurred,
                _ => draft.status,
            };
            return vec![
                Draft {
                    participants: a,
                    date: one_date,
                    status: status(one_date),
                    place: place(r, v, first, k).or_else(|| draft.place.clone()),
                    separate: true,
                    ..draft.clone()
                },
                Draft {
                    participants: b,
                    date: two_date,
                    status: status(two_date),
                    place: town,
                    separate: true,
                    ..draft.clone()
                },
            ];
        }
    }
    let second_verb = (first + 1..ce).find(|&k| {
        (v.w(k) == "and" || v.w(k) == "then" && v.w(k - 1) == ",")
            && ((k + 1..(k + 4).min(ce)).any(|j| v.trigger(j).is_some_and(|(_, noun)| !noun) || v.w(j) == "held")
                || matches!(v.w(k + 1), "hold" | "holds")
                || verb_at(k + 1) && (k + 2..(k + 9).min(ce)).any(for_event))
    });
    if let Some(k) = second_verb {
        let (a, b) = (with(first, k), with(k, ce));
        if a.len() > subjects.len() && b.len() > subjects.len() {
            return vec![
                Draft { participants: a, separate: true, ..draft.clone() },
                Draft { participants: b, separate: true, ..draft.clone() },
            ];
        }
    }
    // "met A and then B", "spoke with A and, straight afterwards, with B": one after
    // the other.
    let after_that = |k: usize| {
        (k + 1..(k + 5).min(ce))
            .take_while(|&j| {
                matches!(
                    v.w(j),
                    "," | "straight"
                        | "immediately"
                        | "shortly"
                        | "soon"
                        | "then"
                        | "afterwards"
                        | "afterward"
                        | "later"
                )
            })
            .any(|j| matches!(v.w(j), "then" | "afterwards" | "afterward" | "later"))
            // ("received A in the morning and B in the afternoon", "and B on
            // Tuesday": another time for the one after "and".)
            // (Only when the one before "and" has a time of its own: "met A and
            // B in January" is one meeting in that month.)
            || v.span_at.get(k + 1).copied().flatten().is_some_and(|n| {
                let s = &v.spans[n];
                let timed = |j: usize| {
                    v.in_date.get(j) == Some(&true)
                        || v.w(j) == "in"
                            && v.w(j + 1) == "the"
                            && matches!(v.w(j + 2), "morning" | "afternoon" | "evening")
                };
                s.start == k + 1
                    && matches!(s.what, Ref::Person(_))
                    && (v.in_date.get(s.end) == Some(&true)
                        || v.w(s.end) == "in"
                            && v.w(s.end + 1) == "the"
                            && matches!(v.w(s.end + 2), "afternoon" | "evening"))
                    && (first + 1..k).any(timed)
            })
    };
    if let Some(k) = (first + 1..ce).find(|&k| v.w(k) == "and" && after_that(k)) {
        let (a, b) = (with(first, k), with(k, ce));
        if a.len() > subjects.len() && b.len() > subjects.len() {
            return vec![
                Draft { participants: a, separate: true, ..draft.clone() },
                Draft { participants: b, separate: true, ..draft.clone() },
            ];
        }
    }
    if (first.saturating_sub(6).max(cs)..ce).any(apart) {
        return objects
            .iter()
            .map(|(_, p)| {
                let mut ps = subjects.clone();
                ps.push(*p);
                Draft { participants: ps, separate: true, ..draft.clone() }
            })
            .collect();
    }
    Vec::new()
}

/// Whether the clause speaks of what is to come: "will", "'ll", "is to", "due to",
/// "set to", "expected to", "scheduled to", "plans to".
fn speaks_of_future(v: &SentenceView<'_, '_>, cs: usize, ce: usize) -> bool {
    (cs..ce).any(|i| match v.w(i) {
        "will" | "shall" => true,
        "ll" => i > 0 && v.w(i - 1) == "'",
        "to" => {
            i > 0
                && matches!(
                    v.w(i - 1),
                    "is" | "are" | "due" | "set" | "expected" | "scheduled" | "slated" | "plans" | "intends"
                )
        }
        _ => false,
    })
}

/// Titles that name a woman: "Mrs. Gandhi", "Begum Zia", "Queen Elizabeth".
const WOMEN_TITLES: &[&str] = &[
    "mrs", "mrs.", "ms", "ms.", "miss", "madame", "mme", "mme.", "lady", "dame", "queen", "princess", "begum",
    "baroness", "signora", "senora", "senhora", "frau", "sheikha", "first lady", "crown princess", "her majesty",
    "her excellency", "her highness",
];

/// The person a pronoun at `i` stands for, told apart by the titles that name a
/// woman: "Sheikh Mujib met Mrs. Gandhi. He flew to Calcutta for talks with her"
/// (her is Mrs. Gandhi, not the subject told before).
fn pronoun(r: &Reading<'_>, v: &SentenceView<'_, '_>, i: usize) -> Option<usize> {
    let found = v.pronoun(i, r.previous_subject);
    let titled_woman =
        |p: usize| r.titles.get(p).is_some_and(|ts| ts.iter().any(|t| WOMEN_TITLES.contains(&t.as_str())));
    let woman = |p: usize| r.women.get(p).copied().unwrap_or(false) || titled_woman(p);
    let feminine = matches!(v.w(i), "she" | "her");
    // ("Mrs. Gandhi received him": not her.)
    // (In the order the pronoun's own rules take: the sentence's first name on,
    // past the subject of its own clause, the nearest name, for "him".)
    if matches!(v.w(i), "he" | "him") && found.is_some_and(woman) {
        let before: Vec<usize> = v
            .spans
            .iter()
            .filter(|s| s.end <= i)
            .filter_map(|s| if let Ref::Person(p) = s.what { Some(p) } else { None })
            .collect();
        let own = if v.w(i) == "him" { before.last().copied() } else { None };
        let man = before
            .iter()
            .copied()
            .filter(|&p| Some(p) != own)
            .chain(r.previous_subject)
            .chain(r.last_pair.iter().flatten().copied())
            .find(|&p| !woman(p));
        return man.or(found);
    }
    if !feminine || found.is_some_and(woman) {
        return found;
    }
    // The one woman among those just named: this sentence before the pronoun, the
    // pair told last, the subject before; else the one woman of the page.
    let mut near: Vec<usize> = v
        .spans
        .iter()
        .filter(|s| s.end <= i)
        .filter_map(|s| if let Ref::Person(p) = s.what { Some(p) } else { None })
        .chain(r.last_pair.iter().flatten().copied())
        .chain(r.previous_subject)
        .filter(|&p| woman(p))
        .collect();
    near.sort_unstable();
    near.dedup();
    // Else the one woman the page names.
    if near.is_empty() {
        near.extend(r.frequent_people.iter().copied().filter(|&p| titled_woman(p)));
        near.sort_unstable();
        near.dedup();
    }
    match near[..] {
        [one] => Some(one),
        _ => found,
    }
}

/// Whether a clause opens with a gerund or a noun, not a subject and its verb:
/// "(after) meeting Y", "(after) talks with Y", not "(after) he met Y".
fn verbless(v: &SentenceView<'_, '_>, cs: usize) -> bool {
    let w = v.w(cs);
    (w.ends_with("ing") && v.span_at[cs].is_none())
        || v.trigger(cs).is_some_and(|(_, noun)| noun)
        || matches!(w, "a" | "the" | "his" | "her" | "their") && v.trigger(cs + 1).is_some_and(|(_, noun)| noun)
}

/// Whether the trigger at `t` is in the present progressive: "is meeting", "are
/// hosting", "is holding talks" (a light verb up to three words before a noun).
fn progressive(v: &SentenceView<'_, '_>, t: usize) -> bool {
    // ("'s" is "is" after a pronoun, "he's meeting"; after a name it is the
    // possessive: "Ruiz's meeting with Prado on Thursday was cordial".)
    let be = |i: usize| {
        i > 0
            && (matches!(v.w(i - 1), "is" | "are" | "'re")
                || (v.w(i - 1) == "'s" && i > 1 && matches!(v.w(i - 2), "he" | "she" | "it" | "who" | "that")))
    };
    let w = v.w(t);
    if w.ends_with("ing") {
        return be(t);
    }
    (t.saturating_sub(3)..t).any(|i| matches!(v.w(i), "holding" | "hosting") && be(i))
}

/// "each leader", "each of them", "each of the two": people named before, one by one.
fn each_of_them(v: &SentenceView<'_, '_>, cs: usize, ce: usize) -> bool {
    (cs..ce).any(|i| {
        v.w(i) == "each"
            && (matches!(v.w(i + 1), "leader" | "president" | "minister" | "man")
                || (v.w(i + 1) == "of" && (v.w(i + 2) == "them" || (v.w(i + 2) == "the" && v.w(i + 3) == "two"))))
    })
}

/// The people named before token `i` (not as a possessive modifier), in order.
/// The role "the two presidents", "both foreign ministers" name in the clause:
/// "president", "foreign minister" (none for "leaders", "men", "they").
fn plural_role(v: &SentenceView<'_, '_>, cs: usize, ce: usize) -> Option<String> {
    let at = (cs..ce).find(|&i| matches!(v.w(i), "two" | "both"))?;
    let (a, b) = (v.w(at + 1), v.w(at + 2));
    let role = match a {
        "presidents" | "premiers" | "chancellors" | "ministers" | "kings" | "emirs" => {
            a.trim_end_matches('s').to_string()
        }
        "prime" | "foreign" | "defence" | "defense" | "finance" | "trade" if b == "ministers" => {
            format!("{a} minister")
        }
        _ => return None,
    };
    Some(role)
}

fn people_before(v: &SentenceView<'_, '_>, i: usize) -> Vec<usize> {
    v.spans
        .iter()
        .filter(|s| s.end <= i && !modifies(v, s.end))
        .filter_map(|s| if let Ref::Person(p) = s.what { Some(p) } else { None })
        .collect()
}

/// A sentence that tells someone's journey and no meeting: "X flew to Bucharest
/// on Monday", "X and Y arrived in Colombo on Friday". The travellers (the people
/// named before the verb), where to, and the day when it gives one.
pub(crate) fn travel(
    g: &Gazetteer,
    v: &SentenceView<'_, '_>,
    reference: Option<Reference>,
) -> Option<(Vec<usize>, Place, Option<DateSpan>)> {
    let subject = v.spans.iter().find(|s| matches!(s.what, Ref::Person(_)) && !modifies(v, s.end))?;
    let verb = (subject.end..v.toks.len().min(subject.end + 6))
        .find(|&k| TRAVEL.contains(&v.w(k)) || matches!(v.w(k), "reached" | "reaches"))?;
    let who = people_before(v, verb);
    // Not "X has not travelled to", "X plans to fly to".
    if (subject.end..verb).any(|k| NEGATION.contains(&v.w(k)) || PLANNED.contains(&v.w(k)) || AUX.contains(&v.w(k))) {
        return None;
    }
    // ("reached Beijing by train": the town is the verb's object.)
    let reached = matches!(v.w(verb), "reached" | "reaches");
    let place = v.spans.iter().find(|s| {
        s.start > verb
            && s.start <= verb + 3
            && (matches!(v.w(s.start - 1), "to" | "in" | "into") || reached && s.start == verb + 1)
            && matches!(s.what, Ref::Place(_))
    })?;
    let Ref::Place(p) = place.what else { return None };
    let days = v.dates_resolved(reference);
    let day = match days.as_slice() {
        [d] if d.precision == Precision::Day => Some(*d),
        _ => None,
    };
    Some((who, g.place_of(p), day))
}

/// The day the story is at, for "later in the day": the latest single day among
/// drafts, or `told` (a sentence and the day it names without an event) when that
/// sentence comes after the draft's.
pub(crate) fn context_date(drafts: &[Draft], told: Option<(usize, DateSpan)>) -> Option<DateSpan> {
    let drafted = drafts.iter().rev().find_map(|d| {
        d.date.filter(|s| s.precision == crate::model::Precision::Day && s.start == s.end).map(|x| (d.sentence, x))
    });
    match (drafted, told) {
        (Some((at, _)), Some((told_at, day))) if told_at > at => Some(day),
        (Some((_, day)), _) | (None, Some((_, day))) => Some(day),
        (None, None) => None,
    }
}

/// Whether the name starting at `s` is the body whose heads a phrase before it
/// names: "Leaders of the Southern African Development Community", "heads of
/// state of ECOWAS".
fn heads_of(v: &SentenceView<'_, '_>, s: usize) -> bool {
    let k = if s > 0 && v.w(s - 1) == "the" { s - 1 } else { s };
    // (Plural: "a head of state of ECOWAS" visiting is no gathering.)
    let plural = |h: usize| matches!(v.w(h), "leaders" | "presidents" | "ministers" | "premiers" | "heads");
    k >= 2
        && v.w(k - 1) == "of"
        && (plural(k - 2)
            || matches!(v.w(k - 2), "state" | "government") && k >= 4 && v.w(k - 3) == "of" && plural(k - 4))
}

/// The end of a "when" clause that follows the clause ending at `ce` and tells no
/// meeting or call of its own: "met Xi when he visited Beijing late last year".
/// (Also an "as" clause of the occasion: "welcomes X as the summit opens in
/// Havana on Sunday".)
fn when_after(v: &SentenceView<'_, '_>, ce: usize) -> Option<usize> {
    let as_clause = v.w(ce) == "as" && matches!(v.w(ce + 1), "the" | "a");
    if v.w(ce) != "when" && !as_clause {
        return None;
    }
    let n = v.toks.len();
    let end = (ce + 1..n).find(|&k| matches!(v.w(k), ";" | "," | "while" | "but")).unwrap_or(n).min(ce + 16);
    // (A visit there is the occasion, no event of its own; so is the summit an
    // "as" clause opens.)
    let occasion = |k: usize| v.w(k).starts_with("visit") || as_clause && v.trigger(k).is_some_and(|(_, noun)| noun);
    let own = (ce + 1..end).any(|k| v.trigger(k).is_some() && !occasion(k));
    // (An "as" clause names no one: "as the summit opens", not "as X met Y".)
    let named = as_clause && v.spans.iter().any(|s| s.start > ce && s.end <= end && matches!(s.what, Ref::Person(_)));
    (!own && !named).then_some(end)
}
