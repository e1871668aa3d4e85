//! What a figure counts (the subject worded near it) and the kind its context gives it
//! (`同比增长`, `覆盖率`, `平均`).

use super::scan::clause_start;
use crate::codes::{Kind, Unit};

const VERBS: [&str; 40] = [
    "召开",
    "开展",
    "组建",
    "划分",
    "设置",
    "建立",
    "选派",
    "明确",
    "形成",
    "排查",
    "下发",
    "发现",
    "收到",
    "涵盖了",
    "涵盖",
    "承接",
    "印发",
    "制定",
    "设立",
    "新增",
    "完成",
    "通过",
    "对照",
    "指导",
    "规范",
    "摘除",
    "合并",
    "提出",
    "给予",
    "问责",
    "确定",
    "盘活",
    "出租",
    "组织",
    "覆盖",
    "研究",
    "培育",
    "申报",
    "查处",
    "梳理",
];
const ADVERBS: [&str; 16] = [
    "共",
    "累计",
    "已",
    "先后",
    "现",
    "目前",
    "共计",
    "合计",
    "均",
    "累计完成",
    "实现",
    "完成",
    "达到",
    "达",
    "总计",
    "全区",
];

/// The words before a numeral, from the clause start, without leading adverbs and verbs.
fn subject_before(text: &str, start: usize) -> Option<String> {
    let cs = clause_start(text, start);
    let mut s = text.get(cs..start)?.trim();
    // A measure marker is no part of the subject (`一是召开会议`).
    if let Some(m) = s.char_indices().find(|&(_, c)| c == '是').map(|(j, _)| j)
        && m > 0
        && s.get(..m)
            .is_some_and(|head| head.chars().all(crate::numeral::is_chinese_numeral_char))
    {
        s = s.get(m + '是'.len_utf8()..).unwrap_or(s);
    }
    loop {
        let before = s;
        for w in ADVERBS.iter().chain(VERBS.iter()) {
            if let Some(rest) = s.strip_prefix(w) {
                s = rest;
            }
        }
        if s == before {
            break;
        }
    }
    for w in ADVERBS {
        if let Some(rest) = s.strip_suffix(w) {
            s = rest;
        }
    }
    (!s.is_empty()).then(|| s.to_owned())
}

fn subject_after(text: &str, end: usize) -> Option<String> {
    let rest = text.get(end..)?;
    let mut len = 0;
    for (n, c) in rest.char_indices().take(14) {
        let ideograph = ('\u{4E00}'..='\u{9FFF}').contains(&c);
        if !ideograph || (n > 0 && matches!(c, '和' | '及' | '与' | '等')) {
            break;
        }
        len = n + c.len_utf8();
    }
    let s = rest.get(..len)?;
    (s.chars().count() >= 2).then(|| s.to_owned())
}

pub(super) fn subject(text: &str, start: usize, end: usize) -> Option<String> {
    let cs = clause_start(text, start);
    let lead = text.get(cs..start).unwrap_or("");
    let verb_lead = VERBS
        .iter()
        .chain(ADVERBS.iter())
        .any(|v| lead.ends_with(v))
        || lead.is_empty();
    if verb_lead && let Some(after) = subject_after(text, end) {
        return Some(after);
    }
    subject_before(text, start).or_else(|| subject_after(text, end))
}

pub(super) fn kind_from_context(text: &str, start: usize, default: Kind, unit: Unit) -> Kind {
    let cs = clause_start(text, start);
    let lead = text.get(cs..start).unwrap_or("");
    if unit == Unit::Percent || unit == Unit::PercentagePoint {
        if lead.contains("同比") {
            return Kind::YearOnYearGrowth;
        }
        if lead.contains("较上年") || lead.contains("比上年") || lead.contains("较去年") {
            return Kind::ChangeOnPreviousYear;
        }
        if lead.contains("占比") || lead.contains("占") {
            return Kind::Share;
        }
        return Kind::Rate;
    }
    if lead.contains("平均") || lead.contains("人均") {
        return Kind::Average;
    }
    default
}
