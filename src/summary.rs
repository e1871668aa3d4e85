//! Report-level summary figures and the next-step plan.

use bon::Builder;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::{CommitmentId, Decimal, Metric, Numbering};

/// The summary figures a report gives for itself: `反馈问题25个, 已完成19个, 正在推进6个,
/// 整改完成率76%`.
///
/// Validation checks them against the findings when both are given.
///
/// # Examples
///
/// ```
/// use inspection_report::{Decimal, Summary};
///
/// let summary = Summary::builder()
///     .findings_total(25)
///     .completed(19)
///     .ongoing(6)
///     .completion_rate("76".parse::<Decimal>()?)
///     .build();
/// assert_eq!(summary.completed, Some(19));
/// # Ok::<(), inspection_report::DecimalError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, Builder)]
#[serde(deny_unknown_fields)]
#[builder(on(String, into))]
pub struct Summary {
    /// The number of problems fed back (反馈问题).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub findings_total: Option<u32>,
    /// How many are rectified (已完成).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed: Option<u32>,
    /// How many are still being rectified, long-term tasks included (正在推进, 长期整改).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ongoing: Option<u32>,
    /// The completion rate in percent (整改完成率), as published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completion_rate: Option<Decimal>,
    /// Other report-level figures (`建立制度12项`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[builder(default)]
    pub metrics: Vec<Metric>,
    /// The summary as published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

/// One commitment of the next-step plan: `一要持续增强整改意识。…`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, Builder)]
#[serde(deny_unknown_fields)]
#[builder(on(String, into))]
pub struct Commitment {
    /// A stable identifier.
    pub id: CommitmentId,
    /// The published ordinal (`二要` → 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordinal: Option<u32>,
    /// The heading (`持续增强整改意识`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub heading: Option<String>,
    /// The commitment, in the report's words.
    pub text: String,
}

/// The next-step plan (下一步工作安排): an introduction and numbered commitments.
///
/// # Examples
///
/// ```
/// use inspection_report::{Commitment, NextSteps, Numbering};
///
/// let plan = NextSteps::builder()
///     .number(3)
///     .numbering(Numbering::ChineseComma)
///     .title("下一步工作安排")
///     .commitment_numbering(Numbering::ChineseYao)
///     .commitments(vec![Commitment::builder()
///         .id("next-1".parse()?)
///         .ordinal(1)
///         .heading("持续增强整改意识")
///         .text("不断强化全体干部的责任感和紧迫感……")
///         .build()])
///     .build();
/// assert_eq!(plan.commitments.len(), 1);
/// # Ok::<(), inspection_report::IdError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, Builder)]
#[serde(deny_unknown_fields)]
#[builder(on(String, into))]
pub struct NextSteps {
    /// The published section number (`三、` → 3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<u32>,
    /// How the section number is written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub numbering: Option<Numbering>,
    /// The section title (`下一步工作安排`).
    pub title: String,
    /// The introduction before the commitments.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub introduction: Option<String>,
    /// How the commitments are numbered (`一要` …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commitment_numbering: Option<Numbering>,
    /// The commitments, in published order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[builder(default)]
    pub commitments: Vec<Commitment>,
}
