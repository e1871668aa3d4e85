//! Back-references to the periods of the round (`巡察期间`, `整改期间`, `巡视反馈后`),
//! resolved against the preamble's facts.

use super::{FactKind, Outline};
use crate::date::{DateKind, DateMention, DateValue, PeriodName};

/// Resolves back-references (`整改期间`, `巡察期间`) against the outline's facts: their value
/// becomes the value of the period they name.
pub fn resolve_references(outline: &Outline, dates: &mut [DateMention]) {
    let value_of = |kind: FactKind, dates: &[DateMention]| -> Option<DateValue> {
        let k = outline.fact(kind)?.index?;
        Some(dates.get(k)?.value)
    };
    let on_site = value_of(FactKind::OnSitePeriod, dates);
    let rectification = value_of(FactKind::RectificationPeriod, dates);
    let feedback = value_of(FactKind::FeedbackDate, dates);
    for d in dates.iter_mut().filter(|d| d.kind == DateKind::Reference) {
        let v = match d.reference {
            Some(PeriodName::OnSite) => on_site,
            Some(PeriodName::Rectification) => rectification,
            Some(PeriodName::AfterFeedback) => match feedback {
                Some(DateValue::Date(f)) => Some(DateValue::Period {
                    start: Some(f),
                    end: None,
                }),
                _ => None,
            },
            Some(PeriodName::Event) | None => None,
        };
        if let Some(v) = v {
            d.value = v;
        }
    }
}
