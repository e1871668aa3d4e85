//! The text layer: normalization and the offset map.

use inspection_report_import::structure::NodeKind;
use inspection_report_import::text::{self, normalize};

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

/// The metadata fields of `n` as `(key, value)` pairs, each checked against its spans.
fn fields<'a>(input: &str, n: &'a text::Normalized) -> Vec<(&'a str, &'a str)> {
    for m in &n.metadata {
        assert_eq!(input.get(m.value_span.range()), Some(m.value.as_str()));
        let key = input.get(m.key_span.range());
        assert!(
            key == Some(m.key.as_str()) || m.key_span.is_empty(),
            "{m:?}"
        );
    }
    n.metadata
        .iter()
        .map(|m| (m.key.as_str(), m.value.as_str()))
        .collect()
}

#[test]
fn a_bulleted_metadata_block_keeps_its_values_and_the_title_loses_its_bullet() {
    let input = "  • 信息索引号:\n\n    001122334455/2024-00012\n  • 文件名称:\n\n    中共某某县审计局党组关于巡察整改情况的通报\n  • 发布机构:\n\n    某某县审计局\n  • 成文日期:\n\n    2024-03-08\n  • 公开方式:\n\n    主动公开\n\n  • 中共某某县审计局党组关于巡察整改情况的通报\n\n    日期:2024-03-08 09:15:02 来源:县审计局 浏览量:\n    分享:\n\n    朗读\n\n    根据县委统一部署,县委第一巡察组对县审计局党组进行了巡察。";
    let n = normalize(input);
    assert_eq!(
        n.text,
        "中共某某县审计局党组关于巡察整改情况的通报\n根据县委统一部署,县委第一巡察组对县审计局党组进行了巡察。"
    );
    assert_eq!(
        fields(input, &n),
        [
            ("信息索引号", "001122334455/2024-00012"),
            ("文件名称", "中共某某县审计局党组关于巡察整改情况的通报"),
            ("发布机构", "某某县审计局"),
            ("成文日期", "2024-03-08"),
            ("公开方式", "主动公开"),
            ("日期", "2024-03-08 09:15:02"),
            ("来源", "县审计局"),
        ]
    );
    // The title maps back to the original without its bullet; the bullet is chrome.
    let title = "中共某某县审计局党组关于巡察整改情况的通报";
    let bullet = input.rfind("• 中共").unwrap_or(0);
    let at = bullet + "• ".len();
    assert_eq!(n.map.original(0..title.len()), at..at + title.len());
    assert!(n.chrome.iter().any(|s| s.start == bullet && s.end == at));
    let a = inspection_report_import::analyze(input);
    let first = a.outline.nodes.first();
    assert_eq!(first.map(|node| node.kind), Some(NodeKind::Title));
    assert_eq!(first.map(|node| a.text.get(node.at)), Some(title));
    assert_eq!(
        first.and_then(|node| input.get(node.span.range())),
        Some(title)
    );
    assert_eq!(
        a.anchor.map(|d| d.to_string()).as_deref(),
        Some("2024-03-08")
    );
}

#[test]
fn a_bare_key_takes_the_next_line_only_inside_a_block_of_fields() {
    let input = "索引号:\n001122-2024-00012\n发布机构:\n某某县审计局\n关于巡察整改情况的通报\n根据县委统一部署,进行了巡察。";
    let n = normalize(input);
    assert_eq!(
        n.text,
        "关于巡察整改情况的通报\n根据县委统一部署,进行了巡察。"
    );
    assert_eq!(
        fields(input, &n),
        [
            ("索引号", "001122-2024-00012"),
            ("发布机构", "某某县审计局")
        ]
    );
    // An empty key alone above the title keeps its empty value.
    let input = "来源:\n\n关于巡察整改情况的通报\n根据县委统一部署,进行了巡察。";
    let n = normalize(input);
    assert_eq!(
        n.text,
        "关于巡察整改情况的通报\n根据县委统一部署,进行了巡察。"
    );
    assert_eq!(fields(input, &n), [("来源", "")]);
}

#[test]
fn fields_end_where_the_next_key_or_marker_starts() {
    let input =
        "发布日期:2024-03-08 10:20信息来源:某某市审计局浏览次数: 字号:[ ] 色调调节:\n正文。";
    let n = normalize(input);
    assert_eq!(n.text, "正文。");
    assert_eq!(
        fields(input, &n),
        [
            ("发布日期", "2024-03-08 10:20"),
            ("信息来源", "某某市审计局")
        ]
    );
}

#[test]
fn a_date_key_is_a_field_only_before_a_date() {
    let input = "日期:另行通知\n一、整改工作开展情况";
    let n = normalize(input);
    assert!(n.metadata.is_empty());
    assert!(n.chrome.is_empty());
    assert_eq!(n.text, input);
}

#[test]
fn a_source_glued_to_the_dateline_is_split_off() {
    let input = "某某督察组向我市转办第五批信访件\n来源:某某新闻网—某某日报3月8日,省第二生态环境保护督察组向我市转办信访件5件。";
    let n = normalize(input);
    assert_eq!(
        n.text,
        "某某督察组向我市转办第五批信访件\n3月8日,省第二生态环境保护督察组向我市转办信访件5件。"
    );
    assert_eq!(fields(input, &n), [("来源", "某某新闻网—某某日报")]);
    let at = n.text.find("3月").unwrap_or(0);
    let original = n.map.original(at..at + 1);
    assert_eq!(
        input.get(original.start..),
        input.find("3月8日").and_then(|k| input.get(k..))
    );
    // A place name between the publisher and the date stays with the dateline.
    let input = "来源:某某日报北京3月8日讯,转办信访件已全部办结。";
    let n = normalize(input);
    assert_eq!(n.text, "北京3月8日讯,转办信访件已全部办结。");
    assert_eq!(fields(input, &n), [("来源", "某某日报")]);
    // A source with its own line's fields, or no prose after it, is not split.
    for input in [
        "来源:县融媒体中心 作者:李四\n正文。",
        "来源:某某日报2024年3月8日\n正文。",
    ] {
        assert_eq!(normalize(input).text, "正文。");
    }
}

#[test]
fn a_bare_page_date_above_the_title_is_the_publication_date() {
    let input = "2024-03-08\n某某县生态环境局关于信访件办理情况的公告\n今年以来办结信访件12件。";
    let n = normalize(input);
    assert_eq!(
        n.text,
        "某某县生态环境局关于信访件办理情况的公告\n今年以来办结信访件12件。"
    );
    assert_eq!(fields(input, &n), [("发布日期", "2024-03-08")]);
    assert!(n.metadata.iter().all(|m| m.key_span.is_empty()));
    let a = inspection_report_import::analyze(input);
    assert_eq!(
        a.outline.nodes.first().map(|node| node.kind),
        Some(NodeKind::Title)
    );
    assert_eq!(
        a.anchor.map(|d| d.to_string()).as_deref(),
        Some("2024-03-08")
    );
    // A date alone, or below a sentence, is text; below the title it is the page's date,
    // alone or with the page's fields.
    assert_eq!(normalize("2024-03-08").text, "2024-03-08");
    assert!(
        normalize("开展检查5次。\n2024-03-08\n正文。")
            .metadata
            .is_empty()
    );
    let under = normalize("标题\n2024-03-08 09:15:02 来源:县审计局\n正文。");
    assert_eq!(
        fields("标题\n2024-03-08 09:15:02 来源:县审计局\n正文。", &under),
        [("发布日期", "2024-03-08 09:15:02"), ("来源", "县审计局")]
    );
}

#[test]
fn breadcrumbs_and_footers_are_chrome() {
    let input = "首页\n-> 工作动态 -> 通知公告\n首页 » 信息公开 » 审计结果\n首页 / 新闻中心 / 通知公告\n某某市审计局关于审计查出问题整改情况的报告\n正文。\n编辑:张三\n相关热词搜索:\n>>返回某某在线首页\n相關文章:\n評論留言\n掃一掃在手機打開當前頁\n页:\n[1]";
    let n = normalize(input);
    assert_eq!(n.text, "某某市审计局关于审计查出问题整改情况的报告\n正文。");
    assert_eq!(n.chrome.len(), 12);
    // Names without a space around `/`, dates and comparisons are no breadcrumbs.
    for text in [
        "巡察整改/问题清单",
        "2024/03/08",
        "完成率 > 90%",
        "A > B > C",
    ] {
        assert!(normalize(text).chrome.is_empty(), "{text}");
    }
}

#[test]
fn a_paragraph_ends_at_chrome_but_not_at_a_page_number() {
    let input = "某某市审计局关于2023年度本级预算执行和其他财政收支审计查出问题整改情况的报告\n字体:【 打印\n\n主任、各位副主任、各位委员:";
    let n = normalize(input);
    assert_eq!(
        n.text,
        "某某市审计局关于2023年度本级预算执行和其他财政收支审计查出问题整改情况的报告\n主任、各位副主任、各位委员:"
    );
    let input =
        "责任压得不实,未建立统筹协调推进机制,破解顽疾招数不多,整改成效不明\n\n- 3 -\n\n显。";
    assert_eq!(
        normalize(input).text,
        "责任压得不实,未建立统筹协调推进机制,破解顽疾招数不多,整改成效不明显。"
    );
}

#[test]
fn chrome_lookahead_stays_linear() {
    let block = "• 发布机构:\n\n\n\n".repeat(20_000);
    let input = format!("{block}来源:某某日报3月8日,{}", "正文".repeat(50_000));
    let start = std::time::Instant::now();
    let n = normalize(&input);
    assert!(start.elapsed() < std::time::Duration::from_secs(5));
    assert_eq!(n.metadata.len(), 20_001);
    assert!(n.text.starts_with("3月8日,"));
}

#[test]
fn a_title_is_never_continued_on_the_next_line() {
    let input = "某某市审计局关于2023年度本级预算执行和其他财政收支审计查出问题整改情况的报告\n主任、各位副主任、各位委员:\n受市人民政府委托,向市人大常委会报告整改情况,请予审议。";
    let a = inspection_report_import::analyze(input);
    let kinds: Vec<NodeKind> = a
        .outline
        .nodes
        .iter()
        .map(|node| node.kind)
        .take(2)
        .collect();
    assert_eq!(kinds, [NodeKind::Title, NodeKind::Salutation]);
    // A first line with sentence punctuation is no title: a broken line continues.
    assert_eq!(
        normalize("为进一步推动巡察整改落实落地见效,现将有关工作开展情况\n通报如下:").text,
        "为进一步推动巡察整改落实落地见效,现将有关工作开展情况通报如下:"
    );
}

#[test]
fn a_site_footer_gives_no_contact_and_no_truncation() {
    let input = "某省督察整改任务已完成四成\n3月8日,记者获悉,整改任务已完成四成。\n服务邮箱:service@example.cn 违法和不良信息举报电话:010-12345678\n京公网安备 11010502000000号\nCopyright©2019-2024 by example.cn. All Rights Reserved";
    let a = inspection_report_import::analyze(input);
    assert_eq!(
        a.text.text,
        "某省督察整改任务已完成四成\n3月8日,记者获悉,整改任务已完成四成。"
    );
    assert!(a.contacts.is_empty(), "{:?}", a.contacts);
    assert!(
        a.outline.diagnostics.iter().all(|d| d.code != "truncated"),
        "{:?}",
        a.outline.diagnostics
    );
}

#[test]
fn links_after_a_marker_are_chrome_only_to_the_end_of_the_page() {
    let input =
        "整改任务已全部完成。\n相关阅读\n某省完成督察整改任务六成\n\n某市召开巡察整改推进会";
    let n = normalize(input);
    assert_eq!(n.text, "整改任务已全部完成。");
    // Each link is a chrome span of its own, in original bytes.
    let link = input.find("某市").unwrap_or(0);
    assert!(
        n.chrome
            .iter()
            .any(|s| s.start == link && s.end == input.len())
    );
    // Prose after the links: the marker alone is chrome.
    assert_eq!(
        normalize("正文。\n相关阅读\n某某新闻\n整改任务已全部完成。").text,
        "正文。\n某某新闻\n整改任务已全部完成。"
    );
}

#[test]
fn footer_lookback_stays_linear() {
    let input = format!(
        "正文。\n{}{}友情链接",
        "-\n".repeat(50_000),
        "某某试验机厂家\n".repeat(50_000)
    );
    let start = std::time::Instant::now();
    let n = normalize(&input);
    assert!(start.elapsed() < std::time::Duration::from_secs(5));
    assert_eq!(n.text, "正文。");
}

#[test]
fn a_byline_glued_to_the_first_paragraph_is_split_off_and_names_the_author() {
    let input = "通讯员 张三 李四 报道 本报讯 今年以来,某区审计局紧盯问题整改。";
    let n = normalize(input);
    assert_eq!(n.text, "今年以来,某区审计局紧盯问题整改。");
    assert_eq!(fields(input, &n), [("作者", "张三 李四")]);
    let at = input.find("今年").unwrap_or(0);
    assert_eq!(n.map.original(0..3).start, at);
    assert!(
        n.chrome
            .iter()
            .any(|s| s.start == 0 && input.get(s.range()) == Some("通讯员 张三 李四 报道 本报讯"))
    );
}
