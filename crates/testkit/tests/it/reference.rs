//! The reference notice builds, the same every time, and validates without any issue.

use inspection_report::{FindingStatus, Validate};
use inspection_report_testkit::xuchang_2025;

#[test]
fn the_notice_builds_the_same_with_and_without_errors() {
    let built = xuchang_2025::try_report().unwrap_or_else(|e| panic!("the notice: {e}"));
    assert_eq!(built, xuchang_2025::report());
}

#[test]
fn the_notice_has_its_published_sections_and_validates() {
    let report = xuchang_2025::report();
    let statuses: Vec<FindingStatus> = report.iter_findings().map(|f| f.status).collect();
    assert_eq!(statuses.len(), 22);
    assert_eq!(
        statuses
            .iter()
            .filter(|s| **s == FindingStatus::Completed)
            .count(),
        12
    );
    assert_eq!(report.validate().issues, Vec::new());
}
