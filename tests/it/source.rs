//! Source spans: carried in the JSON form, checked against the text they point into.

use inspection_report::source::{self, Grounding};
use inspection_report::{Disposition, DispositionKind, Measure, Metric, Source, Unit, json};

const TEXT: &str = "一是开展督导检查 5 次;\n二是党纪政务处分8人,末位约谈1人。";

fn at(needle: &str) -> Source {
    let start = TEXT.find(needle).unwrap_or(0);
    Source::read(start, start + needle.len())
}

fn measure() -> Measure {
    let mut checks = Metric::count("督导检查", 5u32, Unit::Time);
    checks.source = Some(at("5 次"));
    let mut sanctions = Disposition::persons(DispositionKind::PartyAndAdministrativeSanction, 8u32);
    sanctions.source = Some(at("党纪政务处分8人"));
    let mut measure = Measure::builder()
        .id("f-1.m1")
        .expect("a valid id")
        .text("开展督导检查5次")
        .metrics(vec![checks])
        .dispositions(vec![sanctions])
        .build();
    measure.source = Some(at("开展督导检查 5 次"));
    measure
}

#[test]
fn spans_are_carried_in_the_json_form() {
    let measure = measure();
    let text = json::to_string(&measure);
    assert!(text.contains(r#""source":{"start":6,"end":30}"#), "{text}");
    assert_eq!(json::from_str::<Measure>(&text).ok(), Some(measure));

    let derived: Source = json::from_str(r#"{"start": 1, "end": 7, "grounding": "derived"}"#)
        .expect("a derived span reads");
    assert_eq!(derived.grounding, Grounding::Derived);
    assert_eq!(
        json::to_string(&derived),
        r#"{"start":1,"end":7,"grounding":"derived"}"#
    );
}

#[test]
fn spans_that_state_their_values_agree_with_the_text() {
    let report = inspection_report::Finding::builder()
        .id("f-1")
        .expect("a valid id")
        .problem("问题")
        .status(inspection_report::FindingStatus::Completed)
        .measures(vec![measure()])
        .build();
    let mut checker_report: inspection_report::Inspection =
        json::from_str(include_str!("../fixtures/minimal.json")).expect("minimal reads");
    checker_report.sections[0].findings = vec![report];
    assert_eq!(source::check(TEXT, &checker_report), Vec::new());
}

#[test]
fn spans_out_of_place_or_not_stating_the_value_are_reported() {
    let mut metric = Metric::count("督导检查", 6u32, Unit::Time);
    metric.source = Some(at("5 次"));
    let wrong_value = source::check_metric(TEXT, &metric);
    assert_eq!(wrong_value.len(), 1);
    assert!(
        wrong_value[0]
            .message()
            .contains("does not state the value 6")
    );

    // Inside a character (一 is three bytes), and beyond the end of the text.
    metric.source = Some(Source::read(1, 4));
    assert!(
        source::check_metric(TEXT, &metric)[0]
            .message()
            .contains("character boundaries")
    );
    metric.source = Some(Source::read(0, TEXT.len() + 1));
    assert_eq!(source::check_metric(TEXT, &metric).len(), 1);

    // A derived span is checked for its place only.
    metric.source = Some(Source::derived(0, 6));
    assert!(source::check_metric(TEXT, &metric).is_empty());
}
