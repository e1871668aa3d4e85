//! The chrome table (`grammar/chrome.tsv`) and web page chrome by the line: markers, fields
//! and breadcrumbs.

use std::sync::LazyLock;

use super::chars::{fold_char, is_bracket, is_colon, is_ideograph, is_space};
use super::dates::starts_with_date;
use crate::grammar::Lexicon;

/// What a word of the chrome table (`grammar/chrome.tsv`) marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Chrome {
    /// The key of a metadata field (`发布机构`), and what its value must be.
    Key(Value),
    /// A marker of a chrome line (`浏览次数`), and where it counts.
    Marker(Place),
}

/// What the value of a metadata key must be for the key to make a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Value {
    /// Anything (`发布机构:许昌市示范区`).
    Any,
    /// A date (`日期:2024-03-08 09:15:02`): before anything else the word is text.
    Date,
    /// A publisher's name (`来源:某某日报`), which a page may glue to the dateline of the first
    /// paragraph (see [`glued_source`](super::glued::glued_source)).
    Source,
}

/// Where a chrome marker marks its line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Place {
    /// Anywhere in a short line (`浏览次数`, `版权所有`).
    Anywhere,
    /// As a field: before a colon or a bracket, or after an opening bracket (`字号:[ ]`,
    /// `【字号 】`, `分享:`).
    Field,
    /// As the whole line, brackets, spaces and a final colon aside (`朗读`, `首页`, `页:`).
    Line,
    /// Anywhere in a short line, even one that ends in a full stop: the words of a site's
    /// instructions (`打开微信,点击底部的“发现”…。`).
    Sentence,
    /// As a field ([`Place::Field`]) whose text, when the marker and its colon are the whole
    /// line, is the next short line (`温馨提示:` / `请完成登录后进行相关操作`).
    Prompt,
    /// As the whole line ([`Place::Line`]), opening a list of links to other pages
    /// (`相关阅读`, `为你推荐`, a lone `|`): the short lines after it to the end of the page are
    /// chrome (see [`trailing_chrome`](super::footer::trailing_chrome)).
    Links,
}

/// The metadata keys and chrome markers of `grammar/chrome.tsv`.
pub(super) static CHROME: LazyLock<Lexicon<Chrome>> = LazyLock::new(|| {
    Lexicon::new(include_str!("../../grammar/chrome.tsv"), |cells| {
        let condition = cells.get(1).copied().filter(|c| !c.is_empty());
        match (*cells.first()?, condition) {
            ("metadata", None) => Some(Chrome::Key(Value::Any)),
            ("metadata", Some("date")) => Some(Chrome::Key(Value::Date)),
            ("metadata", Some("source")) => Some(Chrome::Key(Value::Source)),
            ("chrome", None) => Some(Chrome::Marker(Place::Anywhere)),
            ("chrome", Some("field")) => Some(Chrome::Marker(Place::Field)),
            ("chrome", Some("line")) => Some(Chrome::Marker(Place::Line)),
            ("chrome", Some("sentence")) => Some(Chrome::Marker(Place::Sentence)),
            ("chrome", Some("prompt")) => Some(Chrome::Marker(Place::Prompt)),
            ("chrome", Some("links")) => Some(Chrome::Marker(Place::Links)),
            _ => None,
        }
    })
});

/// The longest line a chrome marker or metadata key marks as chrome, in characters.
pub(super) const CHROME_LINE_MAX: usize = 150;

/// The longest breadcrumb, in characters.
pub(super) const BREADCRUMB_MAX: usize = 80;

/// The longest name between two separators of a breadcrumb, in characters.
pub(super) const CRUMB_MAX: usize = 16;

/// Whether a trimmed line of `chars` characters is web page chrome by itself: a breadcrumb, or
/// a short line (no full stop at its end) with a chrome marker or a metadata field, or a
/// short line with a marker of a site's instructions ([`Place::Sentence`]).
pub(super) fn is_chrome(line: &str, chars: usize) -> bool {
    if line.is_empty() || chars > CHROME_LINE_MAX {
        return false;
    }
    let sentence = line.ends_with('。');
    if !sentence && chars <= BREADCRUMB_MAX && is_breadcrumb(line) {
        return true;
    }
    CHROME
        .find_all(line)
        .any(|(start, end, (_, chrome))| match *chrome {
            Chrome::Marker(Place::Sentence) => true,
            _ if sentence => false,
            Chrome::Marker(place) => marks(line, start, end, place),
            Chrome::Key(value) => opens_field(line, start, end, value),
        })
}

/// Whether the chrome marker at bytes `start..end` of `line` marks the line: a field marker
/// only at the start of a field (of the line, after a space, a bracket or a bar), so that
/// `经验分享:` is text.
pub(super) fn marks(line: &str, start: usize, end: usize, place: Place) -> bool {
    let raw_before = line.get(..start).unwrap_or("");
    let before = raw_before.trim_end_matches(is_space);
    let after = line.get(end..).unwrap_or("").trim_start_matches(is_space);
    match place {
        Place::Anywhere | Place::Sentence => true,
        Place::Field | Place::Prompt => {
            let at_field_start = before.len() < raw_before.len()
                || before.is_empty()
                || before.ends_with(['】', ']', '|', '丨']);
            before.ends_with(['【', '[']) || (at_field_start && opens_value(after))
        }
        Place::Line | Place::Links => {
            let aside = |c: char| is_space(c) || is_bracket(c);
            before.trim_matches(aside).is_empty()
                && after
                    .trim_end_matches(is_colon)
                    .trim_matches(aside)
                    .is_empty()
        }
    }
}

/// Whether `after`, the text after a field marker and its spaces, opens the field's value: a
/// colon or a bracket (`字号:[ ]`, `字号【大 中 小】`, `【字号 】`).
pub(super) fn opens_value(after: &str) -> bool {
    after.starts_with(|c: char| is_colon(c) || is_bracket(c))
}

/// Whether the metadata key at bytes `start..end` of `line` opens a field: at the start of the
/// line or of a bracketed field, before a colon, with a value the key may have.
pub(super) fn opens_field(line: &str, start: usize, end: usize, value: Value) -> bool {
    let before = line.get(..start).unwrap_or("").trim_end_matches(is_space);
    let at_field_start = before.is_empty() || before.ends_with(['【', '[', '|', '丨']);
    at_field_start
        && colon_after(line, end).is_some_and(|at| fits(line.get(at..).unwrap_or(""), value))
}

/// Whether `rest`, the text after a key's colon, may start the key's value (a `日期` value is a
/// date, or on a later line).
pub(super) fn fits(rest: &str, value: Value) -> bool {
    let rest = rest.trim_start_matches(is_space);
    value != Value::Date || rest.is_empty() || starts_with_date(rest)
}

/// The byte offset after the colon that follows `end` in `line` (spaces between allowed).
pub(super) fn colon_after(line: &str, end: usize) -> Option<usize> {
    let rest = line.get(end..)?;
    let after = rest.trim_start_matches(is_space);
    let colon = after.chars().next().filter(|&c| is_colon(c))?;
    Some(end + (rest.len() - after.len()) + colon.len_utf8())
}

/// A breadcrumb of a web page: short names between the separators `>`, `->`, `»`, `›` or a
/// spaced `/` (`首页 > 信息公开 > 通知公告`, `-> 要闻 -> 审计公告`, `首页 / 新闻`), with two
/// separators or more, or one at the start of the line or after `首页`. Each name has an
/// ideograph and no sentence punctuation, so that dates, fractions and comparisons are not
/// breadcrumbs.
pub(super) fn is_breadcrumb(line: &str) -> bool {
    if !line.contains(['>', '»', '›', '/', '＞']) {
        return false;
    }
    let chars: Vec<char> = line.chars().map(fold_char).collect();
    let is_separator = |k: usize| match chars.get(k) {
        Some('>' | '»' | '›') => true,
        Some('-') => chars.get(k + 1) == Some(&'>'),
        Some('/') => {
            k.checked_sub(1)
                .and_then(|p| chars.get(p))
                .is_some_and(|&p| is_space(p))
                && chars.get(k + 1).is_some_and(|&n| is_space(n))
        }
        _ => false,
    };
    // Names between runs of separators (and the spaces around them).
    let mut names: Vec<String> = vec![String::new()];
    let mut in_run = false;
    for (k, &c) in chars.iter().enumerate() {
        if is_separator(k) || (in_run && is_space(c)) {
            if !in_run {
                names.push(String::new());
                in_run = true;
            }
            continue;
        }
        in_run = false;
        if let Some(name) = names.last_mut() {
            name.push(c);
        }
    }
    let separators = names.len() - 1;
    let last = separators;
    let names_fit = names.iter().enumerate().all(|(i, name)| {
        let name = name.trim_matches(is_space);
        if name.is_empty() {
            return i == 0 || i == last;
        }
        name.chars().count() <= CRUMB_MAX
            && name.chars().any(is_ideograph)
            && !name.chars().any(|c| {
                matches!(
                    c,
                    ',' | '。' | ';' | ':' | '!' | '?' | '、' | '(' | ')' | '“' | '”' | '《' | '》'
                )
            })
    });
    let first = names.first().map_or("", |n| n.trim_matches(is_space));
    names_fit
        && names.iter().any(|n| !n.trim_matches(is_space).is_empty())
        && (separators >= 2 || (separators == 1 && (first.is_empty() || first == "首页")))
}
