//! Labelled lines under a finding: status lines (`完成情况:已完成`, `责任单位:…`) with a
//! value, and rectification lines (`整改情况:…`) with the measures.

use super::measure::measures;
use super::{Node, NodeKind, trim_span};
use crate::marker::MarkerRole;
use crate::span::Span;
use crate::text::Normalized;

/// Labels of lines: `true` for status lines (a value), `false` for rectification lines (the
/// measures).
pub(super) const LABELS: [(&str, bool); 16] = [
    ("整改情况", false),
    ("整政情况", false),
    ("整改进展情况", false),
    ("整改进展", false),
    ("整改结果", false),
    ("整改措施", false),
    ("落实情况", false),
    ("完成情况", true),
    ("整改时限", true),
    ("完成时限", true),
    ("整改期限", true),
    ("责任单位", true),
    ("牵头单位", true),
    ("责任领导", true),
    ("责任人", true),
    ("整改目标", true),
];

/// The node of a labelled line `p`, a status line when `status`, whose label and `:` are
/// `label_len` bytes long: the label is its heading, the rest its content, and a
/// rectification line has its measures as children.
pub(super) fn label_node(norm: &Normalized, p: Span, status: bool, label_len: usize) -> Node {
    let kind = if status {
        NodeKind::Status
    } else {
        NodeKind::Rectification
    };
    let mut node = Node::new(norm, kind, p);
    let content = trim_span(norm, Span::new(p.start + label_len, p.end));
    node.set_content(norm, content);
    let label = Span::new(p.start, p.start + label_len.saturating_sub(1));
    node.heading_at = Some(label);
    node.heading = Some(norm.original(label));
    if !status {
        node.children = measures(norm, content, MarkerRole::Measure);
    }
    node
}
