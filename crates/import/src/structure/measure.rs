//! Measures (`一是…`) and commitments (`一要…`) inside a paragraph, marked in sequence from
//! one, with their run-in headings; numbered paragraphs after a rectification line as its
//! measures.

use super::{Marker, Node, NodeKind, trim_span};
use crate::marker::{self, MarkerRole, SCHEMES};
use crate::span::Span;
use crate::text::Normalized;

/// A paragraph; with `一是…` markers, its measures as children. `after` is the ordinal of the
/// last measure of the paragraph before (0 when none): a paragraph that opens with the next
/// marker continues that list (`一是…` / `二是…` / `三是…` as paragraphs).
pub(super) fn paragraph_node(norm: &Normalized, at: Span, kind: NodeKind, after: u32) -> Node {
    let mut node = Node::new(norm, kind, at);
    let mut children = measures(norm, at, MarkerRole::Measure);
    if after > 0 && !children.iter().any(|c| c.marker.is_some()) {
        let continued = measures_from(norm, at, MarkerRole::Measure, after + 1);
        if continued
            .first()
            .is_some_and(|c| c.marker.is_some() && c.at.start == at.start)
        {
            children = continued;
        }
    }
    if children.iter().any(|c| c.marker.is_some()) {
        node.children = children;
    }
    node
}

/// The ordinal of the last `一是…` measure of the last of `siblings`, 0 when it has none.
pub(super) fn last_measure_ordinal(siblings: &[Node]) -> u32 {
    siblings
        .last()
        .and_then(|n| n.children.last())
        .filter(|c| c.kind == NodeKind::Measure)
        .and_then(|c| c.marker.as_ref())
        .filter(|m| m.scheme == "shi")
        .map_or(0, |m| m.ordinal)
}

/// A paragraph of the next-step section: its commitments (`一要…`), else its `一是…` markers
/// as commitments, else no children.
pub(super) fn next_steps_paragraph(norm: &Normalized, p: Span) -> Node {
    let mut node = Node::new(norm, NodeKind::Paragraph, p);
    node.children = measures(norm, p, MarkerRole::Commitment);
    // Commitments marked `一是…二是…` as well as `一要…二要…`.
    if node.children.is_empty() {
        node.children = measures(norm, p, MarkerRole::Measure);
        if node.children.iter().any(|c| c.marker.is_some()) {
            for c in node
                .children
                .iter_mut()
                .filter(|c| c.kind == NodeKind::Measure)
            {
                c.kind = NodeKind::Commitment;
            }
        } else {
            node.children.clear();
        }
    }
    node
}

/// Numbered paragraphs after a finding's `整改情况:` line (`(1)…`, `(2)…`) are its measures.
pub(super) fn numbered_measures(norm: &Normalized, finding: &mut Node) {
    let Some(r) = finding
        .children
        .iter()
        .rposition(|c| c.kind == NodeKind::Rectification)
    else {
        return;
    };
    let after: Vec<Node> = finding.children.drain(r + 1..).collect();
    let mut rest = Vec::new();
    let mut moved = Vec::new();
    for mut child in after {
        let plain = child.children.iter().all(|g| g.kind == NodeKind::Paragraph);
        if child.kind == NodeKind::Group && child.marker.is_some() && plain && rest.is_empty() {
            child.kind = NodeKind::Measure;
            let content = Span::new(
                child.content_at.start,
                child.at.end.max(child.content_at.end),
            );
            child.set_content(norm, content);
            child.children.clear();
            moved.push(child);
        } else {
            rest.push(child);
        }
    }
    if let Some(line) = finding.children.get_mut(r)
        && !moved.is_empty()
    {
        // An empty `整改情况:` line has no unmarked measure of its own.
        line.children
            .retain(|m| !(m.marker.is_none() && m.content_at.is_empty()));
        line.children.extend(moved);
        if let Some(last) = line.children.last() {
            line.at = Span::new(line.at.start, line.at.end.max(last.at.end));
            line.span = norm.original(line.at);
        }
    }
    finding.children.extend(rest);
}

/// Measures (`一是…`) or commitments (`一要…`) of a span: markers in sequence from one, at the
/// start or after punctuation. Without markers, one unmarked measure of the whole span (for
/// measures) or nothing (for commitments).
pub(super) fn measures(norm: &Normalized, at: Span, role: MarkerRole) -> Vec<Node> {
    measures_from(norm, at, role, 1)
}

/// [`measures`] whose first marker of the scheme has the ordinal `first`.
fn measures_from(norm: &Normalized, at: Span, role: MarkerRole, first: u32) -> Vec<Node> {
    let text = norm.get(at);
    let Some((scheme_index, mut scheme)) = SCHEMES.iter().enumerate().find(|(_, s)| s.role == role)
    else {
        return Vec::new();
    };
    let mut found = inline_markers(text, scheme_index, first);
    // Measures numbered `(1)…(2)…`, `①…②…`, `1.…2.…` inside the line, when not `一是…`.
    if found.is_empty() && role == MarkerRole::Measure {
        for name in ["arabic_paren", "circled", "arabic_stop", "arabic_comma"] {
            let Some((i, s)) = SCHEMES.iter().enumerate().find(|(_, s)| s.name == name) else {
                continue;
            };
            let list = inline_markers(text, i, 1);
            if list.len() >= 2 {
                (scheme, found) = (s, list);
                break;
            }
        }
    }
    let kind = if role == MarkerRole::Commitment {
        NodeKind::Commitment
    } else {
        NodeKind::Measure
    };
    let mut out = Vec::new();
    if found.is_empty() {
        if role == MarkerRole::Measure && !text.trim().is_empty() {
            out.push(Node::new(norm, kind, at));
        }
        return out;
    }
    if let Some(&(first, _, _)) = found.first() {
        let intro = trim_span(norm, Span::new(at.start, at.start + first));
        if !intro.is_empty() {
            out.push(Node::new(norm, NodeKind::Intro, intro));
        }
    }
    for (k, &(s, ordinal, len)) in found.iter().enumerate() {
        let end = found.get(k + 1).map_or(text.len(), |n| n.0);
        let whole = trim_span(norm, Span::new(at.start + s, at.start + end));
        let mut node = Node::new(norm, kind, whole);
        node.marker = Some(Marker {
            scheme: scheme.name,
            ordinal,
            span: norm.original(Span::new(at.start + s, at.start + s + len)),
        });
        let content = trim_span(norm, Span::new(whole.start + len, whole.end));
        let ctext = norm.get(content);
        let stripped = ctext.trim_end_matches([';', ',', '、']);
        let mut content = Span::new(content.start, content.start + stripped.len());
        // A run-in heading: a short first sentence without commas, when more text follows.
        if let Some(stop) = stripped.find('。') {
            let first = stripped.get(..stop).unwrap_or("");
            let rest = stripped.get(stop + '。'.len_utf8()..).unwrap_or("");
            // Two short parallel halves count too (`强化政治担当,履行主体责任。`).
            let parallel = first.split(',').count() == 2
                && first
                    .split(',')
                    .all(|h| (4..=8).contains(&h.chars().count()));
            if (2..=16).contains(&first.chars().count())
                && (parallel || !first.contains(','))
                && !first.contains(['、', ';', ':'])
                && !rest.trim().is_empty()
            {
                let heading = Span::new(content.start, content.start + stop);
                node.heading_at = Some(heading);
                node.heading = Some(norm.original(heading));
                content = trim_span(norm, Span::new(heading.end + '。'.len_utf8(), content.end));
            }
        }
        node.set_content(norm, content);
        out.push(node);
    }
    out
}

/// Markers of one scheme inside a text, in sequence from `first`, each at the start or after
/// punctuation: `(offset, ordinal, length)`.
fn inline_markers(text: &str, scheme_index: usize, first: u32) -> Vec<(usize, u32, usize)> {
    let Some(scheme) = SCHEMES.get(scheme_index) else {
        return Vec::new();
    };
    let mut found = Vec::new();
    let mut expected = first;
    let mut prev: Option<char> = None;
    for (i, c) in text.char_indices() {
        let boundary =
            prev.is_none_or(|p| matches!(p, ':' | ';' | '。' | ',' | '、' | ')' | '!' | '?' | ' '));
        let opens = matches!(
            c,
            '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十' | '(' | '（'
        ) || c.is_ascii_digit()
            || ('\u{2460}'..='\u{2473}').contains(&c);
        if boundary
            && opens
            && let Some(m) = text.get(i..).and_then(|r| marker::match_scheme(scheme, scheme_index, r))
            && m.ordinal == expected
            // `1.5亿` is no marker; `一是2025年…` is.
            && !(m.digit_follows && scheme.name.starts_with("arabic"))
        {
            found.push((i, m.ordinal, m.len));
            expected += 1;
        }
        prev = Some(c);
    }
    found
}
