//! Report-level summary figures that agree with the findings.

use inspection_report::{Decimal, Finding, FindingStatus, Metric, StatusCount, Summary};
use proptest::collection::vec;
use proptest::option;
use proptest::prelude::*;

use super::assemble::assign_metric_ids;
use super::date::Window;
use super::metric::metric_in;
use super::support::positional;
use super::text::sentence;

/// Which summary figures a report states.
#[derive(Debug, Clone)]
pub(super) struct SummaryPlan {
    pub(super) total: bool,
    pub(super) split: bool,
    /// Whether the counts of every status are stated (`by_status`).
    pub(super) by_status: bool,
    /// The decimal places of the completion rate, when stated.
    pub(super) rate: Option<u32>,
    pub(super) metrics: Vec<Metric>,
    pub(super) text: Option<String>,
}

pub(super) fn summary_plan(window: Window) -> impl Strategy<Value = SummaryPlan> {
    (
        prop::bool::weighted(0.9),
        (prop::bool::weighted(0.8), prop::bool::weighted(0.3)),
        option::weighted(0.7, 0..=2u32),
        vec(metric_in(window), 0..=2),
        option::weighted(0.5, sentence()),
    )
        .prop_map(
            |(total, (split, by_status), rate, metrics, text)| SummaryPlan {
                total,
                split,
                by_status,
                rate,
                metrics,
                text,
            },
        )
}

/// The completion rate in percent, rounded to `places` decimal places as reports write it
/// (19 of 25 → `76`, 2 of 3 → `66.67`); a rate exactly halfway is written one place longer
/// (`12.5`), so that it never sits on the edge of the rounding.
pub(super) fn completion_rate(completed: u32, total: u32, places: u32) -> Option<Decimal> {
    if total == 0 {
        return None;
    }
    let exact = rust_decimal::Decimal::from(completed) * rust_decimal::Decimal::ONE_HUNDRED
        / rust_decimal::Decimal::from(total);
    let rounded = exact.round_dp(places);
    let half = rust_decimal::Decimal::new(5, places + 1);
    let rate = if (rounded - exact).abs() == half {
        exact.round_dp(places + 1)
    } else {
        rounded
    };
    Decimal::new(rate).ok()
}

/// The summary figures the plan states, computed from `findings`: `ongoing` counts every
/// finding not completed.
pub(super) fn summary_of<'a>(
    plan: SummaryPlan,
    findings: impl Iterator<Item = &'a Finding>,
) -> Summary {
    let (mut total, mut completed) = (0u32, 0u32);
    // The counts of each status, in the order the statuses first appear.
    let mut by_status: Vec<StatusCount> = Vec::new();
    for finding in findings {
        total += 1;
        if finding.status == FindingStatus::Completed {
            completed += 1;
        }
        match by_status.iter_mut().find(|c| c.status == finding.status) {
            Some(entry) => entry.count += 1,
            None => {
                let entry = StatusCount::new(finding.status, 1);
                // An `other` status says what it is (R304).
                by_status.push(if finding.status == FindingStatus::Other {
                    entry.with_label("其他情况")
                } else {
                    entry
                });
            }
        }
    }
    let mut metrics = plan.metrics;
    for (i, metric) in metrics.iter_mut().enumerate() {
        assign_metric_ids(metric, &format!("summary.x{}", i + 1));
    }
    Summary {
        subject: None,
        batches: None,
        as_of: None,
        findings_total: plan.total.then_some(total),
        by_status: if plan.by_status {
            by_status
        } else {
            Vec::new()
        },
        completed: plan.split.then_some(completed),
        ongoing: plan.split.then_some(total - completed),
        completion_rate: plan
            .rate
            .and_then(|places| completion_rate(completed, total, places)),
        partial_listing: false,
        metrics,
        dispositions: Vec::new(),
        cumulative: None,
        text: plan.text,
    }
}

/// Report-level summary figures that agree with each other: `completed + ongoing` is
/// `findings_total` and the completion rate is `completed / findings_total` in percent.
///
/// # Examples
///
/// ```
/// use inspection_report_testkit::strategy;
/// use proptest::prelude::*;
///
/// proptest!(|(summary in strategy::summary())| {
///     if let (Some(total), Some(done), Some(ongoing)) =
///         (summary.findings_total, summary.completed, summary.ongoing)
///     {
///         prop_assert_eq!(done + ongoing, total);
///     }
/// });
/// ```
pub fn summary() -> impl Strategy<Value = Summary> {
    (
        summary_plan(Window::default_window()),
        0..=40u32,
        0..=1000u16,
    )
        .prop_map(|(plan, total, share)| {
            let completed = total * u32::from(share) / 1000;
            let findings = (0..total).map(|i| Finding {
                source: None,
                id: positional("f"),
                number: None,
                problem: "问题".to_owned(),
                period: None,
                status: if i < completed {
                    FindingStatus::Completed
                } else {
                    FindingStatus::LongTerm
                },
                status_label: None,
                measures_heading: None,
                measure_numbering: None,
                measures: Vec::new(),
                metrics: Vec::new(),
                complaint: None,
                related: Vec::new(),
            });
            let findings: Vec<Finding> = findings.collect();
            summary_of(plan, findings.iter())
        })
}
