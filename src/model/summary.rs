//! Report-level summary figures.

use bon::Builder;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::{Decimal, Metric};

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
/// # Ok::<(), inspection_report::Error>(())
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
