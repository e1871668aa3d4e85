//! Periods of time, and a date or a period.

use std::fmt;

use bon::Builder;
use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize};

use super::PartialDate;

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
/// estimates of a fuzzy phrase (`4月初` → 2025-04-01 … 2025-04-10); `inferred` names the
/// parts of the dates taken from context (the year of `10月10日`).
///
/// A single date written in words or with its year omitted is the period of that day, with
/// its wording: `Period::within("2025-10-10".parse()?).with_wording("10月10日")`.
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
/// # Ok::<(), inspection_report::Error>(())
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
    /// The parts of the dates not written but taken from context: `year` for `10月10日` in a
    /// notice whose year is known from elsewhere, or for the start of `10月10日至12月31日`.
    /// An end that omits the year its start states (`2022年9月16日至10月18日`) is the usual
    /// way of writing and needs no mark.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[builder(default)]
    pub inferred: Vec<super::DatePart>,
    /// Where it was read from in the original text, when it was imported from one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<crate::Source>,
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

    /// The single day, month or year `date`, as a period (`8月份`, `2024年度`, `6月10日`).
    ///
    /// # Examples
    ///
    /// ```
    /// use inspection_report::Period;
    ///
    /// let year = Period::within("2024".parse()?).with_wording("2024年度");
    /// assert_eq!(year.to_string(), "2024/2024");
    /// # Ok::<(), inspection_report::Error>(())
    /// ```
    pub fn within(date: PartialDate) -> Self {
        Self::between(date, date)
    }

    /// A figure's reference time stated only as "as of now" (`截至目前`, `目前`): no stated
    /// ends, the published phrase kept.
    ///
    /// # Examples
    ///
    /// ```
    /// use inspection_report::Period;
    ///
    /// let now = Period::as_of("截至目前");
    /// assert_eq!((now.start, now.end), (None, None));
    /// assert_eq!(now.wording.as_deref(), Some("截至目前"));
    /// ```
    pub fn as_of(wording: impl Into<String>) -> Self {
        Self::builder().wording(wording).build()
    }

    /// The same period, with its published phrase (`2025年3月以来`).
    ///
    /// # Examples
    ///
    /// ```
    /// use inspection_report::Period;
    ///
    /// let since = Period::since("2025-03".parse()?).with_wording("2025年3月以来");
    /// assert_eq!(since.to_string(), "2025-03/..");
    /// # Ok::<(), inspection_report::Error>(())
    /// ```
    #[must_use]
    pub fn with_wording(mut self, wording: impl Into<String>) -> Self {
        self.wording = Some(wording.into());
        self
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
/// use inspection_report::DateOrPeriod;
///
/// let exact: DateOrPeriod = serde_json::from_str(r#""2025-06-16""#)?;
/// assert!(matches!(exact, DateOrPeriod::Date(_)));
/// let fuzzy: DateOrPeriod = serde_json::from_str(r#"{"start": "2025-04", "end": "2025-04", "wording": "4月初"}"#)?;
/// assert!(matches!(fuzzy, DateOrPeriod::Period(_)));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum DateOrPeriod {
    /// A date, as precise as stated.
    Date(PartialDate),
    /// A period, or a fuzzy date written as the period it covers.
    Period(Period),
}

impl DateOrPeriod {
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

impl From<PartialDate> for DateOrPeriod {
    fn from(date: PartialDate) -> Self {
        Self::Date(date)
    }
}

impl From<Period> for DateOrPeriod {
    fn from(period: Period) -> Self {
        Self::Period(period)
    }
}

impl<'de> Deserialize<'de> for DateOrPeriod {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = DateOrPeriod;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a date string (\"2025-06-16\") or a period object")
            }

            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<DateOrPeriod, E> {
                s.parse().map(DateOrPeriod::Date).map_err(E::custom)
            }

            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                map: A,
            ) -> Result<DateOrPeriod, A::Error> {
                Period::deserialize(serde::de::value::MapAccessDeserializer::new(map))
                    .map(DateOrPeriod::Period)
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}
