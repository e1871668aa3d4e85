//! The text rendering of an outline, one node a line (for snapshots and diagnostics).

use super::{Node, Outline};
use crate::text::Normalized;

impl Outline {
    /// A text rendering, one node a line, indented by depth: kind, marker, original span and
    /// the start of its content (for snapshots and diagnostics).
    pub fn render(&self, norm: &Normalized) -> String {
        let mut out = String::new();
        for node in &self.nodes {
            render(node, norm, 0, &mut out);
        }
        for fact in &self.facts {
            let code = fact.code.map_or(String::new(), |c| format!(" = {c}"));
            out.push_str(&format!(
                "fact {} {}..{} {}{code}\n",
                fact.kind.code(),
                fact.span.start,
                fact.span.end,
                excerpt(&fact.text, 40)
            ));
        }
        for span in &self.unplaced {
            out.push_str(&format!("unplaced {}..{}\n", span.start, span.end));
        }
        for d in &self.diagnostics {
            out.push_str(&format!(
                "diagnostic {} {}..{} {}\n",
                d.code, d.span.start, d.span.end, d.message
            ));
        }
        out
    }
}

fn excerpt(s: &str, n: usize) -> String {
    let mut out: String = s.chars().take(n).collect();
    if s.chars().count() > n {
        out.push('…');
    }
    out
}

fn render(node: &Node, norm: &Normalized, depth: usize, out: &mut String) {
    let marker = node
        .marker
        .as_ref()
        .map_or(String::new(), |m| format!(" [{} {}]", m.scheme, m.ordinal));
    let heading = node
        .heading_at
        .map_or(String::new(), |h| format!(" 「{}」", norm.get(h)));
    out.push_str(&format!(
        "{}{}{}{} {}..{} {}\n",
        "  ".repeat(depth),
        node.kind.code(),
        marker,
        heading,
        node.span.start,
        node.span.end,
        excerpt(norm.get(node.content_at), 24)
    ));
    for child in &node.children {
        render(child, norm, depth + 1, out);
    }
}
