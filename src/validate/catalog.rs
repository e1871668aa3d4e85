//! The rule catalog: every validation rule as data, with its code, tier, semantics and
//! message templates.

use super::{RuleCode, Tier};

/// A validation rule of the catalog.
///
/// # Examples
///
/// ```
/// use inspection_report::{validate::rules, validate::Tier};
///
/// let rule = rules().iter().find(|r| r.code.as_str() == "R405").unwrap();
/// assert_eq!(rule.tier, Tier::Error);
/// assert!(rule.description.contains("parts"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Rule {
    /// The stable code (`R405`).
    pub code: RuleCode,
    /// The tier of the issues the rule reports.
    pub tier: Tier,
    /// A short title.
    pub title: &'static str,
    /// The exact semantics: what is checked, where the issue points, what is exempt.
    pub description: &'static str,
    /// The English message template; `{name}` stands for the issue's parameter `name`.
    pub message_en: &'static str,
    /// The Chinese message template.
    pub message_zh: &'static str,
}

macro_rules! rules {
    ($(
        $code:ident, $tier:ident, $title:literal,
        $description:literal,
        $en:literal,
        $zh:literal;
    )+) => {
        $(
            pub(crate) const $code: Rule = Rule {
                code: RuleCode(stringify!($code)),
                tier: Tier::$tier,
                title: $title,
                description: $description,
                message_en: $en,
                message_zh: $zh,
            };
        )+

        static RULES: &[Rule] = &[$($code),+];
    };
}

rules! {
    R101, Error, "Period runs backwards",
    "A period's start is certainly after its end, comparing the dates by what they state (`PartialDate::is_certainly_after`: `2025-04` is not after `2025-04-28`). Checked for every period: on-site, rectification, the periods of figures and dispositions, and documents and milestones dated by a period. Points at the period's `end`.",
    "the period ends on {end}, before it starts on {start}",
    "期间的结束日期{end}早于开始日期{start}";

    R102, Error, "Round dates out of order",
    "The dates of the round run in the order on-site start, on-site end, feedback, rectification start, rectification end, publication. Each stated date is compared with the nearest earlier stated date of the chain, and reported when that one is certainly after it; a period's end is not compared with its own start (that is R101). Points at the later date of the chain.",
    "{date} ({field}) is before {earlier} ({earlier_field}), which comes earlier in the round",
    "{field_zh}的日期{date}早于在先环节{earlier_field_zh}的日期{earlier}";

    R103, Error, "Dated after publication",
    "A document's date or a milestone's date starts certainly after the report's publication date. Points at the `date`. Not applied when a part is validated alone, nor to the report's `publicity` window, which opens on or after publication.",
    "dated {date}, after the report was published on {published}",
    "日期{date}晚于通报发布日期{published}";

    R104, Warning, "Stated rectification duration disagrees with the period",
    "The rectification's `stated_duration` agrees with its period when the period's end can fall within the tolerance of the start plus the duration: years and months are added as calendar months (± 10 days for years, ± 5 days for months: `三个月` from 2025-06-10 ends 2025-09-10, so 2025-09-05 to 2025-09-15 agree), days ± 1 day, working days between n − 1 and n × 7 ÷ 5 + 10 calendar days (weekends and holidays), hours within one day either side. A fraction of a year or month that is no whole number of months counts 30.44 days a month. Partial dates use every day they cover. Checked when the period has both ends and the unit is a time unit; points at `stated_duration/value`.",
    "the stated duration of {duration} does not fit the period {start} to {end}",
    "所述整改时长{duration}与整改期间{start}至{end}不符";

    R105, Error, "Duration not in a time unit",
    "The rectification's `stated_duration` is in a unit that is not a length of time (year, month, day, working day, hour). Points at `stated_duration/unit`.",
    "a duration is in units of time, not {unit}",
    "时长的单位应为时间单位，而不是{unit_zh}";

    R106, Warning, "Stated on-site duration disagrees with the period",
    "The round's `on_site_duration` (`为期45天`) agrees with the `on_site` period, with the tolerance of R104. Checked when the period has both ends and the unit is a time unit; points at `round/on_site_duration/value`.",
    "the stated on-site duration of {duration} does not fit the period {start} to {end}",
    "所述巡察时长{duration}与进驻期间{start}至{end}不符";

    R107, Error, "Stated duration or term not in a time unit",
    "The round's `on_site_duration` or a disposition's `term` (`留党察看二年`) is in a unit that is not a length of time (year, month, day, working day, hour). Points at the quantity's `unit`.",
    "a duration is in units of time, not {unit}",
    "时长或期限的单位应为时间单位，而不是{unit_zh}";

    R108, Error, "Written after publication",
    "The publication metadata's `written` date (成文日期) is certainly after the report's `published` date. Points at `publication/written`.",
    "written on {written}, after the report was published on {published}",
    "成文日期{written}晚于发布日期{published}";

    R201, Error, "Duplicate id",
    "Every id in a report is unique across all kinds of ids (report, sections, findings, measures, metrics, dispositions, documents, milestones, commitments). Points at every `id` after the first occurrence.",
    "id `{id}` is already used at {first}",
    "标识`{id}`已在{first}使用";

    R202, Error, "Unknown document",
    "Each `document_refs` entry of a measure names the id of a document of the legal basis or of any measure's `documents`. Points at the reference. Not applied when a part is validated alone.",
    "no document has the id `{id}`",
    "没有标识为`{id}`的文件";

    R203, Error, "Unknown finding",
    "Each `related` entry of a finding names the id of a finding of the report. Points at the reference. Not applied when a part is validated alone.",
    "no finding has the id `{id}`",
    "没有标识为`{id}`的问题";

    R204, Error, "Section numbers out of sequence",
    "The numbered sections of one level, in published order, are numbered 1, 2, 3 … without gap or repeat; at the top level the next-step plan's `number` continues the sections' sequence. Each number is expected to be one more than the highest number before it, and reported when it is not. Points at the `number`.",
    "number {found} breaks the sequence: expected {expected}",
    "序号{found}不连续：应为{expected}";

    R205, Error, "Finding numbers out of sequence",
    "The numbered findings of one section (not of its subsections), in published order, are numbered 1, 2, 3 … without gap or repeat, as for R204. Points at the finding's `number`.",
    "finding number {found} breaks the sequence: expected {expected}",
    "问题序号{found}不连续：应为{expected}";

    R206, Error, "Measure ordinals out of sequence",
    "The measures of one finding that have an `ordinal`, in published order, are numbered 1, 2, 3 … without gap or repeat, as for R204. Points at the measure's `ordinal`.",
    "measure ordinal {found} breaks the sequence: expected {expected}",
    "措施序号{found}不连续：应为{expected}";

    R207, Error, "Commitment ordinals out of sequence",
    "The commitments of the next-step plan that have an `ordinal`, in published order, are numbered 1, 2, 3 … without gap or repeat, as for R204. Points at the commitment's `ordinal`.",
    "commitment ordinal {found} breaks the sequence: expected {expected}",
    "工作安排序号{found}不连续：应为{expected}";

    R208, Warning, "Finding related to itself",
    "A finding lists its own id in `related`. Points at the reference.",
    "the finding `{id}` is listed as related to itself",
    "问题`{id}`被列为与其自身相关";

    R301, Error, "Required text empty",
    "A required text is empty or only whitespace: the report's title, a section's title, a finding's problem, a measure's text, a figure's subject, a milestone's text, a commitment's text, the next-step plan's title, a document's title, an organization's name. Points at the text.",
    "the {field} is empty",
    "{field_zh}为空";

    R302, Error, "Required text not trimmed",
    "A required text (as for R301) begins or ends with whitespace. Points at the text.",
    "the {field} begins or ends with whitespace",
    "{field_zh}首尾有空白字符";

    R303, Warning, "Space between CJK characters",
    "A text holds spaces (U+0020, U+00A0, U+3000 or tab; not line breaks) between two CJK characters — Han ideographs, CJK punctuation or full-width forms — an artifact of extracting text from PDF (`通 知书`). Checked for every text of the report; one issue per text, pointing at it, with the first occurrence and their count. Layout is not an artifact: in the texts that name people — a person's `name` and `post`, a delivery's `byline` — a single space (one U+3000 or one U+0020) is how a byline separates post and name (`市审计局局长　李火生`) or pads a two-character name (`李　明`), and is not reported; a run of several spaces, a tab or a U+00A0 there still is.",
    "a space between CJK characters, an extraction artifact: \"{excerpt}\" ({count} in this text)",
    "中文字符之间有空格，系文本提取所致：“{excerpt}”（本段共{count}处）";

    R304, Error, "Other code without its label",
    "A value coded `other` lacks the label that says what it is: a finding status `other` without `status_label`, a unit `other` without `unit_label`, a figure kind `other` without `wording`, a disposition kind `other` (or an included kind `other`) without `label`, a round kind `other` without `kind_label`, a round component with a kind `other` without `label`, a genre `other` without `genre_label`, a disclosure mode `other` without `disclosure_label`, a status count `other` without `label`, a complaint category `other` without `category_label`. An empty label counts as missing. Points at the code.",
    "`other` needs its {label} to say what it is",
    "代码为`other`时须填写{label}";

    R305, Error, "Malformed index number",
    "The publication metadata's `index_number` (索引号) is a non-empty string of printable characters without spaces or control characters (`113307020501239658/2023-46395`). Points at `publication/index_number`.",
    "the index number `{value}` is empty or holds spaces or control characters",
    "索引号`{value}`为空或含有空白、控制字符";

    R401, Error, "Unit does not fit the figure's kind",
    "A figure's unit has a dimension its kind does not allow (`MetricKind::allowed_dimensions`, `Unit::dimension`): a rate is in percent, not in 人; a count is of people or things. A unit `other` has no known dimension and fits any kind. Points at the `unit`.",
    "a {kind} figure cannot be in {unit}",
    "{kind_zh}类数据不能以{unit_zh}为单位";

    R402, Error, "Count not a whole number",
    "A count is a whole number ≥ 0: figures of kind `count` or `ordinal`, and figures in a counted unit (people or things) whose kind allows that unit (R401), unless their kind is `average`. Points at the `value`.",
    "a count is a whole number of at least 0, not {value}",
    "计数应为不小于0的整数，而不是{value}";

    R403, Error, "Rank position out of range",
    "A figure of kind `rank` is a whole number ≥ 1, and at most its `rank.out_of` when stated; `out_of` itself is a whole number ≥ 1. Points at the `value` (or at `rank/out_of`).",
    "rank {value} is not a position from 1 to {out_of}",
    "名次{value}不在1至{out_of}之间";

    R404, Error, "Rank on a figure that is not a rank",
    "`rank` is given only with kind `rank`. Points at the `rank`.",
    "a {kind} figure cannot have rank details",
    "{kind_zh}类数据不应有排名信息";

    R405, Error, "Parts do not add up",
    "A figure's `parts` add up exactly to its value, money compared in yuan. Exempt when the figure or any part has a `qualifier` (approximate values) or a part's unit has another dimension (that is R406). Points at the figure's `value`.",
    "the parts add up to {sum}, not {value}",
    "各分项之和为{sum}，而不是{value}";

    R406, Error, "Part in another dimension",
    "Each part in `parts` or `of_which` has a unit of the same dimension as its figure (people with people, money with money); a unit `other` is taken to agree with any. Points at the part's `unit`.",
    "a part in {unit} cannot break down a figure in {total_unit}",
    "以{unit_zh}为单位的分项不能构成以{total_unit_zh}为单位的总数";

    R407, Error, "Of-which part exceeds the total",
    "Each `of_which` (其中) part is at most its figure's value, money compared in yuan. Exempt when either has a `qualifier` or the dimensions differ (R406). Points at the part's `value`.",
    "{part} of which is more than the total {value}",
    "其中{part}超过总数{value}";

    R408, Error, "More resolved than found",
    "A figure's `progress.resolved` is between 0 and its value, and `progress.remaining` is at least 0. Exempt from the upper bound when the figure has a `qualifier`. Points at `progress/resolved` (or `progress/remaining`); the parameter `field` names which (`resolved` or `remaining`) and `amount` is its value.",
    "{field} {amount} is out of range: resolved runs from 0 to the {value} found, remaining from 0",
    "{field}为{amount}，超出范围：已整改应在0至总数{value}之间，剩余应不小于0";

    R409, Error, "Resolved and remaining do not add up",
    "When `progress.remaining` is stated, resolved + remaining equals the figure's value. Exempt when the figure has a `qualifier`. Points at `progress/remaining`.",
    "{resolved} resolved and {remaining} remaining make {sum}, not the {value} found",
    "已整改{resolved}与剩余{remaining}之和为{sum}，而不是总数{value}";

    R410, Error, "Completion rate disagrees",
    "A summary's `completion_rate` (percent) agrees with completed ÷ total × 100 rounded to the precision written: `76` within ± 0.5, `76.0` within ± 0.05 (19 of 25 is 76%; 80% disagrees; 688 of 697 is 98.71%). The counts are whichever the summary states: the total is `findings_total`, or the sum of `by_status` when no total is stated; completed is the `by_status` count of status `completed` (0 when `by_status` lists none), or `completed`, or the total − `ongoing`. Not checked when the total is 0 or unknown, or completed cannot be told. Checked for the report's summary, its cumulative summary and section summaries; points at the summary's `completion_rate`.",
    "{completed} of {total} is {exact}%, not {rate}%",
    "{total}个中完成{completed}个，完成率为{exact}%，而不是{rate}%";

    R411, Info, "Sum not checked",
    "A sum that R405, R407, R409, R503 or R508 would check is not computed because it does not fit the 38 digits the validator adds in (more than about 1.7 × 10²⁸ yuan, or 10²⁸ of any other unit): the figures are left unchecked rather than compared after rounding. Points at the figure's `parts`, `of_which`, `progress` or the disposition's `including` or `parts`; the parameters `field` and `field_zh` name which.",
    "the {field} could not be added exactly and were not checked",
    "{field_zh}数值过大，无法精确求和，未作校验";

    R501, Error, "Disposition count not a whole number",
    "A disposition's `count` and each `including` count is a whole number ≥ 0. Points at the count.",
    "a count is a whole number of at least 0, not {value}",
    "人数或件数应为不小于0的整数，而不是{value}";

    R502, Error, "Included count exceeds the count",
    "Each `including` count is at most the disposition's `count`. Points at the included count.",
    "{part} included is more than the count {count}",
    "其中{part}超过总数{count}";

    R503, Warning, "Included counts exceed the count together",
    "The `including` counts add up to at most the disposition's `count`. A warning, not an error, since one person can receive several outcomes; reported only when no single included count exceeds the count (R502). Points at the `count`.",
    "the included counts add up to {sum}, more than the count {count}",
    "其中各项之和{sum}超过总数{count}";

    R504, Error, "Disposition unit does not fit its kind",
    "A disposition's unit is one its kind allows (`DispositionKind::allowed_units`: sanctions fall on persons, case filing counts cases); an included kind must allow the disposition's unit too. Points at the `unit` (or the included `kind`).",
    "{kind} cannot be counted in {unit}",
    "{kind_zh}不能以{unit_zh}计";

    R505, Error, "Count without a unit",
    "A disposition with a `count` states its `unit`. Points at the `count`.",
    "the count {value} has no unit",
    "数量{value}缺少单位";

    R506, Error, "Amount not in money",
    "A disposition's `amount` is in a money unit (yuan, ten thousand yuan, hundred million yuan). Points at `amount/unit`.",
    "an amount is in money, not {unit}",
    "金额应以货币为单位，而不是{unit_zh}";

    R507, Info, "Unit without a count",
    "A disposition states a `unit` but no `count`, so the unit says nothing. Points at the `unit`.",
    "the unit {unit} is given without a count",
    "给出了单位{unit_zh}但没有数量";

    R508, Error, "Disposition parts do not add up",
    "A disposition's `parts` (`党纪处分37人(党内警告18人、严重警告11人、…)`) add up exactly to its `count`. Unlike `including`, which need not add up (R503). Checked when the disposition and every part state a count and every part is in the disposition's unit (else R509). Points at the disposition's `count`.",
    "the parts add up to {sum}, not {count}",
    "各分项之和为{sum}，而不是{count}";

    R509, Error, "Disposition part in another unit",
    "Each of a disposition's `parts` is counted in the disposition's `unit` (persons with persons, person-times with person-times), when both state one. Points at the part's `unit`.",
    "a part counted in {unit} cannot break down a count in {total_unit}",
    "以{unit_zh}计的分项不能构成以{total_unit_zh}计的总数";

    R601, Error, "Status does not fit the section",
    "A finding in a section whose kind implies a status (`SectionKind::implied_status`: completed, long_term, ongoing) has that status; a subsection whose kind implies none inherits its parent's. Points at the finding's `status`. Not applied when a finding is validated alone.",
    "a finding in a {section} section has status {status}, not {expected}",
    "{section_zh}部分的问题状态为{status_zh}，应为{expected_zh}";

    R602, Error, "Summary total disagrees with the findings",
    "When the report has findings and its summary states `findings_total`, it equals the number of findings in all sections; a section's summary, the number of findings of the section and its subsections. Not checked when the summary has `partial_listing` (R608 applies then). Points at the summary's `findings_total`.",
    "the summary states {stated} findings, the report lists {counted}",
    "汇总称问题{stated}个，通报列出{counted}个";

    R603, Error, "Summary completed disagrees with the findings",
    "When the report (or section) has findings and its summary states `completed`, it equals the number of findings with status `completed`. Not checked when the summary has `partial_listing`. Points at the summary's `completed`.",
    "the summary states {stated} completed, the report lists {counted} findings with status completed",
    "汇总称已完成{stated}个，通报列出状态为已完成的问题{counted}个";

    R604, Error, "Summary ongoing disagrees with the findings",
    "When the report (or section) has findings and its summary states `ongoing`, it equals the number of findings whose status is not `completed`. Not checked when the summary has `partial_listing`. Points at the summary's `ongoing`.",
    "the summary states {stated} ongoing, the report lists {counted} findings not completed",
    "汇总称正在推进{stated}个，通报列出未完成的问题{counted}个";

    R605, Error, "Summary figures do not add up",
    "When the summary states `findings_total`, `completed` and `ongoing`, completed + ongoing equals findings_total. Points at `summary/findings_total`.",
    "{completed} completed and {ongoing} ongoing make {sum}, not {total}",
    "已完成{completed}个与正在推进{ongoing}个之和为{sum}，而不是{total}";

    R606, Error, "Status counts do not add up to the total",
    "A summary's `by_status` counts (`完成688个, 基本完成持续整改4个, 未完成5个`) add up to its `findings_total` (697), when it states one. Checked for every summary (report, cumulative, section). Points at the summary's `findings_total`.",
    "the counts by status add up to {sum}, not the total {total}",
    "各状态数量之和为{sum}，而不是总数{total}";

    R607, Error, "Status count disagrees with the findings",
    "When the report (or section) has findings and its summary lists them all (no `partial_listing`), the `by_status` count of each status (the entries of one status added) equals the number of findings with that status. Points at the `count` of the status's first entry.",
    "the summary states {stated} {status}, the report lists {counted} findings with that status",
    "汇总称{status_zh}{stated}个，通报列出该状态的问题{counted}个";

    R608, Error, "More findings listed than counted",
    "A summary with `partial_listing` counts at least as many problems as the report (or section) lists: its total (`findings_total`, or the sum of `by_status`) is at least the number of findings. Points at the summary's `findings_total` (or `by_status`).",
    "the summary counts {total}, fewer than the {counted} findings listed",
    "汇总称共{total}个，少于通报列出的{counted}个问题";

    R609, Error, "More organizations listed than counted",
    "A round's (or round component's) `inspected_count` is at least the number of organizations listed in its `inspected`. Points at `inspected_count`.",
    "{count} organizations inspected, but {listed} are listed",
    "被巡察单位为{count}个，但列出了{listed}个";

    R701, Error, "Malformed email",
    "An email address is `local@domain`: the local part of ASCII letters, digits and `. _ % + -`, not starting or ending with `.` nor holding `..`; the domain of at least two dot-separated labels of ASCII letters, digits and `-` (not at a label's ends), the last of at least two letters. No spaces, no display names. Points at the address.",
    "`{value}` is not a well-formed email address",
    "`{value}`不是有效的电子邮箱地址";

    R702, Error, "Malformed phone number",
    "A phone number is, after an optional country code `+86` or `0086` and with hyphens or spaces between digit groups: a mobile number (11 digits starting 13–19, `13812345678`, `138-1234-5678`); a landline with area code (0 and 2–3 digits, or without the 0 after a country code) and a 7–8 digit number (`0374-3376600`, `(0374)3376600`, `010 12345678`, `+86 374 3376600`), optionally with an extension after `-` or `转` (1–6 digits); a landline without area code (7–8 digits); a 400/800 number (`400-123-4567`); or a public service number of 5 digits starting with 1 (`12388`). Points at the number.",
    "`{value}` is not a well-formed phone number",
    "`{value}`不是有效的电话号码";

    R703, Error, "Malformed postal code",
    "A postal code is 6 ASCII digits (`461000`). Points at `postal_code`.",
    "`{value}` is not a 6-digit postal code",
    "`{value}`不是6位邮政编码";
}

/// Every rule of the catalog, in code order.
///
/// # Examples
///
/// ```
/// use inspection_report::validate::rules;
///
/// assert!(rules().iter().any(|rule| rule.code.as_str() == "R101"));
/// assert!(rules().windows(2).all(|w| w[0].code < w[1].code));
/// ```
pub fn rules() -> &'static [Rule] {
    RULES
}

/// The rule named by `code`. Every `RuleCode` is made from a catalog rule, so the lookup
/// always succeeds; the first rule stands in should it not.
pub(crate) fn rule(code: RuleCode) -> &'static Rule {
    RULES
        .iter()
        .find(|rule| rule.code == code)
        .unwrap_or(&RULES[0])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_well_formed_sorted_and_unique() {
        for pair in RULES.windows(2) {
            assert!(pair[0].code < pair[1].code, "{:?}", pair[1].code);
        }
        for rule in RULES {
            let code = rule.code.as_str();
            assert_eq!(code.len(), 4, "{code}");
            assert!(code.starts_with('R'));
            assert!(code[1..].bytes().all(|b| b.is_ascii_digit()), "{code}");
            assert!(matches!(
                &code[1..2],
                "1" | "2" | "3" | "4" | "5" | "6" | "7"
            ));
        }
    }
}
