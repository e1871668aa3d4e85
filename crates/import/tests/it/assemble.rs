//! The assembly step: the reports of the stored notices, their sources and coverage, the
//! options, and hostile input.

use inspection_report::{FindingStatus, InspectionFamily, Validate};
use inspection_report_import::assemble::NOT_STATED;
use inspection_report_import::{Imported, Options, Span, check_sources, import};
use proptest::prelude::*;

use crate::support::{REFERENCE, notice, stored};

fn codes(imported: &Imported) -> Vec<&'static str> {
    imported.diagnostics.iter().map(|d| d.code).collect()
}

/// Every report's sources and inline sources hold on its text, and every body character is
/// placed or listed.
fn grounded(text: &str, imported: &Imported) {
    let checks = check_sources(text, &imported.inspection, &imported.sources);
    assert!(checks.is_empty(), "{checks:#?}");
    for s in &imported.unplaced {
        assert!(
            text.get(s.range()).is_some_and(|t| !t.trim().is_empty()),
            "{s:?}"
        );
    }
    for (pointer, source) in imported.sources.iter() {
        assert!(text.get(source.start..source.end).is_some(), "{pointer}");
    }
}

#[test]
fn reference_report_validates_and_is_grounded() {
    let text = notice(REFERENCE);
    let imported = import(&text, &Options::default());
    let report = &imported.inspection;
    let diagnostics = report.validate();
    assert!(!diagnostics.has_errors(), "{diagnostics:?}");
    grounded(&text, &imported);
    assert!(imported.unplaced.is_empty(), "{:?}", imported.unplaced);
    assert_eq!(report.iter_findings().count(), 22);
    let ids: Vec<&str> = report.sections.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["completed", "long-term"]);
    let m = &report.sections[0].findings[0].measures[1];
    assert_eq!(m.id.as_str(), "f-1-01.m2");
    // Inline sources equal the map's entries.
    let entry = imported.sources.get("/sections/0/findings/0/measures/1");
    assert_eq!(
        m.source.map(|s| (s.start as usize, s.end as usize)),
        entry.map(|e| (e.start, e.end))
    );
    // The source map serializes as one object keyed by pointer.
    let json = imported.sources.to_json();
    assert!(json.starts_with("{\""), "{json}");
    assert!(
        json.contains("\"/sections/0/findings/1\":{\"start\":"),
        "{json}"
    );
}

#[test]
fn a_wrong_span_is_reported() {
    let text = notice(REFERENCE);
    let mut imported = import(&text, &Options::default());
    // The first finding's problem pointed at the title.
    imported.sources.insert(
        "/sections/0/findings/0/problem",
        Span::new(0, 9),
        inspection_report_import::Status::Read,
    );
    imported.sources.insert(
        "/sections/0/findings/0/measures/0/metrics/0",
        Span::new(1, 2),
        inspection_report_import::Status::Read,
    );
    let checks = check_sources(&text, &imported.inspection, &imported.sources);
    let found: Vec<(&str, Option<&str>)> = checks
        .iter()
        .map(|d| (d.code, d.pointer.as_deref()))
        .collect();
    assert!(found.contains(&("value_not_stated", Some("/sections/0/findings/0/problem"))));
    assert!(found.contains(&(
        "span_out_of_bounds",
        Some("/sections/0/findings/0/measures/0/metrics/0")
    )));
}

#[test]
fn county_progress_report_opening() {
    // 新昌: a 巡视 progress report whose title is the source line (not in the body), a summary
    // with 一是… items, cut off mid-sentence.
    let text = notice("xinchang-county-2021-10-28.txt");
    let imported = import(&text, &Options::default());
    let r = &imported.inspection;
    assert_eq!(r.round.family, InspectionFamily::PartyInspectionTour);
    assert_eq!(
        r.round.commissioned_by.as_ref().map(|o| o.name.as_str()),
        Some("省委")
    );
    assert_eq!(
        r.round.team.as_ref().map(|t| t.name.as_str()),
        Some("省委第九巡视组")
    );
    assert_eq!(r.round.inspected[0].name, "新昌县");
    assert_eq!(
        r.round.on_site.as_ref().map(|p| p.to_string()).as_deref(),
        Some("2020-11-10/2021-01-13")
    );
    assert_eq!(
        r.round.feedback_date.map(|d| d.to_string()).as_deref(),
        Some("2021-03-04")
    );
    // As the hand encoding of the family fixture: 8 figures, `了结39件` a disposition.
    let summary = r.summary.as_ref().map(|s| s.metrics.len());
    assert_eq!(summary, Some(8));
    assert!(r.sections.is_empty());
    // Not stated: title, issuer, date, shown by markers and diagnostics.
    assert_eq!(r.title, NOT_STATED);
    assert_eq!(r.issuer.name, NOT_STATED);
    assert_eq!(r.published, None);
    let c = codes(&imported);
    for code in [
        "truncated",
        "missing_title",
        "missing_issuer",
        "missing_published",
    ] {
        assert!(c.contains(&code), "{code}: {c:?}");
    }
    // 立案40件, 党纪处分37人(党内警告18人 …), 政务处分5人: the summary's dispositions.
    let kinds: Vec<String> = r
        .summary
        .iter()
        .flat_map(|s| &s.dispositions)
        .map(|d| d.kind.to_string())
        .collect();
    assert!(kinds.contains(&"party_discipline".to_owned()), "{kinds:?}");
    assert!(kinds.contains(&"case_concluded".to_owned()), "{kinds:?}");
    assert!(
        r.validate().has_errors(),
        "the empty title and issuer are visible to validation"
    );
    grounded(&text, &imported);
    // The page date given from outside is used, and said so.
    let dated = import(
        &text,
        &Options {
            published: "2021-10-28".parse().ok(),
            ..Options::default()
        },
    );
    assert_eq!(
        dated.inspection.published.map(|d| d.to_string()).as_deref(),
        Some("2021-10-28")
    );
    assert!(codes(&dated).contains(&"published_from_options"));
}

#[test]
fn audit_report_delivered_as_a_speech() {
    // 慈溪: an audit report to the people's congress: its occasion, byline and salutation are
    // its delivery; the audit office that speaks is the team.
    let text = notice("cixi-audit-2018-11-22.txt");
    let imported = import(&text, &Options::default());
    let r = &imported.inspection;
    assert_eq!(r.round.family, InspectionFamily::Audit);
    assert_eq!(r.sections.len(), 1);
    assert_eq!(
        r.sections[0].title.as_deref(),
        Some("审计整改工作总体推进情况")
    );
    assert_eq!(r.sections[0].subsections.len(), 1);
    assert!(
        r.sections[0].subsections[0]
            .title
            .as_deref()
            .is_some_and(|t| t.starts_with("落实整改主体责任"))
    );
    let d = r.delivery.as_ref();
    assert_eq!(
        d.and_then(|d| d.date).map(|x| x.to_string()).as_deref(),
        Some("2018-11-22")
    );
    assert_eq!(
        d.and_then(|d| d.occasion.as_deref()),
        Some("慈溪市十七届人大常委会第十六次会议")
    );
    let speaker = d.and_then(|d| d.speaker.as_ref());
    assert_eq!(speaker.map(|s| s.name.as_str()), Some("俞金华"));
    assert_eq!(speaker.and_then(|s| s.post.as_deref()), Some("局长"));
    assert_eq!(
        d.and_then(|d| d.byline.as_deref()),
        Some("市审计局局长 俞金华")
    );
    assert_eq!(
        d.and_then(|d| d.on_behalf_of.as_ref())
            .map(|o| o.name.as_str()),
        Some("市人民政府")
    );
    assert_eq!(r.salutation.as_deref(), Some("主任、各位副主任、各位委员"));
    assert_eq!(r.genre, Some(inspection_report::Genre::CongressSpeech));
    assert_eq!(
        r.round.team.as_ref().map(|t| t.name.as_str()),
        Some("市审计局")
    );
    let c = codes(&imported);
    assert!(!c.contains(&"unplaced_node"), "{c:?}");
    assert!(!c.contains(&"missing_team"), "{c:?}");
    assert!(c.contains(&"unplaced_figure"), "{c:?}");
    grounded(&text, &imported);
}

/// A stored file whole, its source line included: the line gives the title, date, publisher
/// and address the body lacks.
#[test]
fn source_lines_give_what_the_body_lacks() {
    let cases = [
        (
            "cixi-audit-2018-11-22.txt",
            "关于慈溪市2017年度本级预算执行和其他财政收支审计查出问题整改情况的报告",
            "市审计局",
            "2018-11-22",
        ),
        (
            "xinchang-county-2021-10-28.txt",
            "中共新昌县委关于省委第九巡视组巡视整改进展情况的通报",
            "中共新昌县委",
            "2021-10-28",
        ),
        (
            "inner-mongolia-complaints-batch-11-2025-06-17.txt",
            "内蒙古自治区中央第二生态环境保护督察组交办第十一批信访举报件边督边改情况",
            "内蒙古自治区",
            "2025-06-17",
        ),
        (
            "xuchang-dongcheng-2026-02-13.txt",
            "中共许昌市东城区工委关于巡察整改情况的通报",
            "中共许昌市东城区工委",
            "2026-02-13",
        ),
    ];
    for (name, title, issuer, published) in cases {
        let text = stored(name);
        let imported = import(&text, &Options::default());
        let r = &imported.inspection;
        assert_eq!(r.title, title, "{name}");
        assert_eq!(r.issuer.name, issuer, "{name}");
        assert_eq!(
            r.published.map(|d| d.to_string()).as_deref(),
            Some(published),
            "{name}"
        );
        let url = r.publication.as_ref().and_then(|p| p.url.as_deref());
        assert!(text.starts_with(url.unwrap_or("-")), "{name}: {url:?}");
        grounded(&text, &imported);
        let c = codes(&imported);
        assert!(
            !c.contains(&"missing_title") && !c.contains(&"missing_published"),
            "{name}: {c:?}"
        );
    }
}

#[test]
fn environmental_complaint_batch() {
    // 内蒙古: a batch report without headings or year; `截至6月17日` stays unresolved.
    let text = notice("inner-mongolia-complaints-batch-11-2025-06-17.txt");
    let imported = import(&text, &Options::default());
    let r = &imported.inspection;
    assert_eq!(r.round.family, InspectionFamily::EnvironmentalInspection);
    assert_eq!(
        r.round.team.as_ref().map(|t| t.name.as_str()),
        Some("中央督察组")
    );
    assert_eq!(
        r.round.team.as_ref().and_then(|t| t.full_name.as_deref()),
        Some("中央第二生态环境保护督察组")
    );
    let c = codes(&imported);
    assert!(c.contains(&"unresolved_date"), "{c:?}");
    // As the family fixture encodes it: the batch's cases by status, and the counts of
    // batches 1–11 as the cumulative summary, each with its dispositions.
    let summary = r.summary.as_ref();
    let by_status = |s: Option<&inspection_report::Summary>| {
        s.map(|s| {
            let counts: Vec<String> = s
                .by_status
                .iter()
                .map(|e| format!("{} {}", e.status, e.count))
                .collect();
            (
                s.findings_total,
                s.batches.map(|b| (b.first, b.last)),
                counts,
                s.dispositions.len(),
            )
        })
    };
    assert_eq!(
        by_status(summary),
        Some((
            Some(27),
            Some((11, 11)),
            vec![
                "completed 7".to_owned(),
                "closed_for_phase 17".to_owned(),
                "not_completed 3".to_owned()
            ],
            3
        ))
    );
    assert_eq!(
        by_status(summary.and_then(|s| s.cumulative.as_deref())),
        Some((
            Some(395),
            Some((1, 11)),
            vec![
                "completed 151".to_owned(),
                "closed_for_phase 209".to_owned(),
                "not_completed 35".to_owned()
            ],
            7
        ))
    );
    assert!(summary.is_some_and(|s| s.metrics.is_empty()), "{summary:?}");
    assert!(c.contains(&"missing_published"), "{c:?}");
    grounded(&text, &imported);
    // The page date given from outside is the publication date.
    let dated = import(
        &text,
        &Options {
            published: "2025-06-17".parse().ok(),
            ..Options::default()
        },
    );
    assert_eq!(
        dated.inspection.published.map(|d| d.to_string()).as_deref(),
        Some("2025-06-17")
    );
}

#[test]
fn same_city_notice_with_status_lines() {
    // 东城区: findings without a section heading, `完成情况:已完成` lines, cut off.
    let text = notice("xuchang-dongcheng-2026-02-13.txt");
    let imported = import(&text, &Options::default());
    let r = &imported.inspection;
    assert_eq!(r.title, "中共许昌市东城区工委关于巡察整改情况的通报");
    assert_eq!(
        r.round.team.as_ref().map(|t| t.name.as_str()),
        Some("市委第一巡察组")
    );
    assert_eq!(r.round.inspected[0].name, "东城区");
    let rect = r.round.rectification.as_ref().map(|x| x.period.to_string());
    assert_eq!(rect.as_deref(), Some("2025-10-21/2026-01-21"));
    assert_eq!(r.legal_basis.len(), 3);
    let finding = &r.sections[0].findings[0];
    assert_eq!(finding.id.as_str(), "f-1-01");
    assert_eq!(finding.problem, "整改责任压得不实。");
    assert_eq!(finding.status, FindingStatus::Completed);
    assert_eq!(finding.measures.len(), 4);
    assert_eq!(r.sections[0].title, None);
    // Cut off before its issuer: the title opens with it.
    assert_eq!(r.issuer.name, "中共许昌市东城区工委");
    // The page's 信息时间 gives the date; dropping the metadata drops it.
    assert_eq!(
        r.published.map(|d| d.to_string()).as_deref(),
        Some("2026-02-13")
    );
    let c = codes(&imported);
    for code in ["truncated", "missing_section_heading", "issuer_from_title"] {
        assert!(c.contains(&code), "{code}: {c:?}");
    }
    assert!(!imported.metadata.is_empty());
    let bare = import(
        &text,
        &Options {
            metadata: false,
            ..Options::default()
        },
    );
    assert!(bare.metadata.is_empty());
    assert_eq!(bare.inspection.published, None);
    grounded(&text, &imported);
}

/// Dated events, a count all resolved and a month's document, as the reference notice words
/// them, in a notice of one finding.
#[test]
fn milestones_progress_and_periods_of_a_measure() {
    let text = "中共某县委关于巡察整改情况的通报\n\n一、已完成的整改任务\n1.招商引资成效不明显。\n\
        整改情况:一是6月20日上午,县政府召开常务会议,听取合作协议汇报。6月24日,县政府与担保公司\
        正式签订了农业信贷担保合作协议。二是目前省检查组移交的46项一般问题隐患均全部整改完毕。\
        三是3月份,研究制定《建强基层党组织工作任务清单》。\n\n中共某县委\n2025年10月23日\n";
    let imported = import(text, &Options::default());
    grounded(text, &imported);
    let measures = &imported.inspection.sections[0].findings[0].measures;
    let [signing, hazards, plan] = measures.as_slice() else {
        panic!("{measures:#?}");
    };
    // A part of a day is the period within the day; a date heading its clause dates the event
    // even when the agreement cited in the clause carries it too.
    let dates: Vec<String> = signing
        .milestones
        .iter()
        .map(|m| serde_json::to_string(&m.date).unwrap_or_default())
        .collect();
    assert_eq!(dates.len(), 2, "{dates:?}");
    assert!(
        dates[0].contains("\"start\":\"2025-06-20\",\"end\":\"2025-06-20\""),
        "{dates:?}"
    );
    assert_eq!(dates[1], "\"2025-06-24\"");
    let agreement = serde_json::to_string(&signing.documents[0].date).unwrap_or_default();
    assert_eq!(agreement, "\"2025-06-24\"");
    // `目前` is the notice's own date: no period of the measure.
    assert!(hazards.period.is_none());
    let progress = hazards.metrics[0]
        .progress
        .as_ref()
        .map(|p| p.resolved.to_string());
    assert_eq!(progress.as_deref(), Some("46"));
    assert!(
        imported
            .sources
            .get("/sections/0/findings/0/measures/1/metrics/0/progress/resolved")
            .is_some()
    );
    // `3月份`: the month as a period.
    let plan_date = serde_json::to_string(&plan.documents[0].date).unwrap_or_default();
    assert!(
        plan_date.contains("\"start\":\"2025-03\",\"end\":\"2025-03\""),
        "{plan_date}"
    );
}

/// Counts by status over more findings than the notice lists: a partial listing, which
/// validation then accepts.
#[test]
fn counts_by_status_over_a_partial_listing() {
    let text = "中共某县委关于巡察整改进展情况的通报\n\n根据县委统一部署,2025年3月6日至4月28日,县委第一\
        巡察组对某县进行了巡察。\n\n截至目前,巡察反馈的10个问题,已完成整改8个、\
        正在整改2个,整改完成率80%。\n\n一、已完成的整改任务\n1.招商引资成效不明显。\n\
        整改情况:一是开展督导检查5次。\n2.责任压得不实。\n整改情况:一是召开专题会议3次。\n\n\
        中共某县委\n2025年10月23日\n";
    let imported = import(text, &Options::default());
    grounded(text, &imported);
    let s = imported.inspection.summary.as_ref();
    assert_eq!(s.and_then(|s| s.findings_total), Some(10));
    let counts: Vec<String> = s
        .map(|s| {
            s.by_status
                .iter()
                .map(|e| format!("{} {}", e.status, e.count))
                .collect()
        })
        .unwrap_or_default();
    assert_eq!(counts, ["completed 8", "ongoing 2"]);
    assert_eq!(
        s.and_then(|s| s.completion_rate)
            .map(|r| r.to_string())
            .as_deref(),
        Some("80")
    );
    assert!(s.is_some_and(|s| s.partial_listing));
    assert!(codes(&imported).contains(&"partial_listing"));
    let diagnostics = imported.inspection.validate();
    assert!(!diagnostics.has_errors(), "{diagnostics:?}");
}

/// The date at the end anchors relative dates, also with page leftovers after it.
#[test]
fn the_closing_date_before_page_leftovers_anchors_relative_dates() {
    let text = "今年以来,开展督导检查5次。\n中共某县委\n2024年5月8日\n返回顶部\n附件下载";
    let a = inspection_report_import::analyze(text);
    assert_eq!(
        a.anchor.map(|d| d.to_string()).as_deref(),
        Some("2024-05-08")
    );
    assert_eq!(a.dates[0].value.to_string(), "2024/..");
}

/// A title over two lines and an occasion over two lines, each one value.
#[test]
fn a_title_and_an_occasion_over_two_lines() {
    let text = "某省人民政府关于我省2020年度省级预算执行\n和其他财政收支审计查出问题整改情况的报告\n\
        ——2022年7月27日在某省第十三届人民代表大会\n常务委员会第四十五次会议上\n某省审计厅厅长  张三\n\
        省人大常委会:\n受省政府委托,现将审计查出问题整改情况报告如下。\n";
    let imported = import(text, &Options::default());
    grounded(text, &imported);
    let r = &imported.inspection;
    assert_eq!(
        r.title,
        "某省人民政府关于我省2020年度省级预算执行和其他财政收支审计查出问题整改情况的报告"
    );
    let occasion = r.delivery.as_ref().and_then(|d| d.occasion.as_deref());
    assert_eq!(
        occasion,
        Some("某省第十三届人民代表大会常务委员会第四十五次会议")
    );
    assert!(imported.unplaced.is_empty(), "{:?}", imported.unplaced);
}

#[test]
fn empty_and_odd_inputs() {
    for text in [
        "",
        "\n\n",
        "一、",
        "整改情况:一是",
        "《〔",
        "1.\n整改情况:\n",
        "\u{FEFF}",
    ] {
        let imported = import(text, &Options::default());
        assert_eq!(imported.inspection.published, None, "{text:?}");
        assert!(codes(&imported).contains(&"missing_published"), "{text:?}");
        grounded(text, &imported);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn arbitrary_text_imports_and_stays_grounded(text in "[一二三、。是要()（）1-9.整改情况:\n 《》〔〕年月日万亿%人次a-z]{0,200}") {
        let imported = import(&text, &Options::default());
        let checks = check_sources(&text, &imported.inspection, &imported.sources);
        let bad: Vec<_> = checks.iter().filter(|d| d.code == "span_out_of_bounds").collect();
        prop_assert!(bad.is_empty(), "{:?}", bad);
    }

    #[test]
    fn any_unicode_imports(text in "\\PC{0,120}") {
        let _ = import(&text, &Options::default());
    }
}

#[test]
fn findings_without_rectification_labels_take_status_and_measures() {
    let text = "某某市人民政府关于水污染防治专项审计调查发现问题整改情况的函\n\n省审计厅：\n\n一、具体整改情况\n\n（一）某某市部分断面水质考核目标未达到。\n\n该问题已完成整改。一是制定年度水污染防治计划；二是新建污水管网12公里。\n\n（二）部分污水处理厂运行负荷偏低。\n\n该问题正在整改。三季度完成管网改造5处。\n\n（三）关于污泥处置不规范的问题。\n\n市城管局已完成污泥处置设施改造。";
    let imported = import(text, &Options::default());
    grounded(text, &imported);
    let findings: Vec<_> = imported.inspection.iter_findings().collect();
    let read: Vec<(FindingStatus, usize)> = findings
        .iter()
        .map(|f| (f.status, f.measures.len()))
        .collect();
    assert_eq!(
        read[..2],
        [(FindingStatus::Completed, 2), (FindingStatus::Ongoing, 1)]
    );
    assert_eq!(findings.len(), 3);
    assert_eq!(findings[2].problem, "关于污泥处置不规范的问题。");
    assert!(
        !codes(&imported).contains(&"unplaced_node"),
        "{:?}",
        codes(&imported)
    );
}

#[test]
fn findings_of_nested_groups_reach_the_report() {
    let text = "中共某某区某某局党组关于巡察整改情况的通报\n\n一、巡察反馈问题整改情况\n\n（一）在“落实上级决策部署不够有力”方面\n\n1.关于“理论学习不够深入”问题的整改\n\n（1）关于“学习不深不透”问题\n\n整改情况：召开理论学习中心组会议4次。\n\n（2）关于“研讨不够”问题\n\n整改情况：开展专题研讨2次。\n\n2.关于“调查研究不够”问题的整改\n\n整改情况：班子成员开展调研8次。";
    let imported = import(text, &Options::default());
    grounded(text, &imported);
    let ids: Vec<&str> = imported
        .inspection
        .iter_findings()
        .map(|f| f.id.as_str())
        .collect();
    assert_eq!(ids, ["f-1-g1-01", "f-1-g1-g1-01", "f-1-g1-g1-02"]);
    assert!(
        !codes(&imported).contains(&"unplaced_node"),
        "{:?}",
        codes(&imported)
    );
}

#[test]
fn feedback_over_a_range_is_its_first_day_with_the_range_as_written() {
    let text = "发布日期:2023-04-06\n根据市委统一部署,2022年10月10日至12月10日,市委第四巡察组对某某局党组进行了常规巡察。\n3月6日至3月24日,市委各巡察组分别向被巡察党组织反馈了巡察情况。";
    let imported = import(text, &Options::default());
    let round = &imported.inspection.round;
    assert_eq!(
        round.feedback_date.map(|d| d.to_string()).as_deref(),
        Some("2023-03-06")
    );
    let written = round
        .feedback_as_written
        .as_ref()
        .map(|w| w.wording.as_str());
    assert_eq!(written, Some("3月6日至3月24日"));
    grounded(text, &imported);
}

#[test]
fn the_family_is_the_acting_team_s_not_a_word_in_passing() {
    // `巡视巡察` in passing names no family; the 巡察 work names it.
    let text = "近期，某某县委巡察工作领导小组以省市脱贫攻坚巡视巡察“回头看”为契机，对8个乡镇开展了巡察“回头看”。\n\n对发现的问题，各督导组向被巡察党组织进行了反馈。";
    let imported = import(text, &Options::default());
    assert_eq!(
        imported.inspection.round.family,
        InspectionFamily::PartyInspection
    );
    // The team's own word comes before the preamble's.
    let text =
        "根据省委巡视工作部署，2023年3月1日至4月30日，市委第五巡察组对某某局党组进行了常规巡察。";
    let imported = import(text, &Options::default());
    assert_eq!(
        imported.inspection.round.family,
        InspectionFamily::PartyInspection
    );
}

#[test]
fn a_speech_occasion_over_two_lines_gives_the_delivery_date() {
    let text = "某某省人民政府关于2021年度审计查出问题整改情况的报告\n\n——2023年6月28日在某某省第十四届人民代表大会\n\n常务委员会第三次会议上\n\n某某省审计厅厅长  张某某\n\n省人大常委会:\n\n2022年7月,省人大常委会审议了审计工作报告。";
    let imported = import(text, &Options::default());
    let delivery = imported.inspection.delivery.as_ref();
    assert_eq!(
        delivery
            .and_then(|d| d.date)
            .map(|d| d.to_string())
            .as_deref(),
        Some("2023-06-28")
    );
    let speaker = delivery.and_then(|d| d.speaker.as_ref());
    assert_eq!(speaker.map(|p| p.name.as_str()), Some("张某某"));
    grounded(text, &imported);
}
