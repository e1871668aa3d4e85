//! The text layer: normalization and the offset map.

use inspection_report_import::text::normalize;

use crate::support::{REFERENCE, notice};

#[test]
fn offsets_map_back_to_the_original() {
    let input = "开展督导检查 5 次,**二是**下发通知书１７２份";
    let n = normalize(input);
    let at = n.text.find("172").unwrap_or(usize::MAX);
    assert_eq!(input.get(n.map.original(at..at + 3)), Some("１７２"));
    let at = n.text.find("5次").unwrap_or(usize::MAX);
    assert_eq!(
        input.get(n.map.original(at..at + "5次".len())),
        Some("5 次")
    );
}

#[test]
fn metadata_is_kept_with_spans() {
    let input = "首页 > 通知公告\n信息索引号:11410000-2025-00123 发布机构:许昌市示范区\n成文日期:2025-10-23 公开方式:主动公开\n正文。\n浏览次数:12 打印本页 关闭窗口";
    let n = normalize(input);
    assert_eq!(n.text, "正文。");
    let fields: Vec<(&str, &str)> = n
        .metadata
        .iter()
        .map(|m| (m.key.as_str(), m.value.as_str()))
        .collect();
    assert_eq!(
        fields,
        [
            ("信息索引号", "11410000-2025-00123"),
            ("发布机构", "许昌市示范区"),
            ("成文日期", "2025-10-23"),
            ("公开方式", "主动公开")
        ]
    );
    for m in &n.metadata {
        assert_eq!(input.get(m.value_span.range()), Some(m.value.as_str()));
        assert_eq!(input.get(m.key_span.range()), Some(m.key.as_str()));
    }
    assert_eq!(n.chrome.len(), 4);
}

#[test]
fn the_reference_notice_joins_its_page_breaks() {
    let n = normalize(&notice(REFERENCE));
    assert!(n.text.contains("大额资金项目进展情况"));
    assert!(n.text.contains("精准选派优秀年轻干部参与挂职锻炼"));
    assert!(n.text.contains("切实把全面从严治党要求落到实处"));
    assert!(!n.text.contains("**"));
    assert!(!n.text.contains("督导检查 5"));
    // Title, two preamble paragraphs, headings and paragraphs: one line each.
    assert!(
        n.text
            .starts_with("中共许昌市城乡一体化示范区工委关于巡察整改情况的通报\n根据市委统一部署")
    );
}

#[test]
fn every_normalized_char_maps_inside_the_original() {
    let input = notice(REFERENCE);
    let n = normalize(&input);
    let mut last_end = 0;
    for (i, c) in n.text.char_indices() {
        let r = n.map.original(i..i + c.len_utf8());
        assert!(
            r.start >= last_end
                && r.end <= input.len()
                && input.is_char_boundary(r.start)
                && input.is_char_boundary(r.end)
        );
        last_end = r.start;
    }
}

#[test]
fn footers_are_chrome_and_chinese_dates_anchor() {
    let input = "首页 > 信息公开\n发布日期:2025年10月23日\n正文今年以来召开会议3次。\n版权所有:许昌市人民政府 主办单位:许昌市政府办公室\n豫ICP备12345678号";
    let a = inspection_report_import::analyze(input);
    assert_eq!(a.text.text, "正文今年以来召开会议3次。");
    assert_eq!(
        a.anchor.map(|d| d.to_string()).as_deref(),
        Some("2025-10-23")
    );
    assert_eq!(
        a.dates.first().map(|d| d.value.to_string()).as_deref(),
        Some("2025/..")
    );
}

#[test]
fn windows_line_ends_and_nbsp() {
    let input = "一、已完成的整改任务\r\n\r\n1.\u{a0}责任压得不实。\r\n整改情况:\u{3000}召开会议 3 次。\r\n";
    let n = normalize(input);
    assert_eq!(
        n.text,
        "一、已完成的整改任务\n1.责任压得不实。\n整改情况:召开会议3次。"
    );
}
