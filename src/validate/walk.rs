//! The walk through a report: visits every value once, keeping the JSON pointer and the
//! published numbering of the current place, and applies each family's checks.

use super::catalog::{R204, R205, R206, R207};
use super::context::Ctx;
use super::ids::Target;
use super::rules::identity::{self, Sequence};
use super::rules::status::Counted;
use super::rules::{contact, dates, dispositions, figures, status, text};
use crate::{
    Complaint, Delivery, Disposition, Document, Finding, FindingStatus, Genre, Inspection,
    InspectionKind, InspectionRound, Measure, Metric, Milestone, NextSteps, Numbering,
    Organization, Period, Person, PollutionCategory, Publication, Section, SectionKind, Summary,
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
    ctx.published = report.published;
    identity::optional_id(ctx, "id", report.id.as_ref().map(|id| id.as_str()));
    text::required(ctx, "title", "title", "标题", &report.title);
    if report.genre == Some(Genre::Other) {
        text::other_label(ctx, "genre", "genre_label", report.genre_label.as_deref());
    }
    text::optional(ctx, "genre_label", report.genre_label.as_deref());
    each(ctx, "addressees", &report.addressees, |ctx, org| {
        organization(ctx, "", org);
    });
    text::optional(ctx, "salutation", report.salutation.as_deref());
    if let Some(d) = &report.delivery {
        ctx.at("delivery", |ctx| delivery(ctx, d));
    }
    ctx.at("round", |ctx| round(ctx, &report.round));
    dates::round(ctx, &report.round, report.published);
    text::optional(ctx, "preamble", report.preamble.as_deref());
    each(ctx, "legal_basis", &report.legal_basis, document);
    text::optional(
        ctx,
        "legal_basis_wording",
        report.legal_basis_wording.as_deref(),
    );
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
    if let Some(window) = &report.publicity {
        ctx.at("publicity", |ctx| period(ctx, window));
    }
    if let Some(metadata) = &report.publication {
        ctx.at("publication", |ctx| publication(ctx, metadata));
        dates::written(ctx, metadata.written, report.published);
    }
    if let Some(summary) = &report.summary {
        let counted = Counted::of(report.iter_findings());
        ctx.at("summary", |ctx| {
            summary_checks(ctx, summary, counted.as_ref())
        });
    }
}

/// The checks of a summary against its own figures and `counted`, the findings it speaks of,
/// and of its cumulative summary against its own figures.
fn summary_checks(ctx: &mut Ctx, summary: &Summary, counted: Option<&Counted>) {
    status::summary(ctx, summary, counted);
    figures::completion_rate(ctx, summary);
    if let Some(cumulative) = &summary.cumulative {
        ctx.at("cumulative", |ctx| summary_checks(ctx, cumulative, None));
    }
}

fn delivery<'a>(ctx: &mut Ctx<'a>, d: &'a Delivery) {
    text::optional(ctx, "occasion", d.occasion.as_deref());
    if let Some(speaker) = &d.speaker {
        ctx.at("speaker", |ctx| person(ctx, speaker));
    }
    text::optional_layout(ctx, "byline", d.byline.as_deref());
    if let Some(org) = &d.on_behalf_of {
        organization(ctx, "on_behalf_of", org);
    }
}

fn publication(ctx: &mut Ctx, p: &Publication) {
    if let Some(number) = &p.index_number {
        text::index_number(ctx, "index_number", number);
    }
    text::optional(ctx, "document_number", p.document_number.as_deref());
    if let Some(org) = &p.publisher {
        organization(ctx, "publisher", org);
    }
    if p.disclosure == Some(crate::Disclosure::Other) {
        text::other_label(
            ctx,
            "disclosure",
            "disclosure_label",
            p.disclosure_label.as_deref(),
        );
    }
    text::optional(ctx, "disclosure_label", p.disclosure_label.as_deref());
}

/// A person, with the current place at it.
fn person(ctx: &mut Ctx, p: &Person) {
    text::required_layout(ctx, "name", "person's name", "姓名", &p.name);
    text::optional_layout(ctx, "post", p.post.as_deref());
    if let Some(org) = &p.organization {
        organization(ctx, "organization", org);
    }
}

fn complaint(ctx: &mut Ctx, c: &Complaint) {
    text::optional(ctx, "reference", c.reference.as_deref());
    text::optional(ctx, "region", c.region.as_deref());
    if c.categories.contains(&PollutionCategory::Other) {
        text::other_label(
            ctx,
            "categories",
            "category_label",
            c.category_label.as_deref(),
        );
    }
    text::optional(ctx, "category_label", c.category_label.as_deref());
}

fn round<'a>(ctx: &mut Ctx<'a>, round: &'a InspectionRound) {
    if round.kind == Some(InspectionKind::Other) {
        text::other_label(ctx, "kind", "kind_label", round.kind_label.as_deref());
    }
    text::optional(ctx, "kind_label", round.kind_label.as_deref());
    each(ctx, "components", &round.components, |ctx, component| {
        if component.kinds.contains(&InspectionKind::Other) {
            text::other_label(ctx, "kinds", "label", component.label.as_deref());
        }
        text::optional(ctx, "scope", component.scope.as_deref());
        text::optional(ctx, "label", component.label.as_deref());
        each(ctx, "inspected", &component.inspected, |ctx, org| {
            organization(ctx, "", org);
        });
        status::inspected_count(ctx, component.inspected_count, component.inspected.len());
    });
    text::optional(ctx, "identifier", round.identifier.as_deref());
    if let Some(commissioned_by) = &round.commissioned_by {
        organization(ctx, "commissioned_by", commissioned_by);
    }
    if let Some(team) = &round.team {
        organization(ctx, "team", team);
    }
    each(ctx, "teams", &round.teams, |ctx, org| {
        organization(ctx, "", org);
    });
    each(ctx, "team_leaders", &round.team_leaders, |ctx, p| {
        person(ctx, p)
    });
    each(ctx, "inspected", &round.inspected, |ctx, org| {
        organization(ctx, "", org);
    });
    status::inspected_count(ctx, round.inspected_count, round.inspected.len());
    if let Some(audited) = &round.audited_period {
        ctx.at("audited_period", |ctx| period(ctx, audited));
    }
    if let Some(on_site) = &round.on_site {
        ctx.at("on_site", |ctx| period(ctx, on_site));
    }
    if let Some(duration) = &round.on_site_duration {
        ctx.at("on_site_duration", |ctx| {
            text::optional(ctx, "wording", duration.wording.as_deref());
        });
    }
    if let Some(written) = &round.feedback_as_written {
        ctx.at("feedback_as_written", |ctx| {
            text::optional(ctx, "wording", Some(&written.wording));
        });
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
    each(ctx, "signatories", &doc.signatories, |ctx, p| {
        person(ctx, p)
    });
    if let Some(date) = &doc.date {
        dates::when(ctx, "date", date);
    }
}

/// The values of a summary: its texts, periods, figures and dispositions (the checks of its
/// counts are [`summary_checks`]).
fn summary_parts<'a>(ctx: &mut Ctx<'a>, summary: &'a Summary) {
    text::optional(ctx, "subject", summary.subject.as_deref());
    if let Some(as_of) = &summary.as_of {
        ctx.at("as_of", |ctx| period(ctx, as_of));
    }
    each(ctx, "by_status", &summary.by_status, |ctx, entry| {
        if entry.status == FindingStatus::Other {
            text::other_label(ctx, "status", "label", entry.label.as_deref());
        }
        text::optional(ctx, "label", entry.label.as_deref());
    });
    each(ctx, "metrics", &summary.metrics, metric);
    each(ctx, "dispositions", &summary.dispositions, disposition);
    if let Some(cumulative) = &summary.cumulative {
        ctx.at("cumulative", |ctx| summary_parts(ctx, cumulative));
    }
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
        if let Some(title) = &s.title {
            text::required(ctx, "title", "section title", "部分标题", title);
        }
        text::optional(ctx, "introduction", s.introduction.as_deref());
        if let Some(summary) = &s.summary {
            ctx.at("summary", |ctx| {
                summary_parts(ctx, summary);
                summary_checks(ctx, summary, Counted::of(s.iter_findings()).as_ref());
            });
        }
        each(ctx, "milestones", &s.milestones, milestone);
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
        text::required(ctx, "problem", "problem", "问题表述", &f.problem);
        if f.status == FindingStatus::Other {
            text::other_label(ctx, "status", "status_label", f.status_label.as_deref());
        }
        text::optional(ctx, "status_label", f.status_label.as_deref());
        text::optional(ctx, "measures_heading", f.measures_heading.as_deref());
        status::finding(ctx, f, implied);
        if let Some(c) = &f.complaint {
            ctx.at("complaint", |ctx| complaint(ctx, c));
        }
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
    text::optional(ctx, "occasion", d.occasion.as_deref());
    each(ctx, "recipients", &d.recipients, |ctx, p| person(ctx, p));
    if let Some(term) = &d.term {
        ctx.at("term", |ctx| {
            dates::term(ctx, term);
            text::optional(ctx, "wording", term.wording.as_deref());
        });
    }
    dispositions::disposition(ctx, d);
    each(ctx, "parts", &d.parts, disposition);
    each(ctx, "together_with", &d.together_with, disposition);
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
