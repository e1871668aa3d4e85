//! Heading and list markers (`一、`, `(一)`, `1.`, `(1)`, `①`, `一是`, `一要`), from the
//! `grammar/headings.tsv` table.

use std::sync::LazyLock;

use crate::grammar::rows;

/// What a marker introduces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MarkerRole {
    /// A heading or a numbered paragraph.
    Heading,
    /// A measure inside a paragraph (`一是`).
    Measure,
    /// A commitment inside a paragraph (`一要`).
    Commitment,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Token {
    Chinese,
    Arabic,
    Circled,
    Literal(char),
}

pub(crate) struct Scheme {
    pub(crate) name: &'static str,
    tokens: Vec<Token>,
    pub(crate) role: MarkerRole,
}

pub(crate) static SCHEMES: LazyLock<Vec<Scheme>> = LazyLock::new(|| {
    rows(include_str!("../grammar/headings.tsv"))
        .filter_map(|cells| {
            let name = *cells.first()?;
            let pattern = *cells.get(1)?;
            let role = match *cells.get(2)? {
                "heading" => MarkerRole::Heading,
                "measure" => MarkerRole::Measure,
                "commitment" => MarkerRole::Commitment,
                _ => return None,
            };
            let tokens = pattern
                .chars()
                .map(|c| match c {
                    'C' => Token::Chinese,
                    'N' => Token::Arabic,
                    'O' => Token::Circled,
                    other => Token::Literal(fold(other)),
                })
                .collect();
            Some(Scheme { name, tokens, role })
        })
        .collect()
});

/// A marker found at the start of a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct MarkerMatch {
    /// Index into [`SCHEMES`].
    pub(crate) scheme: usize,
    /// The number the marker gives (`三、` → 3).
    pub(crate) ordinal: u32,
    /// Bytes the marker covers.
    pub(crate) len: usize,
    /// Whether an Arabic digit follows right after (`5.2024年`: maybe not a marker).
    pub(crate) digit_follows: bool,
}

/// Full-width forms of the marker punctuation fold to their half-width form.
pub(crate) fn fold(c: char) -> char {
    match c {
        '（' => '(',
        '）' => ')',
        '．' => '.',
        '，' => ',',
        '：' => ':',
        '\u{FF10}'..='\u{FF19}' => char::from_u32(c as u32 - 0xFF10 + '0' as u32).unwrap_or(c),
        other => other,
    }
}

/// The value of a Chinese numeral digit or of `十`, for markers (`十二` → 12).
fn chinese_ordinal(s: &str) -> Option<u32> {
    let mut total = 0u32;
    let mut digit: Option<u32> = None;
    for c in s.chars() {
        match c {
            '十' => {
                total = total.checked_add(digit.unwrap_or(1).checked_mul(10)?)?;
                digit = None;
            }
            _ => digit = Some(chinese_digit(c)?),
        }
    }
    total.checked_add(digit.unwrap_or(0))
}

pub(crate) fn chinese_digit(c: char) -> Option<u32> {
    Some(match c {
        '零' | '〇' => 0,
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

/// The longest marker of any scheme at the start of `s`.
pub(crate) fn match_at(s: &str) -> Option<MarkerMatch> {
    let mut best: Option<MarkerMatch> = None;
    for (index, scheme) in SCHEMES.iter().enumerate() {
        if let Some(found) = match_scheme(scheme, index, s)
            && best.is_none_or(|b| found.len > b.len)
        {
            best = Some(found);
        }
    }
    best
}

/// The marker of one scheme at the start of `s`.
pub(crate) fn match_scheme(scheme: &Scheme, index: usize, s: &str) -> Option<MarkerMatch> {
    let mut pos = 0usize;
    let mut ordinal = None;
    for token in &scheme.tokens {
        let rest = s.get(pos..)?;
        match *token {
            Token::Literal(lit) => {
                let c = rest.chars().next()?;
                if fold(c) != lit {
                    return None;
                }
                pos += c.len_utf8();
            }
            Token::Arabic => {
                let mut value = 0u32;
                let mut count = 0;
                for c in rest.chars() {
                    let d = fold(c);
                    if !d.is_ascii_digit() || count == 3 {
                        break;
                    }
                    value = value * 10 + (d as u32 - '0' as u32);
                    count += 1;
                    pos += c.len_utf8();
                }
                if count == 0
                    || rest
                        .chars()
                        .nth(count)
                        .is_some_and(|c| fold(c).is_ascii_digit())
                {
                    return None;
                }
                ordinal = Some(value);
            }
            Token::Chinese => {
                let start = pos;
                let mut count = 0;
                for c in rest.chars() {
                    if count == 4 || !(c == '十' || chinese_digit(c).is_some()) || c == '两' {
                        break;
                    }
                    count += 1;
                    pos += c.len_utf8();
                }
                if count == 0 {
                    return None;
                }
                ordinal = Some(chinese_ordinal(s.get(start..pos)?)?);
            }
            Token::Circled => {
                let c = rest.chars().next()?;
                let n = c as u32;
                if !(0x2460..=0x2473).contains(&n) {
                    return None;
                }
                ordinal = Some(n - 0x2460 + 1);
                pos += c.len_utf8();
            }
        }
    }
    let ordinal = ordinal?;
    if ordinal == 0 {
        return None;
    }
    let digit_follows = s
        .get(pos..)
        .and_then(|rest| rest.chars().next())
        .is_some_and(|c| fold(c).is_ascii_digit());
    Some(MarkerMatch {
        scheme: index,
        ordinal,
        len: pos,
        digit_follows,
    })
}

/// Whether `line` starts with a heading marker.
pub(crate) fn starts_heading(line: &str) -> bool {
    match_at(line).is_some_and(|m| {
        SCHEMES
            .get(m.scheme)
            .is_some_and(|s| s.role == MarkerRole::Heading)
    })
}

/// Whether `line` starts with a heading marker or a status label (`整改情况:`), so that a
/// broken line before it is not joined to it.
pub(crate) fn starts_block(line: &str) -> bool {
    if let Some(m) = match_at(line)
        && SCHEMES
            .get(m.scheme)
            .is_some_and(|s| s.role == MarkerRole::Heading)
    {
        return true;
    }
    ["整改情况", "完成情况", "整政情况", "整改进展", "整改结果"]
        .iter()
        .any(|label| line.starts_with(label))
}
