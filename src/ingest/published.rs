//! Publication-date detection for articles whose feed gives none.

use std::sync::OnceLock;

use chrono::NaiveDate;
use regex::Regex;
use serde::{Deserialize, Serialize};

use crate::model::{month_from_name, MONTH_PATTERN};

/// How a publication date was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PublishedSource {
    /// Supplied with the article (the feed, the caller).
    Supplied,
    /// A dateline or a "date"/"Published" line in the text.
    Dateline,
    /// A date in the URL (`/2025/04/11/`).
    Url,
    /// A page header such as "Today: Apr 26, 2025": the crawl date, an upper bound only.
    PageHeader,
}

impl PublishedSource {
    /// True when the date is the day of publication itself, not just a bound.
    pub fn is_exact(self) -> bool {
        !matches!(self, PublishedSource::PageHeader)
    }
}

/// A publication date and how it was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Published {
    /// The date.
    pub date: NaiveDate,
    /// Where it came from.
    pub source: PublishedSource,
}

struct Patterns {
    date_line: Regex,
    timestamp: Regex,
    labelled: Regex,
    dateline: Regex,
    place_date: Regex,
    date_alone: Regex,
    segment: Regex,
    year_first: Regex,
    weekday_line: Regex,
    url: Regex,
    header: Regex,
}

/// "March 4, 1975", "4th of March 1975" and "4th day of March 1975", as capture groups `mon`, `day`,
/// `year` and `day2`, `mon2`, `year2`.
fn month_day_year() -> (String, String) {
    let mdy = format!(r"(?P<mon>{MONTH_PATTERN})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})");
    let dmy = format!(
        r"(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+day)?(?:\s+of)?\s+(?P<mon2>{MONTH_PATTERN}),?\s+(?P<year2>\d{{4}})"
    );
    (mdy, dmy)
}

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| {
        let (mdy, dmy) = month_day_year();
        Patterns {
            // ("Date: 2025-05-12", "Fecha: 2004-12-15T08:40:00-05:00".)
            date_line: Regex::new(r"(?im)^\s*(?:date|dated|fecha|data|datum)\s*:?\s+(?P<iso>\d{4}-\d{2}-\d{2})(?:\b|T)")
                .expect("valid"),
            // A page's own timestamp line: "2025-05-12 06:31:15", "2025/08/23 21:40 JST",
            // "27/10/2025 - 09:12", "12.09.2025", "13.7.2023 16:45 | Updated 18:02".
            timestamp: Regex::new(
                r"(?m)^\s*(?:(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})|(?P<d2>\d{1,2})[/.-](?P<m2>\d{1,2})[/.-](?P<y2>\d{4}))(?:\s*[-,]?\s*\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*(?P<zone>[A-Z]{2,4}))?(?:\s*\|[^\n]*)?\s*$",
            )
            .expect("valid"),
            labelled: Regex::new(&format!(
                r"(?im)^\s*(?:published|posted|first published|updated|last updated|(?:press|news|media) release|(?P<dmy_label>publicado|publicada|publié|publie|pubblicato|veröffentlicht|actualizado))(?: on| le| el| am| il)?\s*:?\s+(?:(?:\w+day|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?\s+)?(?:{mdy}|{dmy}|(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})|(?P<ly>\d{{4}})[./](?P<lm>\d{{1,2}})[./](?P<ld>\d{{1,2}})\b|(?P<dd>\d{{1,2}})\.(?P<dm>\d{{1,2}})\.(?P<dy>\d{{4}})\b|(?P<sa>\d{{1,2}})/(?P<sb>\d{{1,2}})/(?P<sy>\d{{4}})\b(?:,?\s*\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?(?:[ \t]*(?P<zone>(?-i:[A-Z]{{2,5}}))\b)?)"
            ))
            .expect("valid"),
            dateline: Regex::new(&format!(
                r"(?m)^\s*[A-Z][A-Z .'-]{{2,40}}(?:,\s*[A-Za-z .]{{2,30}})?,\s+(?:{mdy}|{dmy})\s*(?:\([^)]{{2,30}}\))?\s*[-:]"
            ))
            .expect("valid"),
            // A place and a date on a line of their own: "Skopje, 13 May 2025".
            // Also "Port-au-Prince, Haiti, Saturday, 21st September 2024".
            place_date: Regex::new(&format!(
                r"(?m)^\s*[A-Z][a-z]+(?:[ -][A-Za-z][a-z]+){{0,3}}(?:,\s*[A-Z][A-Za-z .'-]{{1,30}})?,\s+(?:(?:\w+day|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?\s+)?(?:{mdy}|{dmy})\s*$"
            ))
            .expect("valid"),
            // A date on a line of its own, maybe with its weekday, a time and page
            // sections: "Tuesday, February 4, 2025", "10 May 2025 - 18:30",
            // "Fri, 30 Apr 1993 07:20:00 +0800" (a mail header's),
            // "Nov 19, 2025 | World | 4 min read", "Tuesday 22 January 1963 - Late City
            // Edition".
            date_alone: Regex::new(&format!(
                r"(?im)^\s*(?:(?:\w+day|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?\s+)?(?:{mdy}|{dmy})(?:\s*[-,|]?\s*(?:at\s+)?\d{{1,2}}[:.]\d{{2}}(?::\d{{2}})?(?:\s*[ap]\.?m\.?)?(?:\s*(?:[A-Z]{{2,4}}|[+-]\d{{4}}))?)?(?:\s*\|[^\n]*|\s+-\s+(?:[A-Z][a-z]+\s*){{1,4}})?\s*$"
            ))
            .expect("valid"),
            // A date as one segment of a header line, or after a dateline's place:
            // "Politics | 13.03.2025, 18:42", "Tirana | Thursday, 6 June 2024",
            // "Home | News | Sport | Friday 1 August 1975 | Archive",
            // "POLITICS | 3 April 2025 at 16:10 | Updated ...", "Cucuta - Wednesday,
            // April 10, 2024", "Khujand, 31.03.2025 (SIA). Today, ...". Numbers
            // with dots are day first. "Ulaanbaatar, July 8, 2025 /MNA/." names its
            // agency between slashes. "Source: Agency | 2025-05-12 06:31:15 | Editor"
            // leads with the year.
            segment: Regex::new(&format!(
                r"(?m)^(?:[^\n|]{{0,80}}\|(?:[^\n|]*\|)*|[^\n|]{{0,80}}\s-\s|\s*[A-Z][A-Za-z' -]{{1,40}},)[ \t]*(?:(?:\w+day|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?\s+)?(?:{mdy}|{dmy}|(?P<dd>\d{{1,2}})\.(?P<dm>\d{{1,2}})\.(?P<dy>\d{{4}})|(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})|(?P<ly>\d{{4}})/(?P<lm>\d{{1,2}})/(?P<ld>\d{{1,2}}))(?:,?\s*(?:at\s+)?\d{{1,2}}[:.]\d{{2}}(?::\d{{2}})?(?:\s*[ap]\.?m\.?)?)?[ \t]*(?:\||\s-\s|\([^)\n]{{2,30}}\)|/[^/\n]{{2,20}}/|$)"
            ))
            .expect("valid"),
            // Year first with dots, on a line of its own: "2025. november 7. 22:15",
            // "2025. 11. 7." (Hungarian, Korean pages).
            year_first: Regex::new(&format!(
                r"(?im)^\s*(?P<ymy>\d{{4}})\.\s*(?:(?P<ymm>{MONTH_PATTERN})|(?P<ymn>\d{{1,2}})\.)\s*(?P<ymd>\d{{1,2}})\.?(?:\s*\d{{1,2}}:\d{{2}})?\s*$"
            ))
            .expect("valid"),
            // A date with its weekday in a header line that is no sentence (no full
            // stop): "Original coverage from Thursday 16 January 1992, Mexico City time".
            weekday_line: Regex::new(&format!(
                r"(?m)^[^\n.]*\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?:{mdy}|{dmy})\b[^\n.]*$"
            ))
            .expect("valid"),
            url: Regex::new(r"/(?P<y>(?:19|20)\d{2})[/-](?P<m>\d{1,2})[/-](?P<d>\d{1,2})(?:/|-|$)").expect("valid"),
            header: Regex::new(&format!(r"(?im)^\s*today:?\s+(?:(?:\w+day|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?\s+)?(?:{mdy}|{dmy})")).expect("valid"),
        }
    })
}

/// A pattern compiled the first time a page needs it: few pages get past the
/// common forms, and `Regex::new` is paid once per process.
fn compiled_once(cell: &'static OnceLock<Regex>, pattern: impl FnOnce() -> String) -> &'static Regex {
    cell.get_or_init(|| Regex::new(&pattern()).expect("valid"))
}

/// Other labels of a page's date, and a time before it: "Edition of 4 March 1975",
/// "Posted by Staff Reporter on March 4, 1975", "Filed: March 4, 1975", "Last
/// updated 09:12 GMT, 4 March 1975", "Posted at 09:12 on 4 March 1975".
fn labelled_more() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    compiled_once(&R, || {
        let (mdy, dmy) = month_day_year();
        format!(
            r"(?im)^\s*(?:filed|dated|(?:edition|issue) of|(?:posted|published|written|filed) by [^\n|]{{1,60}}? on|posted at|(?:last )?updated|published|posted)\s*:?\s+(?:\d{{1,2}}[:.]\d{{2}}(?:\s*[ap]\.?m\.?)?(?:\s*(?-i:[A-Z]{{2,4}}))?,?\s+(?:on\s+)?)?(?:(?:\w+day|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?\s+)?(?:{mdy}|{dmy})"
        )
    })
}

/// A header line in capitals with its weekday: "THE MORNING HERALD, TUESDAY,
/// MARCH 4, 1975".
fn weekday_line_any_case() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    compiled_once(&R, || {
        let (mdy, dmy) = month_day_year();
        format!(
            r"(?im)^[^\n.]*\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?:{mdy}|{dmy})\b[^\n.]*$"
        )
    })
}

/// A header line in Spanish, Portuguese, French, Italian or German: "LA PAZ --
/// Lunes, 10 de febrero de 1975", "Mardi 4 mars 1986", "10. Februar 1975".
fn other_language() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    compiled_once(&R, || {
        format!(
            r"(?im)^[^\n.]{{0,80}}?\b(?P<od>\d{{1,2}})\.?(?:º|°)?\s+(?:de\s+)?(?P<om>{OTHER_MONTHS})\s+(?:de\s+)?(?P<oy>\d{{4}})\b[^\n.]*$"
        )
    })
}

/// A date with its month in Roman numerals, as Central and Eastern European pages
/// print it: "15.III.2018", "3-XI-1989", "22/V/2008"; or in Chinese, Japanese or
/// Korean: "2008年5月22日", "2008년 5월 22일".
fn roman_month() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    compiled_once(&R, || {
        r"\b(?P<rd>\d{1,2})[./-]\s?(?P<rm>XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)[./-]\s?(?P<ry>\d{4})\b|(?P<cy>\d{4})\s?(?:年|년)\s?(?P<cm>\d{1,2})\s?(?:月|월)\s?(?P<cd>\d{1,2})\s?(?:日|일)".to_string()
    })
}

/// A date with dashes and a short month on a line of its own, as wire and radio
/// archives print it: "8-Jul-99 06:10", "08-JUL-1999"; one of numbers with a
/// two-digit year, "22.05.08"; and a cable's date-time
/// group, "041105Z JUL 72" (day, hour and minute in Zulu time, month, year).
/// Two-digit years read as POSIX does: 69-99 are 1969-1999, 00-68 are 2000-2068.
fn dashed_or_cable() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    compiled_once(&R, || {
        const MON: &str = "jan|feb|mar|apr|may|jun|jul|aug|sept|sep|oct|nov|dec";
        format!(
            r"(?im)^\s*(?:(?P<ud>\d{{1,2}})[.-](?P<um>\d{{1,2}})[.-](?P<uy>\d{{2}})(?:[ \t,]+\d{{1,2}}:\d{{2}})?[ \t]*$|(?P<hd>\d{{1,2}})-(?P<hm>{MON})[a-z]*-(?P<hy>\d{{4}}|\d{{2}})(?:[ \t,]+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?[ \t]*(?:\|[^\n]*)?$|(?:[A-Z]{{1,2}}[ \t]+)?(?P<gd>\d{{2}})\d{{4}}Z[ \t]+(?P<gm>{MON})[ \t]+(?P<gy>\d{{4}}|\d{{2}})\b)"
        )
    })
}

/// A year of two digits or four: "99" is 1999, "07" is 2007.
fn full_year(y: &str) -> Option<i32> {
    let n: i32 = y.parse().ok()?;
    Some(match y.len() {
        2 if n >= 69 => 1900 + n,
        2 => 2000 + n,
        _ => n,
    })
}

/// A date written out in words on a header line, as a bulletin or a formal notice
/// may give it: "Thursday, the twenty-second of May, two thousand and eight",
/// "May twenty-second, nineteen ninety-eight".
/// The page's own address printed on it, with a date in its path: "Permalink:
/// https://x.test/2023/12/16/argyle/", "Canonical URL: ...". (A labelled line only:
/// links to other stories carry their own dates.)
fn own_address() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    compiled_once(&R, || {
        r"(?im)^[ \t]*(?:permalink|permanent link|canonical(?: url| link)?|url|link to this (?:article|page|post)|source url)[ \t]*:?[ \t]*(?P<url>https?://\S+)".to_string()
    })
}

fn in_words() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    compiled_once(&R, || {
        const ORD: &str = "(?:(?:twenty|thirty)[- ])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth";
        const YEAR: &str = "(?:nineteen|twenty|two thousand)(?:[ -](?:and|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)){0,3}";
        format!(
            r"(?im)^[^\n.]{{0,60}}?\b(?:(?:the\s+)?(?P<wo>{ORD})\s+(?:day\s+)?of\s+(?P<wm>{MONTH_PATTERN})|(?P<wm2>{MONTH_PATTERN})\s+(?:the\s+)?(?P<wo2>{ORD})),?\s+(?:in\s+the\s+year\s+)?(?P<wy>{YEAR})\b"
        )
    })
}

/// The number a run of English number words up to ninety-nine names ("twenty-two").
fn small_words(words: &[&str]) -> Option<u32> {
    const UNITS: [&str; 19] = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];
    const TENS: [&str; 8] = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
    let unit = |w: &str| UNITS.iter().position(|u| *u == w).map(|k| k as u32 + 1);
    let ten = |w: &str| TENS.iter().position(|t| *t == w).map(|k| 20 + 10 * k as u32);
    match words {
        [] => Some(0),
        ["oh", u] => unit(u).filter(|&n| n < 10),
        [w] => unit(w).or_else(|| ten(w)),
        [t, u] => Some(ten(t)? + unit(u).filter(|&n| n < 10)?),
        _ => None,
    }
}

/// The year a run of number words names: "nineteen ninety-eight", "two thousand
/// and eight", "twenty twenty-three".
fn year_in_words(s: &str) -> Option<i32> {
    let lower = s.to_ascii_lowercase();
    let words: Vec<&str> = lower.split([' ', '-']).filter(|w| !w.is_empty() && *w != "and").collect();
    match words.as_slice() {
        ["two", "thousand", rest @ ..] => Some(2000 + small_words(rest)? as i32),
        [century, rest @ ..] if !rest.is_empty() => {
            let c = small_words(&[century])?;
            (10..=20).contains(&c).then_some(())?;
            Some((c * 100 + small_words(rest)?) as i32)
        }
        _ => None,
    }
}

/// The day an ordinal in words names: "twenty-second" is 22.
fn ordinal_in_words(s: &str) -> Option<u32> {
    const ORDS: [&str; 19] = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
        "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
    ];
    let lower = s.to_ascii_lowercase();
    let words: Vec<&str> = lower.split([' ', '-']).filter(|w| !w.is_empty()).collect();
    let ord = |w: &str| ORDS.iter().position(|o| *o == w).map(|k| k as u32 + 1);
    match words.as_slice() {
        ["twentieth"] => Some(20),
        ["thirtieth"] => Some(30),
        [w] => ord(w),
        ["twenty", w] => Some(20 + ord(w).filter(|&n| n < 10)?),
        ["thirty", "first"] => Some(31),
        _ => None,
    }
}

/// Any short line of the page's head that holds a full date, when no line says
/// more: "Broadcast: 4 March 1975", "Newsletter #41 (4 March 1975)", "Sent: 4
/// March 1975 10:22", "Bulletin No. 3 of 4 March 1975" (not a sentence: no
/// period after the date).
fn short_line() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    compiled_once(&R, || {
        let (mdy, dmy) = month_day_year();
        format!(r"(?im)^[^\n]{{0,50}}?\b(?:{mdy}|{dmy})\b[^\n.]{{0,30}}$")
    })
}

/// Month names of the other languages news pages print their dates in.
const OTHER_MONTHS: &str = "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|\
                            diciembre|janeiro|fevereiro|março|marco|maio|junho|julho|setembro|outubro|novembro|dezembro|\
                            janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|\
                            décembre|decembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|\
                            januar|februar|märz|maerz|juni|juli|oktober|dezember";

/// The month a name of [`OTHER_MONTHS`] names.
fn other_month(name: &str) -> Option<u32> {
    let n = name.to_lowercase();
    let m = match n.as_str() {
        "enero" | "janeiro" | "janvier" | "gennaio" | "januar" => 1,
        "febrero" | "fevereiro" | "février" | "fevrier" | "febbraio" | "februar" => 2,
        "marzo" | "março" | "marco" | "mars" | "märz" | "maerz" => 3,
        "abril" | "avril" | "aprile" => 4,
        "mayo" | "maio" | "mai" | "maggio" => 5,
        "junio" | "junho" | "juin" | "giugno" | "juni" => 6,
        "julio" | "julho" | "juillet" | "luglio" | "juli" => 7,
        "agosto" | "août" | "aout" => 8,
        "septiembre" | "setiembre" | "setembro" | "septembre" | "settembre" => 9,
        "octubre" | "outubro" | "octobre" | "ottobre" | "oktober" => 10,
        "noviembre" | "novembro" | "novembre" => 11,
        "diciembre" | "dezembro" | "décembre" | "decembre" | "dicembre" | "dezember" => 12,
        _ => return None,
    };
    Some(m)
}

fn from_captures(c: &regex::Captures<'_>) -> Option<NaiveDate> {
    if let (Some(o), Some(m), Some(y)) =
        (c.name("wo").or_else(|| c.name("wo2")), c.name("wm").or_else(|| c.name("wm2")), c.name("wy"))
    {
        let day = ordinal_in_words(o.as_str())?;
        return NaiveDate::from_ymd_opt(year_in_words(y.as_str())?, month_from_name(m.as_str())?, day);
    }
    // ("22.05.08": day first, as dots and dashes are written.)
    if let (Some(d), Some(m), Some(y)) = (c.name("ud"), c.name("um"), c.name("uy")) {
        return NaiveDate::from_ymd_opt(full_year(y.as_str())?, m.as_str().parse().ok()?, d.as_str().parse().ok()?);
    }
    for (d, m, y) in [("hd", "hm", "hy"), ("gd", "gm", "gy")] {
        if let (Some(d), Some(m), Some(y)) = (c.name(d), c.name(m), c.name(y)) {
            let m = month_from_name(m.as_str().get(..3)?)?;
            return NaiveDate::from_ymd_opt(full_year(y.as_str())?, m, d.as_str().parse().ok()?);
        }
    }
    if let (Some(y), Some(m), Some(d)) = (c.name("cy"), c.name("cm"), c.name("cd")) {
        return NaiveDate::from_ymd_opt(y.as_str().parse().ok()?, m.as_str().parse().ok()?, d.as_str().parse().ok()?);
    }
    if let (Some(d), Some(m), Some(y)) = (c.name("rd"), c.name("rm"), c.name("ry")) {
        const ROMAN: [&str; 12] = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];
        let m = ROMAN.iter().position(|r| *r == m.as_str())? as u32 + 1;
        return NaiveDate::from_ymd_opt(y.as_str().parse().ok()?, m, d.as_str().parse().ok()?);
    }
    if let (Some(d), Some(m), Some(y)) = (c.name("od"), c.name("om"), c.name("oy")) {
        return NaiveDate::from_ymd_opt(y.as_str().parse().ok()?, other_month(m.as_str())?, d.as_str().parse().ok()?);
    }
    if let Some(iso) = c.name("iso") {
        return NaiveDate::parse_from_str(iso.as_str(), "%Y-%m-%d").ok();
    }
    // "Updated: 2025.02.10 07:45", "Posted 2025/02/10".
    if let (Some(y), Some(m), Some(d)) = (c.name("ly"), c.name("lm"), c.name("ld")) {
        return NaiveDate::from_ymd_opt(y.as_str().parse().ok()?, m.as_str().parse().ok()?, d.as_str().parse().ok()?);
    }
    if let (Some(y), Some(d)) = (c.name("ymy"), c.name("ymd")) {
        let m = match (c.name("ymm"), c.name("ymn")) {
            (Some(name), _) => month_from_name(name.as_str())?,
            (None, Some(n)) => n.as_str().parse().ok()?,
            (None, None) => return None,
        };
        return NaiveDate::from_ymd_opt(y.as_str().parse().ok()?, m, d.as_str().parse().ok()?);
    }
    if let (Some(y), Some(m), Some(d)) = (c.name("dy"), c.name("dm"), c.name("dd")) {
        return NaiveDate::from_ymd_opt(y.as_str().parse().ok()?, m.as_str().parse().ok()?, d.as_str().parse().ok()?);
    }
    // "Posted 05/08/2025 18:40 IST".
    if let (Some(a), Some(b), Some(y)) = (c.name("sa"), c.name("sb"), c.name("sy")) {
        // ("Publicado: 07/10/2023": a label in a language that writes the day first.)
        let zone = c.name("zone").map(|z| z.as_str()).or(c.name("dmy_label").map(|_| "UTC"));
        let (m, d) = slashed(a.as_str().parse().ok()?, b.as_str().parse().ok()?, zone)?;
        return NaiveDate::from_ymd_opt(y.as_str().parse().ok()?, m, d);
    }
    let (mon, day, year) = match (c.name("mon"), c.name("mon2")) {
        (Some(m), _) => (m, c.name("day")?, c.name("year")?),
        (None, Some(m)) => (m, c.name("day2")?, c.name("year2")?),
        _ => return None,
    };
    NaiveDate::from_ymd_opt(year.as_str().parse().ok()?, month_from_name(mon.as_str())?, day.as_str().parse().ok()?)
}

/// The month and day of a date written `a/b/year`: whichever order the numbers
/// allow, and when both do (05/08/2025), the order of the time zone written after
/// it: month first in the United States' zones, day first in the rest of the
/// world's; with no zone, no date.
fn slashed(a: u32, b: u32, zone: Option<&str>) -> Option<(u32, u32)> {
    const US: &[&str] =
        &["ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "AKST", "HST"];
    const DAY_FIRST: &[&str] = &[
        "GMT", "UTC", "BST", "IST", "CET", "CEST", "EET", "EEST", "WET", "WEST", "MSK", "SAST", "WAT", "CAT", "EAT",
        "PKT", "NPT", "BDT", "ICT", "WIB", "SGT", "MYT", "PHT", "HKT", "AEST", "AEDT", "ACST", "AWST", "NZST", "NZDT",
        "TRT", "GST", "BRT", "ART",
    ];
    match (a, b) {
        (1..=12, 1..=12) if a == b => Some((a, b)),
        (13..=31, 1..=12) => Some((b, a)),
        (1..=12, 13..=31) => Some((a, b)),
        (1..=12, 1..=12) => {
            let zone = zone?.to_ascii_uppercase();
            if US.contains(&zone.as_str()) {
                Some((a, b))
            } else {
                DAY_FIRST.contains(&zone.as_str()).then_some((b, a))
            }
        }
        _ => None,
    }
}

/// Finds a publication date in the article's own text and URL, strongest evidence
/// first: a date line or dateline, then the URL, then a page header (crawl date).
/// Only the first ~2,000 bytes of the text are read: datelines live at the top.
///
/// ```
/// use dossier::ingest::{detect_published, PublishedSource};
/// let p = detect_published("GENEVA, March 3, 2025 (Wire) - Envoys met.", None).unwrap();
/// assert_eq!((p.date.to_string(), p.source), ("2025-03-03".to_string(), PublishedSource::Dateline));
/// let p = detect_published("Envoys met.", Some("https://x.test/2025/04/11/envoys")).unwrap();
/// assert_eq!(p.source, PublishedSource::Url);
/// ```
pub fn detect_published(text: &str, url: Option<&str>) -> Option<Published> {
    let p = patterns();
    let mut cut = text.len().min(2000);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &text[..cut];
    let found = |re: &Regex, source| {
        re.captures_iter(head).find_map(|c| from_captures(&c)).map(|date| Published { date, source })
    };
    found(&p.date_line, PublishedSource::Dateline)
        .or_else(|| found(&p.labelled, PublishedSource::Dateline))
        .or_else(|| found(&p.dateline, PublishedSource::Dateline))
        .or_else(|| found(&p.place_date, PublishedSource::Dateline))
        .or_else(|| {
            p.timestamp.captures_iter(head).find_map(|c| {
                let num =
                    |a: &str, b: &str| c.name(a).or_else(|| c.name(b)).and_then(|x| x.as_str().parse::<u32>().ok());
                let (y, m, d) = (num("y", "y2")?, num("m", "m2")?, num("d", "d2")?);
                // The year leads, or the numbers and the zone tell the order; a
                // pair that reads both ways with no zone (03/04/2025) is left alone.
                let slashes = c.get(0).is_some_and(|x| x.as_str().contains('/'));
                // ("06.09.2017 | 18:20": dots are written day first.)
                // ("22-05-2008": so are dashes.)
                let dots =
                    c.name("d2").zip(c.name("m2")).is_some_and(|(a, b)| text[a.end()..b.start()].contains(['.', '-']));
                let (m, d) = match c.name("d2") {
                    Some(_) if slashes => slashed(d, m, c.name("zone").map(|z| z.as_str()))?,
                    Some(_) if d <= 12 && m <= 12 && d != m && !dots => return None,
                    _ => (m, d),
                };
                let date = NaiveDate::from_ymd_opt(y as i32, m, d)?;
                Some(Published { date, source: PublishedSource::Dateline })
            })
        })
        .or_else(|| found(&p.date_alone, PublishedSource::Dateline))
        .or_else(|| found(&p.segment, PublishedSource::Dateline))
        .or_else(|| found(&p.year_first, PublishedSource::Dateline))
        .or_else(|| found(&p.weekday_line, PublishedSource::Dateline))
        .or_else(|| found(labelled_more(), PublishedSource::Dateline))
        .or_else(|| found(weekday_line_any_case(), PublishedSource::Dateline))
        .or_else(|| found(other_language(), PublishedSource::Dateline))
        .or_else(|| found(roman_month(), PublishedSource::Dateline))
        .or_else(|| found(dashed_or_cable(), PublishedSource::Dateline))
        .or_else(|| found(in_words(), PublishedSource::Dateline))
        .or_else(|| {
            // (Not a crawl date: "Today: Apr 26, 2025", "Accessed 4 March 1975".)
            short_line().captures_iter(head).find_map(|c| {
                let line = c.get(0)?.as_str().trim_start().to_ascii_lowercase();
                let crawl = ["today", "accessed", "retrieved", "crawled", "archived", "printed", "downloaded"]
                    .iter()
                    .any(|w| line.starts_with(w));
                let date = if crawl { None } else { from_captures(&c) }?;
                Some(Published { date, source: PublishedSource::Dateline })
            })
        })
        .or_else(|| {
            let c = p.url.captures(url?)?;
            let date = NaiveDate::from_ymd_opt(c["y"].parse().ok()?, c["m"].parse().ok()?, c["d"].parse().ok()?)?;
            Some(Published { date, source: PublishedSource::Url })
        })
        .or_else(|| {
            // (Anywhere on the page: a footer is where a permalink stands.)
            own_address().captures_iter(text).find_map(|c| {
                let u = p.url.captures(c.name("url")?.as_str())?;
                let date = NaiveDate::from_ymd_opt(u["y"].parse().ok()?, u["m"].parse().ok()?, u["d"].parse().ok()?)?;
                Some(Published { date, source: PublishedSource::Url })
            })
        })
        .or_else(|| found(&p.header, PublishedSource::PageHeader))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn a_permalink_printed_on_the_page_dates_it_and_a_related_link_does_not() {
        let page = "Blog\nThe envoys met.\n\nRelated: https://x.test/2019/05/01/older/\nPermalink: https://x.test/2023/12/16/envoys-met/\n";
        assert_eq!(detect_published(page, None).map(|p| p.date), Some(d("2023-12-16")));
        assert_eq!(detect_published("Blog\nRelated: https://x.test/2019/05/01/older/\n", None), None);
    }

    #[test]
    fn a_dotted_timestamp_is_day_first_even_when_both_numbers_could_be_months() {
        let got = detect_published("Menu\n06.09.2017 | 18:20 | Politics\nText.", None).map(|p| p.date);
        assert_eq!(got, Some(d("2017-09-06")));
        // (Slashes with no zone still say nothing.)
        assert_eq!(detect_published("Menu\n06/09/2017 | 18:20 | Politics\nText.", None), None);
    }

    #[test]
    fn edition_lines_bylines_and_times_before_the_date_are_found() {
        for line in [
            "THE MORNING HERALD, TUESDAY, MARCH 4, 1975",
            "Edition of 4 March 1975",
            "Posted by Staff Reporter on March 4, 1975",
            "Last updated 09:12 GMT, 4 March 1975",
            "Posted at 09:12 on 4 March 1975",
            "Filed: March 4, 1975, 9:12 p.m.",
            "March 4th, 1975 at 9:12 am",
        ] {
            let text = format!("The Daily Sentinel\n{line}\n\nAna Ruiz met Kevin Lee.");
            assert_eq!(detect_published(&text, None).map(|p| p.date), Some(d("1975-03-04")), "{line}");
        }
    }

    #[test]
    fn day_first_dashes_slashed_roman_months_and_east_asian_dates() {
        for (line, date) in [
            ("22-05-2008 | 09:10", "2008-05-22"),
            ("05-06-2008", "2008-06-05"),
            ("Published 22/V/2008", "2008-05-22"),
            ("2008年5月22日", "2008-05-22"),
            ("2008년 5월 22일 09:10", "2008-05-22"),
        ] {
            let text = format!("Radio Archive\n{line}\n\nAna Ruiz met Kevin Lee.");
            assert_eq!(detect_published(&text, None).map(|p| p.date), Some(d(date)), "{line}");
        }
    }

    #[test]
    fn a_date_in_words_on_a_header_line_is_the_pages_date() {
        for (line, date) in [
            ("Bulletin issued on Thursday, the twenty-second of May, two thousand and eight, 08:00", "2008-05-22"),
            ("May twenty-second, nineteen ninety-eight", "1998-05-22"),
            ("The first of March, twenty twenty-three", "2023-03-01"),
            ("Given this thirty-first day of December, two thousand", "2000-12-31"),
        ] {
            let text = format!("Radio Archive\n{line}\n\nAna Ruiz met Kevin Lee.");
            assert_eq!(detect_published(&text, None).map(|p| p.date), Some(d(date)), "{line}");
        }
        // (Not a day the words cannot make.)
        let text = "Radio Archive\nthe thirty-first of February, two thousand and eight\n\nAna Ruiz met Kevin Lee.";
        assert_eq!(detect_published(text, None), None);
    }

    #[test]
    fn dashed_dates_and_cable_date_time_groups_are_the_pages_date() {
        for (line, date) in [
            ("8-Jul-99 06:10", "1999-07-08"),
            ("08-JUL-1999", "1999-07-08"),
            ("14-Sep-07 | World", "2007-09-14"),
            ("O 041105Z JUL 72", "1972-07-04"),
            ("041105Z JUL 1972", "1972-07-04"),
            ("22.05.08 09:10", "2008-05-22"),
            ("22-05-08", "2008-05-22"),
            ("Date of issue: 22nd day of May 2008", "2008-05-22"),
        ] {
            let text = format!("Radio Archive\n{line}\n\nAna Ruiz met Kevin Lee.");
            assert_eq!(detect_published(&text, None).map(|p| p.date), Some(d(date)), "{line}");
        }
        // (Not a date inside a sentence, nor an impossible day.)
        for line in ["Talks were held on 8-Jul-99 in Lima.", "31-Feb-99"] {
            let text = format!("Radio Archive\n{line}\n\nAna Ruiz met Kevin Lee.");
            assert_eq!(detect_published(&text, None), None, "{line}");
        }
    }

    #[test]
    fn a_short_header_line_with_a_full_date_is_the_pages_date() {
        for line in [
            "Broadcast: 4 March 1975",
            "Aired 4 March 1975, 19:00",
            "Newsletter #41 (4 March 1975)",
            "Bulletin No. 3 of 4 March 1975",
            "Sent: 4 March 1975 10:22",
        ] {
            let text = format!("The Daily Sentinel\n{line}\n\nAna Ruiz met Kevin Lee.");
            let p = detect_published(&text, None);
            assert_eq!(p.map(|p| (p.date, p.source)), Some((d("1975-03-04"), PublishedSource::Dateline)), "{line}");
        }
        // Not a sentence that names a date, nor a crawl date (only a page header).
        for line in ["Talks began on 4 March 1975 in Lima.", "Accessed 4 March 1975"] {
            let text = format!("The Daily Sentinel\n{line}\n\nAna Ruiz met Kevin Lee.");
            assert_eq!(detect_published(&text, None), None, "{line}");
        }
        let p = detect_published("Today: Mar 4, 1975\n\nAna Ruiz met Kevin Lee.", None);
        assert_eq!(p.map(|p| p.source), Some(PublishedSource::PageHeader));
    }

    #[test]
    fn a_mail_header_date_and_a_labelled_timestamp_are_found() {
        for (text, date) in [
            ("Archive\nFri, 30 Apr 1993 07:20:00 +0800\nText.", "1993-04-30"),
            ("Portada | Mundo\nFecha: 2004-12-15T08:40:00-05:00\nText.", "2004-12-15"),
        ] {
            assert_eq!(detect_published(text, None).map(|p| p.date), Some(d(date)), "{text}");
        }
    }

    #[test]
    fn a_header_date_in_another_language_is_found() {
        for (text, date) in [
            ("LIMA -- Lunes, 10 de febrero de 1975\nAna Ruiz met Kevin Lee.", "1975-02-10"),
            ("Accueil | Mardi 4 mars 1986 | Monde\nText.", "1986-03-04"),
            ("Montag, 10. Februar 1975\nText.", "1975-02-10"),
            ("Sexta-feira, 3 de março de 1972\nText.", "1972-03-03"),
            // (Months in Roman numerals.)
            ("Published: 15.III.2018 | 21:07\nText.", "2018-03-15"),
            ("Warszawa, 3-XI-1989\nText.", "1989-11-03"),
            ("Posted 9.IX.2001\nText.", "2001-09-09"),
        ] {
            assert_eq!(detect_published(text, None).map(|p| p.date), Some(d(date)), "{text}");
        }
        // Not a sentence that names a month in passing.
        assert_eq!(detect_published("Ana Ruiz said the talks of 10 de mayo de 1975 failed.\nText.", None), None);
    }

    #[test]
    fn finds_each_kind_of_evidence() {
        let got = detect_published(" date 2025-04-04 After the talks, he said.", None).unwrap();
        assert_eq!((got.date, got.source), (d("2025-04-04"), PublishedSource::Dateline));
        let got = detect_published("Menu\nPublished: 12 March 2025\nText.", None).unwrap();
        assert_eq!(got.date, d("2025-03-12"));
        let got = detect_published("ANKARA, Turkey, Feb. 3, 2026 (Agency) - The ministers met.", None).unwrap();
        assert_eq!(got.date, d("2026-02-03"));
        let got = detect_published("Home | World | Sport | Friday 1 August 1975 | Archive\nText.", None).unwrap();
        assert_eq!((got.date, got.source), (d("1975-08-01"), PublishedSource::Dateline));
        // (A weekday shortened: "Posted Wed 22 Apr 1992, 8:14pm AEST".)
        let got = detect_published("Menu\nPosted Wed 22 Apr 1992, 8:14pm AEST\nText.", None).unwrap();
        assert_eq!(got.date, d("1992-04-22"));
        let got = detect_published("Today: Apr 26, 2025\nSearch\n", None).unwrap();
        assert_eq!((got.date, got.source), (d("2025-04-26"), PublishedSource::PageHeader));
        assert!(!got.source.is_exact());
        let got = detect_published("x", Some("https://news.test/world/2024-11-05-talks")).unwrap();
        assert_eq!(got.date, d("2024-11-05"));
    }

    #[test]
    fn page_timestamps() {
        let got = |t: &str| detect_published(t, None).map(|p| p.date);
        assert_eq!(got("Xinhua\nEnglish\n2025-05-12 06:31:15\nEditor: Liu\n"), Some(d("2025-05-12")));
        assert_eq!(got("NEWS\n2025/08/23 21:40 JST\n\nText."), Some(d("2025-08-23")));
        assert_eq!(got("AGENCY\n27/10/2025 - 09:12\nText."), Some(d("2025-10-27")));
        assert_eq!(got("AGENCY\n03/04/2025\nText."), None);
        // A slashed date that reads both ways takes the order of its time zone.
        assert_eq!(got("AGENCY\n03/04/2025 10:15 EST\nText."), Some(d("2025-03-04")));
        assert_eq!(got("AGENCY\n03/04/2025 10:15 CET\nText."), Some(d("2025-04-03")));
        assert_eq!(got("AGENCY\n10/27/2025 10:15\nText."), Some(d("2025-10-27")));
        assert_eq!(got("Posted 05/08/2025 18:40 IST | Updated 05/08/2025 19:05 IST\nText."), Some(d("2025-08-05")));
        assert_eq!(got("Posted 05/08/2025\nText."), None);
        assert_eq!(got("Posted 25/08/2025\nText."), Some(d("2025-08-25")));
        // A label in a language that writes the day first says the order.
        assert_eq!(got("Publicado: 07/10/2023 - 11:40\nText."), Some(d("2023-10-07")));
        assert_eq!(got("Publié le 07/10/2023\nText."), Some(d("2023-10-07")));
        assert_eq!(got("Kherson\nPublished 12 September 2025, 17:45\nText."), Some(d("2025-09-12")));
        assert_eq!(got("Posted : 2025-10-31 09:12  Updated : 2025-11-01 11:40\nText."), Some(d("2025-10-31")));
        assert_eq!(got("Energy\nUpdated: 2026.03.09 07:45\nAuthor: A. Writer\nText."), Some(d("2026-03-09")));
        assert_eq!(got("Posted 2026/03/09\nText."), Some(d("2026-03-09")));
    }

    #[test]
    fn a_date_on_a_line_of_its_own() {
        let got = |t: &str| detect_published(t, None).map(|p| p.date);
        assert_eq!(got("World\nTuesday, February 4, 2025\n\nText."), Some(d("2025-02-04")));
        assert_eq!(got("Readout\n10 May 2025 - 18:30\nText."), Some(d("2025-05-10")));
        assert_eq!(got("Analysis\nBy A. Writer\n14 January 2026\n\nText."), Some(d("2026-01-14")));
        assert_eq!(got("Press release\nSkopje, 13 May 2025\n\nText."), Some(d("2025-05-13")));
        assert_eq!(got("Headline\nNov 19, 2025 | World | 4 min read\nText."), Some(d("2025-11-19")));
        assert_eq!(got("State House\nSaturday, 21st September 2024\n\nText."), Some(d("2024-09-21")));
        assert_eq!(
            got("Release\nPort-au-Prince, Haiti, Saturday, 21st September 2024\n\nText."),
            Some(d("2024-09-21"))
        );
        assert_eq!(got("Release\n3rd of March, 2025\nText."), Some(d("2025-03-03")));
        assert_eq!(got("THE COURIER\nTuesday 22 January 1963 - Late City Edition\nText."), Some(d("1963-01-22")));
        assert_eq!(got("NEWS\n13.7.2023 16:45 | Updated 18:02\n\nText."), Some(d("2023-07-13")));
        assert_eq!(
            got("ARCHIVE\nOriginal coverage from Thursday 16 January 1992, Mexico City time\n\nText."),
            Some(d("1992-01-16"))
        );
        assert_eq!(got("The envoys met on Thursday 16 January 1992 in Skopje.\nMore text."), None);
        // A date inside a sentence is no publication date.
        assert_eq!(got("The envoys met on 13 May 2025 in Skopje.\nMore text."), None);
    }

    #[test]
    fn a_date_as_one_segment_of_a_header_line() {
        let got = |t: &str| detect_published(t, None).map(|p| p.date);
        assert_eq!(got("WIRE\nPolitics | 13.03.2025, 18:42\n\nText."), Some(d("2025-03-13")));
        assert_eq!(got("Paper\nLisbon | Thursday, 6 June 2024\nMenu"), Some(d("2024-06-06")));
        assert_eq!(got("NEWS | 3 April 2025 at 16:10 | Updated 4 April 2025 at 09:00\nText."), Some(d("2025-04-03")));
        assert_eq!(got("Braga - Minho - Wednesday, April 10, 2024\nText."), Some(d("2024-04-10")));
        assert_eq!(got("Our weekly digest of the region | 7 December 2024\n\nText."), Some(d("2024-12-07")));
        assert_eq!(got("Porto, 31.03.2025 (Agency). Today the ministers met."), Some(d("2025-03-31")));
        assert_eq!(got("Kabinet\n2025. november 7. 22:15\n\nText."), Some(d("2025-11-07")));
        assert_eq!(got("Office\n2025. 11. 7.\nText."), Some(d("2025-11-07")));
        assert_eq!(got("Agency\nPorto, May 8, 2025 /PNA/. The ministers met."), Some(d("2025-05-08")));
        assert_eq!(got("Region\nHeadline\nUpdated: 19.03.2023, 08:41\n\nText."), Some(d("2023-03-19")));
        assert_eq!(
            got("Brief\nLast updated: Tuesday 9 September 2008, 10:15 local time\n\nText."),
            Some(d("2008-09-09"))
        );
        assert_eq!(got("Office\nPress release 14.11.2024 10.15 | Translation\n\nText."), Some(d("2024-11-14")));
        assert_eq!(got("Office\nMedia release: 3 May 2025\n\nText."), Some(d("2025-05-03")));
        assert_eq!(got("Agency\nSource: Wire | 2025-05-12 06:31:15 | Editor: Lin\n\nText."), Some(d("2025-05-12")));
        assert_eq!(got("Agency\nWorld | 2025/05/12 06:31 | Share\n\nText."), Some(d("2025-05-12")));
        assert_eq!(got("Lens\nGallery | 24 March 2022, 11:05 a.m.\n\nText."), Some(d("2022-03-24")));
        // (Still nothing inside a sentence.)
        assert_eq!(got("Talks - the ministers said on 13 May 2025 - went on.\nText."), None);
    }

    #[test]
    fn impossible_dates_and_plain_text_give_nothing() {
        assert_eq!(detect_published("date 2025-13-45 text", None), None);
        assert_eq!(detect_published("The envoys met on Monday in Geneva.", Some("https://x.test/a/b")), None);
        assert_eq!(detect_published("", None), None);
    }
}
