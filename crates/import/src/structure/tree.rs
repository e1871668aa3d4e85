//! The tree: classified paragraphs nest under a stack of open headings, levels in the order
//! their schemes appear; once built, headings settle into sections, groups and findings.

use super::class::Class;
use super::finding::settle_implicit;
use super::heading::{area_heading, area_node, heading_node};
use super::line::label_node;
use super::measure::{
    last_measure_ordinal, next_steps_paragraph, numbered_measures, paragraph_node,
};
use super::preamble::is_preamble;
use super::tail::invitation_node;
use super::{Node, NodeKind};
use crate::span::Span;
use crate::text::Normalized;

/// The stack key of area headings (they have no scheme of the table).
const AREA: usize = usize::MAX;

/// The top-level nodes of the first `body_end` paragraphs, given their classes, settled.
pub(super) fn build(
    norm: &Normalized,
    paragraphs: &[Span],
    classes: &[Class],
    body_end: usize,
) -> Vec<Node> {
    let mut stack: Vec<(usize, Node)> = Vec::new();
    let mut top: Vec<Node> = Vec::new();
    let mut last_ordinal: Vec<(usize, u32)> = Vec::new();
    let mut in_head = true;
    let mut preamble_seen = false;
    let mut preamble_done = false;
    for (i, (p, class)) in paragraphs
        .iter()
        .zip(classes.iter())
        .enumerate()
        .take(body_end)
    {
        let p = *p;
        let ptext = norm.get(p);
        let mut class = *class;
        if let Class::Heading {
            scheme,
            ordinal,
            digit_follows: true,
            ..
        } = class
        {
            let expected = last_ordinal
                .iter()
                .rev()
                .find(|(s, _)| *s == scheme)
                .map_or(1, |(_, o)| o + 1);
            if ordinal != expected {
                class = Class::Plain;
            }
        }
        let node = match class {
            Class::Title => Node::new(norm, NodeKind::Title, p),
            Class::Occasion => Node::new(norm, NodeKind::Occasion, p),
            Class::Byline => Node::new(norm, NodeKind::Byline, p),
            Class::Salutation => Node::new(norm, NodeKind::Salutation, p),
            Class::Heading {
                scheme,
                ordinal,
                len,
                ..
            } => {
                in_head = false;
                last_ordinal.retain(|(s, _)| *s != scheme);
                last_ordinal.push((scheme, ordinal));
                let node = heading_node(norm, p, scheme, ordinal, len);
                // Close levels of the same or a deeper scheme.
                if let Some(level) = stack.iter().position(|(s, _)| *s == scheme) {
                    close_to(&mut stack, &mut top, level);
                }
                stack.push((scheme, node));
                continue;
            }
            Class::Area { len } => {
                in_head = false;
                let ordinal = last_ordinal
                    .iter()
                    .find(|(s, _)| *s == AREA)
                    .map_or(1, |(_, o)| o + 1);
                last_ordinal.retain(|(s, _)| *s != AREA);
                last_ordinal.push((AREA, ordinal));
                let node = area_node(norm, p, len, ordinal);
                // An area closes the previous area, whether bare or under a marker (`(一)在…方面`),
                // else everything below the section.
                let level = stack
                    .iter()
                    .position(|(s, n)| *s == AREA || area_heading(norm.get(n.content_at)).is_some())
                    .unwrap_or(stack.len().min(1));
                close_to(&mut stack, &mut top, level);
                stack.push((AREA, node));
                continue;
            }
            Class::Label { status, label_len } => {
                in_head = false;
                label_node(norm, p, status, label_len)
            }
            Class::Invitation => invitation_node(norm, p),
            Class::Plain => {
                // The preamble: among the first paragraphs, after a lede or a dateline.
                if in_head && !preamble_done && i < 5 && is_preamble(ptext) {
                    preamble_seen = true;
                    Node::new(norm, NodeKind::Preamble, p)
                } else if in_head {
                    preamble_done = preamble_seen;
                    paragraph_node(norm, p, NodeKind::Summary, last_measure_ordinal(&top))
                } else {
                    let next_steps = stack
                        .first()
                        .is_some_and(|(_, n)| norm.get(n.content_at).contains("下一步"));
                    if next_steps {
                        next_steps_paragraph(norm, p)
                    } else {
                        let after = stack
                            .last()
                            .map_or(0, |(_, n)| last_measure_ordinal(&n.children));
                        paragraph_node(norm, p, NodeKind::Paragraph, after)
                    }
                }
            }
        };
        match stack.last_mut() {
            Some((_, parent)) if !matches!(node.kind, NodeKind::Invitation) => {
                parent.children.push(node)
            }
            _ => {
                if node.kind == NodeKind::Invitation {
                    close_to(&mut stack, &mut top, 0);
                }
                top.push(node);
            }
        }
    }
    close_to(&mut stack, &mut top, 0);
    for node in &mut top {
        settle(norm, node, 0);
    }
    top
}

/// Closes the open levels from `level` on, the deepest first: each extends over its last
/// child and joins its parent, or the top level.
fn close_to(stack: &mut Vec<(usize, Node)>, top: &mut Vec<Node>, level: usize) {
    while stack.len() > level {
        let Some((_, mut node)) = stack.pop() else {
            break;
        };
        if let Some(last) = node.children.last() {
            node.at = Span::new(node.at.start, last.at.end.max(node.at.end));
        }
        match stack.last_mut() {
            Some((_, parent)) => parent.children.push(node),
            None => top.push(node),
        }
    }
}

/// Kinds and spans once the tree is built: a heading with a rectification or status line is a
/// finding, and so is a nested heading naming a problem over paragraphs (see
/// [`settle_implicit`]); a top-level heading a section; others groups.
fn settle(norm: &Normalized, node: &mut Node, depth: usize) {
    for child in &mut node.children {
        settle(norm, child, depth + 1);
    }
    if let Some(last) = node.children.last() {
        node.at = Span::new(node.at.start, node.at.end.max(last.at.end));
    }
    node.span = norm.original(node.at);
    if node.marker.is_some() && node.kind == NodeKind::Group {
        let has_lines = node
            .children
            .iter()
            .any(|c| matches!(c.kind, NodeKind::Rectification | NodeKind::Status));
        node.kind = if has_lines {
            NodeKind::Finding
        } else if depth == 0 {
            NodeKind::Section
        } else {
            NodeKind::Group
        };
        // A nested heading naming a problem, without `整改情况:` line (audit reports).
        if node.kind == NodeKind::Group {
            settle_implicit(norm, node);
        }
    }
    if node.kind == NodeKind::Finding {
        numbered_measures(norm, node);
    }
}
