//! Validation through the public API: every issue reported, with pointer, numbering, tier,
//! message and parameters.

use inspection_report::{
    Decimal, Disposition, DispositionKind, Finding, FindingStatus, Inspection, Measure, Metric,
    MetricKind, Numbering, Section, SectionKind, Unit, Validate, json, validate,
    validate::Diagnostics, validate::Issue, validate::Limits, validate::RuleCode, validate::Tier,
    validate::rules,
};
use serde_json::{Value, json};

fn minimal() -> Value {
    serde_json::from_str(include_str!("../fixtures/minimal.json")).expect("minimal.json is JSON")
}

fn validate(doc: &Value) -> Diagnostics {
    let bytes = serde_json::to_vec(doc).expect("serializes");
    validate::from_slice(&bytes).expect("reads").1
}

fn issue<'a>(report: &'a Diagnostics, code: &str) -> &'a Issue {
    report
        .issues
        .iter()
        .find(|issue| issue.code.as_str() == code)
        .unwrap_or_else(|| panic!("no {code} in {:#?}", report.issues))
}

#[test]
fn reports_every_problem_not_only_the_first() {
    let mut doc = minimal();
    doc["title"] = json!("");
    doc["summary"]["completion_rate"] = json!("80");
    doc["contact"]["phones"] = json!(["0374-337660"]);
    doc["sections"][0]["findings"][1]["measures"][0]["metrics"][0]["value"] = json!("1186");
    let report = validate(&doc);
    let mut codes: Vec<&str> = report.issues.iter().map(|i| i.code.as_str()).collect();
    codes.sort_unstable();
    assert_eq!(codes, ["R301", "R405", "R410", "R702"]);
    assert_eq!(report.error_count(), 4);
    assert!(report.has_errors());
}

#[test]
fn issues_cite_the_published_numbering() {
    let mut doc = minimal();
    let metric = &mut doc["sections"][0]["findings"][1]["measures"][0]["metrics"][0];
    metric["value"] = json!("1186");
    doc["sections"][0]["findings"][0]["measures"][1]["dispositions"][0]["unit"] = json!("case");
    let report = validate(&doc);

    let sum = issue(&report, "R405");
    assert_eq!(
        sum.pointer,
        "/sections/0/findings/1/measures/0/metrics/0/value"
    );
    assert_eq!(sum.numbering.as_deref(), Some("一、2. 一是"));
    assert_eq!(sum.params["sum"], "1185");
    assert_eq!(sum.params["value"], "1186");
    assert_eq!(sum.message.en, "the parts add up to 1185, not 1186");
    assert_eq!(sum.message.zh, "各分项之和为1185，而不是1186");
    assert_eq!(
        sum.to_string(),
        "error R405 /sections/0/findings/1/measures/0/metrics/0/value (一、2. 一是): \
         the parts add up to 1185, not 1186"
    );

    let unit = issue(&report, "R504");
    assert_eq!(unit.numbering.as_deref(), Some("一、1. 二是"));
    assert_eq!(unit.params["kind"], "party_and_administrative_sanction");
    assert_eq!(unit.params["unit"], "case");
}

#[test]
fn the_next_step_plan_continues_the_section_numbers() {
    let mut doc = minimal();
    doc["next_steps"]["number"] = json!(4);
    doc["next_steps"]["commitments"][1]["ordinal"] = json!(1);
    let report = validate(&doc);
    let plan = issue(&report, "R204");
    assert_eq!(plan.pointer, "/next_steps/number");
    assert_eq!(plan.numbering.as_deref(), Some("四、"));
    assert_eq!(
        (
            plan.params["found"].as_str(),
            plan.params["expected"].as_str()
        ),
        ("4", "3")
    );
    let commitment = issue(&report, "R207");
    assert_eq!(commitment.numbering.as_deref(), Some("四、一要"));
}

#[test]
fn a_duplicate_id_names_the_first_occurrence() {
    let mut doc = minimal();
    doc["sections"][1]["findings"][0]["measures"][0]["id"] = json!("f-1-01.m1");
    let report = validate(&doc);
    let duplicate = issue(&report, "R201");
    assert_eq!(duplicate.pointer, "/sections/1/findings/0/measures/0/id");
    assert_eq!(
        duplicate.params["first"],
        "/sections/0/findings/0/measures/0/id"
    );
    assert_eq!(duplicate.numbering.as_deref(), Some("二、1."));
}

#[test]
fn partial_dates_are_compared_by_what_they_state() {
    let mut doc = minimal();
    doc["round"]["on_site"] = json!({"start": "2025-03", "end": "2025-06"});
    // June 2025 is not certainly after the feedback on 10 June.
    assert!(validate(&doc).is_clean());
    doc["round"]["on_site"] = json!({"start": "2025-03", "end": "2025-07"});
    let report = validate(&doc);
    let order = issue(&report, "R102");
    assert_eq!(order.pointer, "/round/feedback_date");
    assert_eq!(order.params["earlier"], "2025-07");
}

#[test]
fn approximate_figures_are_exempt_from_exact_arithmetic() {
    let mut doc = minimal();
    let metric = &mut doc["sections"][0]["findings"][1]["measures"][0]["metrics"][0];
    metric["value"] = json!("1200");
    metric["qualifier"] = json!("about");
    assert!(validate(&doc).is_clean());
}

#[test]
fn money_parts_are_added_in_yuan() {
    let total = Metric::builder()
        .kind(MetricKind::Amount)
        .subject("资金")
        .value("1.2".parse::<Decimal>().expect("decimal"))
        .unit(Unit::TenThousandYuan)
        .parts(vec![
            Metric::builder()
                .kind(MetricKind::Amount)
                .subject("一部分")
                .value(Decimal::from(2000u32))
                .unit(Unit::Yuan)
                .build(),
            Metric::builder()
                .kind(MetricKind::Amount)
                .subject("另一部分")
                .value(Decimal::from(1u32))
                .unit(Unit::TenThousandYuan)
                .build(),
        ])
        .build();
    assert!(total.validate().is_clean());
}

#[test]
fn parts_validate_alone_with_relative_pointers() {
    let measure = Measure::builder()
        .id("m1")
        .expect("id")
        .ordinal(1)
        .text("处分2人。")
        .dispositions(vec![
            Disposition::builder()
                .kind(DispositionKind::Admonishment)
                .count("2.5".parse().expect("decimal"))
                .build(),
        ])
        .document_refs(vec!["doc-elsewhere".parse().expect("id")])
        .build();
    let report = measure.validate();
    let pointers: Vec<(&str, &str)> = report
        .issues
        .iter()
        .map(|i| (i.code.as_str(), i.pointer.as_str()))
        .collect();
    // References are not resolved for a part alone.
    assert_eq!(
        pointers,
        [
            ("R501", "/dispositions/0/count"),
            ("R505", "/dispositions/0/count")
        ]
    );

    let finding = Finding::builder()
        .id("f1")
        .expect("id")
        .problem(" 问题")
        .status(FindingStatus::Ongoing)
        .measure_numbering(Numbering::ChineseShi)
        .measures(vec![measure])
        .build();
    let report = finding.validate();
    assert_eq!(report.issues[0].code.as_str(), "R302");
    assert_eq!(report.issues[1].numbering.as_deref(), Some("一是"));

    let section = Section::builder()
        .id("completed")
        .expect("id")
        .title("已完成的整改任务")
        .kind(SectionKind::Completed)
        .findings(vec![finding])
        .build();
    let report = section.validate();
    assert!(
        report
            .issues
            .iter()
            .any(|i| i.code.as_str() == "R601" && i.pointer == "/findings/0/status")
    );
}

#[test]
fn the_report_round_trips_through_json() {
    let mut doc = minimal();
    doc["contact"]["emails"] = json!(["not an email"]);
    doc["sections"][0]["findings"][0]["problem"] = json!("对巡察整改 重视不够。");
    let report = validate(&doc);
    assert_eq!(report.warning_count(), 1);
    assert_eq!(report.error_count(), 1);
    let json = serde_json::to_string(&report).expect("serializes");
    let back: Diagnostics = serde_json::from_str(&json).expect("deserializes");
    assert_eq!(back, report);
    insta::assert_json_snapshot!(report);
}

#[test]
fn unknown_rule_codes_are_refused_when_reading_a_report() {
    let json = r#"{"issues": [{"code": "R999", "tier": "error", "pointer": "", "message": {"en": "", "zh": ""}}]}"#;
    let err = serde_json::from_str::<Diagnostics>(json).unwrap_err();
    assert!(
        err.to_string().contains("`R999` is not a rule code"),
        "{err}"
    );
}

#[test]
fn every_rule_code_resolves_to_its_rule() {
    for rule in rules() {
        let code = RuleCode::from_code(rule.code.as_str()).expect("known code");
        assert_eq!(code.rule(), rule);
        assert!(!rule.description.is_empty() && !rule.title.is_empty());
    }
    assert!(rules().iter().any(|r| r.tier == Tier::Info));
}

#[test]
fn unreadable_input_is_an_error_with_a_path_not_a_panic() {
    let err = validate::from_slice(b"{\"title\": \"x\"").unwrap_err();
    assert_eq!(err.kind(), json::ErrorKind::Eof);
    let err = validate::from_slice(br#"{"sections": [{"id": "bad id"}]}"#).unwrap_err();
    assert_eq!(err.pointer(), "/sections/0/id");
    for input in [
        &b""[..],
        b"null",
        b"[]",
        b"\xff",
        b"{\"published\": \"2025-13\"}",
    ] {
        assert!(validate::from_slice(input).is_err());
    }
}

#[test]
fn extreme_values_do_not_panic() {
    let mut doc = minimal();
    let big = "999999999999999999.9999999999";
    doc["round"]["rectification"]["stated_duration"]["value"] = json!(big);
    doc["summary"]["findings_total"] = json!(u32::MAX);
    doc["summary"]["completed"] = json!(u32::MAX);
    doc["summary"]["ongoing"] = json!(u32::MAX);
    let metric = &mut doc["sections"][0]["findings"][1]["measures"][0]["metrics"][0];
    metric["value"] = json!(big);
    metric["unit"] = json!("hundred_million_yuan");
    metric["kind"] = json!("amount");
    for part in metric["parts"].as_array_mut().expect("parts") {
        part["value"] = json!(big);
        part["unit"] = json!("hundred_million_yuan");
        part["kind"] = json!("amount");
    }
    let report = validate(&doc);
    assert!(report.has_errors());
    let _: Inspection = serde_json::from_value(doc).expect("still a report");
}

/// The minimal report with `documents` documents of id `d-x` and `refs` references to it in
/// its first measure.
fn with_shared_id(documents: usize, refs: usize, id_of_refs: &str) -> Value {
    let mut doc = minimal();
    let measure = &mut doc["sections"][0]["findings"][0]["measures"][0];
    measure["documents"] = Value::from(
        (0..documents)
            .map(|_| json!({"id": "d-x", "title": "制度"}))
            .collect::<Vec<_>>(),
    );
    measure["document_refs"] = Value::from(vec![id_of_refs; refs]);
    doc
}

#[test]
fn many_references_to_one_repeated_id_resolve_in_one_pass() {
    // 2,000 documents sharing one id: one R201 kept per rule limit, the rest counted.
    let report = validate(&with_shared_id(2_000, 2_000, "d-x"));
    assert!(report.issues.iter().all(|i| i.code.as_str() == "R201"));
    assert_eq!(report.issues.len(), Limits::DEFAULT_MAX_ISSUES_PER_RULE);
    let r201 = RuleCode::from_code("R201").expect("R201");
    assert_eq!(
        report.omitted.get(&r201).copied(),
        Some(1_999 - Limits::DEFAULT_MAX_ISSUES_PER_RULE as u64)
    );
}

#[test]
fn issues_beyond_the_limits_are_counted_not_kept() {
    let doc = with_shared_id(0, 5_000, "nowhere");
    let bytes = serde_json::to_vec(&doc).expect("serializes");
    let (report_doc, _) = validate::from_slice(&bytes).expect("reads");

    let unlimited = report_doc.validate_with(Limits::unlimited());
    assert_eq!(unlimited.issues.len(), 5_000);
    assert!(unlimited.omitted.is_empty());

    let bounded = report_doc.validate();
    assert_eq!(bounded.issues.len(), 100);
    assert_eq!(bounded.omitted_count(), 4_900);
    assert!(bounded.has_errors());
    assert!(!bounded.is_clean());
    // The kept ones are the first, in the order of the report.
    assert_eq!(bounded.issues[..], unlimited.issues[..100]);

    let total = report_doc.validate_with(
        Limits::unlimited()
            .with_max_issues(10)
            .with_max_issues_per_rule(1_000),
    );
    assert_eq!(total.issues.len(), 10);
    assert_eq!(total.omitted_count(), 4_990);
    let json = serde_json::to_value(&total).expect("serializes");
    assert_eq!(json["omitted"], json!({"R202": 4_990}));
}

#[test]
fn parameters_quoting_a_huge_value_are_cut() {
    let mut doc = minimal();
    let email = format!("{}@", "x".repeat(1_000_000));
    doc["contact"] = json!({"emails": [email]});
    let report = validate(&doc);
    let issue = issue(&report, "R701");
    for value in issue.params.values() {
        assert!(value.chars().count() <= 201, "{} chars", value.len());
    }
    assert!(issue.message.en.len() < 2_000);
}

#[test]
fn sums_at_the_decimal_limits_are_exact_not_rounded() {
    let money = |value: &str, unit| {
        Metric::builder()
            .kind(MetricKind::Amount)
            .subject("资金")
            .value(value.parse::<Decimal>().expect("decimal"))
            .unit(unit)
            .build()
    };
    let total = |parts| {
        Metric::builder()
            .kind(MetricKind::Amount)
            .subject("资金")
            .value("100000000000000000".parse::<Decimal>().expect("decimal"))
            .unit(Unit::HundredMillionYuan)
            .parts(parts)
            .build()
    };
    let off_by_a_tenth_of_a_nanoyuan = total(vec![
        money("100000000000000000", Unit::HundredMillionYuan),
        money("0.0000000001", Unit::Yuan),
    ]);
    let report = off_by_a_tenth_of_a_nanoyuan.validate();
    assert_eq!(report.issues.len(), 1, "{:#?}", report.issues);
    assert_eq!(report.issues[0].code.as_str(), "R405");
    assert_eq!(
        report.issues[0].params["sum"],
        "10000000000000000000000000.0000000001 元"
    );

    // A sum beyond what the validator adds in is reported as not checked, never rounded.
    let max = "999999999999999999.9999999999";
    let overflowing = total(vec![money(max, Unit::HundredMillionYuan); 200]);
    let report = overflowing.validate();
    assert_eq!(report.issues.len(), 1, "{:#?}", report.issues);
    let issue = &report.issues[0];
    assert_eq!(issue.code.as_str(), "R411");
    assert_eq!(issue.tier, Tier::Info);
    assert_eq!(issue.pointer, "/parts");
}

#[test]
fn negative_remaining_is_named_with_its_value() {
    let mut doc = minimal();
    let metric = &mut doc["sections"][0]["findings"][1]["measures"][0]["metrics"][1];
    metric["value"] = json!("5");
    metric["progress"] = json!({"resolved": "1", "remaining": "-4"});
    let report = validate(&doc);
    let issue = issue(&report, "R408");
    assert!(issue.pointer.ends_with("/progress/remaining"));
    assert_eq!(issue.params["remaining"], "-4");
    assert_eq!(issue.params["field"], "remaining");
    assert!(issue.message.en.starts_with("remaining -4 is out of range"));
}
