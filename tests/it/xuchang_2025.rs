//! The committed sample `schema/examples/xuchang_2025.json` is exactly what the builders of
//! the reference notice (`inspection_report_testkit::xuchang_2025`) produce, it reads back into
//! the same report, and it validates without any issue.

use inspection_report::{Inspection, Validate, json, validate};
use inspection_report_testkit::xuchang_2025;

const SAMPLE: &str = "schema/examples/xuchang_2025.json";

fn committed() -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(SAMPLE);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

fn built() -> Inspection {
    xuchang_2025::report()
}

#[test]
fn committed_sample_equals_the_builders_output() {
    // `println!` in the example adds the final newline.
    let expected = format!("{}\n", json::to_string_pretty(&built()));
    assert!(
        committed() == expected,
        "{SAMPLE} is out of date; regenerate it with \
         `cargo run --example xuchang_2025 > {SAMPLE}`"
    );
}

#[test]
fn committed_sample_reads_back_into_an_equal_report() {
    let read = json::from_str::<Inspection>(&committed())
        .unwrap_or_else(|e| panic!("{SAMPLE} does not read back: {e}"));
    assert_eq!(read, built());
}

#[test]
fn reserializing_the_sample_gives_the_same_bytes() {
    let json = committed();
    let read = json::from_str::<Inspection>(&json)
        .unwrap_or_else(|e| panic!("{SAMPLE} does not read back: {e}"));
    assert_eq!(format!("{}\n", json::to_string_pretty(&read)), json);
}

#[test]
fn the_notice_validates_without_any_issue() {
    let report = built();
    let validation = report.validate();
    assert!(
        validation.is_clean(),
        "the notice has validation issues:\n{}",
        validation
            .issues
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    );
    let (read, from_json) = validate::from_slice(committed().as_bytes())
        .unwrap_or_else(|e| panic!("{SAMPLE} does not read back: {e}"));
    assert_eq!(read, report);
    assert!(from_json.is_clean());
}

#[test]
fn the_notice_is_complete() {
    let report = built();
    let counts: Vec<usize> = report.sections.iter().map(|s| s.findings.len()).collect();
    assert_eq!(counts, [12, 10]);
    let measures: Vec<usize> = report.iter_findings().map(|f| f.measures.len()).collect();
    assert_eq!(
        measures,
        [
            3, 3, 3, 6, 1, 3, 3, 3, 4, 3, 3, 2, 5, 2, 3, 3, 2, 3, 4, 3, 3, 3
        ]
    );
    for finding in report.iter_findings() {
        for (i, measure) in finding.measures.iter().enumerate() {
            if finding.measure_numbering.is_some() {
                assert_eq!(measure.ordinal, Some(i as u32 + 1), "{}", measure.id);
            }
            assert!(
                measure.id.as_str().starts_with(finding.id.as_str()),
                "{} is not under {}",
                measure.id,
                finding.id
            );
        }
    }
    assert_eq!(report.legal_basis.len(), 3);
    let next = report.next_steps.as_ref().map(|n| n.commitments.len());
    assert_eq!(next, Some(3));
}

#[test]
fn the_sample_validates_against_the_committed_schema() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/inspection.schema.json");
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display())),
    )
    .unwrap_or_else(|e| panic!("{} is not JSON: {e}", path.display()));
    let validator = jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap_or_else(|e| panic!("the committed schema does not compile: {e}"));
    let sample: serde_json::Value =
        serde_json::from_str(&committed()).unwrap_or_else(|e| panic!("{SAMPLE} is not JSON: {e}"));
    let errors: Vec<String> = validator
        .iter_errors(&sample)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "{SAMPLE} fails the schema:\n{}",
        errors.join("\n")
    );
}
