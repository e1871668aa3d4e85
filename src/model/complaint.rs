//! Complaint cases: the petitions an environmental inspection hands over for handling.

use bon::Builder;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::codelist::codelist;

codelist! {
    /// The kind of pollution or damage a complaint is about (污染类型).
    ///
    /// A complaint may concern several; a kind not listed here is `other`, with the
    /// complaint's `category_label`.
    pub enum PollutionCategory {
        /// Air pollution (大气).
        Air = "air", "大气", "air";
        /// Water pollution (水).
        Water = "water", "水", "water";
        /// Soil pollution (土壤).
        Soil = "soil", "土壤", "soil";
        /// Noise (噪声).
        Noise = "noise", "噪声", "noise";
        /// Odour (恶臭).
        Odour = "odour", "恶臭", "odour";
        /// Solid waste (固废).
        SolidWaste = "solid_waste", "固废", "solid waste";
        /// Damage to the ecology (生态).
        Ecology = "ecology", "生态", "ecology";
        /// Radiation (辐射).
        Radiation = "radiation", "辐射", "radiation";
        /// A kind not listed here; `category_label` gives it as published.
        Other = "other", "其他", "other";
    }
}

codelist! {
    /// What the investigation of a complaint found (调查核实情况).
    pub enum Verification {
        /// Substantiated (属实).
        Substantiated = "substantiated", "属实", "substantiated";
        /// Partly substantiated (部分属实).
        PartlySubstantiated = "partly_substantiated", "部分属实", "partly substantiated";
        /// Not substantiated (不属实).
        NotSubstantiated = "not_substantiated", "不属实", "not substantiated";
    }
}

/// The particulars of a complaint case (信访举报件) that a finding stands for, in the tables
/// of environmental inspection batch reports: its reference, region, category and whether it
/// was substantiated. The finding's `problem` holds the complaint, its `status` whether the
/// case is closed (`已办结`, `阶段性办结`, `未办结`).
///
/// # Examples
///
/// ```
/// use inspection_report::{Complaint, PollutionCategory, Verification};
///
/// let case = Complaint::builder()
///     .reference("X150000202506110034")
///     .region("呼和浩特市")
///     .categories(vec![PollutionCategory::Air, PollutionCategory::Noise])
///     .verification(Verification::PartlySubstantiated)
///     .build();
/// assert_eq!(case.categories.len(), 2);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, Builder)]
#[serde(deny_unknown_fields)]
#[builder(on(String, into))]
pub struct Complaint {
    /// The case reference (受理编号), as published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    /// The region the complaint concerns (行政区域), as published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// The kinds of pollution it concerns.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[builder(default)]
    pub categories: Vec<PollutionCategory>,
    /// The category as published, when it differs from the codes' labels or a category is
    /// `other`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category_label: Option<String>,
    /// Whether the complaint was substantiated, when stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification: Option<Verification>,
}
