//! Positions in the normalized text: the character around an offset, the start of the clause,
//! sentence or paragraph that contains it, and the figures that start in a range.

use super::Figure;

pub(super) fn char_before(text: &str, at: usize) -> Option<char> {
    text.get(..at).and_then(|h| h.chars().next_back())
}

pub(super) fn char_at(text: &str, at: usize) -> Option<char> {
    text.get(at..).and_then(|r| r.chars().next())
}

pub(super) fn ends(text: &str, at: usize, s: &str) -> bool {
    text.get(..at).is_some_and(|h| h.ends_with(s))
}

pub(super) fn starts(text: &str, at: usize, s: &str) -> bool {
    text.get(at..).is_some_and(|h| h.starts_with(s))
}

fn is_clause_break(c: char) -> bool {
    matches!(
        c,
        ',' | ';' | ':' | '。' | '\n' | '、' | '(' | ')' | '!' | '?' | '"' | '“' | '”'
    )
}

/// Start of the clause that contains `at` (bounded look-back).
pub(super) fn clause_start(text: &str, at: usize) -> usize {
    let lo = at.saturating_sub(120);
    let mut i = at;
    for (j, c) in text.get(..at).unwrap_or("").char_indices().rev() {
        if j < lo {
            break;
        }
        if is_clause_break(c) {
            return j + c.len_utf8();
        }
        i = j;
    }
    i
}

/// Start of the sentence (`。`, `;` or a new line) that contains `at`, bounded; scans bytes.
pub(super) fn sentence_start(text: &str, at: usize, semicolon: bool) -> usize {
    let bytes = text.as_bytes();
    let at = at.min(bytes.len());
    let lo = at.saturating_sub(1200);
    let mut i = at;
    while i > lo {
        let b = bytes.get(i - 1).copied().unwrap_or(0);
        if b == b'\n' || semicolon && b == b';' {
            return i;
        }
        // `。` is E3 80 82.
        if b == 0x82 && i >= 3 && bytes.get(i - 3) == Some(&0xE3) && bytes.get(i - 2) == Some(&0x80)
        {
            return i;
        }
        i -= 1;
    }
    // On a character boundary.
    while i < at && !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Indices of the figures that start in `from..to` (figures are in text order).
pub(super) fn within(figures: &[Figure], from: usize, to: usize) -> std::ops::Range<usize> {
    let a = figures.partition_point(|f| f.at.start < from);
    let b = figures.partition_point(|f| f.at.start < to);
    a..b.max(a)
}

pub(super) fn paragraph_start(text: &str, at: usize) -> usize {
    let (from, head) = crate::grammar::behind(text, at, 3000);
    head.rfind('\n').map_or(from, |n| from + n + 1)
}
