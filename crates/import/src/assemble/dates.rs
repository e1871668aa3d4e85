//! Date mentions of the layers as the model's dates and periods.

use inspection_report::{DateOrPeriod, PartialDate, Period};

use crate::date::{DateKind, DateMention, DateValue, PartialDate as Raw};

/// The model's date of a layer date (`None` for a date the calendar does not have).
pub(crate) fn partial(d: Raw) -> Option<PartialDate> {
    match (d.month, d.day) {
        (Some(m), Some(day)) => PartialDate::ymd(d.year, m, day).ok(),
        (Some(m), None) => PartialDate::month(d.year, m).ok(),
        _ => PartialDate::year(d.year).ok(),
    }
}

/// The period a mention states, with its wording (the wording alone when unresolved);
/// `None` for a date the calendar does not have.
///
/// A point (`2024年度`, `7月份`) is the period within it; an as-of mention without a date
/// (`截至目前`) keeps its wording only; fuzzy parts of a month are approximate.
pub(crate) fn period(m: &DateMention) -> Option<Period> {
    let wording = Some(m.written.clone());
    let approximate = m.kind == DateKind::Fuzzy;
    // `截至目前`, `目前`: the as-of date is the publication's, which the report states
    // already; the period keeps the wording (as the hand encoding does).
    if m.is_as_of_now() {
        return Some(Period {
            start: None,
            end: None,
            wording,
            approximate: false,
            source: super::core_source(m.span, m.status),
            inferred: Vec::new(),
        });
    }
    let (start, end) = match m.value {
        // Not resolved (`自开展…以来` names an event, not a date): the wording only; the
        // places that use it say so in a diagnostic.
        DateValue::Unresolved => {
            return Some(Period {
                start: None,
                end: None,
                wording,
                approximate: false,
                source: super::core_source(m.span, m.status),
                inferred: Vec::new(),
            });
        }
        DateValue::Date(d) => {
            let d = partial(d)?;
            match m.kind {
                DateKind::Since => (Some(d), None),
                DateKind::Until | DateKind::AsOf => (None, Some(d)),
                _ => (Some(d), Some(d)),
            }
        }
        DateValue::Period { start, end } => (start.and_then(partial), end.and_then(partial)),
    };
    Some(Period {
        start,
        end,
        wording,
        approximate,
        source: super::core_source(m.span, m.status),
        inferred: Vec::new(),
    })
}

/// Words after a date that make it a stretch of time within it: a part of a day
/// (`6月20日上午`, [`PARTS_OF_DAY`](crate::date::PARTS_OF_DAY)) or the whole of a month or
/// year (`3月份`, `2024年度`).
fn within_it(written: &str) -> bool {
    crate::date::PARTS_OF_DAY
        .iter()
        .chain(&["份", "度"])
        .any(|w| written.ends_with(w))
}

/// A date of a document or milestone: a day, month or year as a date; else a period, also for
/// a date whose wording makes it a stretch of time (`6月20日上午`, `3月份`: the period within
/// it).
pub(crate) fn date_or_period(m: &DateMention) -> Option<DateOrPeriod> {
    match (m.kind, m.value) {
        (DateKind::Point, DateValue::Date(d)) if !within_it(&m.written) => {
            partial(d).map(DateOrPeriod::Date)
        }
        _ => period(m).map(DateOrPeriod::Period),
    }
}

/// A single date (feedback, publication): a point mention's date.
pub(crate) fn point(m: &DateMention) -> Option<PartialDate> {
    match m.value {
        DateValue::Date(d) => partial(d),
        _ => None,
    }
}
