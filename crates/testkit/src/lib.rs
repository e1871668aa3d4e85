//! # inspection-report-testkit
//!
//! Test data for [`inspection_report`] and for the code that reads, writes or transforms its
//! reports:
//!
//! - [`strategy`]: [proptest](mod@proptest) strategies that generate **valid** values of every
//!   model type, from a date or a figure up to whole reports of any size;
//! - [`sample_inspection`]: one synthetic report of an exact size from a seed, for benchmarks
//!   and fixtures;
//! - [`xuchang_2025`]: the reference notice, a published rectification notice encoded with the
//!   builders, every figure, date and document a structured value.
//!
//! Everything generated or built here validates without a single issue.
//!
//! ## As a dev-dependency
//!
//! The kit is meant for tests, benches and examples, next to the core crate:
//!
//! ```toml
//! [dependencies]
//! inspection-report = { path = "../inspection-report" }
//!
//! [dev-dependencies]
//! inspection-report-testkit = { path = "../inspection-report/crates/testkit" }
//! proptest = "1.12"
//! ```
//!
//! A test of downstream code then checks a property over generated reports, and a fixed
//! result on the reference notice (in a test file, each function gets `#[test]`):
//!
//! ```
//! use inspection_report::{FindingStatus, Inspection, Validate};
//! use inspection_report_testkit::{sample_inspection, strategy, xuchang_2025};
//! use proptest::prelude::*;
//!
//! /// Downstream code under test: the findings still open.
//! fn open_findings(report: &Inspection) -> usize {
//!     report
//!         .iter_findings()
//!         .filter(|f| f.status != FindingStatus::Completed)
//!         .count()
//! }
//!
//! proptest! {
//!     #![proptest_config(ProptestConfig::with_cases(16))]
//!     fn open_findings_are_at_most_all_findings(report in strategy::inspection()) {
//!         prop_assert!(open_findings(&report) <= report.iter_findings().count());
//!         // Generated reports are valid: a property may rely on it.
//!         prop_assert!(report.validate().issues.is_empty());
//!     }
//! }
//! # open_findings_are_at_most_all_findings();
//!
//! // The reference notice: twelve completed findings and ten long-term ones.
//! assert_eq!(open_findings(&xuchang_2025::report()), 10);
//!
//! // A report of exactly 1,000 findings, the same for the same seed.
//! let large = sample_inspection(1_000, 2025);
//! assert_eq!(large.iter_findings().count(), 1_000);
//! ```
//!
//! The kit depends on the core crate by path; the core's own integration tests, benches and
//! examples use the kit the same way, as a dev-dependency.

#![warn(missing_docs)]

pub mod strategy;
pub mod xuchang_2025;

pub use strategy::sample_inspection;
