//! Generated values pass validation without a single issue, of any tier.

use inspection_report::{Validate, validate::Issue};
use inspection_report_testkit::strategy;
use proptest::prelude::*;

use crate::support::cases;

fn clean(issues: &[Issue]) -> Result<(), TestCaseError> {
    let listed: Vec<String> = issues
        .iter()
        .map(|i| format!("{} at {}: {}", i.code, i.pointer, i.message.en))
        .collect();
    prop_assert!(
        issues.is_empty(),
        "validation issues:\n{}",
        listed.join("\n")
    );
    Ok(())
}

proptest! {
    #![proptest_config(cases(48))]

    #[test]
    fn reports_validate(report in strategy::inspection_with(0..40)) {
        clean(&report.validate().issues)?;
    }
}

proptest! {
    #![proptest_config(cases(256))]

    #[test]
    fn parts_validate(
        finding in strategy::finding(),
        section in strategy::section(),
        measure in strategy::measure(),
        metric in strategy::metric(),
        disposition in strategy::disposition(),
    ) {
        clean(&finding.validate().issues)?;
        clean(&section.validate().issues)?;
        clean(&measure.validate().issues)?;
        clean(&metric.validate().issues)?;
        clean(&disposition.validate().issues)?;
    }
}

#[test]
fn benchmark_samples_validate() {
    let report = strategy::sample_inspection(1000, 2025);
    assert_eq!(report.validate().issues, Vec::new());
}
