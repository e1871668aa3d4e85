//! The reference notice: 中共许昌市城乡一体化示范区工委关于巡察整改情况的通报 (2025-10-23),
//! encoded with the builders of `inspection_report`.
//!
//! The notice of the party working committee of the Xuchang urban-rural integration
//! demonstration zone reports a 巡察 round of the city party committee (on site from 6 March to
//! 28 April 2025, feedback on 10 June, three months of rectification) and the rectification of
//! 22 findings: twelve completed (一、已完成的整改任务) and ten long-term (二、长期整改任务), with
//! their measures, figures, dispositions and documents, the next-step plan and the contact
//! details. Every figure, date and document of the published text is a structured value; the
//! report validates without a single issue.
//!
//! [`report`] builds it. Its JSON form is committed in the core crate as
//! `schema/examples/xuchang_2025.json` (`cargo run --example xuchang_2025` prints it), and
//! the published text with the inventory of its figures, dates and documents is in the core's
//! `tests/data/`.
//!
//! ```
//! use inspection_report::{FindingStatus, Validate};
//! use inspection_report_testkit::xuchang_2025;
//!
//! let report = xuchang_2025::report();
//! assert_eq!(report.iter_findings().count(), 22);
//! assert_eq!(
//!     report.iter_findings().filter(|f| f.status == FindingStatus::Completed).count(),
//!     12
//! );
//! assert!(report.validate().issues.is_empty());
//! ```
//!
//! Each part of the notice has its own module: the inspection round, the preamble and the
//! legal basis (`round`), the two sections of findings (`completed`, `long_term`) and the
//! next-step plan (`next_steps`); `shapes` holds the small helpers for the shapes the notice
//! repeats.

mod completed;
mod long_term;
mod next_steps;
mod round;
mod shapes;

use inspection_report::{
    Contact, Inspection, Numbering, Organization, ReportStage, Section, SectionKind,
};

/// The error of building the notice: an id, a date or a decimal of the encoding that does not
/// parse.
pub type BuildError = inspection_report::Error;

/// The whole notice, in published order.
///
/// # Panics
///
/// Never in practice: every id, date and decimal of the encoding parses, and the kit's tests
/// build the notice. [`try_report`] returns the error instead.
///
/// # Examples
///
/// ```
/// use inspection_report_testkit::xuchang_2025;
///
/// let report = xuchang_2025::report();
/// assert_eq!(report.published.map(|d| d.to_string()).as_deref(), Some("2025-10-23"));
/// assert_eq!(report.sections.len(), 2);
/// ```
pub fn report() -> Inspection {
    match try_report() {
        Ok(report) => report,
        Err(error) => panic!("the reference notice could not be built: {error}"),
    }
}

/// The whole notice, in published order, or the first id, date or decimal of the encoding
/// that does not parse.
///
/// # Errors
///
/// Fails when an id, a date or a decimal written in the encoding is malformed, which the kit's
/// tests rule out.
///
/// # Examples
///
/// ```
/// use inspection_report_testkit::xuchang_2025;
///
/// # fn main() -> Result<(), xuchang_2025::BuildError> {
/// let report = xuchang_2025::try_report()?;
/// assert_eq!(report, xuchang_2025::report());
/// # Ok(())
/// # }
/// ```
pub fn try_report() -> Result<Inspection, BuildError> {
    Ok(Inspection::builder()
        .id("xuchang-sfq-2025-10-23")?
        .title("中共许昌市城乡一体化示范区工委关于巡察整改情况的通报")
        .language("zh-CN")?
        .stage(ReportStage::Final)
        .round(round::round()?)
        .preamble(round::PREAMBLE)
        .legal_basis(round::legal_basis()?)
        .sections(vec![
            Section::builder()
                .id("completed")?
                .number(1)
                .numbering(Numbering::ChineseComma)
                .title("已完成的整改任务")
                .kind(SectionKind::Completed)
                .finding_numbering(Numbering::ArabicDot)
                .findings(completed::findings()?)
                .build(),
            Section::builder()
                .id("long-term")?
                .number(2)
                .numbering(Numbering::ChineseComma)
                .title("长期整改任务")
                .kind(SectionKind::LongTerm)
                .finding_numbering(Numbering::ArabicDot)
                .findings(long_term::findings()?)
                .build(),
        ])
        .next_steps(next_steps::next_steps()?)
        .contact(
            Contact::builder()
                .invitation(
                    "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见和建议,请及时向我们反映。",
                )
                .phones(vec!["0374-3376600".into()])
                .emails(vec!["sfqzbs@163.com".into()])
                .build(),
        )
        .issuer(Organization::named("中共许昌市城乡一体化示范区工委"))
        .published(shapes::date("2025-10-23")?)
        .build())
}
