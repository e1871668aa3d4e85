//! Summary figures: of a whole report or of one section.

use bon::Builder;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::{Decimal, Disposition, FindingStatus, Metric, Period};

/// How many of the problems or cases a summary counts have one status: `完成688个`,
/// `基本完成持续整改4个`, `阶段性办结17件`.
///
/// # Examples
///
/// ```
/// use inspection_report::{FindingStatus, StatusCount};
///
/// let closed = StatusCount::new(FindingStatus::ClosedForPhase, 17).with_label("阶段性办结");
/// assert_eq!(closed.count, 17);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, Builder)]
#[serde(deny_unknown_fields)]
#[builder(on(String, into))]
pub struct StatusCount {
    /// The status.
    pub status: FindingStatus,
    /// How many have it.
    pub count: u32,
    /// The status as published, when it differs from the status's label (`已整改`,
    /// `正在整改(含部分整改)`) or the status is `other`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
}

impl StatusCount {
    /// `count` problems or cases with `status`.
    pub fn new(status: FindingStatus, count: u32) -> Self {
        Self {
            status,
            count,
            label: None,
        }
    }

    /// The same count, with the status as published.
    #[must_use]
    pub fn with_label(mut self, label: impl Into<String>) -> Self {
        self.label = Some(label.into());
        self
    }
}

/// A range of batches a summary covers (`第十一批` is 11 to 11, `1-11批` 1 to 11), in reports
/// on cases handed over in batches.
///
/// # Examples
///
/// ```
/// use inspection_report::Batches;
///
/// let so_far = Batches::new(1, 11);
/// assert_eq!((so_far.first, so_far.last), (1, 11));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Batches {
    /// The first batch.
    pub first: u32,
    /// The last batch, the same as `first` for one batch.
    pub last: u32,
}

impl Batches {
    /// Batches `first` to `last`.
    pub fn new(first: u32, last: u32) -> Self {
        Self { first, last }
    }
}

/// The summary figures a report gives for itself, or a section for its part: `反馈问题25个,
/// 已完成19个, 正在推进6个, 整改完成率76%`; `697个问题, 完成688个, 基本完成持续整改4个,
/// 未完成5个, 总体完成率98.71%`; the dispositions and figures of the whole report
/// (`给予政务处分0人`, `追缴资金7.132万元`).
///
/// - Counts: `findings_total`, and either the counts of every status in `by_status`, which
///   add up to the total (R606), or the older `completed` and `ongoing`.
/// - `completion_rate` is checked against whichever counts are stated (R410).
/// - The counts are compared with the listed findings (R602–R604, R607) unless
///   `partial_listing` says the report lists only some of them (R608 then checks that it does
///   not list more).
/// - `as_of` is the time the counts refer to (`截至2022年10月中旬`).
///
/// # Examples
///
/// ```
/// use inspection_report::{Decimal, FindingStatus, Period, StatusCount, Summary};
///
/// let summary = Summary::builder()
///     .findings_total(697)
///     .by_status(vec![
///         StatusCount::new(FindingStatus::Completed, 688).with_label("完成"),
///         StatusCount::new(FindingStatus::BasicallyCompleted, 4).with_label("基本完成持续整改"),
///         StatusCount::new(FindingStatus::NotCompleted, 5),
///     ])
///     .completion_rate("98.71".parse::<Decimal>()?)
///     .as_of(Period::until("2022-10".parse()?).with_wording("截至2022年10月中旬"))
///     .partial_listing(true)
///     .build();
/// assert_eq!(summary.count_of(FindingStatus::Completed), Some(688));
/// # Ok::<(), inspection_report::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, Builder)]
#[serde(deny_unknown_fields)]
#[builder(on(String, into))]
pub struct Summary {
    /// What is counted, as published, when not the problems fed back (`信访举报件`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// The batches of cases counted, in reports on cases handed over in batches.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub batches: Option<Batches>,
    /// The time the counts refer to: an as-of date (`截至目前`, `截至2022年10月中旬`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<Period>,
    /// The number of problems or cases counted (反馈问题, 信访举报件).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub findings_total: Option<u32>,
    /// How many have each status, in published order; together they add up to
    /// `findings_total` (R606). A status may appear twice with different labels.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[builder(default)]
    pub by_status: Vec<StatusCount>,
    /// How many are rectified (已完成); for a summary that states only this and the total.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed: Option<u32>,
    /// How many are still being rectified, long-term tasks included (正在推进, 长期整改).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ongoing: Option<u32>,
    /// The completion rate in percent (整改完成率), as published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completion_rate: Option<Decimal>,
    /// Whether the report lists only some of the problems it counts (a report detailing 6 of
    /// 50); its counts are then not compared with the listed findings.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    #[builder(default)]
    pub partial_listing: bool,
    /// Other figures of the whole (`建立制度12项`, `涉及金额237054.47万元`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[builder(default)]
    pub metrics: Vec<Metric>,
    /// Dispositions stated for the whole (`给予政务处分0人`, `交由纪委调查1人`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[builder(default)]
    pub dispositions: Vec<Disposition>,
    /// The same counts cumulated over earlier batches or reports (`截至6月17日, 全区已对1-11批
    /// 395件信访件进行调查处理`), never compared with the listed findings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cumulative: Option<Box<Summary>>,
    /// The summary as published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

impl Summary {
    /// The count of `status` the summary states: the sum of its `by_status` entries (0 when
    /// `by_status` is given without it), or `completed` for [`FindingStatus::Completed`] when
    /// there is no `by_status`.
    pub fn count_of(&self, status: FindingStatus) -> Option<u64> {
        let mut entries = self
            .by_status
            .iter()
            .filter(|entry| entry.status == status)
            .peekable();
        if entries.peek().is_some() || !self.by_status.is_empty() {
            return Some(entries.map(|entry| u64::from(entry.count)).sum());
        }
        match status {
            FindingStatus::Completed => self.completed.map(u64::from),
            _ => None,
        }
    }

    /// The total the summary states, or the sum of `by_status` when it states no total.
    pub fn total(&self) -> Option<u64> {
        self.findings_total.map(u64::from).or_else(|| {
            (!self.by_status.is_empty()).then(|| {
                self.by_status
                    .iter()
                    .map(|entry| u64::from(entry.count))
                    .sum()
            })
        })
    }
}
