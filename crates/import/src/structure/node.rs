//! The outline's types: what a node is ([`NodeKind`]), its marker, the node itself, and the
//! [`Outline`] that holds the nodes with the preamble facts, the unplaced text and the
//! diagnostics.

use super::{Diagnostic, Fact, FactKind};
use crate::span::Span;
use crate::text::Normalized;

/// What an outline node is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NodeKind {
    /// The notice's title.
    Title,
    /// The occasion of a report delivered as a speech (`…在…会议上`).
    Occasion,
    /// The speaker of a speech (`市审计局局长 俞金华`).
    Byline,
    /// The salutation of a speech (`主任、各位副主任、各位委员:`).
    Salutation,
    /// A preamble paragraph: who inspected whom, when, and on what basis.
    Preamble,
    /// A summary paragraph before or between the sections.
    Summary,
    /// A top-level section (`一、已完成的整改任务`).
    Section,
    /// A group of findings or paragraphs under a heading that is neither a section nor a
    /// finding (`(一)…`, `在“…”方面`).
    Group,
    /// A finding: a heading followed by how it was rectified.
    Finding,
    /// A status line (`完成情况:已完成`).
    Status,
    /// A rectification line (`整改情况:…`), parent of its measures.
    Rectification,
    /// One measure (`一是…`), or the whole rectification text when it has no markers.
    Measure,
    /// Text before the first marker of a list.
    Intro,
    /// A next-step commitment (`一要…`).
    Commitment,
    /// The invitation to supervise and the contact block.
    Invitation,
    /// A contact of the invitation block (a phone number, an email …; see
    /// [`contact`](crate::contact)).
    Contact,
    /// The issuing organization at the end.
    Issuer,
    /// The date at the end.
    IssueDate,
    /// Any other paragraph.
    Paragraph,
}

impl NodeKind {
    /// The snake_case code.
    pub const fn code(self) -> &'static str {
        match self {
            Self::Title => "title",
            Self::Occasion => "occasion",
            Self::Byline => "byline",
            Self::Salutation => "salutation",
            Self::Preamble => "preamble",
            Self::Summary => "summary",
            Self::Section => "section",
            Self::Group => "group",
            Self::Finding => "finding",
            Self::Status => "status",
            Self::Rectification => "rectification",
            Self::Measure => "measure",
            Self::Intro => "intro",
            Self::Commitment => "commitment",
            Self::Invitation => "invitation",
            Self::Contact => "contact",
            Self::Issuer => "issuer",
            Self::IssueDate => "issue_date",
            Self::Paragraph => "paragraph",
        }
    }
}

/// A heading or list marker as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marker {
    /// The scheme's name in `grammar/headings.tsv` (`chinese_comma`, `arabic_stop`, `shi` …).
    pub scheme: &'static str,
    /// The number it gives.
    pub ordinal: u32,
    /// Where it is, in original bytes.
    pub span: Span,
}

/// A node of the outline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    /// What it is.
    pub kind: NodeKind,
    /// The whole node, children included, in original bytes.
    pub span: Span,
    /// The same in the normalized text.
    pub at: Span,
    /// Its marker, when it has one.
    pub marker: Option<Marker>,
    /// Its own text without marker or label, in original bytes: a heading's text, a finding's
    /// problem, a measure's text (without the trailing `;`), a status line's value.
    pub content: Span,
    /// The same in the normalized text.
    pub content_at: Span,
    /// A run-in heading of a measure or commitment, without its `。` (`一是全面梳理。对…` →
    /// `全面梳理`), or the label of a status or rectification line (`完成情况`), in original
    /// bytes; `content` then starts after it.
    pub heading: Option<Span>,
    /// The same in the normalized text.
    pub heading_at: Option<Span>,
    /// Nested nodes.
    pub children: Vec<Node>,
}

impl Node {
    pub(super) fn new(norm: &Normalized, kind: NodeKind, at: Span) -> Self {
        Node {
            kind,
            span: norm.original(at),
            at,
            marker: None,
            content: norm.original(at),
            content_at: at,
            heading: None,
            heading_at: None,
            children: Vec::new(),
        }
    }

    pub(super) fn set_content(&mut self, norm: &Normalized, at: Span) {
        self.content_at = at;
        self.content = norm.original(at);
    }

    /// Every node of this subtree, depth first, this one first.
    pub fn walk(&self) -> Vec<&Node> {
        let mut out = vec![self];
        for child in &self.children {
            out.extend(child.walk());
        }
        out
    }
}

/// The outline of a notice.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Outline {
    /// Top-level nodes, in text order.
    pub nodes: Vec<Node>,
    /// Facts of the preamble.
    pub facts: Vec<Fact>,
    /// Body text inside no node, in original bytes.
    pub unplaced: Vec<Span>,
    /// What could not be read.
    pub diagnostics: Vec<Diagnostic>,
}

impl Outline {
    /// Every node, depth first.
    pub fn walk(&self) -> Vec<&Node> {
        self.nodes.iter().flat_map(Node::walk).collect()
    }

    /// How many nodes of a kind.
    pub fn count(&self, kind: NodeKind) -> usize {
        self.walk().iter().filter(|n| n.kind == kind).count()
    }

    /// The first fact of a kind.
    pub fn fact(&self, kind: FactKind) -> Option<&Fact> {
        self.facts.iter().find(|f| f.kind == kind)
    }
}
