//! Resolving a raw mention: years from the sentence or the anchor (biased to the past),
//! relative words against the anchor, fuzzy parts of a month as periods.

use super::scan::{Fuzz, Parts, Raw, Relative};
use super::{DateKind, DateMention, DateValue, PartialDate, PeriodName};
use crate::span::{Span, Status};
use crate::text::Normalized;

fn last_day(year: i32, month: u32) -> u32 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

pub(super) fn mention(
    norm: &Normalized,
    raw: &Raw,
    anchor: Option<PartialDate>,
    sentence_year: &mut Option<i32>,
    last_year: &mut Option<i32>,
) -> DateMention {
    let at = Span::new(raw.start, raw.end);
    let mut status = Status::Read;
    let derive_year = |parts: Parts, status: &mut Status| -> Option<i32> {
        if let Some(y) = parts.year {
            return Some(y);
        }
        *status = Status::Derived;
        // A month and day after the anchor's would be a date to come: biased to the past.
        let later = |a: PartialDate| match (parts.month, a.month) {
            (Some(m), Some(am)) => {
                m > am || m == am && parts.day.zip(a.day).is_some_and(|(d, ad)| d > ad)
            }
            _ => false,
        };
        if let Some(offset) = raw.relative_year {
            // `今年8月` in a notice published on 2023-01-06 was written in 2022; a deadline
            // (`今年12月底前`) may be to come.
            return anchor.map(|a| {
                let past = offset == 0 && raw.kind != DateKind::Until && later(a);
                let shift = if past { -1 } else { 0 };
                a.year.saturating_add(offset).saturating_add(shift)
            });
        }
        if let Some(y) = *sentence_year {
            return Some(y);
        }
        if let Some(a) = anchor {
            return Some(if later(a) {
                a.year.saturating_sub(1)
            } else {
                a.year
            });
        }
        *last_year
    };
    let first_year = derive_year(raw.first, &mut status);
    if raw.first.year.is_some() {
        *sentence_year = raw.first.year;
        // Without an anchor, later sentences take the year of the last date written with its
        // month (`2025年3月6日至4月28日…。6月10日…`); a year alone (`2018年度…`) mostly names
        // another time than the events after it, and leaves them unresolved.
        if raw.first.month.is_some() {
            *last_year = raw.first.year;
        }
    }
    let to_date = |year: Option<i32>, parts: Parts| -> Option<PartialDate> {
        let year = year?;
        Some(PartialDate {
            year,
            month: parts.month,
            day: parts.day.filter(|_| parts.month.is_some()),
        })
    };
    let mut value = DateValue::Unresolved;
    if let Some(rel) = raw.relative {
        status = Status::Derived;
        value = match (rel, anchor) {
            (Relative::Year(offset), Some(a)) => {
                DateValue::Date(PartialDate::year(a.year.saturating_add(offset)))
            }
            (Relative::FirstHalf, Some(a)) => DateValue::Period {
                start: Some(PartialDate::month(a.year, 1)),
                end: Some(PartialDate::month(a.year, 6)),
            },
            (Relative::SecondHalf, Some(a)) => DateValue::Period {
                start: Some(PartialDate::month(a.year, 7)),
                end: Some(PartialDate::month(a.year, 12)),
            },
            (Relative::Month(offset), Some(a)) => match a.month {
                Some(m) => {
                    let total = a
                        .year
                        .saturating_mul(12)
                        .saturating_add(i32::try_from(m).unwrap_or(1) - 1)
                        .saturating_add(offset);
                    DateValue::Date(PartialDate::month(
                        total.div_euclid(12),
                        u32::try_from(total.rem_euclid(12)).unwrap_or(0) + 1,
                    ))
                }
                None => DateValue::Unresolved,
            },
            (Relative::YearEnd, Some(a)) => DateValue::Period {
                start: Some(PartialDate::day(a.year, 12, 21)),
                end: Some(PartialDate::day(a.year, 12, 31)),
            },
            (
                Relative::MonthEnd,
                Some(PartialDate {
                    year,
                    month: Some(m),
                    ..
                }),
            ) => DateValue::Period {
                start: Some(PartialDate::day(year, m, 21)),
                end: Some(PartialDate::day(year, m, last_day(year, m))),
            },
            (Relative::AsOf, Some(a)) => DateValue::Date(a),
            _ => DateValue::Unresolved,
        };
    } else if raw.kind != DateKind::Reference {
        let first = to_date(first_year, raw.first);
        value = match (first, raw.last) {
            (Some(f), Some(last)) => {
                let mut l = last;
                if l.year.is_none() {
                    l.year = Some(f.year);
                    if l.month.is_none() {
                        l.month = f.month;
                    }
                }
                DateValue::Period {
                    start: Some(f),
                    end: to_date(l.year, l),
                }
            }
            (Some(f), None) => DateValue::Date(f),
            (None, _) => DateValue::Unresolved,
        };
        if raw.fuzz.is_some() || raw.first_fuzz.is_some() {
            status = Status::Derived;
            let (start_p, end_p) = match value {
                DateValue::Date(d) => (d, d),
                DateValue::Period {
                    start: Some(s),
                    end: Some(e),
                } => (s, e),
                _ => (PartialDate::year(0), PartialDate::year(0)),
            };
            if let (Some(sm), Some(em)) = (start_p.month, end_p.month) {
                let days = |fuzz: Fuzz, year: i32, month: u32| match fuzz {
                    Fuzz::Early => (1, 10),
                    Fuzz::Middle => (11, 20),
                    Fuzz::Late => (21, last_day(year, month)),
                };
                // A single part of a month bounds both ends; in a range each end has its own
                // (`3月至4月底` starts on 3-01, `10月中旬至12月中旬` on 10-11).
                let start_fuzz = if raw.last.is_some() {
                    raw.first_fuzz
                } else {
                    raw.fuzz
                };
                let from = match (start_p.day, start_fuzz) {
                    (Some(d), _) => d,
                    (None, Some(f)) => days(f, start_p.year, sm).0,
                    (None, None) => 1,
                };
                let to = match (end_p.day, raw.fuzz) {
                    (Some(d), _) if raw.last.is_some() => d,
                    (_, Some(f)) => days(f, end_p.year, em).1,
                    _ => last_day(end_p.year, em),
                };
                value = DateValue::Period {
                    start: Some(PartialDate::day(start_p.year, sm, from)),
                    end: Some(PartialDate::day(end_p.year, em, to)),
                };
            }
        }
    }
    value = match (raw.kind, value) {
        (DateKind::Since, DateValue::Date(d)) => DateValue::Period {
            start: Some(d),
            end: None,
        },
        (DateKind::Since, DateValue::Period { start, .. }) => {
            DateValue::Period { start, end: None }
        }
        (DateKind::Until, DateValue::Date(d)) => DateValue::Period {
            start: None,
            end: Some(d),
        },
        (DateKind::Until, DateValue::Period { end, .. }) => DateValue::Period { start: None, end },
        // `截至6月底`: as of the last day of the part of the month.
        (DateKind::AsOf, DateValue::Period { end: Some(end), .. }) if raw.fuzz.is_some() => {
            DateValue::Date(end)
        }
        (_, v) => v,
    };
    if raw.kind == DateKind::Reference || raw.reference == Some(PeriodName::Event) {
        status = Status::Derived;
        value = DateValue::Unresolved;
    }
    DateMention {
        span: norm.original(at),
        at,
        written: norm.get(at).to_owned(),
        kind: raw.kind,
        value,
        status,
        reference: raw.reference,
    }
}
