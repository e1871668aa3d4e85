//! The reference period of each figure: the nearest period before it in its sentence, a start
//! for a figure counted up to now, and a back-reference qualifying the noun it counts.

use super::scan::{char_at, char_before, clause_start, sentence_start};
use super::{Figure, Relation, RelationKind};
use crate::codes::Kind;
use crate::date::{DateKind, DateMention};

/// Whether a back-reference qualifies a noun (`对巡察期间发现并移交的…线索`): it is the period
/// of the first figure after it, which counts that noun (`共收到问题线索25条`), and of no other.
fn qualifies_noun(text: &str, d: &DateMention) -> bool {
    d.kind == DateKind::Reference
        && char_before(text, d.at.start).is_some_and(|c| matches!(c, '对' | '在' | '将' | '把'))
}

/// Whether a date mention can be the reference period of the figures after it.
fn is_period(text: &str, d: &DateMention) -> bool {
    let clause_initial = || {
        char_before(text, d.at.start)
            .is_none_or(|c| matches!(c, ',' | ';' | ':' | '。' | '\n' | '是' | '.' | ' '))
    };
    match d.kind {
        DateKind::Since | DateKind::AsOf | DateKind::Until | DateKind::Range => true,
        // A part of a month dates an event (`今年4月初,…召开专题会议`); a half year is a period.
        DateKind::Fuzzy => !d.written.contains('月'),
        // `整改期间,…` opens a clause; `对巡察期间发现的…` qualifies a noun (see
        // [`qualifies_noun`]).
        DateKind::Reference => clause_initial(),
        DateKind::Point => {
            let before = char_before(text, d.at.start);
            let after = char_at(text, d.at.end);
            before.is_none_or(|c| {
                matches!(
                    c,
                    ',' | ';' | ':' | '。' | '\n' | '是' | '在' | '.' | '、' | ' '
                )
            }) && !after.is_some_and(|c| c == '的' || c == '第')
        }
    }
}

/// The period of each figure: the nearest period before it in its sentence; parts inherit
/// their total's.
pub(super) fn attach_periods(text: &str, figures: &mut [Figure], dates: &[DateMention]) {
    let mut previous_end = 0;
    for f in figures.iter_mut() {
        let after_previous = previous_end;
        previous_end = f.at.end;
        // Durations and ordinals have no reference period.
        if matches!(f.kind, Kind::Duration | Kind::Ordinal) {
            continue;
        }
        let ss = sentence_start(text, f.at.start, true);
        let cs = clause_start(text, f.at.start);
        let remaining = f
            .relation
            .is_some_and(|r| r.kind == RelationKind::RemainingOf);
        let i = dates.partition_point(|d| d.at.end <= f.at.start);
        let mut found = (0..i)
            .rev()
            .take_while(|&k| dates.get(k).is_some_and(|d| d.at.start >= ss))
            .filter(|&k| {
                dates.get(k).is_some_and(|d| {
                    // `现` and what remains hold only in their own clause.
                    let own_clause = d.at.start >= cs;
                    let first_after = d.at.start >= after_previous;
                    (is_period(text, d) || first_after && qualifies_noun(text, d))
                        && (own_clause || !remaining && d.written != "现")
                })
            });
        f.period = found.next();
        // `今年以来,…截至目前已排查…110家`: up to now, since the start the sentence names.
        let up_to_now = f.period.and_then(|k| dates.get(k)).is_some_and(|d| {
            d.is_as_of_now() && (d.written.starts_with("截至") || d.written.starts_with("截止"))
        });
        if up_to_now {
            f.since = found.find(|&k| dates.get(k).is_some_and(|d| d.kind == DateKind::Since));
        }
    }
    // An ordinal counts the batch of the count after it in its clause (`第一批高企22家`).
    for i in 0..figures.len() {
        let Some(f) = figures.get(i) else { continue };
        if f.kind != Kind::Ordinal {
            continue;
        }
        let start = f.at.start;
        let next = figures
            .get(i + 1)
            .filter(|n| clause_start(text, n.at.start) <= start && n.kind != Kind::Ordinal)
            .map(|n| n.period);
        if let (Some(period), Some(f)) = (next, figures.get_mut(i)) {
            f.period = period;
        }
    }
    // A sentence that opens with `其中` continues the previous one.
    for f in figures
        .iter_mut()
        .filter(|f| f.period.is_none() && !matches!(f.kind, Kind::Duration | Kind::Ordinal))
    {
        let ss = sentence_start(text, f.at.start, false);
        if text
            .get(ss..)
            .is_some_and(|r| r.trim_start().starts_with("其中"))
            && ss > 0
        {
            let back = text
                .get(..ss)
                .and_then(|h| h.char_indices().next_back())
                .map_or(0, |(j, _)| j);
            let prev_start = sentence_start(text, back, false);
            let i = dates.partition_point(|d| d.at.end <= ss);
            f.period = (0..i)
                .rev()
                .take_while(|&k| dates.get(k).is_some_and(|d| d.at.start >= prev_start))
                .find(|&k| dates.get(k).is_some_and(|d| is_period(text, d)));
        }
    }
    for i in 0..figures.len() {
        let Some(f) = figures.get(i) else { continue };
        if f.period.is_none()
            && let Some(Relation {
                kind: RelationKind::PartOf | RelationKind::OfWhich,
                target,
            }) = f.relation
        {
            let inherited = figures.get(target).and_then(|t| t.period);
            if let Some(f) = figures.get_mut(i) {
                f.period = inherited;
            }
        }
    }
}
