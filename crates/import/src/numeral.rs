//! Numerals: Arabic (`1,185`, `129.9`, full-width digits once normalized) and Chinese (`三`,
//! `十二`, `一百零五`, `两`, `一千一百八十五`, `二〇二五`, with `万`/`亿` magnitudes).
//!
//! [`scan`] finds every numeral of a text; values are exact [`Decimal`]s with the scale as
//! written (`129.90` keeps two decimals). Spans are byte offsets into the text scanned.

use rust_decimal::Decimal;

use crate::span::Span;

/// How a numeral is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Script {
    /// Arabic digits, with optional `,` grouping and decimals.
    Arabic,
    /// Chinese numerals (`一百零五`), positional (`二零二五`) or with units (`十`, `百`, `千`).
    Chinese,
}

/// A numeral found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Numeral {
    /// The value, with the magnitude applied (`3万` → 30000).
    pub value: Decimal,
    /// The value before a trailing `万`/`亿` magnitude (`131.2亿` → 131.2), as written.
    pub mantissa: Decimal,
    /// The power of ten of a trailing `万` (4) or `亿` (8) magnitude, 0 when none.
    pub magnitude: u32,
    /// Where the numeral is, magnitude included, in the scanned text.
    pub span: Span,
    /// Where the magnitude character is, when there is one.
    pub magnitude_span: Option<Span>,
    /// How the numeral is written.
    pub script: Script,
}

impl Numeral {
    /// The numeral as written in `text` (the text it was scanned from).
    pub fn written<'a>(&self, text: &'a str) -> &'a str {
        self.span.slice(text).unwrap_or("")
    }
}

fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('\u{FF10}'..='\u{FF19}').contains(&c)
}

fn digit_value(c: char) -> u32 {
    if c.is_ascii_digit() {
        c as u32 - '0' as u32
    } else {
        c as u32 - 0xFF10
    }
}

/// Whether `c` can be part of a Chinese numeral.
pub fn is_chinese_numeral_char(c: char) -> bool {
    matches!(
        c,
        '零' | '〇'
            | '一'
            | '二'
            | '两'
            | '三'
            | '四'
            | '五'
            | '六'
            | '七'
            | '八'
            | '九'
            | '十'
            | '百'
            | '千'
            | '万'
            | '亿'
            | '壹'
            | '贰'
            | '叁'
            | '肆'
            | '伍'
            | '陆'
            | '柒'
            | '捌'
            | '玖'
            | '拾'
            | '佰'
            | '仟'
    )
}

fn chinese_digit(c: char) -> Option<u32> {
    Some(match c {
        '零' | '〇' => 0,
        '一' | '壹' => 1,
        '二' | '两' | '贰' => 2,
        '三' | '叁' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

fn chinese_unit(c: char) -> Option<u128> {
    Some(match c {
        '十' | '拾' => 10,
        '百' | '佰' => 100,
        '千' | '仟' => 1000,
        _ => return None,
    })
}

/// The value of an Arabic numeral (`1,185`, `129.9`, `１２`), exactly as written.
///
/// # Examples
///
/// ```
/// use inspection_report_import::numeral::parse_arabic;
/// use rust_decimal::Decimal;
///
/// assert_eq!(parse_arabic("1,043,330"), Some(Decimal::from(1_043_330)));
/// assert_eq!(parse_arabic("129.90").map(|d| d.scale()), Some(2));
/// assert_eq!(parse_arabic("12a"), None);
/// ```
pub fn parse_arabic(s: &str) -> Option<Decimal> {
    let mut mantissa: i128 = 0;
    let mut scale = 0u32;
    let mut seen_point = false;
    let mut any = false;
    for c in s.chars() {
        if is_digit(c) {
            mantissa = mantissa
                .checked_mul(10)?
                .checked_add(i128::from(digit_value(c)))?;
            if seen_point {
                scale += 1;
            }
            any = true;
        } else if (c == '.' || c == '．') && !seen_point {
            seen_point = true;
        } else if c != ',' {
            return None;
        }
    }
    if !any || scale > 28 {
        return None;
    }
    Decimal::try_from_i128_with_scale(mantissa, scale).ok()
}

/// The value of a Chinese numeral: positional (`二零二五` → 2025) or with units (`十二` → 12,
/// `一百零五` → 105, `一千一百八十五` → 1185, `三万` → 30000).
///
/// # Examples
///
/// ```
/// use inspection_report_import::numeral::parse_chinese;
/// use rust_decimal::Decimal;
///
/// assert_eq!(parse_chinese("一千一百八十五"), Some(Decimal::from(1185)));
/// assert_eq!(parse_chinese("两"), Some(Decimal::from(2)));
/// assert_eq!(parse_chinese("二〇二五"), Some(Decimal::from(2025)));
/// assert_eq!(parse_chinese("是"), None);
/// ```
pub fn parse_chinese(s: &str) -> Option<Decimal> {
    let mut chars = s.chars().peekable();
    chars.peek()?;
    let positional = s.chars().all(|c| chinese_digit(c).is_some()) && s.chars().count() > 1;
    if positional {
        let mut value: u128 = 0;
        for c in s.chars() {
            value = value
                .checked_mul(10)?
                .checked_add(u128::from(chinese_digit(c)?))?;
        }
        return to_decimal(value);
    }
    let (mut yi, mut wan, mut current, mut digit): (u128, u128, u128, Option<u128>) =
        (0, 0, 0, None);
    for c in s.chars() {
        if let Some(d) = chinese_digit(c) {
            digit = Some(u128::from(d));
        } else if let Some(unit) = chinese_unit(c) {
            current = current.checked_add(digit.unwrap_or(1).checked_mul(unit)?)?;
            digit = None;
        } else if c == '万' {
            wan = wan
                .checked_add(current.checked_add(digit.unwrap_or(0))?)?
                .checked_mul(10_000)?;
            current = 0;
            digit = None;
        } else if c == '亿' {
            let part = wan.checked_add(current)?.checked_add(digit.unwrap_or(0))?;
            yi = yi.checked_add(part)?.checked_mul(100_000_000)?;
            wan = 0;
            current = 0;
            digit = None;
        } else {
            return None;
        }
    }
    to_decimal(
        yi.checked_add(wan)?
            .checked_add(current)?
            .checked_add(digit.unwrap_or(0))?,
    )
}

fn to_decimal(value: u128) -> Option<Decimal> {
    Decimal::try_from_i128_with_scale(i128::try_from(value).ok()?, 0).ok()
}

/// Every numeral of `text`, in order, non-overlapping.
///
/// Arabic digits next to ASCII letters (`5G`) are not numerals. A `万` or `亿` right after an
/// Arabic numeral is its magnitude (`131.2亿`). A Chinese run may not start with `万`/`亿`.
///
/// # Examples
///
/// ```
/// use inspection_report_import::numeral::scan;
///
/// let found = scan("已承接1,185项,营业收入131.2亿元,三个月");
/// let values: Vec<String> = found.iter().map(|n| n.value.to_string()).collect();
/// assert_eq!(values, ["1185", "13120000000.0", "3"]);
/// assert_eq!(found[1].mantissa.to_string(), "131.2");
/// ```
pub fn scan(text: &str) -> Vec<Numeral> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0usize;
    let mut prev: Option<char> = None;
    while i < bytes.len() {
        let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else {
            i += 1;
            continue;
        };
        if is_digit(c) {
            let (end, numeral) = arabic_at(text, i);
            let next = text.get(end..).and_then(|rest| rest.chars().next());
            let letter_next = next.is_some_and(|n| n.is_ascii_alphabetic());
            let letter_prev = prev.is_some_and(|p| p.is_ascii_alphabetic());
            if let Some(numeral) = numeral.filter(|_| !letter_next && !letter_prev) {
                out.push(numeral);
            }
            prev = text.get(..end).and_then(|head| head.chars().next_back());
            i = end.max(i + 1);
            continue;
        }
        if is_chinese_numeral_char(c) && c != '万' && c != '亿' {
            let mut end = i;
            for (j, d) in text.get(i..).unwrap_or("").char_indices() {
                if !is_chinese_numeral_char(d) {
                    break;
                }
                end = i + j + d.len_utf8();
            }
            let written = text.get(i..end).unwrap_or("");
            if let Some(value) = parse_chinese(written) {
                out.push(Numeral {
                    value,
                    mantissa: value,
                    magnitude: 0,
                    span: Span::new(i, end),
                    magnitude_span: None,
                    script: Script::Chinese,
                });
            }
            prev = written.chars().next_back();
            i = end.max(i + c.len_utf8());
            continue;
        }
        prev = Some(c);
        i += c.len_utf8();
    }
    out
}

/// The Arabic numeral starting at `start`: its end and value (none when it overflows).
fn arabic_at(text: &str, start: usize) -> (usize, Option<Numeral>) {
    let rest = text.get(start..).unwrap_or("");
    let mut end = 0usize;
    let mut int_digits = 0usize;
    let mut chars = rest.char_indices().peekable();
    // Integer part, with `,` groups of exactly three digits.
    let mut grouped = false;
    while let Some(&(j, c)) = chars.peek() {
        if is_digit(c) {
            int_digits += 1;
            end = j + c.len_utf8();
            chars.next();
        } else if c == ',' && int_digits > 0 && (grouped || int_digits <= 3) {
            // Exactly three digits, then no digit.
            let after: Vec<char> = rest.get(j + 1..).unwrap_or("").chars().take(4).collect();
            let three = after.len() >= 3 && after.iter().take(3).all(|&d| is_digit(d));
            let fourth_digit = after.get(3).is_some_and(|&d| is_digit(d));
            if three && !fourth_digit {
                grouped = true;
                int_digits = 0;
                chars.next();
            } else {
                break;
            }
        } else {
            break;
        }
    }
    // Decimals.
    let after_int = rest.get(end..).unwrap_or("");
    let mut point_chars = after_int.chars();
    if matches!(point_chars.next(), Some('.' | '．')) && point_chars.next().is_some_and(is_digit) {
        let point_len = after_int.chars().next().map_or(1, char::len_utf8);
        end += point_len;
        for c in after_int.get(point_len..).unwrap_or("").chars() {
            if !is_digit(c) {
                break;
            }
            end += c.len_utf8();
        }
    }
    let digits = rest.get(..end).unwrap_or("");
    let Some(mantissa) = parse_arabic(digits) else {
        return (start + end.max(1), None);
    };
    let mut magnitude = 0u32;
    let mut magnitude_span = None;
    let mut total_end = end;
    match rest.get(end..).and_then(|tail| tail.chars().next()) {
        Some('万') => {
            magnitude = 4;
            magnitude_span = Some(Span::new(start + end, start + end + 3));
            total_end = end + 3;
        }
        Some('亿') => {
            magnitude = 8;
            magnitude_span = Some(Span::new(start + end, start + end + 3));
            total_end = end + 3;
        }
        _ => {}
    }
    let value = if magnitude == 0 {
        Some(mantissa)
    } else {
        mantissa.checked_mul(Decimal::from(10u64.pow(magnitude)))
    };
    let Some(value) = value else {
        return (start + end, None);
    };
    (
        start + total_end,
        Some(Numeral {
            value,
            mantissa,
            magnitude,
            span: Span::new(start, start + total_end),
            magnitude_span,
            script: Script::Arabic,
        }),
    )
}
