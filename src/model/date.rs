use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// How precisely a [`DateSpan`] is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    /// Known to the day (a span of days for multi-day events).
    Day,
    /// Known to the month.
    Month,
    /// Known to the year.
    Year,
}

impl Precision {
    /// The lower-case name used in JSON and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Month => "month",
            Precision::Year => "year",
        }
    }
}

/// When an event happened: an inclusive span of days and how precise it is.
///
/// "April 10" is one day; "January 23 and 24" is a two-day span of day precision;
/// "in December" is the whole month with [`Precision::Month`].
///
/// ```
/// use dossier::{DateSpan, Precision};
/// let d = DateSpan::month(2025, 12).unwrap();
/// assert_eq!(d.precision, Precision::Month);
/// assert_eq!(d.to_string(), "2025-12");
/// assert!(d.contains_span(&DateSpan::day(chrono::NaiveDate::from_ymd_opt(2025, 12, 2).unwrap())));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct DateSpan {
    /// First day (inclusive).
    pub start: NaiveDate,
    /// Last day (inclusive).
    pub end: NaiveDate,
    /// How precisely the date is known.
    pub precision: Precision,
}

impl DateSpan {
    /// The longest span dossier stores, in days; longer spans are clipped at extraction.
    pub const MAX_DAYS: i64 = 366;

    /// A single day.
    pub fn day(date: NaiveDate) -> DateSpan {
        DateSpan { start: date, end: date, precision: Precision::Day }
    }

    /// A run of days, `start..=end`; `None` when `end` is before `start` or the run is
    /// longer than [`DateSpan::MAX_DAYS`].
    pub fn days(start: NaiveDate, end: NaiveDate) -> Option<DateSpan> {
        let len = (end - start).num_days();
        (0..=Self::MAX_DAYS).contains(&len).then_some(DateSpan { start, end, precision: Precision::Day })
    }

    /// A whole month; `None` for an invalid month.
    pub fn month(year: i32, month: u32) -> Option<DateSpan> {
        let start = NaiveDate::from_ymd_opt(year, month, 1)?;
        let next = if month == 12 {
            NaiveDate::from_ymd_opt(year + 1, 1, 1)?
        } else {
            NaiveDate::from_ymd_opt(year, month + 1, 1)?
        };
        Some(DateSpan { start, end: next.pred_opt()?, precision: Precision::Month })
    }

    /// A whole year; `None` for a year chrono cannot represent.
    pub fn year(year: i32) -> Option<DateSpan> {
        Some(DateSpan {
            start: NaiveDate::from_ymd_opt(year, 1, 1)?,
            end: NaiveDate::from_ymd_opt(year, 12, 31)?,
            precision: Precision::Year,
        })
    }

    /// True when the two spans share at least one day.
    pub fn overlaps(&self, other: &DateSpan) -> bool {
        self.start <= other.end && other.start <= self.end
    }

    /// True when `other` lies wholly inside `self`.
    pub fn contains_span(&self, other: &DateSpan) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when `date` lies inside the span.
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.start <= date && date <= self.end
    }
}

impl std::fmt::Display for DateSpan {
    /// `2025-04-02`, `2026-01-23..2026-01-24`, `2025-12` or `2025`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.precision {
            Precision::Day if self.start == self.end => write!(f, "{}", self.start),
            Precision::Day => write!(f, "{}..{}", self.start, self.end),
            Precision::Month => write!(f, "{:04}-{:02}", self.start.year(), self.start.month()),
            Precision::Year => write!(f, "{:04}", self.start.year()),
        }
    }
}

/// The month number of an English month name or abbreviation ("Jan", "Sept.", "march").
pub(crate) fn month_from_name(s: &str) -> Option<u32> {
    let s = s.trim_end_matches('.').to_ascii_lowercase();
    let m = match s.as_str() {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sep" | "sept" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    };
    Some(m)
}

/// A regex alternation matching English month names and abbreviations.
pub(crate) const MONTH_PATTERN: &str = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)";
