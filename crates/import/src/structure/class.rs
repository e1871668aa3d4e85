//! What each paragraph is, read from its own words before the tree is built: the title, a
//! part of a speech (occasion, byline, salutation), a heading, an area heading, a labelled
//! line, the invitation, or plain text.

use super::head::{is_occasion, is_salutation};
use super::heading::area_heading;
use super::line::LABELS;
use super::words::Words;
use crate::marker::{self, MarkerRole, SCHEMES};
use crate::span::Span;
use crate::text::{Normalized, is_terminal};

/// What a paragraph is, from its own words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Class {
    Title,
    Occasion,
    Byline,
    Salutation,
    Heading {
        scheme: usize,
        ordinal: u32,
        len: usize,
        digit_follows: bool,
    },
    Label {
        status: bool,
        label_len: usize,
    },
    /// An area heading `在“…”方面`, `len` bytes long.
    Area {
        len: usize,
    },
    Invitation,
    Plain,
}

/// How many paragraphs a speech's front matter may take (a title over three lines, then its
/// occasion, byline and salutation).
const FRONT_MAX: usize = 8;
/// How many paragraphs after a title line a front part may follow for the line to continue it.
const FRONT_AHEAD: usize = 3;
/// The longest line of a title over several lines, in characters.
const TITLE_LINE_CHARS: usize = 40;
/// The longest byline, in characters.
const BYLINE_CHARS: usize = 30;
/// The shortest and longest name after a post (`厅长马学斌`), in characters.
const NAME_CHARS: std::ops::RangeInclusive<usize> = 2..=4;

/// The class of every paragraph: the title and the parts of a speech among the first four,
/// or further while every paragraph before is one (up to [`FRONT_MAX`]), before any heading
/// or labelled line.
pub(super) fn classes(norm: &Normalized, paragraphs: &[Span]) -> Vec<Class> {
    let mut classes: Vec<Class> = Vec::with_capacity(paragraphs.len());
    let mut seen_heading = false;
    let mut front_run = true;
    for (i, p) in paragraphs.iter().enumerate() {
        let text = norm.get(*p);
        let head = !seen_heading && (i < 4 || (front_run && i < FRONT_MAX));
        let mut class = classify(text, i, head);
        let last = classes.last().copied();
        // A title over several lines, before its occasion or byline.
        if class == Class::Plain && head && front_run && last == Some(Class::Title) {
            let ahead = paragraphs.iter().skip(i + 1).take(FRONT_AHEAD);
            if continues_title(text)
                && ahead
                    .map(|q| norm.get(*q))
                    .any(|t| t.starts_with("——") || is_occasion(t) || is_byline(t, true))
            {
                class = Class::Title;
            }
        }
        // A letter's or a speech's addressee right after its title, occasion or byline
        // (`自治区审计厅:`, `省人大常委会:`).
        if class == Class::Plain
            && matches!(last, Some(Class::Title | Class::Occasion | Class::Byline))
            && is_salutation(text, true)
        {
            class = Class::Salutation;
        }
        if matches!(
            class,
            Class::Heading { .. } | Class::Label { .. } | Class::Area { .. }
        ) {
            seen_heading = true;
        }
        front_run &= matches!(
            class,
            Class::Title | Class::Occasion | Class::Byline | Class::Salutation
        );
        classes.push(class);
    }
    classes
}

/// Whether a line may continue a title over several lines: short, without a closing mark, no
/// occasion, byline or salutation.
fn continues_title(text: &str) -> bool {
    let last = text.chars().next_back().unwrap_or(' ');
    text.chars().count() <= TITLE_LINE_CHARS
        && !is_terminal(last)
        && !text.ends_with(':')
        && !text.starts_with("——")
        && !is_byline(text, false)
}

/// Whether a line is a speaker's byline: short, with a post; `strict`, the post right before a
/// name that ends the line (`汕头市潮阳区审计局局长 郑创平`), as a first line must be to be no
/// title.
fn is_byline(text: &str, strict: bool) -> bool {
    let compact: String = text.split_whitespace().collect();
    let last = compact.chars().next_back().unwrap_or(' ');
    if is_terminal(last) || compact.chars().count() > BYLINE_CHARS {
        return false;
    }
    Words::BylinePost.all().any(|post| {
        compact.match_indices(post).any(|(at, _)| {
            let name = compact.get(at + post.len()..).unwrap_or("");
            !strict
                || (NAME_CHARS.contains(&name.chars().count())
                    && !name.contains(|c: char| !c.is_alphabetic()))
        })
    })
}

fn classify(text: &str, index: usize, head: bool) -> Class {
    let chars = text.chars().count();
    let last = text.chars().next_back().unwrap_or(' ');
    let terminal = is_terminal(last);
    if let Some(m) = marker::match_at(text)
        && SCHEMES
            .get(m.scheme)
            .is_some_and(|s| s.role == MarkerRole::Heading)
    {
        return Class::Heading {
            scheme: m.scheme,
            ordinal: m.ordinal,
            len: m.len,
            digit_follows: m.digit_follows,
        };
    }
    if let Some(len) = area_heading(text) {
        return Class::Area { len };
    }
    for (label, status) in LABELS {
        if let Some(rest) = text.strip_prefix(label)
            && rest.starts_with(':')
        {
            return Class::Label {
                status,
                label_len: label.len() + 1,
            };
        }
    }
    if head {
        if is_occasion(text) {
            return Class::Occasion;
        }
        if is_salutation(text, false) {
            return Class::Salutation;
        }
        if index == 0 && is_byline(text, true) {
            return Class::Byline;
        }
        if index == 0 && !terminal && chars <= 80 {
            return Class::Title;
        }
        if is_byline(text, false) {
            return Class::Byline;
        }
    }
    if (text.contains("欢迎") && text.contains("监督"))
        || text.starts_with("联系方式")
        || text.starts_with("联系电话")
        || text.starts_with("监督电话")
    {
        return Class::Invitation;
    }
    Class::Plain
}
