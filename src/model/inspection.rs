//! The report: one published notice on one inspection round and its rectification.

use bon::Builder;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::codelist::codelist;
use crate::id::ReportId;
use crate::{
    Contact, Delivery, Document, Finding, Genre, InspectionRound, LanguageTag, NextSteps,
    Organization, PartialDate, Period, Publication, Section, Summary,
};

codelist! {
    /// The stage of rectification a report describes.
    pub enum ReportStage {
        /// The report on completed concentrated rectification (整改情况的通报).
        Final = "final", "整改情况", "final report";
        /// A progress report while rectification continues (整改进展情况).
        Progress = "progress", "整改进展情况", "progress report";
    }
}

/// One published report on one inspection round and its rectification: the root of the model.
///
/// A report names the inspection round, the regulations it rests on, its findings grouped in
/// sections — each with measures, figures, dispositions and documents — the next-step plan,
/// contact details, its issuer and its publication date.
///
/// Read one from JSON with [`json::from_str`](crate::json::from_str), which names the place of any bad
/// value.
///
/// # Examples
///
/// ```
/// use inspection_report::*;
///
/// let report = Inspection::builder()
///     .title("关于巡察整改情况的通报")
///     .language("zh-CN")?
///     .stage(ReportStage::Final)
///     .round(
///         InspectionRound::builder()
///             .family(InspectionFamily::PartyInspection)
///             .commissioned_by(Organization::named("市委"))
///             .team(Organization::named("市委第八巡察组"))
///             .inspected(vec![Organization::named("示范区党工委")])
///             .build(),
///     )
///     .issuer(Organization::named("示范区工委"))
///     .published("2025-10-23".parse()?)
///     .build();
/// assert_eq!(report.iter_findings().count(), 0);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, Builder)]
#[serde(deny_unknown_fields)]
#[builder(on(String, into))]
pub struct Inspection {
    /// A stable identifier of the report, when the publisher or platform gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(with = |id: &str| -> Result<_, crate::id::Error> { id.parse() })]
    pub id: Option<ReportId>,
    /// The title as published.
    pub title: String,
    /// The language of the report's text.
    #[builder(with = |tag: &str| -> Result<_, crate::language::Error> { tag.parse() })]
    pub language: LanguageTag,
    /// Whether this is the final report or a progress report.
    pub stage: ReportStage,
    /// What kind of document it is: a party notice, a speech to the people's congress, a
    /// letter, a publicity notice …
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub genre: Option<Genre>,
    /// The genre as published, when it differs from the genre's label or the genre is
    /// `other`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub genre_label: Option<String>,
    /// The bodies the report is addressed to (`自治区审计厅`), as a letter or report names
    /// them before its body.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[builder(default)]
    pub addressees: Vec<Organization>,
    /// The salutation as published, without its colon (`主任、各位副主任、各位委员`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub salutation: Option<String>,
    /// How a report given as a speech was delivered: date, occasion, speaker.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery: Option<Delivery>,
    /// The inspection round the report is about.
    pub round: InspectionRound,
    /// The opening paragraphs, as published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preamble: Option<String>,
    /// The regulations the report rests on (按照《…》有关规定).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[builder(default)]
    pub legal_basis: Vec<Document>,
    /// The basis as published when it is a formula rather than, or besides, titled documents
    /// (`按照党务公开原则和巡察工作有关要求`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_basis_wording: Option<String>,
    /// The report's own summary figures, when it gives them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<Summary>,
    /// The findings, grouped as published.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[builder(default)]
    pub sections: Vec<Section>,
    /// The next-step plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_steps: Option<NextSteps>,
    /// Where to send comments.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<Contact>,
    /// Who issued the report.
    pub issuer: Organization,
    /// When the report was published; `None` when neither the text nor its page says (an
    /// excerpt cut before its date, a PDF without one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<PartialDate>,
    /// The publicity window of a publicity notice (公示期: `2025年1月21日至2月8日`), which
    /// opens on or after publication and is therefore not "dated after publication" (R103).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publicity: Option<Period>,
    /// Publication metadata: index number, publishing body, date written, disclosure mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publication: Option<Publication>,
}

impl Inspection {
    /// Every finding, in published order, through all sections and subsections.
    pub fn iter_findings(&self) -> impl Iterator<Item = &Finding> {
        self.sections.iter().flat_map(Section::iter_findings)
    }

    /// Every document the report names: the legal basis, then those of each measure.
    pub fn iter_documents(&self) -> impl Iterator<Item = &Document> {
        self.legal_basis.iter().chain(
            self.iter_findings()
                .flat_map(|f| f.measures.iter())
                .flat_map(|m| m.documents.iter()),
        )
    }
}
