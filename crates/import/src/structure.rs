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

use crate::codes::Unit;
use crate::contact::Contact;
use crate::date::{DateKind, DateMention, DateValue, PeriodName};
use crate::figure::Figure;
use crate::marker::{self, MarkerRole, SCHEMES};
use crate::span::Span;
use crate::text::{Normalized, is_terminal};

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
    fn new(norm: &Normalized, kind: NodeKind, at: Span) -> Self {
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

    fn set_content(&mut self, norm: &Normalized, at: Span) {
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

/// What a preamble fact states.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FactKind {
    /// Who commissioned the inspection (`根据市委统一部署` → 市委).
    CommissioningAuthority,
    /// The inspection team (`市委第八巡察组`).
    Team,
    /// The organization inspected (`对市城乡一体化示范区党工委进行了巡察`).
    InspectedOrganization,
    /// The on-site period (a date mention).
    OnSitePeriod,
    /// The feedback date (a date mention).
    FeedbackDate,
    /// The (concentrated) rectification period (a date mention).
    RectificationPeriod,
    /// The rectification period's stated duration (`三个月`).
    StatedDuration,
    /// What the rectification period is called (`进行了三个月的集中整改` → 集中整改).
    RectificationLabel,
    /// The family of the inspection (`巡视` → `party_inspection_tour`, `巡察` →
    /// `party_inspection`, `审计` → `audit`, `生态环境保护督察` → `environmental_inspection`),
    /// from the title, else the preamble, else the first paragraph.
    Family,
    /// The stage the report describes (`整改进展情况` → `progress`, else `整改情况` → `final`),
    /// from the title.
    Stage,
    /// The kind of round (`常规` → `regular`, `专项` → `special`, `机动` → `mobile`, `回头看`
    /// → `follow_up`, `联动`/`交叉` → `joint`), from the preamble.
    RoundKind,
    /// The legal basis (`按照《…》有关规定`, `根据…要求`).
    LegalBasis,
}

impl FactKind {
    /// The snake_case code.
    pub const fn code(self) -> &'static str {
        match self {
            Self::CommissioningAuthority => "commissioning_authority",
            Self::Team => "team",
            Self::InspectedOrganization => "inspected_organization",
            Self::OnSitePeriod => "on_site_period",
            Self::FeedbackDate => "feedback_date",
            Self::RectificationPeriod => "rectification_period",
            Self::StatedDuration => "stated_duration",
            Self::RectificationLabel => "rectification_label",
            Self::Family => "family",
            Self::Stage => "stage",
            Self::RoundKind => "round_kind",
            Self::LegalBasis => "legal_basis",
        }
    }
}

/// A fact of the preamble.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fact {
    /// What it states.
    pub kind: FactKind,
    /// Where it is, in original bytes.
    pub span: Span,
    /// The same in the normalized text.
    pub at: Span,
    /// The text (normalized).
    pub text: String,
    /// For a date fact: the index of its date mention; for a stated duration: of its figure.
    pub index: Option<usize>,
    /// For the family, stage and round kind: the core codelist code (`party_inspection`,
    /// `progress`, `regular`); the span points at the words that say it.
    pub code: Option<&'static str>,
}

/// Something the reader could not place or suspects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// A snake_case code (`truncated`, `no_title`, `marker_out_of_sequence` …).
    pub code: &'static str,
    /// Where, in original bytes.
    pub span: Span,
    /// A short explanation.
    pub message: String,
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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Title,
    Occasion,
    Byline,
    Salutation,
    Heading {
        scheme: usize,
        ordinal: u32,
        len: usize,
        digit_follows: bool,
    },
    Label {
        status: bool,
        label_len: usize,
    },
    /// An area heading `在“…”方面`, `len` bytes long.
    Area {
        len: usize,
    },
    Invitation,
    Plain,
}

/// Labels of lines: `true` for status lines (a value), `false` for rectification lines (the
/// measures).
const LABELS: [(&str, bool); 16] = [
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

/// The stack key of area headings (they have no scheme of the table).
const AREA: usize = usize::MAX;

/// `在“政治建设”方面` (or `在…方面`, without quotes) opening a paragraph, before any comma:
/// the heading's length in bytes.
fn area_heading(text: &str) -> Option<usize> {
    let rest = text.strip_prefix('在')?;
    let window = crate::grammar::ahead(rest, 0, 90);
    let j = window.find("方面")?;
    let inner = window.get(..j)?;
    if inner.is_empty() || inner.contains([',', ';', '。', ':', '、']) {
        return None;
    }
    Some('在'.len_utf8() + j + "方面".len())
}

fn classify(text: &str, index: usize, paragraphs: &[Span], seen_heading: bool) -> Class {
    let chars = text.chars().count();
    let last = text.chars().next_back().unwrap_or(' ');
    let terminal = is_terminal(last);
    if let Some(m) = marker::match_at(text)
        && SCHEMES
            .get(m.scheme)
            .is_some_and(|s| s.role == MarkerRole::Heading)
    {
        return Class::Heading {
            scheme: m.scheme,
            ordinal: m.ordinal,
            len: m.len,
            digit_follows: m.digit_follows,
        };
    }
    if let Some(len) = area_heading(text) {
        return Class::Area { len };
    }
    for (label, status) in LABELS {
        if let Some(rest) = text.strip_prefix(label)
            && rest.starts_with(':')
        {
            return Class::Label {
                status,
                label_len: label.len() + 1,
            };
        }
    }
    if !seen_heading && index < 4 {
        if (text.ends_with("会议上") || text.ends_with("会上"))
            && text.contains('在')
            && chars <= 60
        {
            return Class::Occasion;
        }
        if last == ':'
            && chars <= 40
            && ["主任", "委员", "代表", "同志", "各位"]
                .iter()
                .any(|w| text.contains(w))
        {
            return Class::Salutation;
        }
        if index == 0 && !terminal && chars <= 80 {
            return Class::Title;
        }
        let roles = [
            "局长",
            "主任",
            "书记",
            "部长",
            "市长",
            "县长",
            "区长",
            "厅长",
            "主席",
            "审计长",
        ];
        if !terminal && chars <= 30 && roles.iter().any(|w| text.contains(w)) {
            return Class::Byline;
        }
    }
    let _ = paragraphs;
    if (text.contains("欢迎") && text.contains("监督"))
        || text.starts_with("联系方式")
        || text.starts_with("联系电话")
        || text.starts_with("监督电话")
    {
        return Class::Invitation;
    }
    Class::Plain
}

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
    let text = norm.text.as_str();
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
    let mut out = Outline::default();
    let mut classes = Vec::with_capacity(paragraphs.len());
    let mut seen_heading = false;
    for (i, p) in paragraphs.iter().enumerate() {
        let class = classify(norm.get(*p), i, &paragraphs, seen_heading);
        if matches!(
            class,
            Class::Heading { .. } | Class::Label { .. } | Class::Area { .. }
        ) {
            seen_heading = true;
        }
        classes.push(class);
    }
    // Issuer and date at the end.
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
    // Build the tree.
    let mut stack: Vec<(usize, Node)> = Vec::new();
    let mut top: Vec<Node> = Vec::new();
    let mut last_ordinal: Vec<(usize, u32)> = Vec::new();
    let mut in_head = true;
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
                let first_stop = rest_text.find('。').map(|j| j + '。'.len_utf8());
                match first_stop.filter(|&j| j < rest_text.len()) {
                    Some(j) => {
                        node.set_content(norm, Span::new(rest.start, rest.start + j));
                        let body = Span::new(rest.start + j, rest.end);
                        node.children
                            .push(paragraph_node(norm, body, NodeKind::Paragraph));
                    }
                    None => node.set_content(norm, rest),
                }
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
                        .push(paragraph_node(norm, body, NodeKind::Paragraph));
                }
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
            Class::Invitation => {
                // The invitation's own words end where the contact details begin.
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
            Class::Plain => {
                if in_head && !preamble_done && i < 5 && is_preamble(ptext) {
                    Node::new(norm, NodeKind::Preamble, p)
                } else if in_head {
                    preamble_done = true;
                    paragraph_node(norm, p, NodeKind::Summary)
                } else {
                    let next_steps = stack
                        .first()
                        .is_some_and(|(_, n)| norm.get(n.content_at).contains("下一步"));
                    if next_steps {
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
                    } else {
                        paragraph_node(norm, p, NodeKind::Paragraph)
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
    // Contacts inside the invitation.
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
    top.extend(tail);
    out.nodes = top;
    out.facts = facts(norm, &out.nodes, dates, figures);
    out.facts.extend(classification(norm, &out.nodes));
    out.unplaced = unplaced(norm, &out.nodes);
    diagnose(norm, &paragraphs, &mut out);
    out
}

fn trim_span(norm: &Normalized, at: Span) -> Span {
    let s = norm.get(at);
    let lead = s.len() - s.trim_start().len();
    let trimmed = s.trim();
    Span::new(at.start + lead, at.start + lead + trimmed.len())
}

/// A paragraph; with `一是…` markers, its measures as children.
fn paragraph_node(norm: &Normalized, at: Span, kind: NodeKind) -> Node {
    let mut node = Node::new(norm, kind, at);
    let children = measures(norm, at, MarkerRole::Measure);
    if children.iter().any(|c| c.marker.is_some()) {
        node.children = children;
    }
    node
}

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
/// finding; a top-level heading a section; others groups.
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
    }
    if node.kind == NodeKind::Finding {
        numbered_measures(norm, node);
    }
}

/// Numbered paragraphs after a finding's `整改情况:` line (`(1)…`, `(2)…`) are its measures.
fn numbered_measures(norm: &Normalized, finding: &mut Node) {
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

fn is_preamble(text: &str) -> bool {
    let starts = ["根据", "按照", "依据", "我受", "受"]
        .iter()
        .any(|w| text.starts_with(w));
    let facts = [
        "进行了巡察",
        "进行了巡视",
        "开展了巡察",
        "开展了巡视",
        "反馈了",
        "予以公布",
        "请予审议",
        "统一部署",
    ];
    starts || facts.iter().any(|w| text.contains(w))
}

/// Measures (`一是…`) or commitments (`一要…`) of a span: markers in sequence from one, at the
/// start or after punctuation. Without markers, one unmarked measure of the whole span (for
/// measures) or nothing (for commitments).
fn measures(norm: &Normalized, at: Span, role: MarkerRole) -> Vec<Node> {
    let text = norm.get(at);
    let Some((scheme_index, mut scheme)) = SCHEMES.iter().enumerate().find(|(_, s)| s.role == role)
    else {
        return Vec::new();
    };
    let mut found = inline_markers(text, scheme_index);
    // Measures numbered `(1)…(2)…`, `①…②…`, `1.…2.…` inside the line, when not `一是…`.
    if found.is_empty() && role == MarkerRole::Measure {
        for name in ["arabic_paren", "circled", "arabic_stop", "arabic_comma"] {
            let Some((i, s)) = SCHEMES.iter().enumerate().find(|(_, s)| s.name == name) else {
                continue;
            };
            let list = inline_markers(text, i);
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

/// Markers of one scheme inside a text, in sequence from one, each at the start or after
/// punctuation: `(offset, ordinal, length)`.
fn inline_markers(text: &str, scheme_index: usize) -> Vec<(usize, u32, usize)> {
    let Some(scheme) = SCHEMES.get(scheme_index) else {
        return Vec::new();
    };
    let mut found = Vec::new();
    let mut expected = 1;
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

/// Facts of the preamble paragraphs.
fn facts(
    norm: &Normalized,
    nodes: &[Node],
    dates: &[DateMention],
    figures: &[Figure],
) -> Vec<Fact> {
    let text = norm.text.as_str();
    let mut out = Vec::new();
    let push = |kind, at: Span, index: Option<usize>, out: &mut Vec<Fact>| {
        if !at.is_empty() {
            out.push(Fact {
                kind,
                span: norm.original(at),
                at,
                text: norm.get(at).to_owned(),
                index,
                code: None,
            });
        }
    };
    let preambles: Vec<Span> = nodes
        .iter()
        .filter(|n| n.kind == NodeKind::Preamble)
        .map(|n| n.at)
        .collect();
    for p in &preambles {
        let ptext = norm.get(*p);
        // Sentences of the paragraph.
        let mut sentences = Vec::new();
        let mut s = 0;
        for (i, c) in ptext.char_indices() {
            if c == '。' {
                sentences.push(Span::new(p.start + s, p.start + i + c.len_utf8()));
                s = i + c.len_utf8();
            }
        }
        if s < ptext.len() {
            sentences.push(Span::new(p.start + s, p.end));
        }
        for sentence in sentences {
            let st = norm.get(sentence);
            let find = |w: &str| st.find(w).map(|j| sentence.start + j);
            if let (Some(a), Some(b)) = (find("根据"), find("统一部署"))
                && b > a
            {
                push(
                    FactKind::CommissioningAuthority,
                    Span::new(a + "根据".len(), b),
                    None,
                    &mut out,
                );
            }
            // `进行了巡察`, `进行了常规巡视`, `开展了专项巡察`: where the inspected organization ends.
            let inspected = ["进行了", "开展了", "进行", "开展"].iter().find_map(|w| {
                let at = find(w)?;
                let after = crate::grammar::ahead(text, at + w.len(), 18);
                ["巡察", "巡视", "督察", "审计"]
                    .iter()
                    .any(|k| after.contains(k))
                    .then_some(at)
            });
            let team_end = ["巡察组", "巡视组", "督察组", "审计组"]
                .iter()
                .filter_map(|w| find(w))
                .min()
                .map(|j| j + "巡察组".len());
            if let Some(team_end) =
                team_end.filter(|_| !out.iter().any(|f: &Fact| f.kind == FactKind::Team))
            {
                let mut team_start = text
                    .get(sentence.start..team_end)
                    .and_then(|h| h.rfind([',', '。', ':']))
                    .map_or(sentence.start, |j| sentence.start + j + 1);
                for lead in ["按照", "根据", "由"] {
                    if text
                        .get(team_start..team_end)
                        .is_some_and(|t| t.starts_with(lead))
                    {
                        team_start += lead.len();
                    }
                }
                push(
                    FactKind::Team,
                    Span::new(team_start, team_end),
                    None,
                    &mut out,
                );
                if let Some(v) = inspected
                    && let Some(dui) = text.get(team_end..v).and_then(|h| h.find('对'))
                {
                    push(
                        FactKind::InspectedOrganization,
                        Span::new(team_end + dui + '对'.len_utf8(), v),
                        None,
                        &mut out,
                    );
                }
            }
            if inspected.is_some() {
                if let Some(k) = dates
                    .iter()
                    .position(|d| sentence.contains(d.at) && d.kind == DateKind::Range)
                {
                    push(
                        FactKind::OnSitePeriod,
                        dates.get(k).map_or(Span::default(), |d| d.at),
                        Some(k),
                        &mut out,
                    );
                }
            } else if find("反馈").is_some()
                && find("整改").is_none_or(|_| find("集中整改").is_none())
                && let Some(k) = dates.iter().position(|d| sentence.contains(d.at))
            {
                push(
                    FactKind::FeedbackDate,
                    dates.get(k).map_or(Span::default(), |d| d.at),
                    Some(k),
                    &mut out,
                );
            }
            if find("整改").is_some() && find("反馈").is_none() {
                if let Some(k) = dates
                    .iter()
                    .position(|d| sentence.contains(d.at) && d.kind == DateKind::Range)
                {
                    push(
                        FactKind::RectificationPeriod,
                        dates.get(k).map_or(Span::default(), |d| d.at),
                        Some(k),
                        &mut out,
                    );
                }
                if let Some(k) = figures.iter().position(|f| {
                    sentence.contains(f.at)
                        && matches!(
                            f.unit,
                            Unit::Month | Unit::Day | Unit::Year | Unit::WorkingDay
                        )
                }) {
                    let at = figures.get(k).map_or(Span::default(), |f| f.at);
                    push(FactKind::StatedDuration, at, Some(k), &mut out);
                    // `三个月的集中整改。`
                    let after = text.get(at.end..sentence.end).unwrap_or("");
                    if let Some(label) = after.strip_prefix('的') {
                        let label = label.trim_end_matches(['。', ',', ';']);
                        let start = at.end + '的'.len_utf8();
                        if (2..=12).contains(&label.chars().count()) {
                            push(
                                FactKind::RectificationLabel,
                                Span::new(start, start + label.len()),
                                None,
                                &mut out,
                            );
                        }
                    }
                }
            }
            for lead in ["按照", "根据", "依据"] {
                if let Some(a) = find(lead) {
                    let stop = ["有关规定", "规定", "要求", "部署"]
                        .iter()
                        .filter_map(|w| {
                            st.get(a.saturating_sub(sentence.start)..)
                                .and_then(|r| r.find(w))
                                .map(|j| (a + j + w.len(), *w))
                        })
                        .min();
                    // `根据市委统一部署` names the commissioning authority, not a basis.
                    if let Some(b) = stop.filter(|(_, w)| *w != "部署").map(|(b, _)| b) {
                        push(FactKind::LegalBasis, Span::new(a, b), None, &mut out);
                    }
                }
            }
        }
    }
    out
}

/// Family, stage and round kind from the words of the title and preamble.
fn classification(norm: &Normalized, nodes: &[Node]) -> Vec<Fact> {
    let find = |kinds: &[NodeKind],
                words: &[(&str, &'static str)]|
     -> Option<(Span, &'static str)> {
        nodes
            .iter()
            .filter(|n| kinds.contains(&n.kind))
            .find_map(|n| {
                let t = norm.get(n.at);
                words
                    .iter()
                    .filter_map(|(w, code)| t.find(w).map(|j| (j, w.len(), *code)))
                    .min_by_key(|x| x.0)
                    .map(|(j, len, code)| (Span::new(n.at.start + j, n.at.start + j + len), code))
            })
    };
    let family_words: [(&str, &'static str); 6] = [
        ("生态环境保护督察", "environmental_inspection"),
        ("环保督察", "environmental_inspection"),
        ("巡视", "party_inspection_tour"),
        ("巡察", "party_inspection"),
        ("审计", "audit"),
        ("督察", "environmental_inspection"),
    ];
    let stage_words: [(&str, &'static str); 3] = [
        ("整改进展", "progress"),
        ("进展情况", "progress"),
        ("整改情况", "final"),
    ];
    let round_words: [(&str, &'static str); 6] = [
        ("常规", "regular"),
        ("专项", "special"),
        ("机动", "mobile"),
        ("回头看", "follow_up"),
        ("联动", "joint"),
        ("交叉", "joint"),
    ];
    let mut out = Vec::new();
    let heads = [NodeKind::Title, NodeKind::Occasion];
    let body = [NodeKind::Preamble, NodeKind::Summary, NodeKind::Salutation];
    let mut push = |kind, found: Option<(Span, &'static str)>| {
        if let Some((at, code)) = found {
            out.push(Fact {
                kind,
                span: norm.original(at),
                at,
                text: norm.get(at).to_owned(),
                index: None,
                code: Some(code),
            });
        }
    };
    push(
        FactKind::Family,
        find(&heads, &family_words).or_else(|| find(&body, &family_words)),
    );
    push(FactKind::Stage, find(&heads, &stage_words));
    push(
        FactKind::RoundKind,
        find(&[NodeKind::Preamble], &round_words),
    );
    out
}

/// Body text outside every top-level node (whitespace does not count).
fn unplaced(norm: &Normalized, nodes: &[Node]) -> Vec<Span> {
    let text = norm.text.as_str();
    let mut covered: Vec<Span> = nodes.iter().map(|n| n.at).collect();
    covered.sort();
    let mut out = Vec::new();
    let mut at = 0;
    let gap = |from: usize, to: usize, out: &mut Vec<Span>| {
        let s = text.get(from..to).unwrap_or("");
        if !s.trim().is_empty() {
            let lead = s.len() - s.trim_start().len();
            let span = Span::new(from + lead, from + lead + s.trim().len());
            out.push(norm.original(span));
        }
    };
    for c in covered {
        if c.start > at {
            gap(at, c.start, &mut out);
        }
        at = at.max(c.end);
    }
    if at < text.len() {
        gap(at, text.len(), &mut out);
    }
    out
}

fn diagnose(norm: &Normalized, paragraphs: &[Span], out: &mut Outline) {
    if let Some(last) = paragraphs.last() {
        let t = norm.get(*last);
        let ends = t
            .chars()
            .next_back()
            .is_some_and(|c| is_terminal(c) || matches!(c, '”' | '"' | ')' | '》' | '日'));
        let closing = out
            .nodes
            .last()
            .is_some_and(|n| matches!(n.kind, NodeKind::IssueDate | NodeKind::Issuer));
        if !ends && !closing {
            out.diagnostics.push(Diagnostic {
                code: "truncated",
                span: norm.original(*last),
                message: "the text ends mid-sentence".to_owned(),
            });
        }
    }
    if !out.nodes.iter().any(|n| n.kind == NodeKind::Title) {
        out.diagnostics.push(Diagnostic {
            code: "no_title",
            span: Span::default(),
            message: "no title line".to_owned(),
        });
    }
    if !out.nodes.iter().any(|n| n.kind == NodeKind::IssueDate)
        && !out.diagnostics.iter().any(|d| d.code == "truncated")
    {
        out.diagnostics.push(Diagnostic {
            code: "no_issue_date",
            span: Span::default(),
            message: "no issuer and date at the end".to_owned(),
        });
    }
}

/// Resolves back-references (`整改期间`, `巡察期间`) against the outline's facts: their value
/// becomes the value of the period they name.
pub fn resolve_references(outline: &Outline, dates: &mut [DateMention]) {
    let value_of = |kind: FactKind, dates: &[DateMention]| -> Option<DateValue> {
        let k = outline.fact(kind)?.index?;
        Some(dates.get(k)?.value)
    };
    let on_site = value_of(FactKind::OnSitePeriod, dates);
    let rectification = value_of(FactKind::RectificationPeriod, dates);
    let feedback = value_of(FactKind::FeedbackDate, dates);
    for d in dates.iter_mut().filter(|d| d.kind == DateKind::Reference) {
        let v = match d.reference {
            Some(PeriodName::OnSite) => on_site,
            Some(PeriodName::Rectification) => rectification,
            Some(PeriodName::AfterFeedback) => match feedback {
                Some(DateValue::Date(f)) => Some(DateValue::Period {
                    start: Some(f),
                    end: None,
                }),
                _ => None,
            },
            Some(PeriodName::Event) | None => None,
        };
        if let Some(v) = v {
            d.value = v;
        }
    }
}
