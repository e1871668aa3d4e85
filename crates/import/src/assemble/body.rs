//! Sections, groups, findings, measures and the next-step plan.

use inspection_report::{
    Commitment, Finding, FindingStatus, Measure, Milestone, NextSteps, Numbering, Period, Section,
    SectionKind,
};

use super::figures::{self, inside};
use super::{Ctx, dates, id};
use crate::Span;
use crate::date::DateKind;
use crate::structure::{Node, NodeKind};

/// The model's numbering of a marker scheme of `grammar/headings.tsv`.
pub(crate) fn numbering(scheme: &str) -> Option<Numbering> {
    Some(match scheme {
        "chinese_comma" => Numbering::ChineseComma,
        "chinese_paren" => Numbering::ChineseParenthesized,
        "arabic_stop" => Numbering::ArabicDot,
        "arabic_paren" => Numbering::ArabicParenthesized,
        "shi" => Numbering::ChineseShi,
        "yao" => Numbering::ChineseYao,
        _ => return None,
    })
}

/// What a section title says it groups by.
fn section_kind(title: &str) -> SectionKind {
    if title.contains("已完成") || title.contains("已经完成") {
        SectionKind::Completed
    } else if title.contains("长期") {
        SectionKind::LongTerm
    } else if title.contains("正在推进") || title.contains("持续推进") || title.contains("推进中")
    {
        SectionKind::Ongoing
    } else if title.contains("方面") {
        SectionKind::Area
    } else {
        SectionKind::Other
    }
}

/// The sections and the next-step plan of the outline's top-level nodes.
pub(crate) fn sections(ctx: &mut Ctx<'_>) -> (Vec<Section>, Option<NextSteps>) {
    let a = ctx.a;
    let mut out: Vec<Section> = Vec::new();
    let mut next = None;
    let mut loose: Vec<&Node> = Vec::new();
    for node in &a.outline.nodes {
        match node.kind {
            NodeKind::Section if ctx.text(node.content_at).contains("下一步") => {
                next = Some(next_steps(ctx, node));
            }
            NodeKind::Section => {
                if !loose.is_empty() {
                    implicit(ctx, &mut out, std::mem::take(&mut loose));
                }
                let index = out.len();
                if let Some(s) = section(ctx, node, &format!("/sections/{index}"), index, &out) {
                    out.push(s);
                }
            }
            NodeKind::Finding => loose.push(node),
            _ => {}
        }
    }
    if !loose.is_empty() {
        implicit(ctx, &mut out, loose);
    }
    (out, next)
}

/// Findings outside any section heading: a section of kind `other` without a title.
fn implicit(ctx: &mut Ctx<'_>, out: &mut Vec<Section>, nodes: Vec<&Node>) {
    let index = out.len();
    let pointer = format!("/sections/{index}");
    let span = nodes
        .iter()
        .map(|n| n.span)
        .reduce(Span::cover)
        .unwrap_or_else(|| ctx.end());
    ctx.diag(
        "missing_section_heading",
        Span::new(span.start, span.start),
        Some(format!("{pointer}/title")),
        "findings without a section heading: their section has no title".to_owned(),
    );
    let Some(section_id) = id(ctx, &format!("s-{}", index + 1), span) else {
        return;
    };
    let mut counter = 0;
    let findings = nodes
        .iter()
        .filter_map(|n| {
            let p = format!("{pointer}/findings/{counter}");
            finding(ctx, n, &p, &format!("f-{}-", index + 1), &mut counter, None)
        })
        .collect::<Vec<_>>();
    ctx.sources.insert(pointer, span, crate::Status::Read);
    out.push(Section {
        source: super::core_source(span, crate::Status::Read),
        id: section_id,
        number: None,
        numbering: None,
        title: None,
        kind: SectionKind::Other,
        introduction: None,
        finding_numbering: finding_numbering(&nodes),
        findings,
        subsections: Vec::new(),
        summary: None,
        milestones: Vec::new(),
    });
}

/// The finding numbering of a list of finding nodes (their first marker's scheme).
fn finding_numbering(nodes: &[&Node]) -> Option<Numbering> {
    nodes
        .iter()
        .find_map(|n| n.marker.as_ref())
        .and_then(|m| numbering(m.scheme))
}

/// One top-level section with its findings and groups.
fn section(
    ctx: &mut Ctx<'_>,
    node: &Node,
    pointer: &str,
    index: usize,
    siblings: &[Section],
) -> Option<Section> {
    let title = ctx.text(node.content_at);
    let kind = section_kind(&title);
    let wanted = match kind {
        SectionKind::Completed => "completed".to_owned(),
        SectionKind::LongTerm => "long-term".to_owned(),
        SectionKind::Ongoing => "ongoing".to_owned(),
        _ => format!("s-{}", index + 1),
    };
    let unique = if siblings.iter().any(|s| s.id.as_str() == wanted) {
        format!("s-{}", index + 1)
    } else {
        wanted
    };
    let section_id = id(ctx, &unique, node.span)?;
    let base = format!("f-{}", section_number(pointer));
    let under = Under {
        id: &section_id,
        base: &base,
        top_kind: kind,
        nested: false,
    };
    let contents = contents(ctx, node, pointer, &under);
    if contents.introduction.len() > 1 {
        ctx.sources.insert(
            format!("{pointer}/introduction"),
            Span::new(node.content.end, node.content.end),
            crate::Status::Read,
        );
    }
    Some(contents.section(node, section_id, title, kind))
}

/// The 1-based position of the top-level section of a pointer (`/sections/1/…` → 2).
fn section_number(pointer: &str) -> usize {
    pointer
        .split('/')
        .nth(2)
        .and_then(|s| s.parse::<usize>().ok())
        .map_or(1, |n| n + 1)
}

/// A nested group: a subsection whose findings count on in their section's ids, and whose
/// own groups (`(一)在“…”方面` / `1.关于“…”问题的整改` / `(1)…`) are its subsections. `parent` is
/// the parent's id, the finding id prefix of this group (`f-1-g2`) and the kind of the
/// top-level section.
fn group(
    ctx: &mut Ctx<'_>,
    node: &Node,
    pointer: &str,
    parent: (&inspection_report::id::SectionId, &str, SectionKind),
    index: usize,
) -> Option<Section> {
    let (parent, base, top_kind) = parent;
    let title = ctx.text(node.content_at);
    let kind = match section_kind(&title) {
        SectionKind::Other => SectionKind::Area,
        k => k,
    };
    let group_id = id(
        ctx,
        &format!("{}.g{}", parent.as_str(), index + 1),
        node.span,
    )?;
    let under = Under {
        id: &group_id,
        base,
        top_kind,
        nested: true,
    };
    let contents = contents(ctx, node, pointer, &under);
    Some(contents.section(node, group_id, title, kind))
}

/// Where a heading's contents go: the id of its section, the finding id prefix (`f-1`,
/// `f-1-g2`), the kind of the top-level section (which implies the findings' status) and
/// whether it is a nested group.
struct Under<'a> {
    id: &'a inspection_report::id::SectionId,
    base: &'a str,
    top_kind: SectionKind,
    nested: bool,
}

/// What a section or group heading holds.
struct Contents {
    findings: Vec<inspection_report::Finding>,
    subsections: Vec<Section>,
    introduction: Vec<String>,
    extras: Extras,
    finding_numbering: Option<Numbering>,
}

impl Contents {
    /// The section of `node` with these contents.
    fn section(
        mut self,
        node: &Node,
        id: inspection_report::id::SectionId,
        title: String,
        kind: SectionKind,
    ) -> Section {
        Section {
            source: super::core_source(node.span, crate::Status::Read),
            id,
            number: node.marker.as_ref().map(|m| m.ordinal),
            numbering: node.marker.as_ref().and_then(|m| numbering(m.scheme)),
            title: Some(title),
            kind,
            introduction: (!self.introduction.is_empty()).then(|| self.introduction.join("\n")),
            finding_numbering: self.finding_numbering,
            summary: self.extras.summary(),
            milestones: std::mem::take(&mut self.extras.milestones),
            findings: self.findings,
            subsections: self.subsections,
        }
    }
}

/// The findings, groups and introduction under a section or group heading: the heading and
/// its title sourced, every child placed or reported.
fn contents(ctx: &mut Ctx<'_>, node: &Node, pointer: &str, under: &Under<'_>) -> Contents {
    ctx.source(pointer, node.span, crate::Status::Read);
    ctx.source(
        &format!("{pointer}/title"),
        node.content,
        crate::Status::Read,
    );
    ctx.place_own(node);
    let mut counter = 0;
    let mut out = Contents {
        findings: Vec::new(),
        subsections: Vec::new(),
        introduction: Vec::new(),
        extras: Extras::default(),
        finding_numbering: None,
    };
    let finding_nodes: Vec<&Node> = node
        .children
        .iter()
        .filter(|c| c.kind == NodeKind::Finding)
        .collect();
    out.finding_numbering = finding_numbering(&finding_nodes);
    let what = if under.nested { "group" } else { "section" };
    for child in &node.children {
        match child.kind {
            NodeKind::Finding => {
                let p = format!("{pointer}/findings/{}", out.findings.len());
                // Ids stay unique: `f-1-03`, `f-1-g2-03`.
                let prefix = format!("{}-", under.base);
                if let Some(f) =
                    finding(ctx, child, &p, &prefix, &mut counter, Some(under.top_kind))
                {
                    out.findings.push(f);
                }
            }
            NodeKind::Group => {
                let p = format!("{pointer}/subsections/{}", out.subsections.len());
                let prefix = format!("{}-g{}", under.base, out.subsections.len() + 1);
                let own = (under.id, prefix.as_str(), under.top_kind);
                if let Some(s) = group(ctx, child, &p, own, out.subsections.len()) {
                    out.subsections.push(s);
                }
            }
            // Paragraphs before the first finding (and, in a section, before the first group)
            // introduce it.
            NodeKind::Paragraph | NodeKind::Summary
                if out.findings.is_empty() && (under.nested || out.subsections.is_empty()) =>
            {
                introduce(ctx, child, pointer, &mut out.introduction, &mut out.extras);
            }
            _ => ctx.diag(
                "unplaced_node",
                child.span,
                Some(pointer.to_owned()),
                format!(
                    "a {:?} inside a {what} has no place in the model",
                    child.kind
                ),
            ),
        }
    }
    out
}

/// The status a status line states (`已完成`, `基本完成` …).
fn status_of(value: &str) -> Option<FindingStatus> {
    Some(if value.contains("基本完成") {
        FindingStatus::BasicallyCompleted
    } else if value.contains("部分完成") {
        FindingStatus::PartiallyCompleted
    } else if value.contains("未完成") {
        FindingStatus::NotCompleted
    } else if value.contains("已完成") || value == "完成" || value.contains("已整改") {
        FindingStatus::Completed
    } else if value.contains("长期") {
        FindingStatus::LongTerm
    } else if value.contains("持续") || value.contains("正在") || value.contains("推进中") {
        FindingStatus::Ongoing
    } else if value.contains("延期") {
        FindingStatus::Postponed
    } else {
        return None;
    })
}

/// One finding: its problem, status, measures and the figures of its problem statement.
fn finding(
    ctx: &mut Ctx<'_>,
    node: &Node,
    pointer: &str,
    prefix: &str,
    counter: &mut usize,
    section_kind: Option<SectionKind>,
) -> Option<Finding> {
    *counter += 1;
    let finding_id: inspection_report::id::FindingId =
        id(ctx, &format!("{prefix}{:02}", *counter), node.span)?;
    ctx.source(pointer, node.span, crate::Status::Read);
    ctx.source(
        &format!("{pointer}/problem"),
        node.content,
        crate::Status::Read,
    );
    ctx.place_own(node);
    let problem = ctx.text(node.content_at);
    let mut status = None;
    let mut status_label = None;
    let mut measures = Vec::new();
    let mut measures_heading = None;
    let mut measure_numbering = None;
    for child in &node.children {
        match child.kind {
            NodeKind::Status => {
                let value = ctx.text(child.content_at);
                match status_of(&value) {
                    Some(s) if status.is_none() => {
                        status = Some(s);
                        ctx.source(
                            &format!("{pointer}/status"),
                            child.content,
                            crate::Status::Derived,
                        );
                        ctx.place_own(child);
                        if s == FindingStatus::Other {
                            status_label = Some(value);
                        }
                    }
                    _ => ctx.diag(
                        "unplaced_status_line",
                        child.span,
                        Some(pointer.to_owned()),
                        format!("status line `{value}` states no finding status"),
                    ),
                }
            }
            NodeKind::Rectification => {
                ctx.place_own(child);
                if let Some(h) = child.heading_at {
                    let label = ctx.text(h);
                    if label != "整改情况" {
                        measures_heading = Some(label);
                    }
                }
                for m in &child.children {
                    match m.kind {
                        NodeKind::Measure => {
                            if measure_numbering.is_none() {
                                measure_numbering =
                                    m.marker.as_ref().and_then(|k| numbering(k.scheme));
                            }
                            let p = format!("{pointer}/measures/{}", measures.len());
                            let mid = format!("{}.m{}", finding_id.as_str(), measures.len() + 1);
                            if let Some(measure) = measure(ctx, m, &p, &mid) {
                                measures.push(measure);
                            }
                        }
                        _ => ctx.diag(
                            "unplaced_node",
                            m.span,
                            Some(pointer.to_owned()),
                            format!(
                                "a {:?} of a rectification line has no place in the model",
                                m.kind
                            ),
                        ),
                    }
                }
            }
            _ => ctx.diag(
                "unplaced_node",
                child.span,
                Some(pointer.to_owned()),
                format!(
                    "a {:?} inside a finding has no place in the model",
                    child.kind
                ),
            ),
        }
    }
    let status = match (status, section_kind.and_then(SectionKind::implied_status)) {
        (Some(s), _) => s,
        (None, Some(s)) => s,
        (None, None) => {
            ctx.diag(
                "missing_status",
                Span::new(node.span.start, node.span.start),
                Some(format!("{pointer}/status")),
                "neither a status line nor the section states the finding's status: `not_stated`"
                    .to_owned(),
            );
            FindingStatus::NotStated
        }
    };
    let metrics = figures::metrics(ctx, node.content_at, &format!("{pointer}/metrics"));
    // The first date of the problem statement is the finding's period (`2024年`), also when
    // a figure of the statement has it as its period.
    let first = ctx
        .within(super::Reading::Date, node.content_at)
        .into_iter()
        .find(|&i| {
            ctx.a
                .dates
                .get(i)
                .is_some_and(|d| inside(node.content_at, d.at))
        });
    let period = first.and_then(|i| {
        let m = ctx.a.dates.get(i)?;
        let period = dates::period(m)?;
        if let Some(u) = ctx.date_used.get_mut(i) {
            *u = true;
        }
        ctx.source(&format!("{pointer}/period"), m.span, m.status);
        Some(period)
    });
    Some(Finding {
        source: super::core_source(node.span, crate::Status::Read),
        id: finding_id,
        number: node.marker.as_ref().map(|m| m.ordinal),
        problem,
        period,
        status,
        status_label,
        measures_heading,
        measure_numbering,
        measures,
        metrics,
        related: Vec::new(),
        complaint: None,
    })
}

/// One measure with its documents, dispositions, figures, period and milestones.
fn measure(ctx: &mut Ctx<'_>, node: &Node, pointer: &str, measure_id: &str) -> Option<Measure> {
    let mid = id(ctx, measure_id, node.span)?;
    ctx.source(pointer, node.span, crate::Status::Read);
    ctx.source(
        &format!("{pointer}/text"),
        node.content,
        crate::Status::Read,
    );
    ctx.place_own(node);
    let heading = node.heading_at.map(|h| ctx.text(h));
    if let Some(h) = node.heading {
        ctx.source(&format!("{pointer}/heading"), h, crate::Status::Read);
    }
    let at = node.at;
    let documents = figures::documents(
        ctx,
        at,
        &format!("{pointer}/documents"),
        &format!("{measure_id}.d"),
    );
    let dispositions = figures::dispositions(ctx, at, &format!("{pointer}/dispositions"));
    let metrics = figures::metrics(ctx, at, &format!("{pointer}/metrics"));
    let (period, milestones) = dated(ctx, node, pointer);
    Some(Measure {
        source: super::core_source(node.span, crate::Status::Read),
        id: mid,
        ordinal: node.marker.as_ref().map(|m| m.ordinal),
        heading,
        text: ctx.text(node.content_at),
        period,
        metrics,
        dispositions,
        documents,
        document_refs: Vec::new(),
        milestones,
    })
}

/// The period and milestones of a measure: the dates no figure or document took.
///
/// The first period-like mention (since, as of, a range, a back-reference) is the measure's
/// period; a dated event (a day or month, a part of a month, a deadline) is a milestone with
/// its clause as text. A date inside a cited title belongs to the title; a year alone
/// (`2025年发展党员计划`) or the base of a comparison (`较去年`) dates no event and is left to
/// a diagnostic.
fn dated(ctx: &mut Ctx<'_>, node: &Node, pointer: &str) -> (Option<Period>, Vec<Milestone>) {
    dated_from(ctx, node, pointer, true, 0)
}

/// [`dated`], with or without a period (a section's introduction has none), milestones
/// numbered from `first`.
fn dated_from(
    ctx: &mut Ctx<'_>,
    node: &Node,
    pointer: &str,
    allow_period: bool,
    first: usize,
) -> (Option<Period>, Vec<Milestone>) {
    let a = ctx.a;
    let mut period = None;
    let mut milestones = Vec::new();
    for i in ctx.within(super::Reading::Date, node.at) {
        let Some(m) = a.dates.get(i) else { break };
        if !inside(node.at, m.at) {
            continue;
        }
        let used = ctx.date_used.get(i).copied().unwrap_or(true);
        // A date that heads its clause (`6月24日,…签订了…协议`, `已于7月10日前,指导…`) dates
        // the event of the clause, also when a document or a figure of it has the date too.
        if used && !(allow_period && heads_clause(&a.text.text, m)) {
            continue;
        }
        if let Some(u) = ctx.date_used.get_mut(i) {
            *u = true;
        }
        if ctx.in_document(m.at) {
            continue;
        }
        // `截至目前`, `目前`: the publication's date, which the report states already.
        if m.is_as_of_now() {
            continue;
        }
        let as_period = matches!(
            m.kind,
            DateKind::Since | DateKind::AsOf | DateKind::Reference | DateKind::Range
        );
        if as_period
            && allow_period
            && period.is_none()
            && let Some(p) = dates::period(m)
        {
            ctx.source(&format!("{pointer}/period"), m.span, m.status);
            period = Some(p);
            continue;
        }
        let before = a.text.text.get(..m.at.start).unwrap_or("");
        let comparison = ["较", "比", "相比", "同比", "与"]
            .iter()
            .any(|w| before.ends_with(w));
        let year_only = m.kind == DateKind::Point
            && matches!(m.value, crate::date::DateValue::Date(d) if d.month.is_none());
        // `已开展2025年高新技术企业申报推荐工作`: the year of the work carried out is the
        // measure's period (`梳理了2025年…任务`, `结合2025年…计划` name a thing of the year).
        if year_only
            && allow_period
            && period.is_none()
            && ACTIVITY_VERBS.iter().any(|w| before.ends_with(w))
            && let Some(p) = dates::period(m)
        {
            ctx.source(&format!("{pointer}/period"), m.span, m.status);
            period = Some(p);
            continue;
        }
        let value = dates::date_or_period(m);
        let (Some(date), false, false) = (value, comparison, year_only) else {
            let why = if comparison {
                "is the base of a comparison"
            } else if year_only {
                "is a year alone, which dates no event of the measure"
            } else {
                "names no date that can be resolved"
            };
            ctx.diag(
                "unplaced_date",
                m.span,
                Some(pointer.to_owned()),
                format!("`{}` {why}", m.written),
            );
            continue;
        };
        let (text, at) = clause(ctx, node.content_at, m.at);
        let p = format!("{pointer}/milestones/{}", first + milestones.len());
        let span = a.text.original(at);
        ctx.source(&p, span, m.status);
        ctx.source(&format!("{p}/text"), span, crate::Status::Read);
        ctx.source(&format!("{p}/date"), m.span, m.status);
        milestones.push(Milestone {
            source: super::core_source(span, crate::Status::Read),
            id: None,
            date,
            text,
        });
    }
    (period, milestones)
}

/// Whether a dated event's date opens its clause, followed by a comma: a day (`6月24日,`), a
/// part of a month (`今年4月初,`) or a deadline (`已于7月10日前,`).
fn heads_clause(text: &str, m: &crate::date::DateMention) -> bool {
    let dated_event = match (m.kind, m.value) {
        (DateKind::Point, crate::date::DateValue::Date(d)) => d.day.is_some(),
        (DateKind::Fuzzy, _) => m.written.contains('月'),
        (DateKind::Until, _) => true,
        _ => false,
    };
    // `于` before the date makes it an adverbial of time whatever precedes (`党委已于`).
    let opens = text
        .get(..m.at.start)
        .unwrap_or("")
        .chars()
        .next_back()
        .is_none_or(|c| matches!(c, ',' | ';' | ':' | '。' | '\n' | '是' | ' ' | '于'));
    dated_event && opens && text.get(m.at.end..).is_some_and(|r| r.starts_with(','))
}

/// Verbs of carrying out work: a year right after one dates the work (`开展2025年…工作`).
const ACTIVITY_VERBS: [&str; 5] = ["开展", "实施", "推进", "启动", "部署"];

/// The clause of `within` (normalized) around `at`: from the previous `;` or `。` to the
/// next, at most 1,500 bytes either way, with its normalized span.
fn clause(ctx: &Ctx<'_>, within: Span, at: Span) -> (String, Span) {
    let text = ctx.a.text.text.as_str();
    // Bounded both ways (a sentence is short, a text without `。` is not).
    const MAX: usize = 1500;
    let stops = ['；', ';', '。'];
    let start = crate::grammar::clause_before(text, at.start, MAX, &stops).max(within.start);
    let from = at.end.min(within.end);
    let tail = crate::grammar::ahead(text, from, MAX);
    let end = tail
        .find(stops)
        .map_or(from + tail.len(), |k| from + k)
        .min(within.end);
    let raw = text.get(start..end).unwrap_or("");
    let lead = raw.len() - raw.trim_start_matches([',', '，', ' ']).len();
    let s = raw.trim_start_matches([',', '，', ' ']).trim_end();
    (
        s.to_owned(),
        Span::new(start + lead, start + lead + s.len()),
    )
}

/// The next-step plan: its title, introduction and commitments.
fn next_steps(ctx: &mut Ctx<'_>, node: &Node) -> NextSteps {
    let pointer = "/next_steps";
    ctx.source(pointer, node.span, crate::Status::Read);
    ctx.source(
        &format!("{pointer}/title"),
        node.content,
        crate::Status::Read,
    );
    ctx.place_own(node);
    let mut introduction = Vec::new();
    let mut commitments = Vec::new();
    let mut commitment_numbering = None;
    for child in &node.children {
        ctx.place_own(child);
        let items: Vec<&Node> =
            if child.kind == NodeKind::Commitment || child.kind == NodeKind::Intro {
                vec![child]
            } else {
                child.children.iter().collect()
            };
        if items.is_empty() {
            introduction.push(ctx.text(child.content_at));
            continue;
        }
        for item in items {
            match item.kind {
                NodeKind::Intro => {
                    ctx.source(
                        &format!("{pointer}/introduction"),
                        item.span,
                        crate::Status::Read,
                    );
                    ctx.place_own(item);
                    introduction.push(ctx.text(item.content_at));
                }
                NodeKind::Commitment => {
                    if commitment_numbering.is_none() {
                        commitment_numbering =
                            item.marker.as_ref().and_then(|m| numbering(m.scheme));
                    }
                    let n = commitments.len();
                    let p = format!("{pointer}/commitments/{n}");
                    let Some(cid) = id(ctx, &format!("next-{}", n + 1), item.span) else {
                        continue;
                    };
                    ctx.source(&p, item.span, crate::Status::Read);
                    ctx.source(&format!("{p}/text"), item.content, crate::Status::Read);
                    ctx.place_own(item);
                    commitments.push(Commitment {
                        source: super::core_source(item.span, crate::Status::Read),
                        id: cid,
                        ordinal: item.marker.as_ref().map(|m| m.ordinal),
                        heading: item.heading_at.map(|h| ctx.text(h)),
                        text: ctx.text(item.content_at),
                    });
                }
                _ => ctx.diag(
                    "unplaced_node",
                    item.span,
                    Some(pointer.to_owned()),
                    format!(
                        "a {:?} of the next steps has no place in the model",
                        item.kind
                    ),
                ),
            }
        }
    }
    NextSteps {
        number: node.marker.as_ref().map(|m| m.ordinal),
        numbering: node.marker.as_ref().and_then(|m| numbering(m.scheme)),
        title: ctx.text(node.content_at),
        introduction: (!introduction.is_empty()).then(|| introduction.join("\n")),
        commitment_numbering,
        commitments,
    }
}

/// The figures, dispositions and dated events of a section's introduction.
#[derive(Default)]
struct Extras {
    metrics: Vec<inspection_report::Metric>,
    dispositions: Vec<inspection_report::Disposition>,
    milestones: Vec<Milestone>,
    by_status: Option<super::status::ByStatus>,
}

impl Extras {
    /// The section's summary: its introduction's figures, dispositions and counts by status
    /// (`预算执行问题6项,…部分整改4项,已整改2项`), when any.
    fn summary(&mut self) -> Option<inspection_report::Summary> {
        if self.metrics.is_empty() && self.dispositions.is_empty() && self.by_status.is_none() {
            return None;
        }
        let mut summary = inspection_report::Summary::builder()
            .metrics(std::mem::take(&mut self.metrics))
            .dispositions(std::mem::take(&mut self.dispositions))
            .build();
        if let Some(b) = self.by_status.take() {
            b.apply(&mut summary);
        }
        Some(summary)
    }
}

/// Reads an introduction paragraph's documents-free extras into `extras`.
/// Takes a paragraph before a section's first finding as (part of) its introduction: its
/// text, its span, every node inside it placed, and the figures, dispositions and dated events
/// it states as the section's summary.
fn introduce(
    ctx: &mut Ctx<'_>,
    child: &Node,
    pointer: &str,
    introduction: &mut Vec<String>,
    extras: &mut Extras,
) {
    introduction.push(ctx.text(child.content_at));
    ctx.source(
        &format!("{pointer}/introduction"),
        child.span,
        crate::Status::Read,
    );
    for n in child.walk() {
        ctx.place_own(n);
    }
    intro_extras(ctx, child, pointer, extras);
}

fn intro_extras(ctx: &mut Ctx<'_>, node: &Node, pointer: &str, extras: &mut Extras) {
    if extras.by_status.is_none() {
        extras.by_status = super::status::read(ctx, node.at, &format!("{pointer}/summary"));
    }
    let mut d = figures::dispositions_from(
        ctx,
        node.at,
        &format!("{pointer}/summary/dispositions"),
        extras.dispositions.len(),
    );
    extras.dispositions.append(&mut d);
    let mut m = figures::metrics_from(
        ctx,
        node.at,
        &format!("{pointer}/summary/metrics"),
        extras.metrics.len(),
    );
    extras.metrics.append(&mut m);
    let (_, mut dated) = dated_from(ctx, node, pointer, false, extras.milestones.len());
    extras.milestones.append(&mut dated);
}
