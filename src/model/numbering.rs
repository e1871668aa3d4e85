//! Numbering schemes of headings, findings, measures and commitments.

use crate::codelist::codelist;

codelist! {
    /// How a report numbers the items of a list: sections (一、), findings (1.), measures
    /// (一是), commitments (一要).
    ///
    /// Items store their number as an integer; the scheme renders it as published.
    pub enum Numbering {
        /// Chinese numerals with an enumeration comma: 一、二、三、.
        ChineseComma = "chinese_comma", "一、", "Chinese numeral with comma";
        /// Chinese numerals in parentheses: (一)(二)(三).
        ChineseParenthesized = "chinese_parenthesized", "（一）", "parenthesized Chinese numeral";
        /// Arabic numerals with a full stop: 1. 2. 3.
        ArabicDot = "arabic_dot", "1.", "Arabic numeral with full stop";
        /// Arabic numerals in parentheses: (1)(2)(3).
        ArabicParenthesized = "arabic_parenthesized", "（1）", "parenthesized Arabic numeral";
        /// Ordinals with 是: 一是、二是、三是.
        ChineseShi = "chinese_shi", "一是", "ordinal with shi (firstly, secondly)";
        /// Ordinals with 要: 一要、二要、三要.
        ChineseYao = "chinese_yao", "一要", "ordinal with yao (first, we will)";
        /// Ordinals with 第: 第一、第二.
        ChineseDi = "chinese_di", "第一", "ordinal with di (first, second)";
    }
}

impl Numbering {
    /// Renders `number` in this scheme (`3` → `三是`, `三、`, `3.`).
    ///
    /// Chinese numerals are written for 1 to 99; beyond that, Arabic digits are used.
    ///
    /// # Examples
    ///
    /// ```
    /// use inspection_report::Numbering;
    ///
    /// assert_eq!(Numbering::ChineseComma.render(2), "二、");
    /// assert_eq!(Numbering::ChineseShi.render(12), "十二是");
    /// assert_eq!(Numbering::ArabicDot.render(10), "10.");
    /// assert_eq!(Numbering::ChineseParenthesized.render(21), "（二十一）");
    /// ```
    pub fn render(self, number: u32) -> String {
        let zh = chinese_numeral(number);
        match self {
            Self::ChineseComma => format!("{zh}、"),
            Self::ChineseParenthesized => format!("（{zh}）"),
            Self::ArabicDot => format!("{number}."),
            Self::ArabicParenthesized => format!("（{number}）"),
            Self::ChineseShi => format!("{zh}是"),
            Self::ChineseYao => format!("{zh}要"),
            Self::ChineseDi => format!("第{zh}"),
        }
    }
}

/// Writes 1–99 in Chinese numerals (`21` → `二十一`), other numbers in Arabic digits.
fn chinese_numeral(number: u32) -> String {
    const DIGITS: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    let digit = |n: u32| DIGITS[n as usize % 10];
    match number {
        1..=9 => digit(number).to_owned(),
        10 => "十".to_owned(),
        11..=19 => format!("十{}", digit(number - 10)),
        20..=99 if number.is_multiple_of(10) => format!("{}十", digit(number / 10)),
        20..=99 => format!("{}十{}", digit(number / 10), digit(number % 10)),
        _ => number.to_string(),
    }
}
