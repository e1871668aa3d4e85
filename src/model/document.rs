//! Documents: regulations a report rests on and documents issued during rectification.

use bon::Builder;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::codelist::codelist;
use crate::id::DocumentId;
use crate::{DateOrPeriod, Organization, Person};

codelist! {
    /// The standing of a document when the report mentions it.
    pub enum DocumentStatus {
        /// Issued and in force (印发, 出台).
        Issued = "issued", "已印发", "issued";
        /// A draft for discussion (讨论稿, 征求意见稿).
        Draft = "draft", "讨论稿", "draft";
        /// Adopted by a meeting but not yet issued (研究通过).
        Adopted = "adopted", "已通过", "adopted";
        /// Revised (修订).
        Revised = "revised", "已修订", "revised";
        /// Being drafted (正在制定, 编制中).
        InPreparation = "in_preparation", "制定中", "in preparation";
        /// Signed by the parties, as an agreement is (签订).
        Signed = "signed", "已签订", "signed";
    }
}

/// A document a report names: a regulation of its legal basis, or a plan, rule, notice or
/// agreement issued during rectification.
///
/// `title` is the title without the 《》 brackets; `number` is the document number (文号) as
/// published, brackets and all (`许示范办文〔2024〕11号`).
///
/// # Examples
///
/// ```
/// use inspection_report::{Document, DocumentStatus};
///
/// let rules = Document::builder()
///     .id("doc-sanzhongyida")?
///     .title("示范区\"三重一大\"事项议事决策制度")
///     .number("许示范办文〔2024〕11号")
///     .status(DocumentStatus::Revised)
///     .build();
/// assert_eq!(rules.number.as_deref(), Some("许示范办文〔2024〕11号"));
/// # Ok::<(), inspection_report::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, Builder)]
#[serde(deny_unknown_fields)]
#[builder(on(String, into))]
pub struct Document {
    /// A stable identifier; measures refer to documents by it.
    #[builder(with = |id: &str| -> Result<_, crate::id::Error> { id.parse() })]
    pub id: DocumentId,
    /// The title, without 《》.
    pub title: String,
    /// The document number (文号), as published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// Who issued it, when stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer: Option<Organization>,
    /// The parties to an agreement (合作协议), when the report names them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[builder(default)]
    pub parties: Vec<Organization>,
    /// The persons who signed it, with their posts (`党工委委员、管委会副主任闫根峰`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[builder(default)]
    pub signatories: Vec<Person>,
    /// When it was issued, adopted or signed: a date, or a period for fuzzy dates (`4月底`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<DateOrPeriod>,
    /// Its standing when the report mentions it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<DocumentStatus>,
    /// Where it was read from in the original text, when it was imported from one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<crate::Source>,
}
