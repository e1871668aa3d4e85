//! The head of a notice: a title the text layer joined with the salutation after it
//! (`关于…整改情况的报告主任、各位副主任、各位委员:`) is split again, and a short line
//! addressing an organization right after the title (`自治区审计厅:`) is a salutation, and
//! a speech's occasion over two lines (`——2022年7月27日在…人民代表大会` + `常务委员会…会议上`)
//! is one paragraph.

use super::words::Words;
use crate::span::Span;
use crate::text::Normalized;

/// The longest salutation, in characters.
const SALUTATION_CHARS: usize = 40;
/// The longest occasion, in characters, over its lines.
const OCCASION_CHARS: usize = 80;
/// How many paragraphs from the start an occasion may begin (after a title over a few lines).
const OCCASION_FROM: usize = 8;

/// Whether a line is a speech's occasion: short, `在…会议上` or `在…会上`.
pub(super) fn is_occasion(text: &str) -> bool {
    (text.ends_with("会议上") || text.ends_with("会上"))
        && text.contains('在')
        && text.chars().count() <= OCCASION_CHARS
}

/// Joins an occasion broken over two lines: a line opening with `——` and holding `在`, then
/// one that completes it into an occasion.
pub(super) fn join_occasion(norm: &Normalized, paragraphs: &mut Vec<Span>) {
    let found = paragraphs
        .iter()
        .zip(paragraphs.iter().skip(1))
        .take(OCCASION_FROM)
        .position(|(a, b)| {
            let first = norm.get(*a);
            let joined = format!("{first}{}", norm.get(*b));
            first.starts_with("——")
                && first.contains('在')
                && !is_occasion(first)
                && is_occasion(&joined)
        });
    if let Some(i) = found
        && let (Some(a), Some(b)) = (paragraphs.get(i).copied(), paragraphs.get(i + 1).copied())
    {
        paragraphs.splice(i..i + 2, [Span::new(a.start, b.end)]);
    }
}

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
