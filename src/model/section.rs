//! Sections: how a report groups its findings.

use bon::Builder;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::codelist::codelist;
use crate::id::SectionId;
use crate::{Finding, FindingStatus, Milestone, Numbering, Summary};

codelist! {
    /// What a section of findings groups by.
    pub enum SectionKind {
        /// Findings whose rectification is completed (已完成的整改任务).
        Completed = "completed", "已完成的整改任务", "completed rectification tasks";
        /// Findings that need long-term rectification (长期整改任务).
        LongTerm = "long_term", "长期整改任务", "long-term rectification tasks";
        /// Findings still being rectified (正在推进的整改任务).
        Ongoing = "ongoing", "正在推进的整改任务", "ongoing rectification tasks";
        /// An area or aspect of findings (…方面).
        Area = "area", "方面", "area";
        /// An inspected organization, in reports covering several.
        Organization = "organization", "被巡察单位", "inspected organization";
        /// Another grouping; the title says what.
        Other = "other", "其他", "other grouping";
    }
}

impl SectionKind {
    /// The status every finding of a section of this kind should have, if the kind implies
    /// one.
    pub fn implied_status(self) -> Option<FindingStatus> {
        match self {
            Self::Completed => Some(FindingStatus::Completed),
            Self::LongTerm => Some(FindingStatus::LongTerm),
            Self::Ongoing => Some(FindingStatus::Ongoing),
            _ => None,
        }
    }
}

/// A group of findings as the report publishes it: `一、已完成的整改任务`, or an area
/// (方面) with nested groups.
///
/// # Examples
///
/// ```
/// use inspection_report::{Numbering, Section, SectionKind};
///
/// let completed = Section::builder()
///     .id("completed")?
///     .number(1)
///     .numbering(Numbering::ChineseComma)
///     .title("已完成的整改任务")
///     .kind(SectionKind::Completed)
///     .finding_numbering(Numbering::ArabicDot)
///     .build();
/// assert_eq!(completed.heading(), "一、已完成的整改任务");
/// # Ok::<(), inspection_report::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, Builder)]
#[serde(deny_unknown_fields)]
#[builder(on(String, into))]
pub struct Section {
    /// A stable identifier.
    #[builder(with = |id: &str| -> Result<_, crate::id::Error> { id.parse() })]
    pub id: SectionId,
    /// The published number (`二、` → 2), rendered with `numbering`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<u32>,
    /// How this section's number is written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub numbering: Option<Numbering>,
    /// The title, without its number; `None` for findings published under no heading (a
    /// notice whose numbered findings follow its preamble directly).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// What the section groups by.
    pub kind: SectionKind,
    /// An introduction, when the section has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub introduction: Option<String>,
    /// The section's own summary: counts by status, figures and dispositions stated for the
    /// section as a whole (`财政部门预算执行问题6项,涉及金额237054.47万元,部分整改4项,已整改2项`).
    /// Its counts are compared with the section's findings, as the report's are with all.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<Summary>,
    /// Dated events the introduction reports (`2018年7月30日市十七届人大常委会第十四次会议后`),
    /// in a section that tells what was done as a whole rather than finding by finding.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[builder(default)]
    pub milestones: Vec<Milestone>,
    /// How the findings of this section are numbered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finding_numbering: Option<Numbering>,
    /// The findings, in published order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[builder(default)]
    pub findings: Vec<Finding>,
    /// Nested groups, in published order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[builder(default)]
    pub subsections: Vec<Section>,
    /// Where it was read from in the original text, when it was imported from one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<crate::Source>,
}

impl Section {
    /// The heading as published: number and title (`一、已完成的整改任务`); empty for a section
    /// published under no heading.
    pub fn heading(&self) -> String {
        let title = self.title.as_deref().unwrap_or("");
        match (self.number, self.numbering) {
            (Some(number), Some(numbering)) => format!("{}{title}", numbering.render(number)),
            _ => title.to_owned(),
        }
    }

    /// Every finding of this section and its subsections, in published order.
    pub fn iter_findings(&self) -> Box<dyn Iterator<Item = &Finding> + '_> {
        Box::new(
            self.findings
                .iter()
                .chain(self.subsections.iter().flat_map(Section::iter_findings)),
        )
    }
}
