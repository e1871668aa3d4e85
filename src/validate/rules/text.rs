//! R3xx: required texts, extraction artifacts, `other` codes without their label.

use crate::validate::catalog::{R301, R302, R303, R304, R305};
use std::sync::LazyLock;

use crate::validate::context::Ctx;

/// Checks a required text at `field`: not empty (R301), trimmed (R302), no artifacts (R303).
/// `name` and `name_zh` say what the text is, for the message.
pub(crate) fn required(ctx: &mut Ctx, field: &str, name: &str, name_zh: &str, value: &str) {
    let trimmed = value.trim();
    let params = || [("field", name.to_owned()), ("field_zh", name_zh.to_owned())];
    if trimmed.is_empty() {
        ctx.report(&R301, field, &params());
        return;
    }
    if trimmed.len() != value.len() {
        ctx.report(&R302, field, &params());
    }
    artifacts(ctx, field, value);
}

/// Checks an optional text at `field` for extraction artifacts (R303).
pub(crate) fn optional(ctx: &mut Ctx, field: &str, value: Option<&str>) {
    if let Some(value) = value {
        artifacts(ctx, field, value);
    }
}

/// Checks a required text that names a person (a name, a post, a byline) at `field`: as
/// [`required`], but a single space is layout, not an artifact (R303).
pub(crate) fn required_layout(ctx: &mut Ctx, field: &str, name: &str, name_zh: &str, value: &str) {
    let trimmed = value.trim();
    let params = || [("field", name.to_owned()), ("field_zh", name_zh.to_owned())];
    if trimmed.is_empty() {
        ctx.report(&R301, field, &params());
        return;
    }
    if trimmed.len() != value.len() {
        ctx.report(&R302, field, &params());
    }
    report_gaps(ctx, field, value, true);
}

/// Checks an optional text that names a person at `field` for artifacts, a single space
/// being layout (R303).
pub(crate) fn optional_layout(ctx: &mut Ctx, field: &str, value: Option<&str>) {
    if let Some(value) = value {
        report_gaps(ctx, field, value, true);
    }
}

/// Checks an index number at `field` (R305): not empty, no whitespace nor control
/// characters.
pub(crate) fn index_number(ctx: &mut Ctx, field: &str, value: &str) {
    if value.is_empty() || value.chars().any(|c| c.is_whitespace() || c.is_control()) {
        ctx.report(&R305, field, &[("value", value.to_owned())]);
    }
}

/// Reports spaces between two CJK characters in `value` (R303).
pub(crate) fn artifacts(ctx: &mut Ctx, field: &str, value: &str) {
    report_gaps(ctx, field, value, false);
}

/// Reports spaces between two CJK characters in `value` (R303); with `layout`, a single
/// U+3000 or U+0020 is not reported.
fn report_gaps(ctx: &mut Ctx, field: &str, value: &str, layout: bool) {
    if let Some((excerpt, count)) = cjk_gaps(value, layout) {
        ctx.report(
            &R303,
            field,
            &[("excerpt", excerpt), ("count", count.to_string())],
        );
    }
}

/// Reports a code `other` at `field` whose label `label_name` is missing or empty (R304).
pub(crate) fn other_label(ctx: &mut Ctx, field: &str, label_name: &str, label: Option<&str>) {
    if label.is_none_or(|label| label.trim().is_empty()) {
        ctx.report(&R304, field, &[("label", label_name.to_owned())]);
    }
}

/// Whether `c` is a Han ideograph, CJK punctuation or a full-width form.
fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3001}'..='\u{303F}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{FF01}'..='\u{FF60}'
        | '\u{20000}'..='\u{3FFFF}')
}

/// Whether `c` is a space an extraction leaves between characters (not a line break).
fn is_gap(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{A0}' | '\u{3000}')
}

/// A searcher for U+3000, built once.
static IDEOGRAPHIC_SPACE: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new("\u{3000}".as_bytes()));

/// The gap characters (`is_gap`) of a text, in order, found by two forward scans that never
/// go back: the ASCII gaps and U+00A0 with `memchr3`, U+3000 with a substring search.
///
/// Each scan remembers the next match it found and searches again only once the caller has
/// passed it, so every byte is looked at a bounded number of times whatever the mix of
/// gaps: the whole text costs time linear in its length, and text without gaps is not
/// decoded at all.
struct Gaps<'v> {
    value: &'v str,
    /// The next narrow gap (space, tab, U+00A0) at or after the last search: `None` before
    /// the first search, `Some(None)` when there is none left.
    narrow: Option<Option<usize>>,
    /// The next U+3000, as for `narrow`.
    wide: Option<Option<usize>>,
}

impl<'v> Gaps<'v> {
    fn new(value: &'v str) -> Self {
        Self {
            value,
            narrow: None,
            wide: None,
        }
    }

    /// The first narrow gap at or after `from`.
    fn narrow_from(&self, from: usize) -> Option<usize> {
        let mut offset = from;
        let mut search = self.value.as_bytes().get(from..)?;
        loop {
            match memchr::memchr3(b' ', b'\t', 0xC2, search) {
                // 0xC2 leads U+0080–U+00BF: a gap only when it is U+00A0.
                Some(at) if search.get(at) == Some(&0xC2) && search.get(at + 1) != Some(&0xA0) => {
                    offset += at + 1;
                    search = search.get(at + 1..).unwrap_or_default();
                }
                Some(at) => return Some(offset + at),
                None => return None,
            }
        }
    }

    /// The first U+3000 at or after `from`.
    fn wide_from(&self, from: usize) -> Option<usize> {
        let rest = self.value.as_bytes().get(from..)?;
        IDEOGRAPHIC_SPACE.find(rest).map(|at| from + at)
    }

    /// The byte offset of the first gap at or after `from`; `from` never decreases from one
    /// call to the next.
    fn next(&mut self, from: usize) -> Option<usize> {
        let narrow = match self.narrow {
            Some(found) if found.is_none_or(|at| at >= from) => found,
            _ => self.narrow_from(from),
        };
        let wide = match self.wide {
            Some(found) if found.is_none_or(|at| at >= from) => found,
            _ => self.wide_from(from),
        };
        self.narrow = Some(narrow);
        self.wide = Some(wide);
        match (narrow, wide) {
            (Some(n), Some(w)) => Some(n.min(w)),
            (found, None) | (None, found) => found,
        }
    }
}

/// Whether a run of gaps is layout in a text naming a person: exactly one U+3000 or one
/// U+0020.
fn is_layout(run: &str) -> bool {
    matches!(run, " " | "\u{3000}")
}

/// Finds runs of spaces between two CJK characters: the first as an excerpt (`通 知书` →
/// `通 知`) and how many there are. With `layout`, runs that are layout ([`is_layout`]) are
/// passed over.
fn cjk_gaps(value: &str, layout: bool) -> Option<(String, usize)> {
    let mut first: Option<String> = None;
    let mut count = 0;
    let mut from = 0;
    let mut gaps = Gaps::new(value);
    while let Some(start) = gaps.next(from) {
        let rest = value.get(start..).unwrap_or_default();
        let run: usize = rest
            .chars()
            .take_while(|&c| is_gap(c))
            .map(char::len_utf8)
            .sum();
        let end = start + run;
        let before = value.get(..start).and_then(|head| head.chars().next_back());
        let after = value.get(end..).and_then(|tail| tail.chars().next());
        let skip = layout && value.get(start..end).is_some_and(is_layout);
        if let (Some(before), Some(after)) = (before, after)
            && !skip
            && is_cjk(before)
            && is_cjk(after)
        {
            count += 1;
            if first.is_none() {
                first = value
                    .get(start - before.len_utf8()..end + after.len_utf8())
                    .map(str::to_owned);
            }
        }
        from = end.max(start + 1);
    }
    first.map(|excerpt| (excerpt, count))
}

#[cfg(test)]
mod tests {
    use super::cjk_gaps;

    #[test]
    fn finds_spaces_between_cjk_characters_only() {
        assert_eq!(
            cjk_gaps("下发整改通 知书 172 份,发现 隐患", false),
            Some(("通 知".to_owned(), 2))
        );
        assert_eq!(cjk_gaps("召开 12 次会议", false), None);
        assert_eq!(cjk_gaps("第一段。\n第二段", false), None);
        assert_eq!(
            cjk_gaps("一是　二是", false),
            Some(("是　二".to_owned(), 1))
        );
        assert_eq!(cjk_gaps("", false), None);
        // U+00A0 is a gap; other characters led by 0xC2 (`·`, `°`) are not.
        assert_eq!(
            cjk_gaps("通\u{A0}知", false),
            Some(("通\u{A0}知".to_owned(), 1))
        );
        assert_eq!(cjk_gaps("通·知 · 书", false), None);
        // A run of mixed gaps counts once; gaps at the ends count not at all.
        assert_eq!(
            cjk_gaps(" 通 \t\u{3000} 知 ", false),
            Some(("通 \t\u{3000} 知".to_owned(), 1))
        );
        assert_eq!(
            cjk_gaps("a 通 知 b 书 c", false),
            Some(("通 知".to_owned(), 1))
        );
    }

    #[test]
    fn a_single_space_in_a_byline_is_layout() {
        assert_eq!(cjk_gaps("市审计局局长\u{3000}李火生", true), None);
        assert_eq!(cjk_gaps("市审计局局长 俞金华", true), None);
        assert_eq!(cjk_gaps("李\u{3000}明", true), None);
        assert!(cjk_gaps("市审计局局长\u{3000}\u{3000}李火生", true).is_some());
        assert!(cjk_gaps("市审计局局长\t李火生", true).is_some());
        assert!(cjk_gaps("市审计局局长\u{3000}李火生", false).is_some());
    }

    #[test]
    fn counts_every_gap_of_long_texts_of_wide_and_mixed_spaces() {
        // Shapes that once made each U+3000 rescan the rest of the text.
        let wide = "通\u{3000}".repeat(20_000);
        assert_eq!(
            cjk_gaps(&wide, false),
            Some(("通\u{3000}通".to_owned(), 19_999))
        );
        let indented = "\u{3000}\u{3000}整改。\n".repeat(10_000);
        assert_eq!(cjk_gaps(&indented, false), None);
        let mixed = "通\u{3000}知 书\u{A0}".repeat(10_000);
        assert_eq!(
            cjk_gaps(&mixed, false).map(|(_, count)| count),
            Some(29_999)
        );
    }
}
