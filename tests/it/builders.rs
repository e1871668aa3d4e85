//! Every part of the model, written with the builders, survives JSON and back.
//!
//! Each test writes one item of the model as a user would, checks its JSON form, and reads it
//! back. Together they show that everything a rectification notice says can be written.

use inspection_report::codelist::Codelist;
use inspection_report::*;
use serde_json::{Value, json};

type TestResult = Result<(), Box<dyn std::error::Error>>;

fn date(s: &str) -> PartialDate {
    s.parse().expect("test dates are valid")
}

fn dec(s: &str) -> Decimal {
    s.parse().expect("test decimals are valid")
}

/// Serializes `value`, reads the JSON back, and checks the round trip is exact.
fn round_trip<T>(value: &T) -> Value
where
    T: json::Model + PartialEq + std::fmt::Debug,
{
    let json = serde_json::to_string(value).expect("the model serializes");
    let back: T = json::from_slice(json.as_bytes()).expect("the model reads back");
    assert_eq!(&back, value, "round trip through {json}");
    serde_json::from_str(&json).expect("serialized JSON is JSON")
}

fn organization(name: &str) -> Organization {
    Organization::named(name)
}

fn round() -> InspectionRound {
    InspectionRound::builder()
        .family(InspectionFamily::PartyInspection)
        .commissioned_by(organization("市委"))
        .team(organization("市委第八巡察组"))
        .inspected(vec![organization("示范区党工委")])
        .build()
}

#[test]
fn inspection_round_holds_authority_team_organizations_kind_and_periods() -> TestResult {
    let round = InspectionRound::builder()
        .family(InspectionFamily::PartyInspection)
        .kind(InspectionKind::FollowUp)
        .identifier("十届市委第八轮巡察")
        .commissioned_by(organization("市委"))
        .team(organization("市委第八巡察组"))
        .inspected(vec![
            organization("市城乡一体化示范区党工委"),
            Organization::builder()
                .name("示范区管委会")
                .full_name("许昌市城乡一体化示范区管理委员会")
                .build(),
        ])
        .on_site(Period::between(date("2025-03-06"), date("2025-04-28")))
        .feedback_date(date("2025-06-10"))
        .rectification(
            Rectification::builder()
                .period(Period::between(date("2025-06-10"), date("2025-09-10")))
                .stated_duration(Quantity::new(3u32.into(), Unit::Month).with_wording("三个月"))
                .label("集中整改")
                .build(),
        )
        .build();
    let json = round_trip(&round);
    assert_eq!(json["kind"], "follow_up");
    assert_eq!(json["identifier"], "十届市委第八轮巡察");
    assert_eq!(json["commissioned_by"]["name"], "市委");
    assert_eq!(json["inspected"].as_array().map(Vec::len), Some(2));
    assert_eq!(
        json["on_site"],
        json!({"start": "2025-03-06", "end": "2025-04-28"})
    );
    assert_eq!(json["feedback_date"], "2025-06-10");
    assert_eq!(
        json["rectification"]["stated_duration"],
        json!({"value": "3", "unit": "month", "wording": "三个月"})
    );
    Ok(())
}

#[test]
fn every_inspection_kind_family_and_report_stage_is_writable() {
    for family in InspectionFamily::ALL {
        let round = InspectionRound::builder()
            .family(*family)
            .commissioned_by(organization("省委"))
            .team(organization("省委第一巡视组"))
            .inspected(vec![organization("某单位党组")])
            .build();
        assert_eq!(round_trip(&round)["family"], family.code());
    }
    for kind in InspectionKind::ALL {
        let round = InspectionRound {
            kind: Some(*kind),
            ..round()
        };
        assert_eq!(round_trip(&round)["kind"], kind.code());
    }
    for stage in ReportStage::ALL {
        assert_eq!(round_trip(stage), json!(stage.code()));
    }
}

#[test]
fn documents_hold_title_number_issuer_and_dates_of_any_precision() -> TestResult {
    let full = Document::builder()
        .id("doc-plan")?
        .title("专班化推进招商引资工作的实施方案")
        .date(DateOrPeriod::Date(date("2025-06-16")))
        .status(DocumentStatus::Issued)
        .build();
    let month = Document::builder()
        .id("doc-rules")?
        .title("示范区国有公司合规管理制度")
        .issuer(organization("示范区"))
        .date(date("2025-08").into())
        .build();
    let approximate = Document::builder()
        .id("doc-brand")?
        .title("关于打造优化营商环境品牌的工作方案")
        .number("许示范营商〔2025〕2号")
        .date(DateOrPeriod::Period(
            Period::builder()
                .start(date("2025-04-21"))
                .end(date("2025-04-30"))
                .wording("4月底")
                .approximate(true)
                .build(),
        ))
        .build();
    assert_eq!(round_trip(&full)["date"], "2025-06-16");
    assert_eq!(round_trip(&month)["date"], "2025-08");
    assert_eq!(round_trip(&month)["issuer"]["name"], "示范区");
    let json = round_trip(&approximate);
    assert_eq!(json["number"], "许示范营商〔2025〕2号");
    assert_eq!(
        json["date"],
        json!({"start": "2025-04-21", "end": "2025-04-30", "wording": "4月底", "approximate": true})
    );
    for status in DocumentStatus::ALL {
        let doc = Document {
            status: Some(*status),
            ..full.clone()
        };
        assert_eq!(round_trip(&doc)["status"], status.code());
    }
    Ok(())
}

#[test]
fn findings_are_grouped_in_sections_and_nested_areas() -> TestResult {
    let finding = |id: &str, number: u32, status: FindingStatus| -> Result<Finding, id::Error> {
        Ok(Finding::builder()
            .id(id)?
            .number(number)
            .problem("问题")
            .status(status)
            .build())
    };
    let report = Inspection::builder()
        .title("通报")
        .language("zh-CN")?
        .stage(ReportStage::Progress)
        .round(round())
        .sections(vec![
            Section::builder()
                .id("completed")?
                .number(1)
                .numbering(Numbering::ChineseComma)
                .title("已完成的整改任务")
                .kind(SectionKind::Completed)
                .finding_numbering(Numbering::ArabicDot)
                .findings(vec![finding("f-1", 1, FindingStatus::Completed)?])
                .build(),
            Section::builder()
                .id("politics")?
                .number(2)
                .numbering(Numbering::ChineseComma)
                .title("关于落实党的理论和路线方针政策方面")
                .kind(SectionKind::Area)
                .subsections(vec![
                    Section::builder()
                        .id("politics-1")?
                        .number(1)
                        .numbering(Numbering::ChineseParenthesized)
                        .title("学习贯彻不够深入")
                        .kind(SectionKind::Area)
                        .finding_numbering(Numbering::ArabicParenthesized)
                        .findings(vec![
                            finding("f-2", 1, FindingStatus::BasicallyCompleted)?,
                            finding("f-3", 2, FindingStatus::Ongoing)?,
                        ])
                        .build(),
                ])
                .build(),
        ])
        .issuer(organization("示范区工委"))
        .published(date("2025-10-23"))
        .build();
    let json = round_trip(&report);
    assert_eq!(json["stage"], "progress");
    assert_eq!(
        json["sections"][1]["subsections"][0]["findings"][1]["id"],
        "f-3"
    );
    let ids: Vec<_> = report.iter_findings().map(|f| f.id.as_str()).collect();
    assert_eq!(ids, ["f-1", "f-2", "f-3"]);
    assert_eq!(
        report.sections[1].subsections[0].heading(),
        "（一）学习贯彻不够深入"
    );
    Ok(())
}

#[test]
fn every_finding_status_is_writable_and_other_keeps_its_label() -> TestResult {
    for status in FindingStatus::ALL {
        let finding = Finding::builder()
            .id("f-1")?
            .number(1)
            .problem("问题")
            .status(*status)
            .maybe_status_label((*status == FindingStatus::Other).then_some("暂缓整改"))
            .build();
        let json = round_trip(&finding);
        assert_eq!(json["status"], status.code());
    }
    Ok(())
}

#[test]
fn measures_carry_ordinal_heading_text_figures_dispositions_documents_and_events() -> TestResult {
    let measure = Measure::builder()
        .id("f-1-08.m1")?
        .ordinal(1)
        .heading("全面梳理")
        .text("对巡察期间发现并移交的问题线索展开全面细致梳理，共收到问题线索25条。")
        .metrics(vec![Metric::count("问题线索", 25u32, Unit::Entry)])
        .dispositions(vec![
            Disposition::builder()
                .kind(DispositionKind::Accountability)
                .count(7u32.into())
                .unit(DispositionUnit::Person)
                .subject("党员干部")
                .build(),
        ])
        .documents(vec![
            Document::builder()
                .id("doc-sanzi")?
                .title("许昌市城乡一体化示范区农村集体\"三资\"管理暂行办法")
                .date(date("2023-12-29").into())
                .build(),
        ])
        .document_refs(vec!["doc-earlier".parse()?])
        .milestones(vec![
            Milestone::builder()
                .id("f-1-08.m1.e1")?
                .date(date("2025-06-24").into())
                .text("正式签订合作协议")
                .build(),
        ])
        .build();
    let json = round_trip(&measure);
    assert_eq!(json["ordinal"], 1);
    assert_eq!(json["heading"], "全面梳理");
    assert_eq!(json["metrics"][0]["unit"], "entry");
    assert_eq!(json["dispositions"][0]["kind"], "accountability");
    assert_eq!(json["documents"][0]["date"], "2023-12-29");
    assert_eq!(json["document_refs"][0], "doc-earlier");
    assert_eq!(json["milestones"][0]["date"], "2025-06-24");

    let finding = Finding::builder()
        .id("f-1-08")?
        .number(8)
        .problem("推进落实不深入不具体。")
        .status(FindingStatus::Completed)
        .measures_heading("整政情况")
        .measure_numbering(Numbering::ChineseShi)
        .measures(vec![measure])
        .related(vec!["f-2-05".parse()?])
        .build();
    let json = round_trip(&finding);
    assert_eq!(json["measure_numbering"], "chinese_shi");
    assert_eq!(json["measures_heading"], "整政情况");
    assert_eq!(json["related"][0], "f-2-05");
    Ok(())
}

#[test]
fn metric_values_stay_exactly_as_written() {
    for written in [
        "129.9",
        "1.67",
        "7.132",
        "1043330",
        "0",
        "7.10",
        "-3.5",
        "0.0000000001",
    ] {
        let metric = Metric::builder()
            .kind(MetricKind::Amount)
            .subject("金额")
            .value(dec(written))
            .unit(Unit::HundredMillionYuan)
            .build();
        assert_eq!(round_trip(&metric)["value"], written);
    }
    let output = Metric::builder()
        .kind(MetricKind::Amount)
        .subject("工业总产值")
        .value(dec("129.9"))
        .unit(Unit::HundredMillionYuan)
        .build();
    assert_eq!(
        output.value_in_yuan().map(|v| v.to_string()),
        Some("12990000000.0".into())
    );
    let fine = Metric {
        value: dec("7.132"),
        unit: Unit::TenThousandYuan,
        ..output
    };
    assert_eq!(
        fine.value_in_yuan().map(|v| v.to_string()),
        Some("71320.000".into())
    );
}

#[test]
fn every_unit_kind_and_qualifier_is_writable() {
    for unit in Unit::ALL {
        let metric = Metric::builder()
            .kind(MetricKind::Other)
            .subject("某项")
            .value(Decimal::from(1u32))
            .unit(*unit)
            .maybe_unit_label((*unit == Unit::Other).then_some("栋"))
            .build();
        assert_eq!(round_trip(&metric)["unit"], unit.code());
    }
    for kind in MetricKind::ALL {
        let metric = Metric::builder()
            .kind(*kind)
            .subject("某项")
            .value(Decimal::from(1u32))
            .unit(Unit::Percent)
            .build();
        assert_eq!(round_trip(&metric)["kind"], kind.code());
    }
    for qualifier in Qualifier::ALL {
        let metric = Metric::builder()
            .kind(MetricKind::Area)
            .subject("盘活厂房面积")
            .value(Decimal::from(18730u32))
            .unit(Unit::SquareMetre)
            .qualifier(*qualifier)
            .build();
        assert_eq!(round_trip(&metric)["qualifier"], qualifier.code());
    }
}

#[test]
fn growth_change_average_share_and_age_are_figures_with_units() {
    let growth = Metric::builder()
        .kind(MetricKind::YearOnYearGrowth)
        .subject("工业总产值")
        .value(dec("10.1"))
        .unit(Unit::Percent)
        .period(
            Period::builder()
                .start(date("2025-01"))
                .end(date("2025-07"))
                .wording("1—7月")
                .build(),
        )
        .build();
    let json = round_trip(&growth);
    assert_eq!(json["kind"], "year_on_year_growth");
    assert_eq!(
        json["period"],
        json!({"start": "2025-01", "end": "2025-07", "wording": "1—7月"})
    );

    let change = Metric::builder()
        .kind(MetricKind::ChangeOnPreviousYear)
        .subject("党组织覆盖率")
        .value(Decimal::from(8u32))
        .unit(Unit::Percent)
        .build();
    assert_eq!(round_trip(&change)["kind"], "change_on_previous_year");

    let average = Metric::builder()
        .kind(MetricKind::Average)
        .subject("后备力量年龄")
        .value(Decimal::from(42u32))
        .unit(Unit::YearOfAge)
        .build();
    assert_eq!(round_trip(&average)["unit"], "year_of_age");

    let share = Metric::builder()
        .kind(MetricKind::Share)
        .subject("主导产业产值占比")
        .value(dec("35.2"))
        .unit(Unit::Percent)
        .build();
    assert_eq!(round_trip(&share)["kind"], "share");
}

#[test]
fn ranks_hold_position_out_of_and_direction() {
    let rank = |value: u32, out_of: Option<u32>, from_bottom: bool, qualifier| {
        Metric::builder()
            .kind(MetricKind::Rank)
            .subject("综合评价排名")
            .value(Decimal::from(value))
            .unit(Unit::RankPosition)
            .maybe_qualifier(qualifier)
            .rank(
                Rank::builder()
                    .maybe_out_of(out_of.map(Decimal::from))
                    .maybe_out_of_unit(out_of.map(|_| Unit::Establishment))
                    .from_bottom(from_bottom)
                    .among("全国高新区")
                    .build(),
            )
            .build()
    };
    let json = round_trip(&rank(151, Some(178), false, None));
    assert_eq!(json["value"], "151");
    assert_eq!(
        json["rank"],
        json!({"out_of": "178", "out_of_unit": "establishment", "among": "全国高新区"})
    );
    let json = round_trip(&rank(2, Some(9), true, None));
    assert_eq!(json["rank"]["from_bottom"], true);
    let json = round_trip(&rank(3, None, false, Some(Qualifier::AtMost)));
    assert_eq!(json["qualifier"], "at_most");
}

#[test]
fn reference_periods_can_be_open_ended_month_precise_or_as_of() {
    let since = Period::builder()
        .start(date("2025-03"))
        .wording("2025年3月以来")
        .build();
    assert_eq!(
        round_trip(&since),
        json!({"start": "2025-03", "wording": "2025年3月以来"})
    );
    let as_of = Period::builder().wording("截至目前").build();
    assert_eq!(round_trip(&as_of), json!({"wording": "截至目前"}));
    let before = Period::until(date("2025-07-10"));
    assert_eq!(round_trip(&before), json!({"end": "2025-07-10"}));
    assert_eq!(round_trip(&date("2024")), json!("2024"));
}

#[test]
fn breakdowns_hold_parts_of_which_and_progress() {
    let powers = Metric::builder()
        .kind(MetricKind::Count)
        .subject("已承接职权")
        .value(Decimal::from(1185u32))
        .unit(Unit::Item)
        .parts(vec![
            Metric::count("区直各单位承接职权", 74u32, Unit::Item),
            Metric::count("派驻单位承接职权", 1111u32, Unit::Item),
        ])
        .build();
    let json = round_trip(&powers);
    assert_eq!(json["parts"][1]["value"], "1111");

    let enterprises = Metric::builder()
        .kind(MetricKind::Count)
        .subject("申报高企")
        .value(Decimal::from(22u32))
        .unit(Unit::Establishment)
        .of_which(vec![
            Metric::count("新认定高企", 9u32, Unit::Establishment),
            Metric::count("重新认定高企", 13u32, Unit::Establishment),
        ])
        .build();
    assert_eq!(round_trip(&enterprises)["of_which"][0]["value"], "9");

    let hazards = Metric::builder()
        .kind(MetricKind::Count)
        .subject("一般问题隐患")
        .value(Decimal::from(1018u32))
        .unit(Unit::Spot)
        .progress(
            Progress::builder()
                .resolved(Decimal::from(1013u32))
                .remaining(Decimal::from(5u32))
                .build(),
        )
        .build();
    assert_eq!(
        round_trip(&hazards)["progress"],
        json!({"resolved": "1013", "remaining": "5"})
    );
    let nested: Vec<_> = powers.iter_metrics().map(|m| m.value.to_string()).collect();
    assert_eq!(nested, ["1185", "74", "1111"]);
}

#[test]
fn every_disposition_kind_and_unit_is_writable_with_zero_counts() {
    for kind in DispositionKind::ALL {
        for unit in DispositionUnit::ALL {
            let disposition = Disposition::builder()
                .kind(*kind)
                .maybe_label((*kind == DispositionKind::Other).then_some("取消评优资格"))
                .count(Decimal::ZERO)
                .unit(*unit)
                .build();
            let json = round_trip(&disposition);
            assert_eq!(json["kind"], kind.code());
            assert_eq!(json["count"], "0");
            assert_eq!(json["unit"], unit.code());
        }
    }
}

#[test]
fn dispositions_hold_including_amounts_labels_and_periods() {
    let handled = Disposition::builder()
        .kind(DispositionKind::OrganizationalHandling)
        .count(8u32.into())
        .unit(DispositionUnit::Person)
        .including(vec![
            IncludedDisposition::builder()
                .kind(DispositionKind::CirculatedCriticism)
                .build(),
            IncludedDisposition::builder()
                .kind(DispositionKind::ReminderTalk)
                .count(3u32.into())
                .build(),
        ])
        .build();
    let json = round_trip(&handled);
    assert_eq!(
        json["including"],
        json!([{"kind": "circulated_criticism"}, {"kind": "reminder_talk", "count": "3"}])
    );

    let fine = Disposition::builder()
        .kind(DispositionKind::AdministrativePenalty)
        .amount(Quantity::new(dec("1043330"), Unit::Yuan))
        .period(
            Period::builder()
                .start(date("2025"))
                .wording("今年以来")
                .build(),
        )
        .build();
    let json = round_trip(&fine);
    assert_eq!(json["amount"], json!({"value": "1043330", "unit": "yuan"}));
    assert_eq!(json["period"]["wording"], "今年以来");

    let admonished = Disposition::builder()
        .kind(DispositionKind::Admonishment)
        .label("诚勉谈话")
        .count(6u32.into())
        .unit(DispositionUnit::Person)
        .build();
    assert_eq!(round_trip(&admonished)["label"], "诚勉谈话");
}

#[test]
fn report_level_summary_next_steps_contact_issuer_date_and_language() -> TestResult {
    let report = Inspection::builder()
        .id("report-1")?
        .title("关于巡察整改情况的通报")
        .language("zh-CN")?
        .stage(ReportStage::Final)
        .round(round())
        .preamble("根据市委统一部署……")
        .legal_basis(vec![
            Document::builder()
                .id("doc-regulations")?
                .title("中国共产党巡视工作条例")
                .build(),
        ])
        .summary(
            Summary::builder()
                .findings_total(25)
                .completed(19)
                .ongoing(6)
                .completion_rate(dec("76"))
                .metrics(vec![Metric::count("建立完善制度", 12u32, Unit::Item)])
                .text("反馈问题25个，已完成19个，正在推进6个，整改完成率76%。")
                .build(),
        )
        .next_steps(
            NextSteps::builder()
                .number(3)
                .numbering(Numbering::ChineseComma)
                .title("下一步工作安排")
                .introduction("为进一步巩固巡察整改成效……")
                .commitment_numbering(Numbering::ChineseYao)
                .commitments(vec![
                    Commitment::builder()
                        .id("next-1")?
                        .ordinal(1)
                        .heading("持续增强整改意识")
                        .text("不断强化全体干部的责任感和紧迫感。")
                        .build(),
                ])
                .build(),
        )
        .contact(
            Contact::builder()
                .invitation("欢迎广大干部群众对巡察整改落实情况进行监督。")
                .phones(vec!["0374-3376600".into()])
                .emails(vec!["sfqzbs@163.com".into()])
                .address("许昌市示范区")
                .postal_code("461000")
                .build(),
        )
        .issuer(organization("中共许昌市城乡一体化示范区工委"))
        .published(date("2025-10-23"))
        .build();
    let json = round_trip(&report);
    assert_eq!(json["summary"]["completion_rate"], "76");
    assert_eq!(
        json["next_steps"]["commitments"][0]["heading"],
        "持续增强整改意识"
    );
    assert_eq!(json["contact"]["phones"][0], "0374-3376600");
    assert_eq!(json["issuer"]["name"], "中共许昌市城乡一体化示范区工委");
    assert_eq!(json["published"], "2025-10-23");
    assert_eq!(json["language"], "zh-CN");
    assert_eq!(json["legal_basis"][0]["title"], "中国共产党巡视工作条例");
    Ok(())
}
