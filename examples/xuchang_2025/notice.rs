//! The whole notice: 中共许昌市城乡一体化示范区工委关于巡察整改情况的通报 (2025-10-23).
//!
//! Each part of the notice has its own module; this one puts them together. The modules are
//! declared with `#[path]` so that tests can include this file alone.

#[path = "completed.rs"]
mod completed;
#[path = "long_term.rs"]
mod long_term;
#[path = "next_steps.rs"]
mod next_steps;
#[path = "round.rs"]
mod round;
#[path = "shapes.rs"]
mod shapes;

use inspection_report::{
    Contact, Inspection, Numbering, Organization, ReportStage, Section, SectionKind,
};

pub use shapes::Result;

/// Builds the whole notice.
///
/// # Errors
///
/// Fails when an id, a date or a decimal written in this example is malformed.
pub fn notice() -> Result<Inspection> {
    Ok(Inspection::builder()
        .id("xuchang-sfq-2025-10-23".parse()?)
        .title("中共许昌市城乡一体化示范区工委关于巡察整改情况的通报")
        .language("zh-CN".parse()?)
        .stage(ReportStage::Final)
        .round(round::round()?)
        .preamble(round::PREAMBLE)
        .legal_basis(round::legal_basis()?)
        .sections(vec![
            Section::builder()
                .id("completed".parse()?)
                .number(1)
                .numbering(Numbering::ChineseComma)
                .title("已完成的整改任务")
                .kind(SectionKind::Completed)
                .finding_numbering(Numbering::ArabicDot)
                .findings(completed::findings()?)
                .build(),
            Section::builder()
                .id("long-term".parse()?)
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
