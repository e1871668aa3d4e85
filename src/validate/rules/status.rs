//! R6xx: statuses that fit their section, summary figures that agree with the findings.

use crate::codelist::Codelist;
use crate::validate::catalog::{R601, R602, R603, R604, R605};
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

/// R602–R605, with the current place at the summary. `counted` is the number of findings and
/// of completed findings, when the report has findings.
pub(crate) fn summary(ctx: &mut Ctx, summary: &Summary, counted: Option<(u64, u64)>) {
    let stated_counted = |stated: u32, counted: u64| {
        [
            ("stated", stated.to_string()),
            ("counted", counted.to_string()),
        ]
    };
    if let Some((findings, completed)) = counted {
        if let Some(stated) = summary.findings_total
            && u64::from(stated) != findings
        {
            ctx.report(&R602, "findings_total", &stated_counted(stated, findings));
        }
        if let Some(stated) = summary.completed
            && u64::from(stated) != completed
        {
            ctx.report(&R603, "completed", &stated_counted(stated, completed));
        }
        let ongoing = findings.saturating_sub(completed);
        if let Some(stated) = summary.ongoing
            && u64::from(stated) != ongoing
        {
            ctx.report(&R604, "ongoing", &stated_counted(stated, ongoing));
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
}
