//! R4xx: figures — units that fit, whole counts, ranks in range, parts that add up, progress
//! that balances, a completion rate that agrees.

use rust_decimal::Decimal as Exact;

use super::exact::Fixed;
use crate::codelist::Codelist;
use crate::unit::Dimension;
use crate::validate::catalog::{R401, R402, R403, R404, R405, R406, R407, R408, R409, R410, R411};
use crate::validate::context::Ctx;
use crate::{FindingStatus, Metric, MetricKind, Summary, Unit};

/// The code and Chinese label of a codelist value, as issue parameters.
fn coded<C: Codelist>(value: C) -> (String, String) {
    (value.code().to_owned(), value.label_zh().to_owned())
}

/// Checks one figure, not its nested parts (the walk visits those).
pub(crate) fn metric(ctx: &mut Ctx, metric: &Metric) {
    let value = metric.value;

    let dimension = metric.unit.dimension();
    let unit_fits =
        dimension == Dimension::Unknown || metric.kind.allowed_dimensions().contains(&dimension);
    if !unit_fits {
        let (kind, kind_zh) = coded(metric.kind);
        let (unit, unit_zh) = coded(metric.unit);
        ctx.report(
            &R401,
            "unit",
            &[
                ("kind", kind),
                ("kind_zh", kind_zh),
                ("unit", unit),
                ("unit_zh", unit_zh),
            ],
        );
    }

    let is_count = matches!(metric.kind, MetricKind::Count | MetricKind::Ordinal)
        || (metric.unit.is_counted() && unit_fits && metric.kind != MetricKind::Average);
    if is_count && (!value.is_integer() || value.is_negative()) {
        ctx.report(&R402, "value", &[("value", value.to_string())]);
    }

    match (&metric.rank, metric.kind) {
        (rank, MetricKind::Rank) => {
            let out_of = rank.as_ref().and_then(|r| r.out_of);
            let params = || {
                let out_of_text = out_of.map_or_else(|| "…".to_owned(), |o| o.to_string());
                [("value", value.to_string()), ("out_of", out_of_text)]
            };
            if let Some(out_of) = out_of
                && (!out_of.is_integer() || out_of.value() < Exact::ONE)
            {
                ctx.report(&R403, "rank/out_of", &params());
            } else if !value.is_integer()
                || value.value() < Exact::ONE
                || out_of.is_some_and(|o| value.value() > o.value())
            {
                ctx.report(&R403, "value", &params());
            }
        }
        (Some(_), _) => {
            let (kind, kind_zh) = coded(metric.kind);
            ctx.report(&R404, "rank", &[("kind", kind), ("kind_zh", kind_zh)]);
        }
        (None, _) => {}
    }

    parts(ctx, metric);
    of_which(ctx, metric);
    progress(ctx, metric);
}

/// R405 and R406 for `parts`.
fn parts(ctx: &mut Ctx, metric: &Metric) {
    if metric.parts.is_empty() {
        return;
    }
    let dimension_ok = dimensions(ctx, metric, "parts", &metric.parts);
    let exact = metric.is_exact() && metric.parts.iter().all(Metric::is_exact);
    if !dimension_ok || !exact {
        return;
    }
    let sum = Fixed::sum(
        metric
            .parts
            .iter()
            .map(|part| Fixed::of(part.value, part.unit)),
    );
    let (Some(sum), Some(total)) = (sum, Fixed::of(metric.value, metric.unit)) else {
        not_checked(ctx, "parts", "分项");
        return;
    };
    if sum != total {
        ctx.report(
            &R405,
            "value",
            &[
                ("sum", sum.show(metric.unit)),
                ("value", metric.value.to_string()),
            ],
        );
    }
}

/// R411: the sum of `field` (named `field_zh` in Chinese) could not be computed exactly, so
/// it was not checked.
fn not_checked(ctx: &mut Ctx, field: &str, field_zh: &str) {
    ctx.report(
        &R411,
        field,
        &[
            ("field", field.to_owned()),
            ("field_zh", field_zh.to_owned()),
        ],
    );
}

/// Whether two units measure the same thing; a unit `other` is taken to agree with any.
fn same_dimension(a: Unit, b: Unit) -> bool {
    let (a, b) = (a.dimension(), b.dimension());
    a == b || a == Dimension::Unknown || b == Dimension::Unknown
}

/// R406: every part has the total's dimension; returns whether all do.
fn dimensions(ctx: &mut Ctx, metric: &Metric, field: &str, parts: &[Metric]) -> bool {
    let mut all = true;
    ctx.at(field, |ctx| {
        for (i, part) in parts.iter().enumerate() {
            if !same_dimension(part.unit, metric.unit) {
                all = false;
                let (unit, unit_zh) = coded(part.unit);
                let (total_unit, total_unit_zh) = coded(metric.unit);
                ctx.report(
                    &R406,
                    &format!("{i}/unit"),
                    &[
                        ("unit", unit),
                        ("unit_zh", unit_zh),
                        ("total_unit", total_unit),
                        ("total_unit_zh", total_unit_zh),
                    ],
                );
            }
        }
    });
    all
}

/// R406 and R407 for `of_which`.
fn of_which(ctx: &mut Ctx, metric: &Metric) {
    if metric.of_which.is_empty() {
        return;
    }
    dimensions(ctx, metric, "of_which", &metric.of_which);
    if !metric.is_exact() {
        return;
    }
    let Some(total) = Fixed::of(metric.value, metric.unit) else {
        not_checked(ctx, "of_which", "其中");
        return;
    };
    ctx.at("of_which", |ctx| {
        for (i, part) in metric.of_which.iter().enumerate() {
            if !same_dimension(part.unit, metric.unit) || !part.is_exact() {
                continue;
            }
            if Fixed::of(part.value, part.unit).is_some_and(|p| p > total) {
                ctx.report(
                    &R407,
                    &format!("{i}/value"),
                    &[
                        ("part", part.value.to_string()),
                        ("value", metric.value.to_string()),
                    ],
                );
            }
        }
    });
}

/// R408 and R409 for `progress`.
fn progress(ctx: &mut Ctx, metric: &Metric) {
    let Some(progress) = &metric.progress else {
        return;
    };
    let exact = metric.is_exact();
    let resolved = progress.resolved;
    let out_of_range = |ctx: &mut Ctx, field: &str, amount: String| {
        let mut params = vec![
            ("field", field.to_owned()),
            ("amount", amount),
            ("resolved", resolved.to_string()),
            ("value", metric.value.to_string()),
        ];
        if let Some(remaining) = progress.remaining {
            params.push(("remaining", remaining.to_string()));
        }
        ctx.report(&R408, &format!("progress/{field}"), &params);
    };
    if resolved.is_negative() || (exact && resolved.value() > metric.value.value()) {
        out_of_range(ctx, "resolved", resolved.to_string());
    }
    let Some(remaining) = progress.remaining else {
        return;
    };
    if remaining.is_negative() {
        out_of_range(ctx, "remaining", remaining.to_string());
        return;
    }
    if !exact {
        return;
    }
    let of = |value| Fixed::of(value, metric.unit);
    let (Some(sum), Some(total)) = (Fixed::sum([of(resolved), of(remaining)]), of(metric.value))
    else {
        not_checked(ctx, "progress", "整改进度");
        return;
    };
    if sum != total {
        ctx.report(
            &R409,
            "progress/remaining",
            &[
                ("resolved", resolved.to_string()),
                ("remaining", remaining.to_string()),
                ("sum", sum.show(metric.unit)),
                ("value", metric.value.to_string()),
            ],
        );
    }
}

/// R410: the completion rate agrees with completed ÷ total, to the precision written.
/// Called with the current place at the summary.
pub(crate) fn completion_rate(ctx: &mut Ctx, summary: &Summary) {
    let (Some(rate), Some(total)) = (summary.completion_rate, summary.total()) else {
        return;
    };
    if total == 0 {
        return;
    }
    let completed = match (summary.count_of(FindingStatus::Completed), summary.ongoing) {
        (Some(completed), _) => completed,
        (None, Some(ongoing)) if u64::from(ongoing) <= total => total - u64::from(ongoing),
        _ => return,
    };
    let hundred = Exact::ONE_HUNDRED;
    let Some(exact) = Exact::from(completed)
        .checked_mul(hundred)
        .and_then(|c| c.checked_div(Exact::from(total)))
    else {
        return;
    };
    // Half a unit of the last digit written: `76` ± 0.5, `76.0` ± 0.05.
    let tolerance = Exact::new(5, rate.scale().saturating_add(1).min(28));
    if (exact - rate.value()).abs() > tolerance {
        ctx.report(
            &R410,
            "completion_rate",
            &[
                ("completed", completed.to_string()),
                ("total", total.to_string()),
                ("exact", exact.round_dp(2).normalize().to_string()),
                ("rate", rate.to_string()),
            ],
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rate_issue(completed: u32, total: u32, rate: &str) -> bool {
        let summary = Summary::builder()
            .findings_total(total)
            .completed(completed)
            .completion_rate(rate.parse().unwrap_or_default())
            .build();
        let mut ctx = Ctx::detecting(false, crate::validate::Limits::default());
        completion_rate(&mut ctx, &summary);
        !ctx.finish().is_clean()
    }

    #[test]
    fn rate_agrees_within_the_precision_written() {
        assert!(!rate_issue(19, 25, "76"));
        assert!(rate_issue(19, 25, "80"));
        assert!(!rate_issue(2, 3, "67"));
        assert!(!rate_issue(2, 3, "66.7"));
        assert!(rate_issue(2, 3, "66.6"));
        assert!(!rate_issue(1, 8, "12.5"));
        assert!(!rate_issue(1, 8, "13"));
        assert!(rate_issue(1, 8, "12.4"));
    }

    #[test]
    fn rate_follows_the_counts_by_status() {
        use crate::StatusCount;
        let summary = Summary::builder()
            .findings_total(697)
            .by_status(vec![
                StatusCount::new(FindingStatus::Completed, 688),
                StatusCount::new(FindingStatus::BasicallyCompleted, 4),
                StatusCount::new(FindingStatus::NotCompleted, 5),
            ])
            .completion_rate("98.71".parse().unwrap_or_default())
            .build();
        let mut ctx = Ctx::detecting(false, crate::validate::Limits::default());
        completion_rate(&mut ctx, &summary);
        assert!(ctx.finish().is_clean());
        let wrong = Summary {
            completion_rate: "98.5".parse().ok(),
            ..summary
        };
        let mut ctx = Ctx::detecting(false, crate::validate::Limits::default());
        completion_rate(&mut ctx, &wrong);
        assert!(!ctx.finish().is_clean());
    }
}
