//! What each paragraph is, read from its own words before the tree is built: the title, a
//! part of a speech (occasion, byline, salutation), a heading, an area heading, a labelled
//! line, the invitation, or plain text.

use super::head::is_salutation;
use super::heading::area_heading;
use super::line::LABELS;
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

/// The class of every paragraph: the title and the parts of a speech only among the first
/// four, before any heading or labelled line.
pub(super) fn classes(norm: &Normalized, paragraphs: &[Span]) -> Vec<Class> {
    let mut classes = Vec::with_capacity(paragraphs.len());
    let mut seen_heading = false;
    for (i, p) in paragraphs.iter().enumerate() {
        let mut class = classify(norm.get(*p), i, paragraphs, seen_heading);
        // A letter's addressee right after its title (`自治区审计厅:`).
        if class == Class::Plain
            && classes.last() == Some(&Class::Title)
            && is_salutation(norm.get(*p), true)
        {
            class = Class::Salutation;
        }
        if matches!(
            class,
            Class::Heading { .. } | Class::Label { .. } | Class::Area { .. }
        ) {
            seen_heading = true;
        }
        classes.push(class);
    }
    classes
}

fn classify(text: &str, index: usize, paragraphs: &[Span], seen_heading: bool) -> Class {
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
    if !seen_heading && index < 4 {
        if (text.ends_with("会议上") || text.ends_with("会上"))
            && text.contains('在')
            && chars <= 60
        {
            return Class::Occasion;
        }
        if is_salutation(text, false) {
            return Class::Salutation;
        }
        if index == 0 && !terminal && chars <= 80 {
            return Class::Title;
        }
        let roles = [
            "局长",
            "主任",
            "书记",
            "部长",
            "市长",
            "县长",
            "区长",
            "厅长",
            "主席",
            "审计长",
        ];
        if !terminal && chars <= 30 && roles.iter().any(|w| text.contains(w)) {
            return Class::Byline;
        }
    }
    let _ = paragraphs;
    if (text.contains("欢迎") && text.contains("监督"))
        || text.starts_with("联系方式")
        || text.starts_with("联系电话")
        || text.starts_with("监督电话")
    {
        return Class::Invitation;
    }
    Class::Plain
}
