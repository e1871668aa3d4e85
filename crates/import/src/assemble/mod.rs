//! The assembly step: the layers' readings of a notice become an [`Inspection`] of the core
//! model, every element tied to its span of the original input.
//!
//! [`import`] runs [`analyze`](crate::analyze) and places what it read:
//!
//! - the title, preamble facts (commissioning authority, team, inspected organizations,
//!   on-site period, feedback date, rectification period, stated duration, label), the legal
//!   basis, summary paragraphs, the invitation and contacts, the issuer and the date;
//! - sections (`一、…`), nested groups, findings (`1.…`) with their status and measures
//!   (`一是…`), the next-step plan and its commitments;
//! - figures as [`Metric`](inspection_report::Metric)s of the innermost measure or finding
//!   (parts, of-which parts and progress nested under their totals), dispositions, documents
//!   and dates (periods of figures, dates of documents, milestones of measures).
//!
//! It never guesses. What it cannot place is a [`Diagnostic`]; text it did not use is listed
//! in [`Imported::unplaced`]. What the text does not state is said by a `missing_*`
//! diagnostic:
//!
//! - a value the model makes optional (the publication date, the team, the commissioning
//!   authority, a section heading over findings published under none) is left out;
//! - a finding whose status nothing states is `not_stated`;
//! - the report's title and issuer, which every complete notice states and the model
//!   requires, are [`NOT_STATED`] (the empty string), which validation reports as rule R301
//!   (required text empty): an excerpt cut before its title or issuer is incomplete, and its
//!   validation says so.
//!
//! Ids are derived from positions, as in the hand encoding of the reference notice: sections
//! by kind (`completed`, `long-term`, `ongoing`, else `s-2`), findings `f-1-01` (section,
//! finding), measures `f-1-01.m2`, commitments `next-1`, documents `f-1-03.m2.d1` and
//! `basis-1`.

mod body;
mod coverage;
mod dates;
mod figures;
mod front;
mod report;
mod round;
mod sources;
mod status;
mod summary;
mod tail;

pub use sources::{Source, SourceMap, SourceStatus, check_sources};

use inspection_report::{Inspection, PartialDate};

use crate::structure::Node;
use crate::{Analysis, Span, Status};

/// The marker of a required name or title the text does not state: the empty string, which
/// validation reports (R301), always with a `missing_*` [`Diagnostic`].
///
/// # Examples
///
/// ```
/// use inspection_report_import::assemble::{NOT_STATED, Options, import};
///
/// let imported = import("根据市委统一部署,市委第一巡察组对东城区进行了巡察。", &Options::default());
/// assert_eq!(imported.inspection.issuer.name, NOT_STATED);
/// assert!(imported.diagnostics.iter().any(|d| d.code == "missing_issuer"));
/// ```
pub const NOT_STATED: &str = "";

/// How to import a notice.
///
/// # Examples
///
/// ```
/// use inspection_report_import::assemble::Options;
///
/// let options = Options { published: "2025-10-23".parse().ok(), ..Options::default() };
/// assert!(options.metadata);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// The publication date, when known from elsewhere (the page that held the text): used
    /// as the report's `published` date when the text ends without one, and as the anchor of
    /// relative dates (`今年`, `截至目前`) instead of the date the text states.
    pub published: Option<PartialDate>,
    /// Keep the publication metadata of web page chrome (`发布机构`, `发布日期` …) in
    /// [`Imported::metadata`] and use it for the issuer and publication date when the body
    /// states none (`true`, the default); `false` drops it.
    pub metadata: bool,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            published: None,
            metadata: true,
        }
    }
}

/// Something the import could not read, place or check, with where and why.
///
/// # Examples
///
/// ```
/// use inspection_report_import::assemble::{Options, import};
///
/// let imported = import("根据市委统一部署,市委第一巡察组对东城区进行了巡察。整改情况:一是", &Options::default());
/// assert!(imported.diagnostics.iter().any(|d| d.code == "missing_issuer"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// A snake_case code: `truncated`, `missing_title`, `unplaced_figure` …
    pub code: &'static str,
    /// Where, in bytes of the original input (empty at the end for what is missing).
    pub span: Span,
    /// The JSON pointer of the value concerned, when there is one.
    pub pointer: Option<String>,
    /// A short explanation in English.
    pub message: String,
}

/// A publication metadata field of the web page around the notice.
///
/// # Examples
///
/// ```
/// use inspection_report_import::assemble::{Options, import};
///
/// let page = "首页 > 通知公告\n【信息时间:2026-02-13 阅读次数: 】\n\n根据市委统一部署,市委第一巡察组对东城区进行了巡察。";
/// let imported = import(page, &Options::default());
/// assert!(imported.metadata.iter().any(|m| m.value.starts_with("2026-02-13")));
/// let bare = import(page, &Options { metadata: false, ..Options::default() });
/// assert!(bare.metadata.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Metadata {
    /// The key as written (`发布机构`).
    pub key: String,
    /// The value as written.
    pub value: String,
    /// Where the value is, in the original input.
    pub span: Span,
}

/// An imported notice: the report, where each of its elements was read, what could not be
/// read, and the body text used by no element.
///
/// # Examples
///
/// ```
/// use inspection_report_import::assemble::{Options, import};
///
/// let text = "1. 整改成效不明显。\n\n整改情况:一是开展督导检查5次。\n\n另有一段。";
/// let imported = import(text, &Options::default());
/// let finding = &imported.inspection.sections[0].findings[0];
/// assert_eq!(finding.measures[0].metrics[0].value.to_string(), "5");
/// // Every body character is in an element's span or listed as unplaced.
/// let unplaced: Vec<&str> = imported.unplaced.iter().map(|s| &text[s.range()]).collect();
/// assert_eq!(unplaced, ["另有一段。"]);
/// ```
#[derive(Debug, Clone)]
pub struct Imported {
    /// The report.
    pub inspection: Inspection,
    /// JSON pointer → span of the original input, for every element.
    pub sources: SourceMap,
    /// What could not be read or placed, and the markers of required values not stated.
    pub diagnostics: Vec<Diagnostic>,
    /// Body text (outside web page chrome, whitespace excepted) inside no element's span.
    pub unplaced: Vec<Span>,
    /// Publication metadata of the page chrome (empty with [`Options::metadata`] off).
    pub metadata: Vec<Metadata>,
}

/// Reads a published notice into a report of the core model.
///
/// Never panics; linear in the input. See the [module documentation](self) for what is
/// placed where and what is done with values not stated.
///
/// # Examples
///
/// ```
/// use inspection_report::Validate;
/// use inspection_report_import::assemble::{Options, import};
///
/// let text = "中共示范区工委关于巡察整改情况的通报\n\n根据市委统一部署,2025年3月6日至4月28日,市委第八巡察组对示范区党工委进行了巡察。\n\n一、已完成的整改任务\n\n1. 整改成效不明显。\n\n整改情况:一是开展督导检查5次;二是党纪政务处分8人。\n\n中共示范区工委\n2025年10月23日";
/// let imported = import(text, &Options::default());
/// let report = &imported.inspection;
/// assert_eq!(report.round.team.as_ref().map(|t| t.name.as_str()), Some("市委第八巡察组"));
/// let finding = &report.sections[0].findings[0];
/// assert_eq!(finding.id.as_str(), "f-1-01");
/// assert_eq!(finding.measures[1].dispositions.len(), 1);
/// assert_eq!(report.published.map(|d| d.to_string()).as_deref(), Some("2025-10-23"));
/// let source = imported.sources.get("/sections/0/findings/0/measures/0/metrics/0").unwrap();
/// assert_eq!(&text[source.start..source.end], "5次");
/// assert!(!report.validate().has_errors());
/// ```
pub fn import(text: &str, options: &Options) -> Imported {
    let analysis = analyze_with(text, options.published);
    let mut ctx = Ctx::new(&analysis, options);
    let inspection = report::build(&mut ctx);
    ctx.leftovers();
    let unplaced = coverage::unplaced(&ctx);
    for span in &unplaced {
        ctx.diag(
            "unplaced_text",
            *span,
            None,
            format!(
                "text used by no element: `{}`",
                short(analysis.text.original_text(*span))
            ),
        );
    }
    let metadata = if options.metadata {
        analysis
            .text
            .metadata
            .iter()
            .map(|m| Metadata {
                key: m.key.clone(),
                value: m.value.clone(),
                span: m.value_span,
            })
            .collect()
    } else {
        Vec::new()
    };
    Imported {
        inspection,
        sources: ctx.sources,
        diagnostics: ctx.diagnostics,
        unplaced,
        metadata,
    }
}

/// The first characters of a text, for messages.
fn short(s: &str) -> String {
    let mut out: String = s.chars().take(24).collect();
    if s.chars().nth(24).is_some() {
        out.push('…');
    }
    out
}

/// [`analyze`](crate::analyze), with an anchor date given from outside.
fn analyze_with(text: &str, anchor: Option<PartialDate>) -> Analysis {
    let Some(anchor) = anchor.map(to_layer_date) else {
        return crate::analyze(text);
    };
    let norm = crate::text::normalize(text);
    let mut dates = crate::date::extract(&norm, Some(anchor));
    let figures = crate::figure::extract(&norm, &dates);
    let dispositions = crate::disposition::extract(&norm, &figures);
    let documents = crate::document::extract(&norm, &dates);
    let contacts = crate::contact::extract(&norm);
    let outline = crate::structure::outline(&norm, &dates, &figures, &contacts);
    crate::structure::resolve_references(&outline, &mut dates);
    Analysis {
        text: norm,
        anchor: Some(anchor),
        dates,
        figures,
        dispositions,
        documents,
        contacts,
        outline,
    }
}

/// A model date as a layer date.
fn to_layer_date(d: PartialDate) -> crate::date::PartialDate {
    use chrono::Datelike;
    use inspection_report::date::Precision;
    let first = d.first_day();
    crate::date::PartialDate {
        year: d.year_number(),
        month: (d.precision() != Precision::Year).then(|| first.month()),
        day: (d.precision() == Precision::Day).then(|| first.day()),
    }
}

/// The state of one assembly: the analysis, what has been used, the sources and diagnostics.
pub(crate) struct Ctx<'a> {
    pub(crate) a: &'a Analysis,
    pub(crate) options: &'a Options,
    pub(crate) sources: SourceMap,
    pub(crate) diagnostics: Vec<Diagnostic>,
    /// Original spans of the text the report uses.
    pub(crate) placed: Vec<Span>,
    pub(crate) figure_used: Vec<bool>,
    pub(crate) date_used: Vec<bool>,
    pub(crate) document_used: Vec<bool>,
    pub(crate) disposition_used: Vec<bool>,
    /// `(normalized start, index)` of the figures, dates, dispositions and documents, sorted,
    /// so that a place finds its readings by binary search (linear assembly on long input).
    pub(crate) order: [Vec<(usize, usize)>; 4],
}

/// The lists of readings [`Ctx::within`] searches.
#[derive(Clone, Copy)]
pub(crate) enum Reading {
    Figure = 0,
    Date = 1,
    Disposition = 2,
    Document = 3,
}

/// `(start, index)` pairs, sorted.
fn sorted(starts: impl Iterator<Item = usize>) -> Vec<(usize, usize)> {
    let mut v: Vec<(usize, usize)> = starts.enumerate().map(|(i, s)| (s, i)).collect();
    v.sort_unstable();
    v
}

impl<'a> Ctx<'a> {
    fn new(a: &'a Analysis, options: &'a Options) -> Self {
        let mut figure_used = vec![false; a.figures.len()];
        // Disposition counts are dispositions, not metrics.
        for d in &a.dispositions {
            for i in d
                .figure
                .into_iter()
                .chain(d.parts.iter().filter_map(|p| p.figure))
            {
                if let Some(u) = figure_used.get_mut(i) {
                    *u = true;
                }
            }
        }
        Self {
            a,
            options,
            sources: SourceMap::default(),
            diagnostics: a
                .outline
                .diagnostics
                .iter()
                .map(|d| Diagnostic {
                    code: d.code,
                    span: d.span,
                    pointer: None,
                    message: d.message.clone(),
                })
                .collect(),
            placed: Vec::new(),
            figure_used,
            date_used: vec![false; a.dates.len()],
            document_used: vec![false; a.documents.len()],
            disposition_used: vec![false; a.dispositions.len()],
            order: [
                sorted(a.figures.iter().map(|f| f.at.start)),
                sorted(a.dates.iter().map(|d| d.at.start)),
                sorted(a.dispositions.iter().map(|d| d.at.start)),
                sorted(a.documents.iter().map(|d| d.at.start)),
            ],
        }
    }

    /// The indices of the readings of a kind that start inside the normalized span `at`, in
    /// text order.
    pub(crate) fn within(&self, kind: Reading, at: Span) -> Vec<usize> {
        let Some(order) = self.order.get(kind as usize) else {
            return Vec::new();
        };
        let from = order.partition_point(|&(s, _)| s < at.start);
        let to = order.partition_point(|&(s, _)| s < at.end);
        order
            .get(from..to.max(from))
            .unwrap_or(&[])
            .iter()
            .map(|&(_, i)| i)
            .collect()
    }

    /// Whether the normalized span `at` lies inside a cited document (its title).
    pub(crate) fn in_document(&self, at: Span) -> bool {
        // Documents are short: one that contains `at` starts at most 2,000 bytes before.
        let from = Span::new(at.start.saturating_sub(2000), at.start + 1);
        self.within(Reading::Document, from)
            .into_iter()
            .filter_map(|i| self.a.documents.get(i))
            .any(|d| figures::inside(d.at, at))
    }

    /// The normalized text of a normalized span, trimmed.
    pub(crate) fn text(&self, at: Span) -> String {
        self.a.text.get(at).trim().to_owned()
    }

    /// Records a diagnostic.
    pub(crate) fn diag(
        &mut self,
        code: &'static str,
        span: Span,
        pointer: Option<String>,
        message: String,
    ) {
        self.diagnostics.push(Diagnostic {
            code,
            span,
            pointer,
            message,
        });
    }

    /// Records the source of a value. (Text is marked placed node by node, with
    /// [`place_own`](Self::place_own), so that a paragraph of a section that no element
    /// takes stays unplaced.)
    pub(crate) fn source(&mut self, pointer: &str, span: Span, status: Status) {
        self.sources.insert(pointer, span, status);
    }

    /// Marks a node's own text (without its children) placed.
    pub(crate) fn place_own(&mut self, node: &Node) {
        let mut at = node.span.start;
        for child in &node.children {
            if child.span.start > at {
                self.placed.push(Span::new(at, child.span.start));
            }
            at = at.max(child.span.end);
        }
        if node.span.end > at {
            self.placed.push(Span::new(at, node.span.end));
        }
    }

    /// The end of the input, for diagnostics of what is missing.
    pub(crate) fn end(&self) -> Span {
        let n = self.a.text.original.len();
        Span::new(n, n)
    }

    /// Diagnostics for figures, dates, dispositions and documents placed nowhere.
    fn leftovers(&mut self) {
        let a = self.a;
        for (i, f) in a.figures.iter().enumerate() {
            if !self.figure_used.get(i).copied().unwrap_or(true) {
                self.diag(
                    "unplaced_figure",
                    f.span,
                    None,
                    format!("figure `{}` is in no measure or finding", f.written),
                );
            }
        }
        for (i, d) in a.dates.iter().enumerate() {
            if !self.date_used.get(i).copied().unwrap_or(true) {
                self.diag(
                    "unplaced_date",
                    d.span,
                    None,
                    format!("date `{}` has no place in the report", d.written),
                );
            }
        }
        for (i, d) in a.dispositions.iter().enumerate() {
            if !self.disposition_used.get(i).copied().unwrap_or(true) {
                self.diag(
                    "unplaced_disposition",
                    d.span,
                    None,
                    format!("disposition `{}` is in no measure", d.label),
                );
            }
        }
        for (i, d) in a.documents.iter().enumerate() {
            if !self.document_used.get(i).copied().unwrap_or(true) {
                self.diag(
                    "unplaced_document",
                    d.span,
                    None,
                    format!(
                        "document `{}` is in no measure or legal basis",
                        d.title.as_deref().unwrap_or("")
                    ),
                );
            }
        }
    }
}

/// The core model's inline source of a span (the same span as the [`SourceMap`] entry).
pub(crate) fn core_source(span: Span, status: Status) -> Option<inspection_report::Source> {
    Some(match status {
        Status::Read => inspection_report::Source::read(span.start, span.end),
        Status::Derived => inspection_report::Source::derived(span.start, span.end),
    })
}

/// Parses an id, with a diagnostic when it is not one (never for the ids built here).
pub(crate) fn id<T: std::str::FromStr>(ctx: &mut Ctx<'_>, s: &str, span: Span) -> Option<T> {
    let parsed = s.parse().ok();
    if parsed.is_none() {
        ctx.diag("bad_id", span, None, format!("`{s}` is not an id"));
    }
    parsed
}
