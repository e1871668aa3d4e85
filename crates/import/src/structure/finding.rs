//! Findings without a `整改情况:` line (audit reports and letters): a nested heading that
//! names a problem (`(一)关于…的问题。`, `1.关于“…”问题的整改`), or whose text opens with a
//! status sentence (`该问题已完成整改。一是…`), followed by paragraphs of rectification.

use super::measure::measures;
use super::words::Words;
use super::{Node, NodeKind, trim_span};
use crate::marker::MarkerRole;
use crate::span::Span;
use crate::text::Normalized;

/// The longest status sentence, in characters (`该问题已完成整改。`).
const STATUS_SENTENCE: usize = 30;

/// Whether a heading's text names a problem: it opens with `关于` (and is no area heading
/// `关于“…”方面`) or ends with `问题` (before its `。`).
pub(super) fn names_problem(heading: &str) -> bool {
    let text = heading.trim_end_matches(['。', ':', ';']);
    if text.ends_with("方面") {
        return false;
    }
    Words::ProblemStart.all().any(|w| text.starts_with(w))
        || Words::ProblemEnd.all().any(|w| text.ends_with(w))
}

/// The status sentence opening a text, with its `。`: short and stating a status
/// (`该问题已完成整改。`, `已整改到位。`).
pub(super) fn status_sentence(text: &str) -> Option<usize> {
    let window = crate::grammar::ahead(text, 0, STATUS_SENTENCE * 4);
    let stop = window.find('。')?;
    let sentence = window.get(..stop)?;
    (sentence.chars().count() <= STATUS_SENTENCE
        && !sentence.contains([',', ';'])
        && Words::Status.any_in(sentence))
    .then_some(stop + '。'.len_utf8())
}

/// Makes a nested heading node with only paragraphs below it a finding, when its heading
/// names a problem or its first paragraph opens with a status sentence: the status sentence
/// becomes a status line, the paragraphs a rectification line with their measures (`一是…`,
/// `(1)…`, or one unmarked measure a paragraph). Returns whether it did.
pub(super) fn settle_implicit(norm: &Normalized, node: &mut Node) -> bool {
    if !node.children.iter().all(|c| c.kind == NodeKind::Paragraph) {
        return false;
    }
    let status = node
        .children
        .first()
        .and_then(|p| Some((p.at, status_sentence(norm.get(p.at))?)));
    if status.is_none() && !names_problem(norm.get(node.content_at)) {
        return false;
    }
    let mut lines = Vec::new();
    let mut rest: Vec<Span> = node.children.iter().map(|c| c.at).collect();
    if let Some((p, len)) = status
        && let Some(first) = rest.first_mut()
    {
        let sentence = Span::new(p.start, p.start + len);
        let mut line = Node::new(norm, NodeKind::Status, sentence);
        let value = norm.get(sentence).trim_end_matches('。');
        line.set_content(norm, Span::new(p.start, p.start + value.len()));
        lines.push(line);
        *first = trim_span(norm, Span::new(sentence.end, p.end));
    }
    rest.retain(|p| !p.is_empty());
    if let (Some(first), Some(last)) = (rest.first(), rest.last()) {
        let mut line = Node::new(
            norm,
            NodeKind::Rectification,
            Span::new(first.start, last.end),
        );
        line.children = rest
            .iter()
            .flat_map(|p| measures(norm, *p, MarkerRole::Measure))
            .collect();
        lines.push(line);
    }
    node.children = lines;
    node.kind = NodeKind::Finding;
    true
}
