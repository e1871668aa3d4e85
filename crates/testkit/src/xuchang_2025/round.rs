//! The opening of the notice: the inspection round, the preamble and the legal basis.

use inspection_report::{
    Document, InspectionFamily, InspectionRound, Organization, Period, Quantity, Rectification,
    Unit,
};

use inspection_report::date::{DateAsWritten, DatePart};

use super::shapes::{Result, date};

/// The opening paragraphs, as published (page-break and spacing artifacts removed).
pub const PREAMBLE: &str = "根据市委统一部署,2025年3月6日至4月28日,市委第八巡察组对市城乡一体化示范区党工委进行了巡察。6月10日,市委第八巡察组向市城乡一体化示范区党工委反馈了巡察意见。6月10日至9月10日,进行了三个月的集中整改。\n按照《中国共产党巡视工作条例》《河南省加强巡视整改和成果运用实施办法》《许昌市巡察整改和成果运用实施办法(试行)》有关规定,现将巡察整改情况予以公布。";

/// 根据市委统一部署 … 市委第八巡察组对市城乡一体化示范区党工委进行了巡察 … 进行了三个月的集中整改。
pub fn round() -> Result<InspectionRound> {
    Ok(InspectionRound::builder()
        .family(InspectionFamily::PartyInspection)
        // "根据市委统一部署": the city party committee commissioned the round.
        .commissioned_by(Organization::named("市委"))
        .team(Organization::named("市委第八巡察组"))
        .inspected(vec![Organization::named("市城乡一体化示范区党工委")])
        .on_site(
            Period::builder()
                .start(date("2025-03-06")?)
                .end(date("2025-04-28")?)
                .wording("2025年3月6日至4月28日")
                .build(),
        )
        .feedback_date(date("2025-06-10")?)
        // "6月10日": the year is the on-site period's.
        .feedback_as_written(
            DateAsWritten::builder()
                .wording("6月10日")
                .inferred(vec![DatePart::Year])
                .build(),
        )
        .rectification(
            Rectification::builder()
                .period(
                    Period::builder()
                        .start(date("2025-06-10")?)
                        .end(date("2025-09-10")?)
                        .wording("6月10日至9月10日")
                        .inferred(vec![DatePart::Year])
                        .build(),
                )
                .stated_duration(Quantity::new(3u32.into(), Unit::Month).with_wording("三个月"))
                .label("集中整改")
                .build(),
        )
        .build())
}

/// 按照《中国共产党巡视工作条例》《河南省加强巡视整改和成果运用实施办法》
/// 《许昌市巡察整改和成果运用实施办法(试行)》有关规定.
pub fn legal_basis() -> Result<Vec<Document>> {
    Ok(vec![
        Document::builder()
            .id("doc-party-inspection-work-regulations")?
            .title("中国共产党巡视工作条例")
            .build(),
        Document::builder()
            .id("doc-henan-inspection-rectification-measures")?
            .title("河南省加强巡视整改和成果运用实施办法")
            .build(),
        Document::builder()
            .id("doc-xuchang-inspection-rectification-measures")?
            .title("许昌市巡察整改和成果运用实施办法(试行)")
            .build(),
    ])
}
