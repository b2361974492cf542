//! Who and where: delegations named by country or body, the place of an event,
//! people a delegation includes or who took part, and hosts of invited visits.

use super::lexicon::*;
use super::view::SentenceView;
use super::{modifies, Invitation, Reading};
use crate::extract::entities::{is_name_word, title_before, Ref};
use crate::extract::gazetteer::{Gazetteer, PlaceKind};
use crate::model::Place;

/// Countries or bodies named as parties: "U.S. and Russian delegations", "US
/// officials", "talks between Russia and the United States", "Teams from Ukraine
/// and Russia", "US-Russian talks".
pub(super) fn groups(g: &Gazetteer, v: &SentenceView<'_, '_>, cs: usize, ce: usize, triggers: &[usize]) -> Vec<String> {
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
            // ("the European side of the city" is a part of town, not a delegation.)
            let side_of = matches!(w, "side" | "sides") && v.w(j + 1) == "of";
            // ("the Syrian-Russian joint committee": a body of both.)
            let joint_body = matches!(w, "committee" | "commission") && j > 0 && v.w(j - 1) == "joint";
            if (GROUP_NOUNS.contains(&w) && !side_of)
                || joint_body
                || (triggers.contains(&j) && !matches!(s.what, Ref::Org(_)))
            {
                ahead = true;
                break;
            }
            // ("Thai and Cambodian army commanders", "Chinese and Indian border officials".)
            let modifier = matches!(s.what, Ref::Demonym(_))
                && matches!(
                    w,
                    "army"
                        | "military"
                        | "defence"
                        | "defense"
                        | "foreign"
                        | "border"
                        | "trade"
                        | "security"
                        | "interior"
                        | "senior"
                        | "top"
                        | "technical"
                        | "naval"
                        | "police"
                        | "intelligence"
                        | "economic"
                        // ("the Peruvian and Ecuadorian prime ministers", "... finance ministers")
                        | "prime"
                        | "deputy"
                        | "vice"
                        | "finance"
                        | "energy"
                        | "economy"
                        | "agriculture"
                        | "health"
                        | "education"
                        | "environment"
                        | "justice"
                        | "transport"
                        | "commerce"
                        | "culture"
                        | "tourism"
                        | "labour"
                        | "labor"
                        | "industry"
                        | "climate"
                        | "water"
                        | "mining"
                        | "joint"
                );
            if matches!(w, "and" | "-" | "," | "/" | "the") || w.ends_with("ian") || w.ends_with("ese") || modifier {
                j += 1;
                steps += 1;
                continue;
            }
            // "Iran and the United States held a fifth round of talks": a verb that
            // holds the trigger, with no one else named before it.
            // (Also after an auxiliary: "will hold talks", "have held talks".)
            let verb = if matches!(w, "will" | "are" | "were" | "have" | "has" | "had") { j + 1 } else { j };
            if HOLDING.contains(&v.w(verb)) {
                ahead = triggers.iter().any(|&t| t >= verb && t <= verb + 6 && (j..t).all(|k| v.span_at[k].is_none()));
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
            // ("talks with officials of the US Department of Commerce")
            || (before == "the"
                && before2 == "of"
                && s.start >= 4
                && GROUP_NOUNS.contains(&v.w(s.start - 3))
                && v.w(s.start - 4) == "with")
            || (before == "by" && MEDIATED.contains(&before2));
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
        // ("Kenya's Ruto met ...": the person is the subject, not the country.)
        let verb_after = is_place
            && triggers.iter().any(|&t| {
                t >= s.end && t <= s.end + 3 && !v.trigger(t).is_some_and(|x| x.1) && !(s.end..t).any(person_after)
            });
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
pub(super) fn place(r: &Reading<'_>, v: &SentenceView<'_, '_>, cs: usize, ce: usize) -> Option<Place> {
    let g = r.g;
    let mut best: Option<(PlaceKind, usize, usize)> = None;
    // ("held talks with Kagame, whose troops fight in Cabo Delgado": what a relative
    // clause on someone says of them is not where the meeting was.)
    // (In a "where" clause, whose place is the one "where" stands for.)
    let ce = (cs + 1..ce)
        .find(|&k| v.w(k) == "whose" && v.w(k - 1) == "," && cs > 0 && v.w(cs - 1) == "where")
        .map_or(ce, |k| k - 1);
    let spans = v.spans.iter().filter(|s| s.start >= cs && s.end <= ce);
    for s in
        spans.clone().filter(|s| !SPEECH.contains(&v.w(s.end))).chain(spans.filter(|s| SPEECH.contains(&v.w(s.end))))
    {
        let Ref::Place(p) = s.what else { continue };
        // ("held talks in Sochi on Monday, the Kremlin said": the place that speaks
        // stands for a government; it is the venue only when no other is named.)
        // (Those come last.)
        if SPEECH.contains(&v.w(s.end)) && best.is_some() {
            continue;
        }
        // ("talks with Qin, who accepted an invitation to visit Washington": where
        // someone is invited is not where they met.)
        if (s.start.saturating_sub(4).max(cs)..s.start).any(|k| matches!(v.w(k), "invitation" | "invited" | "invite")) {
            continue;
        }
        if let Some(town) = unlisted_town(g, v, cs, s.start, p) {
            return Some(town);
        }
        // ("in the capital", "in west London", "in the north-western town of".)
        let mut k = s.start;
        while k > cs && (v.w(k - 1) == "the" || DIRECTIONS.contains(&v.w(k - 1))) {
            k -= 1;
        }
        // "in his Kremlin office", "in her Elysee study": a landmark's rooms.
        if k > cs
            && k == s.start
            && matches!(v.w(k - 1), "his" | "her" | "their")
            && g.places[p].kind == PlaceKind::Landmark
            && matches!(v.w(s.end), "office" | "study" | "residence" | "apartment" | "apartments")
        {
            k -= 1;
        }
        // "at a Tokyo hotel", "in a Lima suburb": a place in the town named.
        if k > cs
            && k == s.start
            && matches!(v.w(k - 1), "a" | "an")
            && matches!(
                v.w(s.end),
                "hotel"
                    | "restaurant"
                    | "villa"
                    | "residence"
                    | "suburb"
                    | "hospital"
                    | "palace"
                    | "guesthouse"
                    | "office"
            )
        {
            k -= 1;
        }
        if k == cs {
            // ("Jeddah hosted security advisers from 40 countries": a town that
            // hosts is where they met.)
            let hosts =
                matches!(v.w(s.end), "hosted" | "hosts") || v.w(s.end) == "will" && matches!(v.w(s.end + 1), "host");
            if hosts && g.places[p].kind == PlaceKind::City && best.is_none() {
                best = Some((PlaceKind::City, p, s.end));
            }
            continue;
        }
        let prep = v.w(k - 1);
        let head = if k >= 2 { v.w(k - 2) } else { "" };
        // ("Kyiv, where he met Y and visited Bucha": the town a "where" clause goes
        // on to is no venue; the one "where" stands for is.)
        if cs > 0 && v.w(cs - 1) == "where" && head == "and" && TRAVEL.contains(&prep) {
            continue;
        }
        // ("held talks at the Soviet embassy in Madrid": the embassy is the venue,
        // in that town; "the embassy in Kyiv said" is an institution.)
        let venue = head == "embassy" && (k.saturating_sub(5).max(cs)..k.saturating_sub(2)).any(|j| v.w(j) == "at");
        let ok = (LOCATIVE.contains(&prep) && (!NOT_LOCATIVE_HEADS.contains(&head) || venue))
            // "in her home city of Nara", "the port of Odesa"
            || (prep == "of" && matches!(head, "city" | "town" | "capital" | "port" | "village" | "resort"))
            || TRAVEL.contains(&prep)
            || (prep == "to" && TRAVEL.contains(&head))
            // ("the trip Raisi made to Muscat", "the visit she paid to Quito".)
            || (prep == "to"
                && matches!(head, "made" | "paid" | "makes" | "pays")
                && (k.saturating_sub(7).max(cs)..k - 2).any(|j| TRAVEL.contains(&v.w(j))))
            // ("goes on to Belgrade", "flew on to Lima".)
            || (prep == "to" && head == "on" && k >= 3 && TRAVEL.contains(&v.w(k - 3)))
            || (prep == "," && best.is_some_and(|(_, _, end)| end + 1 == s.start))
            // "in the Qatari capital, Doha"
            || (prep == "," && (k.saturating_sub(5)..k).any(|j| j >= cs && LOCATIVE.contains(&v.w(j))))
            // "welcomed him to the White House", "received him on Red Square"
            || (matches!(prep, "to" | "on") && g.places[p].kind == PlaceKind::Landmark)
            // "welcomed President X to Sydney for talks": the guest's welcome is there.
            || (prep == "to"
                && (k.saturating_sub(20).max(cs)..k)
                    .any(|j| matches!(v.w(j), "welcomed" | "welcomes" | "welcome" | "welcoming")))
            || (prep == "for" && DEPART.contains(&head))
            // "the Oval Office meeting", "the Geneva talks" (not "Russia-Ukraine talks").
            || (g.places[p].kind != PlaceKind::Country
                && v.span_at.get(s.end).is_none_or(|x| x.is_none())
                && NOUN_TRIGGERS.contains(&v.w(s.end)));
        // A place followed by a title ("Kremlin spokesman") is not where it happened
        // (but "received in Samarkand President X" is).
        if !ok || (title_before(g, v.toks, s.end + 1) && !LOCATIVE.contains(&prep)) {
            continue;
        }
        // ("Admiralty House in Sydney": a landmark of that name in another town
        // than the gazetteer's; the town named says where.)
        let elsewhere = |parent: usize| {
            matches!(v.w(s.end), "in" | ",")
                && v.span_at.get(s.end + 1).copied().flatten().is_some_and(
                    |n| matches!(v.spans[n].what, Ref::Place(c) if c != parent && g.places[c].kind == PlaceKind::City),
                )
        };
        let (idx, kind) = match g.places[p].kind {
            PlaceKind::Landmark if g.places[p].parent.is_some_and(elsewhere) => continue,
            PlaceKind::Landmark => (g.places[p].parent.unwrap_or(p), PlaceKind::Landmark),
            k => (p, k),
        };
        if best.is_none_or(|(bk, _, _)| kind < bk) {
            best = Some((kind, idx, s.end));
        }
    }
    // "received by the Tunisian president at the presidential palace", "on a trip to
    // Thailand, at Government House": a seat of government in no named city is in the
    // capital of the country the clause names, or of its host's nationality.
    if best.is_none_or(|(kind, _, _)| kind == PlaceKind::Country) {
        if let Some(seat) = seat_of_government(v, cs, ce) {
            let country = best.map(|(_, idx, _)| idx).or_else(|| host_country(r, v, cs, seat));
            if let Some(&capital) = country.and_then(|c| g.capital_of.get(&c)) {
                return Some(g.place_of(capital));
            }
        }
    }
    // ("a visit to Israel ... in the central Israeli town of Rosh HaAyin": the town
    // the gazetteer does not know is more precise than a country.)
    if best.is_some_and(|(kind, _, _)| kind == PlaceKind::Country) {
        if let Some(town) = town_called(g, v, cs, ce) {
            return Some(town);
        }
    }
    best.map(|(_, idx, _)| g.place_of(idx))
        .or_else(|| town_after_trigger(v, cs, ce))
        .or_else(|| town_called(g, v, cs, ce))
        .or_else(|| town_of_forum(g, v, cs, ce))
}

/// A town the gazetteer does not list, named as one: "in the central Israeli town
/// of Rosh HaAyin", "at the border village of Tarkhan". A nationality before it
/// says its country.
fn town_called(g: &Gazetteer, v: &SentenceView<'_, '_>, cs: usize, ce: usize) -> Option<Place> {
    let k = (cs + 2..ce.saturating_sub(2))
        .find(|&k| matches!(v.w(k), "town" | "city" | "village" | "resort") && v.w(k + 1) == "of")?;
    let name_word =
        |j: usize| j < ce && v.span_at[j].is_none() && !v.temporal[j] && !v.quoted[j] && is_name_word(&v.toks[j]);
    let end = (k + 2..(k + 5).min(ce)).take_while(|&j| name_word(j)).last()? + 1;
    // (Not the start of a longer name: "the city of Kiruna Province".)
    if v.span_at.get(end).copied().flatten().is_some() || v.toks.get(end).is_some_and(|t| t.is_capitalised()) {
        return None;
    }
    // Back over what describes it ("central", "Israeli", "small border") to "in
    // the" or "at the".
    let mut country = None;
    let mut j = k;
    while j > cs + 1 && v.w(j - 1) != "the" && k - j < 4 {
        match v.span_at[j - 1].map(|n| &v.spans[n]) {
            Some(s) if matches!(s.what, Ref::Demonym(_)) => {
                if let Ref::Demonym(c) = s.what {
                    country = Some(c);
                }
                j = s.start;
            }
            Some(_) => return None,
            None if v.toks[j - 1].text.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') => j -= 1,
            None => return None,
        }
    }
    if j < cs + 2 || v.w(j - 1) != "the" || !LOCATIVE.contains(&v.w(j - 2)) {
        return None;
    }
    let name = v.toks[k + 2..end].iter().map(|t| t.text).collect::<Vec<_>>().join(" ");
    let within = country.map(|c| {
        let mut w = vec![g.places[c].name.clone()];
        w.extend(g.place_of(c).within);
        w
    });
    Some(Place { name, within: within.unwrap_or_default() })
}

/// "at the Munich Security Conference", "on the sidelines of the Doha Forum": a
/// gathering named after its town is in that town.
fn town_of_forum(g: &Gazetteer, v: &SentenceView<'_, '_>, cs: usize, ce: usize) -> Option<Place> {
    v.spans.iter().filter(|s| s.start >= cs.max(3) && s.end <= ce && matches!(s.what, Ref::Org(_))).find_map(|s| {
        // (A gathering, not a body: "the OSCE Minsk Group", "the Paris Club".)
        let gathering = matches!(v.w(s.end - 1), "conference" | "forum" | "dialogue" | "summit");
        let at = v.w(s.start - 1) == "the"
            && (matches!(v.w(s.start - 2), "at" | "during")
                || v.w(s.start - 2) == "of" && v.w(s.start - 3) == "sidelines");
        let town = g.place_index(v.toks[s.start].text).filter(|&p| g.places[p].kind == PlaceKind::City)?;
        (at && gathering && s.end > s.start + 1).then(|| g.place_of(town))
    })
}

/// "met in Ilulissat on Friday", "talks in Kiruna": a town the gazetteer does not
/// list, as capitalised words no other name covers right after a trigger (or the
/// person it names) and "in".
fn town_after_trigger(v: &SentenceView<'_, '_>, cs: usize, ce: usize) -> Option<Place> {
    // ("will meet Felipe Calderon in Merida": after the person met, too.)
    let person_met = |k: usize| {
        v.span_at[k - 1].is_some_and(|n| matches!(v.spans[n].what, Ref::Person(_)) && v.spans[n].end == k)
            && (k.saturating_sub(8).max(cs)..k).any(|j| v.trigger(j).is_some())
    };
    let at =
        (cs + 1..ce.saturating_sub(1)).find(|&k| v.w(k) == "in" && (v.trigger(k - 1).is_some() || person_met(k)))? + 1;
    let name_word =
        |k: usize| k < ce && v.span_at[k].is_none() && !v.temporal[k] && !v.quoted[k] && is_name_word(&v.toks[k]);
    let end = (at..(at + 3).min(ce)).take_while(|&k| name_word(k)).last()? + 1;
    // (Not the start of a longer name the gazetteer half knows: "in Kiruna Province".)
    if v.span_at.get(end).copied().flatten().is_some() || v.toks.get(end).is_some_and(|t| t.is_capitalised()) {
        return None;
    }
    let name = v.toks[at..end].iter().map(|t| t.text).collect::<Vec<_>>().join(" ");
    Some(Place { name, within: Vec::new() })
}

/// Where the clause says the event took place at a seat of government with no city
/// ("at the presidential palace", "at State House", "at his official residence"):
/// the seat's first token.
fn seat_of_government(v: &SentenceView<'_, '_>, cs: usize, ce: usize) -> Option<usize> {
    (cs + 1..ce.saturating_sub(1)).find(|&i| {
        if !SEATS.iter().any(|[a, b]| v.w(i) == *a && v.w(i + 1) == *b) {
            return false;
        }
        // "at the presidential palace", "at State House", "at the Turkish foreign
        // ministry" (the nationality then names the country).
        let mut k = i;
        if let Some(n) = v.span_at[k - 1].filter(|&n| matches!(v.spans[n].what, Ref::Demonym(_))) {
            k = v.spans[n].start;
        }
        if k > cs + 1 && matches!(v.w(k - 1), "the" | "his" | "her" | "their") {
            k -= 1;
        }
        k > cs && LOCATIVE.contains(&v.w(k - 1))
    })
}

/// The country of the host named nearest before `seat`: by a demonym ("Thai Prime
/// Minister ...") or a possessive country ("Niger's president").
///
/// Not the guest's: "X hosted Finnish President Y", "his Finnish counterpart", "the
/// visiting Finnish leader" name where the guest came from. With a verb of hosting,
/// the host is its subject ("X hosted Y") or its agent ("Y was received by X").
fn host_country(r: &Reading<'_>, v: &SentenceView<'_, '_>, cs: usize, seat: usize) -> Option<usize> {
    let g = r.g;
    let hosting = (cs..seat).find(|&i| {
        matches!(
            v.w(i),
            "hosted" | "hosts" | "hosting" | "received" | "receives" | "receiving" | "welcomed" | "welcomes"
        )
    });
    // ("A and B were welcomed at the airport by Eritrean President C": the agent
    // after the seat.)
    let passive_by =
        hosting.filter(|&h| h > 0 && matches!(v.w(h - 1), "was" | "were" | "been" | "is" | "are")).and_then(|h| {
            (h + 1..(seat + 6).min(v.toks.len())).find(|&k| v.w(k) == "by").map(|b| (b + 1, (b + 6).min(v.toks.len())))
        });
    let (from, to) = match (hosting, passive_by) {
        (_, Some(agent)) => agent,
        (Some(h), None) if v.w(h + 1) == "by" => (h + 1, seat),
        (Some(h), None) => (cs, h),
        (None, None) => (cs, seat),
    };
    let host = v.spans.iter().rev().filter(|s| s.start >= from && s.end <= to);
    let named = host.clone().find_map(|s| match s.what {
        Ref::Demonym(_) if matches!(v.w(s.end), "counterpart" | "counterparts") => None,
        Ref::Demonym(_) if s.start > 0 && v.w(s.start - 1) == "visiting" => None,
        // ("flew in with the Omanis": who came along, not who hosts.)
        Ref::Demonym(_) if s.start > 1 && v.w(s.start - 1) == "the" && v.w(s.start - 2) == "with" => None,
        Ref::Demonym(c) => Some(c),
        Ref::Place(c) if g.places[c].kind == PlaceKind::Country && v.w(s.end) == "'s" => Some(c),
        _ => None,
    });
    // "Ishiba received Albanese at his official residence": the host's own
    // country, when the gazetteer knows it and a verb of hosting says who hosts.
    named
        .or_else(|| {
            hosting?;
            // (The spans run backwards: the host is the first person in the range.)
            let person = host.filter_map(|s| if let Ref::Person(p) = s.what { Some(p) } else { None }).next_back()?;
            r.countries.get(person)?.as_deref().and_then(|country| g.place_index(country))
        })
        .or_else(|| {
            // "The President of Mongolia X held a meeting with Y at the State
            // Palace": with no verb of hosting, the subject's title names the country.
            if hosting.is_some() {
                return None;
            }
            v.spans.iter().filter(|s| s.start >= cs.max(2) && s.end <= seat).find_map(|s| match s.what {
                Ref::Place(c)
                    if g.places[c].kind == PlaceKind::Country
                        && v.w(s.start - 1) == "of"
                        && v.is_title_word(g, s.start - 2) =>
                {
                    Some(c)
                }
                _ => None,
            })
        })
}

/// People a delegation is said to include: "the U.S. delegation included A, B and C".
pub(super) fn delegation_list(v: &SentenceView<'_, '_>, cs: usize, ce: usize) -> Vec<usize> {
    let people = |from: usize| -> Vec<usize> {
        v.spans
            .iter()
            .filter(|s| s.start >= from && s.end <= ce && !modifies(v, s.end))
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
pub(super) fn participation(v: &SentenceView<'_, '_>, cs: usize, ce: usize) -> bool {
    (cs..ce).any(|i| match v.w(i) {
        "took" | "take" | "takes" | "taking" => v.w(i + 1) == "part",
        "sat" => matches!(v.w(i + 1), "in" | "on"),
        // (Not "attended the funeral of X": another occasion, and X no party.)
        "attended" | "joined" | "accompanied" => !(i + 1..(i + 4).min(ce)).any(|k| {
            matches!(
                v.w(k),
                "funeral"
                    | "burial"
                    | "memorial"
                    | "wedding"
                    | "inauguration"
                    | "coronation"
                    | "mass"
                    | "match"
                    | "concert"
            )
        }),
        "present" => matches!(if i > 0 { v.w(i - 1) } else { "" }, "was" | "were" | "also"),
        _ => false,
    })
}

/// "X invited Y to PLACE": the host of a visit.
pub(super) fn invitation(r: &Reading<'_>, v: &SentenceView<'_, '_>, cs: usize, ce: usize) -> Option<Invitation> {
    let at = (cs..ce).find(|&i| v.w(i) == "invited")?;
    if (cs..at).any(|j| matches!(v.w(j), "not" | "never" | "if" | "would" | "could")) {
        return None;
    }
    // The inviter is the clause's subject: its first person that is not a modifier
    // ("Steve Witkoff, a Trump envoy who ..., invited").
    let host = v
        .spans
        .iter()
        .filter(|s| s.end <= at && s.start >= cs && !modifies(v, s.end) && v.w(s.end) != "envoy")
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

/// A town the gazetteer does not list, named with its region: "in La Malbaie,
/// Quebec", "at Kananaskis, Alberta". `region` is the known place after the comma.
fn unlisted_town(g: &Gazetteer, v: &SentenceView<'_, '_>, cs: usize, region_at: usize, region: usize) -> Option<Place> {
    // (After a city the name is a venue in it: "at State House, Nairobi".)
    // (Also "to Flores, in Guatemala's north".)
    let comma_in = region_at >= 2 && v.w(region_at - 1) == "in" && v.w(region_at - 2) == ",";
    if matches!(g.places[region].kind, PlaceKind::Landmark | PlaceKind::City)
        || region_at < cs + 3
        || (v.w(region_at - 1) != "," && !comma_in)
    {
        return None;
    }
    let end = region_at - 1 - usize::from(comma_in);
    if end < cs + 2 {
        return None;
    }
    let mut start = end;
    while start > cs && end - start < 3 {
        let t = &v.toks[start - 1];
        if !t.is_capitalised() || v.span_at[start - 1].is_some() || v.temporal[start - 1] {
            break;
        }
        start -= 1;
    }
    if start == end || start <= cs || !matches!(v.w(start - 1), "in" | "at" | "near" | "to") {
        return None;
    }
    let name = v.toks[start..end].iter().map(|t| t.text).collect::<Vec<_>>().join(" ");
    let mut within = vec![g.places[region].name.clone()];
    within.extend(g.place_of(region).within);
    Some(Place { name, within })
}
