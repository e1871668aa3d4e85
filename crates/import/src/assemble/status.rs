//! Counts by status: a total of cases or problems and its parts by status in one paragraph
//! (`…第十一批27件信访举报件进行调查处理,其中,已办结7件、阶段性办结17件、未办结3件`;
//! `巡察反馈25个问题,已完成整改19个、正在整改6个,整改完成率76%`), as the summary's
//! `findings_total`, `by_status`, `completion_rate`, `batches` and `as_of`.

use std::sync::LazyLock;

use inspection_report::codelist::Codelist;
use inspection_report::{Batches, Decimal, FindingStatus, Period, Section, StatusCount, Summary};

use super::{Ctx, dates};
use crate::codes::{Kind, Unit};
use crate::date::{DateKind, DateValue};
use crate::grammar::Lexicon;
use crate::{Span, Status};

static STATUSES: LazyLock<Lexicon<FindingStatus>> = LazyLock::new(|| {
    Lexicon::new(include_str!("../../grammar/statuses.tsv"), |cells| {
        FindingStatus::from_code(cells.first()?)
    })
});

/// The counts by status of one paragraph.
pub(super) struct ByStatus {
    /// The total.
    pub(super) total: u32,
    /// Each part's status and count, in text order.
    pub(super) entries: Vec<StatusCount>,
    /// The completion rate stated with them (`整改完成率76%`, `办结率100%`).
    pub(super) completion_rate: Option<Decimal>,
    /// The batches the total covers (`第十一批`, `1-11批`).
    pub(super) batches: Option<Batches>,
    /// The date the counts are as of (`截至6月17日`, `6月17日,…`).
    pub(super) as_of: Option<Period>,
}

impl ByStatus {
    /// Writes the counts into `summary`.
    pub(super) fn apply(self, summary: &mut Summary) {
        summary.findings_total = Some(self.total);
        summary.by_status = self.entries;
        summary.completion_rate = self.completion_rate;
        summary.batches = self.batches;
        summary.as_of = self.as_of;
    }
}

/// A summary that counts more findings than its place lists (`巡察反馈的697个问题…` over five
/// findings given as examples) lists them partially: `partial_listing`, said in a diagnostic.
pub(super) fn settle_listing(
    ctx: &mut Ctx<'_>,
    summary: &mut Summary,
    listed: usize,
    pointer: &str,
) {
    let Some(total) = summary.findings_total else {
        return;
    };
    if listed > 0 && usize::try_from(total).is_ok_and(|t| t > listed) {
        summary.partial_listing = true;
        let span = ctx
            .sources
            .get(&format!("{pointer}/findings_total"))
            .map_or_else(|| ctx.end(), |s| Span::new(s.start, s.end));
        ctx.diag(
            "partial_listing",
            span,
            Some(format!("{pointer}/partial_listing")),
            format!(
                "the summary counts {total} findings and {listed} are listed: a partial listing"
            ),
        );
    }
}

/// [`settle_listing`] for a section's summary and those of its subsections.
pub(super) fn settle_sections(ctx: &mut Ctx<'_>, section: &mut Section, pointer: &str) {
    let listed = section.iter_findings().count();
    if let Some(s) = section.summary.as_mut() {
        settle_listing(ctx, s, listed, &format!("{pointer}/summary"));
    }
    for (i, sub) in section.subsections.iter_mut().enumerate() {
        settle_sections(ctx, sub, &format!("{pointer}/subsections/{i}"));
    }
}

/// Whether a paragraph counts over earlier batches or reports too (`累计`, `1-11批`).
pub(super) fn is_cumulative(paragraph: &str) -> bool {
    let range = paragraph.match_indices('批').any(|(k, _)| {
        let head = paragraph.get(..k).unwrap_or("");
        let digits = head.trim_end_matches(|c: char| c.is_ascii_digit());
        digits.len() < head.len() && digits.ends_with(['-', '—', '–', '至', '~'])
    });
    range || paragraph.contains("累计")
}

/// The counts by status of the paragraph at `at` (normalized), when a total has at least two
/// parts whose words say their status; the figures taken are marked used, so that they are
/// not metrics too. `pointer` is where the summary goes (`/summary`, `/summary/cumulative`).
pub(super) fn read(ctx: &mut Ctx<'_>, at: Span, pointer: &str) -> Option<ByStatus> {
    let a = ctx.a;
    let text = a.text.text.as_str();
    let here: Vec<usize> = ctx
        .within(super::Reading::Figure, at)
        .into_iter()
        .filter(|&i| !ctx.figure_used.get(i).copied().unwrap_or(true))
        .collect();
    let status_of = |i: usize| -> Option<(FindingStatus, String)> {
        let f = a.figures.get(i)?;
        let from = crate::grammar::clause_before(text, f.at.start, 300, &[',', '、', ';', ':']);
        let lead = text.get(from.max(at.start)..f.at.start)?;
        STATUSES
            .find_all(lead)
            .last()
            .map(|(s, e, (_, status))| (*status, lead.get(s..e).unwrap_or("").to_owned()))
    };
    // The figures of the paragraph related to each, in text order, found once.
    let mut related: std::collections::BTreeMap<usize, Vec<usize>> = Default::default();
    for &p in &here {
        if let Some(r) = a.figures.get(p).and_then(|g| g.relation)
            && r.target != p
        {
            related.entry(r.target).or_default().push(p);
        }
    }
    let (total, parts) = here.iter().copied().find_map(|t| {
        let f = a.figures.get(t)?;
        if f.kind != Kind::Count || matches!(f.unit, Unit::Percent) {
            return None;
        }
        let parts: Vec<usize> = related
            .get(&t)?
            .iter()
            .copied()
            .filter(|&p| {
                a.figures
                    .get(p)
                    .is_some_and(|g| g.unit.counts_alike(f.unit))
                    && status_of(p).is_some()
            })
            .collect();
        (parts.len() >= 2).then_some((t, parts))
    })?;
    let figure = a.figures.get(total)?;
    let count = |i: usize| -> Option<u32> { a.figures.get(i)?.value.try_into().ok() };
    let total_count = count(total)?;
    let mut entries = Vec::new();
    for &p in &parts {
        let (Some((status, label)), Some(n)) = (status_of(p), count(p)) else {
            continue;
        };
        let label = (label != status.label_zh()).then_some(label);
        entries.push(StatusCount {
            status,
            count: n,
            label,
        });
        if let Some(f) = a.figures.get(p) {
            let i = entries.len() - 1;
            ctx.source(&format!("{pointer}/by_status/{i}"), f.span, f.status);
        }
    }
    for i in std::iter::once(total).chain(parts.iter().copied()) {
        if let Some(u) = ctx.figure_used.get_mut(i) {
            *u = true;
        }
    }
    ctx.source(
        &format!("{pointer}/findings_total"),
        figure.span,
        figure.status,
    );
    // `整改完成率76%`, `办结率100%` in the same paragraph.
    let rate = here.iter().copied().find(|&i| {
        a.figures.get(i).is_some_and(|g| {
            g.unit == Unit::Percent
                && text.get(at.start..g.at.start).is_some_and(|h| {
                    h.ends_with("完成率") || h.ends_with("办结率") || h.ends_with("整改率")
                })
        })
    });
    let completion_rate = rate.and_then(|i| {
        let g = a.figures.get(i)?;
        if let Some(u) = ctx.figure_used.get_mut(i) {
            *u = true;
        }
        ctx.source(&format!("{pointer}/completion_rate"), g.span, g.status);
        Decimal::new(g.value).ok()
    });
    let batches = batches(ctx, at, figure.at.start, pointer);
    let as_of = as_of(ctx, at, figure.at.start, pointer);
    Some(ByStatus {
        total: total_count,
        entries,
        completion_rate,
        batches,
        as_of,
    })
}

/// The batches a total covers: the last batch ordinal before it in its paragraph
/// (`第十一批27件`), or a range written before a batch count (`1-11批395件`).
fn batches(ctx: &mut Ctx<'_>, at: Span, before: usize, pointer: &str) -> Option<Batches> {
    let a = ctx.a;
    let text = a.text.text.as_str();
    let found = ctx
        .within(super::Reading::Figure, Span::new(at.start, before))
        .into_iter()
        .rev()
        .find(|&i| a.figures.get(i).is_some_and(|f| f.unit == Unit::Batch));
    let (i, f) = found.and_then(|i| Some((i, a.figures.get(i)?)))?;
    let last = u32::try_from(f.value).ok()?;
    // `1-11批`: the numeral before the dash.
    let head = text.get(..f.at.start).unwrap_or("");
    let dash = head.strip_suffix(['-', '—', '–', '至', '~']);
    let first = dash.and_then(|h| {
        let digits = h.len() - h.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        h.get(h.len() - digits..)?.parse::<u32>().ok()
    });
    if let Some(u) = ctx.figure_used.get_mut(i) {
        *u = true;
    }
    ctx.source(&format!("{pointer}/batches"), f.span, Status::Read);
    match first {
        Some(first) if first <= last => Some(Batches::new(first, last)),
        _ if f.kind == Kind::Ordinal => Some(Batches::new(last, last)),
        _ => None,
    }
}

/// The date a paragraph's counts are as of: a date of the paragraph before the total that is
/// an as-of date or a day (`截至6月17日`, `6月17日,全区已对…`).
fn as_of(ctx: &mut Ctx<'_>, at: Span, before: usize, pointer: &str) -> Option<Period> {
    let a = ctx.a;
    let k = ctx
        .within(super::Reading::Date, Span::new(at.start, before))
        .into_iter()
        .rev()
        .find(|&k| {
            a.dates.get(k).is_some_and(|d| {
                matches!(d.kind, DateKind::AsOf | DateKind::Point)
                    && matches!(d.value, DateValue::Date(p) if p.day.is_some())
            })
        })?;
    let d = a.dates.get(k)?;
    let DateValue::Date(day) = d.value else {
        return None;
    };
    let end = dates::partial(day)?;
    if let Some(u) = ctx.date_used.get_mut(k) {
        *u = true;
    }
    ctx.source(&format!("{pointer}/as_of"), d.span, d.status);
    Some(Period {
        start: None,
        end: Some(end),
        wording: Some(d.written.clone()),
        approximate: false,
        inferred: Vec::new(),
        source: super::core_source(d.span, d.status),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_of_the_status_table_names_a_status() {
        let rows = crate::grammar::rows(include_str!("../../grammar/statuses.tsv")).count();
        assert!(STATUSES.is_ready());
        assert_eq!(STATUSES.entries.len(), rows);
    }

    #[test]
    fn cumulative_paragraphs_count_over_earlier_batches() {
        assert!(is_cumulative(
            "截至6月17日,全区已对1-11批395件信访件进行调查处理"
        ));
        assert!(is_cumulative("累计受理信访件1427件"));
        assert!(!is_cumulative(
            "6月17日,全区已对第十一批27件信访举报件进行调查处理"
        ));
    }
}
