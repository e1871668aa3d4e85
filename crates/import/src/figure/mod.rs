//! Figures: a numeral with a measure word or unit, what it counts, how exact it is, the period
//! it refers to and how it relates to other figures.
//!
//! Candidates are generated for every numeral (a count with the longest measure word of
//! `grammar/units.tsv`, an ordinal after `第`, a rank after `位列`/`排名`/`倒数第`, a rank read
//! from words such as `末位`), then the best candidate of each numeral is chosen. Relations
//! are found afterwards: parts in parentheses that add up to the figure before them
//! ([`RelationKind::PartOf`]), `其中` parts ([`RelationKind::OfWhich`]), and found / resolved
//! / remaining triples (`发现隐患1018处,已整改1013处,剩余5处`).
//!
//! Numerals inside dates, `《…》` titles, short quotations (`"一圈一谷"`), document numbers
//! and the idioms of `grammar/exclusions.tsv` are not figures.

use rust_decimal::Decimal;

use crate::codes::{Kind, Qualifier, Unit};
use crate::date::DateMention;
use crate::numeral;
use crate::span::{Span, Status};
use crate::text::Normalized;

mod candidate;
mod context;
mod period;
mod relation;
mod scan;

pub use candidate::{Candidate, measure_words, tables_ready, unit_of};

use candidate::{choose, excluded_spans, numeral_candidates, overlaps_any, word_ranks};
use period::attach_periods;
use relation::{
    attach_out_of, relate_of_which, relate_parentheses, relate_progress, relate_subsets,
};

/// A figure found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figure {
    /// The value, exactly as written (for money: in the unit written, `131.2` 亿元).
    pub value: Decimal,
    /// The unit.
    pub unit: Unit,
    /// The unit as written (`家(次)`, `亿元`, `名`).
    pub unit_label: String,
    /// What kind of figure it is.
    pub kind: Kind,
    /// How exact it is.
    pub qualifier: Option<Qualifier>,
    /// Whether the words before it say it is a fall (`同比下降3.2%`, `减少5个`): the value
    /// stays as written (positive).
    pub decrease: bool,
    /// Read from the numeral, or derived from words (`末位`).
    pub status: Status,
    /// The whole figure (qualifier, numeral, unit), in original bytes.
    pub span: Span,
    /// The whole figure in the normalized text.
    pub at: Span,
    /// The numeral (or the words a derived value comes from), in original bytes.
    pub number: Span,
    /// The figure as written in the original (`１７２份`, `1,185项`).
    pub written: String,
    /// What is counted, as worded near the figure (`党工委会议`, `整改通知书`).
    pub subject: Option<String>,
    /// For a rank: out of how many and from which end.
    pub rank: Option<Rank>,
    /// How the figure relates to another figure of the same list.
    pub relation: Option<Relation>,
    /// The words saying that all of it was resolved (`46项一般问题隐患均全部整改完毕`), in
    /// original bytes, when no other figure counts what was resolved.
    pub all_resolved: Option<Span>,
    /// The index, in the date mentions given to [`extract`], of the period the figure refers
    /// to (`今年以来`, `截至目前`, `1—7月`).
    pub period: Option<usize>,
    /// For a figure counted up to now (`截至目前`): the index of the start its sentence names
    /// before (`今年以来,…截至目前已排查…110家`).
    pub since: Option<usize>,
    /// The rule that produced the figure (for diagnostics).
    pub rule: &'static str,
}

/// Where a rank stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rank {
    /// How many were ranked, when stated (`全国178家高新区` → 178).
    pub out_of: Option<Decimal>,
    /// Where the out-of figure is, in original bytes.
    pub out_of_span: Option<Span>,
    /// Whether the position counts from the bottom (`倒数`, `末位`).
    pub from_bottom: bool,
    /// The field ranked among, as worded (`国家高新区`).
    pub among: Option<String>,
}

/// How a figure relates to another.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RelationKind {
    /// A part of a total that its parts add up to (in parentheses after the total).
    PartOf,
    /// An "of which" (其中) part of a total.
    OfWhich,
    /// How many of a found total were resolved (已整改).
    ResolvedOf,
    /// How many of a found total remain (剩余).
    RemainingOf,
}

impl RelationKind {
    /// The snake_case code (`part_of`, `of_which`, `resolved_of`, `remaining_of`).
    pub const fn code(self) -> &'static str {
        match self {
            Self::PartOf => "part_of",
            Self::OfWhich => "of_which",
            Self::ResolvedOf => "resolved_of",
            Self::RemainingOf => "remaining_of",
        }
    }
}

/// A relation to the figure at index `target` of the same list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Relation {
    /// What the relation is.
    pub kind: RelationKind,
    /// The index of the other figure.
    pub target: usize,
}

/// Every figure of a normalized text; `dates` are the text's date mentions (from
/// [`date::extract`](crate::date::extract)), which supply periods and whose numerals are not
/// figures.
///
/// # Examples
///
/// ```
/// use inspection_report_import::{date, figure, text};
///
/// let text = text::normalize("今年以来,共召开 5 次党工委会议,发现隐患1018处,现已整改1013处,剩余5处。");
/// let dates = date::extract(&text, None);
/// let figures = figure::extract(&text, &dates);
/// let values: Vec<String> = figures.iter().map(|f| format!("{}{}", f.value, f.unit_label)).collect();
/// assert_eq!(values, ["5次", "1018处", "1013处", "5处"]);
/// assert_eq!(figures[0].subject.as_deref(), Some("党工委会议"));
/// assert_eq!(figures[2].relation.map(|r| (r.kind.code(), r.target)), Some(("resolved_of", 1)));
/// ```
pub fn extract(norm: &Normalized, dates: &[DateMention]) -> Vec<Figure> {
    let text = norm.text.as_str();
    let mut figures = choose(candidates(norm, dates));
    attach_out_of(text, &mut figures);
    relate_parentheses(text, &mut figures);
    relate_of_which(text, &mut figures);
    relate_subsets(text, &mut figures);
    relate_progress(norm, &mut figures);
    attach_periods(text, &mut figures, dates);
    figures
}

/// Every candidate reading of the text, in no particular order: what [`extract`] chooses from.
/// Numerals inside `dates`, titles, short quotations, document numbers and excluded idioms
/// give none.
pub fn candidates(norm: &Normalized, dates: &[DateMention]) -> Vec<Candidate> {
    let text = norm.text.as_str();
    let mut excluded = excluded_spans(text);
    excluded.extend(dates.iter().map(|d| d.at));
    excluded.sort();
    let mut out: Vec<Candidate> = Vec::new();
    for (index, n) in numeral::scan(text).iter().enumerate() {
        if !overlaps_any(&excluded, n.span) {
            out.extend(numeral_candidates(norm, n, index));
        }
    }
    out.extend(word_ranks(norm));
    out
}
