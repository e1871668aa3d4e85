//! Figures, dispositions and documents of one place of the report (a measure, a finding's
//! problem, the summary): the layers' readings inside a normalized span, as model values.

use inspection_report::codelist::Codelist;
use inspection_report::{
    Decimal, Disposition, DispositionKind, DispositionUnit, Document, DocumentStatus,
    IncludedDisposition, Metric, MetricKind, Progress, Qualifier, Quantity, Rank, Unit,
};

use super::{Ctx, dates, id};
use crate::Span;
use crate::document::DocumentRole;
use crate::figure::RelationKind;

/// Whether the normalized span `inner` lies in `outer`.
pub(crate) fn inside(outer: Span, inner: Span) -> bool {
    outer.start <= inner.start && inner.end <= outer.end && !inner.is_empty()
}

/// The metrics of the unused figures inside `at`, with their breakdowns nested; `base` is
/// the pointer of the metrics array (`/sections/0/findings/1/measures/0/metrics`).
pub(crate) fn metrics(ctx: &mut Ctx<'_>, at: Span, base: &str) -> Vec<Metric> {
    metrics_from(ctx, at, base, 0)
}

/// [`metrics`], the first at index `first` of the array.
pub(crate) fn metrics_from(ctx: &mut Ctx<'_>, at: Span, base: &str, first: usize) -> Vec<Metric> {
    let a = ctx.a;
    let here: Vec<usize> = ctx
        .within(super::Reading::Figure, at)
        .into_iter()
        .filter(|&i| {
            !ctx.figure_used.get(i).copied().unwrap_or(true)
                && a.figures.get(i).is_some_and(|f| inside(at, f.at))
        })
        .collect();
    for &i in &here {
        if let Some(u) = ctx.figure_used.get_mut(i) {
            *u = true;
        }
    }
    let place = Place::new(a, here);
    // A figure whose relation points at a figure of the same place nests under it.
    let roots: Vec<usize> = place
        .here
        .iter()
        .copied()
        .filter(|&i| place.parent(a, i).is_none())
        .collect();
    let mut out = Vec::new();
    for i in roots {
        let pointer = format!("{base}/{}", first + out.len());
        if let Some(m) = metric(ctx, i, &place, &pointer, 0) {
            out.push(m);
        }
    }
    out
}

/// The period of date mention `p` as the `period` of the element at `pointer`, the mention
/// used and grounded; an unresolved one keeps its wording and says so.
fn period_at(ctx: &mut Ctx<'_>, p: usize, pointer: &str) -> Option<inspection_report::Period> {
    let d = ctx.a.dates.get(p)?;
    let period = dates::period(d)?;
    if let Some(u) = ctx.date_used.get_mut(p) {
        *u = true;
    }
    ctx.source(&format!("{pointer}/period"), d.span, d.status);
    if d.value == crate::date::DateValue::Unresolved {
        ctx.diag(
            "unresolved_date",
            d.span,
            Some(format!("{pointer}/period")),
            format!(
                "`{}` names no date: the period keeps its wording only",
                d.written
            ),
        );
    }
    Some(period)
}

/// The figures of one place and how they nest: each figure's children by relation, found
/// once (a place of many figures would otherwise be scanned for each).
struct Place {
    /// The figures of the place, ascending.
    here: Vec<usize>,
    /// The figures of the place related to each figure of it, in text order.
    children: std::collections::HashMap<usize, Vec<(usize, RelationKind)>>,
}

impl Place {
    fn new(a: &crate::Analysis, mut here: Vec<usize>) -> Self {
        here.sort_unstable();
        let mut place = Place {
            here,
            children: std::collections::HashMap::new(),
        };
        for &c in &place.here {
            if let Some(r) = a.figures.get(c).and_then(|f| f.relation)
                && r.target != c
                && place.contains(r.target)
            {
                place
                    .children
                    .entry(r.target)
                    .or_default()
                    .push((c, r.kind));
            }
        }
        place
    }

    fn contains(&self, i: usize) -> bool {
        self.here.binary_search(&i).is_ok()
    }

    /// The figure of the place that figure `i` is related to.
    fn parent(&self, a: &crate::Analysis, i: usize) -> Option<usize> {
        a.figures
            .get(i)
            .and_then(|f| f.relation)
            .map(|r| r.target)
            .filter(|&t| t != i && self.contains(t))
    }
}

/// The metric of figure `i`, its children in `place` nested.
fn metric(
    ctx: &mut Ctx<'_>,
    i: usize,
    place: &Place,
    pointer: &str,
    depth: usize,
) -> Option<Metric> {
    let parent = place.parent(ctx.a, i);
    let a = ctx.a;
    let f = a.figures.get(i)?;
    let Ok(value) = Decimal::new(f.value) else {
        ctx.diag(
            "figure_out_of_range",
            f.span,
            Some(pointer.to_owned()),
            format!("`{}` does not fit the model's decimals", f.written),
        );
        return None;
    };
    let unit = Unit::from_code(f.unit.code()).unwrap_or(Unit::Other);
    let kind = MetricKind::from_code(f.kind.code()).unwrap_or(MetricKind::Other);
    let written = ctx.text(f.at);
    let unit_label = (unit == Unit::Other
        || (f.unit_label != unit.label_zh() && f.unit_label.contains('(')))
    .then(|| f.unit_label.clone());
    let parent_period = parent.and_then(|t| a.figures.get(t)).and_then(|t| t.period);
    let inherited_as_of = depth > 0
        && f.period.is_some()
        && f.period == parent_period
        && f.period
            .and_then(|p| a.dates.get(p))
            .is_some_and(|d| d.kind == crate::date::DateKind::AsOf);
    let own = match f.period {
        // A part does not repeat its total's as-of date (`目前…1185项(…74项…1111项)`).
        Some(_) if inherited_as_of => None,
        // An ordinal (`第一批`) has no as-of date.
        Some(p)
            if kind == MetricKind::Ordinal
                && a.dates
                    .get(p)
                    .is_some_and(|d| d.kind == crate::date::DateKind::AsOf) =>
        {
            None
        }
        Some(p) => Some(p),
        None if depth == 0 => clause_year(ctx, f.at),
        None => None,
    };
    // Counted up to now since a start its sentence names (`今年以来,…截至目前…110家`): the
    // period from that start; the as-of date is the publication's.
    let since = f.since.filter(|_| own == f.period && own.is_some());
    if let (Some(_), Some(u)) = (since, own.and_then(|p| ctx.date_used.get_mut(p))) {
        *u = true;
    }
    let period = since.or(own).and_then(|p| period_at(ctx, p, pointer));
    let rank = f.rank.as_ref().map(|r| Rank {
        out_of: r.out_of.and_then(|o| Decimal::new(o).ok()),
        out_of_unit: None,
        from_bottom: r.from_bottom,
        among: r.among.clone(),
    });
    // The wording when the digits of the value are not what is written (`一名`, `1,185项`,
    // `末位`), so that the span can be checked against it.
    let shows_value = super::sources::fold(&written).contains(&value.to_string());
    let wording = (kind == MetricKind::Rank || kind == MetricKind::Other || !shows_value)
        .then(|| written.clone());
    if f.decrease {
        ctx.diag(
            "decrease",
            f.span,
            Some(pointer.to_owned()),
            format!("`{written}` is a fall; the model keeps the value as written"),
        );
    }
    ctx.source(pointer, f.span, f.status);
    let mut m = Metric {
        source: super::core_source(f.span, f.status),
        id: None,
        kind,
        subject: f.subject.clone().unwrap_or_else(|| written.clone()),
        value,
        unit,
        unit_label,
        qualifier: f.qualifier.and_then(|q| Qualifier::from_code(q.code())),
        period,
        rank,
        parts: Vec::new(),
        of_which: Vec::new(),
        progress: None,
        wording,
    };
    if depth > 8 {
        return Some(m);
    }
    let children = place.children.get(&i).cloned().unwrap_or_default();
    let mut resolved = None;
    let mut remaining = None;
    for (c, kind) in children {
        match kind {
            RelationKind::PartOf => {
                let p = format!("{pointer}/parts/{}", m.parts.len());
                if let Some(part) = metric(ctx, c, place, &p, depth + 1) {
                    m.parts.push(part);
                }
            }
            RelationKind::OfWhich => {
                let p = format!("{pointer}/of_which/{}", m.of_which.len());
                if let Some(part) = metric(ctx, c, place, &p, depth + 1) {
                    m.of_which.push(part);
                }
            }
            RelationKind::ResolvedOf => resolved = Some(c),
            RelationKind::RemainingOf => remaining = Some(c),
        }
    }
    let value_of = |c: usize| a.figures.get(c).and_then(|f| Decimal::new(f.value).ok());
    match (resolved.and_then(value_of), remaining) {
        (Some(done), rest) => {
            if let Some(f) = resolved.and_then(|c| a.figures.get(c)) {
                ctx.source(&format!("{pointer}/progress/resolved"), f.span, f.status);
            }
            let rest_value = rest.and_then(value_of);
            if let Some(f) = rest.and_then(|c| a.figures.get(c)) {
                ctx.source(&format!("{pointer}/progress/remaining"), f.span, f.status);
            }
            m.progress = Some(Progress {
                resolved: done,
                remaining: rest_value,
            });
        }
        (None, Some(c)) => {
            // Remaining without resolved: an of-which part, said so.
            let p = format!("{pointer}/of_which/{}", m.of_which.len());
            if let Some(part) = metric(ctx, c, place, &p, depth + 1) {
                let span = a.figures.get(c).map_or_else(|| ctx.end(), |f| f.span);
                ctx.diag(
                    "remaining_without_resolved",
                    span,
                    Some(p),
                    "a remaining count without a resolved one is kept as an of-which part"
                        .to_owned(),
                );
                m.of_which.push(part);
            }
        }
        // `46项…均全部整改完毕`: all of it, said in words.
        (None, None) => {
            if let Some(words) = f.all_resolved {
                ctx.source(
                    &format!("{pointer}/progress/resolved"),
                    words,
                    crate::Status::Derived,
                );
                m.progress = Some(Progress {
                    resolved: value,
                    remaining: None,
                });
            }
        }
    }
    Some(m)
}

/// The dispositions inside `at`; `base` is the pointer of the array.
pub(crate) fn dispositions(ctx: &mut Ctx<'_>, at: Span, base: &str) -> Vec<Disposition> {
    dispositions_from(ctx, at, base, 0)
}

/// [`dispositions`], the first at index `first` of the array.
pub(crate) fn dispositions_from(
    ctx: &mut Ctx<'_>,
    at: Span,
    base: &str,
    first: usize,
) -> Vec<Disposition> {
    let a = ctx.a;
    let mut out = Vec::new();
    for i in ctx.within(super::Reading::Disposition, at) {
        let Some(d) = a.dispositions.get(i) else {
            continue;
        };
        if ctx.disposition_used.get(i).copied().unwrap_or(true) || !inside(at, d.at) {
            continue;
        }
        if let Some(u) = ctx.disposition_used.get_mut(i) {
            *u = true;
        }
        let pointer = format!("{base}/{}", first + out.len());
        let kind = DispositionKind::from_code(d.kind.code()).unwrap_or(DispositionKind::Other);
        let label = (d.form != crate::disposition::TermForm::Label
            || kind == DispositionKind::Other)
            .then(|| d.label.clone());
        let figure = d.figure.and_then(|f| a.figures.get(f));
        let money = d
            .unit
            .and_then(|u| Unit::from_code(u.code()))
            .filter(|u| u.yuan_factor().is_some());
        let count = d.count.and_then(|c| Decimal::new(c).ok());
        let (count, unit, amount) = match money {
            Some(unit) => (
                None,
                None,
                count.map(|value| Quantity {
                    value,
                    unit,
                    wording: figure.map(|f| f.written.clone()),
                }),
            ),
            None => (
                count,
                d.unit
                    .and_then(crate::disposition::disposition_unit_code)
                    .and_then(DispositionUnit::from_code),
                None,
            ),
        };
        let period = figure
            .and_then(|f| f.period)
            .and_then(|p| period_at(ctx, p, &pointer));
        let mut including: Vec<IncludedDisposition> = d
            .included
            .iter()
            .map(|inc| {
                let kind =
                    DispositionKind::from_code(inc.kind.code()).unwrap_or(DispositionKind::Other);
                IncludedDisposition {
                    kind,
                    count: None,
                    label: (kind == DispositionKind::Other || inc.label != kind.label_zh())
                        .then(|| inc.label.clone())
                        .filter(|l| {
                            kind == DispositionKind::Other || !kind.label_zh().contains(l.as_str())
                        }),
                }
            })
            .collect();
        for part in &d.parts {
            let kind =
                DispositionKind::from_code(part.kind.code()).unwrap_or(DispositionKind::Other);
            including.push(IncludedDisposition {
                kind,
                count: part.count.and_then(|c| Decimal::new(c).ok()),
                label: (kind == DispositionKind::Other).then(|| part.label.clone()),
            });
        }
        ctx.source(&pointer, d.span, crate::Status::Read);
        out.push(Disposition {
            source: super::core_source(d.span, crate::Status::Read),
            id: None,
            kind,
            label,
            count,
            unit,
            subject: d.object.clone(),
            amount,
            including,
            parts: Vec::new(),
            term: None,
            together_with: Vec::new(),
            occasion: None,
            recipients: Vec::new(),
            period,
        });
    }
    out
}

/// The documents inside `at`; `base` is the pointer of the array, `ids` the id prefix.
pub(crate) fn documents(ctx: &mut Ctx<'_>, at: Span, base: &str, ids: &str) -> Vec<Document> {
    let a = ctx.a;
    let mut out = Vec::new();
    for i in ctx.within(super::Reading::Document, at) {
        let Some(d) = a.documents.get(i) else {
            continue;
        };
        if ctx.document_used.get(i).copied().unwrap_or(true) || !inside(at, d.at) {
            continue;
        }
        if let Some(u) = ctx.document_used.get_mut(i) {
            *u = true;
        }
        let pointer = format!("{base}/{}", out.len());
        let Some(doc_id) = id(ctx, &format!("{ids}{}", out.len() + 1), d.span) else {
            continue;
        };
        let title = match &d.title {
            Some(t) => t.clone(),
            None => {
                ctx.diag(
                    "missing_document_title",
                    d.span,
                    Some(format!("{pointer}/title")),
                    "a document number without a title: the title is left empty".to_owned(),
                );
                super::NOT_STATED.to_owned()
            }
        };
        let date = d.date.and_then(|k| {
            let m = a.dates.get(k)?;
            let value = dates::date_or_period(m)?;
            if let Some(u) = ctx.date_used.get_mut(k) {
                *u = true;
            }
            ctx.source(&format!("{pointer}/date"), m.span, m.status);
            Some(value)
        });
        if let Some(t) = d.title_span {
            ctx.source(&format!("{pointer}/title"), t, crate::Status::Read);
        }
        ctx.source(&pointer, d.span, crate::Status::Read);
        out.push(Document {
            source: super::core_source(d.span, crate::Status::Read),
            id: doc_id,
            title,
            number: d.number.as_ref().map(|n| n.text.clone()),
            issuer: None,
            parties: Vec::new(),
            signatories: Vec::new(),
            date,
            status: (d.role == DocumentRole::Issued).then_some(DocumentStatus::Issued),
        });
    }
    out
}

/// The year of the clause of a figure that states none: a year standing alone in the same
/// clause (between `,` `;` `。`), outside cited titles (`2家企业成功申报2025年第一批…`).
fn clause_year(ctx: &Ctx<'_>, at: Span) -> Option<usize> {
    let a = ctx.a;
    let text = a.text.text.as_str();
    let stops = [',', '，', ';', '；', '。', '\n', ':', '：'];
    // Bounded both ways: a clause is short, a text without punctuation is not.
    let start = crate::grammar::clause_before(text, at.start, 300, &stops);
    let tail = crate::grammar::ahead(text, at.end, 300);
    let end = at.end + tail.find(stops).unwrap_or(tail.len());
    let clause = Span::new(start, end);
    let candidates: Vec<(usize, &crate::date::DateMention)> = ctx
        .within(super::Reading::Date, clause)
        .into_iter()
        .filter_map(|i| Some((i, a.dates.get(i)?)))
        .collect();
    let mut years = candidates.into_iter().filter(|(_, d)| {
        inside(clause, d.at)
            && d.kind == crate::date::DateKind::Point
            && d.status == crate::Status::Read
            && matches!(d.value, crate::date::DateValue::Date(p) if p.month.is_none())
            && !ctx.in_document(d.at)
    });
    let first = years.next().map(|(i, _)| i);
    // Two years in one clause: neither is the figure's.
    if years.next().is_some() {
        return None;
    }
    first
}
