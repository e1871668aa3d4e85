//! Whole reports: the frame of a report and its findings, assembled.

use inspection_report::{
    Contact, Document, Inspection, InspectionFamily, LanguageTag, NextSteps, Numbering,
    Organization, ReportStage, Section, id::ReportId,
};
use proptest::collection::{SizeRange, vec};
use proptest::option;
use proptest::prelude::*;
use proptest::sample::select;
use proptest::strategy::Just;

use super::assemble::Assembler;
use super::codes::codelist;
use super::date::Window;
use super::document::document_in;
use super::finding::{FindingDraft, finding_draft};
use super::next_steps::{finish_next_steps, next_steps_draft};
use super::organization::contact;
use super::round::{Chain, chain};
use super::section::{SectionsPlan, sections_plan};
use super::summary::{SummaryPlan, summary_of, summary_plan};
use super::support::{positional, valid};
use super::text::text;

/// Everything of a report but its findings.
#[derive(Debug, Clone)]
pub(super) struct Frame {
    pub(super) with_id: bool,
    pub(super) language: LanguageTag,
    pub(super) stage: ReportStage,
    pub(super) preamble: Option<String>,
    pub(super) legal_basis: Vec<Document>,
    pub(super) summary: Option<SummaryPlan>,
    pub(super) sections: SectionsPlan,
    pub(super) next_steps: Option<NextSteps>,
    pub(super) contact: Option<Contact>,
}

pub(super) fn frame(window: Window) -> impl Strategy<Value = Frame> {
    (
        (
            any::<bool>(),
            select(&["zh-CN", "zh-Hans-CN", "zh"][..]),
            codelist::<ReportStage>(),
            option::weighted(0.7, text()),
        ),
        (
            vec(document_in(window), 0..=3),
            option::weighted(0.6, summary_plan(window)),
            sections_plan(),
        ),
        (
            option::weighted(0.8, next_steps_draft()),
            option::weighted(0.8, contact()),
        ),
    )
        .prop_map(
            |(
                (with_id, language, stage, preamble),
                (legal_basis, summary, sections),
                (next_steps, contact),
            )| Frame {
                with_id,
                language: valid(language.parse()),
                stage,
                preamble,
                legal_basis,
                summary,
                sections,
                next_steps,
                contact,
            },
        )
}

pub(super) fn assemble(chain: Chain, frame: Frame, drafts: Vec<FindingDraft>) -> Inspection {
    let mut assembler = Assembler::new(drafts.len());
    let mut legal_basis = frame.legal_basis;
    for (i, document) in legal_basis.iter_mut().enumerate() {
        assembler.document(document, &format!("doc-{}", i + 1));
    }
    let sections = assembler.sections(&frame.sections, drafts);
    let summary = frame
        .summary
        .map(|plan| summary_of(plan, sections.iter().flat_map(Section::iter_findings)));
    let next_number = u32::try_from(sections.len() + 1).unwrap_or(u32::MAX);
    let next_steps = frame.next_steps.map(|plan| {
        finish_next_steps(
            plan,
            frame
                .sections
                .numbered
                .then_some((next_number, Numbering::ChineseComma)),
        )
    });
    let family = match chain.round.family {
        InspectionFamily::PartyInspectionTour => "巡视",
        InspectionFamily::PartyInspection => "巡察",
        InspectionFamily::Audit => "审计",
        InspectionFamily::EnvironmentalInspection => "生态环境保护督察",
        _ => "督查",
    };
    let stage = match frame.stage {
        ReportStage::Progress => "整改进展情况",
        _ => "整改情况",
    };
    // The inspected organization publishes the report.
    let issuer = chain
        .round
        .inspected
        .first()
        .cloned()
        .unwrap_or_else(|| Organization::named("示范区党工委"));
    Inspection {
        id: frame
            .with_id
            .then(|| positional::<ReportId>(&format!("report-{}", chain.published))),
        title: format!("{}关于{family}{stage}的通报", issuer.name),
        language: frame.language,
        stage: frame.stage,
        genre: None,
        genre_label: None,
        addressees: Vec::new(),
        salutation: None,
        delivery: None,
        round: chain.round,
        preamble: frame.preamble,
        legal_basis,
        legal_basis_wording: None,
        summary,
        sections,
        next_steps,
        contact: frame.contact,
        issuer,
        published: Some(chain.published),
        publicity: None,
        publication: None,
    }
}

/// Whole reports with any number of findings in `findings` (`0..20`, `1000..=1000`), spread
/// over sections, subsections and statuses, with legal basis, summary, next steps and contact
/// now and then.
///
/// Shrinking removes findings and renumbers the rest, so a shrunk report stays valid.
///
/// # Examples
///
/// ```
/// use inspection_report_testkit::strategy;
/// use proptest::prelude::*;
///
/// proptest!(ProptestConfig::with_cases(8), |(report in strategy::inspection_with(5..=5))| {
///     prop_assert_eq!(report.iter_findings().count(), 5);
/// });
/// ```
pub fn inspection_with(findings: impl Into<SizeRange>) -> impl Strategy<Value = Inspection> {
    let size: SizeRange = findings.into();
    chain()
        .prop_flat_map(move |chain| {
            let window = chain.window;
            (
                Just(chain),
                frame(window),
                vec(finding_draft(window), size.clone()),
            )
        })
        .prop_map(|(chain, frame, drafts)| assemble(chain, frame, drafts))
}

/// Whole reports of up to 12 findings; see [`inspection_with`].
///
/// # Examples
///
/// ```
/// use inspection_report_testkit::strategy;
/// use proptest::prelude::*;
///
/// proptest!(ProptestConfig::with_cases(8), |(report in strategy::inspection())| {
///     prop_assert!(report.iter_findings().count() <= 12);
/// });
/// ```
pub fn inspection() -> impl Strategy<Value = Inspection> {
    inspection_with(0..=12)
}
