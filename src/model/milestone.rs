//! Milestones: dated events a measure reports.

use bon::Builder;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::DateOrPeriod;
use crate::id::MilestoneId;

/// A dated event a measure reports: a meeting held, an agreement signed, a project started.
///
/// # Examples
///
/// ```
/// use inspection_report::Milestone;
///
/// let signed = Milestone::builder()
///     .date("2025-06-24".parse::<inspection_report::PartialDate>()?.into())
///     .text("与农担公司正式签订合作协议")
///     .build();
/// assert_eq!(signed.text, "与农担公司正式签订合作协议");
/// # Ok::<(), inspection_report::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, Builder)]
#[serde(deny_unknown_fields)]
#[builder(on(String, into))]
pub struct Milestone {
    /// A stable identifier, when other data refers to this event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(with = |id: &str| -> Result<_, crate::id::Error> { id.parse() })]
    pub id: Option<MilestoneId>,
    /// When it happened.
    pub date: DateOrPeriod,
    /// What happened, in the report's words.
    pub text: String,
    /// Where it was read from in the original text, when it was imported from one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<crate::Source>,
}
