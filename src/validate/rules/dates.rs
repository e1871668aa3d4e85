//! R1xx: dates in order, periods the right way round, stated durations that fit.

use chrono::{Months, NaiveDate};
use rust_decimal::prelude::ToPrimitive;

use crate::codelist::Codelist;
use crate::unit::Dimension;
use crate::validate::Rule;
use crate::validate::catalog::{R101, R102, R103, R104, R105, R106, R107, R108};
use crate::validate::context::Ctx;
use crate::{DateOrPeriod, InspectionRound, PartialDate, Period, Quantity, Unit};

/// Checks that a period at the current place does not run backwards (R101).
pub(crate) fn period(ctx: &mut Ctx, period: &Period) {
    if let (Some(start), Some(end)) = (period.start, period.end)
        && start.is_certainly_after(end)
    {
        ctx.report(
            &R101,
            "end",
            &[("start", start.to_string()), ("end", end.to_string())],
        );
    }
}

/// Checks a `DateOrPeriod` at `field`: a period's order (R101), and a date after publication (R103).
pub(crate) fn when(ctx: &mut Ctx, field: &str, when: &DateOrPeriod) {
    if let DateOrPeriod::Period(p) = when {
        ctx.at(field, |ctx| period(ctx, p));
    }
    if let (Some(published), Some(start)) = (ctx.published, when.start())
        && start.is_certainly_after(published)
    {
        ctx.report(
            &R103,
            field,
            &[
                ("date", start.to_string()),
                ("published", published.to_string()),
            ],
        );
    }
}

/// One date of the round's chain.
struct Step {
    pointer: &'static str,
    name: &'static str,
    name_zh: &'static str,
    /// Steps of one period share a group: a period's end is not compared with its start.
    group: u8,
    date: Option<PartialDate>,
}

/// Checks the order of the round's dates and publication (R102), and the stated duration of
/// rectification (R104, R105). Pointers are from the report's root.
pub(crate) fn round(ctx: &mut Ctx, round: &InspectionRound, published: Option<PartialDate>) {
    let on_site = round.on_site.as_ref();
    let rectification = round.rectification.as_ref().map(|r| &r.period);
    let steps = [
        Step {
            pointer: "round/on_site/start",
            name: "on-site start",
            name_zh: "进驻",
            group: 1,
            date: on_site.and_then(|p| p.start),
        },
        Step {
            pointer: "round/on_site/end",
            name: "on-site end",
            name_zh: "撤离",
            group: 1,
            date: on_site.and_then(|p| p.end),
        },
        Step {
            pointer: "round/feedback_date",
            name: "feedback",
            name_zh: "反馈",
            group: 2,
            date: round.feedback_date,
        },
        Step {
            pointer: "round/rectification/period/start",
            name: "rectification start",
            name_zh: "整改开始",
            group: 3,
            date: rectification.and_then(|p| p.start),
        },
        Step {
            pointer: "round/rectification/period/end",
            name: "rectification end",
            name_zh: "整改结束",
            group: 3,
            date: rectification.and_then(|p| p.end),
        },
        Step {
            pointer: "published",
            name: "publication",
            name_zh: "发布",
            group: 4,
            date: published,
        },
    ];
    let mut previous: Option<&Step> = None;
    for step in &steps {
        let Some(date) = step.date else { continue };
        if let Some(earlier) = previous
            && earlier.group != step.group
            && let Some(earlier_date) = earlier.date
            && earlier_date.is_certainly_after(date)
        {
            ctx.report(
                &R102,
                step.pointer,
                &[
                    ("date", date.to_string()),
                    ("field", step.name.to_owned()),
                    ("field_zh", step.name_zh.to_owned()),
                    ("earlier", earlier_date.to_string()),
                    ("earlier_field", earlier.name.to_owned()),
                    ("earlier_field_zh", earlier.name_zh.to_owned()),
                ],
            );
        }
        previous = Some(step);
    }

    if let Some(rectification) = &round.rectification
        && let Some(duration) = &rectification.stated_duration
    {
        ctx.at("round/rectification/stated_duration", |ctx| {
            stated_duration(ctx, Some(&rectification.period), duration, &R104, &R105);
        });
    }
    if let Some(duration) = &round.on_site_duration {
        ctx.at("round/on_site_duration", |ctx| {
            stated_duration(ctx, round.on_site.as_ref(), duration, &R106, &R107);
        });
    }
}

/// Checks that a sanction's term is a length of time (R107), with the current place at the
/// term.
pub(crate) fn term(ctx: &mut Ctx, term: &Quantity) {
    stated_duration(ctx, None, term, &R106, &R107);
}

/// Checks that the date written comes no later than publication (R108).
pub(crate) fn written(ctx: &mut Ctx, written: Option<PartialDate>, published: Option<PartialDate>) {
    if let (Some(written), Some(published)) = (written, published)
        && written.is_certainly_after(published)
    {
        ctx.report(
            &R108,
            "publication/written",
            &[
                ("written", written.to_string()),
                ("published", published.to_string()),
            ],
        );
    }
}

/// Checks a stated duration against its period (`disagrees`: R104, R106) and its unit
/// (`not_time`: R105, R107).
fn stated_duration(
    ctx: &mut Ctx,
    period: Option<&Period>,
    duration: &Quantity,
    disagrees: &Rule,
    not_time: &Rule,
) {
    if duration.unit.dimension() != Dimension::Duration {
        ctx.report(
            not_time,
            "unit",
            &[
                ("unit", duration.unit.code().to_owned()),
                ("unit_zh", duration.unit.label_zh().to_owned()),
            ],
        );
        return;
    }
    let Some((start, end)) = period.and_then(|p| Some((p.start?, p.end?))) else {
        return;
    };
    let fits = expected_end(start, duration)
        .is_some_and(|(earliest, latest)| earliest <= end.last_day() && end.first_day() <= latest);
    if !fits {
        let wording = duration
            .wording
            .clone()
            .unwrap_or_else(|| format!("{} {}", duration.value, duration.unit.label_en()));
        ctx.report(
            disagrees,
            "value",
            &[
                ("duration", wording),
                ("start", start.to_string()),
                ("end", end.to_string()),
            ],
        );
    }
}

/// The earliest and latest end a period from `start` may have to last `duration`, with the
/// tolerance of R104; `None` when the duration is negative or beyond the calendar.
fn expected_end(start: PartialDate, duration: &Quantity) -> Option<(NaiveDate, NaiveDate)> {
    let value = duration.value.value();
    if value.is_sign_negative() && !value.is_zero() {
        return None;
    }
    let (first, last) = (start.first_day(), start.last_day());
    let days = |date: NaiveDate, n: i64| date.checked_add_signed(chrono::TimeDelta::try_days(n)?);
    let months_per_unit = match duration.unit {
        Unit::Year => Some((12, 10)),
        Unit::Month => Some((1, 5)),
        _ => None,
    };
    if let Some((per_unit, tolerance)) = months_per_unit {
        let months = value.checked_mul(rust_decimal::Decimal::from(per_unit))?;
        if months.fract().is_zero() {
            let months = Months::new(months.to_u32()?);
            let earliest = days(first.checked_add_months(months)?, -tolerance)?;
            let latest = days(last.checked_add_months(months)?, tolerance)?;
            return Some((earliest, latest));
        }
        // A fraction of a month: 30.44 days a month.
        let day_count = months
            .checked_mul(rust_decimal::Decimal::new(3044, 2))?
            .round()
            .to_i64()?;
        return Some((
            days(first, day_count - tolerance)?,
            days(last, day_count + tolerance)?,
        ));
    }
    match duration.unit {
        Unit::Day => {
            let n = value.round().to_i64()?;
            Some((days(first, n - 1)?, days(last, n + 1)?))
        }
        Unit::WorkingDay => {
            let n = value.round().to_i64()?;
            let most = n.checked_mul(7)? / 5 + 1 + 10;
            Some((days(first, n - 1)?, days(last, most)?))
        }
        Unit::Hour => {
            let whole_days = value
                .checked_div(rust_decimal::Decimal::from(24))?
                .floor()
                .to_i64()?;
            Some((days(first, whole_days - 1)?, days(last, whole_days + 1)?))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ends(start: &str, value: u32, unit: Unit) -> Option<(String, String)> {
        let start: PartialDate = start.parse().ok()?;
        let (a, b) = expected_end(start, &Quantity::new(value.into(), unit))?;
        Some((a.to_string(), b.to_string()))
    }

    #[test]
    fn months_are_calendar_months_with_five_days_either_side() {
        assert_eq!(
            ends("2025-06-10", 3, Unit::Month),
            Some(("2025-09-05".into(), "2025-09-15".into()))
        );
        assert_eq!(
            ends("2025-06", 3, Unit::Month),
            Some(("2025-08-27".into(), "2025-10-05".into()))
        );
    }

    #[test]
    fn huge_durations_do_not_panic() {
        assert_eq!(ends("2025-06-10", u32::MAX, Unit::Year), None);
        assert_eq!(ends("2025-06-10", u32::MAX, Unit::Day), None);
        assert!(ends("2025-06-10", u32::MAX, Unit::WorkingDay).is_none());
    }
}
