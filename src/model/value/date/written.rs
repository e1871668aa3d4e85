//! How a date was written: its wording and the parts the text left to context.

use bon::Builder;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::codelist::codelist;

codelist! {
    /// A part of a date: its year, month or day.
    pub enum DatePart {
        /// The year.
        Year = "year", "年", "year";
        /// The month.
        Month = "month", "月", "month";
        /// The day.
        Day = "day", "日", "day";
    }
}

/// How a date was written, when it says less or other than the date it stands for: the
/// wording as published, and the parts not written but taken from context — the year of
/// `10月21日` in a notice on a round of 2025, the day of `10月中旬` estimated.
///
/// Used beside a date ([`InspectionRound::feedback_as_written`](crate::InspectionRound));
/// a [`Period`](crate::Period) carries the same facts in its own `wording` and `inferred`.
///
/// # Examples
///
/// ```
/// use inspection_report::date::{DateAsWritten, DatePart};
///
/// let written = DateAsWritten::builder()
///     .wording("10月21日")
///     .inferred(vec![DatePart::Year])
///     .build();
/// assert_eq!(written.inferred, [DatePart::Year]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, Builder)]
#[serde(deny_unknown_fields)]
#[builder(on(String, into))]
pub struct DateAsWritten {
    /// The date as published (`10月21日`).
    pub wording: String,
    /// The parts of the date not written but taken from context or estimated.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[builder(default)]
    pub inferred: Vec<DatePart>,
}
