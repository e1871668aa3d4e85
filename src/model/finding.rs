//! Findings: the problems an inspection found, with their rectification.

use bon::Builder;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::codelist::codelist;
use crate::id::FindingId;
use crate::{Complaint, Measure, Metric, Numbering, Period};

codelist! {
    /// The rectification status of a finding.
    ///
    /// Reports use more statuses than done and not done; a status not listed here is written
    /// as `other` with the finding's `status_label`.
    pub enum FindingStatus {
        /// Rectified (已完成, 已整改到位).
        Completed = "completed", "已完成", "completed";
        /// Basically rectified (基本完成).
        BasicallyCompleted = "basically_completed", "基本完成", "basically completed";
        /// Partly rectified (部分整改, 部分完成).
        PartiallyCompleted = "partially_completed", "部分完成", "partially completed";
        /// Rectification under way (正在整改, 持续整改).
        Ongoing = "ongoing", "持续整改", "ongoing";
        /// A long-term task (长期整改).
        LongTerm = "long_term", "长期整改", "long-term";
        /// Not rectified (未完成).
        NotCompleted = "not_completed", "未完成", "not completed";
        /// Postponed (延期).
        Postponed = "postponed", "延期", "postponed";
        /// An application to postpone rectification was made (申请延期整改).
        PostponementRequested = "postponement_requested", "申请延期", "postponement requested";
        /// Closed for this phase, handling to continue (阶段性办结), as complaint cases are.
        ClosedForPhase = "closed_for_phase", "阶段性办结", "closed for this phase";
        /// The report does not state the status.
        NotStated = "not_stated", "未说明", "not stated";
        /// A status not listed here; `status_label` gives it as published.
        Other = "other", "其他", "other";
    }
}

/// A problem the inspection found, as the report numbers and states it, with its rectification
/// status and measures.
///
/// # Examples
///
/// ```
/// use inspection_report::{Finding, FindingStatus, Measure};
///
/// let finding = Finding::builder()
///     .id("f-1-03")?
///     .number(3)
///     .problem("对上协调放权赋能不够有力。")
///     .status(FindingStatus::Completed)
///     .measures(vec![Measure::builder().id("f-1-03.m1")?.ordinal(1).text("……").build()])
///     .build();
/// assert_eq!(finding.number, Some(3));
/// # Ok::<(), inspection_report::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, Builder)]
#[serde(deny_unknown_fields)]
#[builder(on(String, into))]
pub struct Finding {
    /// A stable identifier.
    #[builder(with = |id: &str| -> Result<_, crate::id::Error> { id.parse() })]
    pub id: FindingId,
    /// The published number within its section (`3.` → 3), rendered with the section's
    /// `numbering`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<u32>,
    /// The problem as the inspection team stated it.
    pub problem: String,
    /// The time the problem refers to, when the problem states one (`2024年度`, `2024年`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
    /// The rectification status.
    pub status: FindingStatus,
    /// The status as published, when it differs from the status's label or the status is
    /// `other`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_label: Option<String>,
    /// The heading that introduces the measures, as published (`整改情况`), when it
    /// differs from `整改情况`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measures_heading: Option<String>,
    /// How the measures are numbered (`一是` …); absent when they are not numbered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measure_numbering: Option<Numbering>,
    /// What was done, in published order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[builder(default)]
    pub measures: Vec<Measure>,
    /// Figures stated with the problem itself (`178家高新区中位列151名`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[builder(default)]
    pub metrics: Vec<Metric>,
    /// The particulars of the complaint case the finding stands for, in reports on complaint
    /// cases (受理编号, region, pollution category, whether substantiated).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub complaint: Option<Complaint>,
    /// Other findings this one relates to, by id.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[builder(default)]
    pub related: Vec<FindingId>,
    /// Where it was read from in the original text, when it was imported from one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<crate::Source>,
}

impl Finding {
    /// Every metric of the finding: those of the problem, then those of each measure, with
    /// their nested parts.
    pub fn iter_metrics(&self) -> impl Iterator<Item = &Metric> {
        self.metrics
            .iter()
            .chain(self.measures.iter().flat_map(|m| m.metrics.iter()))
            .flat_map(Metric::iter_metrics)
    }
}
