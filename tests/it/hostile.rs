//! Hostile input: whatever bytes arrive, reading never panics, never hangs, and every
//! rejection says where.

use inspection_report::*;
use proptest::prelude::*;

/// Every rejection carries a position in the input (a line from 1; column 0 is the start of
/// the line).
fn assert_located(err: &json::Error, input: &[u8]) {
    assert!(
        err.line() > 0,
        "error without position: {err:?} for input {:?}",
        String::from_utf8_lossy(input)
    );
    assert!(!err.message().is_empty());
}

/// The dotted path is the pointer in another form, never with a placeholder (`round.?`). The
/// keys of [`json_value`] are never numbers, nor hold `.`, `[`, `~` or `/`.
fn assert_path_is_pointer(err: &json::Error) {
    let mut path = String::new();
    for token in err.pointer().split('/').skip(1) {
        if !token.is_empty() && token.bytes().all(|b| b.is_ascii_digit()) {
            path.push_str(&format!("[{token}]"));
        } else {
            if !path.is_empty() {
                path.push('.');
            }
            path.push_str(token);
        }
    }
    assert_eq!(err.path(), path, "{err:?}");
    assert!(!err.path().contains('?'), "{err:?}");
}

fn json_value() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        any::<f64>().prop_map(serde_json::Value::from),
        "\\PC{0,12}".prop_map(serde_json::Value::from),
        prop::sample::select(vec![
            "completed",
            "2025-03",
            "2025-02-30",
            "129.9",
            "1e5",
            "f-1",
            "zh-CN",
            "person",
        ])
        .prop_map(serde_json::Value::from),
    ];
    leaf.prop_recursive(6, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::from),
            prop::collection::btree_map(
                prop::sample::select(vec![
                    "title",
                    "language",
                    "stage",
                    "round",
                    "sections",
                    "findings",
                    "measures",
                    "metrics",
                    "value",
                    "unit",
                    "kind",
                    "id",
                    "published",
                    "issuer",
                    "name",
                    "start",
                    "end",
                    "parts",
                    "status",
                    "problem",
                    "text",
                    "bogus",
                ])
                .prop_map(str::to_owned),
                inner,
                0..8,
            )
            .prop_map(|map| serde_json::Value::Object(map.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        if let Err(err) = json::from_slice::<Inspection>(&bytes) {
            assert_located(&err, &bytes);
        }
    }

    #[test]
    fn arbitrary_json_never_panics_and_errors_are_located(value in json_value()) {
        let bytes = serde_json::to_vec(&value).expect("a JSON value serializes");
        for result in [
            json::from_slice::<Inspection>(&bytes).map(drop),
            json::from_slice::<Finding>(&bytes).map(drop),
            json::from_slice::<Metric>(&bytes).map(drop),
            json::from_slice::<Period>(&bytes).map(drop),
        ] {
            if let Err(err) = result {
                assert_located(&err, &bytes);
                assert_path_is_pointer(&err);
            }
        }
    }
}

#[test]
fn deep_nesting_is_refused_with_a_position() {
    let depth = 100_000;
    let json = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    let err = json::from_str::<Inspection>(&json).expect_err("deeply nested");
    assert_located(&err, json.as_bytes());

    // Recursion through the model itself: metrics nested in parts.
    let mut metric = String::from(r#"{"kind":"count","subject":"x","value":"1","unit":"time"}"#);
    for _ in 0..1000 {
        metric = format!(
            r#"{{"kind":"count","subject":"x","value":"1","unit":"time","parts":[{metric}]}}"#
        );
    }
    let err = json::from_slice::<Metric>(metric.as_bytes()).expect_err("recursion limit");
    assert!(err.message().contains("recursion limit exceeded"), "{err}");
    assert_located(&err, metric.as_bytes());
}

#[test]
fn huge_numbers_and_strings_are_handled() {
    let huge = "9".repeat(10_000);
    let err =
        json::from_slice::<Decimal>(format!("\"{huge}\"").as_bytes()).expect_err("too many digits");
    assert!(err.message().contains("at most 18 digits"), "{err}");
    let err = json::from_slice::<Finding>(
        format!(r#"{{"id":"f-1","problem":"x","status":"completed","number":{huge}}}"#).as_bytes(),
    )
    .expect_err("number out of range");
    assert_eq!(err.pointer(), "/number");

    let long_text = "问题".repeat(500_000);
    let finding: Finding = json::from_slice(
        format!(r#"{{"id":"f-1","problem":"{long_text}","status":"completed"}}"#).as_bytes(),
    )
    .expect("long text is fine");
    assert_eq!(finding.problem.chars().count(), 1_000_000);
}

#[test]
fn duplicate_keys_are_refused_not_overwritten() {
    let err = json::from_slice::<Finding>(
        r#"{"id":"f-1","problem":"一","problem":"二","status":"completed"}"#.as_bytes(),
    )
    .expect_err("duplicate key");
    assert!(err.message().contains("duplicate field `problem`"), "{err}");
}

#[test]
fn numbers_where_strings_belong_are_refused() {
    for (json, pointer) in [
        (r#"{"id":1,"problem":"x","status":"completed"}"#, "/id"),
        (
            r#"{"id":"f-1","problem":7,"status":"completed"}"#,
            "/problem",
        ),
        (r#"{"id":"f-1","problem":"x","status":0}"#, "/status"),
    ] {
        let err = json::from_slice::<Finding>(json.as_bytes()).expect_err("wrong type");
        assert_eq!(err.pointer(), pointer, "{err}");
    }
}

#[test]
fn very_many_findings_are_read() {
    let finding = r#"{"id":"f-N","problem":"问题","status":"completed"}"#;
    let findings: Vec<String> = (0..50_000)
        .map(|i| finding.replace('N', &i.to_string()))
        .collect();
    let json = format!(
        r#"{{"title":"t","language":"zh-CN","stage":"final","round":{{"family":"audit","commissioned_by":{{"name":"a"}},"team":{{"name":"b"}},"inspected":[{{"name":"c"}}]}},"sections":[{{"id":"s","title":"s","kind":"other","findings":[{}]}}],"issuer":{{"name":"i"}},"published":"2025"}}"#,
        findings.join(",")
    );
    let report = json::from_str::<Inspection>(&json).expect("many findings");
    assert_eq!(report.iter_findings().count(), 50_000);
}

/// A reader of endless bytes that counts what it hands out.
struct Endless {
    byte: u8,
    given: u64,
}

impl std::io::Read for Endless {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        buf.fill(self.byte);
        self.given += buf.len() as u64;
        Ok(buf.len())
    }
}

#[test]
fn endless_input_is_cut_off_at_the_limit() {
    for byte in [0, b' ', b'['] {
        let mut endless = Endless { byte, given: 0 };
        let limit = 1 << 20;
        let err = json::from_reader_limited::<Inspection>(&mut endless, limit)
            .expect_err("endless input");
        assert_eq!(err.kind(), json::ErrorKind::TooLarge, "{err}");
        assert_eq!(err.message(), "input exceeds the limit of 1048576 bytes");
        assert_eq!(err.to_string(), "input exceeds the limit of 1048576 bytes");
        assert_eq!((err.pointer(), err.line(), err.column()), ("", 0, 0));
        assert_eq!(
            endless.given,
            limit + 1,
            "reads one byte past the limit, no more"
        );
    }
}

#[test]
fn input_at_the_limit_is_read_and_one_byte_more_is_refused() {
    let json = r#"{"id":"f-1","problem":"问题","status":"completed"}"#.as_bytes();
    let len = json.len() as u64;
    let finding: Finding = json::from_reader_limited(json, len).expect("at the limit");
    assert_eq!(finding.problem, "问题");
    let err = json::from_reader_limited::<Finding>(json, len - 1).expect_err("over");
    assert_eq!(err.kind(), json::ErrorKind::TooLarge);
    assert!(json::from_reader::<Finding>(json).is_ok());
    let err = json::from_reader_limited::<Finding>(&b""[..], 0).expect_err("empty");
    assert_eq!(
        err.kind(),
        json::ErrorKind::Eof,
        "empty input is not too large"
    );
    assert!(json::from_reader_limited::<Finding>(json, u64::MAX).is_ok());
    // Errors of the JSON itself keep their position.
    let err = json::from_reader_limited::<Finding>(&b"{\"id\": 1}"[..], 64).expect_err("bad");
    assert_eq!((err.pointer(), err.kind()), ("/id", json::ErrorKind::Data));
}
