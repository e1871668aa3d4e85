//! Heading paragraphs: a marker of a heading scheme of `grammar/headings.tsv` (`一、`, `(一)`,
//! `1.` …) followed by the heading's text, and area headings (`在“…”方面`) that group what
//! follows without a marker.

use super::measure::paragraph_node;
use super::{Marker, Node, NodeKind, trim_span};
use crate::marker::SCHEMES;
use crate::span::Span;
use crate::text::Normalized;

/// `在“政治建设”方面` (or `在…方面`, without quotes) opening a paragraph, before any comma:
/// the heading's length in bytes.
pub(super) fn area_heading(text: &str) -> Option<usize> {
    let rest = text.strip_prefix('在')?;
    let window = crate::grammar::ahead(rest, 0, 90);
    let j = window.find("方面")?;
    let inner = window.get(..j)?;
    if inner.is_empty() || inner.contains([',', ';', '。', ':', '、']) {
        return None;
    }
    Some('在'.len_utf8() + j + "方面".len())
}

/// The node of a heading paragraph `p` whose marker, `len` bytes long, is of the scheme at
/// `scheme` of [`SCHEMES`] and gives `ordinal`: a group, until the settled tree tells a
/// section, a group or a finding.
pub(super) fn heading_node(
    norm: &Normalized,
    p: Span,
    scheme: usize,
    ordinal: u32,
    len: usize,
) -> Node {
    let mut node = Node::new(norm, NodeKind::Group, p);
    let marker_at = Span::new(p.start, p.start + len);
    node.marker = Some(Marker {
        scheme: SCHEMES.get(scheme).map_or("", |s| s.name),
        ordinal,
        span: norm.original(marker_at),
    });
    let rest = trim_span(norm, Span::new(marker_at.end, p.end));
    let rest_text = norm.get(rest);
    // A run-in heading: the first sentence, when more text follows.
    let first_stop = sentence_end(rest_text);
    match first_stop.filter(|&j| j < rest_text.len()) {
        Some(j) => {
            node.set_content(norm, Span::new(rest.start, rest.start + j));
            let body = Span::new(rest.start + j, rest.end);
            node.children
                .push(paragraph_node(norm, body, NodeKind::Paragraph, 0));
        }
        None => node.set_content(norm, rest),
    }
    node
}

/// The node of an area heading paragraph `p` whose heading is `len` bytes long, the
/// `ordinal`-th area of the notice: a group whose marker (of the scheme `area`) and content
/// are the heading, the text after it a paragraph child.
pub(super) fn area_node(norm: &Normalized, p: Span, len: usize, ordinal: u32) -> Node {
    let heading = Span::new(p.start, p.start + len);
    let mut node = Node::new(norm, NodeKind::Group, p);
    node.marker = Some(Marker {
        scheme: "area",
        ordinal,
        span: norm.original(heading),
    });
    node.set_content(norm, heading);
    let after = norm.get(Span::new(heading.end, p.end));
    let skip = after
        .chars()
        .next()
        .filter(|c| matches!(c, ':' | ',' | '。'))
        .map_or(0, char::len_utf8);
    let body = trim_span(norm, Span::new(heading.end + skip, p.end));
    if !body.is_empty() {
        node.children
            .push(paragraph_node(norm, body, NodeKind::Paragraph, 0));
    }
    node
}

/// The end of the first sentence of a text, after its `。`: a `。` inside a quotation
/// (`关于“学习不深。未组织学习…”问题`) ends no sentence.
fn sentence_end(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (i, c) in text.char_indices() {
        match c {
            '“' => depth += 1,
            '”' => depth = depth.saturating_sub(1),
            '。' if depth == 0 => return Some(i + c.len_utf8()),
            _ => {}
        }
    }
    None
}
