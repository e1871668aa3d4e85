//! Builds the reference notice, 中共许昌市城乡一体化示范区工委关于巡察整改情况的通报
//! (2025-10-23), validates it, and prints it as pretty JSON. The notice is encoded with the
//! builders in the test kit: `inspection_report_testkit::xuchang_2025` (in
//! `crates/testkit/src/xuchang_2025/`).
//!
//! Validation issues go to standard error; the program exits with status 1 when any of them is
//! an error, so the JSON on standard output is always a document that validates.
//!
//! ```text
//! cargo run --example xuchang_2025 > schema/examples/xuchang_2025.json
//! ```

use std::process::ExitCode;

use inspection_report::{Validate, json};
use inspection_report_testkit::xuchang_2025;

fn main() -> ExitCode {
    let report = match xuchang_2025::try_report() {
        Ok(report) => report,
        Err(err) => {
            eprintln!("error: the notice could not be built: {err}");
            return ExitCode::FAILURE;
        }
    };
    let validation = report.validate();
    for issue in &validation.issues {
        eprintln!("{issue}");
    }
    if validation.has_errors() {
        eprintln!(
            "error: the notice has {} validation error(s)",
            validation.error_count()
        );
        return ExitCode::FAILURE;
    }
    println!("{}", json::to_string_pretty(&report));
    ExitCode::SUCCESS
}
