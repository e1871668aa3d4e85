//! A calendar date known to the year, the month or the day.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// How precisely a [`PartialDate`] is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    /// Only the year (`2024`).
    Year,
    /// The year and month (`2025-03`).
    Month,
    /// The full date (`2025-03-06`).
    Day,
}

/// A calendar date known to the year, the month, or the day.
///
/// Reports often state dates only in part: `2024年` (a year), `2025年3月以来` (a month),
/// `2025年6月10日` (a day). A `PartialDate` keeps exactly what was stated. Its JSON form is ISO
/// 8601 with reduced precision: `"2024"`, `"2025-03"` or `"2025-03-06"`.
///
/// Two partial dates are compared by what they state: [`PartialDate::first_day`] and
/// [`PartialDate::last_day`] give the span of days a partial date covers.
///
/// # Examples
///
/// ```
/// use inspection_report::PartialDate;
/// use inspection_report::date::Precision;
///
/// let march: PartialDate = "2025-03".parse()?;
/// assert_eq!(march.precision(), Precision::Month);
/// assert_eq!(march.first_day().to_string(), "2025-03-01");
/// assert_eq!(march.last_day().to_string(), "2025-03-31");
/// assert_eq!(march.to_string(), "2025-03");
/// assert!("2025-02-30".parse::<PartialDate>().is_err());
/// # Ok::<(), inspection_report::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    first: NaiveDate,
    precision: Precision,
}

/// The error returned when a string is not a [`PartialDate`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "invalid date `{input}`: expected an ISO 8601 date `YYYY-MM-DD`, `YYYY-MM` or `YYYY` that exists in the calendar"
)]
#[non_exhaustive]
pub struct Error {
    /// The rejected string.
    input: String,
}

impl Error {
    /// The rejected string.
    pub fn input(&self) -> &str {
        &self.input
    }
}

impl PartialDate {
    /// A date known to the day.
    pub fn day(date: NaiveDate) -> Self {
        Self {
            first: date,
            precision: Precision::Day,
        }
    }

    /// A date known to the month.
    ///
    /// # Errors
    ///
    /// Returns [`Error`] when `month` is not 1 to 12 or `year` is outside 0 to 9999.
    pub fn month(year: i32, month: u32) -> Result<Self, Error> {
        Self::build(year, Some(month), None)
    }

    /// A date known to the year.
    ///
    /// # Errors
    ///
    /// Returns [`Error`] when `year` is outside 0 to 9999.
    pub fn year(year: i32) -> Result<Self, Error> {
        Self::build(year, None, None)
    }

    /// A date known to the day, from its parts.
    ///
    /// # Errors
    ///
    /// Returns [`Error`] when the date does not exist in the calendar (`2025-02-30`) or
    /// `year` is outside 0 to 9999.
    pub fn ymd(year: i32, month: u32, day: u32) -> Result<Self, Error> {
        Self::build(year, Some(month), Some(day))
    }

    fn build(year: i32, month: Option<u32>, day: Option<u32>) -> Result<Self, Error> {
        let error = || Error {
            input: match (month, day) {
                (Some(m), Some(d)) => format!("{year:04}-{m:02}-{d:02}"),
                (Some(m), None) => format!("{year:04}-{m:02}"),
                _ => format!("{year:04}"),
            },
        };
        if !(0..=9999).contains(&year) {
            return Err(error());
        }
        let precision = match (month, day) {
            (Some(_), Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        };
        let first = NaiveDate::from_ymd_opt(year, month.unwrap_or(1), day.unwrap_or(1))
            .ok_or_else(error)?;
        Ok(Self { first, precision })
    }

    /// How precisely the date is known.
    pub fn precision(self) -> Precision {
        self.precision
    }

    /// The year.
    pub fn year_number(self) -> i32 {
        self.first.year()
    }

    /// The first day the date covers (`2025-03` → 2025-03-01).
    pub fn first_day(self) -> NaiveDate {
        self.first
    }

    /// The last day the date covers (`2025-03` → 2025-03-31).
    pub fn last_day(self) -> NaiveDate {
        let next = match self.precision {
            Precision::Day => return self.first,
            Precision::Month => self.first.checked_add_months(chrono::Months::new(1)),
            Precision::Year => self.first.checked_add_months(chrono::Months::new(12)),
        };
        next.and_then(|d| d.pred_opt()).unwrap_or(NaiveDate::MAX)
    }

    /// Whether this date certainly lies after `other`: every day it covers is later than every
    /// day `other` covers. `2025-04` is not certainly after `2025-04-28`.
    pub fn is_certainly_after(self, other: Self) -> bool {
        self.first_day() > other.last_day()
    }
}

impl FromStr for PartialDate {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let error = || Error {
            input: s.to_owned(),
        };
        let number = |part: &str, len: usize| -> Result<u32, Error> {
            if part.len() == len && part.bytes().all(|b| b.is_ascii_digit()) {
                part.parse().map_err(|_| error())
            } else {
                Err(error())
            }
        };
        let mut parts = s.split('-');
        let year = number(parts.next().unwrap_or_default(), 4)?;
        let month = parts.next().map(|p| number(p, 2)).transpose()?;
        let day = parts.next().map(|p| number(p, 2)).transpose()?;
        if parts.next().is_some() {
            return Err(error());
        }
        let year = i32::try_from(year).map_err(|_| error())?;
        Self::build(year, month, day).map_err(|_| error())
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d = self.first;
        match self.precision {
            Precision::Day => write!(f, "{:04}-{:02}-{:02}", d.year(), d.month(), d.day()),
            Precision::Month => write!(f, "{:04}-{:02}", d.year(), d.month()),
            Precision::Year => write!(f, "{:04}", d.year()),
        }
    }
}

impl From<NaiveDate> for PartialDate {
    fn from(date: NaiveDate) -> Self {
        Self::day(date)
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::model::value::serde_str::deserialize(
            deserializer,
            "an ISO 8601 date string: YYYY-MM-DD, YYYY-MM or YYYY",
        )
    }
}

impl JsonSchema for PartialDate {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "PartialDate".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A calendar date in ISO 8601, with reduced precision where only the month or the year is known: \"2025-03-06\", \"2025-03\" or \"2024\".",
            "type": "string",
            // Each branch states its type, so that code generators see three strings rather
            // than untyped schemas; `format: date` adds the calendar check (no 2025-02-30).
            "anyOf": [
                {
                    "type": "string",
                    "format": "date",
                    "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"
                },
                { "type": "string", "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])$" },
                { "type": "string", "pattern": "^[0-9]{4}$" }
            ]
        })
    }
}
