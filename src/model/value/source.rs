//! Where an element of a report was read from: a span of the original text of the notice.
//!
//! A report imported from a published text (by `inspection-report-import`) carries, on each
//! section, finding, measure, figure, disposition, document, milestone, commitment and period,
//! the byte offsets of the words it was read from, so that a partner system can highlight
//! them. [`check`] verifies a report's spans against its text.

use std::fmt;

use bon::Builder;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::codelist::codelist;

codelist! {
    /// How a value was got from its words.
    #[derive(Default)]
    pub enum Grounding {
        /// Read as written: the span states the value (`8人`).
        #[default]
        Read = "read", "原文所载", "read as written";
        /// Derived from words that imply it (`末位` → rank 1 from the bottom, `整改期间` → the
        /// rectification period, `两年` → 2 years): the span holds those words.
        Derived = "derived", "由文字推得", "derived from words";
    }
}

impl Grounding {
    fn is_read(&self) -> bool {
        *self == Self::Read
    }
}

/// A span of the original text: byte offsets `start..end` into the input the report was read
/// from (not into a normalized copy), on character boundaries.
///
/// In JSON: `"source": {"start": 1032, "end": 1041}`, with `"grounding": "derived"` when the
/// value was derived from the words rather than read as written.
///
/// # Examples
///
/// ```
/// use inspection_report::Source;
///
/// let text = "开展督导检查5次。";
/// let source = Source::read(text.find('5').unwrap_or(0), text.find('。').unwrap_or(0));
/// assert_eq!(source.slice(text), Some("5次"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, Builder)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The byte offset of the first byte.
    pub start: u32,
    /// The byte offset just after the last byte.
    pub end: u32,
    /// How the value was got from the span: read as written (the default, omitted in JSON) or
    /// derived.
    #[serde(default, skip_serializing_if = "Grounding::is_read")]
    #[builder(default = Grounding::Read)]
    pub grounding: Grounding,
}

impl Source {
    /// A span read as written. Offsets beyond `u32::MAX` are clamped (a notice is far
    /// shorter).
    pub fn read(start: usize, end: usize) -> Self {
        Self {
            start: clamp(start),
            end: clamp(end),
            grounding: Grounding::Read,
        }
    }

    /// A span whose words imply the value.
    pub fn derived(start: usize, end: usize) -> Self {
        Self {
            grounding: Grounding::Derived,
            ..Self::read(start, end)
        }
    }

    /// The text of the span in `text`, if it lies inside it on character boundaries.
    pub fn slice(self, text: &str) -> Option<&str> {
        let (start, end) = (
            usize::try_from(self.start).ok()?,
            usize::try_from(self.end).ok()?,
        );
        text.get(start..end)
    }
}

fn clamp(offset: usize) -> u32 {
    u32::try_from(offset).unwrap_or(u32::MAX)
}

impl fmt::Display for Source {
    /// Writes `start..end`, followed by ` (derived)` for a derived span.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)?;
        if self.grounding == Grounding::Derived {
            f.write_str(" (derived)")?;
        }
        Ok(())
    }
}

/// A span that does not agree with the text it should point into.
///
/// # Examples
///
/// ```
/// use inspection_report::{Metric, Source, Unit, source};
///
/// let text = "召开6次党工委会议。";
/// let mut meetings = Metric::count("党工委会议", 6u32, Unit::Time);
/// meetings.source = Some(Source::read(0, 3)); // `召`: not the figure
/// let mismatches = source::check_metric(text, &meetings);
/// assert_eq!(mismatches[0].pointer(), "/source");
/// assert!(mismatches[0].message().contains("does not state"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Mismatch {
    pointer: String,
    source: Source,
    message: String,
}

impl Mismatch {
    /// The JSON pointer of the `source` that disagrees.
    pub fn pointer(&self) -> &str {
        &self.pointer
    }

    /// The span.
    pub fn source(&self) -> Source {
        self.source
    }

    /// What is wrong.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for Mismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({}): {}", self.pointer, self.source, self.message)
    }
}

impl std::error::Error for Mismatch {}

/// Checks every `source` of `report` against `text`, the input it was read from: each span
/// lies inside the text on character boundaries, and the text there states the element — a
/// section's title, a finding's problem, a measure's or a commitment's text, a document's
/// title, a period's wording are in the span (compared without spaces, line breaks and bold
/// markers, and with full-width forms folded, as an importer normalizes them); a figure read
/// as written has its value (or its wording, `一名`) in the span, a disposition its count.
/// Derived spans are checked for their place only.
///
/// Returns every mismatch, in the order of the report; an empty list when all agree.
///
/// # Examples
///
/// ```
/// use inspection_report::{Inspection, source};
///
/// let report: Inspection = inspection_report::json::from_str(include_str!(
///     "../../../tests/fixtures/minimal.json"
/// ))?;
/// // A report written by hand has no spans: nothing to disagree.
/// assert!(source::check("", &report).is_empty());
/// # Ok::<(), inspection_report::Error>(())
/// ```
pub fn check(text: &str, report: &crate::Inspection) -> Vec<Mismatch> {
    let mut checker = Checker {
        text,
        pointer: String::new(),
        found: Vec::new(),
    };
    checker.inspection(report);
    checker.found
}

/// Checks the spans of one figure and its nested parts, with pointers relative to it.
pub fn check_metric(text: &str, metric: &crate::Metric) -> Vec<Mismatch> {
    let mut checker = Checker {
        text,
        pointer: String::new(),
        found: Vec::new(),
    };
    checker.metric(metric);
    checker.found
}

/// `text` without whitespace and bold markers, full-width ASCII forms folded to half-width:
/// the form in which a span and a value are compared.
fn folded(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && *c != '*')
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(u32::from(c) - 0xFEE0).unwrap_or(c),
            '\u{2236}' => ':',
            other => other,
        })
        .collect()
}

struct Checker<'t> {
    text: &'t str,
    pointer: String,
    found: Vec<Mismatch>,
}

impl Checker<'_> {
    fn at(&mut self, token: &str, f: impl FnOnce(&mut Self)) {
        let len = self.pointer.len();
        self.pointer.push('/');
        self.pointer.push_str(token);
        f(self);
        self.pointer.truncate(len);
    }

    fn each<T>(&mut self, field: &str, items: &[T], mut f: impl FnMut(&mut Self, &T)) {
        self.at(field, |c| {
            for (i, item) in items.iter().enumerate() {
                c.at(&i.to_string(), |c| f(c, item));
            }
        });
    }

    fn mismatch(&mut self, source: Source, message: String) {
        self.found.push(Mismatch {
            pointer: format!("{}/source", self.pointer),
            source,
            message,
        });
    }

    /// The folded text of `source`, or a mismatch when it does not lie in the text.
    fn span(&mut self, source: Source) -> Option<String> {
        if source.start > source.end {
            self.mismatch(source, "the span ends before it starts".to_owned());
            return None;
        }
        match source.slice(self.text) {
            Some(slice) => Some(folded(slice)),
            None => {
                let message = format!(
                    "the span is not inside the text ({} bytes) on character boundaries",
                    self.text.len()
                );
                self.mismatch(source, message);
                None
            }
        }
    }

    /// Checks that `source`, if any, states `what` (`name` says what it is).
    fn states(&mut self, source: Option<Source>, name: &str, what: Option<&str>) {
        let Some(source) = source else { return };
        let Some(span) = self.span(source) else {
            return;
        };
        if source.grounding == Grounding::Derived {
            return;
        }
        if let Some(what) = what
            && !span.contains(&folded(what))
        {
            self.mismatch(
                source,
                format!("the span does not state the {name} `{what}`"),
            );
        }
    }

    fn inspection(&mut self, report: &crate::Inspection) {
        let round = &report.round;
        self.at("round", |c| {
            if let Some(on_site) = &round.on_site {
                c.at("on_site", |c| c.period(on_site));
            }
            if let Some(rectification) = &round.rectification {
                c.at("rectification", |c| {
                    c.at("period", |c| c.period(&rectification.period))
                });
            }
        });
        self.each("sections", &report.sections, Self::section);
        if let Some(next) = &report.next_steps {
            self.at("next_steps", |c| {
                c.each("commitments", &next.commitments, |c, commitment| {
                    c.states(commitment.source, "text", Some(&commitment.text));
                });
            });
        }
    }

    fn section(&mut self, section: &crate::Section) {
        self.states(section.source, "title", section.title.as_deref());
        self.each("findings", &section.findings, Self::finding);
        self.each("subsections", &section.subsections, Self::section);
    }

    fn finding(&mut self, finding: &crate::Finding) {
        self.states(finding.source, "problem", Some(&finding.problem));
        if let Some(period) = &finding.period {
            self.at("period", |c| c.period(period));
        }
        self.each("metrics", &finding.metrics, Self::metric);
        self.each("measures", &finding.measures, Self::measure);
    }

    fn measure(&mut self, measure: &crate::Measure) {
        self.states(measure.source, "text", Some(&measure.text));
        if let Some(period) = &measure.period {
            self.at("period", |c| c.period(period));
        }
        self.each("metrics", &measure.metrics, Self::metric);
        self.each("dispositions", &measure.dispositions, Self::disposition);
        self.each("documents", &measure.documents, Self::document);
        self.each("milestones", &measure.milestones, |c, milestone| {
            c.states(milestone.source, "text", None);
            if let crate::DateOrPeriod::Period(period) = &milestone.date {
                c.at("date", |c| c.period(period));
            }
        });
    }

    fn metric(&mut self, metric: &crate::Metric) {
        if let Some(source) = metric.source
            && let Some(span) = self.span(source)
            && source.grounding == Grounding::Read
        {
            let value = metric.value.to_string();
            let written = metric.wording.as_deref().map(folded);
            let states = span.contains(&value)
                || written.is_some_and(|w| span.contains(&w) || w.contains(&span));
            if !states {
                self.mismatch(source, format!("the span does not state the value {value}"));
            }
        }
        if let Some(period) = &metric.period {
            self.at("period", |c| c.period(period));
        }
        self.each("parts", &metric.parts, Self::metric);
        self.each("of_which", &metric.of_which, Self::metric);
    }

    fn disposition(&mut self, disposition: &crate::Disposition) {
        let count = disposition.count.map(|count| count.to_string());
        if let Some(source) = disposition.source
            && let Some(span) = self.span(source)
            && source.grounding == Grounding::Read
            && let Some(count) = &count
            && span.bytes().any(|b| b.is_ascii_digit())
            && !span.contains(count.as_str())
        {
            self.mismatch(source, format!("the span does not state the count {count}"));
        }
        if let Some(period) = &disposition.period {
            self.at("period", |c| c.period(period));
        }
    }

    fn document(&mut self, document: &crate::Document) {
        self.states(document.source, "title", Some(&document.title));
    }

    fn period(&mut self, period: &crate::Period) {
        self.states(period.source, "wording", period.wording.as_deref());
    }
}
