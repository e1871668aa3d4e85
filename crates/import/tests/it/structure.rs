//! The structure layer on the reference notice and the openings.

use inspection_report_import::analyze;
use inspection_report_import::structure::{FactKind, NodeKind};

use crate::support::{OPENINGS, REFERENCE, notice};

#[test]
fn the_reference_notice_outline() {
    let input = notice(REFERENCE);
    let a = analyze(&input);
    let o = &a.outline;
    assert_eq!(o.count(NodeKind::Title), 1);
    assert_eq!(o.count(NodeKind::Section), 3);
    assert_eq!(o.count(NodeKind::Finding), 22);
    assert_eq!(o.count(NodeKind::Measure), 68);
    assert_eq!(o.count(NodeKind::Commitment), 3);
    assert_eq!(o.count(NodeKind::Invitation), 1);
    assert_eq!(o.count(NodeKind::Contact), 2);
    assert!(o.unplaced.is_empty(), "{:?}", o.unplaced);
    let fact = |k| o.fact(k).map(|f| f.text.clone()).unwrap_or_default();
    assert_eq!(fact(FactKind::CommissioningAuthority), "市委");
    assert_eq!(fact(FactKind::Team), "市委第八巡察组");
    assert_eq!(
        fact(FactKind::InspectedOrganization),
        "市城乡一体化示范区党工委"
    );
    assert_eq!(fact(FactKind::OnSitePeriod), "2025年3月6日至4月28日");
    assert_eq!(fact(FactKind::FeedbackDate), "6月10日");
    assert_eq!(fact(FactKind::RectificationPeriod), "6月10日至9月10日");
    assert_eq!(fact(FactKind::StatedDuration), "三个月");
    let code = |k| o.fact(k).and_then(|f| f.code);
    assert_eq!(code(FactKind::Family), Some("party_inspection"));
    assert_eq!(code(FactKind::Stage), Some("final"));
    let issuer = o
        .nodes
        .iter()
        .find(|n| n.kind == NodeKind::Issuer)
        .and_then(|n| input.get(n.span.range()));
    assert_eq!(issuer, Some("中共许昌市城乡一体化示范区工委"));
    assert_eq!(
        a.anchor.map(|d| d.to_string()).as_deref(),
        Some("2025-10-23")
    );
    // Measures drop their marker and trailing separator.
    let first = o
        .walk()
        .into_iter()
        .find(|n| n.kind == NodeKind::Measure)
        .map(|n| input.get(n.content.range()).unwrap_or(""));
    assert!(first.is_some_and(|t| t.starts_with("成立示范区党工委") && t.ends_with("具体工作")));
    // Every node's span lies on character boundaries of the original.
    for node in o.walk() {
        assert!(
            input.get(node.span.range()).is_some() && input.get(node.content.range()).is_some()
        );
    }
}

#[test]
fn the_openings_read_what_they_say() {
    for name in OPENINGS {
        let input = notice(name);
        let a = analyze(&input);
        assert!(!a.outline.nodes.is_empty(), "{name}");
        assert!(
            a.outline.unplaced.is_empty(),
            "{name}: {:?}",
            a.outline.unplaced
        );
        // Cut off mid-sentence: a diagnostic, not a failure.
        if name != "inner-mongolia-complaints-batch-11-2025-06-17.txt" {
            assert!(
                a.outline.diagnostics.iter().any(|d| d.code == "truncated"),
                "{name}"
            );
        }
    }
    let cixi = analyze(&notice("cixi-audit-2018-11-22.txt"));
    for kind in [
        NodeKind::Occasion,
        NodeKind::Byline,
        NodeKind::Salutation,
        NodeKind::Section,
        NodeKind::Group,
    ] {
        assert_eq!(cixi.outline.count(kind), 1, "{kind:?}");
    }
    assert_eq!(
        cixi.anchor.map(|d| d.to_string()).as_deref(),
        Some("2018-11-22")
    );
    let dongcheng = analyze(&notice("xuchang-dongcheng-2026-02-13.txt"));
    assert_eq!(dongcheng.outline.count(NodeKind::Status), 1);
    assert_eq!(
        dongcheng.anchor.map(|d| d.to_string()).as_deref(),
        Some("2026-02-13")
    );
    assert_eq!(
        dongcheng
            .outline
            .fact(FactKind::RectificationPeriod)
            .map(|f| f.text.as_str()),
        Some("2025年10月21日至2026年1月21日")
    );
    let family = |a: &inspection_report_import::Analysis| {
        a.outline.fact(FactKind::Family).and_then(|f| f.code)
    };
    assert_eq!(family(&cixi), Some("audit"));
    let xinchang = analyze(&notice("xinchang-county-2021-10-28.txt"));
    assert_eq!(family(&xinchang), Some("party_inspection_tour"));
    assert_eq!(
        xinchang
            .outline
            .fact(FactKind::Team)
            .map(|f| f.text.as_str()),
        Some("省委第九巡视组")
    );
    assert_eq!(xinchang.outline.count(NodeKind::Measure), 3);
    let party = xinchang.dispositions.iter().find(|d| d.label == "党纪处分");
    assert_eq!(party.map(|d| d.parts.len()), Some(5));
    let batch = analyze(&notice("inner-mongolia-complaints-batch-11-2025-06-17.txt"));
    assert_eq!(batch.dispositions.len(), 10);
    // `其中,已办结7件、阶段性办结17件、未办结3件`: of 27 (not of the 18 cases later), 7
    // resolved, 17 and 3 parts (7 + 3 is not 27: the 3 do not remain in the model's sense).
    let parts: Vec<String> = batch
        .figures
        .iter()
        .filter_map(|f| {
            let r = f.relation?;
            let total = batch.figures.get(r.target)?;
            Some(format!("{} {} {}", f.value, r.kind.code(), total.value))
        })
        .collect();
    assert_eq!(
        parts,
        [
            "7 resolved_of 27",
            "17 of_which 27",
            "3 of_which 27",
            "151 resolved_of 395",
            "209 of_which 395",
            "35 of_which 395"
        ]
    );
    // No year in the body and no anchor: dates stay unresolved rather than guessed.
    assert!(batch.anchor.is_none());
    assert!(batch.dates.iter().all(|d| d.value.to_string() == "?"));
}

#[test]
fn area_headings_group_findings() {
    let input = "关于巡察整改情况的通报\n\n一、反馈问题整改情况\n\n（一）在“政治建设”方面\n\n1. 学习贯彻不深入。\n\n整改情况：一是召开会议3次；二是开展培训2期。\n\n在“作风建设”方面，存在的问题有：\n\n1. 形式主义问题。\n\n整改情况：下发通知5份。";
    let a = analyze(input);
    let section = a.outline.nodes.iter().find(|n| n.kind == NodeKind::Section);
    let groups: Vec<&str> = section
        .map(|s| {
            s.children
                .iter()
                .filter(|c| c.kind == NodeKind::Group)
                .map(|c| input.get(c.content.range()).unwrap_or(""))
                .collect()
        })
        .unwrap_or_default();
    assert_eq!(groups, ["在“政治建设”方面", "在“作风建设”方面"]);
    assert_eq!(a.outline.count(NodeKind::Finding), 2);
    assert_eq!(a.outline.count(NodeKind::Measure), 3);
}

#[test]
fn numbered_measures_and_status_lines() {
    let input = "关于巡察整改情况的通报\n\n一.反馈问题整改情况\n\n1.学习贯彻不深入。\n\n整改时限：长期坚持\n\n整改情况：\n\n（1）召开专题会议3次，研究部署整改工作。\n\n（2）开展集中培训2期，培训干部120人次。\n\n2.形式主义问题。\n\n整改情况：（1）下发通知5份；（2）约谈8人。";
    let a = analyze(input);
    assert_eq!(a.outline.count(NodeKind::Section), 1);
    assert_eq!(a.outline.count(NodeKind::Finding), 2);
    let measures: Vec<&str> = a
        .outline
        .walk()
        .into_iter()
        .filter(|n| n.kind == NodeKind::Measure)
        .map(|n| input.get(n.content.range()).unwrap_or(""))
        .collect();
    assert_eq!(
        measures,
        [
            "召开专题会议3次，研究部署整改工作。",
            "开展集中培训2期，培训干部120人次。",
            "下发通知5份",
            "约谈8人。"
        ]
    );
    let status = a
        .outline
        .walk()
        .into_iter()
        .find(|n| n.kind == NodeKind::Status);
    assert_eq!(
        status
            .and_then(|n| n.heading)
            .and_then(|h| input.get(h.range())),
        Some("整改时限")
    );
    assert_eq!(
        status.and_then(|n| input.get(n.content.range())),
        Some("长期坚持")
    );
}

/// The problem texts of the findings of an outline, in order.
fn problems<'a>(input: &'a str, a: &inspection_report_import::Analysis) -> Vec<&'a str> {
    a.outline
        .walk()
        .into_iter()
        .filter(|n| n.kind == NodeKind::Finding)
        .map(|n| input.get(n.content.range()).unwrap_or(""))
        .collect()
}

#[test]
fn audit_problem_headings_are_findings_without_a_rectification_label() {
    let input = "关于某某县2023年度预算执行审计查出问题整改情况的报告\n\n一、县本级财政管理审计查出问题的整改情况\n\n（一）关于部分专项资金拨付不及时的问题。\n\n对资金滞留问题，县财政局已拨付资金320万元，并建立月度调度机制。\n\n（二）关于国有资产管理不规范的问题。县国资办清查资产15项，已登记入账12项。\n\n（三）落实整改主体责任，压实工作责任。\n\n县政府召开常务会议2次，专题研究审计整改工作。";
    let a = analyze(input);
    assert_eq!(a.outline.count(NodeKind::Section), 1);
    assert_eq!(
        problems(input, &a),
        [
            "关于部分专项资金拨付不及时的问题。",
            "关于国有资产管理不规范的问题。"
        ]
    );
    // The rectification paragraph (or the text after a run-in heading) is one measure.
    let measures: Vec<&str> = a
        .outline
        .walk()
        .into_iter()
        .filter(|n| n.kind == NodeKind::Measure)
        .map(|n| input.get(n.content.range()).unwrap_or(""))
        .collect();
    assert_eq!(
        measures,
        [
            "对资金滞留问题，县财政局已拨付资金320万元，并建立月度调度机制。",
            "县国资办清查资产15项，已登记入账12项。"
        ]
    );
    // A heading that names no problem stays a group.
    assert_eq!(a.outline.count(NodeKind::Group), 1);
}

#[test]
fn a_status_sentence_makes_a_heading_a_finding() {
    let input = "某某市人民政府关于水污染防治专项审计调查发现问题整改情况的函\n\n省审计厅：\n\n二、具体整改情况\n\n（一）某某市部分断面水质考核目标未达到。\n\n该问题已完成整改。一是制定年度水污染防治计划；二是新建污水管网12公里。\n\n（二）部分污水处理厂运行负荷偏低。\n\n该问题正在整改。三季度完成管网改造5处。";
    let a = analyze(input);
    assert_eq!(
        problems(input, &a),
        [
            "某某市部分断面水质考核目标未达到。",
            "部分污水处理厂运行负荷偏低。"
        ]
    );
    let statuses: Vec<&str> = a
        .outline
        .walk()
        .into_iter()
        .filter(|n| n.kind == NodeKind::Status)
        .map(|n| input.get(n.content.range()).unwrap_or(""))
        .collect();
    assert_eq!(statuses, ["该问题已完成整改", "该问题正在整改"]);
    assert_eq!(a.outline.count(NodeKind::Measure), 3);
    assert_eq!(a.outline.count(NodeKind::Intro), 0);
}

#[test]
fn nested_problem_items_under_areas_are_findings() {
    let input = "中共某某区某某局党组关于巡察整改情况的通报\n\n（一）在“落实上级决策部署不够有力”方面\n\n1.关于“理论学习不够深入”问题的整改\n\n（1）关于“学习不深不透。党组未组织专题学习”问题。党组召开理论学习中心组会议4次。\n\n（2）关于“研讨不够”问题\n\n整改情况：开展专题研讨2次。\n\n2.关于“调查研究不够”问题的整改\n\n班子成员开展调研8次，形成调研报告3篇。";
    let a = analyze(input);
    assert_eq!(
        problems(input, &a),
        [
            "关于“学习不深不透。党组未组织专题学习”问题。",
            "关于“研讨不够”问题",
            "关于“调查研究不够”问题的整改"
        ]
    );
    assert_eq!(a.outline.count(NodeKind::Group), 1);
    assert_eq!(a.outline.count(NodeKind::Measure), 3);
}

/// The texts of the facts of a kind, in order.
fn facts(a: &inspection_report_import::Analysis, kind: FactKind) -> Vec<&str> {
    a.outline
        .facts
        .iter()
        .filter(|f| f.kind == kind)
        .map(|f| f.text.as_str())
        .collect()
}

#[test]
fn a_preamble_after_a_lede_or_a_dateline() {
    let input = "“整改不是终点，而是新的起点。”某某镇党委书记在会上说。\n\n根据县委统一部署，2023年4月10日至6月9日，县委第二巡察组对某某镇党委进行了常规巡察。\n\n2023年7月3日，县委第二巡察组向某某镇党委全面反馈巡察情况。\n\n某某镇党委召开专题会议5次，研究整改工作。";
    let a = analyze(input);
    assert_eq!(a.outline.count(NodeKind::Preamble), 2);
    assert_eq!(facts(&a, FactKind::Team), ["县委第二巡察组"]);
    assert_eq!(facts(&a, FactKind::InspectedOrganization), ["某某镇党委"]);
    assert_eq!(facts(&a, FactKind::OnSitePeriod), ["2023年4月10日至6月9日"]);
    assert_eq!(facts(&a, FactKind::FeedbackDate), ["2023年7月3日"]);
}

#[test]
fn a_dateline_preamble_names_team_inspected_and_feedback() {
    let input = "2022年11月，某某县委第三巡察组向某某镇党委及所辖8个村党组织巡察反馈问题56个。\n\n某某镇党委迅速召开整改部署会。";
    let a = analyze(input);
    assert_eq!(a.outline.count(NodeKind::Preamble), 1);
    assert_eq!(facts(&a, FactKind::Team), ["某某县委第三巡察组"]);
    assert_eq!(
        facts(&a, FactKind::InspectedOrganization),
        ["某某镇党委", "所辖8个村党组织"]
    );
    assert_eq!(facts(&a, FactKind::FeedbackDate), ["2022年11月"]);
    let env = analyze(
        "5月6日以来，中央第一生态环境保护督察组陆续向我省转办群众信访举报问题。\n\n各地已办结120件。",
    );
    assert_eq!(facts(&env, FactKind::Team), ["中央第一生态环境保护督察组"]);
}

#[test]
fn team_names_start_at_the_organization() {
    // A team named in passing, in a clause with a verb, is not the inspection's team.
    let input = "某某镇党委主要负责同志就落实市委巡察组反馈意见整改情况作了汇报。按照县委统一部署，2023年3月1日至4月30日，县委机动巡察二组对某某镇党委进行了巡察。";
    let a = analyze(input);
    assert_eq!(facts(&a, FactKind::Team), ["县委机动巡察二组"]);
    assert_eq!(facts(&a, FactKind::InspectedOrganization), ["某某镇党委"]);
    // The verb is no part of the name: the team is `3个巡察组`, sent by `区委`; a list with
    // `等N家单位` is one organization an item.
    let input = "根据区委安排，2023年5月8日至6月30日，区委组建3个巡察组对区甲局、区乙局、区丙中心等3家单位开展了常规巡察。";
    let a = analyze(input);
    assert_eq!(facts(&a, FactKind::Team), ["3个巡察组"]);
    assert_eq!(facts(&a, FactKind::CommissioningAuthority), ["区委"]);
    assert_eq!(
        facts(&a, FactKind::InspectedOrganization),
        ["区甲局", "区乙局", "区丙中心"]
    );
}

/// The kinds and texts of the top-level nodes of an outline.
fn top(input: &str) -> Vec<(NodeKind, String)> {
    analyze(input)
        .outline
        .nodes
        .iter()
        .map(|n| {
            (
                n.kind,
                input.get(n.content.range()).unwrap_or("").to_owned(),
            )
        })
        .collect()
}

#[test]
fn a_title_and_the_salutation_after_it() {
    let input = "关于某某市2023年度市本级预算执行和其他财政收支审计查出问题整改情况的报告\n\n主任、各位副主任、各位委员：\n\n受市人民政府委托，向市人大常委会报告审计整改情况。";
    let nodes = top(input);
    assert_eq!(
        nodes.get(..2),
        Some(
            &[
                (
                    NodeKind::Title,
                    "关于某某市2023年度市本级预算执行和其他财政收支审计查出问题整改情况的报告"
                        .to_owned()
                ),
                (
                    NodeKind::Salutation,
                    "主任、各位副主任、各位委员：".to_owned()
                )
            ][..]
        )
    );
    let letter = "某某市人民政府关于某某专项审计调查发现问题整改情况的函\n\n省审计厅：\n\n现将整改情况函告如下。";
    assert_eq!(
        top(letter).get(1),
        Some(&(NodeKind::Salutation, "省审计厅：".to_owned()))
    );
    // Page chrome after a title addresses no one.
    let page = "关于某某年度审计查出问题整改情况的报告\n\n访问量：\n\n受市人民政府委托，报告如下。";
    assert!(top(page).iter().all(|n| n.0 != NodeKind::Salutation));
}

#[test]
fn the_issuer_and_date_before_page_leftovers() {
    let input = "关于某某批信访件办理情况的通报\n\n截至5月8日，已办结信访件12件。\n\n某某省生态环境保护督察某某市协调联络组\n\n2024年5月8日\n\n扫码在手机上查看";
    let nodes = top(input);
    let kinds: Vec<NodeKind> = nodes.iter().map(|n| n.0).collect();
    assert_eq!(
        kinds.get(kinds.len() - 2..),
        Some(&[NodeKind::Issuer, NodeKind::IssueDate][..])
    );
    assert_eq!(
        nodes
            .iter()
            .find(|n| n.0 == NodeKind::Issuer)
            .map(|n| n.1.as_str()),
        Some("某某省生态环境保护督察某某市协调联络组")
    );
}

/// A preposition before a team's name is no part of it.
#[test]
fn a_preposition_before_a_team_is_left_out() {
    let a = analyze("自中央第五生态环境保护督察组进驻以来,全省累计办结信访件120件。");
    assert_eq!(
        a.outline.fact(FactKind::Team).map(|f| f.text.as_str()),
        Some("中央第五生态环境保护督察组")
    );
}

#[test]
fn a_date_takes_its_role_from_its_own_clause() {
    // A range before the team's inspection is the on-site period; the feedback after `并于`
    // is the feedback date, in the same sentence.
    let input = "2020年5月6日至6月5日，中央第三生态环境保护督察组对某某省开展了生态环境保护督察，并于2020年9月8日向某某省反馈了督察意见。\n\n某某省将督察意见分解为40项整改任务。";
    let a = analyze(input);
    assert_eq!(facts(&a, FactKind::OnSitePeriod), ["2020年5月6日至6月5日"]);
    assert_eq!(facts(&a, FactKind::FeedbackDate), ["2020年9月8日"]);
    // `完成督察反馈` at the end of its clause.
    let input = "生态环境部有关负责人介绍，中央环境保护督察组于2019年3月至4月组织对5省区开展环境保护督察，并于2019年7月完成督察反馈。";
    let a = analyze(input);
    assert_eq!(facts(&a, FactKind::OnSitePeriod), ["2019年3月至4月"]);
    assert_eq!(facts(&a, FactKind::FeedbackDate), ["2019年7月"]);
}

#[test]
fn a_dateline_or_a_revisit_dates_no_feedback() {
    // A news dateline before a clause that mentions the feedback in passing.
    let input = "5月12日，记者从某某省督察整改办获悉，自中央督察组向我省反馈督察意见后，我省将意见分解为30项整改任务。\n\n截至目前，已完成20项。";
    let a = analyze(input);
    assert!(facts(&a, FactKind::FeedbackDate).is_empty());
    // A revisit to check the rectification of the feedback is no feedback.
    let input = "4月8日，市委第二巡察组到某某公司督查回访巡察反馈问题整改落实情况。\n\n回访组听取了公司整改情况汇报。";
    let a = analyze(input);
    assert!(facts(&a, FactKind::FeedbackDate).is_empty());
}

#[test]
fn feedback_meetings_over_a_range_in_a_summary_paragraph() {
    let input = "根据市委统一部署，市委第二轮巡察对某某局等5个单位党组织开展了常规巡察。\n\n1月10日，市委巡察工作领导小组听取了巡察情况汇报。\n\n2月3日至2月20日，市委各巡察组分别向被巡察党组织反馈了巡察情况。";
    let a = analyze(input);
    assert_eq!(facts(&a, FactKind::FeedbackDate), ["2月3日至2月20日"]);
}

#[test]
fn paired_words_name_no_family_by_themselves() {
    let input = "根据省委第三轮巡视巡察联动工作部署和市委巡察工作安排，市委第二轮巡察对某某局等6个党组织开展了联动巡察。";
    let a = analyze(input);
    let family = a.outline.fact(FactKind::Family).and_then(|f| f.code);
    assert_eq!(family, Some("party_inspection"));
}

#[test]
fn speech_front_matter_over_several_lines() {
    // A title over three lines, an occasion over two, a byline with spaces, an addressee.
    let input = "某某省人民政府关于我省2021年度省级预算\n\n执行和其他财政收支审计查出问题\n\n的整改情况报告\n\n——2023年6月28日在某某省第十四届人民代表大会\n\n常务委员会第三次会议上\n\n某某省审计厅厅长  张某某\n\n省人大常委会:\n\n2022年7月,省人大常委会审议了审计工作报告。";
    let a = analyze(input);
    let o = &a.outline;
    assert_eq!(o.count(NodeKind::Title), 3);
    assert_eq!(o.count(NodeKind::Occasion), 1);
    assert_eq!(o.count(NodeKind::Byline), 1);
    assert_eq!(o.count(NodeKind::Salutation), 1);
    assert_eq!(o.count(NodeKind::Summary), 1);
}

#[test]
fn a_speech_that_starts_at_its_byline_has_no_title() {
    let input = "某某市某某区审计局局长 李某某\n\n2023年9月20日\n\n主任、各位副主任、各位委员:\n\n我受区人民政府的委托,向区人大常委会报告审计情况,请予审议。";
    let a = analyze(input);
    assert_eq!(a.outline.count(NodeKind::Title), 0);
    assert_eq!(a.outline.count(NodeKind::Byline), 1);
    assert_eq!(a.outline.count(NodeKind::Salutation), 1);
}

#[test]
fn a_shi_list_continues_over_paragraphs() {
    let input = "关于某某县巡察整改情况的通报\n\n一、存在的不足\n\n一是部分任务进度滞后。个别单位推进不力。\n\n二是整改质量不高。一些问题反弹。\n\n三是长效机制不健全。制度执行不严。";
    let a = analyze(input);
    assert_eq!(a.outline.count(NodeKind::Measure), 3);
    // A paragraph opening `二是` after none is no item.
    let input = "关于某某县巡察整改情况的通报\n\n一、存在的不足\n\n部分任务进度滞后。\n\n二是整改质量不高。一些问题反弹。";
    let a = analyze(input);
    assert_eq!(a.outline.count(NodeKind::Measure), 0);
}
