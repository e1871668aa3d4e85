//! The exported JSON Schema: committed files, dialect validity, strictness, and agreement with
//! the Rust reader.

use std::path::Path;
use std::sync::LazyLock;

use inspection_report::codelist::Codelist;
use inspection_report::{
    Decimal, Inspection, LanguageTag, PartialDate, id::FindingId, json, schema, schema::Dialect,
    schema::Part,
};
use jsonschema::Validator;
use proptest::prelude::*;
use serde_json::{Value, json};

const DRAFT_2020_12: &str = "https://json-schema.org/draft/2020-12/schema";
const DRAFT_07: &str = "http://json-schema.org/draft-07/schema#";

/// The committed files, the dialect each holds, and the command that writes it.
const COMMITTED: &[(&str, Dialect, &str)] = &[
    (
        "schema/inspection.schema.json",
        Dialect::Draft2020_12,
        "cargo run --example schema > schema/inspection.schema.json",
    ),
    (
        "schema/inspection.draft-07.schema.json",
        Dialect::Draft07,
        "cargo run --example schema -- --dialect draft-07 > schema/inspection.draft-07.schema.json",
    ),
    (
        "schema/inspection.openapi-3.0.json",
        Dialect::OpenApi30,
        "cargo run --example schema -- --dialect openapi-3.0 > schema/inspection.openapi-3.0.json",
    ),
];

/// Every type the schema defines, under its Rust name.
const DEFINITIONS: &[&str] = &[
    "Batches",
    "Commitment",
    "CommitmentId",
    "Complaint",
    "Contact",
    "DateAsWritten",
    "DateOrPeriod",
    "DatePart",
    "Decimal",
    "Delivery",
    "Disclosure",
    "Disposition",
    "DispositionId",
    "DispositionKind",
    "DispositionUnit",
    "Document",
    "DocumentId",
    "DocumentStatus",
    "Finding",
    "FindingId",
    "FindingStatus",
    "Genre",
    "Grounding",
    "IncludedDisposition",
    "InspectionFamily",
    "InspectionKind",
    "InspectionRound",
    "LanguageTag",
    "Measure",
    "MeasureId",
    "Metric",
    "MetricId",
    "MetricKind",
    "Milestone",
    "MilestoneId",
    "NextSteps",
    "Numbering",
    "Organization",
    "PartialDate",
    "Period",
    "Person",
    "PollutionCategory",
    "Progress",
    "Publication",
    "Qualifier",
    "Quantity",
    "Rank",
    "Rectification",
    "ReportId",
    "ReportStage",
    "RoundComponent",
    "Section",
    "SectionId",
    "SectionKind",
    "Source",
    "StatusCount",
    "Summary",
    "Unit",
    "Verification",
];

fn all_schemas() -> impl Iterator<Item = (Part, Dialect, Value)> {
    Part::ALL.iter().flat_map(|&part| {
        Dialect::ALL
            .iter()
            .map(move |&dialect| (part, dialect, schema::export(part, dialect)))
    })
}

/// The definitions of a schema of any dialect, by name.
fn definitions(schema: &Value, dialect: Dialect) -> &serde_json::Map<String, Value> {
    let pointer = match dialect {
        Dialect::Draft2020_12 => "/$defs",
        Dialect::Draft07 => "/definitions",
        Dialect::OpenApi30 => "/components/schemas",
        _ => unreachable!("a dialect this test does not know"),
    };
    schema
        .pointer(pointer)
        .and_then(Value::as_object)
        .unwrap_or_else(|| panic!("no {pointer} in the {dialect} schema"))
}

/// Calls `visit(pointer, schema)` for `schema` and every subschema in it, by keyword: property
/// names (`title`, `format`) are never mistaken for keywords.
fn walk_schemas(pointer: &str, schema: &Value, visit: &mut dyn FnMut(&str, &Value)) {
    let Some(object) = schema.as_object() else {
        return;
    };
    visit(pointer, schema);
    for (keyword, value) in object {
        let here = format!("{pointer}/{keyword}");
        match keyword.as_str() {
            "properties" | "$defs" | "definitions" | "patternProperties" => {
                for (name, subschema) in value.as_object().into_iter().flatten() {
                    walk_schemas(&format!("{here}/{name}"), subschema, visit);
                }
            }
            "anyOf" | "allOf" | "oneOf" | "prefixItems" => {
                for (index, subschema) in value.as_array().into_iter().flatten().enumerate() {
                    walk_schemas(&format!("{here}/{index}"), subschema, visit);
                }
            }
            "items"
            | "additionalProperties"
            | "not"
            | "if"
            | "then"
            | "else"
            | "contains"
            | "propertyNames"
            | "additionalItems"
            | "unevaluatedProperties" => {
                walk_schemas(&here, value, visit);
            }
            _ => {}
        }
    }
}

/// Every schema object in `document` of `dialect`, with its JSON pointer.
fn every_subschema(document: &Value, dialect: Dialect) -> Vec<(String, Value)> {
    let mut found = Vec::new();
    let mut visit =
        |pointer: &str, schema: &Value| found.push((pointer.to_owned(), schema.clone()));
    if dialect == Dialect::OpenApi30 {
        for (name, schema) in definitions(document, dialect) {
            walk_schemas(&format!("/components/schemas/{name}"), schema, &mut visit);
        }
    } else {
        walk_schemas("", document, &mut visit);
    }
    found
}

pub(crate) fn validator(schema: &Value) -> Validator {
    jsonschema::options()
        .should_validate_formats(true)
        .build(schema)
        .unwrap_or_else(|e| panic!("the schema does not compile: {e}"))
}

/// A validator for one definition of the root 2020-12 schema (`Decimal`, `PartialDate`).
fn definition_validator(name: &str) -> Validator {
    let root = schema::inspection();
    validator(&json!({
        "$schema": DRAFT_2020_12,
        "$ref": format!("#/$defs/{name}"),
        "$defs": root["$defs"],
    }))
}

fn fixture(name: &str) -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/schema")
        .join(name);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{} is not JSON: {e}", path.display()))
}

#[test]
fn committed_files_are_what_the_code_exports() {
    for &(file, dialect, command) in COMMITTED {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(file);
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        let exported = serde_json::to_string_pretty(&schema::export(Part::Inspection, dialect))
            .expect("a schema serializes")
            + "\n";
        assert!(
            committed == exported,
            "{file} differs from the schema the code exports; regenerate it with `{command}`"
        );
    }
}

#[test]
fn root_schema_is_draft_2020_12_with_id_title_and_version() {
    let root = schema::inspection();
    assert_eq!(root["$schema"], DRAFT_2020_12);
    assert_eq!(
        root["$id"],
        "https://inspection-report.example/schema/0.2/inspection.schema.json"
    );
    assert_eq!(root["title"], "Inspection");
    assert!(root["description"].as_str().is_some_and(|d| !d.is_empty()));
    let comment = root["$comment"].as_str().unwrap_or_default();
    assert!(
        comment.contains(&format!("Schema version {} ", schema::VERSION)),
        "{comment}"
    );
    assert!(
        root["$id"]
            .as_str()
            .unwrap_or_default()
            .contains(schema::VERSION)
    );
}

#[test]
fn every_part_has_its_own_id() {
    let mut ids = std::collections::BTreeSet::new();
    for (part, dialect, document) in all_schemas() {
        let id = schema::id(part, dialect);
        assert!(ids.insert(id.clone()), "{id} is used twice");
        match dialect {
            Dialect::OpenApi30 => {
                assert!(document.get("$id").is_none());
                assert!(
                    definitions(&document, dialect).contains_key(
                        &document["info"]["title"]
                            .as_str()
                            .unwrap_or_default()
                            .replace("inspection-report: ", "")
                    )
                );
            }
            _ => {
                assert_eq!(document["$id"], id.as_str());
                assert_eq!(document["title"], part.type_name());
            }
        }
    }
}

#[test]
fn each_json_schema_dialect_is_valid_against_its_meta_schema() {
    for (part, dialect, document) in all_schemas() {
        let expected = match dialect {
            Dialect::Draft2020_12 => DRAFT_2020_12,
            Dialect::Draft07 => DRAFT_07,
            _ => continue,
        };
        assert_eq!(document["$schema"], expected, "{part} in {dialect}");
        if let Err(error) = jsonschema::meta::validate(&document) {
            panic!(
                "the {dialect} schema of {part} is not a valid schema: {error} at {}",
                error.instance_path()
            );
        }
        // It also compiles, with every `$ref` resolved.
        let _validator = validator(&document);
    }
}

#[test]
fn draft_07_uses_no_newer_keywords() {
    const NEWER: &[&str] = &[
        "$defs",
        "prefixItems",
        "unevaluatedProperties",
        "unevaluatedItems",
        "dependentRequired",
        "dependentSchemas",
        "$anchor",
        "$dynamicRef",
        "$dynamicAnchor",
        "minContains",
        "maxContains",
    ];
    for part in Part::ALL {
        let document = schema::export(*part, Dialect::Draft07);
        for (pointer, subschema) in every_subschema(&document, Dialect::Draft07) {
            for keyword in NEWER {
                assert!(
                    subschema.get(keyword).is_none(),
                    "{keyword} at {pointer} ({part})"
                );
            }
            // Draft-07 ignores every sibling of `$ref`.
            if subschema.get("$ref").is_some() {
                assert_eq!(
                    subschema.as_object().map(|o| o.len()),
                    Some(1),
                    "$ref siblings at {pointer} ({part})"
                );
            }
        }
    }
}

#[test]
fn openapi_document_is_openapi_3_0() {
    for part in Part::ALL {
        let document = schema::export(*part, Dialect::OpenApi30);
        assert_eq!(document["openapi"], "3.0.3");
        assert!(
            document["info"]["title"].is_string() && document["info"]["version"] == schema::VERSION
        );
        assert_eq!(document["paths"], json!({}));
        let names = definitions(&document, Dialect::OpenApi30);
        for (pointer, subschema) in every_subschema(&document, Dialect::OpenApi30) {
            for keyword in [
                "$schema",
                "$id",
                "$defs",
                "definitions",
                "const",
                "$comment",
                "examples",
                "prefixItems",
                "unevaluatedProperties",
            ] {
                assert!(
                    subschema.get(keyword).is_none(),
                    "{keyword} at {pointer} ({part})"
                );
            }
            if let Some(ty) = subschema.get("type") {
                assert!(
                    ty.is_string() && ty != "null",
                    "type {ty} at {pointer} ({part})"
                );
            }
            if let Some(reference) = subschema.get("$ref").and_then(Value::as_str) {
                let name = reference.strip_prefix("#/components/schemas/");
                assert!(
                    name.is_some_and(|n| names.contains_key(n)),
                    "dangling $ref {reference} at {pointer}"
                );
                assert_eq!(
                    subschema.as_object().map(|o| o.len()),
                    Some(1),
                    "$ref siblings at {pointer}"
                );
            }
            if subschema.get("nullable").is_some() {
                assert!(
                    subschema.get("type").is_some() || subschema.get("allOf").is_some(),
                    "nullable without type at {pointer}"
                );
            }
        }
    }
}

#[test]
fn only_standard_formats_appear() {
    for (part, dialect, document) in all_schemas() {
        for (pointer, subschema) in every_subschema(&document, dialect) {
            if let Some(format) = subschema.get("format") {
                assert_eq!(
                    format, "date",
                    "non-standard format at {pointer} ({part}, {dialect})"
                );
            }
        }
    }
    // Integers keep the bounds their Rust type gives them.
    let root = schema::inspection();
    assert_eq!(
        root.pointer("/$defs/Summary/properties/completed/minimum"),
        Some(&json!(0))
    );
    assert_eq!(
        root.pointer("/$defs/Summary/properties/completed/maximum"),
        Some(&json!(u32::MAX))
    );
    assert_eq!(
        root.pointer("/$defs/Finding/properties/number/minimum"),
        Some(&json!(0))
    );
}

#[test]
fn every_definition_and_property_is_described() {
    for (part, dialect, document) in all_schemas() {
        for (name, definition) in definitions(&document, dialect) {
            assert!(
                definition["description"].is_string(),
                "{name} has no description ({part}, {dialect})"
            );
        }
        for (pointer, subschema) in every_subschema(&document, dialect) {
            for (property, property_schema) in subschema
                .get("properties")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
            {
                assert!(
                    property_schema["description"]
                        .as_str()
                        .is_some_and(|d| !d.is_empty()),
                    "{pointer}/properties/{property} has no description ({part}, {dialect})"
                );
            }
        }
    }
}

#[test]
fn descriptions_carry_no_rustdoc_material() {
    for (part, dialect, document) in all_schemas() {
        for (pointer, subschema) in every_subschema(&document, dialect) {
            let Some(description) = subschema.get("description").and_then(Value::as_str) else {
                continue;
            };
            for rustdoc in ["# Examples", "```", "](crate::", "[`", "::builder"] {
                assert!(
                    !description.contains(rustdoc),
                    "{rustdoc} in the description at {pointer} ({part}, {dialect}): {description}"
                );
            }
        }
    }
}

#[test]
fn codes_keep_their_labels() {
    let root = schema::inspection();
    let completed = &root["$defs"]["FindingStatus"]["oneOf"][0];
    assert_eq!(completed["const"], "completed");
    assert!(
        completed["description"]
            .as_str()
            .is_some_and(|d| d.starts_with("`completed` — 已完成 (completed)."))
    );
    for (name, definition) in definitions(&root, Dialect::Draft2020_12) {
        for value in definition["oneOf"].as_array().into_iter().flatten() {
            let code = value["const"].as_str().unwrap_or_default();
            let description = value["description"].as_str().unwrap_or_default();
            assert!(
                description.starts_with(&format!("`{code}` — ")),
                "{name}: {code} has no label"
            );
        }
    }
}

#[test]
fn definitions_have_stable_names() {
    for dialect in Dialect::ALL {
        let document = schema::export(Part::Inspection, *dialect);
        let mut names: Vec<&str> = definitions(&document, *dialect)
            .keys()
            .map(String::as_str)
            .collect();
        names.sort_unstable();
        let mut expected = DEFINITIONS.to_vec();
        if *dialect == Dialect::OpenApi30 {
            // The OpenAPI document defines the part itself too.
            expected.push("Inspection");
            expected.sort_unstable();
        }
        assert_eq!(names, expected, "{dialect}");
    }
}

#[test]
fn objects_refuse_unknown_fields() {
    for (part, dialect, document) in all_schemas() {
        for (pointer, subschema) in every_subschema(&document, dialect) {
            if subschema.get("properties").is_some() {
                assert_eq!(
                    subschema["additionalProperties"], false,
                    "{pointer} admits unknown fields ({part}, {dialect})"
                );
            }
        }
    }
}

/// The fixture with the value at `pointer` replaced (or removed, for `None`).
fn with(mut document: Value, pointer: &str, value: Option<Value>) -> Value {
    let (parent, key) = pointer.rsplit_once('/').unwrap_or(("", pointer));
    let target = document
        .pointer_mut(parent)
        .unwrap_or_else(|| panic!("no {parent} in the fixture"));
    match (target, value) {
        (Value::Object(map), Some(value)) => {
            map.insert(key.to_owned(), value);
        }
        (Value::Object(map), None) => {
            map.remove(key);
        }
        (Value::Array(items), Some(value)) => {
            let index: usize = key.parse().unwrap_or(usize::MAX);
            items[index] = value;
        }
        _ => panic!("cannot change {pointer}"),
    }
    document
}

#[test]
fn minimal_document_is_valid_for_the_schema_and_the_reader() {
    let document = fixture("minimal.json");
    for dialect in [Dialect::Draft2020_12, Dialect::Draft07] {
        let validator = validator(&schema::export(Part::Inspection, dialect));
        let errors: Vec<String> = validator
            .iter_errors(&document)
            .map(|e| format!("{e} at {}", e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{dialect}: {errors:#?}");
    }
    let report = json::from_str::<Inspection>(&document.to_string())
        .expect("the reader accepts the fixture");
    // What the crate writes is valid too.
    let written: Value = serde_json::from_str(&json::to_string_pretty(&report)).expect("JSON");
    assert!(validator(&schema::inspection()).is_valid(&written));

    // A part on its own validates against the part's schema.
    let finding = &document["sections"][0]["findings"][0];
    assert!(validator(&schema::export(Part::Finding, Dialect::Draft2020_12)).is_valid(finding));
    assert!(validator(&schema::export(Part::Finding, Dialect::Draft07)).is_valid(finding));
    let metric = &finding["measures"][0]["metrics"][0];
    assert!(validator(&schema::export(Part::Metric, Dialect::Draft2020_12)).is_valid(metric));
    assert!(!validator(&schema::export(Part::Metric, Dialect::Draft2020_12)).is_valid(finding));
}

#[test]
fn schema_and_reader_reject_the_same_bad_documents() {
    let minimal = fixture("minimal.json");
    let finding = "/sections/0/findings/0";
    let metric = "/sections/0/findings/0/measures/0/metrics/0";
    let cases: &[(&str, &str, Option<Value>)] = &[
        ("unknown field", "/colour", Some(json!("red"))),
        (
            "unknown nested field",
            &format!("{metric}/colour"),
            Some(json!("red")),
        ),
        (
            "unknown code",
            &format!("{finding}/status"),
            Some(json!("done")),
        ),
        (
            "unknown unit",
            &format!("{metric}/unit"),
            Some(json!("furlong")),
        ),
        ("malformed date", "/published", Some(json!("2025/10/23"))),
        (
            "date not in the calendar",
            "/published",
            Some(json!("2025-02-30")),
        ),
        ("month 13", "/round/feedback_date", Some(json!("2025-13"))),
        (
            "malformed decimal",
            &format!("{metric}/value"),
            Some(json!("1e5")),
        ),
        (
            "decimal with a leading zero",
            &format!("{metric}/value"),
            Some(json!("06")),
        ),
        (
            "negative zero",
            &format!("{metric}/value"),
            Some(json!("-0.0")),
        ),
        (
            "decimal as a number",
            &format!("{metric}/value"),
            Some(json!(6)),
        ),
        ("bad id", &format!("{finding}/id"), Some(json!("finding 1"))),
        (
            "number beyond u32",
            &format!("{finding}/number"),
            Some(json!(4_294_967_296_u64)),
        ),
        (
            "number far beyond u64",
            &format!("{finding}/number"),
            Some(json!(1e308)),
        ),
        (
            "code in serde's object form",
            &format!("{finding}/status"),
            Some(json!({"completed": null})),
        ),
        (
            "unit in serde's object form",
            &format!("{metric}/unit"),
            Some(json!({"time": null})),
        ),
        ("null code", "/stage", Some(Value::Null)),
        (
            "code as a number",
            &format!("{metric}/unit"),
            Some(json!(3)),
        ),
        ("code as a boolean", "/stage", Some(json!(true))),
        ("code as an array", "/stage", Some(json!(["final"]))),
        ("bad language tag", "/language", Some(json!("Chinese"))),
        ("missing required field", "/title", None),
        ("null list", "/sections", Some(Value::Null)),
    ];
    let validators: Vec<(Dialect, Validator)> = [Dialect::Draft2020_12, Dialect::Draft07]
        .into_iter()
        .map(|d| (d, validator(&schema::export(Part::Inspection, d))))
        .collect();
    for (what, pointer, value) in cases {
        let document = with(minimal.clone(), pointer, value.clone());
        for (dialect, validator) in &validators {
            assert!(
                !validator.is_valid(&document),
                "{dialect} schema accepts a document with a {what}"
            );
        }
        assert!(
            json::from_str::<Inspection>(&document.to_string()).is_err(),
            "the reader accepts a document with a {what}"
        );
    }
}

/// Numbers and ordinals that do not start at 1, and a round that inspects no organization,
/// are well-formed: the schema and the reader both accept them, and validation reports them.
#[test]
fn schema_and_reader_accept_what_validation_decides() {
    let minimal = fixture("minimal.json");
    for (pointer, value) in [
        ("/sections/0/findings/0/number", json!(0)),
        ("/sections/0/findings/0/measures/0/ordinal", json!(0)),
        ("/sections/0/number", json!(0)),
        ("/round/inspected", json!([])),
    ] {
        let document = with(minimal.clone(), pointer, Some(value));
        assert!(
            validator(&schema::inspection()).is_valid(&document),
            "the schema refuses {pointer}, which the reader accepts"
        );
        assert!(
            json::from_str::<Inspection>(&document.to_string()).is_ok(),
            "the reader refuses {pointer}, which the schema accepts"
        );
    }
}

#[test]
fn schema_and_reader_both_read_null_as_absent() {
    let minimal = fixture("minimal.json");
    for pointer in [
        "/id",
        "/preamble",
        "/round/kind",
        "/sections/0/findings/0/number",
        "/round/on_site",
    ] {
        let document = with(minimal.clone(), pointer, Some(Value::Null));
        assert!(
            validator(&schema::inspection()).is_valid(&document),
            "the schema refuses null at {pointer}"
        );
        assert!(
            json::from_str::<Inspection>(&document.to_string()).is_ok(),
            "the reader refuses null at {pointer}"
        );
    }
}

static DECIMAL: LazyLock<Validator> = LazyLock::new(|| definition_validator("Decimal"));
static DATE: LazyLock<Validator> = LazyLock::new(|| definition_validator("PartialDate"));
static ID: LazyLock<Validator> = LazyLock::new(|| definition_validator("FindingId"));
static LANGUAGE: LazyLock<Validator> = LazyLock::new(|| definition_validator("LanguageTag"));

fn accepts(validator: &Validator, text: &str) -> bool {
    validator.is_valid(&Value::from(text))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn decimal_pattern_agrees_with_the_parser(text in "-?(0|[1-9][0-9]{0,19}|0[0-9]{1,2})(\\.[0-9]{0,12})?|[-+0-9.e ]{0,6}") {
        let schema_says = accepts(&DECIMAL, &text);
        prop_assert_eq!(schema_says, text.parse::<Decimal>().is_ok(), "{:?}", text);
    }

    #[test]
    fn date_pattern_and_format_agree_with_the_parser(text in "[0-9]{4}(-[0-9]{1,2}(-[0-9]{1,2})?)?|[0-9-/]{0,11}") {
        let schema_says = accepts(&DATE, &text);
        prop_assert_eq!(schema_says, text.parse::<PartialDate>().is_ok(), "{:?}", text);
    }

    #[test]
    fn id_pattern_agrees_with_the_parser(text in "[A-Za-z0-9._:-]{0,66}|[ -~é]{0,8}") {
        let schema_says = accepts(&ID, &text);
        prop_assert_eq!(schema_says, text.parse::<FindingId>().is_ok(), "{:?}", text);
    }

    #[test]
    fn language_tag_pattern_agrees_with_the_parser(text in "[a-zA-Z]{1,4}(-[A-Za-z0-9]{0,9}){0,3}|[ -~]{0,8}") {
        let schema_says = accepts(&LANGUAGE, &text);
        prop_assert_eq!(schema_says, text.parse::<LanguageTag>().is_ok(), "{:?}", text);
    }
}
