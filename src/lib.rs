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
//! dated events ([`Milestone`]). Codelists such as [`Unit`] and [`DispositionKind`] have stable
//! `snake_case` codes and Chinese and English labels ([`Codelist`]).
//!
//! ## Writing a report
//!
//! Every type has a builder; a missing required field is a compile error.
//!
//! ```
//! use inspection_report::*;
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let measure = Measure::builder()
//!     .id("f-1-01.m2".parse()?)
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
//!     .dispositions(vec![
//!         Disposition::builder()
//!             .kind(DispositionKind::PartyAndAdministrativeSanction)
//!             .count(Decimal::from(8u32))
//!             .unit(DispositionUnit::Person)
//!             .build(),
//!     ])
//!     .build();
//!
//! let report = Inspection::builder()
//!     .title("关于巡察整改情况的通报")
//!     .language("zh-CN".parse()?)
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
//!             .id("completed".parse()?)
//!             .title("已完成的整改任务")
//!             .kind(SectionKind::Completed)
//!             .findings(vec![
//!                 Finding::builder()
//!                     .id("f-1-01".parse()?)
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
//! // Serialize: the JSON form is the exchange format, and reads back to the same report.
//! let json = report.to_json_pretty();
//! assert!(json.contains(r#""value": "6""#));
//! assert_eq!(Inspection::from_json_str(&json)?, report);
//! # Ok(())
//! # }
//! ```
//!
//! ## JSON
//!
//! The JSON form uses `snake_case` names and codes, ISO 8601 dates with reduced precision
//! (`"2025-03"`), and decimals as strings (`"129.9"`) so that figures stay exactly as written.
//! Unknown fields are refused, and reading accepts what the exported schema accepts: a
//! codelist value is a string holding its code, never another JSON type nor serde's object
//! form of an enum (`{"final": null}`). Reading names the path of a bad value:
//!
//! ```
//! use inspection_report::Inspection;
//!
//! let err = Inspection::from_json_str(r#"{"title": "通报", "language": "zh-CN", "stage": "done"}"#)
//!     .unwrap_err();
//! assert_eq!(err.pointer, "/stage");
//! assert!(err.message.contains("unknown variant `done`"));
//! ```
//!
//! ## Validating
//!
//! The types and the JSON Schema say what shape a report has; [`Validate::validate`] checks
//! what they cannot — that figures add up, dates run in order, ids are unique, a finding in a
//! "completed" section is completed — and reports *every* issue, each with a stable rule code,
//! a [`Tier`], a JSON pointer and the numbering a person would cite (`一、1. 三是`). The rules
//! are listed by [`rules`] and in `RULES.md`.
//!
//! ```
//! use inspection_report::*;
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
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
//! let report = powers.validate();
//! assert!(report.has_errors());
//! let issue = &report.issues[0];
//! assert_eq!(issue.code.as_str(), "R405");
//! assert_eq!(issue.pointer, "/value");
//! assert!(issue.message.en.contains("1184"));
//! # Ok(())
//! # }
//! ```
//!
//! [`validate_json`] reads and validates in one call.
//!
//! ## JSON Schema
//!
//! Partner systems in other languages validate and generate types from the exported JSON
//! Schema: Draft 2020-12 by default, Draft-07 and OpenAPI 3.0 for older tooling, of a whole
//! report or of one part ([`SchemaPart`]). The committed `schema/inspection.schema.json` is
//! what `cargo run --example schema` prints.
//!
//! ```
//! use inspection_report::{Dialect, SchemaPart, schema};
//!
//! let finding = schema(SchemaPart::Finding, Dialect::Draft2020_12);
//! assert_eq!(finding["$schema"], "https://json-schema.org/draft/2020-12/schema");
//! assert_eq!(finding["title"], "Finding");
//! ```
//!
//! ## Limits
//!
//! Reading refuses, with a [`ReadError`] that names the place, input beyond these limits:
//!
//! - **Size**: none for a slice or a string; [`read_json_from_reader`] takes an optional limit
//!   in bytes, beyond which it stops reading and returns a [`ReadErrorKind::TooLarge`] error
//!   (of the whole input, without a position).
//!   The `validate` example reads at most 64 MiB by default (`--max-bytes` to change it).
//! - **Encoding**: UTF-8 without a byte-order mark (RFC 8259). A byte-order mark, UTF-16,
//!   UTF-32 and invalid UTF-8 are [`ReadErrorKind::Encoding`] errors that say which, with the
//!   byte offset of invalid UTF-8.
//! - **Nesting**: at most 128 levels of JSON objects and arrays (serde_json's recursion
//!   limit), so that hostile input cannot overflow the stack. Each section, finding, measure
//!   and figure takes two levels (the object and the array holding it): sections nest about
//!   60 deep, the parts of a figure in a finding's measure about 59 deep. Deeper input is a
//!   [`ReadErrorKind::Syntax`] error "recursion limit exceeded" with its line and column.
//! - **Decimals**: at most [`MAX_INTEGER_DIGITS`] (18) digits before the decimal point and
//!   [`MAX_FRACTION_DIGITS`] (10) after it. More is a [`ReadErrorKind::Data`] error at the
//!   value's pointer ("at most 18 digits before the decimal point are supported").
//! - **Ids**: at most 64 bytes ([`id::MAX_ID_LEN`]); a longer id is a
//!   [`ReadErrorKind::Data`] error at its pointer.
//! - **Dates**: years 0000 to 9999; **numbers and ordinals**: 0 to 4294967295 (`u32`). Beyond,
//!   a [`ReadErrorKind::Data`] error at the value's pointer.
//!
//! Texts and lists have no limit but memory. Validation takes whatever reading accepts and
//! does not panic on extreme values: sums of figures are exact to the last digit the model
//! holds, and a sum beyond the 38 digits the validator adds in is reported as not checked
//! (R411), never compared after rounding. Validation keeps at most [`IssueLimits`] issues
//! (1,000 by default) and counts the others, so its memory stays bounded on hostile input.

#![warn(missing_docs)]

mod codelist;
mod contact;
mod date;
mod decimal;
mod disposition;
mod document;
mod finding;
pub mod id;
mod inspection;
mod language;
mod measure;
mod metric;
mod numbering;
mod organization;
mod read;
mod round;
mod schema;
mod section;
mod serde_str;
mod summary;
mod unit;
mod validate;

pub use codelist::{Codelist, UnknownCode};
pub use contact::Contact;
pub use date::{DateError, DatePrecision, PartialDate, Period, When};
pub use decimal::{
    DECIMAL_PATTERN, Decimal, DecimalError, DecimalErrorReason, MAX_FRACTION_DIGITS,
    MAX_INTEGER_DIGITS,
};
pub use disposition::{Disposition, DispositionKind, DispositionUnit, Included, Money};
pub use document::{Document, DocumentStatus};
pub use finding::{Finding, FindingStatus};
pub use id::{
    CommitmentId, DispositionId, DocumentId, FindingId, IdError, IdErrorReason, MeasureId,
    MetricId, MilestoneId, ReportId, SectionId,
};
pub use inspection::{Inspection, ReportStage};
pub use language::{LANGUAGE_TAG_PATTERN, LanguageTag, LanguageTagError};
pub use measure::{Measure, Milestone};
pub use metric::{Metric, MetricKind, Progress, Qualifier, Rank};
pub use numbering::Numbering;
pub use organization::Organization;
pub use read::{ReadError, ReadErrorKind, read_json, read_json_from_reader};
pub use round::{Duration, InspectionFamily, InspectionKind, InspectionRound, Rectification};
pub use schema::{
    Dialect, SCHEMA_BASE_URI, SCHEMA_VERSION, SchemaPart, inspection_schema, schema, schema_id,
};
pub use section::{Section, SectionKind};
pub use summary::{Commitment, NextSteps, Summary};
pub use unit::{Dimension, Unit};
pub use validate::{
    Issue, IssueLimits, Message, Rule, RuleCode, Tier, Validate, ValidationReport, rules,
    validate_json,
};
