//! The source map: where in the original input each element of an imported report was read.
//!
//! Keys are JSON pointers into the JSON form of the [`Inspection`] (`/sections/0/findings/1`,
//! `/sections/0/findings/1/measures/2/metrics/0/period`); values are byte spans of the
//! original input with how the value was grounded.
//!
//! The core model now carries the same spans inline (`"source"` on sections, findings,
//! measures, figures, dispositions, documents, milestones, commitments and periods), and
//! [`import`](super::import) fills both: every inline `source` equals the map's entry at the
//! element's pointer. The map also grounds what has no inline field (texts, the round's
//! organizations and dates, the contact, issuer and publication date).

use std::collections::BTreeMap;

use inspection_report::Inspection;
use serde::Serialize;

use super::Diagnostic;
use crate::{Span, Status};

/// How a value is grounded in its span.
///
/// # Examples
///
/// ```
/// use inspection_report_import::{Status, assemble::SourceStatus};
///
/// assert_eq!(SourceStatus::from(Status::Derived), SourceStatus::Derived);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceStatus {
    /// Read as written: the span states the value.
    Read,
    /// Derived from words (`末位` → rank 1, `整改期间` → a period, a year taken from the
    /// publication date): the span points at the words.
    Derived,
}

impl From<Status> for SourceStatus {
    fn from(status: Status) -> Self {
        match status {
            Status::Read => Self::Read,
            Status::Derived => Self::Derived,
        }
    }
}

/// One entry of a [`SourceMap`]: a byte span of the original input and its status.
///
/// # Examples
///
/// ```
/// use inspection_report_import::assemble::{Source, SourceStatus};
///
/// let source = Source { start: 3, end: 9, status: SourceStatus::Read };
/// assert_eq!(serde_json::to_string(&source).unwrap(), r#"{"start":3,"end":9,"status":"read"}"#);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Source {
    /// First byte, in the original input.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Read as written, or derived from words.
    pub status: SourceStatus,
}

impl Source {
    /// The span as a [`Span`].
    pub fn span(self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// JSON pointer → [`Source`] for every section, finding, measure, figure, disposition,
/// document, commitment and date of an imported report (and its texts: title, problem, measure
/// and commitment texts, section titles, preamble, issuer, contact).
///
/// Serializes as one JSON object ordered by pointer:
/// `{"/sections/0/findings/1": {"start": …, "end": …, "status": "read"}, …}`.
///
/// # Examples
///
/// ```
/// use inspection_report_import::{Span, Status, assemble::SourceMap};
///
/// let mut sources = SourceMap::default();
/// sources.insert("/title", Span::new(0, 6), Status::Read);
/// assert_eq!(sources.get("/title").map(|s| s.end), Some(6));
/// assert_eq!(sources.to_json(), r#"{"/title":{"start":0,"end":6,"status":"read"}}"#);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct SourceMap(BTreeMap<String, Source>);

impl SourceMap {
    /// Records the span of the value at `pointer` (replacing an earlier entry).
    pub fn insert(&mut self, pointer: impl Into<String>, span: Span, status: Status) {
        self.0.insert(
            pointer.into(),
            Source {
                start: span.start,
                end: span.end,
                status: status.into(),
            },
        );
    }

    /// The entry of `pointer`.
    pub fn get(&self, pointer: &str) -> Option<Source> {
        self.0.get(pointer).copied()
    }

    /// Every entry, ordered by pointer.
    pub fn iter(&self) -> impl Iterator<Item = (&str, Source)> {
        self.0.iter().map(|(k, v)| (k.as_str(), *v))
    }

    /// How many entries.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there is no entry.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The map as compact JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| "{}".to_owned())
    }
}

/// Folds a text for comparison: full-width forms folded, whitespace removed.
pub(crate) fn fold(s: &str) -> String {
    s.chars()
        .map(crate::text::fold_char)
        .filter(|c| !c.is_whitespace())
        .collect()
}

/// The numerals of a text (folded), as decimal strings, magnitudes applied and not.
fn numerals(s: &str) -> Vec<String> {
    let folded = fold(s).replace(',', "");
    crate::numeral::scan(&folded)
        .iter()
        .flat_map(|n| {
            [
                n.value.normalize().to_string(),
                n.mantissa.normalize().to_string(),
            ]
        })
        .collect()
}

/// Checks a report against the text it was read from: each span of `sources` lies on
/// character boundaries inside `text` and points at an existing value of `report`, and the
/// text there states the value.
///
/// - texts (`title`, `problem`, `text`, `name` …): the span's text, folded (full-width forms,
///   whitespace removed), equals the field folded the same way;
/// - figures and dispositions read as written: the value's numeral is in the span (a Chinese
///   numeral counts by its value);
/// - dates and periods: the span contains the date's wording (folded), or, without a
///   wording, the numerals of its month and day;
/// - sections, findings, measures, commitments, documents: the span contains their title or
///   text.
///
/// Values derived from words are checked for their place only. The report's inline
/// `source` fields are checked too, by the core crate's
/// [`source::check`](inspection_report::source::check) (code `inline_source_mismatch`).
///
/// # Errors
///
/// Returns one [`Diagnostic`] per failed check (none when everything holds), with the
/// pointer, the span and the code `span_out_of_bounds`, `no_such_value`, `value_not_stated`
/// or `inline_source_mismatch`.
///
/// # Examples
///
/// ```
/// use inspection_report_import::assemble::{Options, check_sources, import};
///
/// let text = "关于巡察整改情况的通报\n\n一、已完成的整改任务\n\n1. 整改成效不明显。\n\n整改情况:一是开展督导检查5次。\n\n中共示范区工委\n2025年10月23日";
/// let imported = import(text, &Options::default());
/// assert!(check_sources(text, &imported.inspection, &imported.sources).is_empty());
/// ```
pub fn check_sources(text: &str, report: &Inspection, sources: &SourceMap) -> Vec<Diagnostic> {
    let json = serde_json::to_value(report).unwrap_or(serde_json::Value::Null);
    // Texts are compared in the importer's normal form (PDF spaces, bold markers, page
    // breaks removed), mapped back from the original spans.
    let norm = crate::text::normalize(text);
    let mut out = Vec::new();
    for (pointer, source) in sources.iter() {
        let span = source.span();
        let problem = |code: &'static str, message: String| Diagnostic {
            code,
            span,
            pointer: Some(pointer.to_owned()),
            message,
        };
        let Some(under) = text.get(span.range()) else {
            out.push(problem(
                "span_out_of_bounds",
                format!(
                    "{}..{} is not a span on character boundaries of the text ({} bytes)",
                    span.start,
                    span.end,
                    text.len()
                ),
            ));
            continue;
        };
        let Some(value) = json.pointer(pointer) else {
            out.push(problem(
                "no_such_value",
                format!("the report has no value at {pointer}"),
            ));
            continue;
        };
        let normalized = norm
            .text
            .get(norm.map.normalized_at(span.start)..norm.map.normalized_at(span.end))
            .filter(|n| !n.trim().is_empty())
            // Page chrome (a metadata date) has no normal form: the original.
            .unwrap_or(under);
        if let Some(message) = states(normalized, pointer, value, source.status) {
            out.push(problem("value_not_stated", message));
        }
    }
    // The inline sources of the core model, checked by the core crate.
    for m in inspection_report::source::check(text, report) {
        let s = m.source();
        out.push(Diagnostic {
            code: "inline_source_mismatch",
            span: Span::new(s.start as usize, s.end as usize),
            pointer: Some(m.pointer().to_owned()),
            message: m.message().to_owned(),
        });
    }
    out
}

/// Why `under` does not state `value`, or `None` when it does.
fn states(
    under: &str,
    pointer: &str,
    value: &serde_json::Value,
    status: SourceStatus,
) -> Option<String> {
    use serde_json::Value;
    let folded = fold(under);
    let last = pointer.rsplit('/').next().unwrap_or("");
    let is_date_field = matches!(
        last,
        "on_site" | "feedback_date" | "period" | "date" | "published"
    );
    match value {
        // A code derived from words (`巡察` → `party_inspection`): its place only.
        Value::String(_) if status == SourceStatus::Derived && !is_date_field => None,
        Value::String(s) if matches!(last, "resolved" | "remaining" | "completion_rate") => {
            let want = s
                .parse::<rust_decimal::Decimal>()
                .ok()?
                .normalize()
                .to_string();
            (!numerals(under).contains(&want))
                .then(|| format!("`{under}` does not state the figure {s}"))
        }
        Value::String(s) if is_date_field => {
            date_stated(&folded, None, s).then_some(()).map_or_else(
                || Some(format!("`{under}` does not state the date {s}")),
                |()| None,
            )
        }
        Value::String(s) => (folded != fold(s)).then(|| format!("`{under}` is not `{s}`")),
        Value::Object(map)
            if is_date_field || map.contains_key("wording") && !map.contains_key("value") =>
        {
            let wording = map.get("wording").and_then(Value::as_str);
            let start = map.get("start").and_then(Value::as_str).unwrap_or("");
            if status == SourceStatus::Derived && wording.is_none() {
                return None;
            }
            (!date_stated(&folded, wording, start))
                .then(|| format!("`{under}` does not state the period {value}"))
        }
        Value::Object(map) => {
            if let Some(v) = map
                .get("value")
                .or_else(|| map.get("count"))
                .and_then(Value::as_str)
            {
                if status == SourceStatus::Derived {
                    return None;
                }
                let want = v
                    .parse::<rust_decimal::Decimal>()
                    .ok()?
                    .normalize()
                    .to_string();
                return (!numerals(under).contains(&want))
                    .then(|| format!("`{under}` does not state the figure {v}"));
            }
            let text = ["problem", "text", "title", "name", "invitation"]
                .iter()
                .find_map(|k| map.get(*k).and_then(Value::as_str));
            match text {
                Some(t) => (!folded.contains(&fold(t)))
                    .then(|| format!("`{under}` does not contain `{t}`")),
                None => {
                    if let Some(kind) = map.get("kind").and_then(Value::as_str) {
                        // A disposition without a count: its term is in the span.
                        return (folded.is_empty())
                            .then(|| format!("empty span for a disposition {kind}"));
                    }
                    None
                }
            }
        }
        _ => None,
    }
}

/// Whether a folded text states a date: its wording, or the numerals of an ISO date.
fn date_stated(folded: &str, wording: Option<&str>, iso: &str) -> bool {
    if let Some(w) = wording {
        return folded.contains(&fold(w));
    }
    let nums = numerals(folded);
    let mut parts = iso.split('-').filter_map(|p| p.parse::<u32>().ok());
    let _year = parts.next();
    parts.all(|p| nums.contains(&p.to_string()))
}
