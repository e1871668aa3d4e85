//! Metadata fields: the fields of a chrome line, and bare keys with their value on a later
//! line.

use super::chars::{fold_char, is_space, is_terminal};
use super::chrome::{CHROME, Chrome, Place, Value, colon_after, opens_value};
use super::dates::starts_with_date;
use super::line::{Line, Role};
use crate::span::Span;

/// A `key: value` field of a page's metadata block (`发布日期:2025-10-23`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MetadataField {
    /// The key as written (`发布机构`). A bare page date above the title (`2024-03-08`) has
    /// no key written: it reads as `发布日期`, with an empty [`key_span`](Self::key_span) at
    /// the start of the value.
    pub key: String,
    /// The value as written, trimmed.
    pub value: String,
    /// Where the key is, in original bytes.
    pub key_span: Span,
    /// Where the value is, in original bytes.
    pub value_span: Span,
}

/// The metadata fields of one chrome line
/// (`发布日期:2024-03-08 10:20信息来源:某某市审计局浏览次数:`): each key before a colon, with
/// its value up to the next key before a colon or the next marker (written with or without a
/// space between), a bracket or a run of two spaces. A `日期` key whose value is not a date is
/// left out.
pub(super) fn metadata(input: &str, line: &Line, out: &mut Vec<MetadataField>) {
    let text = line.text(input);
    let words: Vec<(usize, usize, Chrome)> = CHROME
        .find_all(text)
        .map(|(s, e, (_, chrome))| (s, e, *chrome))
        .collect();
    // Where values end, in order: keys before a colon and markers, written with or without a
    // space before them.
    let stops: Vec<usize> = words
        .iter()
        .filter(|&&(s, e, chrome)| match chrome {
            Chrome::Key(_) => colon_after(text, e).is_some(),
            Chrome::Marker(Place::Anywhere | Place::Sentence) => true,
            Chrome::Marker(Place::Field | Place::Prompt) => {
                let before = text.get(..s).unwrap_or("").trim_end_matches(is_space);
                let after = text.get(e..).unwrap_or("").trim_start_matches(is_space);
                before.ends_with(['【', '[']) || opens_value(after)
            }
            Chrome::Marker(Place::Line | Place::Links) => false,
        })
        .map(|&(s, _, _)| s)
        .collect();
    for &(ks, ke, chrome) in &words {
        let Chrome::Key(kind) = chrome else {
            continue;
        };
        let Some(value_start) = colon_after(text, ke) else {
            continue;
        };
        let limit = stops
            .get(stops.partition_point(|&s| s < value_start))
            .copied()
            .unwrap_or(text.len());
        let tail = text.get(value_start..limit.max(value_start)).unwrap_or("");
        // The value ends at a bracket or a run of two spaces.
        let mut end = tail.len();
        let mut space_at: Option<usize> = None;
        for (i, c) in tail.char_indices() {
            if matches!(c, '【' | '】' | '[' | ']' | '|' | '丨') {
                end = i;
                break;
            }
            if is_space(c) {
                if let Some(first) = space_at {
                    end = first;
                    break;
                }
                space_at = Some(i);
            } else {
                space_at = None;
            }
        }
        let raw = tail.get(..end).unwrap_or("");
        let value = raw.trim_matches(is_space);
        if kind == Value::Date && !starts_with_date(value) {
            continue;
        }
        let lead = raw.len() - raw.trim_start_matches(is_space).len();
        let vs = line.start + value_start + lead;
        out.push(MetadataField {
            key: text.get(ks..ke).unwrap_or("").to_owned(),
            value: value.to_owned(),
            key_span: Span::new(line.start + ks, line.start + ke),
            value_span: Span::new(vs, vs + value.len()),
        });
    }
}

/// The key of a line that is a key and its colon alone (`发布机构:`, after a bullet), as a field
/// with an empty value, and what its value must be: the value is on a later line.
pub(super) fn bare_key(input: &str, line: &Line) -> Option<(MetadataField, Value)> {
    let text = line.text(input);
    let (ke, (_, chrome)) = CHROME.at(text, 0)?;
    let Chrome::Key(value) = *chrome else {
        return None;
    };
    let at = colon_after(text, ke)?;
    if !text.get(at..)?.trim_matches(is_space).is_empty() {
        return None;
    }
    let field = MetadataField {
        key: text.get(..ke)?.to_owned(),
        value: String::new(),
        key_span: Span::new(line.start, line.start + ke),
        value_span: Span::new(line.end, line.end),
    };
    Some((field, value))
}

/// Whether a chrome line is a prompt marker and its colon alone (`温馨提示:`): its text is on
/// a later line.
pub(super) fn is_bare_prompt(input: &str, line: &Line) -> bool {
    let text = line.text(input);
    CHROME
        .at(text, 0)
        .filter(|(_, (_, chrome))| *chrome == Chrome::Marker(Place::Prompt))
        .and_then(|(end, _)| colon_after(text, end))
        .and_then(|at| text.get(at..))
        .is_some_and(|rest| rest.trim_matches(is_space).is_empty())
}

/// The next line with text (or a bullet) from index `from` on, within [`VALUE_LOOKAHEAD`]
/// lines.
pub(super) fn next_line(lines: &[Line], from: usize) -> Option<(usize, &Line)> {
    lines
        .iter()
        .enumerate()
        .skip(from)
        .take(VALUE_LOOKAHEAD)
        .find(|(_, l)| !l.is_blank() || l.bullet.is_some())
}

/// The index of the line holding the value of a bare key whose line is just before `from`: the
/// next line with text within [`VALUE_LOOKAHEAD`] lines, when it is short text that can be a
/// value (not chrome, no bullet of its own, no sentence end; a date for `日期`). A key neither
/// bulleted nor after other chrome (`in_block` false) takes a value only when chrome follows
/// the value, so that an empty `来源:` above the title does not take the title.
pub(super) fn value_line(
    input: &str,
    lines: &[Line],
    from: usize,
    value: Value,
    in_block: bool,
) -> Option<usize> {
    let (j, line) = next_line(lines, from)?;
    let text = line.text(input);
    let fits = line.role == Role::Body
        && line.bullet.is_none()
        && !line.is_blank()
        && line.chars <= VALUE_LINE_MAX
        && !text
            .chars()
            .next_back()
            .is_some_and(|c| is_terminal(fold_char(c)))
        && (value != Value::Date || starts_with_date(text))
        && (in_block || next_line(lines, j + 1).is_some_and(|(_, l)| l.role != Role::Body));
    fits.then_some(j)
}

/// The longest line that can be the value of a bare key on the line before, in characters.
pub(super) const VALUE_LINE_MAX: usize = 100;

/// How many lines after a bare key (`发布机构:`) its value may be, blank lines included.
pub(super) const VALUE_LOOKAHEAD: usize = 4;
