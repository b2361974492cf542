//! What the words around a trigger make of it: plain, planned, or no event at all
//! (negated, hypothetical, a vague count).

use super::lexicon::*;
use super::view::{Lead, SentenceView};
use crate::extract::entities::Ref;
use crate::extract::temporal::Expr;
use crate::extract::tokens::Class;

/// What the words around a trigger make of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Verdict {
    /// Reported as it is.
    Plain,
    /// Reported as planned ("he said the next round would be held on April 19").
    Planned,
    /// Negated, hypothetical, internal, or a vague count: no event.
    Negated,
}

fn is_ordinal(w: &str) -> bool {
    w.ends_with("st") || w.ends_with("nd") || w.ends_with("rd") || w.ends_with("th")
}

/// Where "during" or "in" opens "a phone call" at `i` that a past verb of speech
/// before it tells the content of: "agreed to meet in person during a phone call
/// in November", "had invited him to Cairo in a phone call in April". The call
/// happened, whatever plan or invitation was made in it.
pub(super) fn said_in_call(v: &SentenceView<'_, '_>, cs: usize, i: usize) -> Option<usize> {
    if !matches!(v.w(i), "call" | "conversation") {
        return None;
    }
    let mut k = i;
    while k > cs && matches!(v.w(k - 1), "phone" | "telephone" | "video") {
        k -= 1;
    }
    let ok = k >= cs + 2
        && matches!(v.w(k - 1), "a" | "their")
        && matches!(v.w(k - 2), "during" | "in")
        // (Told as done: not "will be asked in a phone call on Monday".)
        && (k.saturating_sub(12).max(cs)..k - 2)
            .any(|j| SAID_IN_CALL.contains(&v.w(j)) && !(j > 0 && (AUX.contains(&v.w(j - 1)) || v.w(j - 1) == "been")));
    ok.then(|| k - 2)
}

/// Reads the words around the trigger at `i`.
pub(super) fn verdict(v: &SentenceView<'_, '_>, cs: usize, ce: usize, i: usize, noun: bool, lead: Lead) -> Verdict {
    // (What was said in a call is no hedge of the call.)
    let from = noun.then(|| said_in_call(v, cs, i)).flatten().unwrap_or(i.saturating_sub(8).max(cs));
    let in_date = |j: usize| v.in_date[j];
    let mut reported_future = false;
    // A capitalised "May" mid-sentence is the month (or a Mrs May), not the modal.
    let month_may = |j: usize| j > 0 && v.toks[j].text == "May";
    // "named Secretary of State X to carry the negotiations forward with Y",
    // "tasked X with holding talks": a mandate given, no event (yet).
    let mandate = (i.saturating_sub(14).max(cs)..i).any(|j| {
        matches!(
            v.w(j),
            "named" | "appointed" | "tasked" | "designated" | "nominated" | "charged" | "mandated" | "instructed"
        ) && (j + 1..i).any(|k| v.span_at[k].is_some_and(|n| matches!(v.spans[n].what, Ref::Person(_))))
            && (j + 2..i).any(|k| matches!(v.w(k), "to" | "with"))
    });
    if mandate {
        return Verdict::Negated;
    }
    // "The two governments have spoken of a visit by Tito to Italy": a visit talked
    // of, not arranged.
    if noun
        && i >= 3
        && matches!(v.w(i - 1), "a" | "an")
        && v.w(i - 2) == "of"
        && matches!(v.w(i - 3), "spoken" | "talked")
    {
        return Verdict::Negated;
    }
    for j in from..i {
        if in_date(j) || month_may(j) {
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
        // ("did not meet until February": they met in February.)
        // ("didn't meet Kevin Lee until Monday": past the one met.)
        let until = || {
            matches!(w, "not" | "t")
                && (i + 1..(i + 7).min(ce))
                    .take_while(|&k| {
                        v.w(k) == "until" || v.span_at[k].is_some() || matches!(v.w(k), "again" | "each" | "other")
                    })
                    .any(|k| v.w(k) == "until")
        };
        if NEGATION.contains(&w) && !until() {
            // "if" and the like reach the whole clause; a "no" is about what follows it.
            return Verdict::Negated;
        }
        if w == "t" && j > 0 && v.w(j - 1) == "'" && !until() {
            return Verdict::Negated;
        }
        // "had failed to meet in May", "were unable to meet": the meeting tried for
        // did not happen (not "failed to agree at talks": the talks did).
        if matches!(w, "failed" | "fail" | "fails" | "unable") && v.w(j + 1) == "to" && j + 2 == i && !noun {
            return Verdict::Negated;
        }
        // "called off the visit he was to make".
        if w == "off" && j > 0 && matches!(v.w(j - 1), "called" | "calls" | "call" | "calling") {
            return Verdict::Negated;
        }
        // "called for talks" asks for them (not "called ... for talks" by phone);
        // so does "has asked to be received by X".
        if matches!(w, "call" | "calls" | "called" | "calling") && v.w(j + 1) == "for"
            || matches!(w, "ask" | "asks" | "asked" | "asking") && v.w(j + 1) == "to"
        {
            return Verdict::Negated;
        }
    }
    // "had invited Peru's president, General Juan Velasco Alvarado, to a similar
    // meeting": an invitation past the window, to the meeting told.
    if noun {
        let to = (i.saturating_sub(4).max(cs)..i).rev().find(|&j| v.w(j) == "to");
        if let Some(to) = to.filter(|&t| (t + 1..i).all(|k| v.span_at[k].is_none() && v.w(k) != ",")) {
            if (to.saturating_sub(16).max(cs)..to).any(|j| matches!(v.w(j), "invited" | "invites" | "inviting")) {
                return Verdict::Negated;
            }
        }
    }
    // "The invitation to President X to attend the summit stands", "declined an
    // offer to attend": what the "to attend" hangs on reaches past the window.
    let attend = (from..i).find(|&j| v.w(j) == "attend" && j > 0 && v.w(j - 1) == "to");
    if let Some(a) = attend {
        if (a.saturating_sub(8).max(cs)..a).any(|j| NEGATION.contains(&v.w(j))) {
            return Verdict::Negated;
        }
    }
    // "A third summit has been talked about", "a meeting was mooted": an idea aired.
    if noun
        && (i + 1..(i + 12).min(ce)).any(|j| {
            matches!(v.w(j - 1), "been" | "was" | "were" | "is" | "are")
                && (matches!(v.w(j), "mooted" | "floated") || v.w(j) == "talked" && v.w(j + 1) == "about")
        })
    {
        return Verdict::Negated;
    }
    // A condition earlier in the clause ("if they agree, the leaders will meet").
    if (cs.max(i.saturating_sub(30))..from).any(|j| matches!(v.w(j), "if" | "unless" | "whether")) {
        return Verdict::Negated;
    }
    // A report that is denied: "the ministry denied reports that X had met Y".
    if lead == Lead::Speech && (cs.saturating_sub(3)..cs).any(|j| DENIAL.contains(&v.w(j))) {
        return Verdict::Negated;
    }
    // A plan on a condition that follows it: "he would meet her \"if invited\"",
    // "the two will meet once conditions allow". (Not "met X, asking if ...": a
    // held event states no condition.)
    // ("He would meet her \"when the time comes\"": with "would" and no date in
    // the sentence, a "when" is a condition too; "will meet her when she visits",
    // "would meet her when she visits on Friday" are plans.)
    let open_when = (i.saturating_sub(3).max(cs)..i).any(|k| v.w(k) == "would") && v.dates.is_empty();
    if !PAST_FORMS.contains(&v.w(i)) {
        let n = v.toks.len();
        let condition = (i + 1..n.min(i + 16)).take_while(|&k| !matches!(v.w(k), ";" | "but" | "." | "and")).any(|k| {
            (matches!(v.w(k), "if" | "unless" | "provided" | "once") || open_when && v.w(k) == "when")
                    && !matches!(v.w(k - 1), "asked" | "ask" | "asking" | "see" | "know" | "wondered" | "whether")
                    // ("once more", "once a year", "at once", "spoken by phone, once, on
                    // 4 February": no condition.)
                    && !(v.w(k) == "once"
                        && (matches!(v.w(k - 1), "at" | "than")
                            || matches!(v.w(k + 1), "," | "." | ";" | "on" | "in" | "before" | "since")
                            || matches!(v.w(k + 1), "more" | "again" | "every")
                            || matches!(v.w(k + 2), "week" | "month" | "year" | "day")))
        });
        if condition {
            return Verdict::Negated;
        }
    }
    // "two phone calls", "several meetings", "three rounds of talks"; not "the April
    // 11 meeting", "two-day talks" nor "two days of talks".
    // ("Their previous talks took place in Berlin in September" are one: a clause
    // that gives a day or a month names the occasion.)
    let dated = v.dates.iter().any(|(s, _, x)| (cs..ce).contains(s) && !matches!(x, Expr::Year(_) | Expr::Rel(_)));
    let counted = (i.saturating_sub(6).max(cs)..i).any(|j| {
        let earlier = matches!(v.w(j), "previous" | "past" | "earlier");
        // ("the 24th round of talks" names one; an ordinal counts nothing.)
        (VAGUE_BEFORE.contains(&v.w(j)) && !(earlier && dated)
            || v.toks[j].class == Class::Number && !is_ordinal(v.w(j)))
            && !in_date(j)
            && v.w(j + 1) != "-"
            // ("two-plus-two talks": a format, no count.)
            && !(j > 0 && v.w(j - 1) == "-")
            && !matches!(v.w(j + 1), "days" | "hours" | "weeks" | "minutes" | "months" | "than" | "of" | "day" | "hour")
            // ("the two leaders held talks", "both sides": who, not how many.)
            && !PLURAL_PEOPLE.contains(&v.w(j + 1))
            // ("the two held talks", "the two met again": the two people.)
            && !(v.w(j) == "two"
                && j > 0
                && v.w(j - 1) == "the"
                && (matches!(v.w(j + 1), "held" | "had" | "met" | "have" | "has" | "also" | "then" | "later" | "last" | "first" | "will" | "were" | "spent" | "sat")))
            // ("the two prime ministers", "the two defence ministers".)
            && !(PLURAL_PEOPLE.contains(&v.w(j + 2)) && v.w(j + 1).bytes().all(|b| b.is_ascii_lowercase()))
            && !GROUP_NOUNS.contains(&v.w(j + 1))
            && !matches!(v.w(j + 1), "countries" | "nations" | "states")
    });
    // "The governments will hold an annual leaders' meeting, with dates to be
    // agreed": a series set up, no occasion. (Not "the annual summit, held in
    // Tokyo on Friday": the day names one.)
    let recurring = (i.saturating_sub(4).max(cs)..i)
        .any(|j| matches!(v.w(j), "annual" | "yearly" | "biennial" | "regular" | "periodic" | "recurring"));
    let to_come = (i.saturating_sub(8).max(cs)..i).any(|j| matches!(v.w(j), "will" | "shall" | "to"));
    if recurring && to_come && noun && !v.dates.iter().any(|(s, _, _)| (cs..ce).contains(s)) {
        return Verdict::Negated;
    }
    if counted && noun && (v.w(i).ends_with('s') || (i..ce).take(4).any(|k| v.w(k) == "rounds")) {
        return Verdict::Negated;
    }
    // After the trigger: "a meeting ... could happen only if", "was ruled out".
    // ("X told Y in a call on Monday that trade would grow": what was told is not the
    // call's hedge.)
    let told_that = if lead == Lead::Speech { (i + 2..ce).find(|&k| v.w(k) == "that") } else { None };
    let end = ce.min(i + 9).min(told_that.unwrap_or(usize::MAX));
    let after: Vec<&str> = (i + 1..end).map(|k| if month_may(k) { "" } else { v.w(k) }).collect();
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
    // "A meeting between A and B was ruled out": look further, to the clause's end
    // or 25 words.
    let rest: Vec<&str> = (i + 1..ce.min(i + 25)).map(|k| v.w(k)).collect();
    if let Some(k) = rest.iter().position(|w| {
        matches!(*w, "ruled" | "cancelled" | "canceled" | "postponed" | "scrapped" | "shelved" | "scuttled" | "off")
    }) {
        if rest[..k].iter().rev().take(3).any(|w| matches!(*w, "was" | "were" | "been" | "is" | "be" | "called")) {
            return Verdict::Negated;
        }
    }
    // "A meeting between A and B was discussed by aides but did not take place",
    // "... never happened": past the clause's end, unless another event is named
    // between ("talks were held, but a summit did not take place").
    if noun {
        let far = v.toks.len().min(i + 25);
        // (Not the occasion it was to be held at: "a meeting at the APEC summit".)
        let venue = |k: usize| (k.saturating_sub(3)..k).any(|m| matches!(v.w(m), "at" | "during"));
        let never = (i + 1..far).take_while(|&k| k == i + 1 || v.trigger(k).is_none() || venue(k)).any(|k| {
            let w = |d: usize| v.w(k + d);
            matches!(w(0), "did" | "does" | "has" | "had")
                && w(1) == "not"
                && matches!(w(2), "take" | "happen" | "occur")
                || w(0) == "never" && matches!(w(1), "took" | "happened" | "occurred" | "materialised" | "materialized")
                || w(0) == "fell" && w(1) == "through"
        });
        if never {
            return Verdict::Negated;
        }
    }
    // "They agreed to meet again, without fixing a date": a plan with no occasion.
    // (Also "agreed to meet soon".)
    if matches!(v.w(i), "meet" | "talk" | "speak") && matches!(v.w(i + 1), "again" | "soon") && v.dates.is_empty() {
        return Verdict::Negated;
    }
    // ("A meeting between A and B is not on the horizon", "a call is not
    // planned": the noun's own verb denies it.)
    if noun {
        let denied = (i + 1..(i + 16).min(ce)).any(|k| {
            matches!(v.w(k), "is" | "are" | "was" | "were")
                && v.w(k + 1) == "not"
                && (matches!(v.w(k + 2), "planned" | "scheduled" | "expected" | "envisaged" | "foreseen" | "likely")
                    || v.w(k + 2) == "on" && matches!(v.w(k + 4), "horizon" | "agenda" | "cards" | "table"))
        });
        if denied {
            return Verdict::Negated;
        }
    }
    // ("agreed to arrange a video call between commanders at an appropriate
    // time", "will visit in due course": a plan with no occasion yet.)
    // (Near the trigger: a clause can be a whole page long.)
    let unfixed = (i.saturating_sub(16).max(cs)..(i + 16).min(ce)).any(|k| {
        let w = |d: usize| v.w(k + d);
        w(0) == "due" && w(1) == "course" && k > 0 && v.w(k - 1) == "in"
            || matches!(w(0), "appropriate" | "convenient") && matches!(w(1), "time" | "moment" | "date")
            || w(0) == "later" && w(1) == "date" && matches!(v.w(k - 1), "a" | "some")
    });
    if unfixed && !v.dates.iter().any(|(s, e, _)| *s >= cs && *e <= ce) {
        return Verdict::Negated;
    }
    // "..., where the two leaders agreed to begin negotiations on a defence pact":
    // a process agreed on, no occasion (a day in the clause would name one).
    let begun = i >= 3
        && matches!(v.w(i), "negotiations" | "talks")
        && matches!(v.w(i - 1), "begin" | "start" | "launch" | "open")
        && v.w(i - 2) == "to"
        && AGREEING.contains(&v.w(i - 3));
    if begun && !v.dates.iter().any(|(s, _, _)| (cs..ce).contains(s)) {
        return Verdict::Negated;
    }
    // "A meeting between A and B was out of the question".
    if rest.windows(4).any(|w| w == ["out", "of", "the", "question"]) {
        return Verdict::Negated;
    }
    // "A call between A and B was likely in the coming weeks": a guess, no plan.
    if noun
        && rest.windows(2).any(|w| {
            matches!(w[0], "was" | "is" | "seemed" | "seems" | "appeared" | "looked" | "remained" | "remains")
                && matches!(w[1], "likely" | "possible" | "unlikely" | "probable" | "doubtful" | "uncertain")
        })
    {
        return Verdict::Negated;
    }
    // "He was to meet X on Thursday, but that meeting was postponed": the next
    // clause calls this one off.
    // (Only for what was still to come: "met on Thursday, but the talks were
    // postponed" would be about later talks.)
    let n = v.toks.len();
    if !PAST_FORMS.contains(&v.w(i)) && (ce.saturating_sub(1)..(ce + 2).min(n)).any(|k| v.w(k) == "but") {
        let next: Vec<&str> = (ce..n.min(ce + 12)).map(|k| v.w(k)).collect();
        let about_it = next.windows(2).any(|p| {
            matches!(p[0], "that" | "the" | "this")
                && matches!(p[1], "meeting" | "talks" | "visit" | "call" | "summit" | "trip" | "plan")
                || p[0] == "it" && matches!(p[1], "was" | "has" | "had")
        });
        let off = next.iter().enumerate().any(|(k, w)| {
            (matches!(*w, "cancelled" | "canceled" | "postponed" | "scrapped" | "shelved")
                || (*w == "off" && k > 0 && next[k - 1] == "called"))
                && next[..k].iter().rev().take(3).any(|w| matches!(*w, "was" | "were" | "been"))
        });
        if about_it && off {
            return Verdict::Negated;
        }
    }
    // "A and B were due to meet in July 1994, but A died before the date": a plan of
    // the past that a death or a fall stopped.
    let past_plan = i >= 2
        && v.w(i - 1) == "to"
        && (matches!(v.w(i - 2), "was" | "were")
            || i >= 3
                && matches!(v.w(i - 2), "due" | "scheduled" | "supposed" | "set")
                && matches!(v.w(i - 3), "was" | "were" | "been"));
    if let Some(but) = (i + 1..n).find(|&k| past_plan && v.w(k) == "but") {
        let stopped = (but + 1..n.min(but + 12)).any(|k| {
            matches!(
                v.w(k),
                "died" | "killed" | "assassinated" | "ousted" | "overthrown" | "withdrew" | "cancelled" | "canceled"
            ) || v.w(k) == "off" && v.w(k - 1) == "called"
                || v.w(k) == "out" && v.w(k - 1) == "pulled"
        });
        if stopped {
            return Verdict::Negated;
        }
    }
    // "have met before" ("before" opens a clause of its own, so look past the clause).
    // (Not "before" opening a clause: "met each leader before bringing them together".)
    // (Nor "will meet B before she departs": a subject and its verb.)
    let opens_clause = |k: usize| {
        v.w(k) == "before"
            && (v.w(k + 1).ends_with("ing")
                || matches!(v.w(k + 1), "the" | "he" | "she" | "they" | "we" | "his" | "her" | "their"))
    };
    // ("had met before in Quito in 2024": once, on a date.)
    let dated = |k: usize| {
        matches!(v.w(k), "before" | "previously")
            && (k + 1..ce.min(k + 8)).any(|d| v.in_date[d] && v.w(d - 1) != "since")
    };
    // "has spoken by phone with A and B several times since April": a count past
    // the names (the phone telling the verb's calls).
    let by_phone = matches!(v.w(i), "phone" | "telephone") && i > 0 && v.w(i - 1) == "by";
    if (by_phone || matches!(v.w(i), "met" | "meet" | "spoken" | "spoke" | "talked"))
        && (i + 1..v.toks.len())
            .filter(|&k| v.span_at[k].is_none())
            .take(6)
            .take_while(|&k| !matches!(v.w(k), "," | ";"))
            .any(|k| matches!(v.w(k), "times" | "twice" | "repeatedly" | "regularly" | "frequently" | "often"))
    {
        return Verdict::Negated;
    }
    // ("has spoken with him by phone twice since the spring".)
    if (i + 1..(i + 7).min(v.toks.len())).take_while(|&k| !matches!(v.w(k), "," | ";")).any(|k| {
        // ("speaks with him almost every week", "keep meeting regularly": a
        // habit, no occasion; "a meeting before X" is one.)
        let habit = v.w(k) == "every" && matches!(v.w(k + 1), "week" | "month" | "day" | "year" | "few" | "other")
            || matches!(v.w(k), "regularly" | "frequently" | "often" | "repeatedly");
        let vague = if matches!(v.w(i), "met" | "meet" | "spoken" | "spoke" | "talked") {
            VAGUE_AFTER.contains(&v.w(k)) || habit
        } else {
            // ("a meeting before X went on to Y" is one occasion.)
            let before_clause = v.w(k) == "before" && !matches!(v.w(k + 1), "." | "," | ";" | "");
            (habit || VAGUE_AFTER.contains(&v.w(k)) && !before_clause)
                && matches!(v.w(i), "meets" | "meeting" | "speak" | "speaks" | "talk" | "talks")
                // ("agreed to hold a summit every year": a habit, no occasion.)
                || habit && matches!(v.w(i), "summit" | "summits")
        };
        vague && !opens_clause(k) && !dated(k) && !v.in_date[k]
    }) {
        return Verdict::Negated;
    }
    // ("have met", "have now met in person five times".)
    if v.w(i) == "met"
        && (i.saturating_sub(3).max(cs)..i).any(|k| {
            matches!(v.w(k), "have" | "has")
                && (k + 1..i).all(|j| matches!(v.w(j), "now" | "already" | "since" | "also"))
        })
    {
        return Verdict::Negated;
    }
    // "Will he also meet Premier Li?": a question asks, it tells nothing.
    if v.toks.last().is_some_and(|t| t.text == "?")
        && matches!(
            v.w(cs),
            "will"
                | "would"
                | "could"
                | "can"
                | "should"
                | "is"
                | "are"
                | "was"
                | "were"
                | "does"
                | "do"
                | "did"
                | "has"
                | "have"
                | "q"
                | "when"
                | "where"
        )
    {
        return Verdict::Negated;
    }
    if reported_future {
        Verdict::Planned
    } else {
        Verdict::Plain
    }
}
