//! The head of a notice: a title the text layer joined with the salutation after it
//! (`关于…整改情况的报告主任、各位副主任、各位委员:`) is split again, and a short line
//! addressing an organization right after the title (`自治区审计厅:`) is a salutation.

use super::words::Words;
use crate::span::Span;
use crate::text::Normalized;

/// The longest salutation, in characters.
const SALUTATION_CHARS: usize = 40;
/// The longest organization a letter addresses (`自治区审计厅:`), in characters.
const ADDRESSEE_CHARS: usize = 20;

/// Whether a line is a salutation: short, ending with `:`, with a word of address
/// (`各位委员`), or, right after the title, an organization alone (`自治区审计厅:`, not `访问量:`).
pub(super) fn is_salutation(text: &str, after_title: bool) -> bool {
    let chars = text.chars().count();
    let Some(body) = text.strip_suffix(':') else {
        return false;
    };
    (chars <= SALUTATION_CHARS && Words::Salutation.any_in(body))
        || (after_title
            && chars <= ADDRESSEE_CHARS
            && Words::AddresseeEnd.all().any(|w| body.ends_with(w))
            && !body.contains([',', '。', ';', ':']))
}

/// Splits the first paragraph when it is a title joined with a salutation: the title ends
/// with a word of `title_end` (`的报告`, `的函`) and the rest is a salutation.
pub(super) fn split_title(norm: &Normalized, paragraphs: &mut Vec<Span>) {
    let Some(&first) = paragraphs.first() else {
        return;
    };
    let text = norm.get(first);
    if !text.ends_with(':') {
        return;
    }
    let cut = Words::TitleEnd
        .all()
        .filter_map(|w| text.find(w).map(|j| j + w.len()))
        .filter(|&j| j < text.len())
        .find(|&j| {
            text.get(j..)
                .is_some_and(|rest| is_salutation(rest.trim(), true))
        });
    if let Some(j) = cut {
        let title = Span::new(first.start, first.start + j);
        let salutation = super::trim_span(norm, Span::new(title.end, first.end));
        paragraphs.splice(0..1, [title, salutation]);
    }
}
