//! Inspection rounds, with their dates in order, and the window of dates of a report.

use chrono::{Datelike, Months};
use inspection_report::{
    Decimal, InspectionFamily, InspectionKind, InspectionRound, PartialDate, Period, Quantity,
    Rectification, Unit,
};
use proptest::collection::vec;
use proptest::option;
use proptest::prelude::*;

use super::codes::codelist;
use super::date::{Window, add_days};
use super::organization::named;
use super::support::zh_numeral;
use super::words::{AUTHORITIES, INSPECTED, TEAMS};

/// An inspection round and the report's publication date, with the window of dates the
/// report's content falls in.
#[derive(Debug, Clone)]
pub(super) struct Chain {
    pub(super) round: InspectionRound,
    pub(super) published: PartialDate,
    pub(super) window: Window,
}

pub(super) fn chain() -> impl Strategy<Value = Chain> {
    (
        (
            codelist::<InspectionFamily>(),
            option::of(codelist::<InspectionKind>()),
            option::weighted(0.3, 1..=12u32),
        ),
        (
            named(AUTHORITIES),
            named(TEAMS),
            vec(named(INSPECTED), 1..=3),
        ),
        (
            0..3300u32,
            15..=90u32,
            10..=60u32,
            0..=7u32,
            1..=6u32,
            prop::bool::weighted(0.15),
            5..=60u32,
        ),
        (
            prop::bool::weighted(0.9),
            prop::bool::weighted(0.9),
            prop::bool::weighted(0.9),
            prop::bool::weighted(0.7),
        ),
    )
        .prop_map(
            |((family, kind, round), (commissioned_by, team, inspected), dates, present)| {
                let (
                    start,
                    on_site_days,
                    to_feedback,
                    to_rectification,
                    months,
                    in_years,
                    to_publication,
                ) = dates;
                let (with_on_site, with_feedback, with_rectification, with_duration) = present;
                let on_site_start = add_days(Window::default_window().first, start);
                let on_site_end = add_days(on_site_start, on_site_days);
                let feedback = add_days(on_site_end, to_feedback);
                let mut rectification_start = add_days(feedback, to_rectification);
                while rectification_start.day() > 28 {
                    rectification_start = add_days(rectification_start, 1);
                }
                let (value, unit, span) = if in_years {
                    (1, Unit::Year, 12)
                } else {
                    (months, Unit::Month, months)
                };
                let rectification_end = rectification_start
                    .checked_add_months(Months::new(span))
                    .unwrap_or(rectification_start);
                let published = add_days(rectification_end, to_publication);
                let wording = if in_years {
                    "一年".to_owned()
                } else {
                    format!("{}个月", zh_numeral(months))
                };
                let round = InspectionRound {
                    family,
                    kind,
                    // An `other` kind says what it is (R304).
                    kind_label: (kind == Some(InspectionKind::Other))
                        .then(|| "巡察“回头看”专项检查".to_owned()),
                    components: Vec::new(),
                    teams: Vec::new(),
                    team_count: None,
                    team_leaders: Vec::new(),
                    inspected_count: None,
                    audited_period: None,
                    on_site_duration: None,
                    feedback_as_written: None,
                    identifier: round.map(|n| format!("十届市委第{}轮巡察", zh_numeral(n))),
                    commissioned_by: Some(commissioned_by),
                    team: Some(team),
                    inspected,
                    on_site: with_on_site.then(|| {
                        Period::between(
                            PartialDate::day(on_site_start),
                            PartialDate::day(on_site_end),
                        )
                    }),
                    feedback_date: with_feedback.then_some(PartialDate::day(feedback)),
                    rectification: with_rectification.then(|| Rectification {
                        period: Period::between(
                            PartialDate::day(rectification_start),
                            PartialDate::day(rectification_end),
                        ),
                        stated_duration: with_duration.then(|| {
                            Quantity::new(Decimal::from(value), unit).with_wording(wording)
                        }),
                        label: Some("集中整改".to_owned()),
                    }),
                };
                let first = on_site_start
                    .checked_sub_days(chrono::Days::new(730))
                    .unwrap_or(on_site_start);
                let days = u32::try_from((published - first).num_days()).unwrap_or(0);
                Chain {
                    round,
                    published: PartialDate::day(published),
                    window: Window { first, days },
                }
            },
        )
}

/// An inspection round whose dates are in order: on-site start ≤ on-site end ≤ feedback ≤
/// rectification start ≤ rectification end, with a stated duration (`三个月`) that agrees with
/// the rectification period.
///
/// # Examples
///
/// ```
/// use inspection_report_testkit::strategy;
/// use proptest::prelude::*;
///
/// proptest!(|(round in strategy::inspection_round())| {
///     if let (Some(on_site), Some(feedback)) = (&round.on_site, round.feedback_date) {
///         prop_assert!(on_site.end <= Some(feedback));
///     }
/// });
/// ```
pub fn inspection_round() -> impl Strategy<Value = InspectionRound> {
    chain().prop_map(|chain| chain.round)
}
