use std::path::Path;

use super::*;

const EVERYTHING: &str = "tests/fixtures/agreement/everything.json";

pub(super) fn everything() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(EVERYTHING);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// Every `(type, property)` the schema defines, the root as `Inspection`.
fn defined() -> BTreeSet<(String, String)> {
    let mut all = BTreeSet::new();
    let objects = SCHEMA["$defs"]
        .as_object()
        .into_iter()
        .flatten()
        .map(|(name, def)| (name.as_str(), def))
        .chain([("Inspection", &*SCHEMA)]);
    for (name, def) in objects {
        for property in def["properties"]
            .as_object()
            .into_iter()
            .flatten()
            .map(|(p, _)| p)
        {
            all.insert((name.to_owned(), property.clone()));
        }
    }
    all
}

/// Every `(type, property)` present in `document`.
fn present(document: &Value) -> BTreeSet<(String, String)> {
    let mut found = BTreeSet::new();
    for site in sites(document) {
        if let Some(Value::Object(map)) = document.pointer(&site.pointer) {
            let owner = site.def.unwrap_or("Inspection");
            for key in map.keys() {
                found.insert((owner.to_owned(), key.clone()));
            }
        }
    }
    found
}

/// The fixture sets every property of every type the schema defines — so that a new field
/// fails this test until the fixture covers it — and survives reading and writing
/// unchanged, byte for byte.
#[test]
fn every_field_survives_a_round_trip() {
    let text = everything();
    let document: Value = serde_json::from_str(&text).expect("the fixture is JSON");
    let missing: Vec<String> = defined()
        .difference(&present(&document))
        .map(|(def, property)| format!("{def}.{property}"))
        .collect();
    assert!(
        missing.is_empty(),
        "{EVERYTHING} does not set {}; add them so that their round trip is tested",
        missing.join(", ")
    );

    let report = json::from_str::<Inspection>(&text).expect("the reader accepts the fixture");
    assert_eq!(
        json::to_string_pretty(&report) + "\n",
        text,
        "writing changes the fixture"
    );
    assert_eq!(serde_json::to_value(&report).expect("JSON"), document);
    let again = json::from_str::<Inspection>(&json::to_string_pretty(&report)).expect("reads back");
    assert_eq!(again, report);

    assert!(REPORT_2020_12.is_valid(&document));
    assert!(REPORT_07.is_valid(&document));
    let issues: Vec<String> = report
        .validate()
        .issues
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(
        issues.is_empty(),
        "the fixture has issues:\n{}",
        issues.join("\n")
    );
}

/// Refuses `document` with an unknown field added to each object in turn, pointing at the
/// field.
fn unknown_fields_refused(document: &Value) -> usize {
    let mut checked = 0;
    for site in sites(document) {
        let mut mutated = document.clone();
        let Some(Value::Object(map)) = mutated.pointer_mut(&site.pointer) else {
            continue;
        };
        map.insert("x_unknown".to_owned(), json!(1));
        let bytes = serde_json::to_vec(&mutated).expect("JSON");
        let err = json::from_slice::<Inspection>(&bytes)
            .expect_err(&format!("an unknown field at {} is dropped", site.pointer));
        assert_eq!(err.kind(), json::ErrorKind::Data, "{err}");
        assert_eq!(
            err.pointer(),
            format!("{}/x_unknown", site.pointer),
            "{err}"
        );
        assert!(err.message().contains("unknown field `x_unknown`"), "{err}");
        checked += 1;
    }
    checked
}

#[test]
fn unknown_fields_are_refused_at_every_level() {
    let fixture: Value = serde_json::from_str(&everything()).expect("JSON");
    let generated = serde_json::to_value(strategy::sample_inspection(6, 21)).expect("JSON");
    let checked = unknown_fields_refused(&fixture) + unknown_fields_refused(&generated);
    assert!(checked > 50, "only {checked} objects");
}
