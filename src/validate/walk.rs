//! The walk through a report: visits every value once, keeping the JSON pointer and the
//! published numbering of the current place, and applies each family's checks.

use super::catalog::{R204, R205, R206, R207};
use super::context::Ctx;
use super::ids::Target;
use super::rules::identity::{self, Sequence};
use super::rules::{contact, dates, dispositions, figures, status, text};
use crate::{
    Disposition, Document, Finding, FindingStatus, Inspection, InspectionRound, Measure, Metric,
    Milestone, NextSteps, Numbering, Organization, Period, Section, SectionKind, Summary,
};

/// The published form of `number` in `numbering`, when both are known.
fn rendered(numbering: Option<Numbering>, number: Option<u32>) -> Option<(Numbering, u32)> {
    Some((numbering?, number?))
}

/// Visits each item of `items` under `field`, with its index on the pointer.
fn each<'a, T>(
    ctx: &mut Ctx<'a>,
    field: &str,
    items: &'a [T],
    mut f: impl FnMut(&mut Ctx<'a>, &'a T),
) {
    if items.is_empty() {
        return;
    }
    ctx.at(field, |ctx| {
        for (i, item) in items.iter().enumerate() {
            ctx.at(i, |ctx| f(ctx, item));
        }
    });
}

pub(crate) fn inspection<'a>(ctx: &mut Ctx<'a>, report: &'a Inspection) {
    ctx.published = Some(report.published);
    identity::optional_id(ctx, "id", report.id.as_ref().map(|id| id.as_str()));
    text::required(ctx, "title", "title", "标题", &report.title);
    ctx.at("round", |ctx| round(ctx, &report.round));
    dates::round(ctx, &report.round, report.published);
    text::optional(ctx, "preamble", report.preamble.as_deref());
    each(ctx, "legal_basis", &report.legal_basis, document);
    if let Some(summary) = &report.summary {
        ctx.at("summary", |ctx| summary_parts(ctx, summary));
    }
    let mut sections = Sequence::new(&R204);
    each(ctx, "sections", &report.sections, |ctx, s| {
        section_in(ctx, s, None, Some(&mut sections));
    });
    if let Some(plan) = &report.next_steps {
        ctx.at("next_steps", |ctx| next_steps(ctx, plan, &mut sections));
    }
    if let Some(details) = &report.contact {
        ctx.at("contact", |ctx| {
            text::optional(ctx, "invitation", details.invitation.as_deref());
            text::optional(ctx, "address", details.address.as_deref());
            contact::check(ctx, details);
        });
    }
    organization(ctx, "issuer", &report.issuer);
    if let Some(summary) = &report.summary {
        let counted = (ctx.finding_count > 0).then_some((ctx.finding_count, ctx.completed_count));
        ctx.at("summary", |ctx| {
            status::summary(ctx, summary, counted);
            figures::completion_rate(ctx, summary);
        });
    }
}

fn round<'a>(ctx: &mut Ctx<'a>, round: &'a InspectionRound) {
    text::optional(ctx, "identifier", round.identifier.as_deref());
    organization(ctx, "commissioned_by", &round.commissioned_by);
    organization(ctx, "team", &round.team);
    each(ctx, "inspected", &round.inspected, |ctx, org| {
        organization(ctx, "", org);
    });
    if let Some(on_site) = &round.on_site {
        ctx.at("on_site", |ctx| period(ctx, on_site));
    }
    if let Some(rectification) = &round.rectification {
        ctx.at("rectification", |ctx| {
            ctx.at("period", |ctx| period(ctx, &rectification.period));
            text::optional(ctx, "label", rectification.label.as_deref());
            if let Some(duration) = &rectification.stated_duration {
                ctx.at("stated_duration", |ctx| {
                    text::optional(ctx, "wording", duration.wording.as_deref());
                });
            }
        });
    }
}

/// An organization at `field` of the current value (the value itself when `field` is empty).
fn organization(ctx: &mut Ctx, field: &str, org: &Organization) {
    let visit = |ctx: &mut Ctx| {
        text::required(ctx, "name", "organization name", "单位名称", &org.name);
        text::optional(ctx, "full_name", org.full_name.as_deref());
    };
    if field.is_empty() {
        visit(ctx);
    } else {
        ctx.at(field, visit);
    }
}

fn period(ctx: &mut Ctx, p: &Period) {
    dates::period(ctx, p);
    text::optional(ctx, "wording", p.wording.as_deref());
}

fn document<'a>(ctx: &mut Ctx<'a>, doc: &'a Document) {
    identity::id_of(ctx, "id", doc.id.as_str(), Target::Document);
    text::required(ctx, "title", "document title", "文件标题", &doc.title);
    if let Some(issuer) = &doc.issuer {
        organization(ctx, "issuer", issuer);
    }
    each(ctx, "parties", &doc.parties, |ctx, party| {
        organization(ctx, "", party);
    });
    if let Some(date) = &doc.date {
        dates::when(ctx, "date", date);
    }
}

fn summary_parts<'a>(ctx: &mut Ctx<'a>, summary: &'a Summary) {
    each(ctx, "metrics", &summary.metrics, metric);
    text::optional(ctx, "text", summary.text.as_deref());
}

/// A section, with the status its ancestors imply and the sequence its number belongs to.
pub(crate) fn section<'a>(ctx: &mut Ctx<'a>, s: &'a Section, sequence: Option<&mut Sequence>) {
    section_in(ctx, s, None, sequence);
}

fn section_in<'a>(
    ctx: &mut Ctx<'a>,
    s: &'a Section,
    inherited: Option<(SectionKind, FindingStatus)>,
    sequence: Option<&mut Sequence>,
) {
    let implied = s
        .kind
        .implied_status()
        .map(|status| (s.kind, status))
        .or(inherited);
    ctx.numbered(rendered(s.numbering, s.number), |ctx| {
        if let Some(sequence) = sequence {
            sequence.next(ctx, "number", s.number);
        }
        identity::id(ctx, "id", s.id.as_str());
        text::required(ctx, "title", "section title", "部分标题", &s.title);
        text::optional(ctx, "introduction", s.introduction.as_deref());
        let mut findings = Sequence::new(&R205);
        each(ctx, "findings", &s.findings, |ctx, f| {
            finding_in(ctx, f, s.finding_numbering, implied, Some(&mut findings));
        });
        let mut subsections = Sequence::new(&R204);
        each(ctx, "subsections", &s.subsections, |ctx, sub| {
            section_in(ctx, sub, implied, Some(&mut subsections));
        });
    });
}

/// A finding alone, or in a section whose kind implies `implied`.
pub(crate) fn finding<'a>(
    ctx: &mut Ctx<'a>,
    f: &'a Finding,
    numbering: Option<Numbering>,
    implied: Option<(SectionKind, FindingStatus)>,
) {
    finding_in(ctx, f, numbering, implied, None);
}

fn finding_in<'a>(
    ctx: &mut Ctx<'a>,
    f: &'a Finding,
    numbering: Option<Numbering>,
    implied: Option<(SectionKind, FindingStatus)>,
    sequence: Option<&mut Sequence>,
) {
    ctx.numbered(rendered(numbering, f.number), |ctx| {
        if let Some(sequence) = sequence {
            sequence.next(ctx, "number", f.number);
        }
        identity::id_of(ctx, "id", f.id.as_str(), Target::Finding);
        ctx.finding_count += 1;
        if f.status == FindingStatus::Completed {
            ctx.completed_count += 1;
        }
        text::required(ctx, "problem", "problem", "问题表述", &f.problem);
        if f.status == FindingStatus::Other {
            text::other_label(ctx, "status", "status_label", f.status_label.as_deref());
        }
        text::optional(ctx, "status_label", f.status_label.as_deref());
        text::optional(ctx, "measures_heading", f.measures_heading.as_deref());
        status::finding(ctx, f, implied);
        each(ctx, "metrics", &f.metrics, metric);
        let mut measures = Sequence::new(&R206);
        each(ctx, "measures", &f.measures, |ctx, m| {
            measure_in(ctx, m, f.measure_numbering, Some(&mut measures));
        });
        identity::related(ctx, f.id.as_str(), &f.related);
    });
}

/// A measure alone.
pub(crate) fn measure<'a>(ctx: &mut Ctx<'a>, m: &'a Measure) {
    measure_in(ctx, m, None, None);
}

fn measure_in<'a>(
    ctx: &mut Ctx<'a>,
    m: &'a Measure,
    numbering: Option<Numbering>,
    sequence: Option<&mut Sequence>,
) {
    ctx.numbered(rendered(numbering, m.ordinal), |ctx| {
        if let Some(sequence) = sequence {
            sequence.next(ctx, "ordinal", m.ordinal);
        }
        identity::id(ctx, "id", m.id.as_str());
        text::optional(ctx, "heading", m.heading.as_deref());
        text::required(ctx, "text", "measure text", "措施内容", &m.text);
        each(ctx, "metrics", &m.metrics, metric);
        each(ctx, "dispositions", &m.dispositions, disposition);
        each(ctx, "documents", &m.documents, document);
        if !m.document_refs.is_empty() {
            ctx.at("document_refs", |ctx| {
                for (i, id) in m.document_refs.iter().enumerate() {
                    ctx.refer_to_document(id.as_str(), i);
                }
            });
        }
        each(ctx, "milestones", &m.milestones, milestone);
    });
}

fn milestone<'a>(ctx: &mut Ctx<'a>, event: &'a Milestone) {
    identity::optional_id(ctx, "id", event.id.as_ref().map(|id| id.as_str()));
    dates::when(ctx, "date", &event.date);
    text::required(ctx, "text", "milestone text", "事项内容", &event.text);
}

/// A figure and the figures nested in it.
pub(crate) fn metric<'a>(ctx: &mut Ctx<'a>, m: &'a Metric) {
    identity::optional_id(ctx, "id", m.id.as_ref().map(|id| id.as_str()));
    text::required(ctx, "subject", "subject", "统计对象", &m.subject);
    if m.kind == crate::MetricKind::Other {
        text::other_label(ctx, "kind", "wording", m.wording.as_deref());
    }
    if m.unit == crate::Unit::Other {
        text::other_label(ctx, "unit", "unit_label", m.unit_label.as_deref());
    }
    text::optional(ctx, "unit_label", m.unit_label.as_deref());
    text::optional(ctx, "wording", m.wording.as_deref());
    if let Some(rank) = &m.rank {
        ctx.at("rank", |ctx| {
            text::optional(ctx, "among", rank.among.as_deref())
        });
    }
    if let Some(p) = &m.period {
        ctx.at("period", |ctx| period(ctx, p));
    }
    figures::metric(ctx, m);
    each(ctx, "parts", &m.parts, metric);
    each(ctx, "of_which", &m.of_which, metric);
}

/// A disposition.
pub(crate) fn disposition<'a>(ctx: &mut Ctx<'a>, d: &'a Disposition) {
    identity::optional_id(ctx, "id", d.id.as_ref().map(|id| id.as_str()));
    if d.kind == crate::DispositionKind::Other {
        text::other_label(ctx, "kind", "label", d.label.as_deref());
    }
    text::optional(ctx, "label", d.label.as_deref());
    text::optional(ctx, "subject", d.subject.as_deref());
    each(ctx, "including", &d.including, |ctx, included| {
        if included.kind == crate::DispositionKind::Other {
            text::other_label(ctx, "kind", "label", included.label.as_deref());
        }
        text::optional(ctx, "label", included.label.as_deref());
    });
    if let Some(p) = &d.period {
        ctx.at("period", |ctx| period(ctx, p));
    }
    dispositions::disposition(ctx, d);
}

fn next_steps<'a>(ctx: &mut Ctx<'a>, plan: &'a NextSteps, sections: &mut Sequence) {
    ctx.numbered(rendered(plan.numbering, plan.number), |ctx| {
        sections.next(ctx, "number", plan.number);
        text::required(ctx, "title", "plan title", "下一步工作标题", &plan.title);
        text::optional(ctx, "introduction", plan.introduction.as_deref());
        let mut commitments = Sequence::new(&R207);
        each(ctx, "commitments", &plan.commitments, |ctx, c| {
            ctx.numbered(rendered(plan.commitment_numbering, c.ordinal), |ctx| {
                commitments.next(ctx, "ordinal", c.ordinal);
                identity::id(ctx, "id", c.id.as_str());
                text::optional(ctx, "heading", c.heading.as_deref());
                text::required(ctx, "text", "commitment text", "工作安排内容", &c.text);
            });
        });
    });
}
