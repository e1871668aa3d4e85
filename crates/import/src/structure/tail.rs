//! The tail of a notice: the invitation to supervise with its contacts, and the issuing
//! organization and date at the end.

use super::{Node, NodeKind, trim_span};
use crate::contact::Contact;
use crate::date::{DateKind, DateMention};
use crate::span::Span;
use crate::text::{Normalized, is_terminal};

/// How many short lines after the closing date are page leftovers (`扫一扫在手机打开当前页`).
const TRAILING_LINES: usize = 2;
/// The longest such leftover line, in characters.
const TRAILING_CHARS: usize = 20;
/// The longest issuer line above the date line, in characters.
const ISSUER_CHARS: usize = 50;

/// The issuer and date closing the notice, when a short paragraph ends with a date (the
/// issuer is the words before the date, else a short previous line) and at most
/// [`TRAILING_LINES`] short unpunctuated lines follow it, and the number of paragraphs before
/// them: the body.
pub(super) fn issuer_and_date(
    norm: &Normalized,
    paragraphs: &[Span],
    dates: &[DateMention],
) -> (Vec<Node>, usize) {
    let mut tail: Vec<Node> = Vec::new();
    let mut body_end = paragraphs.len();
    if let Some((k, last, d)) = closing_date(norm, paragraphs, dates) {
        let org = Span::new(last.start, d.at.start);
        let org_text = norm.get(org).trim();
        if !org_text.is_empty() {
            tail.push(Node::new(
                norm,
                NodeKind::Issuer,
                Span::new(org.start, org.start + org_text.len()),
            ));
        } else if let Some(prev) = k.checked_sub(1).and_then(|j| paragraphs.get(j)) {
            let prev_text = norm.get(*prev);
            if prev_text.chars().count() <= ISSUER_CHARS
                && !prev_text.chars().next_back().is_some_and(is_terminal)
            {
                tail.push(Node::new(norm, NodeKind::Issuer, *prev));
                body_end = k - 1;
            }
        }
        tail.push(Node::new(norm, NodeKind::IssueDate, d.at));
        body_end = body_end.min(k);
    }
    (tail, body_end)
}

/// The paragraph closing the notice with a date (its index, span and date), among the last
/// ones: only short unpunctuated lines may follow it.
fn closing_date<'d>(
    norm: &Normalized,
    paragraphs: &[Span],
    dates: &'d [DateMention],
) -> Option<(usize, Span, &'d DateMention)> {
    for (k, p) in paragraphs.iter().enumerate().rev().take(TRAILING_LINES + 1) {
        let text = norm.get(*p);
        let date = dates
            .iter()
            .rfind(|d| p.contains(d.at) && d.kind == DateKind::Point)
            .filter(|d| d.at.end == p.end && text.chars().count() <= 60);
        if let Some(d) = date {
            return Some((k, *p, d));
        }
        let leftover = text.chars().count() <= TRAILING_CHARS
            && !text.chars().next_back().is_some_and(is_terminal);
        if !leftover {
            return None;
        }
    }
    None
}

/// The node of an invitation paragraph `p`: its content is the invitation's own words, which
/// end where the contact details begin.
pub(super) fn invitation_node(norm: &Normalized, p: Span) -> Node {
    let ptext = norm.get(p);
    let mut node = Node::new(norm, NodeKind::Invitation, p);
    let cut = ["联系方式", "联系电话", "监督电话", "举报电话"]
        .iter()
        .filter_map(|w| ptext.find(w))
        .min();
    if let Some(cut) = cut.filter(|&c| c > 0) {
        node.set_content(norm, trim_span(norm, Span::new(p.start, p.start + cut)));
    }
    node
}

/// The contacts inside each top-level invitation, as its children.
pub(super) fn attach_contacts(norm: &Normalized, top: &mut [Node], contacts: &[Contact]) {
    for node in top.iter_mut().filter(|n| n.kind == NodeKind::Invitation) {
        let from = contacts.partition_point(|c| c.at.start < node.at.start);
        for c in contacts
            .get(from..)
            .unwrap_or(&[])
            .iter()
            .take_while(|c| c.at.end <= node.at.end)
        {
            node.children.push(Node::new(norm, NodeKind::Contact, c.at));
        }
    }
}
