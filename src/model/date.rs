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
    #[serde(with = "days")]
    pub start: NaiveDate,
    /// Last day (inclusive).
    #[serde(with = "days")]
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

/// How dates are written: ISO text ("2025-03-04") where people read them (JSON),
/// days from the common era in the store's binary encoding, where a number is three
/// bytes and no parsing. Stored values of the first encoding version wrote ISO text
/// in binary too; the codec reads those inside [`days::legacy`].
pub(crate) mod days {
    use std::cell::Cell;

    use chrono::{Datelike, NaiveDate};
    use serde::de::Error as _;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    thread_local! {
        static LEGACY: Cell<bool> = const { Cell::new(false) };
    }

    /// Runs `f` reading dates as ISO text whatever the encoding (values written by
    /// codec version 1).
    pub(crate) fn legacy<T>(f: impl FnOnce() -> T) -> T {
        struct Reset(bool);
        impl Drop for Reset {
            fn drop(&mut self) {
                LEGACY.set(self.0);
            }
        }
        let _reset = Reset(LEGACY.replace(true));
        f()
    }

    fn text<'de, D: Deserializer<'de>>(d: &D) -> bool {
        d.is_human_readable() || LEGACY.get()
    }

    pub(crate) fn serialize<S: Serializer>(date: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        if s.is_human_readable() {
            date.serialize(s)
        } else {
            s.serialize_i32(date.num_days_from_ce())
        }
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        if text(&d) {
            return NaiveDate::deserialize(d);
        }
        let n = i32::deserialize(d)?;
        NaiveDate::from_num_days_from_ce_opt(n).ok_or_else(|| D::Error::custom(format!("day {n} is out of range")))
    }

    /// The same for `Option<NaiveDate>`.
    pub(crate) mod option {
        use super::*;

        #[derive(Serialize, Deserialize)]
        struct Days(#[serde(with = "super")] NaiveDate);

        pub(crate) fn serialize<S: Serializer>(date: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
            date.map(Days).serialize(s)
        }

        pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
            Ok(Option::<Days>::deserialize(d)?.map(|Days(date)| date))
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[derive(Debug, PartialEq, Serialize, Deserialize)]
        struct Both {
            #[serde(with = "super")]
            day: NaiveDate,
            #[serde(with = "super::option")]
            maybe: Option<NaiveDate>,
        }

        #[test]
        fn text_for_people_numbers_for_the_store_and_old_values_still_read() {
            let v = Both { day: NaiveDate::from_ymd_opt(2025, 3, 4).unwrap(), maybe: NaiveDate::from_ymd_opt(1, 1, 1) };
            let json = serde_json::to_string(&v).unwrap();
            assert_eq!(json, r#"{"day":"2025-03-04","maybe":"0001-01-01"}"#);
            assert_eq!(serde_json::from_str::<Both>(&json).unwrap(), v);
            let bin = postcard::to_allocvec(&v).unwrap();
            assert!(bin.len() <= 5, "{bin:?}");
            assert_eq!(postcard::from_bytes::<Both>(&bin).unwrap(), v);
            // What codec version 1 wrote: ISO text inside postcard.
            #[derive(Serialize)]
            struct Old {
                day: NaiveDate,
                maybe: Option<NaiveDate>,
            }
            let old = postcard::to_allocvec(&Old { day: v.day, maybe: v.maybe }).unwrap();
            assert!(postcard::from_bytes::<Both>(&old).is_err());
            assert_eq!(legacy(|| postcard::from_bytes::<Both>(&old)).unwrap(), v);
            assert_eq!(postcard::from_bytes::<Both>(&bin).unwrap(), v, "legacy mode ends with its call");
        }
    }
}
