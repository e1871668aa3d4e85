//! R3xx: required texts, extraction artifacts, `other` codes without their label.

use super::catalog::{R301, R302, R303, R304};
use super::context::Ctx;

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

/// Reports spaces between two CJK characters in `value` (R303).
pub(crate) fn artifacts(ctx: &mut Ctx, field: &str, value: &str) {
    if let Some((excerpt, count)) = cjk_gaps(value) {
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

/// Finds runs of spaces between two CJK characters: the first as an excerpt (`通 知书` →
/// `通 知`) and how many there are.
fn cjk_gaps(value: &str) -> Option<(String, usize)> {
    let mut first: Option<String> = None;
    let mut count = 0;
    // The byte offset of the last CJK character, while only spaces have followed it.
    let mut after_cjk: Option<usize> = None;
    let mut in_gap = false;
    for (at, c) in value.char_indices() {
        if is_gap(c) {
            in_gap = after_cjk.is_some();
            continue;
        }
        if in_gap && is_cjk(c) {
            count += 1;
            if first.is_none() {
                let start = after_cjk.unwrap_or(at);
                let end = at + c.len_utf8();
                first = value.get(start..end).map(str::to_owned);
            }
        }
        in_gap = false;
        after_cjk = is_cjk(c).then_some(at);
    }
    first.map(|excerpt| (excerpt, count))
}

#[cfg(test)]
mod tests {
    use super::cjk_gaps;

    #[test]
    fn finds_spaces_between_cjk_characters_only() {
        assert_eq!(
            cjk_gaps("下发整改通 知书 172 份,发现 隐患"),
            Some(("通 知".to_owned(), 2))
        );
        assert_eq!(cjk_gaps("召开 12 次会议"), None);
        assert_eq!(cjk_gaps("第一段。\n第二段"), None);
        assert_eq!(cjk_gaps("一是　二是"), Some(("是　二".to_owned(), 1)));
        assert_eq!(cjk_gaps(""), None);
    }
}
