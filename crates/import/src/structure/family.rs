//! The family of an inspection from the words of a text (`巡察` → `party_inspection`): the
//! earliest family word of `grammar/outline.tsv`, the longest at its place, skipping those
//! inside words that together name no family (`以省市脱贫攻坚巡视巡察“回头看”为契机`, `巡视巡察联动`).

use super::words::Words;
use crate::span::Span;

/// The earliest family word of `text` and its code, the span in `text`'s coordinates.
///
/// # Examples
///
/// ```
/// use inspection_report_import::structure::family_word;
///
/// let (_, code) = family_word("根据省委巡视巡察联动工作部署,市委第四轮巡察").unwrap_or_default();
/// assert_eq!(code, "party_inspection");
/// assert_eq!(family_word("省委巡视组").map(|f| f.1), Some("party_inspection_tour"));
/// assert_eq!(family_word("巡视巡察联动"), None);
/// ```
pub fn family_word(text: &str) -> Option<(Span, &'static str)> {
    let none: Vec<Span> = Words::FamilyNone
        .all()
        .flat_map(|w| {
            text.match_indices(w)
                .map(|(at, _)| Span::new(at, at + w.len()))
        })
        .collect();
    Words::Family
        .rows()
        .filter_map(|(w, code)| {
            text.match_indices(w)
                .map(|(at, _)| Span::new(at, at + w.len()))
                .find(|at| !none.iter().any(|n| n.contains(*at)))
                .map(|at| (at, code))
        })
        .min_by_key(|(at, _)| (at.start, std::cmp::Reverse(at.len())))
}
