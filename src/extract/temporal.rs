//! Date expressions and their resolution against a reference date.
//!
//! [`find`] spots expressions in a sentence ("on Wednesday", "Dec. 2, 2025",
//! "January 23 and 24", "last week", "in December"); [`resolve`] turns one into a
//! [`DateSpan`] given the publication date, the tense of the clause and the date of
//! the event being discussed. When the answer is not certain it gives no date
//! rather than a wrong one: a fuzzy range that straddles two months resolves to
//! nothing, a weekday needs an exact publication date.

use std::ops::Range;
use std::sync::OnceLock;

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};
use regex::Regex;

use crate::model::{month_from_name, DateSpan};

/// The tense of the clause a date stands in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tense {
    Past,
    Future,
}

/// The date expressions are resolved against: the publication date, and whether it
/// is exact (supplied, a dateline) or only an estimate (a crawl date, the latest
/// date the text mentions).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Reference {
    pub(crate) date: NaiveDate,
    pub(crate) exact: bool,
    /// An estimate that bounds the past: what the text tells as past happened on or
    /// before `date` (the latest day it reports as past, or a crawl date).
    pub(crate) bound: bool,
    /// For an estimate: the earliest day the text states as still to come, so the
    /// story was written before it.
    pub(crate) until: Option<NaiveDate>,
    /// The day of the past the story was just telling, a year or more before
    /// `date` ("on 7 December 1991"): the year of a "Monday 9 December" after it
    /// when no year near `date` has that weekday.
    pub(crate) story: Option<NaiveDate>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Modifier {
    Last,
    This,
    Next,
    /// "the following May": the first after the day the story is at.
    Following,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Rel {
    Yesterday,
    Today,
    Tomorrow,
    LastWeek,
    ThisWeek,
    NextWeek,
    EarlierThisWeek,
    LaterThisWeek,
    ThisMonth,
    LastMonth,
    NextMonth,
    ThisYear,
    LastYear,
    NextYear,
    SameDay,
    DayBefore,
    DayAfter,
    Recently,
    DaysAgo(u32),
    /// "two days later": after the day the story is at.
    DaysAfter(u32),
    /// "three days earlier".
    DaysBefore(u32),
    WeeksAgo(u32),
    /// "three months ago": that month.
    MonthsAgo(u32),
    /// "two years ago": that year.
    YearsAgo(u32),
    /// "at the weekend", "this weekend": the one the tense points to.
    Weekend,
    /// "last weekend", "the past weekend".
    LastWeekend,
    NextWeekend,
    /// "next summer": the year of the next such season (its first month given).
    NextSeason(u32),
    /// "last spring": the year of the last one past.
    LastSeason(u32),
    /// "the next month", "the following year", "the next week": after the time
    /// the story is at.
    MonthAfter,
    YearAfter,
    WeekAfter,
    /// "later that month": the month of the time the story is at.
    ThatMonth,
}

/// A date expression as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Expr {
    /// A date with its year (and an optional last day).
    Full(NaiveDate, Option<NaiveDate>),
    /// Month and day without a year, maybe with a last (month, day), maybe a
    /// weekday that fixes the year.
    MonthDay {
        month: u32,
        day: u32,
        end: Option<(u32, u32)>,
        weekday: Option<Weekday>,
    },
    /// A month, with or without year.
    Month {
        month: u32,
        year: Option<i32>,
        modifier: Option<Modifier>,
    },
    /// A month of a year told relative to the reference's: "March last year" (-1),
    /// "January this year" (0), "May next year" (1).
    MonthOfYear {
        month: u32,
        years: i32,
    },
    Weekday {
        weekday: Weekday,
        modifier: Option<Modifier>,
    },
    Rel(Rel),
    Year(i32),
    /// A day of a month the reader knows: "on the 14th".
    DayOfMonth(u32),
    /// "the last Saturday of March", "the second Tuesday in May 2024": `nth` is 1
    /// to 4, or 0 for the last.
    NthWeekday {
        nth: u8,
        weekday: Weekday,
        month: u32,
        year: Option<i32>,
    },
}

/// An expression and where it stands in the sentence (byte range).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Found {
    pub(crate) range: Range<usize>,
    pub(crate) expr: Expr,
}

impl Expr {
    /// True when the words themselves point ahead of the day of writing ("tomorrow",
    /// "next week", "next Tuesday", "later this week"), whatever the verb's tense.
    pub(crate) fn points_ahead(&self) -> bool {
        matches!(
            self,
            Expr::Rel(
                Rel::Tomorrow
                    | Rel::NextWeek
                    | Rel::LaterThisWeek
                    | Rel::NextMonth
                    | Rel::NextYear
                    | Rel::NextWeekend
                    | Rel::NextSeason(_)
            ) | Expr::Weekday { modifier: Some(Modifier::Next), .. }
                | Expr::Month { modifier: Some(Modifier::Next), .. }
                | Expr::MonthOfYear { years: 1.., .. }
        )
    }
}

fn regex() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        let mon = crate::model::MONTH_PATTERN;
        let full = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
        let wd = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
        // (Abbreviated only before a day and month: "Fri 7 Jun", "Thu., June 6".)
        let wda = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\\.?)";
        let ord = "(?:st|nd|rd|th)?";
        let pattern = format!(
            r"(?x)
            \b(?P<iy>\d{{4}})-(?P<im>\d{{2}})-(?P<id>\d{{2}})\b
          | \b(?P<ed>\d{{1,2}})\.(?P<em>\d{{1,2}})\.(?P<ey>\d{{4}})\b
          | \b(?P<wd1>{wda}),?\s+(?P<m1>{mon})\s+(?P<d1>\d{{1,2}}){ord}\b(?:,?\s+(?P<y1>\d{{4}})\b)?
          | \b(?P<xm1>{mon})\s+(?P<xd1>\d{{1,2}}){ord}\s*(?:-|to|through|until)\s*(?P<xm2>{mon})\s+(?P<xd2>\d{{1,2}}){ord}\b(?:,?\s+(?P<xy>\d{{4}})\b)?
          | \b(?P<zd1>\d{{1,2}}){ord}\s+(?:of\s+)?(?P<zm1>{mon})\s*(?:-|to|through|until)\s*(?P<zd2>\d{{1,2}}){ord}\s+(?:of\s+)?(?P<zm2>{mon})\b(?:,?\s+(?P<zy>\d{{4}})\b)?
          | \b(?:(?i:since|until)\s+)?(?P<m2>{mon})\s+(?P<d2>\d{{1,2}}){ord}(?:\s*(?:-|and|to|through|until)\s*(?P<d2e>\d{{1,2}}){ord})?\b(?:,?\s+(?P<y2>\d{{4}})\b)?(?:\s*\((?P<wd5>{wda})\))?
          | \b(?:(?P<wd3>{wda}),?\s+(?:the\s+)?)?(?P<d3>\d{{1,2}}){ord}(?:\s*(?:-|and|to)\s*(?P<d3e>\d{{1,2}}){ord})?\s+(?:of\s+)?(?P<m3>{mon})(?:,?\s+(?P<y3>\d{{4}})\b)?(?:\s*\((?P<wd4>{wda})\))?
          | \b(?P<hol>New\s+Year's\s+(?:Day|Eve)|Christmas\s+(?:Day|Eve)|Boxing\s+Day|St\.?\s+Patrick's\s+Day|Valentine's\s+Day)\b(?:,?\s+(?P<hy>\d{{4}})\b)?
          | \b(?i:the)\s+(?P<nth>first|second|third|fourth|last)\s+(?P<nwd>{wd})\s+(?:of|in)\s+(?P<nm>{full})\b(?:,?\s+(?P<ny>\d{{4}})\b)?
          | \b(?:(?P<mm>(?i:last|this|next|following|early|late|mid|earlier|later|in|since|until|by))[-\s](?:in\s+)?)?(?P<m4>{full})\b(?:\s+(?P<y4>\d{{4}})\b|\s+(?:of\s+)?(?P<ym>last|this|next|that|the\s+same)\s+year\b)?
          | \b(?:(?P<wm>last|this|next|Last|This|Next)\s+)?(?P<wd2>{wd})\b(?:\s+(?P<wm2>last|next)\b)?
          | (?i:\b(?P<rel>yesterday|last\s+night|today|tonight|tomorrow|this\s+(?:morning|afternoon|evening)|(?:earlier|later)\s+this\s+(?:week|month|year)|the\s+(?:end|start|beginning|middle)\s+of\s+the\s+month|(?:the|last|this|next|past)\s+weekend|(?:last|this|next|past)\s+(?:spring|summer|autumn|fall)|(?:last|this|next|past)\s+(?:week|month|year)|(?:earlier|later)\s+(?:in|on)\s+the\s+day|(?:later|earlier)\s+that\s+(?:day|morning|afternoon|evening|night)|(?:later|earlier)\s+that\s+month|that\s+(?:morning|afternoon|evening|night)|(?:that\s+)?same\s+(?:day|morning|afternoon|evening|night)|the\s+day\s+before|the\s+previous\s+day|a\s+day\s+(?:earlier|before)|the\s+(?:next|following)\s+(?:day|morning|afternoon|evening|night)|the\s+(?:next|following)\s+(?:week|month|year)|(?-i:In)\s+the\s+(?:morning|afternoon|evening)|a\s+day\s+later|(?P<lat>two|three|four|five|six|seven|\d)\s+days\s+(?P<latd>later|earlier)|recently|(?P<ago>\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<agou>days?|weeks?|fortnights?|months?|years?)\s+ago)\b)
          | \b(?:[Ii]n|[Dd]uring|of)\s+(?P<yr>(?:19|20)\d{{2}})\b
            "
        );
        Regex::new(&pattern).expect("valid date pattern")
    })
}

fn weekday(s: &str) -> Option<Weekday> {
    // ("Thurs.", "Tues": chrono reads three letters or the whole name.)
    let s = s.trim_end_matches('.');
    s.parse().ok().or_else(|| s.get(..3)?.parse().ok())
}

fn modifier(s: &str) -> Option<Modifier> {
    // (Capitalised at the head of a sentence: "Last Friday, ...".)
    match s.to_ascii_lowercase().as_str() {
        "last" => Some(Modifier::Last),
        "this" => Some(Modifier::This),
        "next" => Some(Modifier::Next),
        "following" => Some(Modifier::Following),
        _ => None,
    }
}

fn small_number(s: &str) -> Option<u32> {
    match s {
        "a" | "one" => Some(1),
        "two" => Some(2),
        "three" => Some(3),
        "four" => Some(4),
        "five" => Some(5),
        "six" => Some(6),
        "seven" => Some(7),
        "eight" => Some(8),
        "nine" => Some(9),
        "ten" => Some(10),
        n => n.parse().ok(),
    }
}

/// Where the month of a bare month match starts.
fn m4_start(c: &regex::Captures<'_>) -> usize {
    c.name("m4").map_or(0, |x| x.start())
}

/// "TUESDAY 7 APRIL" as "Tuesday 7 April".
fn title_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_word = false;
    for ch in s.chars() {
        out.push(if in_word { ch.to_ascii_lowercase() } else { ch });
        in_word = ch.is_ascii_alphabetic();
    }
    out
}

/// Every date expression in a normalised sentence, left to right.
pub(crate) fn find(sentence: &str) -> Vec<Found> {
    let mut out = Vec::new();
    // A heading in capitals ("TUESDAY 7 APRIL") is read title-cased: only ASCII
    // letters change case, so every byte offset stays put.
    let titled;
    let sentence =
        if sentence.bytes().any(|b| b.is_ascii_uppercase()) && !sentence.bytes().any(|b| b.is_ascii_lowercase()) {
            titled = title_case(sentence);
            titled.as_str()
        } else {
            sentence
        };
    for c in regex().captures_iter(sentence) {
        let Some(m) = c.get(0) else { continue };
        let int = |name: &str| c.name(name).and_then(|x| x.as_str().parse::<i64>().ok());
        let month = |name: &str| c.name(name).and_then(|x| month_from_name(x.as_str()));
        let expr = if let (Some(y), Some(mo), Some(d)) = (int("iy"), int("im"), int("id")) {
            NaiveDate::from_ymd_opt(y as i32, mo as u32, d as u32).map(|d| Expr::Full(d, None))
        } else if let (Some(y), Some(mo), Some(d)) = (int("ey"), int("em"), int("ed")) {
            // "19.11.2025": day first, as everywhere dots separate dates.
            NaiveDate::from_ymd_opt(y as i32, mo as u32, d as u32).map(|d| Expr::Full(d, None))
        } else if let Some(h) = c.name("hol") {
            // Days that fall on one date every year: "on New Year's Day".
            let h = h.as_str();
            let (mo, d) = if h.starts_with("New") {
                if h.ends_with("Eve") {
                    (12, 31)
                } else {
                    (1, 1)
                }
            } else if h.starts_with("Christmas") {
                (12, if h.ends_with("Eve") { 24 } else { 25 })
            } else if h.starts_with("Boxing") {
                (12, 26)
            } else if h.starts_with("St") {
                (3, 17)
            } else {
                (2, 14)
            };
            match int("hy") {
                Some(y) => NaiveDate::from_ymd_opt(y as i32, mo, d).map(|d| Expr::Full(d, None)),
                None => Some(Expr::MonthDay { month: mo, day: d, end: None, weekday: None }),
            }
        } else if let (Some(wd), Some(mo), Some(d)) = (c.name("wd1"), month("m1"), int("d1")) {
            match int("y1") {
                Some(y) => NaiveDate::from_ymd_opt(y as i32, mo, d as u32).map(|d| Expr::Full(d, None)),
                None => Some(Expr::MonthDay { month: mo, day: d as u32, end: None, weekday: weekday(wd.as_str()) }),
            }
        } else if let Some(((m1, d1), (m2, d2), y)) = (month("xm1").zip(int("xd1")).zip(month("xm2").zip(int("xd2"))))
            .map(|(a, b)| (a, b, int("xy")))
            .or_else(|| month("zm1").zip(int("zd1")).zip(month("zm2").zip(int("zd2"))).map(|(a, b)| (a, b, int("zy"))))
        {
            // "March 30 to April 2, 2025": the year is the last day's; a run across
            // New Year starts in the year before.
            let (d1, d2) = (d1 as u32, d2 as u32);
            match y {
                Some(y) => {
                    let y = y as i32;
                    let start_year = if m1 > m2 { y - 1 } else { y };
                    NaiveDate::from_ymd_opt(start_year, m1, d1)
                        .zip(NaiveDate::from_ymd_opt(y, m2, d2))
                        .map(|(a, b)| Expr::Full(a, Some(b)))
                }
                None => Some(Expr::MonthDay { month: m1, day: d1, end: Some((m2, d2)), weekday: None }),
            }
        } else if let Some(mo) = month("m2").or_else(|| month("m3")) {
            let (d, de, y) = if c.name("m2").is_some() {
                (int("d2"), int("d2e"), int("y2"))
            } else {
                (int("d3"), int("d3e"), int("y3"))
            };
            let d = d.unwrap_or(0) as u32;
            let de = de.map(|x| x as u32);
            match y {
                Some(y) => NaiveDate::from_ymd_opt(y as i32, mo, d).and_then(|start| {
                    let end = match de {
                        Some(e) => Some(NaiveDate::from_ymd_opt(y as i32, mo, e)?),
                        None => None,
                    };
                    Some(Expr::Full(start, end))
                }),
                // ("Tuesday 7 April": the weekday fixes the year.)
                None if (1..=31).contains(&d) => Some(Expr::MonthDay {
                    month: mo,
                    day: d,
                    end: de.map(|e| (mo, e)),
                    // ("13 August (Thursday)": the weekday after it, in brackets.)
                    weekday: c
                        .name("wd3")
                        .or_else(|| c.name("wd4"))
                        .or_else(|| c.name("wd5"))
                        .and_then(|w| weekday(w.as_str())),
                }),
                None => None,
            }
        } else if let (Some(nth), Some(wd), Some(mo)) = (c.name("nth"), c.name("nwd"), month("nm")) {
            let nth = match nth.as_str() {
                "first" => 1,
                "second" => 2,
                "third" => 3,
                "fourth" => 4,
                _ => 0,
            };
            weekday(wd.as_str()).map(|weekday| Expr::NthWeekday {
                nth,
                weekday,
                month: mo,
                year: int("ny").map(|y| y as i32),
            })
        } else if let Some(mo) = month("m4") {
            // ("In May," opens a sentence.)
            let m = c.name("mm").map(|x| x.as_str().to_ascii_lowercase());
            let m = m.as_deref();
            // "May" alone is more often the verb; "since January" is a bound, not a date.
            // ("the end of May": the month after "of".)
            let of_may = sentence[..m4_start(&c)].trim_end().ends_with(" of");
            let may_verb = c.name("m4").is_some_and(|x| x.as_str() == "May")
                && m.is_none()
                && !of_may
                && c.name("y4").is_none()
                && c.name("ym").is_none();
            let years = match c.name("ym").map(|x| x.as_str()) {
                Some("last") => Some(-1),
                Some("this") => Some(0),
                Some("next") => Some(1),
                _ => None,
            };
            // "in 2013, when ... in June that year": the year told before it.
            let that_year = c.name("ym").is_some_and(|x| !matches!(x.as_str(), "last" | "this" | "next"));
            let year_before = || {
                out.iter().rev().find_map(|f: &Found| match f.expr {
                    Expr::Year(y) => Some(y),
                    Expr::Full(d, _) => Some(d.year()),
                    _ => None,
                })
            };
            // ("did not meet until February": then they met, in February.)
            let not_until = m == Some("until") && {
                let before = &sentence[..c.get(0).map_or(0, |x| x.start())];
                let before = before.trim_end();
                let tail = before.get(before.len().saturating_sub(40)..).unwrap_or("");
                tail.contains(" not ") || tail.contains("n't ") || tail.contains("n’t ")
            };
            if not_until {
                Some(Expr::Month { month: mo, year: int("y4").map(|y| y as i32), modifier: None })
            } else if may_verb || matches!(m, Some("since" | "until" | "by")) {
                None
            } else if that_year {
                Some(Expr::Month { month: mo, year: year_before(), modifier: None })
            } else if let (Some(years), None | Some("in" | "early" | "late" | "mid")) = (years, m) {
                Some(Expr::MonthOfYear { month: mo, years })
            } else {
                Some(Expr::Month { month: mo, year: int("y4").map(|y| y as i32), modifier: m.and_then(modifier) })
            }
        } else if let Some(wd) = c.name("wd2").and_then(|w| weekday(w.as_str())) {
            // ("on Sunday last", "on Wednesday next": the modifier after the day, as
            // Indian and older British copy writes it.)
            let m = c.name("wm").or_else(|| c.name("wm2"));
            Some(Expr::Weekday { weekday: wd, modifier: m.and_then(|x| modifier(x.as_str())) })
        } else if let Some(rel) = c.name("rel") {
            let r = rel.as_str().to_ascii_lowercase();
            let r: String = r.split_whitespace().collect::<Vec<_>>().join(" ");
            let rel = match r.as_str() {
                "yesterday" | "last night" => Some(Rel::Yesterday),
                "today" | "tonight" | "this morning" | "this afternoon" | "this evening" => Some(Rel::Today),
                "tomorrow" => Some(Rel::Tomorrow),
                "last week" | "past week" => Some(Rel::LastWeek),
                "this week" => Some(Rel::ThisWeek),
                "next week" => Some(Rel::NextWeek),
                "earlier this week" => Some(Rel::EarlierThisWeek),
                "later this week" => Some(Rel::LaterThisWeek),
                "this month"
                | "earlier this month"
                | "later this month"
                | "the end of the month"
                | "the start of the month"
                | "the beginning of the month"
                | "the middle of the month" => Some(Rel::ThisMonth),
                "last month" | "past month" => Some(Rel::LastMonth),
                "next month" => Some(Rel::NextMonth),
                "this year" | "earlier this year" | "later this year" => Some(Rel::ThisYear),
                "last year" | "past year" => Some(Rel::LastYear),
                "next year" => Some(Rel::NextYear),
                "the weekend" | "this weekend" => Some(Rel::Weekend),
                "last weekend" | "past weekend" => Some(Rel::LastWeekend),
                "next weekend" => Some(Rel::NextWeekend),
                // (A season is told to its year: winter straddles two.)
                _ if r.ends_with("spring") || r.ends_with("summer") || r.ends_with("autumn") || r.ends_with("fall") => {
                    let start = match r.rsplit(' ').next() {
                        Some("spring") => 3,
                        Some("summer") => 6,
                        _ => 9,
                    };
                    match r.split(' ').next() {
                        Some("next") => Some(Rel::NextSeason(start)),
                        Some("this") => Some(Rel::ThisYear),
                        _ => Some(Rel::LastSeason(start)),
                    }
                }
                "later that month" | "earlier that month" => Some(Rel::ThatMonth),
                "the day before" | "the previous day" | "a day earlier" | "a day before" => Some(Rel::DayBefore),
                "a day later" => Some(Rel::DayAfter),
                // "two days later", "three days earlier": from the day the story is at.
                _ if r.ends_with(" later") || r.ends_with(" earlier") => {
                    let n = c.name("lat").and_then(|x| small_number(&x.as_str().to_ascii_lowercase()));
                    n.map(|n| if r.ends_with(" later") { Rel::DaysAfter(n) } else { Rel::DaysBefore(n) })
                }
                // "the following month", "the next year": after the story's time.
                _ if (r.starts_with("the next ") || r.starts_with("the following ")) && r.ends_with(" month") => {
                    Some(Rel::MonthAfter)
                }
                _ if (r.starts_with("the next ") || r.starts_with("the following ")) && r.ends_with(" year") => {
                    Some(Rel::YearAfter)
                }
                _ if (r.starts_with("the next ") || r.starts_with("the following ")) && r.ends_with(" week") => {
                    Some(Rel::WeekAfter)
                }
                // "the following evening", "the next morning".
                _ if r.starts_with("the next ") || r.starts_with("the following ") => Some(Rel::DayAfter),
                "recently" => Some(Rel::Recently),
                _ if r.ends_with(" ago") => {
                    let n = c.name("ago").and_then(|x| small_number(&x.as_str().to_ascii_lowercase()));
                    let unit = c.name("agou").map(|x| x.as_str().to_ascii_lowercase()).unwrap_or_default();
                    n.map(|n| match unit.as_bytes().first() {
                        Some(b'w') => Rel::WeeksAgo(n),
                        // ("a fortnight ago": two weeks.)
                        Some(b'f') => Rel::WeeksAgo(2 * n),
                        Some(b'm') => Rel::MonthsAgo(n),
                        Some(b'y') => Rel::YearsAgo(n),
                        _ => Rel::DaysAgo(n),
                    })
                }
                _ => Some(Rel::SameDay),
            };
            rel.map(Expr::Rel)
        } else {
            int("yr").map(|y| Expr::Year(y as i32))
        };
        if let Some(expr) = expr {
            // ("until February 3": the bound word is read with the month, so the
            // day is not lost to "until February"; the date starts at the month.)
            let start = c.name("m2").map_or(m.start(), |x| x.start());
            out.push(Found { range: start..m.end(), expr });
        }
    }
    // "met in Riga on the 6th": a day of the month in context, not an ordinal of
    // something ("on the 10th anniversary") nor part of a date found above.
    let days = if sentence.contains("n the ") { day_of_month().captures_iter(sentence).collect() } else { Vec::new() };
    for c in days {
        let (Some(m), Some(digits), Some(suffix)) = (c.get(0), c.name("day"), c.name("suffix")) else { continue };
        let Ok(day) = digits.as_str().parse::<u32>() else { continue };
        let noun_follows = c.name("next").is_some_and(|w| !ORDINAL_DAY_FOLLOWERS.contains(&w.as_str()));
        let overlaps = out.iter().any(|f| f.range.start < m.end() && m.start() < f.range.end);
        if (1..=31).contains(&day) && !noun_follows && !overlaps {
            out.push(Found { range: digits.start()..suffix.end(), expr: Expr::DayOfMonth(day) });
        }
    }
    out.sort_by_key(|f| f.range.start);
    out
}

/// Words that may follow "on the 14th" when it is a day: not a noun it numbers.
const ORDINAL_DAY_FOLLOWERS: &[&str] = &[
    "and", "to", "in", "at", "with", "when", "after", "before", "during", "for", "as", "but", "while", "where", "or",
    "until", "by", "from", "amid", "ahead", "following", "which", "that", "said", "he", "she", "they",
];

fn day_of_month() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        Regex::new(r"\b[Oo]n\s+the\s+(?P<day>\d{1,2})(?P<suffix>st|nd|rd|th)\b(?:\s+(?P<next>[a-z]+))?")
            .expect("valid day pattern")
    })
}

fn add_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    if n >= 0 {
        d.checked_add_days(Days::new(n as u64))
    } else {
        d.checked_sub_days(Days::new(n.unsigned_abs()))
    }
}

/// A range of days known only roughly, as the month it lies in; when it straddles
/// two months, the one that holds more of its days ("last week", August 28 to
/// September 3, is August), or nothing when they hold as many.
fn collapse(start: NaiveDate, end: NaiveDate) -> Option<DateSpan> {
    let first = DateSpan::month(start.year(), start.month())?;
    if end <= first.end {
        return Some(first);
    }
    let last = DateSpan::month(end.year(), end.month())?;
    let (before, after) = ((first.end - start).num_days() + 1, (end - last.start).num_days() + 1);
    match before.cmp(&after) {
        _ if last.start != first.end.succ_opt()? => None,
        std::cmp::Ordering::Greater => Some(first),
        std::cmp::Ordering::Less => Some(last),
        std::cmp::Ordering::Equal => None,
    }
}

fn monday(d: NaiveDate) -> Option<NaiveDate> {
    add_days(d, -(d.weekday().num_days_from_monday() as i64))
}

/// Picks among candidate spans the one the tense points to from the reference: the
/// latest not after it (past), the earliest not before it (future), or the nearest
/// when the reference is only an estimate.
fn pick(candidates: impl Iterator<Item = DateSpan>, r: Reference, tense: Tense) -> Option<DateSpan> {
    let cands: Vec<DateSpan> = candidates.collect();
    let nearest = || {
        cands.iter().copied().min_by_key(|c| {
            if c.contains(r.date) {
                0
            } else {
                (c.start - r.date).num_days().abs().min((c.end - r.date).num_days().abs())
            }
        })
    };
    if !r.exact {
        if r.bound && tense == Tense::Past {
            return cands.iter().copied().filter(|c| c.start <= r.date).max_by_key(|c| c.start).or_else(nearest);
        }
        return nearest();
    }
    match tense {
        Tense::Past => cands.iter().copied().filter(|c| c.start <= r.date).max_by_key(|c| c.start).or_else(nearest),
        Tense::Future => cands.iter().copied().filter(|c| c.end >= r.date).min_by_key(|c| c.start).or_else(nearest),
    }
}

/// Resolves an expression. `context` is the date of the event the article was just
/// discussing ("later in the day", "the day before"); `quoted` is true inside a
/// quotation, where "today" is the speaker's day, not the publication's.
pub(crate) fn resolve(
    expr: &Expr,
    r: Option<Reference>,
    tense: Tense,
    context: Option<DateSpan>,
    quoted: bool,
) -> Option<DateSpan> {
    match *expr {
        Expr::Full(start, end) => match end {
            Some(e) => DateSpan::days(start, e),
            None => Some(DateSpan::day(start)),
        },
        Expr::Year(y) => DateSpan::year(y),
        Expr::DayOfMonth(day) => {
            // The day in the reference's month, the month before or the one after,
            // as the tense points.
            let r = r?;
            let first = r.date.with_day(1)?;
            let months = [first.checked_sub_months(Months::new(1))?, first, first.checked_add_months(Months::new(1))?];
            pick(months.into_iter().filter_map(|m| m.with_day(day)).map(DateSpan::day), r, tense)
        }
        Expr::NthWeekday { nth, weekday, month, year } => {
            let day = |y: i32| {
                let n = if nth == 0 {
                    (1..=5).rev().find(|&n| NaiveDate::from_weekday_of_month_opt(y, month, weekday, n).is_some())?
                } else {
                    nth
                };
                NaiveDate::from_weekday_of_month_opt(y, month, weekday, n).map(DateSpan::day)
            };
            match year {
                Some(y) => day(y),
                None => {
                    let r = r?;
                    let y = r.date.year();
                    pick((y - 1..=y + 1).filter_map(day), r, tense)
                }
            }
        }
        Expr::Month { month, year: Some(y), .. } => DateSpan::month(y, month),
        Expr::MonthOfYear { month, years } => DateSpan::month(r?.date.year() + years, month),
        Expr::Month { month, year: None, modifier: Some(Modifier::Following) } => {
            // The first such month after the story's time (or the page's).
            let a = context.map(|c| c.start).or(r.map(|r| r.date))?;
            (a.year()..=a.year() + 1).filter_map(|y| DateSpan::month(y, month)).find(|c| c.start > a)
        }
        Expr::Month { month, year: None, modifier } => {
            let r = r?;
            let y = r.date.year();
            let cands = (y - 1..=y + 1).filter_map(|y| DateSpan::month(y, month));
            match modifier {
                Some(Modifier::Last) if r.exact => cands.filter(|c| c.end < r.date).max_by_key(|c| c.start),
                Some(Modifier::Next) if r.exact => cands.filter(|c| c.start > r.date).min_by_key(|c| c.start),
                Some(Modifier::This) => DateSpan::month(y, month),
                _ => pick(cands, r, tense),
            }
        }
        Expr::MonthDay { month, day, end, weekday } => {
            let r = r?;
            let y = r.date.year();
            let cands = (y - 1..=y + 1).filter_map(|y| {
                let start = NaiveDate::from_ymd_opt(y, month, day)?;
                if weekday.is_some_and(|w| start.weekday() != w) {
                    return None;
                }
                match end {
                    Some((m, d)) => {
                        let end_year = if m < month { y + 1 } else { y };
                        DateSpan::days(start, NaiveDate::from_ymd_opt(end_year, m, d)?)
                    }
                    None => Some(DateSpan::day(start)),
                }
            });
            let picked = if weekday.is_some() {
                // The weekday fixes the year: take the matching year nearest the reference.
                pick(cands, Reference { exact: false, bound: false, ..r }, tense)
            } else {
                pick(cands, r, tense)
            };
            // A story of a past year ("on 7 December 1991 ... On Monday 9 December"):
            // when no year near the reference has that weekday, a day within weeks of
            // the story's that has it is the story's. (Not a bare "23 December" half
            // a year away: a story may come back to the present without a year.)
            // (But a bare day that would fall half a year or more before the page,
            // while a story years back is weeks from it, is the story's: "on 23
            // December", after "on 7 December 1991", in a piece of 8 December 2021.)
            let stale = picked.is_some_and(|p| (r.date - p.start).num_days() > 180);
            let in_story = r.story.filter(|story| {
                (picked.is_none() || stale && r.date.year() - story.year() >= 2) && tense == Tense::Past
            });
            let in_story = in_story.and_then(|story| {
                let y = story.year();
                (y - 1..=y + 1)
                    .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
                    .filter(|d| weekday.is_none_or(|w| d.weekday() == w))
                    .min_by_key(|d| (*d - story).num_days().abs())
                    // (Weeks from it: a later day when only the stale reading
                    // competes.)
                    .filter(|d| {
                        let apart = (*d - story).num_days();
                        apart.abs() <= 60 && (picked.is_none() || (0..=31).contains(&apart))
                    })
            });
            match in_story {
                Some(start) => match end {
                    Some((m, d)) => {
                        let end_year = if m < month { start.year() + 1 } else { start.year() };
                        DateSpan::days(start, NaiveDate::from_ymd_opt(end_year, m, d)?)
                    }
                    None => Some(DateSpan::day(start)),
                },
                None => picked,
            }
        }
        Expr::Weekday { weekday, modifier } => {
            let r = r?;
            if !r.exact {
                if modifier.is_some() || !r.bound || tense != Tense::Past {
                    return None;
                }
                // The story was written between its latest past day and its first day
                // still to come: when that window is a week at most, "on Saturday" is
                // the last Saturday in it.
                if let Some(u) = r.until.filter(|u| (*u - r.date).num_days() <= 8) {
                    let back = (u.weekday().num_days_from_monday() as i64 - weekday.num_days_from_monday() as i64)
                        .rem_euclid(7);
                    let day = add_days(u, -(if back == 0 { 7 } else { back }))?;
                    return (day >= r.date).then(|| DateSpan::day(day));
                }
                // Otherwise an estimate only fixes the weekday it falls on: "on
                // Thursday" in a story whose latest past day is a Thursday.
                return (r.date.weekday() == weekday).then(|| DateSpan::day(r.date));
            }
            let back =
                (r.date.weekday().num_days_from_monday() as i64 - weekday.num_days_from_monday() as i64).rem_euclid(7);
            let fwd =
                (weekday.num_days_from_monday() as i64 - r.date.weekday().num_days_from_monday() as i64).rem_euclid(7);
            let offset = match (modifier, tense) {
                (Some(Modifier::Last), _) => -(if back == 0 { 7 } else { back }),
                (Some(Modifier::Next | Modifier::Following), _) => {
                    if fwd == 0 {
                        7
                    } else {
                        fwd
                    }
                }
                (Some(Modifier::This), _) => {
                    weekday.num_days_from_monday() as i64 - r.date.weekday().num_days_from_monday() as i64
                }
                (None, Tense::Past) => -back,
                // "will meet on Tuesday" in a story of that Tuesday means that day.
                (None, Tense::Future) => fwd,
            };
            add_days(r.date, offset).map(DateSpan::day)
        }
        Expr::Rel(rel) => {
            let anchor =
                context.filter(|c| c.precision == crate::model::Precision::Day && c.start == c.end).map(|c| c.start);
            if let (Rel::SameDay | Rel::DayBefore | Rel::DayAfter | Rel::DaysAfter(_) | Rel::DaysBefore(_), Some(a)) =
                (rel, anchor)
            {
                let n = match rel {
                    Rel::DayBefore => -1,
                    Rel::DayAfter => 1,
                    Rel::DaysAfter(n) => i64::from(n),
                    Rel::DaysBefore(n) => -i64::from(n),
                    _ => 0,
                };
                return add_days(a, n).map(DateSpan::day);
            }
            if rel == Rel::ThatMonth {
                // (Not of a story dated only by its year.)
                let c = context.filter(|c| c.precision != crate::model::Precision::Year)?;
                return DateSpan::month(c.start.year(), c.start.month());
            }
            if matches!(rel, Rel::MonthAfter | Rel::YearAfter | Rel::WeekAfter) {
                let a = context.map(|c| c.start).or(r.filter(|r| r.exact).map(|r| r.date))?;
                return match rel {
                    Rel::YearAfter => DateSpan::year(a.year() + 1),
                    Rel::WeekAfter => {
                        let m = add_days(monday(a)?, 7)?;
                        collapse(m, add_days(m, 6)?)
                    }
                    _ => {
                        let (y, m) = if a.month() == 12 { (a.year() + 1, 1) } else { (a.year(), a.month() + 1) };
                        DateSpan::month(y, m)
                    }
                };
            }
            if let (Rel::Recently, Some(r)) = (rel, r.filter(|r| !r.exact && r.bound)) {
                // Written between the latest past day and the first day to come: the
                // two weeks before any such day, when they fall in one month.
                let u = r.until.filter(|u| (*u - r.date).num_days() <= 8)?;
                return collapse(add_days(r.date, -14)?, add_days(u, -2)?);
            }
            let r = r.filter(|r| r.exact)?;
            let d = r.date;
            let day = |n: i64| add_days(d, n).map(DateSpan::day);
            match rel {
                Rel::Today if quoted => None,
                Rel::Today | Rel::SameDay => day(0),
                Rel::Yesterday => day(-1),
                Rel::Tomorrow => day(1),
                Rel::DayBefore => day(-1),
                Rel::DayAfter => day(1),
                Rel::DaysAgo(n) => day(-(n as i64)),
                // (With no day to count from, the page's.)
                Rel::DaysAfter(n) => day(n as i64),
                Rel::DaysBefore(n) => day(-(n as i64)),
                // (In i64: "4000000000 years ago" is no date, not an overflow.)
                Rel::MonthsAgo(n) => {
                    let months = i64::from(d.year()) * 12 + i64::from(d.month0()) - i64::from(n);
                    DateSpan::month(i32::try_from(months.div_euclid(12)).ok()?, months.rem_euclid(12) as u32 + 1)
                }
                Rel::YearsAgo(n) => DateSpan::year(i32::try_from(i64::from(d.year()) - i64::from(n)).ok()?),
                Rel::WeeksAgo(n) => collapse(add_days(d, -7 * n as i64 - 3)?, add_days(d, -7 * n as i64 + 3)?),
                Rel::LastWeek => {
                    let m = add_days(monday(d)?, -7)?;
                    collapse(m, add_days(m, 6)?)
                }
                Rel::ThisWeek => {
                    let m = monday(d)?;
                    match tense {
                        Tense::Past => collapse(m, d),
                        Tense::Future => collapse(d, add_days(m, 6)?),
                    }
                }
                Rel::NextWeek => {
                    let m = add_days(monday(d)?, 7)?;
                    collapse(m, add_days(m, 6)?)
                }
                Rel::EarlierThisWeek => {
                    let m = monday(d)?;
                    (m < d).then(|| collapse(m, add_days(d, -1)?)).flatten()
                }
                Rel::LaterThisWeek => {
                    let m = monday(d)?;
                    let sun = add_days(m, 6)?;
                    (d < sun).then(|| collapse(add_days(d, 1)?, sun)).flatten()
                }
                Rel::ThisMonth => DateSpan::month(d.year(), d.month()),
                Rel::LastMonth => {
                    let prev = add_days(d.with_day(1)?, -1)?;
                    DateSpan::month(prev.year(), prev.month())
                }
                Rel::NextMonth => {
                    let next = add_days(DateSpan::month(d.year(), d.month())?.end, 1)?;
                    DateSpan::month(next.year(), next.month())
                }
                Rel::ThisYear => DateSpan::year(d.year()),
                Rel::LastYear => DateSpan::year(d.year() - 1),
                Rel::NextYear => DateSpan::year(d.year() + 1),
                // (Told within the season, "next summer" is the year after.)
                Rel::NextSeason(m) => DateSpan::year(if d.month() < m { d.year() } else { d.year() + 1 }),
                Rel::LastSeason(m) => DateSpan::year(if d.month() > m + 2 { d.year() } else { d.year() - 1 }),
                Rel::Recently => collapse(add_days(d, -14)?, add_days(d, -1)?),
                // (Told above, from the story's time.)
                Rel::MonthAfter | Rel::YearAfter | Rel::WeekAfter | Rel::ThatMonth => None,
                Rel::Weekend | Rel::LastWeekend | Rel::NextWeekend => {
                    // The Saturday of the week `d` is in (a week runs Monday to Sunday).
                    let saturday = add_days(monday(d)?, 5)?;
                    let in_weekend = d >= saturday;
                    let sat = match (rel, tense) {
                        // Told on a weekend day, "the weekend" is that one.
                        (Rel::Weekend, _) if in_weekend => saturday,
                        (Rel::Weekend, Tense::Past) | (Rel::LastWeekend, _) => add_days(saturday, -7)?,
                        (Rel::NextWeekend, _) if in_weekend => add_days(saturday, 7)?,
                        _ => saturday,
                    };
                    DateSpan::days(sat, add_days(sat, 1)?)
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn exact(s: &str) -> Option<Reference> {
        Some(Reference { date: d(s), exact: true, bound: false, until: None, story: None })
    }

    /// Resolves the first expression of `text`.
    fn res(text: &str, r: Option<Reference>, tense: Tense) -> Option<String> {
        let f = find(text);
        let first = f.first().unwrap_or_else(|| panic!("no date in {text:?}"));
        resolve(&first.expr, r, tense, None, false).map(|s| s.to_string())
    }

    #[test]
    fn absolute_forms() {
        let r = exact("2025-04-04");
        assert_eq!(res("on 2025-04-04 they met", r, Tense::Past).as_deref(), Some("2025-04-04"));
        assert_eq!(res("met Dec. 2, 2025 in", r, Tense::Past).as_deref(), Some("2025-12-02"));
        assert_eq!(res("met on 2 December 2025", r, Tense::Past).as_deref(), Some("2025-12-02"));
        assert_eq!(res("in December 2025", r, Tense::Past).as_deref(), Some("2025-12"));
        assert_eq!(res("in 2024 they", r, Tense::Past).as_deref(), Some("2024"));
        assert_eq!(res("in Ankara (19.11.2025)", r, Tense::Past).as_deref(), Some("2025-11-19"));
    }

    #[test]
    fn year_less_dates_follow_the_tense() {
        // Published 2026-02-01.
        let r = exact("2026-02-01");
        assert_eq!(res("met on January 23 and 24 in", r, Tense::Past).as_deref(), Some("2026-01-23..2026-01-24"));
        assert_eq!(res("talks Jan 23-24", r, Tense::Past).as_deref(), Some("2026-01-23..2026-01-24"));
        assert_eq!(res("will meet on March 3", r, Tense::Future).as_deref(), Some("2026-03-03"));
        assert_eq!(res("met on March 3", r, Tense::Past).as_deref(), Some("2025-03-03"));
        assert_eq!(res("met in December", r, Tense::Past).as_deref(), Some("2025-12"));
        assert_eq!(res("will meet in December", r, Tense::Future).as_deref(), Some("2026-12"));
        assert_eq!(res("met in January", r, Tense::Past).as_deref(), Some("2026-01"));
    }

    #[test]
    fn a_season_is_told_to_its_year() {
        let r = exact("1989-12-03");
        assert_eq!(res("to hold a summit next summer", r, Tense::Future).as_deref(), Some("1990"));
        assert_eq!(res("they met last spring", r, Tense::Past).as_deref(), Some("1989"));
        let r = exact("1961-04-03");
        assert_eq!(res("they met last spring", r, Tense::Past).as_deref(), Some("1960"));
        assert_eq!(res("will meet next autumn", r, Tense::Future).as_deref(), Some("1961"));
        assert_eq!(res("will meet this fall", r, Tense::Future).as_deref(), Some("1961"));
    }

    #[test]
    fn runs_of_days_across_a_month_end() {
        let r = exact("2026-02-01");
        let past = |s| res(s, r, Tense::Past);
        assert_eq!(past("talks from March 30 to April 2, 2025").as_deref(), Some("2025-03-30..2025-04-02"));
        assert_eq!(past("held from 30 March to 2 April 2025").as_deref(), Some("2025-03-30..2025-04-02"));
        assert_eq!(past("the summit, December 30 - January 2, 2026").as_deref(), Some("2025-12-30..2026-01-02"));
        assert_eq!(past("met from January 30 to February 1").as_deref(), Some("2026-01-30..2026-02-01"));
        // Two days named, not a run.
        assert_eq!(past("met on March 30 and April 2, 2025").as_deref(), Some("2025-03-30"));
    }

    #[test]
    fn weekday_and_day_of_month_fix_the_year() {
        let r = exact("2026-01-20");
        assert_eq!(res("set to start on Sunday, February 1.", r, Tense::Future).as_deref(), Some("2026-02-01"));
        let estimate = Some(Reference { date: d("2025-12-02"), exact: false, bound: false, until: None, story: None });
        assert_eq!(res("on Sunday, February 1", estimate, Tense::Past).as_deref(), Some("2026-02-01"));
    }

    #[test]
    fn weekends_follow_the_tense_and_the_day_of_writing() {
        // 2025-06-18 is a Wednesday; 2025-06-15 a Sunday.
        let wed = exact("2025-06-18");
        assert_eq!(res("spoke at the weekend", wed, Tense::Past).as_deref(), Some("2025-06-14..2025-06-15"));
        assert_eq!(res("spoke over the weekend", wed, Tense::Past).as_deref(), Some("2025-06-14..2025-06-15"));
        assert_eq!(res("met last weekend", wed, Tense::Past).as_deref(), Some("2025-06-14..2025-06-15"));
        assert_eq!(res("will meet this weekend", wed, Tense::Future).as_deref(), Some("2025-06-21..2025-06-22"));
        assert_eq!(res("will meet next weekend", wed, Tense::Future).as_deref(), Some("2025-06-21..2025-06-22"));
        let sun = exact("2025-06-15");
        assert_eq!(res("met at the weekend", sun, Tense::Past).as_deref(), Some("2025-06-14..2025-06-15"));
        assert_eq!(res("met last weekend", sun, Tense::Past).as_deref(), Some("2025-06-07..2025-06-08"));
        assert_eq!(res("will meet next weekend", sun, Tense::Future).as_deref(), Some("2025-06-21..2025-06-22"));
        // No publication date, no weekend.
        assert_eq!(res("spoke at the weekend", None, Tense::Past), None);
    }

    #[test]
    fn weekdays_against_the_publication_date() {
        // 2025-04-04 is a Friday.
        let r = exact("2025-04-04");
        assert_eq!(res("visited on Wednesday", r, Tense::Past).as_deref(), Some("2025-04-02"));
        assert_eq!(res("said on Friday", r, Tense::Past).as_deref(), Some("2025-04-04"));
        assert_eq!(res("will meet on Wednesday", r, Tense::Future).as_deref(), Some("2025-04-09"));
        assert_eq!(res("will meet on Friday", r, Tense::Future).as_deref(), Some("2025-04-04"));
        assert_eq!(res("spoke this afternoon", r, Tense::Past).as_deref(), Some("2025-04-04"));
        assert_eq!(res("last Friday", r, Tense::Past).as_deref(), Some("2025-03-28"));
        assert_eq!(res("next Monday", r, Tense::Future).as_deref(), Some("2025-04-07"));
        // No exact publication date: no weekday date.
        assert_eq!(
            res(
                "on Wednesday",
                Some(Reference { date: d("2025-04-04"), exact: false, bound: false, until: None, story: None }),
                Tense::Past
            ),
            None
        );
        assert_eq!(res("on Wednesday", None, Tense::Past), None);
    }

    #[test]
    fn relative_expressions() {
        let r = exact("2025-04-16"); // a Wednesday
        assert_eq!(res("yesterday", r, Tense::Past).as_deref(), Some("2025-04-15"));
        assert_eq!(res("last week", r, Tense::Past).as_deref(), Some("2025-04"));
        assert_eq!(res("earlier this month", r, Tense::Past).as_deref(), Some("2025-04"));
        assert_eq!(res("last month", r, Tense::Past).as_deref(), Some("2025-03"));
        assert_eq!(res("recently", exact("2026-02-01"), Tense::Past).as_deref(), Some("2026-01"));
        // A fuzzy range across two months is the month with more of its days
        // (January 27 to February 9 is February), none when they hold as many.
        assert_eq!(res("recently", exact("2026-02-10"), Tense::Past).as_deref(), Some("2026-02"));
        assert_eq!(res("recently", exact("2026-02-08"), Tense::Past), None);
        assert_eq!(res("last week", exact("2025-04-02"), Tense::Past).as_deref(), Some("2025-03"));
        assert_eq!(res("last week", exact("2025-04-09"), Tense::Past).as_deref(), Some("2025-04"));
    }

    #[test]
    fn context_anchors_same_day_expressions() {
        let f = find("expected to meet him later in the day");
        let ctx = Some(DateSpan::day(d("2025-04-11")));
        assert_eq!(resolve(&f[0].expr, exact("2025-04-12"), Tense::Future, ctx, false), ctx);
        let f = find("\"Today we met,\" he said");
        assert_eq!(resolve(&f[0].expr, exact("2025-04-12"), Tense::Past, None, true), None);
    }

    #[test]
    fn may_the_verb_is_not_a_month() {
        assert!(find("They May meet.").is_empty());
        assert_eq!(find("in May 2025").len(), 1);
        assert_eq!(find("they met in May").len(), 1);
        assert!(find("since January").is_empty());
    }
}
