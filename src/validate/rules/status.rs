//! R6xx: statuses that fit their section, summary figures that add up and agree with the
//! findings, inspected organizations no fewer than listed.

use std::collections::BTreeMap;

use crate::codelist::Codelist;
use crate::validate::catalog::{R601, R602, R603, R604, R605, R606, R607, R608, R609};
use crate::validate::context::Ctx;
use crate::{Finding, FindingStatus, SectionKind, Summary};

/// R601: a finding in a section whose kind implies a status has that status.
pub(crate) fn finding(
    ctx: &mut Ctx,
    finding: &Finding,
    implied: Option<(SectionKind, FindingStatus)>,
) {
    if let Some((section, expected)) = implied
        && finding.status != expected
    {
        ctx.report(
            &R601,
            "status",
            &[
                ("section", section.code().to_owned()),
                ("section_zh", section.label_zh().to_owned()),
                ("status", finding.status.code().to_owned()),
                ("status_zh", finding.status.label_zh().to_owned()),
                ("expected", expected.code().to_owned()),
                ("expected_zh", expected.label_zh().to_owned()),
            ],
        );
    }
}

/// The findings a summary speaks of, counted: how many, and how many of each status.
#[derive(Default)]
pub(crate) struct Counted {
    total: u64,
    by_status: BTreeMap<FindingStatus, u64>,
}

impl Counted {
    /// The findings of `findings`, or `None` when there are none.
    pub(crate) fn of<'f>(findings: impl Iterator<Item = &'f Finding>) -> Option<Self> {
        let mut counted = Self::default();
        for finding in findings {
            counted.total += 1;
            *counted.by_status.entry(finding.status).or_insert(0) += 1;
        }
        (counted.total > 0).then_some(counted)
    }

    fn of_status(&self, status: FindingStatus) -> u64 {
        self.by_status.get(&status).copied().unwrap_or(0)
    }
}

/// R602–R608, with the current place at the summary. `counted` is what the report (or
/// section) lists, when it lists findings; `None` for a cumulative summary.
pub(crate) fn summary(ctx: &mut Ctx, summary: &Summary, counted: Option<&Counted>) {
    let stated_counted = |stated: u64, counted: u64| {
        [
            ("stated", stated.to_string()),
            ("counted", counted.to_string()),
        ]
    };
    if let Some(counted) = counted {
        if summary.partial_listing {
            if let Some(total) = summary.total()
                && total < counted.total
            {
                let field = if summary.findings_total.is_some() {
                    "findings_total"
                } else {
                    "by_status"
                };
                ctx.report(
                    &R608,
                    field,
                    &[
                        ("total", total.to_string()),
                        ("counted", counted.total.to_string()),
                    ],
                );
            }
        } else {
            listed(ctx, summary, counted, stated_counted);
        }
    }
    if let (Some(total), Some(completed), Some(ongoing)) =
        (summary.findings_total, summary.completed, summary.ongoing)
    {
        let sum = u64::from(completed) + u64::from(ongoing);
        if sum != u64::from(total) {
            ctx.report(
                &R605,
                "findings_total",
                &[
                    ("completed", completed.to_string()),
                    ("ongoing", ongoing.to_string()),
                    ("sum", sum.to_string()),
                    ("total", total.to_string()),
                ],
            );
        }
    }
    if let Some(total) = summary.findings_total
        && !summary.by_status.is_empty()
    {
        let sum: u64 = summary.by_status.iter().map(|e| u64::from(e.count)).sum();
        if sum != u64::from(total) {
            ctx.report(
                &R606,
                "findings_total",
                &[("sum", sum.to_string()), ("total", total.to_string())],
            );
        }
    }
}

/// R602–R604 and R607: a summary that lists all its findings agrees with them.
fn listed(
    ctx: &mut Ctx,
    summary: &Summary,
    counted: &Counted,
    stated_counted: impl Fn(u64, u64) -> [(&'static str, String); 2],
) {
    if let Some(stated) = summary.findings_total
        && u64::from(stated) != counted.total
    {
        ctx.report(
            &R602,
            "findings_total",
            &stated_counted(stated.into(), counted.total),
        );
    }
    let completed = counted.of_status(FindingStatus::Completed);
    if let Some(stated) = summary.completed
        && u64::from(stated) != completed
    {
        ctx.report(
            &R603,
            "completed",
            &stated_counted(stated.into(), completed),
        );
    }
    let ongoing = counted.total.saturating_sub(completed);
    if let Some(stated) = summary.ongoing
        && u64::from(stated) != ongoing
    {
        ctx.report(&R604, "ongoing", &stated_counted(stated.into(), ongoing));
    }
    let mut seen: Vec<FindingStatus> = Vec::new();
    for (i, entry) in summary.by_status.iter().enumerate() {
        if seen.contains(&entry.status) {
            continue;
        }
        seen.push(entry.status);
        let stated = summary.count_of(entry.status).unwrap_or(0);
        let listed = counted.of_status(entry.status);
        if stated != listed {
            let [stated, counted] = stated_counted(stated, listed);
            ctx.report(
                &R607,
                &format!("by_status/{i}/count"),
                &[
                    stated,
                    counted,
                    ("status", entry.status.code().to_owned()),
                    ("status_zh", entry.status.label_zh().to_owned()),
                ],
            );
        }
    }
}

/// R609: an `inspected_count` at the current place is at least the `listed` organizations.
pub(crate) fn inspected_count(ctx: &mut Ctx, count: Option<u32>, listed: usize) {
    if let Some(count) = count
        && usize::try_from(count).is_ok_and(|count| count < listed)
    {
        ctx.report(
            &R609,
            "inspected_count",
            &[("count", count.to_string()), ("listed", listed.to_string())],
        );
    }
}
