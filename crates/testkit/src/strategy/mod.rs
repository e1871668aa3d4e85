//! [proptest](mod@proptest) strategies that generate **valid** values of every model type, for
//! property tests of code that reads, writes or transforms reports.
//!
//! Every strategy yields values that deserialize and that
//! [`Validate`](inspection_report::Validate) passes without a single issue: ids are unique in
//! the document (derived from position: `f-3`, `f-3.m2`, `f-3.m2.x1.p2`), references
//! (`related`, `document_refs`) resolve, numbers and ordinals run from 1 within their group,
//! figures add up (`parts` sum to the total, `of_which` parts stay within it, `progress` has
//! resolved + remaining = total, ranks lie within `out_of`), units fit the kind of figure and
//! counts are whole, findings carry the status their section implies, `other` codes come with
//! their label, the dates of an inspection round are in order and a stated rectification
//! duration agrees with the period. Text is realistic Chinese, mixed with ASCII digits, Latin
//! words, full-width punctuation and the odd emoji; it is trimmed, never empty, and never has a
//! space between two CJK characters. Shrinking works: a failing report shrinks to one with few
//! findings and small figures, renumbered so that it stays valid.
//!
//! # Tutorial
//!
//! Use the strategies in [`proptest!`](proptest::proptest) tests like any other; here, a
//! property of downstream code that summarizes reports:
//!
//! ```
//! use inspection_report::{codelist::Codelist, FindingStatus, Inspection};
//! use inspection_report_testkit::strategy;
//! use proptest::prelude::*;
//!
//! /// Downstream code under test: the share of completed findings, in percent.
//! fn completion(report: &Inspection) -> Option<f64> {
//!     let total = report.iter_findings().count();
//!     let done = report.iter_findings().filter(|f| f.status == FindingStatus::Completed).count();
//!     (total > 0).then(|| done as f64 * 100.0 / total as f64)
//! }
//!
//! proptest! {
//!     #![proptest_config(ProptestConfig::with_cases(16))]
//!     // In a test file, put `#[test]` here.
//!     fn completion_is_a_percentage(report in strategy::inspection_with(0..20)) {
//!         if let Some(rate) = completion(&report) {
//!             prop_assert!((0.0..=100.0).contains(&rate));
//!         }
//!     }
//!
//!     fn every_status_code_parses(status in strategy::codelist::<FindingStatus>()) {
//!         prop_assert_eq!(status.code().parse::<FindingStatus>(), Ok(status));
//!     }
//! }
//! # completion_is_a_percentage();
//! # every_status_code_parses();
//! ```
//!
//! For benchmarks and fixtures, [`sample_inspection`] builds one report of an exact size from
//! a seed, with the same generator as [`inspection_with`]:
//!
//! ```
//! use inspection_report_testkit::strategy::sample_inspection;
//!
//! let report = sample_inspection(100, 42);
//! assert_eq!(report.iter_findings().count(), 100);
//! assert_eq!(report, sample_inspection(100, 42));
//! ```
//!
//! # Layout
//!
//! One file per concept, in the order of a report: text, dates, decimals, codes and ids,
//! organizations and contacts, documents, metrics, dispositions, measures, findings, sections,
//! the next-step plan, the summary, the inspection round, whole reports and the sample
//! generator. Each builds its values from a random draft where the positions in the document
//! are not yet known; `assemble` gives every part its positional id and number and resolves
//! references. The vocabulary is data, in `words`.

mod assemble;
mod codes;
mod date;
mod decimal;
mod disposition;
mod document;
mod finding;
mod inspection;
mod measure;
mod metric;
mod next_steps;
mod organization;
mod round;
mod sample;
mod section;
mod summary;
mod support;
mod text;
mod words;

pub use codes::{codelist, id, language_tag};
pub use date::{partial_date, period, when};
pub use decimal::decimal;
pub use disposition::disposition;
pub use document::document;
pub use finding::finding;
pub use inspection::{inspection, inspection_with};
pub use measure::{measure, milestone};
pub use metric::metric;
pub use next_steps::next_steps;
pub use organization::{contact, organization};
pub use round::inspection_round;
pub use sample::sample_inspection;
pub use section::section;
pub use summary::summary;
pub use text::text;
