//! Reads arbitrary bytes as a report and validates it: must never panic, and every rejection
//! must say where.

#![no_main]

use inspection_report::{Inspection, Validate, validate_json};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    match validate_json(data) {
        Ok((report, issues)) => {
            // What was read writes and reads back to the same report and the same issues.
            let written = report.to_json_pretty();
            let back = Inspection::from_json_str(&written).expect("a written report reads back");
            assert_eq!(back, report);
            assert_eq!(back.validate(), issues);
        }
        Err(err) => {
            assert!(
                err.line > 0 || !err.pointer.is_empty(),
                "unlocated: {err:?}"
            );
        }
    }
});
