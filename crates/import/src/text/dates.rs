//! Dates as page chrome writes them: page dates, datelines and dated lines.

use super::chars::{fold_char, is_space};

/// Whether `s` starts with a year, a separator and a month (`2024-03-08`, `2024/3/8`,
/// `2024.03.08`, `2024年3月8日`).
pub(super) fn starts_with_date(s: &str) -> bool {
    let mut chars = s.chars().map(fold_char).peekable();
    digits(&mut chars, 4) == 4
        && chars
            .next()
            .is_some_and(|c| matches!(c, '-' | '/' | '.' | '年'))
        && (1..=2).contains(&digits(&mut chars, 2))
}

/// Whether `s` is a date and nothing else, a time of day aside: the page date of a web page
/// (`2024-03-08`, `2024/3/8 10:12`).
pub(super) fn is_page_date(s: &str) -> bool {
    let mut chars = s.chars().map(fold_char).peekable();
    if digits(&mut chars, 4) != 4 {
        return false;
    }
    let Some(separator) = chars.next().filter(|c| matches!(c, '-' | '/' | '.')) else {
        return false;
    };
    let date = (1..=2).contains(&digits(&mut chars, 2))
        && chars.next() == Some(separator)
        && (1..=2).contains(&digits(&mut chars, 2));
    if !date {
        return false;
    }
    if chars.peek().is_none() {
        return true;
    }
    // `HH:MM` or `HH:MM:SS` after spaces.
    if chars.next_if(|&c| is_space(c)).is_none() {
        return false;
    }
    while chars.next_if(|&c| is_space(c)).is_some() {}
    let mut time = (1..=2).contains(&digits(&mut chars, 2));
    for _ in 0..2 {
        if chars.peek().is_none() {
            break;
        }
        time &= chars.next() == Some(':') && digits(&mut chars, 2) == 2;
    }
    time && chars.peek().is_none()
}

/// The page date a line opens with and the rest of the line: `2019-07-02 13:28:53`, alone
/// or followed by fields (`2018-05-16 07:21:00 来源:湖北日报`); `None` when the line does not
/// open with one.
pub(super) fn page_date_prefix(s: &str) -> Option<(&str, &str)> {
    let mut tokens = s.split_whitespace();
    let date = tokens.next()?;
    let date_end = date.as_ptr() as usize - s.as_ptr() as usize + date.len();
    let with_time = tokens.next().and_then(|time| {
        let end = time.as_ptr() as usize - s.as_ptr() as usize + time.len();
        s.get(..end).filter(|d| is_page_date(d))
    });
    let prefix = with_time.or_else(|| s.get(..date_end).filter(|d| is_page_date(d)))?;
    Some((
        prefix,
        s.get(prefix.len()..)
            .unwrap_or("")
            .trim_start_matches(is_space),
    ))
}

/// Whether `s` starts with a date as a dateline writes it: a year (`2023年`) or a month and day
/// (`3月8日`).
pub(super) fn starts_with_dateline(s: &str) -> bool {
    let mut chars = s.chars().map(fold_char).peekable();
    match digits(&mut chars, 4) {
        4 => chars.next() == Some('年'),
        1 | 2 => {
            chars.next() == Some('月')
                && (1..=2).contains(&digits(&mut chars, 2))
                && chars.next() == Some('日')
        }
        _ => false,
    }
}

/// Takes up to `max` ASCII digits from `chars`; how many it took.
pub(super) fn digits(
    chars: &mut std::iter::Peekable<impl Iterator<Item = char>>,
    max: usize,
) -> usize {
    let mut n = 0;
    while n < max && chars.next_if(char::is_ascii_digit).is_some() {
        n += 1;
    }
    n
}

/// Whether `s` holds a date: a numeral before `年` or `月` (`2024年3月8日`, `二零二四年`), or a
/// page date (`2024-03-08`).
pub(super) fn has_date(s: &str) -> bool {
    let numeral = |c: char| c.is_ascii_digit() || "零一二三四五六七八九十".contains(c);
    let mut prev = None;
    for c in s.chars().map(fold_char) {
        if matches!(c, '年' | '月') && prev.is_some_and(numeral) {
            return true;
        }
        prev = Some(c);
    }
    s.split_whitespace().any(starts_with_date)
}
