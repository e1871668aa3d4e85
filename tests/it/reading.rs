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

fn read_with(pointer: &str, replacement: serde_json::Value) -> json::Error {
    let mut doc: serde_json::Value = serde_json::from_str(MINIMAL).expect("fixture is JSON");
    *doc.pointer_mut(pointer)
        .expect("pointer exists in the fixture") = replacement;
    json::from_str::<Inspection>(&doc.to_string()).expect_err("the change is invalid")
}

#[test]
fn a_valid_document_reads_and_writes_back_the_same() {
    let report = json::from_str::<Inspection>(MINIMAL).expect("valid");
    let again = json::from_str::<Inspection>(&json::to_string_pretty(&report)).expect("valid");
    assert_eq!(report, again);
    assert_eq!(
        json::to_string_pretty(&again),
        json::to_string_pretty(&report)
    );
}

#[test]
fn a_bad_unit_is_reported_at_its_path() {
    let err = read_with(
        "/sections/0/findings/0/measures/0/metrics/0/unit",
        "furlong".into(),
    );
    assert_eq!(err.kind(), json::ErrorKind::Data);
    assert_eq!(
        err.pointer(),
        "/sections/0/findings/0/measures/0/metrics/0/unit"
    );
    assert_eq!(
        err.path(),
        "sections[0].findings[0].measures[0].metrics[0].unit"
    );
    assert!(err.message().contains("unknown variant `furlong`"), "{err}");
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
        assert_eq!(err.pointer(), pointer, "{err}");
        assert!(
            err.message().contains(message),
            "{err} should say {message}"
        );
        assert!(err.line() > 0 && err.column() > 0, "{err} has a position");
    }
}

#[test]
fn unknown_fields_are_refused_not_dropped() {
    let mut doc: serde_json::Value = serde_json::from_str(MINIMAL).expect("fixture is JSON");
    doc["sections"][0]["findings"][0]["severity"] = "high".into();
    let err = json::from_str::<Inspection>(&doc.to_string()).expect_err("unknown field");
    assert_eq!(err.pointer(), "/sections/0/findings/0/severity");
    assert!(err.message().contains("unknown field `severity`"), "{err}");
}

#[test]
fn missing_required_fields_are_named() {
    let mut doc: serde_json::Value = serde_json::from_str(MINIMAL).expect("fixture is JSON");
    doc["sections"][0]["findings"][0]
        .as_object_mut()
        .expect("finding is an object")
        .remove("problem");
    let err = json::from_str::<Inspection>(&doc.to_string()).expect_err("missing field");
    assert_eq!(err.pointer(), "/sections/0/findings/0");
    assert!(err.message().contains("missing field `problem`"), "{err}");
}

#[test]
fn syntax_errors_and_truncation_have_a_position() {
    let err = json::from_str::<Inspection>("{\"title\": }").expect_err("syntax");
    assert_eq!(err.kind(), json::ErrorKind::Syntax);
    assert_eq!((err.line(), err.column()), (1, 11));
    let err = json::from_str::<Inspection>(&MINIMAL[..200]).expect_err("truncated");
    assert_eq!(err.kind(), json::ErrorKind::Eof);
    let err = json::from_slice::<Inspection>(b"{\"title\": \"ok\xff\"}").expect_err("not UTF-8");
    assert_eq!(err.kind(), json::ErrorKind::Encoding);
    assert_eq!(err.pointer(), "/title");
    assert_eq!((err.line(), err.column()), (1, 14));
    let err = json::from_str::<Inspection>(&format!("{MINIMAL} []")).expect_err("trailing data");
    assert_eq!(err.kind(), json::ErrorKind::Syntax);
}

#[test]
fn reading_from_a_reader_reports_io_errors() {
    struct Broken;
    impl std::io::Read for Broken {
        fn read(&mut self, _: &mut [u8]) -> std::io::Result<usize> {
            Err(std::io::Error::other("disk on fire"))
        }
    }
    let err = json::from_reader::<Inspection>(Broken).expect_err("io");
    assert_eq!(err.kind(), json::ErrorKind::Io);
    assert!(err.message().contains("disk on fire"));
    assert!(json::from_reader::<Inspection>(MINIMAL.as_bytes()).is_ok());
}

#[test]
fn parts_can_be_read_alone() {
    let finding: Finding =
        json::from_slice(r#"{"id": "f-1", "problem": "问题", "status": "long_term"}"#.as_bytes())
            .expect("a finding alone");
    assert_eq!(finding.status, FindingStatus::LongTerm);
    let err = json::from_slice::<Period>(br#"{"start": "2025-13"}"#).expect_err("bad month");
    assert_eq!(err.pointer(), "/start");
}

#[test]
fn a_codelist_given_another_type_is_a_data_error_at_its_pointer() {
    for (value, found) in [
        (serde_json::Value::Null, "null"),
        (3.into(), "integer `3`"),
        (true.into(), "boolean `true`"),
        (serde_json::json!(["final"]), "sequence"),
        (serde_json::json!({"final": null}), "map"),
    ] {
        let err = read_with("/stage", value);
        assert_eq!(err.kind(), json::ErrorKind::Data, "{err}");
        assert_eq!(err.pointer(), "/stage", "{err}");
        assert_eq!(err.path(), "stage", "{err}");
        assert!(
            err.message().starts_with(&format!(
                "invalid type: {found}, expected `final` or `progress`"
            )),
            "{err}"
        );
    }
    let err = json::from_str::<Inspection>(r#"{"stage":null}"#).expect_err("null stage");
    assert_eq!(
        err.to_string(),
        "stage: invalid type: null, expected `final` or `progress` (line 1, column 13)"
    );
}

/// The dotted form of a pointer into the model, whose keys are never numbers.
fn dotted(pointer: &str) -> String {
    let mut path = String::new();
    for token in pointer.split('/').skip(1) {
        if token.bytes().all(|b| b.is_ascii_digit()) && !token.is_empty() {
            path.push_str(&format!("[{token}]"));
        } else {
            if !path.is_empty() {
                path.push('.');
            }
            path.push_str(&token.replace("~1", "/").replace("~0", "~"));
        }
    }
    path
}

#[test]
fn the_path_is_the_pointer_in_dotted_form_without_placeholders() {
    let err =
        json::from_str::<Inspection>(r#"{"round": {"family": "audit",}}"#).expect_err("comma");
    assert_eq!(err.kind(), json::ErrorKind::Syntax);
    assert_eq!((err.pointer(), err.path()), ("/round", "round"));
    assert!(
        err.to_string().starts_with("round: trailing comma"),
        "{err}"
    );

    // A trailing comma, or a stray character, after every value of the fixture in turn.
    let mut checked = 0;
    for (at, c) in MINIMAL.char_indices() {
        if !matches!(c, '"' | '}' | ']') || !MINIMAL[at + 1..].starts_with(['\n', ',', ']', '}']) {
            continue;
        }
        for insert in [",", ":", "x", ",,"] {
            let json = format!("{}{insert}{}", &MINIMAL[..=at], &MINIMAL[at + 1..]);
            let Err(err) = json::from_str::<Inspection>(&json) else {
                continue;
            };
            assert!(!err.path().contains('?'), "{err:?}");
            assert_eq!(err.path(), dotted(err.pointer()), "{err:?}");
            checked += 1;
        }
    }
    assert!(checked > 50, "only {checked} cases");
}

#[test]
fn numbers_beyond_u32_are_reported_as_read_not_saturated() {
    let number = "/sections/0/findings/0/number";
    for (json, message) in [
        ("1e308", "invalid value: number `1e308`, expected u32"),
        ("-1e308", "invalid value: number `-1e308`, expected u32"),
        ("1.5e20", "invalid value: number `1.5e20`, expected u32"),
        // As written, not as the floating-point number it reads as (`1e20`, `1.2345…e26`).
        (
            "99999999999999999999",
            "invalid value: number `99999999999999999999`, expected u32",
        ),
        (
            "\n   -123456789012345678901234.5E+3",
            "invalid value: number `-123456789012345678901234.5E+3`, expected u32",
        ),
        (
            "4294967296.0",
            "invalid value: integer `4294967296`, expected u32",
        ),
        (
            "18446744073709551615",
            "invalid value: integer `18446744073709551615`",
        ),
        ("-1.0", "invalid value: integer `-1`, expected u32"),
        ("-0.0", ""),
        ("7.5", "invalid type: floating point `7.5`, expected u32"),
    ] {
        let doc = MINIMAL.replacen(r#""number": 1"#, &format!(r#""number": {json}"#), 1);
        assert_ne!(doc, MINIMAL);
        match json::from_str::<Inspection>(&doc) {
            Ok(report) => {
                assert!(message.is_empty(), "{json} was read");
                assert_eq!(
                    report.iter_findings().next().and_then(|f| f.number),
                    Some(0)
                );
            }
            Err(err) => {
                assert_eq!(err.pointer(), number, "{err}");
                assert_eq!(err.kind(), json::ErrorKind::Data, "{err}");
                assert!(
                    !message.is_empty() && err.message().starts_with(message),
                    "{json}: {err}"
                );
            }
        }
    }
}

#[test]
fn empty_input_says_so() {
    for input in [&b""[..], b"   ", b"\n\n\t \r\n"] {
        let err = json::from_slice::<Inspection>(input).expect_err("empty");
        assert_eq!(err.kind(), json::ErrorKind::Eof, "{err}");
        assert_eq!(err.message(), "empty input, expected a JSON value", "{err}");
        assert_eq!(err.pointer(), "");
        assert!(err.line() > 0, "{err}");
        let text = std::str::from_utf8(input).expect("ASCII");
        assert_eq!(json::from_str::<Inspection>(text).expect_err("empty"), err);
        assert_eq!(json::from_slice::<Finding>(input).expect_err("empty"), err);
    }
    assert_eq!(
        json::from_str::<Inspection>("")
            .expect_err("empty")
            .to_string(),
        "empty input, expected a JSON value (line 1, column 0)"
    );
}

#[test]
fn a_byte_order_mark_is_refused_with_a_clear_error() {
    let with_bom = format!("\u{feff}{MINIMAL}");
    for err in [
        json::from_slice::<Inspection>(with_bom.as_bytes()).expect_err("BOM"),
        json::from_str::<Inspection>(&with_bom).expect_err("BOM"),
        json::from_slice::<Inspection>(with_bom.as_bytes()).expect_err("BOM"),
        json::from_reader::<Inspection>(with_bom.as_bytes()).expect_err("BOM"),
        json::from_str::<Inspection>("\u{feff}").expect_err("BOM"),
    ] {
        assert_eq!(err.kind(), json::ErrorKind::Encoding, "{err}");
        assert!(
            err.message()
                .starts_with("the input starts with a UTF-8 byte-order mark"),
            "{err}"
        );
        assert_eq!((err.pointer(), err.line(), err.column()), ("", 1, 1));
    }
}

fn utf16(text: &str, big_endian: bool, bom: bool) -> Vec<u8> {
    let bom = bom.then_some('\u{feff}');
    bom.into_iter()
        .chain(text.chars())
        .collect::<String>()
        .encode_utf16()
        .flat_map(|unit| {
            if big_endian {
                unit.to_be_bytes()
            } else {
                unit.to_le_bytes()
            }
        })
        .collect()
}

#[test]
fn utf16_and_utf32_input_is_named() {
    for (bytes, looks_like) in [
        (utf16(MINIMAL, false, true), "UTF-16LE"),
        (utf16(MINIMAL, true, true), "UTF-16BE"),
        (utf16(MINIMAL, false, false), "UTF-16LE"),
        (utf16(MINIMAL, true, false), "UTF-16BE"),
        (utf16(" {}", false, false), "UTF-16LE"),
        (utf16("1", true, false), "UTF-16BE"),
        (b"\xff\xfe\x00\x00{\x00\x00\x00".to_vec(), "UTF-32LE"),
        (b"\x00\x00\xfe\xff\x00\x00\x00{".to_vec(), "UTF-32BE"),
        (b"{\x00\x00\x00}\x00\x00\x00".to_vec(), "UTF-32LE"),
        (b"\x00\x00\x00{\x00\x00\x00}".to_vec(), "UTF-32BE"),
    ] {
        let err = json::from_slice::<Inspection>(&bytes).expect_err("UTF-16");
        assert_eq!(err.kind(), json::ErrorKind::Encoding, "{err}");
        assert!(
            err.message()
                .starts_with(&format!("not UTF-8: the input looks like {looks_like}")),
            "{looks_like}: {err}"
        );
        assert_eq!((err.line(), err.column()), (1, 1), "{err}");
        if let Ok(text) = std::str::from_utf8(&bytes) {
            // UTF-16 of ASCII without a byte-order mark is valid UTF-8 with NULs.
            assert_eq!(json::from_str::<Inspection>(text).expect_err("UTF-16"), err);
        }
    }
}

#[test]
fn invalid_utf8_is_reported_with_its_byte_offset() {
    let err = json::from_slice::<Inspection>(b"{\"title\": \"ok\xff\"}").expect_err("not UTF-8");
    assert_eq!(err.kind(), json::ErrorKind::Encoding, "{err}");
    assert_eq!(err.pointer(), "/title");
    assert_eq!((err.line(), err.column()), (1, 14));
    assert_eq!(
        err.message(),
        "not UTF-8: byte 0xFF at byte offset 13 does not start a UTF-8 character"
    );

    let mut bytes = MINIMAL.as_bytes().to_vec();
    let at = MINIMAL.find("示范区").expect("in the fixture");
    bytes[at + 1] = b'x'; // breaks the 3-byte sequence of 示
    let err = json::from_slice::<Inspection>(&bytes).expect_err("not UTF-8");
    assert_eq!(err.kind(), json::ErrorKind::Encoding, "{err}");
    assert!(
        err.message().starts_with(&format!(
            "not UTF-8: invalid UTF-8 sequence at byte offset {at}"
        )),
        "{err}"
    );
    assert_eq!(err.pointer(), "/round/inspected/0/name", "{err}");
    let line = MINIMAL[..at].matches('\n').count() + 1;
    assert_eq!(err.line(), line, "{err}");

    // Invalid UTF-8 outside strings, and a character cut off by the end of the input.
    let err = json::from_slice::<Inspection>(b"{\xc3\x28}").expect_err("not UTF-8");
    assert_eq!(err.kind(), json::ErrorKind::Encoding, "{err}");
    assert!(err.message().contains("byte offset 1"), "{err}");
    let err = json::from_slice::<Inspection>(b"\"\xe7\xa4").expect_err("cut off");
    assert_eq!(err.kind(), json::ErrorKind::Encoding, "{err}");
    assert_eq!(
        err.message(),
        "not UTF-8: the input ends in the middle of a UTF-8 character at byte offset 1"
    );
}
