//! Classes of characters and the normal form of one character.

/// Whether `c` is a CJK ideograph, CJK punctuation or a full-width form.
pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x2E80..=0x9FFF | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFFEF
        | 0x2014 | 0x2018..=0x201D | 0x2026 | 0x2236 | 0x20000..=0x2FFFF)
}

/// Whether `c` is a CJK ideograph (not punctuation).
pub(super) fn is_ideograph(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FFFF)
}

/// Whether `c` is a space of extracted text (spaces, tabs, NBSP, U+3000, zero-width spaces, CR).
pub(super) fn is_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\u{A0}' | '\u{3000}' | '\u{2002}'..='\u{200B}' | '\u{FEFF}' | '\r'
    )
}

/// Whether `c` is a colon, half- or full-width.
pub(super) fn is_colon(c: char) -> bool {
    matches!(c, ':' | '：' | '∶' | '﹕')
}

/// Whether `c` is a bracket that frames a field of page chrome (`【字号 】`, `[ ]`).
pub(super) fn is_bracket(c: char) -> bool {
    matches!(c, '【' | '】' | '[' | ']')
}

/// Sentence-final punctuation: a line ending in one is not broken mid-sentence.
pub(crate) fn is_terminal(c: char) -> bool {
    matches!(
        c,
        '。' | '！' | '？' | '!' | '?' | '：' | ':' | '；' | ';' | '∶'
    )
}

/// The normal form of one character (full-width → half-width, `∶` → `:`, `〇` → `零`).
pub fn fold_char(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '∶' | '﹕' => ':',
        '〇' => '零',
        other => other,
    }
}
