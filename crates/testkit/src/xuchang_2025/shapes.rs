//! Small helpers for the shapes the notice repeats: counts, money, growth rates, periods.
//!
//! Each helper is a thin wrapper over the crate's builders and shorthands (`Metric::count`,
//! `Metric::money`, `Disposition::persons`, `Period::since`, `Period::within`,
//! `Period::as_of`), taking the notice's text as written.

use inspection_report::date::DatePart;
use inspection_report::{Decimal, Disposition, Metric, MetricKind, PartialDate, Period, Unit};

/// The result of building a part of the notice.
pub type Result<T> = std::result::Result<T, inspection_report::Error>;

/// A date as the notice states it, in ISO 8601 (`"2025-06-24"`, `"2025-03"`, `"2025"`).
pub fn date(iso: &str) -> Result<PartialDate> {
    Ok(iso.parse()?)
}

/// A decimal exactly as written (`"129.9"`).
pub fn decimal(written: &str) -> Result<Decimal> {
    Ok(written.parse()?)
}

/// The parts of the dates of `wording` taken from context: the year, when the wording writes
/// none (`6月20日上午`, `1-7月份`, `今年以来`, the notice being of 2025).
pub fn inferred(wording: &str) -> Vec<DatePart> {
    let chars: Vec<char> = wording.chars().collect();
    let writes_year = chars
        .windows(5)
        .any(|w| w[..4].iter().all(char::is_ascii_digit) && w[4] == '年');
    if writes_year {
        Vec::new()
    } else {
        vec![DatePart::Year]
    }
}

/// A period with both ends stated, and the published phrase.
pub fn period(start: &str, end: &str, wording: &str) -> Result<Period> {
    Ok(Period::builder()
        .start(date(start)?)
        .end(date(end)?)
        .wording(wording)
        .inferred(inferred(wording))
        .build())
}

/// A period that runs from `start` up to the report (`2025年3月以来`, `今年以来`).
pub fn since(start: &str, wording: &str) -> Result<Period> {
    let mut period = Period::since(date(start)?).with_wording(wording);
    period.inferred = inferred(wording);
    Ok(period)
}

/// A single stated month, day or year read as a period (`8月份`, `2024年度`, `今年`).
pub fn within(iso: &str, wording: &str) -> Result<Period> {
    let mut period = Period::within(date(iso)?).with_wording(wording);
    period.inferred = inferred(wording);
    Ok(period)
}

/// A fuzzy date (`4月初`, `4月底`): the days it most likely covers, marked approximate.
pub fn fuzzy(start: &str, end: &str, wording: &str) -> Result<Period> {
    Ok(Period::builder()
        .start(date(start)?)
        .end(date(end)?)
        .wording(wording)
        .approximate(true)
        .inferred(inferred(wording))
        .build())
}

/// A count that refers to a period (`2025年3月以来, 共召开6次党工委会议`).
pub fn count_in(subject: &str, value: u32, unit: Unit, period: Period) -> Metric {
    Metric::builder()
        .kind(MetricKind::Count)
        .subject(subject)
        .value(value.into())
        .unit(unit)
        .period(period)
        .build()
}

/// A count whose measure word is published in a form other than the unit's label (`家(次)`).
pub fn count_as(subject: &str, value: u32, unit: Unit, unit_label: &str) -> Metric {
    Metric::builder()
        .kind(MetricKind::Count)
        .subject(subject)
        .value(value.into())
        .unit(unit)
        .unit_label(unit_label)
        .build()
}

/// An amount of money, exactly as written (`129.9亿元`).
pub fn money(subject: &str, written: &str, unit: Unit) -> Result<Metric> {
    Ok(Metric::money(subject, decimal(written)?, unit))
}

/// Growth on the same period of the previous year, in percent (`同比增长10.1%`).
pub fn year_on_year(subject: &str, percent: &str) -> Result<Metric> {
    Ok(Metric::builder()
        .kind(MetricKind::YearOnYearGrowth)
        .subject(subject)
        .value(decimal(percent)?)
        .unit(Unit::Percent)
        .build())
}

/// An ordinal that numbers an occasion or a batch (`第12次`, `第一批`).
pub fn ordinal(subject: &str, value: u32, unit: Unit, wording: &str) -> Metric {
    Metric::builder()
        .kind(MetricKind::Ordinal)
        .subject(subject)
        .value(value.into())
        .unit(unit)
        .wording(wording)
        .build()
}

/// The same metrics, each given `period` unless it states its own, their parts included.
pub fn during(period: &Period, metrics: Vec<Metric>) -> Vec<Metric> {
    metrics
        .into_iter()
        .map(|mut metric| {
            metric.period.get_or_insert_with(|| period.clone());
            metric.parts = during(period, metric.parts);
            metric.of_which = during(period, metric.of_which);
            metric
        })
        .collect()
}

/// The same dispositions, each given `period` unless it states its own.
pub fn dispositions_during(period: &Period, dispositions: Vec<Disposition>) -> Vec<Disposition> {
    dispositions
        .into_iter()
        .map(|mut disposition| {
            disposition.period.get_or_insert_with(|| period.clone());
            disposition
        })
        .collect()
}
