//! Outline snapshots of the reference notice and of each stored notice opening.

use inspection_report_import::analyze;

use crate::support::{OPENINGS, REFERENCE, notice};

fn outline(name: &str) -> String {
    let a = analyze(&notice(name));
    a.outline.render(&a.text)
}

#[test]
fn reference_outline() {
    insta::assert_snapshot!("xuchang-demonstration-zone-2025-10-23", outline(REFERENCE));
}

#[test]
fn opening_outlines() {
    for name in OPENINGS {
        insta::assert_snapshot!(name.trim_end_matches(".txt"), outline(name));
    }
}

#[test]
fn synthetic_outline() {
    insta::assert_snapshot!(
        "synthetic-county-progress-report",
        outline("synthetic-county-progress-report.txt")
    );
}
