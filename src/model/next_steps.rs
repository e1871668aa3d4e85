//! The next-step plan (下一步工作安排) and its commitments.

use bon::Builder;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::Numbering;
use crate::id::CommitmentId;

/// One commitment of the next-step plan: `一要持续增强整改意识。…`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, Builder)]
#[serde(deny_unknown_fields)]
#[builder(on(String, into))]
pub struct Commitment {
    /// A stable identifier.
    #[builder(with = |id: &str| -> Result<_, crate::id::Error> { id.parse() })]
    pub id: CommitmentId,
    /// The published ordinal (`二要` → 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordinal: Option<u32>,
    /// The heading (`持续增强整改意识`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub heading: Option<String>,
    /// The commitment, in the report's words.
    pub text: String,
    /// Where it was read from in the original text, when it was imported from one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<crate::Source>,
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
///         .id("next-1")?
///         .ordinal(1)
///         .heading("持续增强整改意识")
///         .text("不断强化全体干部的责任感和紧迫感……")
///         .build()])
///     .build();
/// assert_eq!(plan.commitments.len(), 1);
/// # Ok::<(), inspection_report::Error>(())
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
