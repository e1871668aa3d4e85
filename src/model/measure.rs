//! Measures: what was done to rectify a finding.

use bon::Builder;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::id::{DocumentId, MeasureId};
use crate::{Disposition, Document, Metric, Milestone, Period};

/// One rectification measure of a finding: `一是…`, `二是…`.
///
/// `text` keeps the published wording; the structured parts — figures, dispositions, documents
/// and dated events — carry the same facts as data.
///
/// # Examples
///
/// ```
/// use inspection_report::{Measure, Metric, Unit};
///
/// let measure = Measure::builder()
///     .id("f-1-01.m2")?
///     .ordinal(2)
///     .text("定期听取巡察整改进展情况……共召开6次党工委会议……")
///     .metrics(vec![Metric::count("党工委会议", 6u32, Unit::Time)])
///     .build();
/// assert_eq!(measure.ordinal, Some(2));
/// # Ok::<(), inspection_report::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, Builder)]
#[serde(deny_unknown_fields)]
#[builder(on(String, into))]
pub struct Measure {
    /// A stable identifier.
    #[builder(with = |id: &str| -> Result<_, crate::id::Error> { id.parse() })]
    pub id: MeasureId,
    /// The published ordinal (`一是` → 1), rendered with the finding's `measure_numbering`;
    /// absent for unnumbered measures.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordinal: Option<u32>,
    /// A short heading, when the measure has one (`全面梳理`, `严肃问责`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub heading: Option<String>,
    /// What was done, in the report's words.
    pub text: String,
    /// The time the measure as a whole reports on, when it states one that no figure carries
    /// (`今年以来`, `2025年1—8月份`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
    /// The figures the measure reports.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[builder(default)]
    pub metrics: Vec<Metric>,
    /// The dispositions the measure reports.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[builder(default)]
    pub dispositions: Vec<Disposition>,
    /// Documents first named by this measure.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[builder(default)]
    pub documents: Vec<Document>,
    /// Documents named again by this measure, by id.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[builder(default)]
    pub document_refs: Vec<DocumentId>,
    /// Dated events the measure reports.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[builder(default)]
    pub milestones: Vec<Milestone>,
    /// Where it was read from in the original text, when it was imported from one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<crate::Source>,
}
