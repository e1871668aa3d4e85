//! The assembly step: reports of the stored notices, sources and coverage.

use inspection_report::Validate;
use inspection_report_import::{Options, check_sources, import};

use crate::support::{OPENINGS, notice};

#[test]
fn placeholder() {
    for name in OPENINGS {
        let text = notice(name);
        let imported = import(&text, &Options::default());
        println!(
            "{name}: {:?}",
            imported
                .diagnostics
                .iter()
                .map(|d| d.code)
                .collect::<Vec<_>>()
        );
        let _ = imported.inspection.validate();
        let _ = check_sources(&text, &imported.inspection, &imported.sources);
    }
}
