//! The tail of a notice: the invitation to supervise with its contacts, and the issuing
//! organization and date at the end.

use super::{Node, NodeKind, trim_span};
use crate::contact::Contact;
use crate::date::{DateKind, DateMention};
use crate::span::Span;
use crate::text::{Normalized, is_terminal};

/// The issuer and date closing the notice, when its short last paragraph ends with a date
/// (the issuer is the words before the date, else a short previous line), and the number of
/// paragraphs before them: the body.
pub(super) fn issuer_and_date(
    norm: &Normalized,
    paragraphs: &[Span],
    dates: &[DateMention],
) -> (Vec<Node>, usize) {
    let mut tail: Vec<Node> = Vec::new();
    let mut body_end = paragraphs.len();
    if let Some((k, last)) = paragraphs.iter().enumerate().next_back() {
        let last_text = norm.get(*last);
        let date = dates
            .iter()
            .rfind(|d| last.contains(d.at) && d.kind == DateKind::Point);
        if let Some(d) = date.filter(|d| d.at.end == last.end && last_text.chars().count() <= 60) {
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
                if prev_text.chars().count() <= 40
                    && !prev_text.chars().next_back().is_some_and(is_terminal)
                {
                    tail.push(Node::new(norm, NodeKind::Issuer, *prev));
                    body_end = k - 1;
                }
            }
            tail.push(Node::new(norm, NodeKind::IssueDate, d.at));
            body_end = body_end.min(k);
        }
    }
    (tail, body_end)
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
