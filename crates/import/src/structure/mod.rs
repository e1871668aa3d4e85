//! The outline of a notice, independent of the report model: title, speech parts (occasion,
//! byline, salutation), preamble and its facts, summary paragraphs, sections and nested groups
//! under any heading scheme, findings, status and `整改情况:` lines, measures (`一是…`),
//! next-step commitments (`一要…`), the invitation and contact block, issuer and date.
//!
//! Heading levels follow the order in which schemes appear (`一、` then `1.` makes `1.` the
//! second level, whatever the notice). A heading of a scheme already open closes the levels
//! below it. An Arabic marker right before a digit (`5.2024年…`) counts only when it is the
//! next number of its list.
//!
//! Every node carries its span in original bytes; every body character is inside a node or
//! listed in [`Outline::unplaced`].

// The reading runs in steps, a module each: the class of every paragraph from its own words
// (`class`), the issuer and date at the end (`tail`), the tree of headings (`tree`, with the
// nodes of `heading`, `line` and `measure`), the preamble's facts (`preamble`), and what is
// left unplaced or suspect (`diagnostic`); `node` holds the types, `render` the text form,
// `reference` the back-references resolved against the facts, `finding` the findings
// without a `整改情况:` line, `words` the word lists of `grammar/outline.tsv`, `team` the teams and inspected
// organizations of a preamble sentence, `head` a title joined with its salutation, `round_date` the role of a date
// (on site, feedback), `family` the family a text's words name.
mod class;
mod diagnostic;
mod family;
mod finding;
mod head;
mod heading;
mod line;
mod measure;
mod node;
mod preamble;
mod reference;
mod render;
mod round_date;
mod tail;
mod team;
mod tree;
mod words;

pub use diagnostic::Diagnostic;
pub use family::family_word;
pub use node::{Marker, Node, NodeKind, Outline};
pub use preamble::{Fact, FactKind};
pub use reference::resolve_references;

use crate::contact::Contact;
use crate::date::DateMention;
use crate::figure::Figure;
use crate::span::Span;
use crate::text::Normalized;

/// The outline of a normalized text, given its dates, figures and contacts (from the other
/// layers). Date facts and stated durations refer to those lists by index.
///
/// # Examples
///
/// ```
/// use inspection_report_import::{contact, date, figure, structure, text};
///
/// let input = "关于巡察整改情况的通报\n\n一、已完成的整改任务\n\n1. 责任压得不实。\n\n整改情况:一是成立领导小组;二是召开会议3次。";
/// let norm = text::normalize(input);
/// let dates = date::extract(&norm, None);
/// let figures = figure::extract(&norm, &dates);
/// let outline = structure::outline(&norm, &dates, &figures, &contact::extract(&norm));
/// assert_eq!(outline.count(structure::NodeKind::Section), 1);
/// assert_eq!(outline.count(structure::NodeKind::Finding), 1);
/// assert_eq!(outline.count(structure::NodeKind::Measure), 2);
/// ```
pub fn outline(
    norm: &Normalized,
    dates: &[DateMention],
    figures: &[Figure],
    contacts: &[Contact],
) -> Outline {
    let mut paragraphs = paragraphs(&norm.text);
    head::split_title(norm, &mut paragraphs);
    head::join_occasion(norm, &mut paragraphs);
    let classes = class::classes(norm, &paragraphs);
    let (tail, body_end) = tail::issuer_and_date(norm, &paragraphs, dates);
    let mut nodes = tree::build(norm, &paragraphs, &classes, body_end);
    tail::attach_contacts(norm, &mut nodes, contacts);
    nodes.extend(tail);
    let mut out = Outline {
        nodes,
        ..Outline::default()
    };
    out.facts = preamble::facts(norm, &out.nodes, dates, figures);
    out.facts.extend(preamble::classification(norm, &out.nodes));
    out.unplaced = diagnostic::unplaced(norm, &out.nodes);
    diagnostic::diagnose(norm, &paragraphs, &mut out);
    out
}

/// The non-empty lines of a text.
fn paragraphs(text: &str) -> Vec<Span> {
    let mut paragraphs = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if c == '\n' {
            if i > start {
                paragraphs.push(Span::new(start, i));
            }
            start = i + 1;
        }
    }
    if start < text.len() {
        paragraphs.push(Span::new(start, text.len()));
    }
    paragraphs
}

/// A span without its leading and trailing whitespace.
fn trim_span(norm: &Normalized, at: Span) -> Span {
    let s = norm.get(at);
    let lead = s.len() - s.trim_start().len();
    let trimmed = s.trim();
    Span::new(at.start + lead, at.start + lead + trimmed.len())
}
