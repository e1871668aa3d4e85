//! The lines of the original and what each is by itself.

use super::chars::is_space;
use super::chrome::is_chrome;

/// The bullets of a web page's list items (`• 信息索引号:`): dropped before a line, with the
/// spaces after them.
pub(super) const BULLETS: [char; 4] = ['•', '·', '●', '▪'];

/// What a line of the original is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Role {
    /// Text of the notice, or a blank line.
    Body,
    /// Web page chrome: left out, and a paragraph ends there.
    Chrome,
    /// A page number of a PDF: left out, and a sentence broken by the page break joins across
    /// it.
    PageNumber,
}

/// One line of the original.
#[derive(Debug, Clone, Copy)]
pub(super) struct Line {
    /// Start of the line's text in original bytes, after spaces and a bullet.
    pub(super) start: usize,
    /// End of the line's text in original bytes, before spaces and the line break.
    pub(super) end: usize,
    /// Original byte range of the line break after it, if any.
    pub(super) newline: Option<(usize, usize)>,
    /// Original byte range of a list bullet before the text (`•`) and the spaces after it, if
    /// any.
    pub(super) bullet: Option<(usize, usize)>,
    /// What the line is.
    pub(super) role: Role,
    /// Length of the text in characters.
    pub(super) chars: usize,
}

impl Line {
    /// The line cut in two: its text up to `head_end` as chrome, from `body_start` on as body
    /// (offsets into the line's text: a field or byline glued to the first paragraph).
    pub(super) fn split_chrome(self, text: &str, head_end: usize, body_start: usize) -> [Line; 2] {
        [
            Line {
                end: self.start + head_end,
                newline: None,
                role: Role::Chrome,
                chars: text.get(..head_end).map_or(0, |t| t.chars().count()),
                ..self
            },
            Line {
                start: self.start + body_start,
                bullet: None,
                role: Role::Body,
                chars: text.get(body_start..).map_or(0, |t| t.chars().count()),
                ..self
            },
        ]
    }

    /// Whether the line holds no text (spaces or a bullet alone).
    pub(super) fn is_blank(&self) -> bool {
        self.end <= self.start
    }

    /// The line's text in `input`.
    pub(super) fn text<'a>(&self, input: &'a str) -> &'a str {
        input.get(self.start..self.end).unwrap_or("")
    }
}

/// The lines of the original, trimmed, with their roles.
pub(super) fn lines(input: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut start = 0usize;
    for (i, c) in input.char_indices().filter(|&(_, c)| c == '\n') {
        out.push(line(input, start, i, Some((i, i + c.len_utf8()))));
        start = i + 1;
    }
    if start < input.len() {
        out.push(line(input, start, input.len(), None));
    }
    out
}

/// The line at original bytes `start..end`: spaces around it and a bullet before it left out.
pub(super) fn line(input: &str, start: usize, end: usize, newline: Option<(usize, usize)>) -> Line {
    let raw = input.get(start..end).unwrap_or("");
    let trimmed = raw.trim_matches(is_space);
    let mut from = start + (raw.len() - raw.trim_start_matches(is_space).len());
    let to = from + trimmed.len();
    let mut bullet = None;
    if let Some(rest) = trimmed.strip_prefix(BULLETS) {
        let text = rest.trim_start_matches(is_space);
        bullet = Some((from, to - text.len()));
        from = to - text.len();
    }
    let text = input.get(from..to).unwrap_or("");
    let chars = text.chars().count();
    Line {
        start: from,
        end: to,
        newline,
        bullet,
        role: role(text, chars),
        chars,
    }
}

/// What a trimmed line of `chars` characters is, by itself.
pub(super) fn role(line: &str, chars: usize) -> Role {
    if is_page_number(line) {
        Role::PageNumber
    } else if is_chrome(line, chars) {
        Role::Chrome
    } else {
        Role::Body
    }
}

/// A page number line of a PDF or a page's pager: `- 3 -`, `—3—`, `第 3 页`, `3/12`, `3`, `[1]`.
pub(super) fn is_page_number(line: &str) -> bool {
    let core: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    let core = core.trim_matches(|c| matches!(c, '-' | '—' | '–' | '－' | '[' | ']'));
    let core = core
        .strip_prefix('第')
        .and_then(|c| c.strip_suffix('页'))
        .unwrap_or(core);
    let digits = |s: &str| !s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit());
    match core.split_once('/') {
        Some((a, b)) => digits(a) && digits(b),
        None => digits(core),
    }
}
