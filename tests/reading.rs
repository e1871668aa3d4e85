//! Reading JSON: errors name the path of the bad value; unknown fields are refused.

use inspection_report::*;

const MINIMAL: &str = r#"{
  "title": "关于巡察整改情况的通报",
  "language": "zh-CN",
  "stage": "final",
  "round": {
    "family": "party_inspection",
    "commissioned_by": {"name": "市委"},
    "team": {"name": "市委第八巡察组"},
    "inspected": [{"name": "示范区党工委"}]
  },
  "sections": [{
    "id": "completed",
    "title": "已完成的整改任务",
    "kind": "completed",
    "findings": [{
      "id": "f-1",
      "number": 1,
      "problem": "问题",
      "status": "completed",
      "measures": [{
        "id": "f-1.m1",
        "ordinal": 1,
        "text": "措施",
        "metrics": [{"kind": "count", "subject": "会议", "value": "6", "unit": "time"}]
      }]
    }]
  }],
  "issuer": {"name": "示范区工委"},
  "published": "2025-10-23"
}"#;

fn read_with(pointer: &str, replacement: serde_json::Value) -> ReadError {
    let mut doc: serde_json::Value = serde_json::from_str(MINIMAL).expect("fixture is JSON");
    *doc.pointer_mut(pointer)
        .expect("pointer exists in the fixture") = replacement;
    Inspection::from_json_str(&doc.to_string()).expect_err("the change is invalid")
}

#[test]
fn a_valid_document_reads_and_writes_back_the_same() {
    let report = Inspection::from_json_str(MINIMAL).expect("valid");
    let again = Inspection::from_json_str(&report.to_json_pretty()).expect("valid");
    assert_eq!(report, again);
    assert_eq!(again.to_json_pretty(), report.to_json_pretty());
}

#[test]
fn a_bad_unit_is_reported_at_its_path() {
    let err = read_with(
        "/sections/0/findings/0/measures/0/metrics/0/unit",
        "furlong".into(),
    );
    assert_eq!(err.kind, ReadErrorKind::Data);
    assert_eq!(
        err.pointer,
        "/sections/0/findings/0/measures/0/metrics/0/unit"
    );
    assert_eq!(
        err.path,
        "sections[0].findings[0].measures[0].metrics[0].unit"
    );
    assert!(err.message.contains("unknown variant `furlong`"), "{err}");
    assert!(
        err.to_string()
            .starts_with("sections[0].findings[0].measures[0].metrics[0].unit: ")
    );
}

#[test]
fn bad_values_name_their_paths() {
    let cases = [
        (
            "/published",
            serde_json::json!("2025-02-30"),
            "invalid date `2025-02-30`",
        ),
        (
            "/sections/0/findings/0/measures/0/metrics/0/value",
            "1e5".into(),
            "invalid decimal `1e5`",
        ),
        (
            "/sections/0/findings/0/measures/0/metrics/0/value",
            6.into(),
            "expected a decimal number written as a string",
        ),
        (
            "/sections/0/findings/0/id",
            "f 1".into(),
            "invalid id `f 1`",
        ),
        ("/language", "Chinese".into(), "invalid language tag"),
        (
            "/sections/0/findings/0/status",
            "done".into(),
            "unknown variant `done`",
        ),
        (
            "/sections/0/findings/0/number",
            (-1).into(),
            "invalid value: integer `-1`",
        ),
    ];
    for (pointer, value, message) in cases {
        let err = read_with(pointer, value);
        assert_eq!(err.pointer, pointer, "{err}");
        assert!(err.message.contains(message), "{err} should say {message}");
        assert!(err.line > 0 && err.column > 0, "{err} has a position");
    }
}

#[test]
fn unknown_fields_are_refused_not_dropped() {
    let mut doc: serde_json::Value = serde_json::from_str(MINIMAL).expect("fixture is JSON");
    doc["sections"][0]["findings"][0]["severity"] = "high".into();
    let err = Inspection::from_json_str(&doc.to_string()).expect_err("unknown field");
    assert_eq!(err.pointer, "/sections/0/findings/0/severity");
    assert!(err.message.contains("unknown field `severity`"), "{err}");
}

#[test]
fn missing_required_fields_are_named() {
    let mut doc: serde_json::Value = serde_json::from_str(MINIMAL).expect("fixture is JSON");
    doc["sections"][0]["findings"][0]
        .as_object_mut()
        .expect("finding is an object")
        .remove("problem");
    let err = Inspection::from_json_str(&doc.to_string()).expect_err("missing field");
    assert_eq!(err.pointer, "/sections/0/findings/0");
    assert!(err.message.contains("missing field `problem`"), "{err}");
}

#[test]
fn syntax_errors_and_truncation_have_a_position() {
    let err = Inspection::from_json_str("{\"title\": }").expect_err("syntax");
    assert_eq!(err.kind, ReadErrorKind::Syntax);
    assert_eq!((err.line, err.column), (1, 11));
    let err = Inspection::from_json_str(&MINIMAL[..200]).expect_err("truncated");
    assert_eq!(err.kind, ReadErrorKind::Eof);
    let err = Inspection::from_json_slice(b"{\"title\": \"ok\xff\"}").expect_err("not UTF-8");
    assert_eq!(err.kind, ReadErrorKind::Syntax);
    assert_eq!(err.pointer, "/title");
    assert_eq!((err.line, err.column), (1, 14));
    let err = Inspection::from_json_str(&format!("{MINIMAL} []")).expect_err("trailing data");
    assert_eq!(err.kind, ReadErrorKind::Syntax);
}

#[test]
fn reading_from_a_reader_reports_io_errors() {
    struct Broken;
    impl std::io::Read for Broken {
        fn read(&mut self, _: &mut [u8]) -> std::io::Result<usize> {
            Err(std::io::Error::other("disk on fire"))
        }
    }
    let err = Inspection::from_reader(Broken).expect_err("io");
    assert_eq!(err.kind, ReadErrorKind::Io);
    assert!(err.message.contains("disk on fire"));
    assert!(Inspection::from_reader(MINIMAL.as_bytes()).is_ok());
}

#[test]
fn parts_can_be_read_alone() {
    let finding: Finding =
        read_json(r#"{"id": "f-1", "problem": "问题", "status": "long_term"}"#.as_bytes())
            .expect("a finding alone");
    assert_eq!(finding.status, FindingStatus::LongTerm);
    let err = read_json::<Period>(br#"{"start": "2025-13"}"#).expect_err("bad month");
    assert_eq!(err.pointer, "/start");
}
