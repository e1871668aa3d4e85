//! # inspection-report
//!
//! A typed model, JSON form, JSON Schema and validation for inspection rectification reports:
//! the notices in which an organization publishes what an inspection found (巡视, 巡察, audit,
//! environmental inspection) and how each problem was rectified (整改).
//!
//! ## The model
//!
//! An [`Inspection`] is one published report. It names the [`InspectionRound`] (who inspected
//! whom, when), the regulations it rests on ([`Document`]s), and its [`Finding`]s grouped in
//! [`Section`]s. Each finding has a [`FindingStatus`] and [`Measure`]s; each measure reports
//! figures ([`Metric`]), decisions against people or cases ([`Disposition`]), documents and
//! dated events ([`Milestone`]). Values keep what was written: exact [`Decimal`]s, dates as
//! precise as stated ([`PartialDate`], [`Period`]), a [`Quantity`] with its [`Unit`].
//! Codelists such as [`Unit`] and [`DispositionKind`] have stable `snake_case` codes and
//! Chinese and English labels ([`codelist::Codelist`]).
//!
//! ### The family of notices
//!
//! The same model serves the whole family of notices, not only the party notice with numbered
//! findings:
//!
//! - **the document**: its [`Genre`] (通报, 报告, a speech to the people's congress, 函, 公示, a
//!   batch progress report, a news re-write), addressees and salutation, the [`Delivery`] of a
//!   speech (date, occasion, speaker), [`Publication`] metadata (索引号, publishing body, date
//!   written, [`Disclosure`] mode), a publicity window, a legal basis stated as a formula;
//! - **people**: a [`Person`] with name, post and organization — a speaker, a signatory of a
//!   [`Document`], a team leader, the recipient of a disposition;
//! - **the round**: [`RoundComponent`]s of mixed kinds with their scope, several teams, the
//!   count of inspected units, the audited period, the stated on-site duration;
//! - **summaries** of the report or of a section: counts by status ([`StatusCount`]), an
//!   as-of date, whether the findings are listed in full, report-level [`Metric`]s and
//!   [`Disposition`]s, cumulative counts over [`Batches`];
//! - **cases and dispositions**: a finding's [`Complaint`] particulars (受理编号, region,
//!   [`PollutionCategory`], [`Verification`]), disposition `parts` that add up, a sanction's
//!   `term`, outcomes given together, the occasion;
//! - **dates as written**: a [`Period`]'s `inferred` parts, a [`date::DateAsWritten`].
//!
//! The crate root holds the model; everything else is in a module named for its concept:
//!
//! | module | what it holds |
//! |---|---|
//! | [`json`] | reading and writing the JSON form of any part of the model, and its [`json::Error`] |
//! | [`validate`] | the [`Validate`] trait, the rule catalog, [`validate::Issue`]s and [`validate::Diagnostics`] |
//! | [`schema`] | the JSON Schema of a report or of one part, in three dialects |
//! | [`codelist`] | the [`Codelist`](codelist::Codelist) trait of every closed set of codes |
//! | [`id`], [`decimal`], [`date`], [`language`], [`unit`](mod@unit) | the value types, their limits and their parse errors |
//! | [`source`] | where an imported element was read from, and [`source::check`] of a report against its text |
//! | [`Error`] | any error of this crate, for `?` in an application |
//!
//! ## Writing a report
//!
//! Every type has a builder; a missing required field is a compile error. Setters of ids
//! take the text and check it (`.id("f-1-01")?`); the shorthands
//! [`Metric::count`], [`Metric::money`], [`Disposition::persons`], [`Period::within`],
//! [`Period::since`] and [`Period::as_of`] write the common shapes in one call.
//!
//! ```
//! use inspection_report::*;
//!
//! # fn main() -> Result<(), inspection_report::Error> {
//! let measure = Measure::builder()
//!     .id("f-1-01.m2")?
//!     .ordinal(2)
//!     .text("定期听取巡察整改进展情况，共召开6次党工委会议。")
//!     .metrics(vec![
//!         Metric::builder()
//!             .kind(MetricKind::Count)
//!             .subject("党工委会议")
//!             .value(Decimal::from(6u32))
//!             .unit(Unit::Time)
//!             .period(Period::since("2025-03".parse()?))
//!             .build(),
//!     ])
//!     .dispositions(vec![Disposition::persons(
//!         DispositionKind::PartyAndAdministrativeSanction,
//!         8u32,
//!     )])
//!     .build();
//!
//! let report = Inspection::builder()
//!     .title("关于巡察整改情况的通报")
//!     .language("zh-CN")?
//!     .stage(ReportStage::Final)
//!     .round(
//!         InspectionRound::builder()
//!             .family(InspectionFamily::PartyInspection)
//!             .commissioned_by(Organization::named("市委"))
//!             .team(Organization::named("市委第八巡察组"))
//!             .inspected(vec![Organization::named("示范区党工委")])
//!             .on_site(Period::between("2025-03-06".parse()?, "2025-04-28".parse()?))
//!             .feedback_date("2025-06-10".parse()?)
//!             .build(),
//!     )
//!     .sections(vec![
//!         Section::builder()
//!             .id("completed")?
//!             .title("已完成的整改任务")
//!             .kind(SectionKind::Completed)
//!             .findings(vec![
//!                 Finding::builder()
//!                     .id("f-1-01")?
//!                     .number(1)
//!                     .problem("对巡察整改重视不够。")
//!                     .status(FindingStatus::Completed)
//!                     .measure_numbering(Numbering::ChineseShi)
//!                     .measures(vec![measure])
//!                     .build(),
//!             ])
//!             .build(),
//!     ])
//!     .issuer(Organization::named("示范区工委"))
//!     .published("2025-10-23".parse()?)
//!     .build();
//!
//! // The JSON form is the exchange format, and reads back to the same report.
//! let text = json::to_string_pretty(&report);
//! assert!(text.contains(r#""value": "6""#));
//! assert_eq!(json::from_str::<Inspection>(&text)?, report);
//! # Ok(())
//! # }
//! ```
//!
//! ## JSON
//!
//! The JSON form uses `snake_case` names and codes, ISO 8601 dates with reduced precision
//! (`"2025-03"`), and decimals as strings (`"129.9"`) so that figures stay exactly as written.
//! Unknown fields are refused. [`json::from_slice`], [`json::from_str`] and
//! [`json::from_reader`] read any part of the model and name the place of a bad value:
//!
//! ```
//! use inspection_report::{Inspection, json};
//!
//! let err = json::from_str::<Inspection>(r#"{"title": "通报", "language": "zh-CN", "stage": "done"}"#)
//!     .unwrap_err();
//! assert_eq!(err.kind(), json::ErrorKind::Data);
//! assert_eq!(err.pointer(), "/stage");
//! assert!(err.message().contains("unknown variant `done`"));
//! ```
//!
//! The limits of reading (input size, encoding, nesting, digits, id length) are listed in the
//! [`json`] module.
//!
//! ## Validating
//!
//! The types and the JSON Schema say what shape a report has; [`Validate::validate`] checks
//! what they cannot — that figures add up, dates run in order, ids are unique, a finding in a
//! "completed" section is completed — and reports *every* issue, each with a stable rule code,
//! a [`Tier`](validate::Tier), a JSON pointer and the numbering a person would cite
//! (`一、1. 三是`). The rules are listed by [`validate::rules`] and in
//! [the rule catalog](_documentation::rules).
//!
//! ```
//! use inspection_report::*;
//!
//! let powers = Metric::builder()
//!     .kind(MetricKind::Count)
//!     .subject("已承接职权")
//!     .value(Decimal::from(1185u32))
//!     .unit(Unit::Item)
//!     .parts(vec![
//!         Metric::count("区直各单位承接", 74u32, Unit::Item),
//!         Metric::count("派驻单位承接", 1110u32, Unit::Item), // should be 1111
//!     ])
//!     .build();
//! let diagnostics = powers.validate();
//! assert!(diagnostics.has_errors());
//! let issue = &diagnostics.issues[0];
//! assert_eq!(issue.code.as_str(), "R405");
//! assert_eq!(issue.pointer, "/value");
//! assert!(issue.message.en.contains("1184"));
//! ```
//!
//! [`validate::from_slice`] reads and validates in one call. Validation keeps at most
//! [`validate::Limits`] issues (1,000 by default) and counts the others, so that its memory
//! stays bounded on hostile input.
//!
//! ## JSON Schema
//!
//! Partner systems in other languages validate and generate types from the exported JSON
//! Schema: Draft 2020-12 by default, Draft-07 and OpenAPI 3.0 for older tooling, of a whole
//! report or of one part ([`schema::Part`]). The committed `schema/inspection.schema.json` is
//! what `cargo run --example schema` prints.
//!
//! ```
//! use inspection_report::schema::{self, Dialect, Part};
//!
//! let finding = schema::export(Part::Finding, Dialect::Draft2020_12);
//! assert_eq!(finding["$schema"], "https://json-schema.org/draft/2020-12/schema");
//! assert_eq!(finding["title"], "Finding");
//! ```
//!
//! ## Errors
//!
//! Each failure domain has its own error type, with accessors and a message that says what
//! and where: [`json::Error`] (reading JSON), [`id::Error`], [`decimal::Error`],
//! [`date::Error`], [`language::Error`] (parsing a value) and [`codelist::UnknownCode`].
//! Validation issues are data, not errors. Each converts into the crate-level [`Error`], so
//! `?` works in a function returning `Result<_, inspection_report::Error>`; see
//! [the error design](_documentation::errors).
//!
//! ## Test kit
//!
//! The crate `inspection-report-testkit` (in this workspace) holds proptest strategies for
//! every model type, the synthetic reports the benchmarks read and the reference notice
//! encoded in full, for the tests of this crate and of crates that depend on it.

#![warn(missing_docs)]

pub mod _documentation;
pub mod codelist;
mod error;
pub mod json;
mod model;
pub mod schema;
pub mod validate;

pub use error::{Error, ErrorKind};
pub use model::value::{date, decimal, id, language, source, unit};
pub use model::{
    Batches, Commitment, Complaint, Contact, DateOrPeriod, Decimal, Delivery, Disclosure,
    Disposition, DispositionKind, DispositionUnit, Document, DocumentStatus, Finding,
    FindingStatus, Genre, IncludedDisposition, Inspection, InspectionFamily, InspectionKind,
    InspectionRound, LanguageTag, Measure, Metric, MetricKind, Milestone, NextSteps, Numbering,
    Organization, PartialDate, Period, Person, PollutionCategory, Progress, Publication, Qualifier,
    Quantity, Rank, Rectification, ReportStage, RoundComponent, Section, SectionKind, Source,
    StatusCount, Summary, Unit, Verification,
};
pub use validate::Validate;
