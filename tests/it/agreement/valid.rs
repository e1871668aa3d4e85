use serde::Serialize;

use super::*;

fn passes_schema<T: Serialize>(validator: &Validator, value: &T) -> Result<(), TestCaseError> {
    let document = serde_json::to_value(value)?;
    let errors = schema_errors(validator, &document);
    prop_assert!(
        errors.is_empty(),
        "the schema refuses a valid document:\n{}\n{}",
        errors.join("\n"),
        compact(&document, "")
    );
    Ok(())
}

fn validates<T: Validate>(value: &T) -> Result<(), TestCaseError> {
    let report = value.validate();
    let listed: Vec<String> = report.issues.iter().map(ToString::to_string).collect();
    prop_assert!(
        report.is_clean(),
        "validation issues:\n{}",
        listed.join("\n")
    );
    Ok(())
}

fn part(part: Part) -> &'static Validator {
    &PARTS[&part]
}

proptest! {
    #![proptest_config(cases(32))]

    #[test]
    fn reports_pass_both_dialects_and_validation(report in strategy::inspection()) {
        passes_schema(&REPORT_2020_12, &report)?;
        passes_schema(&REPORT_07, &report)?;
        passes_schema(part(Part::Inspection), &report)?;
        validates(&report)?;
    }
}

proptest! {
    #![proptest_config(cases(64))]

    #[test]
    fn parts_pass_their_schemas_and_validation(
        finding in strategy::finding(),
        section in strategy::section(),
        measure in strategy::measure(),
        metric in strategy::metric(),
        disposition in strategy::disposition(),
        document in strategy::document(),
        round in strategy::inspection_round(),
    ) {
        passes_schema(part(Part::Finding), &finding)?;
        validates(&finding)?;
        passes_schema(part(Part::Section), &section)?;
        validates(&section)?;
        passes_schema(part(Part::Measure), &measure)?;
        validates(&measure)?;
        passes_schema(part(Part::Metric), &metric)?;
        validates(&metric)?;
        passes_schema(part(Part::Disposition), &disposition)?;
        validates(&disposition)?;
        passes_schema(part(Part::Document), &document)?;
        passes_schema(part(Part::InspectionRound), &round)?;
    }
}

/// A part's schema is the part, not anything: a finding is no metric.
#[test]
fn part_schemas_refuse_other_parts() {
    let report = strategy::sample_inspection(3, 5);
    let finding = serde_json::to_value(report.iter_findings().next()).expect("JSON");
    assert!(part(Part::Finding).is_valid(&finding));
    for other in [Part::Metric, Part::Section, Part::Inspection] {
        assert!(!part(other).is_valid(&finding), "{other} accepts a finding");
    }
}
