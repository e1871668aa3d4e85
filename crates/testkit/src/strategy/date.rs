//! Dates: partial dates, periods and `DateOrPeriod`, inside a window of days.

use chrono::{Datelike, NaiveDate};
use inspection_report::{DateOrPeriod, PartialDate, Period, date};
use proptest::prelude::*;
use proptest::strategy::Just;

use super::support::valid;

/// The span of days generated dates fall in.
#[derive(Debug, Clone, Copy)]
pub(super) struct Window {
    pub(super) first: NaiveDate,
    pub(super) days: u32,
}

impl Window {
    pub(super) fn default_window() -> Self {
        Self {
            first: NaiveDate::from_ymd_opt(2015, 1, 1).unwrap_or_default(),
            days: 4017, // to 2025-12-31
        }
    }

    pub(super) fn last(self) -> NaiveDate {
        self.day(self.days)
    }

    pub(super) fn day(self, offset: u32) -> NaiveDate {
        self.first
            .checked_add_days(chrono::Days::new(u64::from(offset % (self.days + 1))))
            .unwrap_or(self.first)
    }
}

pub(super) fn with_precision(date: NaiveDate, precision: u8) -> PartialDate {
    match precision {
        0 => valid(PartialDate::year(date.year())),
        1 => valid(PartialDate::month(date.year(), date.month())),
        _ => PartialDate::day(date),
    }
}

/// A precision selector: mostly days, sometimes months, rarely years.
pub(super) fn precision() -> impl Strategy<Value = u8> {
    prop_oneof![6 => Just(2u8), 3 => Just(1u8), 1 => Just(0u8)]
}

pub(super) fn date_in(window: Window) -> impl Strategy<Value = PartialDate> {
    (any::<u32>(), precision()).prop_map(move |(offset, p)| with_precision(window.day(offset), p))
}

/// A date known to the day, the month or the year (`2025-03-06`, `2025-03`, `2024`), between
/// 2015 and 2025.
///
/// # Examples
///
/// ```
/// use inspection_report::PartialDate;
/// use inspection_report_testkit::strategy;
/// use proptest::prelude::*;
///
/// proptest!(|(date in strategy::partial_date())| {
///     prop_assert_eq!(date.to_string().parse::<PartialDate>(), Ok(date));
/// });
/// ```
pub fn partial_date() -> impl Strategy<Value = PartialDate> {
    date_in(Window::default_window())
}

/// Dates `start ≤ end` with precisions such that `start` neither begins nor ends after `end`.
pub(super) fn ordered_dates(
    start: NaiveDate,
    end: NaiveDate,
    p: u8,
    q: u8,
) -> (PartialDate, PartialDate) {
    let (a, b) = (with_precision(start, p), with_precision(end, q));
    if a.first_day() <= b.first_day() && a.last_day() <= b.last_day() {
        (a, b)
    } else {
        (PartialDate::day(start), PartialDate::day(end))
    }
}

pub(super) fn month_wording(date: PartialDate) -> String {
    let d = date.first_day();
    match date.precision() {
        date::Precision::Year => format!("{}年", d.year()),
        date::Precision::Month => format!("{}年{}月", d.year(), d.month()),
        date::Precision::Day => format!("{}年{}月{}日", d.year(), d.month(), d.day()),
    }
}

pub(super) fn period_in(window: Window) -> impl Strategy<Value = Period> {
    (
        0..4u8,
        any::<u32>(),
        0..400u32,
        precision(),
        precision(),
        prop::bool::weighted(0.6),
        prop::bool::weighted(0.1),
    )
        .prop_map(move |(shape, offset, length, p, q, worded, approximate)| {
            let start = window.day(offset);
            let end = start
                .checked_add_days(chrono::Days::new(u64::from(length)))
                .unwrap_or(start)
                .min(window.last());
            let (a, b) = ordered_dates(start, end, p, q);
            let (start, end, wording) = match shape {
                0 => (
                    Some(a),
                    Some(b),
                    format!("{}至{}", month_wording(a), month_wording(b)),
                ),
                1 => (Some(a), None, format!("{}以来", month_wording(a))),
                2 => (None, Some(b), format!("截至{}", month_wording(b))),
                _ => (None, None, "截至目前".to_owned()),
            };
            Period {
                source: None,
                start,
                end,
                wording: (worded || shape == 3).then_some(wording),
                approximate: approximate && (start.is_some() || end.is_some()),
                inferred: Vec::new(),
            }
        })
}

/// A period: both ends, one open end, or none (`截至目前`), with its published wording now and
/// then; `start` never lies after `end`.
///
/// # Examples
///
/// ```
/// use inspection_report_testkit::strategy;
/// use proptest::prelude::*;
///
/// proptest!(|(period in strategy::period())| {
///     if let (Some(start), Some(end)) = (period.start, period.end) {
///         prop_assert!(start.first_day() <= end.first_day());
///     }
/// });
/// ```
pub fn period() -> impl Strategy<Value = Period> {
    period_in(Window::default_window())
}

pub(super) fn when_in(window: Window) -> impl Strategy<Value = DateOrPeriod> {
    // No rejection (so that `sample_inspection` cannot fail): an undated period gets a start.
    prop_oneof![
        3 => date_in(window).prop_map(DateOrPeriod::Date),
        1 => (period_in(window), date_in(window)).prop_map(|(mut period, date)| {
            if period.start.is_none() && period.end.is_none() {
                period.start = Some(date);
                period.wording = None;
            }
            DateOrPeriod::Period(period)
        }),
    ]
}

/// DateOrPeriod something happened: a date, or a period with at least one date.
///
/// # Examples
///
/// ```
/// use inspection_report_testkit::strategy;
/// use proptest::prelude::*;
///
/// proptest!(|(when in strategy::when())| {
///     prop_assert!(when.start().is_some() || when.end().is_some());
/// });
/// ```
pub fn when() -> impl Strategy<Value = DateOrPeriod> {
    when_in(Window::default_window())
}

pub(super) fn add_days(date: NaiveDate, days: u32) -> NaiveDate {
    date.checked_add_days(chrono::Days::new(u64::from(days)))
        .unwrap_or(date)
}
