//! The model of a published rectification report, one file per concept; the values it is
//! written with are in [`value`].

mod complaint;
mod contact;
mod delivery;
mod disposition;
mod document;
mod finding;
mod genre;
mod inspection;
mod measure;
mod metric;
mod milestone;
mod next_steps;
mod numbering;
mod organization;
mod person;
mod publication;
mod round;
mod section;
mod summary;
pub(crate) mod value;

pub use complaint::{Complaint, PollutionCategory, Verification};
pub use contact::Contact;
pub use delivery::Delivery;
pub use disposition::{Disposition, DispositionKind, DispositionUnit, IncludedDisposition};
pub use document::{Document, DocumentStatus};
pub use finding::{Finding, FindingStatus};
pub use genre::Genre;
pub use inspection::{Inspection, ReportStage};
pub use measure::Measure;
pub use metric::{Metric, MetricKind, Progress, Qualifier, Rank};
pub use milestone::Milestone;
pub use next_steps::{Commitment, NextSteps};
pub use numbering::Numbering;
pub use organization::Organization;
pub use person::Person;
pub use publication::{Disclosure, Publication};
pub use round::{InspectionFamily, InspectionKind, InspectionRound, Rectification, RoundComponent};
pub use section::{Section, SectionKind};
pub use summary::{Batches, StatusCount, Summary};
pub use value::date::{DateOrPeriod, PartialDate, Period};
pub use value::decimal::Decimal;
pub use value::language::LanguageTag;
pub use value::quantity::Quantity;
pub use value::source::Source;
pub use value::unit::Unit;
