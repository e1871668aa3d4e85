//! The integration tests of the test kit, in one test binary: what the kit generates and
//! builds keeps the promises its docs make.
//!
//! Run one module with a filter: `cargo test -p inspection-report-testkit --test it generator::`.

mod codelists;
mod generator;
mod reference;
mod support;
mod validation;
