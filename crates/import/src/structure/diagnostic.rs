//! What the reader could not place or suspects: body text outside every node, and
//! diagnostics of the whole notice (truncated, without title, without issuer and date).

use super::{Node, NodeKind, Outline};
use crate::span::Span;
use crate::text::{Normalized, is_terminal};

/// Something the reader could not place or suspects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// A snake_case code (`truncated`, `no_title`, `marker_out_of_sequence` …).
    pub code: &'static str,
    /// Where, in original bytes.
    pub span: Span,
    /// A short explanation.
    pub message: String,
}

/// Body text outside every top-level node (whitespace does not count).
pub(super) fn unplaced(norm: &Normalized, nodes: &[Node]) -> Vec<Span> {
    let text = norm.text.as_str();
    let mut covered: Vec<Span> = nodes.iter().map(|n| n.at).collect();
    covered.sort();
    let mut out = Vec::new();
    let mut at = 0;
    let gap = |from: usize, to: usize, out: &mut Vec<Span>| {
        let s = text.get(from..to).unwrap_or("");
        if !s.trim().is_empty() {
            let lead = s.len() - s.trim_start().len();
            let span = Span::new(from + lead, from + lead + s.trim().len());
            out.push(norm.original(span));
        }
    };
    for c in covered {
        if c.start > at {
            gap(at, c.start, &mut out);
        }
        at = at.max(c.end);
    }
    if at < text.len() {
        gap(at, text.len(), &mut out);
    }
    out
}

pub(super) fn diagnose(norm: &Normalized, paragraphs: &[Span], out: &mut Outline) {
    if let Some(last) = paragraphs.last() {
        let t = norm.get(*last);
        let ends = t
            .chars()
            .next_back()
            .is_some_and(|c| is_terminal(c) || matches!(c, '”' | '"' | ')' | '》' | '日'));
        let closing = out
            .nodes
            .last()
            .is_some_and(|n| matches!(n.kind, NodeKind::IssueDate | NodeKind::Issuer));
        if !ends && !closing {
            out.diagnostics.push(Diagnostic {
                code: "truncated",
                span: norm.original(*last),
                message: "the text ends mid-sentence".to_owned(),
            });
        }
    }
    if !out.nodes.iter().any(|n| n.kind == NodeKind::Title) {
        out.diagnostics.push(Diagnostic {
            code: "no_title",
            span: Span::default(),
            message: "no title line".to_owned(),
        });
    }
    if !out.nodes.iter().any(|n| n.kind == NodeKind::IssueDate)
        && !out.diagnostics.iter().any(|d| d.code == "truncated")
    {
        out.diagnostics.push(Diagnostic {
            code: "no_issue_date",
            span: Span::default(),
            message: "no issuer and date at the end".to_owned(),
        });
    }
}
