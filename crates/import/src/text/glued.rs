//! What a page glues to the start of its first paragraph: a source field and a news byline.

use std::sync::LazyLock;

use super::chars::{fold_char, is_bracket, is_ideograph, is_space};
use super::chrome::{CHROME, Chrome, Value, colon_after};
use super::dates::starts_with_dateline;
use crate::grammar::Lexicon;

/// How a publisher's name ends (`日报`, `新闻网`): the `suffix` rows of `grammar/chrome.tsv`.
pub(super) static PUBLISHER_ENDS: LazyLock<Lexicon<()>> = LazyLock::new(|| {
    Lexicon::new(include_str!("../../grammar/chrome.tsv"), |cells| {
        (cells.first() == Some(&"suffix")).then_some(())
    })
});

/// How far a publisher's name glued to the first paragraph may run, in bytes (40 characters).
pub(super) const SOURCE_WINDOW: usize = 120;

/// The longest place name between a publisher's name and its dateline (`…日报北京3月8日讯`),
/// in characters.
pub(super) const PLACE_MAX: usize = 4;

/// Where a source field glued to the dateline of the first paragraph ends, as a byte offset of
/// `line` (`来源:某某新闻网—某某日报3月8日,省督察组…` → after `某某日报`).
///
/// The publisher's name runs from the colon to the first dateline date (`3月8日`, `2023年`)
/// within [`SOURCE_WINDOW`], with no space, bracket or punctuation before it; when a short place
/// name sits between a publisher's suffix and the date (`…日报北京3月8日讯`), the name ends at
/// the suffix. The rest of the line must be prose (a comma or a full stop). `None` when the
/// line is no such field: a name followed by a space or another field (`来源:某某镇 作者:…`) is
/// a field of its own line.
pub(super) fn glued_source(line: &str) -> Option<usize> {
    let (ke, (_, chrome)) = CHROME.at(line, 0)?;
    if *chrome != Chrome::Key(Value::Source) {
        return None;
    }
    let after_colon = colon_after(line, ke)?;
    let window = crate::grammar::ahead(line, after_colon, SOURCE_WINDOW);
    let lead = window.len() - window.trim_start_matches(is_space).len();
    let name_start = after_colon + lead;
    let window = window.get(lead..)?;
    let mut date_at = None;
    for (i, c) in window.char_indices() {
        let c = fold_char(c);
        if c.is_ascii_digit() {
            date_at = starts_with_dateline(window.get(i..)?).then_some(i);
            break;
        }
        if is_space(c)
            || is_bracket(c)
            || matches!(
                c,
                ',' | '。' | ';' | ':' | '|' | '丨' | '(' | ')' | '、' | '!' | '?'
            )
        {
            return None;
        }
    }
    let date_at = date_at.filter(|&i| i > 0)?;
    let name = window.get(..date_at)?;
    let mut end = date_at;
    if let Some((suffix_start, suffix_end, _)) = PUBLISHER_ENDS.find_all(name).last()
        && suffix_start > 0
        && let Some(place) = name.get(suffix_end..)
        && place.chars().count() <= PLACE_MAX
        && place.chars().all(is_ideograph)
    {
        end = suffix_end;
    }
    let cut = name_start + end;
    let prose = line
        .get(cut..)?
        .chars()
        .any(|c| matches!(fold_char(c), ',' | '。'));
    prose.then_some(cut)
}

/// A word of a news page's byline: the `byline` rows of `grammar/chrome.tsv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Byline {
    /// Who wrote the article, before their names (`通讯员`, `记者`).
    Reporter,
    /// After the names (`报道`).
    Reported,
    /// The paper's own dateline (`本报讯`).
    Dateline,
}

/// The words of news bylines (`通讯员`, `报道`, `本报讯`).
pub(super) static BYLINES: LazyLock<Lexicon<Byline>> = LazyLock::new(|| {
    Lexicon::new(include_str!("../../grammar/chrome.tsv"), |cells| {
        match (*cells.first()?, cells.get(1).copied()) {
            ("byline", Some("reporter")) => Some(Byline::Reporter),
            ("byline", Some("reported")) => Some(Byline::Reported),
            ("byline", Some("dateline")) => Some(Byline::Dateline),
            _ => None,
        }
    })
});

/// How far the names of a byline may run, in bytes (16 characters).
pub(super) const NAMES_WINDOW: usize = 48;

/// A news page's byline glued to the start of the first paragraph
/// (`通讯员 张三 李四 报道 本报讯 今年以来,…`, `本报讯 今年以来,…`): where it ends, as a byte
/// offset of `line`, and the byte range of the reporters' names, if written.
///
/// The names follow a reporter word and a space, within [`NAMES_WINDOW`], and are ideographs
/// and spaces up to `报道`; a dateline word (`本报讯`) may follow, or open the line alone. The
/// rest of the line must be prose (a comma or a full stop).
pub(super) fn byline(line: &str) -> Option<(usize, Option<(usize, usize)>)> {
    let skip = |at: usize| {
        at + line
            .get(at..)
            .map_or(0, |r| r.len() - r.trim_start_matches(is_space).len())
    };
    let mut at = 0;
    let mut names = None;
    if let Some((end, (_, Byline::Reporter))) = BYLINES.at(line, 0) {
        let from = skip(end);
        if from > end {
            let window = crate::grammar::ahead(line, from, NAMES_WINDOW);
            if let Some((start, stop, _)) = BYLINES
                .find_all(window)
                .find(|(_, _, (_, word))| *word == Byline::Reported)
                && let Some(written) = window.get(..start)
                && written.chars().all(|c| is_ideograph(c) || is_space(c))
                && written.chars().any(is_ideograph)
            {
                let written = written.trim_end_matches(is_space);
                names = Some((from, from + written.len()));
                at = skip(from + stop);
            }
        }
    }
    if let Some((end, (_, Byline::Dateline))) = BYLINES.at(line, at) {
        at = skip(end);
    }
    let prose = line
        .get(at..)?
        .chars()
        .any(|c| matches!(fold_char(c), ',' | '。'));
    (at > 0 && prose).then_some((at, names))
}
