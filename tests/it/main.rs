//! The integration tests of `inspection-report`, one module per subject, in one test binary.
//!
//! Data read by the tests stays beside this folder: `tests/data/` (the published text of the
//! reference notice and the inventory of its figures, dates and documents) and
//! `tests/fixtures/` (minimal documents, the rule compatibility kit in
//! `tests/fixtures/rules/`, and one report of each member of the family of notices in
//! `tests/fixtures/family/`). Failing proptest seeds are kept where proptest looks for them by default,
//! in `tests/proptest-regressions/<module>.txt` (commit them); insta snapshots are in
//! `tests/it/snapshots/`.
//!
//! Run one module with a filter: `cargo test --test it agreement::`.

mod agreement;
mod builders;
mod codelists;
mod family;
mod hostile;
mod properties;
mod reading;
mod rule_fixtures;
mod rules_doc;
mod schema;
mod source;
mod support;
mod validate;
mod xuchang_2025;
mod xuchang_figures;
