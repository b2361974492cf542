//! From an article to its events: names, dates, triggers, and which mentions in
//! the article are the same event.
//!
//! Extraction is pure: it reads an [`Article`] and a [`Gazetteer`] and returns
//! [`Extraction`]. It runs in time linear in the text: every step walks the
//! sentences once, and per token does bounded work (gazetteer look-ups of at most a
//! few tokens, misspelling checks against names of similar length).

mod entities;
mod events;
pub mod gazetteer;
mod temporal;
mod tokens;

use chrono::{Datelike, NaiveDate};

use crate::ingest::{self, Block, Published, PublishedSource};
use crate::model::{Article, DateSpan, Entity, EventKind, Mention, Place, Precision, Status};
pub use gazetteer::{Gazetteer, GazetteerBuilder};

use events::{Draft, Reading, SentenceView};
use temporal::Reference;

/// The events of one article, each with the mentions that report it.
#[derive(Debug, Clone, PartialEq)]
pub struct Extracted {
    /// What kind of event it is.
    pub kind: EventKind,
    /// Every sentence of the article that reports it, in reading order.
    pub mentions: Vec<Mention>,
}

/// What extraction found in one article.
#[derive(Debug, Clone, PartialEq)]
pub struct Extraction {
    /// The article's events.
    pub events: Vec<Extracted>,
    /// The people the article names, with the forms it names them by.
    pub people: Vec<Entity>,
    /// The publication date used, and where it came from.
    pub published: Option<Published>,
}

/// Extracts the events of an article.
///
/// ```
/// use dossier::{extract::extract, Article, Gazetteer};
/// let a = Article::new("a1", "Foreign Minister Hakan Fidan met Secretary of State Marco Rubio in Ankara on Monday.")
///     .with_published(chrono::NaiveDate::from_ymd_opt(2025, 5, 14).unwrap());
/// let x = extract(&a, &Gazetteer::bundled());
/// let m = &x.events[0].mentions[0];
/// assert_eq!(m.participants, ["Hakan Fidan", "Marco Rubio"]);
/// assert_eq!(m.place.as_ref().unwrap().name, "Ankara");
/// assert_eq!(m.date.unwrap().to_string(), "2025-05-12");
/// ```
pub fn extract(article: &Article, g: &Gazetteer) -> Extraction {
    let doc = ingest::prepare(&article.text);
    let published = article
        .published
        .map(|date| Published { date, source: PublishedSource::Supplied })
        .or_else(|| ingest::detect_published(&article.text, article.url.as_deref()));
    let toks: Vec<Vec<tokens::Token<'_>>> = doc.sentences.iter().map(|s| tokens::tokenize(&s.text)).collect();
    // The page's year and the years it names: which of two people one name means.
    let mut years: Vec<i32> = toks
        .iter()
        .flatten()
        .filter(|t| t.class == tokens::Class::Number && t.text.len() == 4)
        .filter_map(|t| t.text.parse().ok())
        .filter(|y| (1900..=2100).contains(y))
        .chain(published.map(|p| p.date.year()))
        .collect();
    years.sort_unstable();
    years.dedup();
    let names = entities::find_names(g, &toks, &years);
    let women: Vec<bool> = names.people.names.iter().map(|n| g.womans_name(n)).collect();
    let views: Vec<SentenceView<'_, '_>> = doc
        .sentences
        .iter()
        .zip(&toks)
        .zip(&names.spans)
        .map(|((s, t), sp)| SentenceView::new(&s.text, t, sp))
        .collect();
    // A timeline: two lines or more that hold only a date, each heading the lines
    // under it. Its first heading is no publication date ("27 September 2020" on a
    // line of its own is one on most pages).
    let date_lines: Vec<bool> =
        doc.sentences.iter().zip(&views).map(|(s, v)| s.block == Block::Headline && v.is_date_line()).collect();
    let timeline = date_lines.iter().filter(|&&x| x).count() >= 2;
    let published = published.filter(|p| {
        let heading = |(v, _): (&SentenceView<'_, '_>, _)| v.date_heading(None).is_some_and(|d| d.start == p.date);
        !(timeline
            && p.source != PublishedSource::Supplied
            && views.iter().zip(&date_lines).filter(|(_, &x)| x).any(heading))
    });
    let reference = reference(published, &views).map(|mut r| {
        // A dispatch datelined the day before the paper printed it ("NEW DELHI,
        // Oct. 30. --" in the issue of the 31st) tells "this afternoon" of its
        // dateline's day.
        let dated = doc.dateline_day.and_then(|(m, d)| {
            let year = if m > r.date.month() { r.date.year() - 1 } else { r.date.year() };
            NaiveDate::from_ymd_opt(year, m, d)
        });
        if let Some(day) = dated.filter(|&d| d < r.date && (r.date - d).num_days() <= 3) {
            r.date = day;
        }
        r
    });
    let exact_published = published.filter(|p| p.source.is_exact()).map(|p| p.date);
    // A live blog's entries, each under its time of day, tell that day's news.
    let live_day = exact_published.filter(|_| live_blog(&article.text));
    // A live blog of a gathering, headlined with its town ("LIVE: CELAC summit in
    // Buenos Aires"): where the day's meetings that name no place were held.
    let live_place = live_day.and_then(|_| {
        doc.sentences.iter().zip(&toks).zip(&names.spans).take(8).find_map(|((s, t), spans)| {
            // ("LIVE: Pacific leaders in Tokyo - a day of bilaterals": the same.)
            let gathering = t
                .iter()
                .any(|t| ["summit", "conference", "forum", "talks", "leaders", "bilaterals"].iter().any(|w| t.is(w)));
            if s.block != Block::Headline || !gathering {
                return None;
            }
            spans.iter().find_map(|sp| match sp.what {
                entities::Ref::Place(p) if sp.start > 0 && t[sp.start - 1].is("in") => {
                    Some(g.place_of(p)).filter(|p| !p.within.is_empty())
                }
                _ => None,
            })
        })
    });

    // The two people the page's headline names, if it names two.
    // (Joined by "and": "Banzer and Pinochet restore relations"; not a byline's
    // "By A and B".)
    let headline_pair: Option<[usize; 2]> =
        doc.sentences.iter().zip(&names.spans).zip(&toks).take(12).find_map(|((s, spans), t)| {
            if s.block != Block::Headline || t.first().is_some_and(|w| w.is("by")) {
                return None;
            }
            let mut people = spans.iter().filter(|sp| matches!(sp.what, entities::Ref::Person(_)));
            match (people.next(), people.next(), people.next()) {
                (Some(a), Some(b), None) if b.start == a.end + 1 && t[a.end].is("and") => match (a.what, b.what) {
                    (entities::Ref::Person(x), entities::Ref::Person(y)) if x != y => Some([x, y]),
                    _ => None,
                },
                _ => None,
            }
        });

    // The person and town a headline frames the story with: "Obama in Hanoi",
    // "Lula visits Luanda" (a city, not a country: a visit's meetings are in its
    // town).
    let headline_visit: Option<(usize, Place)> =
        doc.sentences.iter().zip(&names.spans).zip(&toks).take(12).find_map(|((s, spans), t)| {
            if s.block != Block::Headline {
                return None;
            }
            spans.windows(2).find_map(|w| match (w[0].what, w[1].what) {
                (entities::Ref::Person(p), entities::Ref::Place(c))
                    if w[1].start == w[0].end + 1
                        && ["in", "visits", "arrives"].iter().any(|x| t[w[0].end].is(x))
                        && g.places[c].kind == gazetteer::PlaceKind::City =>
                {
                    Some((p, g.place_of(c)))
                }
                _ => None,
            })
        });

    // Read sentence by sentence, gathering drafts into clusters (one per event).
    let mut clusters: Vec<Cluster> = Vec::new();
    // Drafts with fewer than two parties that joined nothing, for a definite
    // reference that names the parties next ("Leaders met in Helsinki on Tuesday.
    // The summit was co-hosted by A and B").
    let mut orphans: Vec<Draft> = Vec::new();
    let mut all: Vec<Draft> = Vec::new();
    let mut previous_subject = None;
    let mut recent_people: Vec<usize> = Vec::new();
    let mut recent_groups: Vec<String> = Vec::new();
    // Countries named in any role, with the sentence that named them last.
    let mut recent_countries: Vec<(String, usize)> = Vec::new();
    let mut mentions: Vec<usize> = Vec::new();
    let mut invitations = Vec::new();
    // People seen at a place on their own (a visit, a journey), for the next
    // sentences; with the day of a journey when it gives one.
    let mut visits: Vec<(usize, Place, usize)> = Vec::new();
    let mut journeys: Vec<(usize, Option<DateSpan>, usize)> = Vec::new();
    // People who met someone in a town on a day: (person, town, day, sentence).
    let mut stays: Vec<(usize, Place, NaiveDate, usize)> = Vec::new();
    let dateline = doc.datelines.iter().find_map(|city| g.place(city));
    // The first body sentence, and whether it states any date at all.
    let lead_sentence = doc.sentences.iter().position(|s| s.block == Block::Body);
    let lead_has_date =
        lead_sentence.is_some_and(|n| !views[n].dates_resolved(None).is_empty() || views[n].has_dates());
    let mut body_seen = 0;
    // Whether an event of the story was placed in another town than the dateline's
    // (kept as it goes: asking every cluster for each draft would be quadratic).
    let mut story_moved = false;
    // The day a sentence without events told ("The committee met on Wednesday.
    // The same day X called Y"), for the two sentences after it.
    let mut day_told: Option<(usize, DateSpan)> = None;
    // The date heading the lines under it in a timeline ("23 October" on a line of
    // its own): the day of their events that name none. (Two such headings at
    // least: one alone is the page's own date line.)
    let headings: Vec<Option<DateSpan>> =
        views.iter().zip(&date_lines).map(|(v, &x)| if x { v.date_heading(reference) } else { None }).collect();
    let mut heading: Option<DateSpan> = None;
    // A fragment without a verb that names a day, and maybe a place ("Tuesday in
    // Reykjavik."): where and when the sentence after it is.
    let mut fragment: Option<(usize, DateSpan, Option<Place>)> = None;
    // The last day of a past year the story told, and where: in the twenty
    // sentences after "on 7 December 1991", a "Monday 9 December" that fits no year
    // near the publication is 1991's.
    let mut story: Option<(usize, NaiveDate)> = None;
    // The day of the story's first event that happened on one ("It came five days
    // after ...": after the visit the story is about).
    let mut lead_day: Option<DateSpan> = None;
    let article_reference = reference;
    for (n, (s, v)) in doc.sentences.iter().zip(&views).enumerate() {
        let reference =
            article_reference.map(|r| Reference { story: story.filter(|&(at, _)| n - at <= 20).map(|(_, d)| d), ..r });
        if s.block == Block::Headline {
            heading = headings[n].filter(|_| timeline);
            continue;
        }
        if s.block == Block::Body {
            body_seen += 1;
        }
        // Most sentences tell no event: no trigger, and none of the words that add
        // people to one told before; they need no reading.
        let facts = if v.may_tell_events() {
            let frequent_people = {
                let mut v = recent_people.clone();
                // Stable: among equal counts the more recent stays later.
                v.sort_by_key(|p| mentions.get(*p).copied().unwrap_or(0));
                v
            };
            let parties = frequent_people
                .iter()
                .copied()
                .filter(|p| latest_drafts(&all).iter().any(|d| d.participants.contains(p)))
                .collect();
            // "A met B on Monday. The two first met in Paris": the pair the sentence
            // before told of.
            let last_pair =
                all.last().filter(|d| d.sentence + 1 == n && d.participants.len() == 2).map(|d| d.participants.clone());
            let last_trio = all
                .iter()
                .rev()
                // (The paragraph after a summit of three, told in a few sentences.)
                .take_while(|d| d.sentence + 7 >= n)
                .find(|d| d.participants.len() == 3)
                .map(|d| d.participants.clone());
            let last_group = all
                .iter()
                .rev()
                .take_while(|d| d.sentence + 7 >= n)
                .find(|d| d.participants.len() >= 3)
                .map(|d| d.participants.clone());
            let reading = Reading {
                g,
                reference,
                context: events::context_date(latest_drafts(&all), day_told.filter(|&(at, _)| n - at <= 2)),
                lead_day,
                recent_groups: recent_groups.clone(),
                // ("Nigeria and Niger agreed on Monday to ... Teams from the two
                // countries had met the day before": the three sentences before.)
                recent_countries: recent_countries
                    .iter()
                    .filter(|(_, at)| n - at <= 3)
                    .map(|(c, _)| c.clone())
                    .collect(),
                frequent_people,
                parties,
                last_pair,
                last_trio,
                last_group,
                headline_pair,
                previous_subject,
                previous_people: n
                    .checked_sub(1)
                    .map(|m| {
                        let mut ps: Vec<usize> = Vec::new();
                        // (Not an owner: "Trump's adviser held talks with B".)
                        for sp in &names.spans[m] {
                            if let entities::Ref::Person(p) = sp.what {
                                if !ps.contains(&p) && !events::modifies(&views[m], sp.end) {
                                    ps.push(p);
                                }
                            }
                        }
                        ps
                    })
                    .unwrap_or_default(),
                caption: s.block == Block::Caption,
                countries: &names.people.countries,
                titles: &names.titles,
                women: &women,
            };
            events::read_sentence(&reading, v, n)
        } else {
            events::SentenceFacts::default()
        };
        let drafts_here = facts.drafts.len();
        // ("The visit had been planned before the uprising of Wednesday, June 26.
        // Lula telephoned Arce that night": a sentence whose drafts name no day still
        // tells the day it names.)
        let dated_here = facts.drafts.iter().any(|d| d.date.is_some());
        for g in facts.drafts.iter().flat_map(|d| d.groups.iter()) {
            recent_groups.retain(|x| x != g);
            recent_groups.push(g.clone());
        }
        let under = fragment.as_ref().filter(|(at, _, _)| at + 1 == n);
        for mut d in facts.drafts {
            if d.date.is_none() {
                d.date = heading;
                if d.travel_plan && heading.zip(reference).is_some_and(|(h, rf)| h.end < rf.date) {
                    d.status = Status::Occurred;
                }
            }
            if let Some((_, day, place)) = under {
                if d.date.is_none() {
                    d.date = Some(*day);
                }
                if d.place.is_none() && d.kind != EventKind::Call {
                    d.place = place.clone();
                }
            }
            if (d.sidelines || d.around) && (d.date.is_none() || d.place.is_none()) {
                // "X also met Y on the sidelines (of the summit)": of the occasion just
                // told, its day and place.
                // (The summit told last, when there is one: not a visit planned
                // elsewhere that was told in between.)
                // (Not one still to come: "will host the next summit in Kingstown" told
                // before, in a live blog's reverse order.)
                let held = |x: &&Draft| x.status == Status::Occurred || d.status == Status::Planned;
                let occasion = latest_drafts(&all)
                    .iter()
                    .rev()
                    .filter(held)
                    .find(|x| x.gathering && x.place.is_some() && x.date.is_some());
                // (Nor a call: a call has no sidelines. "They spoke by phone on Thursday.
                // On the sidelines, X met Y": of the meeting told before.)
                let meetings = || latest_drafts(&all).iter().rev().filter(held).filter(|x| x.kind != EventKind::Call);
                if let Some(prev) = occasion
                    .or_else(|| meetings().find(|x| x.date.is_some() && x.place.is_some()))
                    .or_else(|| meetings().find(|x| x.date.is_some() || x.place.is_some()))
                {
                    d.date = d.date.or(prev.date);
                    // (A call happens on the line: "the day before the summit opened,
                    // X had a telephone conversation with Y".)
                    if d.kind != EventKind::Call {
                        d.place = d.place.take().or_else(|| prev.place.clone());
                    }
                }
            }
            if d.also && d.date.is_none() && d.status == Status::Planned {
                // "X is due in Zagreb on Wednesday for talks with A. He is also
                // expected to call on B": the same trip's day and town.
                let trip = latest_drafts(&all).iter().rev().find(|x| x.date.is_some()).filter(|x| {
                    x.status == Status::Planned
                        && n - x.sentence <= 1
                        && x.participants.iter().any(|p| d.participants.contains(p))
                });
                if let Some(prev) = trip {
                    d.date = prev.date;
                    if d.place.is_none() && d.kind != EventKind::Call {
                        d.place = prev.place.clone();
                    }
                }
            }
            if (d.sequel || d.also) && d.date.is_none() && d.status == Status::Occurred {
                // "He then flew to Warsaw, where he met Tusk": the day of the story's
                // last event, when it is a day, told at most two sentences before
                // (four for "also", which marks another meeting of the same visit),
                // and shares someone with this one.
                // (Unless a sentence after it told a day with no event, and of the
                // occasion this one follows: "A met B in 2019. A watched Wednesday's
                // parade. After the parade A met C".)
                let after_the =
                    v.toks.len() > 3 && (v.toks[0].is("after") || v.toks[0].is("following")) && v.toks[1].is("the");
                // (The occasion's noun, or the word after its adjective: lower case;
                // looked for among the first 400 words of that sentence, so a very
                // long one is not read again for each event.)
                let nouns = || v.toks[2..4].iter().filter(|t| t.text.starts_with(|c: char| c.is_ascii_lowercase()));
                let told_since = |prev: &Draft| {
                    day_told.filter(|&(at, day)| {
                        at > prev.sentence
                            && n - at <= 2
                            && day.precision == Precision::Day
                            && after_the
                            && nouns().any(|w| views[at].toks.iter().take(400).any(|t| t.is(w.text)))
                    })
                };
                // (Of the sentence that told it, the event on a day: "met Y on
                // Friday, on his first visit since the war began in 2011".)
                let last = latest_drafts(&all).iter().rev().find(|x| x.date.is_some()).map(|l| {
                    let day =
                        |x: &&Draft| x.sentence == l.sentence && x.date.is_some_and(|s| s.precision == Precision::Day);
                    // (Only that sentence's drafts are looked at: linear.)
                    all.iter().rev().take_while(|x| x.sentence >= l.sentence).find(day).unwrap_or(l)
                });
                if let Some((_, day)) = latest_drafts(&all).iter().rev().find(|x| x.date.is_some()).and_then(told_since)
                {
                    d.date = Some(day);
                } else if let Some(prev) = last {
                    let close = n - prev.sentence <= if d.sequel { 2 } else { 4 };
                    let shared = prev.participants.iter().any(|p| d.participants.contains(p));
                    if close && shared {
                        d.date = prev.date.filter(|x| x.precision == Precision::Day);
                        // "He later met X": where the story is.
                        if d.date.is_some() && d.place.is_none() && d.kind != EventKind::Call {
                            d.place = prev.place.clone();
                        }
                    }
                }
            }
            if d.date.is_none() && d.status == Status::Occurred && v.opens_at_the_same_time() {
                // "A called on B. At the same time, C received D": on the day of the
                // event the sentence before told.
                let prev = all
                    .iter()
                    .rev()
                    .take_while(|x| x.sentence + 1 >= n)
                    .find(|x| x.sentence + 1 == n && x.date.is_some());
                d.date = prev.and_then(|x| x.date).filter(|x| x.precision == Precision::Day);
            }
            if d.place.is_none() && d.kind != EventKind::Call && !d.date_from_context {
                // "Later on Friday, Yunus held separate talks with Oli": someone met
                // on a day where they were met before that day.
                // (Or within days they were meeting there: "talks in Niamey on March
                // 3-4 ... received by the president on Tuesday".)
                let day = d.date.filter(|x| x.precision == Precision::Day && x.start == x.end);
                if let Some(day) = day {
                    let same = latest(&clusters).find(|c| {
                        c.kind == EventKind::Meeting
                            && c.date().is_some_and(|cd| {
                                cd.precision == Precision::Day && cd.start <= day.start && day.end <= cd.end
                            })
                            && c.place().is_some()
                            && c.participants().iter().any(|p| d.participants.contains(p))
                    });
                    if let Some(c) = same {
                        d.place = c.place();
                    }
                }
            }
            if d.place.is_none() && d.kind != EventKind::Call && v.says_here() {
                // "A meeting between A and B took place here on Nov. 18": in the
                // dateline's town.
                d.place = dateline.clone();
            }
            if d.place.is_none() && d.kind != EventKind::Call {
                // "There he held talks with Rouhani", "will meet Y there on Friday": the
                // place named last before it, in this sentence or the one before.
                if let Some(at) = v.says_there() {
                    let before = v
                        .last_place_before(at)
                        .or_else(|| n.checked_sub(1).and_then(|m| views[m].last_place_before(usize::MAX)));
                    d.place = before.map(|p| g.place_of(p));
                }
            }
            // ("flew to Ghana and met X in the capital": Ghana's capital.)
            let country = d
                .place
                .as_ref()
                .and_then(|p| g.place_index(&p.name))
                .filter(|&c| g.places[c].kind == gazetteer::PlaceKind::Country && g.capital_of.contains_key(&c));
            if let Some(c) = country.filter(|_| v.says_the_town().is_some()) {
                d.place = g.capital_of.get(&c).map(|&x| g.place_of(x));
            }
            if d.place.is_none() && d.kind != EventKind::Call {
                // "Five days earlier A and B had met in the capital": the capital of
                // the country the sentence names, else the town of the story's latest
                // event with one, else the dateline's, else the town named last
                // before it, in this sentence or the three before.
                if let Some(at) = v.says_the_town() {
                    // (A landmark stands for its town; a region or a country is none.)
                    let town = |p: usize| {
                        let city = |p: usize| g.places[p].kind == gazetteer::PlaceKind::City;
                        let p = if g.places[p].kind == gazetteer::PlaceKind::Landmark {
                            g.places[p].parent.filter(|&c| city(c))?
                        } else {
                            p
                        };
                        city(p).then(|| g.place_of(p))
                    };
                    // ("arrived in Ghana and met X in the capital": Ghana's.)
                    let countrys_capital =
                        names.spans[n].iter().rev().filter(|sp| sp.end <= at).find_map(|sp| match sp.what {
                            entities::Ref::Place(c) if g.places[c].kind == gazetteer::PlaceKind::Country => {
                                g.capital_of.get(&c).map(|&x| g.place_of(x))
                            }
                            _ => None,
                        });
                    let latest = clusters
                        .iter()
                        .rev()
                        .find_map(Cluster::place)
                        .filter(|p| g.place_index(&p.name).and_then(town).is_some());
                    d.place = countrys_capital.or(latest).or_else(|| dateline.clone()).or_else(|| {
                        v.last_place_before(at).and_then(town).or_else(|| {
                            (n.saturating_sub(3)..n)
                                .rev()
                                .find_map(|m| views[m].last_place_before(usize::MAX).and_then(town))
                        })
                    });
                }
            }
            if d.place.is_none() && d.kind != EventKind::Call && v.at_the_same_venue() {
                // "... and held talks with him at the same venue": where the story's
                // latest event with a place was.
                d.place = latest(&clusters).find_map(Cluster::place);
            }
            // ("Before Wednesday's talks, A sat down with B": where those talks,
            // told before, were.)
            let before_days = v.toks.len() > 5
                && (v.toks[0].is("before") || v.toks[0].is("after"))
                && v.toks[2].text == "'s"
                && ["talks", "meeting", "summit", "discussions", "negotiations"].iter().any(|w| v.toks[3].is(w))
                && v.toks[4].text == ",";
            if before_days && d.place.is_none() && d.kind != EventKind::Call {
                let day = d.date.filter(|x| x.precision == Precision::Day && x.start == x.end);
                // (Among the latest events only, as merging looks back.)
                let told = latest(&clusters);
                if let Some(c) = told.filter(|c| c.kind == d.kind && day.is_some()).find(|c| c.date() == day) {
                    d.place = c.place();
                }
            }
            if d.date_from_context && d.place.is_none() && d.kind != EventKind::Call {
                // "later in the day": the same place as the latest event of that day
                // that shares someone with it.
                if let Some(c) = latest(&clusters).find(|c| {
                    c.date().is_some_and(|cd| d.date.is_some_and(|dd| cd.overlaps(&dd)))
                        && c.place().is_some()
                        && c.participants().iter().any(|p| d.participants.contains(p))
                }) {
                    d.place = c.place();
                }
            }
            if d.round && d.parties() == 0 {
                if let Some(c) = latest(&clusters).find(|c| c.drafts.iter().any(|x| x.parties() >= 2)) {
                    d.participants = c.participants();
                    d.groups = c.groups();
                }
            }
            // A wire story's lead happened where it is datelined, and so did what
            // it tells of that day or the three before (the days of a visit it
            // sums up: "received on Wednesday evening" in Friday's story).
            // (Not once the story has moved elsewhere: an earlier event placed in
            // another town.)
            let that_day = !story_moved
                && d.date.is_some_and(|dd| {
                    dd.precision == Precision::Day
                        && published.as_ref().is_some_and(|p| (0..=3).contains(&(p.date - dd.start).num_days()))
                });
            // (So does what is due later that same day: "The summit opens later on
            // Friday", in Friday's story.)
            let later_today = !story_moved
                && d.status == Status::Planned
                && d.date.is_some_and(|dd| {
                    dd.precision == Precision::Day && published.as_ref().is_some_and(|p| p.date == dd.start)
                });
            if d.place.is_none()
                && ((body_seen <= 2 || that_day) && d.status == Status::Occurred || later_today)
                && d.kind != EventKind::Call
            {
                d.place = dateline.clone();
                d.place_from_dateline = d.place.is_some();
            }
            // ("OBAMA IN HANOI ... He also called on the Prime Minister": the
            // headline's visit, for its visitor's meetings of those days.)
            if let Some((p, town)) = headline_visit.as_ref() {
                let near = d.date.is_none_or(|dd| {
                    published.as_ref().is_some_and(|pb| (-3..=3).contains(&(pb.date - dd.start).num_days()))
                });
                if d.place.is_none()
                    && d.kind != EventKind::Call
                    && d.status == Status::Occurred
                    && near
                    && d.participants.contains(p)
                {
                    d.place = Some(town.clone());
                }
            }
            // ("X received Y", "Y called on X": the host's, for an event of the
            // page's days.)
            let recent = d
                .date
                .is_none_or(|dd| published.as_ref().is_some_and(|pb| (pb.date - dd.start).num_days().abs() <= 30));
            // (Two named at least: a host's own reception of a delegation would be
            // taken for the host's other events in that town.)
            let host = v.host().filter(|h| recent && d.participants.len() >= 2 && d.participants.contains(h));
            // (Not for someone who joins a meeting told before, "sat in on the meeting
            // at the presidential palace": that meeting's palace.)
            if d.place.is_none() && d.kind != EventKind::Call && !d.joins && (v.names_a_seat() || host.is_some()) {
                // "he held talks with President X at the Presidential Palace": in the
                // capital of the one party's country whose capital the page has named
                // (the story's town, not the visitor's).
                // (For a host without a seat, named in the last few sentences.)
                const HOST_WINDOW: usize = 3;
                let from = if v.names_a_seat() { 0 } else { n.saturating_sub(HOST_WINDOW) };
                let named = |town: usize| {
                    dateline.as_ref().is_some_and(|p| g.place_index(&p.name) == Some(town))
                        || names.spans[from..=n].iter().flatten().any(|sp| {
                            matches!(sp.what, entities::Ref::Place(p) if p == town || g.places[p].parent == Some(town))
                        })
                };
                let hosts = if v.names_a_seat() { &d.participants[..] } else { host.as_slice() };
                let mut capitals: Vec<usize> = hosts
                    .iter()
                    .filter_map(|&p| names.people.countries.get(p)?.as_deref())
                    .filter_map(|c| g.capital_of.get(&g.place_index(c)?).copied())
                    .filter(|&t| named(t))
                    .collect();
                capitals.sort_unstable();
                capitals.dedup();
                if let [town] = capitals[..] {
                    d.place = Some(g.place_of(town));
                    d.place_guessed = !v.names_a_seat();
                }
            }
            if d.date.is_none() && d.status == Status::Occurred && d.kind != EventKind::Call {
                // "X flew to Bucharest on Monday. Dan received him": that day.
                if let Some((_, day, _)) = journeys
                    .iter()
                    .rev()
                    .find(|(p, day, at)| n - at <= 1 && day.is_some() && d.participants.contains(p))
                {
                    d.date = *day;
                }
                // "X made Bucharest his first stop on Monday. Dan received him in the
                // Romanian capital": the day the sentence before told of someone of
                // this meeting, when it told no event.
                if let Some((at, day)) = day_told.filter(|&(at, day)| at + 1 == n && day.precision == Precision::Day) {
                    let named = names.spans[at]
                        .iter()
                        .any(|sp| matches!(sp.what, entities::Ref::Person(p) if d.participants.contains(&p)));
                    if d.date.is_none() && named {
                        d.date = Some(day);
                    }
                }
            }
            if d.place.is_none() && d.status == Status::Occurred && d.kind != EventKind::Call {
                // "X returned from a visit to Washington. X met Y ...": the visit's place.
                if let Some((_, place, _)) =
                    visits.iter().rev().find(|(p, _, at)| n - at <= 2 && d.participants.contains(p))
                {
                    // ("a state visit to Kyrgyzstan ... received X at his residence":
                    // a seat in a visited country is in its capital.)
                    let seat = v
                        .toks
                        .iter()
                        .any(|t| ["residence", "palace", "airport", "ministry", "office"].iter().any(|w| t.is(w)));
                    let capital = g.place_index(&place.name).and_then(|c| g.capital_of.get(&c));
                    d.place = match capital {
                        Some(&city) if seat && place.within.is_empty() => Some(g.place_of(city)),
                        _ => Some(place.clone()),
                    };
                }
            }
            if d.place.is_none() && d.status == Status::Occurred && d.kind == EventKind::Meeting {
                // (... in the days after, told in the next three sentences.)
                // (Or on the day before, with someone of the town's country: "met Wei
                // in Moscow on Friday ... had held talks with Shoigu on Thursday".)
                let day = d.date.filter(|x| x.precision == Precision::Day);
                let hosts_there = |place: &Place| {
                    let town = g.place_index(&place.name);
                    d.participants.iter().any(|&q| {
                        let country = names.people.countries.get(q).and_then(Option::as_deref);
                        country.and_then(|c| g.capital_of.get(&g.place_index(c)?)).copied() == town && town.is_some()
                    })
                };
                let stay = stays.iter().rev().find(|(p, place, at_day, at)| {
                    n - at <= 3
                        && d.participants.contains(p)
                        && day.is_some_and(|x| {
                            let after = (x.start - *at_day).num_days();
                            (0..=3).contains(&after) || after == -1 && hosts_there(place)
                        })
                });
                if let Some((_, place, _, _)) = stay {
                    d.place = Some(place.clone());
                }
            }
            if d.place.is_none() && d.status == Status::Occurred && d.kind == EventKind::Meeting && !d.date_from_context
            {
                // "On Monday, A met B." in a story of a summit held in Rio within
                // days of it: met there, on its sidelines.
                if let Some(day) = d.date.filter(|x| x.precision == Precision::Day) {
                    let near = |c: &Cluster| {
                        c.date().is_some_and(|cd| {
                            cd.precision == Precision::Day
                                && (day.start - cd.end).num_days() <= 3
                                && (cd.start - day.end).num_days() <= 3
                        })
                    };
                    let summit = latest(&clusters)
                        .find(|c| c.drafts.iter().any(|x| x.gathering && x.status == Status::Occurred) && near(c));
                    d.place = summit.and_then(Cluster::place);
                }
            }
            // "Frederiksen met Nielsen in Nuuk on Wednesday. On Thursday Frederiksen
            // also had lunch with Egede": those who met in a town on a day are there
            // for the sentences after it.
            let met_in_town = !d.place_guessed
                && d.parties() >= 2
                && d.status == Status::Occurred
                && d.kind == EventKind::Meeting
                && d.place.as_ref().is_some_and(|p| !p.within.is_empty())
                && d.date.is_some_and(|x| x.precision == Precision::Day);
            if let (true, Some(place), Some(day)) = (met_in_town, &d.place, d.date) {
                for &p in &d.participants {
                    stays.push((p, place.clone(), day.end, n));
                }
            }
            if d.parties() < 2 && d.participants.len() == 1 {
                if let Some(place) = &d.place {
                    visits.push((d.participants[0], place.clone(), n));
                    // "Stubb visited Kyiv on Tuesday. Stubb met Zelensky": that day too.
                    let day = d.date.filter(|x| x.precision == Precision::Day && d.status == Status::Occurred);
                    if day.is_some() {
                        journeys.push((d.participants[0], day, n));
                    }
                }
            }
            if let Some(day) = live_day {
                // (Not the background of a live entry: "the two had met in Oslo".)
                // ("Carney had breakfast with De Wever", "had talks": the verb "have".)
                let had = |k: usize| {
                    v.toks[k].is("had")
                        && !v.toks.get(k + 1).is_some_and(|t| {
                            ["breakfast", "lunch", "dinner", "talks", "a", "an", "their", "his", "her"]
                                .iter()
                                .any(|w| t.is(w))
                        })
                };
                let background =
                    (0..v.toks.len()).any(|k| had(k) || v.toks[k].is("previously") || v.toks[k].is("last"));
                // (Nor a later word on an event an earlier entry dated; but a summit
                // its hosts opened today is not their bilateral of yesterday.)
                let told = latest_drafts(&all).iter().any(|x| {
                    x.date.is_some()
                        && x.status == d.status
                        && (x.gathering || !d.gathering)
                        && x.participants.iter().filter(|p| d.participants.contains(p)).count() >= 2
                });
                // ("talks with Brown, who chairs the Forum this year": a year that
                // holds the blog's day says no more than the blog does.)
                let this_year = d.date.is_some_and(|x| x.precision == Precision::Year && x.contains(day));
                if (d.date.is_none() || this_year) && d.status == Status::Occurred && !background && !told {
                    // ("the second and final day of the summit": from the day before.)
                    let first = v.nth_day(0, v.toks.len()).and_then(|n| day.checked_sub_days(chrono::Days::new(n - 1)));
                    d.date = first.and_then(|f| DateSpan::days(f, day)).or(Some(DateSpan::day(day)));
                }
                let that_day = d.date.is_some_and(|x| x.precision == Precision::Day && x.start == day);
                if d.place.is_none() && that_day && d.status == Status::Occurred && d.kind == EventKind::Meeting {
                    d.place = live_place.clone();
                }
            }
            story_moved |=
                !d.place_guessed && d.parties() >= 2 && d.place.as_ref().is_some_and(|p| Some(p) != dateline.as_ref());
            if lead_day.is_none() && d.status == Status::Occurred {
                lead_day = d.date.filter(|x| x.precision == Precision::Day && x.start == x.end);
            }
            place_draft(&mut clusters, &mut orphans, d.clone(), &names.people.countries);
            all.push(d);
        }
        if s.block == Block::Body {
            let told = v.day_told(reference);
            if drafts_here == 0 || !dated_here {
                day_told = told.map(|d| (n, d)).or(day_told);
            }
            if let (Some(r), Some(day)) = (reference, told) {
                if (r.date - day.start).num_days() > 365 {
                    story = Some((n, day.start));
                }
            }
        }
        if drafts_here == 0 {
            if let Some((day, place)) = v.fragment(reference) {
                fragment = Some((n, day, place.map(|p| g.place_of(p))));
            }
        }
        if drafts_here == 0 {
            if let Some((who, place, day)) = events::travel(g, v, reference) {
                for p in who {
                    visits.push((p, place.clone(), n));
                    journeys.push((p, day, n));
                }
            }
        }
        // (A photo's caption, "X speaks to reporters, accompanied by Y", tells of
        // its own moment, not of who took part in the story's event.)
        if !facts.delegation.is_empty() && s.block != Block::Caption {
            if let Some(c) =
                clusters.iter_mut().rev().take(LOOK_BACK).find(|c| c.drafts.last().is_some_and(|d| n - d.sentence <= 4))
            {
                let base = c.drafts[0].clone();
                c.drafts.push(Draft {
                    participants: facts.delegation,
                    groups: Vec::new(),
                    sentence: n,
                    date: None,
                    place: None,
                    round: false,
                    date_from_context: false,
                    ..base
                });
            }
        }
        invitations.extend(facts.invitations);
        previous_subject = v.subject().or(previous_subject);
        for sp in &names.spans[n] {
            let country = match sp.what {
                entities::Ref::Demonym(c) => Some(c),
                entities::Ref::Place(c) if g.places[c].kind == gazetteer::PlaceKind::Country => Some(c),
                _ => None,
            };
            if let Some(c) = country {
                let name = &g.places[c].name;
                recent_countries.retain(|(x, _)| x != name);
                recent_countries.push((name.clone(), n));
            }
            if let entities::Ref::Person(p) = sp.what {
                recent_people.retain(|x| *x != p);
                recent_people.push(p);
                // (The latest people only: a page listing thousands stays linear.)
                if recent_people.len() > LOOK_BACK {
                    recent_people.remove(0);
                }
                if mentions.len() <= p {
                    mentions.resize(p + 1, 0);
                }
                mentions[p] += 1;
            }
        }
    }
    // A readout's lead ("Putin had a telephone conversation with Trump.") tells the
    // news of its day: when no sentence of the event gives a date, the event is dated
    // to the publication day. Only with a publication date that is exact.
    if let (Some(day), Some(lead)) = (exact_published, lead_sentence) {
        for c in clusters.iter_mut() {
            let undated = c.drafts.iter().all(|d| d.date.is_none() && d.status == Status::Occurred);
            if undated && c.drafts.first().is_some_and(|d| d.sentence == lead) && !lead_has_date {
                c.drafts[0].date = Some(DateSpan::day(day));
            }
        }
    }
    // A host who invited a guest to a place takes part in the guest's meeting there.
    for inv in &invitations {
        for c in clusters.iter_mut() {
            let fits = c.kind == EventKind::Meeting
                && c.drafts.iter().all(|d| d.status == Status::Occurred)
                && c.participants().contains(&inv.guest)
                && c.place().is_some_and(|p| p.is_within(&inv.place));
            if fits {
                if let Some(d) = c.drafts.iter_mut().find(|d| d.participants.contains(&inv.guest)) {
                    if !d.participants.contains(&inv.host) {
                        d.participants.push(inv.host);
                    }
                }
            }
        }
    }

    let events = clusters
        .into_iter()
        .filter(|c| c.drafts.iter().any(|d| d.parties() >= 2))
        .map(|c| Extracted {
            kind: c.kind,
            mentions: c
                .drafts
                .iter()
                .map(|d| {
                    let s = &doc.sentences[d.sentence];
                    let mut participants: Vec<String> =
                        d.participants.iter().map(|&p| names.people.names[p].clone()).collect();
                    participants.sort();
                    participants.dedup();
                    let mut groups = d.groups.clone();
                    groups.sort();
                    Mention {
                        article: article.id.clone(),
                        sentence: article.text[s.span.clone()].split_whitespace().collect::<Vec<_>>().join(" "),
                        span: s.span.clone(),
                        published: exact_published,
                        status: d.status,
                        date: d.date,
                        place: d.place.clone(),
                        participants,
                        groups,
                    }
                })
                .collect(),
        })
        .collect();
    let people = names
        .people
        .names
        .iter()
        .zip(&names.people.seen)
        .map(|(name, seen)| {
            let mut e = Entity::person(name);
            e.add_aliases(seen.iter().map(String::as_str));
            e
        })
        .collect();
    Extraction { events, people, published }
}

/// The date relative expressions are resolved against. An exact publication date
/// when there is one; otherwise an estimate: the latest day the text reports as
/// past (resolved against the crawl date or the latest full date), else the crawl
/// date, else the latest full date.
fn reference(published: Option<Published>, views: &[SentenceView<'_, '_>]) -> Option<Reference> {
    if let Some(p) = published.filter(|p| p.source.is_exact()) {
        return Some(Reference { date: p.date, exact: true, bound: false, until: None, story: None });
    }
    let full: Option<NaiveDate> = views.iter().flat_map(|v| v.full_dates()).max();
    let first = published.map(|p| p.date).or(full).map(|date| Reference {
        date,
        exact: false,
        bound: false,
        until: None,
        story: None,
    })?;
    let latest_past =
        views.iter().flat_map(|v| v.past_days(first)).filter(|d| published.is_none_or(|p| *d <= p.date)).max();
    let bound = latest_past.is_some() || published.is_some();
    let date = latest_past.unwrap_or(first.date);
    let until = views.iter().flat_map(|v| v.future_days(first)).filter(|d| *d > date).min();
    Some(Reference { date, exact: false, bound, until, story: None })
}

/// How many of the latest events a report may point back to, and of the latest
/// drafts a sentence borrows a day, a place or people from: merging and borrowing
/// look no further back, so an article with thousands of events stays linear.
const LOOK_BACK: usize = 64;

/// How many of the latest drafts a sentence looks back on (an article tells a few
/// dozen events at most; a longer run of them is a list or a generated page).
const RECENT_DRAFTS: usize = 4 * LOOK_BACK;

/// The reports of one event an article keeps: more say nothing new, and each is
/// compared with every report that comes after.
const MAX_REPORTS: usize = LOOK_BACK;

/// The latest events, newest first.
fn latest(clusters: &[Cluster]) -> impl Iterator<Item = &Cluster> {
    clusters.iter().rev().take(LOOK_BACK)
}

/// The latest drafts, in the order told.
fn latest_drafts(all: &[Draft]) -> &[Draft] {
    &all[all.len().saturating_sub(RECENT_DRAFTS)..]
}

/// The mentions of one event within an article.
struct Cluster {
    kind: EventKind,
    drafts: Vec<Draft>,
}

impl Cluster {
    fn participants(&self) -> Vec<usize> {
        let mut v: Vec<usize> = self.drafts.iter().flat_map(|d| d.participants.iter().copied()).collect();
        v.sort_unstable();
        v.dedup();
        v
    }

    fn groups(&self) -> Vec<String> {
        let mut v: Vec<String> = self.drafts.iter().flat_map(|d| d.groups.iter().cloned()).collect();
        v.sort();
        v.dedup();
        v
    }

    fn date(&self) -> Option<DateSpan> {
        self.drafts.iter().filter_map(|d| d.date).min_by_key(|d| (d.precision, (d.end - d.start).num_days()))
    }

    fn place(&self) -> Option<Place> {
        self.drafts.iter().filter_map(|d| d.place.clone()).max_by_key(|p| p.within.len())
    }

    fn compatible(&self, d: &Draft) -> bool {
        self.kind == d.kind
            && self.drafts.iter().all(|x| {
                x.status == d.status
                    && x.date.is_none_or(|a| d.date.is_none_or(|b| a.overlaps(&b)))
                    && (x.place.as_ref().is_none_or(|a| d.place.as_ref().is_none_or(|b| a.compatible(b)))
                        // (An undated report may name the town a dateline only guessed.)
                        || x.place_from_dateline && d.date.is_none()
                        || d.place_from_dateline && x.date.is_none())
            })
    }

    /// Adds a report of the event. Another town it names corrects a dateline's
    /// guess in the reports before it, and theirs corrects its own.
    fn push(&mut self, mut d: Draft) {
        let differ =
            |a: &Option<Place>, b: &Option<Place>| a.as_ref().zip(b.as_ref()).is_some_and(|(a, b)| !a.compatible(b));
        if !d.place_from_dateline {
            for x in self.drafts.iter_mut().filter(|x| x.place_from_dateline && differ(&x.place, &d.place)) {
                x.place.clone_from(&d.place);
                x.place_from_dateline = false;
            }
        } else if let Some(named) = self.drafts.iter().find(|x| !x.place_from_dateline && differ(&x.place, &d.place)) {
            d.place.clone_from(&named.place);
            d.place_from_dateline = false;
        }
        self.drafts.push(d);
    }

    /// True when the draft shares a party with the cluster.
    fn related(&self, d: &Draft, countries: &[Option<String>]) -> bool {
        let ps = self.participants();
        let gs = self.groups();
        // A meeting "on the sidelines" of a gathering is not the gathering: a
        // bilateral of its chair at the bloc's meeting is a meeting of its own.
        if d.sidelines && d.groups.is_empty() && !gs.is_empty() {
            return false;
        }
        // Nor are two who "met privately" at a gathering of more.
        if d.private && d.participants.len() == 2 && ps.len() >= 3 {
            return false;
        }
        // Two people in common, or one when no one else is named on one side: Trump's
        // call with Putin and his call with Zelensky the same day are two calls.
        let shared = d.participants.iter().filter(|p| ps.contains(p)).count();
        let nested = d.participants.iter().all(|p| ps.contains(p)) || ps.iter().all(|p| d.participants.contains(p));
        // One shared person and no one else named: the same event only when it also
        // agrees on place or date, or points back ("the meeting").
        // (The same place, not just a compatible one: Miami is in Florida, yet talks in
        // Miami in December are not the Florida meeting of January.)
        let anchored = self.place().zip(d.place.as_ref()).is_some_and(|(a, b)| a.name == b.name && !d.place_guessed)
            || self.date().zip(d.date).is_some_and(|(a, b)| a.overlaps(&b));
        // ("After the summit in Cornwall, B had tea with her": a summit points back
        // only to a summit.)
        let points_back = d.definite && (!d.gathering || self.drafts.iter().any(|x| x.gathering));
        if shared >= 2 || (shared == 1 && (points_back || (nested && anchored))) {
            return true;
        }
        let shared_groups = d.groups.iter().filter(|g| gs.contains(g)).count();
        // "India and Pakistan spoke ... Pakistan's A placed the call to his Indian
        // counterpart B": the call told between the sides gets its people.
        if d.definite && ps.is_empty() && shared_groups >= 1 {
            return true;
        }
        if shared_groups >= 2 || (shared_groups >= 1 && d.place.is_some() && self.place().is_some()) {
            return true;
        }
        let covers = |people: &[usize], groups: &[String]| {
            let mut cs: Vec<&String> =
                people.iter().filter_map(|&p| countries.get(p).and_then(Option::as_ref)).collect();
            cs.sort();
            cs.dedup();
            cs.iter().filter(|c| groups.contains(c)).count() >= 2
        };
        covers(&d.participants, &gs) || covers(&ps, &d.groups)
    }
}

/// Puts a draft into the cluster of the event it reports, or starts a new one. A
/// draft with fewer than two parties ("the meeting in Istanbul") only joins an
/// earlier compatible event; on its own it is dropped.
fn place_draft(clusters: &mut Vec<Cluster>, orphans: &mut Vec<Draft>, d: Draft, countries: &[Option<String>]) {
    if d.joins {
        // "X took part in the meeting": the latest event of that kind gains X.
        if let Some(c) = clusters.iter_mut().rev().take(LOOK_BACK).find(|c| c.kind == d.kind && c.compatible(&d)) {
            c.push(d);
            return;
        }
    }
    let full = d.parties() >= 2;
    if full && d.separate {
        clusters.push(Cluster { kind: d.kind, drafts: vec![d] });
        return;
    }
    let from = clusters.len().saturating_sub(LOOK_BACK);
    let target = clusters[from..].iter().rposition(|c| {
        if !c.compatible(&d) || (d.round != c.drafts.iter().any(|x| x.round)) {
            return false;
        }
        if full {
            c.related(&d, countries)
        } else {
            // Only a definite reference ("the meeting in Istanbul") points back; "the
            // summit" only to a summit (not to two ministers' talks told last).
            let ps = c.participants();
            d.definite
                && d.participants.iter().all(|p| ps.contains(p))
                && (!d.gathering || c.drafts.iter().any(|x| x.gathering))
        }
    });
    match target.map(|i| from + i) {
        Some(i) if clusters[i].drafts.len() >= MAX_REPORTS => {}
        Some(i) => clusters[i].push(d),
        None if full => {
            // A definite new event takes the party-less report just before it, with
            // its day and place.
            let mut drafts = Vec::new();
            // (So does one that gives neither, told right after it: "EU and Balkan
            // leaders met in Tirana on Tuesday. Rama hosted Michel and von der Leyen".)
            let bare = d.date.is_none() && (d.place.is_none() || d.place_guessed);
            let adopt = orphans.iter().rposition(|o| {
                (d.definite || bare && d.sentence == o.sentence + 1 && o.date.is_some() && o.place.is_some())
                    // ("hosted the summit in virtual format. The Summit was attended by
                    // ...": the call it was.)
                    && (o.kind == d.kind || d.definite && o.kind == EventKind::Call && d.sentence == o.sentence + 1)
                    && o.status == d.status
                    && d.sentence - o.sentence <= 2
                    && (o.date.is_some() || o.place.is_some())
                    && o.date.is_none_or(|a| d.date.is_none_or(|b| a.overlaps(&b)))
                    && (d.place_guessed || o.place.as_ref().is_none_or(|a| d.place.as_ref().is_none_or(|b| a.compatible(b))))
            });
            if let Some(k) = adopt {
                drafts.push(orphans.remove(k));
            }
            drafts.push(d);
            clusters.push(Cluster { kind: drafts[0].kind, drafts });
        }
        None => {
            orphans.push(d);
            if orphans.len() > 8 {
                orphans.remove(0);
            }
        }
    }
}

impl SentenceView<'_, '_> {
    /// Full dates (with a year) the sentence states.
    fn full_dates(&self) -> Vec<NaiveDate> {
        self.dates_resolved(None).into_iter().filter(|d| d.precision == Precision::Day).map(|d| d.end).collect()
    }

    /// True when the sentence speaks of what is still to come.
    fn future(&self) -> bool {
        self.low
            .iter()
            .any(|w| matches!(w, "will" | "expected" | "scheduled" | "set" | "upcoming" | "plans" | "planned"))
    }

    /// Days the sentence states as past, resolved against an estimate.
    fn past_days(&self, r: Reference) -> Vec<NaiveDate> {
        if self.future() {
            return Vec::new();
        }
        self.dates_resolved(Some(r)).into_iter().filter(|d| d.precision == Precision::Day).map(|d| d.end).collect()
    }

    /// Days with a month the sentence states as still to come ("set to start on
    /// Sunday, February 1").
    fn future_days(&self, r: Reference) -> Vec<NaiveDate> {
        if !self.future() {
            return Vec::new();
        }
        self.month_days_to_come(r)
    }
}

#[cfg(test)]
mod tests;

/// True for a live blog: three or more lines that hold only a time of day
/// ("14:05", "9.30 GMT", "11:40 a.m.").
fn live_blog(text: &str) -> bool {
    let time_line = |line: &str| {
        let l = line.trim();
        let digits = l.bytes().take_while(u8::is_ascii_digit).count();
        if !(1..=2).contains(&digits) || !matches!(l.as_bytes().get(digits), Some(b':' | b'.')) {
            return false;
        }
        let rest = &l[digits + 1..];
        let minutes = rest.bytes().take_while(u8::is_ascii_digit).count();
        let tail = rest[minutes..].trim();
        minutes == 2 && tail.len() <= 6 && tail.bytes().all(|b| b.is_ascii_alphabetic() || b == b'.' || b == b' ')
    };
    text.lines().filter(|l| time_line(l)).take(3).count() == 3
}
