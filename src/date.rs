//! Dates as precisely as a report states them, and periods of time.

use std::fmt;
use std::str::FromStr;

use bon::Builder;
use chrono::{Datelike, NaiveDate};
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// How precisely a [`PartialDate`] is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DatePrecision {
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
/// use inspection_report::{DatePrecision, PartialDate};
///
/// let march: PartialDate = "2025-03".parse()?;
/// assert_eq!(march.precision(), DatePrecision::Month);
/// assert_eq!(march.first_day().to_string(), "2025-03-01");
/// assert_eq!(march.last_day().to_string(), "2025-03-31");
/// assert_eq!(march.to_string(), "2025-03");
/// assert!("2025-02-30".parse::<PartialDate>().is_err());
/// # Ok::<(), inspection_report::DateError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    first: NaiveDate,
    precision: DatePrecision,
}

/// The error returned when a string is not a [`PartialDate`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "invalid date `{input}`: expected an ISO 8601 date `YYYY-MM-DD`, `YYYY-MM` or `YYYY` that exists in the calendar"
)]
#[non_exhaustive]
pub struct DateError {
    /// The rejected string.
    pub input: String,
}

impl PartialDate {
    /// A date known to the day.
    pub fn day(date: NaiveDate) -> Self {
        Self {
            first: date,
            precision: DatePrecision::Day,
        }
    }

    /// A date known to the month.
    ///
    /// # Errors
    ///
    /// Returns [`DateError`] when `month` is not 1 to 12 or `year` is outside 0 to 9999.
    pub fn month(year: i32, month: u32) -> Result<Self, DateError> {
        Self::build(year, Some(month), None)
    }

    /// A date known to the year.
    ///
    /// # Errors
    ///
    /// Returns [`DateError`] when `year` is outside 0 to 9999.
    pub fn year(year: i32) -> Result<Self, DateError> {
        Self::build(year, None, None)
    }

    /// A date known to the day, from its parts.
    ///
    /// # Errors
    ///
    /// Returns [`DateError`] when the date does not exist in the calendar (`2025-02-30`) or
    /// `year` is outside 0 to 9999.
    pub fn ymd(year: i32, month: u32, day: u32) -> Result<Self, DateError> {
        Self::build(year, Some(month), Some(day))
    }

    fn build(year: i32, month: Option<u32>, day: Option<u32>) -> Result<Self, DateError> {
        let error = || DateError {
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
            (Some(_), Some(_)) => DatePrecision::Day,
            (Some(_), None) => DatePrecision::Month,
            _ => DatePrecision::Year,
        };
        let first = NaiveDate::from_ymd_opt(year, month.unwrap_or(1), day.unwrap_or(1))
            .ok_or_else(error)?;
        Ok(Self { first, precision })
    }

    /// How precisely the date is known.
    pub fn precision(self) -> DatePrecision {
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
            DatePrecision::Day => return self.first,
            DatePrecision::Month => self.first.checked_add_months(chrono::Months::new(1)),
            DatePrecision::Year => self.first.checked_add_months(chrono::Months::new(12)),
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
    type Err = DateError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let error = || DateError {
            input: s.to_owned(),
        };
        let number = |part: &str, len: usize| -> Result<u32, DateError> {
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
            DatePrecision::Day => write!(f, "{:04}-{:02}-{:02}", d.year(), d.month(), d.day()),
            DatePrecision::Month => write!(f, "{:04}-{:02}", d.year(), d.month()),
            DatePrecision::Year => write!(f, "{:04}", d.year()),
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
        crate::serde_str::deserialize(
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

/// A span of time, either end of which may be open or known only in part.
///
/// Periods say when something took place and what a figure refers to:
///
/// | as published | `start` | `end` |
/// |---|---|---|
/// | 2025年3月6日至4月28日 | `2025-03-06` | `2025-04-28` |
/// | 1—7月 (in 2025) | `2025-01` | `2025-07` |
/// | 2025年3月以来 (since March 2025) | `2025-03` | — |
/// | 7月10日前 (before 10 July) | — | `2025-07-10` |
/// | 截至目前 (as of the report) | — | — |
///
/// A missing `end` means "up to the time of the report". `wording` keeps the published phrase
/// when it says more than the dates (`4月初`, `今年以来`); `approximate` marks ends that are
/// estimates of a fuzzy phrase (`4月初` → 2025-04-01 … 2025-04-10).
///
/// # Examples
///
/// ```
/// use inspection_report::Period;
///
/// let on_site = Period::builder()
///     .start("2025-03-06".parse()?)
///     .end("2025-04-28".parse()?)
///     .build();
/// assert_eq!(on_site.to_string(), "2025-03-06/2025-04-28");
///
/// let since = Period::builder().start("2025-03".parse()?).wording("2025年3月以来").build();
/// assert_eq!(since.to_string(), "2025-03/..");
/// # Ok::<(), inspection_report::DateError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, Builder)]
#[serde(deny_unknown_fields)]
#[builder(on(String, into))]
pub struct Period {
    /// The first date of the period; absent when the period is open at the start ("before …").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<PartialDate>,
    /// The last date of the period; absent when it runs up to the time of the report.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<PartialDate>,
    /// The period as published, when it says more than the dates (`今年以来`, `4月初`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wording: Option<String>,
    /// Whether the dates are estimates of a fuzzy phrase rather than stated dates.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    #[builder(default)]
    pub approximate: bool,
}

impl Period {
    /// A period from `start` to `end`, both known.
    pub fn between(start: PartialDate, end: PartialDate) -> Self {
        Self::builder().start(start).end(end).build()
    }

    /// A period that begins at `start` and runs up to the time of the report ("since …").
    pub fn since(start: PartialDate) -> Self {
        Self::builder().start(start).build()
    }

    /// A period that ends at `end`, its start unstated ("as of …", "before …").
    pub fn until(end: PartialDate) -> Self {
        Self::builder().end(end).build()
    }
}

impl fmt::Display for Period {
    /// Writes the period as an ISO 8601 interval, `..` for an open end.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.start {
            Some(start) => write!(f, "{start}/")?,
            None => f.write_str("../")?,
        }
        match self.end {
            Some(end) => write!(f, "{end}"),
            None => f.write_str(".."),
        }
    }
}

/// When something happened: a date, or a period when the date is fuzzy or spans time.
///
/// In JSON, a date is a string (`"2025-06-16"`) and a period an object
/// (`{"start": "2025-04-21", "end": "2025-04-30", "wording": "4月底", "approximate": true}`).
///
/// # Examples
///
/// ```
/// use inspection_report::When;
///
/// let exact: When = serde_json::from_str(r#""2025-06-16""#)?;
/// assert!(matches!(exact, When::Date(_)));
/// let fuzzy: When = serde_json::from_str(r#"{"start": "2025-04", "end": "2025-04", "wording": "4月初"}"#)?;
/// assert!(matches!(fuzzy, When::Period(_)));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum When {
    /// A date, as precise as stated.
    Date(PartialDate),
    /// A period, or a fuzzy date written as the period it covers.
    Period(Period),
}

impl When {
    /// The earliest date this covers, if known.
    pub fn start(&self) -> Option<PartialDate> {
        match self {
            Self::Date(date) => Some(*date),
            Self::Period(period) => period.start,
        }
    }

    /// The latest date this covers, if known.
    pub fn end(&self) -> Option<PartialDate> {
        match self {
            Self::Date(date) => Some(*date),
            Self::Period(period) => period.end,
        }
    }
}

impl From<PartialDate> for When {
    fn from(date: PartialDate) -> Self {
        Self::Date(date)
    }
}

impl From<Period> for When {
    fn from(period: Period) -> Self {
        Self::Period(period)
    }
}

impl<'de> Deserialize<'de> for When {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = When;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a date string (\"2025-06-16\") or a period object")
            }

            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<When, E> {
                s.parse().map(When::Date).map_err(E::custom)
            }

            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<When, A::Error> {
                Period::deserialize(serde::de::value::MapAccessDeserializer::new(map))
                    .map(When::Period)
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}
