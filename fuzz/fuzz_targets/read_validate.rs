//! Reads arbitrary bytes as a report and validates it: must never panic, and every rejection
//! must say where.

#![no_main]

use inspection_report::{Inspection, Validate, json, validate};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    match validate::from_slice(data) {
        Ok((report, diagnostics)) => {
            // What was read writes and reads back to the same report and the same issues.
            let written = json::to_string_pretty(&report);
            let back: Inspection = json::from_str(&written).expect("a written report reads back");
            assert_eq!(back, report);
            assert_eq!(back.validate(), diagnostics);
        }
        Err(err) => {
            assert!(
                err.line() > 0 || !err.pointer().is_empty(),
                "unlocated: {err:?}"
            );
        }
    }
});
