use super::*;

/// A rejection says where: a position in the input, or a path.
fn located(err: &json::Error) -> Result<(), TestCaseError> {
    prop_assert!(
        err.line() > 0 || !err.pointer().is_empty(),
        "rejection without a place: {:?}",
        err
    );
    prop_assert!(!err.message().is_empty());
    Ok(())
}

fn validates_or_locates(bytes: &[u8]) -> Result<(), TestCaseError> {
    match validate::from_slice(bytes) {
        Ok((report, issues)) => {
            // What validation read, it can write and read again.
            let back = json::from_str::<Inspection>(&json::to_string_pretty(&report))
                .map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert_eq!(back.validate(), issues);
            Ok(())
        }
        Err(err) => located(&err),
    }
}

/// Extreme but well-typed values for decimals, dates, integers and texts.
const DECIMALS: &[&str] = &[
    "999999999999999999",
    "-999999999999999999",
    "999999999999999999.9999999999",
    "-999999999999999999.9999999999",
    "0.0000000001",
    "-0.0000000001",
    "0",
    "0.0000000000",
];
const DATES: &[&str] = &[
    "0000",
    "0000-01",
    "0000-01-01",
    "9999",
    "9999-12",
    "9999-12-31",
];

fn extreme(site: &Site, choice: usize) -> Option<Value> {
    if site.is("Decimal") {
        return Some(Value::from(DECIMALS[choice % DECIMALS.len()]));
    }
    if site.is("PartialDate") {
        return Some(Value::from(DATES[choice % DATES.len()]));
    }
    if site.types.contains("integer") {
        return Some(json!([0, 1, u32::MAX][choice % 3]));
    }
    None
}

proptest! {
    #![proptest_config(cases(256))]

    #[test]
    fn arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..256)) {
        validates_or_locates(&bytes)?;
    }
}

proptest! {
    #![proptest_config(cases(96))]

    /// Arbitrary JSON shaped like a report: parts of a generated report grafted onto other
    /// places of it.
    #[test]
    fn grafted_documents(
        report in strategy::inspection_with(1..5),
        grafts in prop::collection::vec((any::<Index>(), any::<Index>()), 1..6),
    ) {
        let mut document = serde_json::to_value(&report)?;
        for (from, to) in &grafts {
            let all = sites(&document);
            let (Some(from), Some(to)) = (pick(&all, &by(from)), pick(&all, &by(to))) else {
                continue;
            };
            let Some(value) = document.pointer(&from.pointer).cloned() else { continue };
            if let Some(slot) = document.pointer_mut(&to.pointer) {
                *slot = value;
            }
        }
        validates_or_locates(&serde_json::to_vec(&document)?)?;
    }

    /// Extreme values in well-typed places: the reader and the schema accept them, and
    /// validation does not panic.
    #[test]
    fn extreme_values(
        report in strategy::inspection_with(1..6),
        changes in prop::collection::vec((any::<Index>(), 0usize..64), 1..24),
        long_text in any::<Index>(),
    ) {
        let mut document = serde_json::to_value(&report)?;
        let all = sites(&document);
        let targets: Vec<&Site> = all.iter().filter(|s| extreme(s, 0).is_some()).collect();
        for (index, choice) in &changes {
            let Some(site) = pick(&targets, &by(index)) else { continue };
            if let (Some(value), Some(slot)) = (extreme(site, *choice), document.pointer_mut(&site.pointer)) {
                *slot = value;
            }
        }
        let texts: Vec<&Site> = all
            .iter()
            .filter(|s| s.def.is_none() && s.types.contains("string") && s.schema.get("pattern").is_none())
            .collect();
        if let Some(site) = pick(&texts, &by(&long_text))
            && let Some(slot) = document.pointer_mut(&site.pointer)
        {
            *slot = Value::from("整改 ".repeat(25_000));
        }
        let errors = schema_errors(&REPORT_2020_12, &document);
        prop_assert!(errors.is_empty(), "the schema refuses extreme values: {:?}", errors);
        let bytes = serde_json::to_vec(&document)?;
        let (_, issues) = validate::from_slice(&bytes)
            .map_err(|e| TestCaseError::fail(format!("the reader refuses extreme values: {e}")))?;
        for issue in &issues.issues {
            prop_assert!(document.pointer(&issue.pointer).is_some(), "{} points nowhere", issue);
        }
    }
}

/// A report whose sections nest `depth` deep, the innermost holding a finding whose
/// measure's figure has parts nested `parts` deep.
fn nested(depth: usize, parts: usize) -> String {
    let mut metric = r#"{"kind":"count","subject":"x","value":"1","unit":"time"}"#.to_owned();
    for _ in 0..parts {
        metric = format!(
            r#"{{"kind":"count","subject":"x","value":"1","unit":"time","parts":[{metric}]}}"#
        );
    }
    let finding = format!(
        r#"{{"id":"f-1","problem":"p","status":"completed","measures":[{{"id":"m-1","text":"t","metrics":[{metric}]}}]}}"#
    );
    let mut section =
        format!(r#"{{"id":"s-0","title":"t","kind":"other","findings":[{finding}]}}"#);
    for level in 1..depth {
        section =
            format!(r#"{{"id":"s-{level}","title":"t","kind":"other","subsections":[{section}]}}"#);
    }
    format!(
        r#"{{"title":"t","language":"zh-CN","stage":"final","round":{{"family":"audit","commissioned_by":{{"name":"a"}},"team":{{"name":"b"}},"inspected":[{{"name":"c"}}]}},"sections":[{section}],"issuer":{{"name":"i"}},"published":"2025"}}"#
    )
}

/// The deepest nesting the reader accepts is set by serde_json's recursion limit of 128
/// levels (an object or array each); one level more is refused with a position, and the
/// deepest report accepted validates without overflowing the stack.
#[test]
fn deep_nesting_up_to_the_recursion_limit() {
    let deepest = |make: &dyn Fn(usize) -> String| -> usize {
        let mut n = 1;
        while json::from_str::<Inspection>(&make(n + 1)).is_ok() {
            n += 1;
        }
        let err = json::from_str::<Inspection>(&make(n + 1)).expect_err("too deep");
        assert!(err.message().contains("recursion limit exceeded"), "{err}");
        assert!(err.line() > 0 && err.column() > 0, "{err:?}");
        let report = json::from_str::<Inspection>(&make(n)).expect("deepest accepted");
        let issues = report.validate();
        assert!(!issues.has_errors(), "{:?}", issues.errors().next());
        n
    };
    // Each section level takes two levels of JSON: the section and its `subsections`.
    let sections = deepest(&|depth| nested(depth, 0));
    let parts = deepest(&|parts| nested(1, parts));
    assert_eq!(
        (sections, parts),
        (60, 59),
        "documented in the crate's `## Limits`"
    );
}

#[test]
fn limits_of_decimals_and_ids_are_refused_with_a_pointer() {
    let report: Value = serde_json::from_str(&super::loss::everything()).expect("JSON");
    for (pointer, value, message) in [
        ("/published", json!("10000"), "invalid date"),
        (
            "/summary/completion_rate",
            json!("1234567890123456789"),
            "at most 18 digits",
        ),
        (
            "/summary/completion_rate",
            json!("0.12345678901"),
            "at most 10 digits",
        ),
        ("/id", json!("x".repeat(65)), "at most 64 bytes"),
    ] {
        let mut document = report.clone();
        *document.pointer_mut(pointer).expect("in the fixture") = value;
        let err =
            validate::from_slice(&serde_json::to_vec(&document).expect("JSON")).expect_err(message);
        assert_eq!(err.pointer(), pointer, "{err}");
        assert!(err.message().contains(message), "{err}");
    }
}
