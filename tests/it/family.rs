//! The family of notices: one report of each member, written with the builders from a real
//! published notice (`/work/shared/notices`, the openings of the notices quoted in issue 12),
//! valid, round-tripping, passing the committed schema; and a broken copy of each, caught by
//! the rule it breaks.
//!
//! The reports are committed as `tests/fixtures/family/{name}/valid.json`; run with
//! `UPDATE_FIXTURES=1` to write them again from the builders. Each folder also holds
//! `invalid.json` (the valid file with one figure broken) and `expected.json` (the issues it
//! yields, as in the rule kit).

use std::path::{Path, PathBuf};

use inspection_report::date::{DateAsWritten, DatePart};
use inspection_report::*;
use serde_json::Value;

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

fn date(text: &str) -> Result<PartialDate> {
    Ok(text.parse()?)
}

fn dec(text: &str) -> Result<Decimal> {
    Ok(text.parse()?)
}

fn counted(kind: DispositionKind, count: u32, unit: DispositionUnit) -> Disposition {
    Disposition::builder()
        .kind(kind)
        .count(count.into())
        .unit(unit)
        .build()
}

/// A district department's notice that gives only summary counts, figures and dispositions,
/// most of them zero, and lists no finding. Composed from the figures issue 12 quotes from
/// such notices: `已整改40项, 正在整改10项(含部分整改)`, `制定及修改完善制度12项`,
/// `追缴资金7.132万元`, `给予政务处分0人；组织处理0人；诫勉0人；交由纪委调查1人`, the index
/// number `113307020501239658/2023-46395`, `主动公开`, `按照党务公开原则和巡察工作有关要求`.
fn district_summary_only() -> Result<Inspection> {
    let zero = |kind| Disposition::persons(kind, 0u32);
    Ok(Inspection::builder()
        .id("district-summary-only")?
        .title("中共区审计局党组关于区委巡察反馈意见整改情况的通报")
        .language("zh-CN")?
        .stage(ReportStage::Final)
        .genre(Genre::PartyNotice)
        .round(
            InspectionRound::builder()
                .family(InspectionFamily::PartyInspection)
                .kind(InspectionKind::Regular)
                .commissioned_by(Organization::named("区委"))
                .team(Organization::named("区委巡察组"))
                .inspected(vec![Organization::named("区审计局党组")])
                .build(),
        )
        .legal_basis_wording("按照党务公开原则和巡察工作有关要求")
        .summary(
            Summary::builder()
                .findings_total(50)
                .by_status(vec![
                    StatusCount::new(FindingStatus::Completed, 40).with_label("已整改"),
                    StatusCount::new(FindingStatus::Ongoing, 10).with_label("正在整改(含部分整改)"),
                ])
                .metrics(vec![Metric::count("制定及修改完善制度", 12u32, Unit::Item)])
                .dispositions(vec![
                    zero(DispositionKind::AdministrativeSanction),
                    zero(DispositionKind::OrganizationalHandling),
                    zero(DispositionKind::Admonishment),
                    Disposition::persons(DispositionKind::ReferralToDisciplineCommission, 1u32),
                    Disposition::builder()
                        .kind(DispositionKind::MoneyRecovered)
                        .amount(Quantity::new(dec("7.132")?, Unit::TenThousandYuan))
                        .build(),
                ])
                .build(),
        )
        .issuer(Organization::named("中共区审计局党组"))
        .published(date("2023-12")?)
        .publication(
            Publication::builder()
                .index_number("113307020501239658/2023-46395")
                .publisher(Organization::named("区审计局"))
                .disclosure(Disclosure::Proactive)
                .build(),
        )
        .build())
}

/// A district party committee's consolidated progress report on one round covering 40
/// units, of mixed kinds, by four teams, quoted in issue 12: `区委4个巡察组`, `40家被巡察单位`,
/// `常规巡察`, an education-sector `专项巡察`, a grain-sector `上下联动专项巡察`, `为期45天`,
/// `截至2022年10月中旬`, `697个问题, 完成688个, 基本完成持续整改4个, 未完成5个, 总体完成率
/// 98.71%`.
fn consolidated_progress() -> Result<Inspection> {
    let mid_october = Period::builder()
        .end(date("2022-10-20")?)
        .wording("截至2022年10月中旬")
        .approximate(true)
        .build();
    Ok(Inspection::builder()
        .id("consolidated-progress")?
        .title("中共区委关于区委巡察整改进展情况的通报")
        .language("zh-CN")?
        .stage(ReportStage::Progress)
        .genre(Genre::PartyNotice)
        .round(
            InspectionRound::builder()
                .family(InspectionFamily::PartyInspection)
                .components(vec![
                    RoundComponent::builder()
                        .kinds(vec![InspectionKind::Regular])
                        .label("常规巡察")
                        .build(),
                    RoundComponent::builder()
                        .kinds(vec![InspectionKind::Special])
                        .scope("教育系统")
                        .label("专项巡察")
                        .build(),
                    RoundComponent::builder()
                        .kinds(vec![InspectionKind::Linked, InspectionKind::Special])
                        .scope("粮食购销领域")
                        .label("上下联动专项巡察")
                        .build(),
                ])
                .commissioned_by(Organization::named("区委"))
                .team(Organization::named("区委巡察组"))
                .team_count(4)
                .inspected(vec![])
                .inspected_count(40)
                .on_site_duration(Quantity::new(45u32.into(), Unit::Day).with_wording("为期45天"))
                .build(),
        )
        .summary(
            Summary::builder()
                .as_of(mid_october)
                .findings_total(697)
                .by_status(vec![
                    StatusCount::new(FindingStatus::Completed, 688).with_label("完成"),
                    StatusCount::new(FindingStatus::BasicallyCompleted, 4)
                        .with_label("基本完成持续整改"),
                    StatusCount::new(FindingStatus::NotCompleted, 5),
                ])
                .completion_rate(dec("98.71")?)
                .build(),
        )
        .issuer(Organization::named("中共区委"))
        .published(date("2022-10")?)
        .build())
}

/// The city audit report delivered as a speech to the standing committee of the people's
/// congress (`cixi-audit-2018-11-22.txt`), as far as its opening goes.
fn audit_speech() -> Result<Inspection> {
    let speaker = Person::builder()
        .name("俞金华")
        .post("局长")
        .organization(Organization::named("市审计局"))
        .build();
    let responsibility = Section::builder()
        .id("overall-1")?
        .number(1)
        .numbering(Numbering::ChineseParenthesized)
        .title("落实整改主体责任,多措并举开展整改。")
        .kind(SectionKind::Other)
        .milestones(vec![Milestone::builder()
            .date(Period::within(date("2018-07-30")?).with_wording("2018年7月30日").into())
            .text("市十七届人大常委会第十四次会议")
            .build()])
        .introduction("2018年7月30日市十七届人大常委会第十四次会议后,市审计局及时向相关整改责任单位出具整改任务清单,明确整改具体事项、责任单位和工作要求。各整改主体责任单位根据整改要求,主要负责人均亲自部署,有的还召开整改工作专题会议研究落实,部分单位还成立了以主要负责人为组长、分管负责人和中层干部为成员的整改工作小组,将审计整改工作分解落实到人,制定整改台账,实行对账销号。部分单位边审边改,在审计期间,逍林镇清理往来款项15笔,胜山镇、市文广局出台了议事决策制度;有些单位对审计发现问题开展专项整治,市水务集团对工程转包等问题在全集团开展针对性的专项自查,督促下属单位即查即改;有些单位建立长效机制抓整改,附海镇通过制订“三张单子”,对2016年经责审计提出的21个问题进行持续整改,已清理用地款1.05亿元,")
        .summary(
            Summary::builder()
                .metrics(vec![
                    Metric::builder()
                        .kind(MetricKind::Count)
                        .subject("逍林镇清理往来款项")
                        .value(15u32.into())
                        .unit(Unit::Other)
                        .unit_label("笔")
                        .build(),
                    Metric::builder()
                        .kind(MetricKind::Count)
                        .subject("附海镇持续整改2016年经责审计提出的问题")
                        .value(21u32.into())
                        .unit(Unit::Piece)
                        .period(Period::within(date("2016")?).with_wording("2016年"))
                        .build(),
                    Metric::money("附海镇已清理用地款", dec("1.05")?, Unit::HundredMillionYuan),
                ])
                .build(),
        )
        .build();
    Ok(Inspection::builder()
        .id("cixi-audit-2018")?
        .title("关于慈溪市2017年度本级预算执行和其他财政收支审计查出问题整改情况的报告")
        .language("zh-CN")?
        .stage(ReportStage::Final)
        .genre(Genre::CongressSpeech)
        .addressees(vec![Organization::named("市人大常委会")])
        .salutation("主任、各位副主任、各位委员")
        .delivery(
            Delivery::builder()
                .date(date("2018-11-22")?)
                .occasion("慈溪市十七届人大常委会第十六次会议")
                .speaker(speaker)
                .byline("市审计局局长 俞金华")
                .on_behalf_of(Organization::named("市人民政府"))
                .build(),
        )
        .round(
            InspectionRound::builder()
                .family(InspectionFamily::Audit)
                .commissioned_by(Organization::named("市人民政府"))
                .team(Organization::named("市审计局"))
                .inspected(vec![Organization::builder()
                    .name("市本级")
                    .full_name("慈溪市本级")
                    .build()])
                .audited_period(Period::within(date("2017")?).with_wording("2017年度"))
                .build(),
        )
        .preamble("我受市人民政府委托,向市人大常委会报告我市2017年度本级预算执行和其他财政收支审计查出问题的整改情况,请予审议。")
        .sections(vec![Section::builder()
            .id("overall")?
            .number(1)
            .numbering(Numbering::ChineseComma)
            .title("审计整改工作总体推进情况")
            .kind(SectionKind::Other)
            .introduction("市委市政府高度重视审计查出问题的整改落实工作,高庆丰书记和项敏市长多次作出重要批示,推进审计整改落实;市政府认真贯彻市人大常委会审议意见,专题部署2017年度市本级预算执行和其他财政收支审计查出问题的整改工作,强调限时按项逐条严肃落实整改;市审计局认真贯彻市人大常委会意见和市政府要求,积极落实审计整改“挂销号”和整改结果公告制度,加强整改督查,推动被审计单位构建整改长效机制;相关单位积极主动整改,整改工作总体顺利,整改成效显著。")
            .subsections(vec![responsibility])
            .build()])
        .issuer(Organization::named("市审计局"))
        .published(date("2018-11-22")?)
        .publication(
            Publication::builder()
                .publisher(Organization::named("市审计局"))
                .url("https://cixird.gov.cn/index.php/home/content?id=1532529")
                .build(),
        )
        .build())
}

/// The environmental inspection complaint batch report
/// (`inner-mongolia-complaints-batch-11-2025-06-17.txt`): the batch's counts and the
/// cumulative counts of batches 1–11, with their dispositions.
fn complaint_batch() -> Result<Inspection> {
    let june_17 = |wording: &str| -> Result<Period> {
        Ok(Period::builder()
            .end(date("2025-06-17")?)
            .wording(wording)
            .inferred(vec![DatePart::Year])
            .build())
    };
    let organizations = |kind, count| counted(kind, count, DispositionUnit::Organization);
    let cumulative = Summary::builder()
        .subject("信访件")
        .batches(Batches::new(1, 11))
        .as_of(june_17("截至6月17日")?)
        .findings_total(395)
        .by_status(vec![
            StatusCount::new(FindingStatus::Completed, 151).with_label("已办结"),
            StatusCount::new(FindingStatus::ClosedForPhase, 209),
            StatusCount::new(FindingStatus::NotCompleted, 35).with_label("未办结"),
        ])
        .dispositions(vec![
            organizations(DispositionKind::OrderToRectify, 88),
            organizations(DispositionKind::PenaltyCaseFiled, 46),
            Disposition::builder()
                .kind(DispositionKind::AdministrativePenalty)
                .label("罚款")
                .amount(Quantity::new(dec("251542.71")?, Unit::Yuan))
                .build(),
            counted(DispositionKind::CriminalCaseFiled, 18, DispositionUnit::Case),
            Disposition::persons(DispositionKind::CriminalDetention, 3u32),
            Disposition::persons(DispositionKind::Interview, 5u32),
            Disposition::persons(DispositionKind::Accountability, 8u32),
        ])
        .text("截至6月17日,全区已对1-11批395件信访件进行调查处理,其中,已办结151件、阶段性办结209件、未办结35件,责令整改88家,立案处罚46家,罚款金额251542.71元,立案侦查18件,刑事拘留3人,约谈5人,问责8人。")
        .build();
    Ok(Inspection::builder()
        .id("complaints-batch-11")?
        .title("内蒙古自治区中央第二生态环境保护督察组交办第十一批信访举报件边督边改情况")
        .language("zh-CN")?
        .stage(ReportStage::Progress)
        .genre(Genre::BatchProgressReport)
        .round(
            InspectionRound::builder()
                .family(InspectionFamily::EnvironmentalInspection)
                .team(Organization::builder()
                    .name("中央督察组")
                    .full_name("中央第二生态环境保护督察组")
                    .build())
                .inspected(vec![Organization::named("内蒙古自治区")])
                .build(),
        )
        .summary(
            Summary::builder()
                .subject("信访举报件")
                .batches(Batches::new(11, 11))
                .as_of(june_17("6月17日")?)
                .findings_total(27)
                .by_status(vec![
                    StatusCount::new(FindingStatus::Completed, 7).with_label("已办结"),
                    StatusCount::new(FindingStatus::ClosedForPhase, 17),
                    StatusCount::new(FindingStatus::NotCompleted, 3).with_label("未办结"),
                ])
                .dispositions(vec![
                    organizations(DispositionKind::OrderToRectify, 3),
                    organizations(DispositionKind::PenaltyCaseFiled, 8),
                    Disposition::persons(DispositionKind::Accountability, 2u32),
                ])
                .cumulative(Box::new(cumulative))
                .text("按照中央第二生态环境保护督察组(以下简称“中央督察组”)工作要求,6月17日,全区已对中央督察组交办的第十一批27件信访举报件进行调查处理,其中,已办结7件、阶段性办结17件、未办结3件,责令整改3家,立案处罚8家,问责2人。")
                .build(),
        )
        .next_steps(
            NextSteps::builder()
                .title("下一步工作")
                .introduction("相关信访举报件将持续按照中央督察组边督边改工作要求推进查处整改工作。")
                .build(),
        )
        .issuer(Organization::named("内蒙古自治区"))
        .published(date("2025-06-17")?)
        .publication(
            Publication::builder()
                .publisher(Organization::named("内蒙古自治区生态环境厅"))
                .url("https://sthjt.nmg.gov.cn/sthjdt/ztzl/zysthjbhdcznmg/bdbg/202506/t20250617_2741439.html")
                .build(),
        )
        .build())
}

/// The county party committee's 巡视 progress report (`xinchang-county-2021-10-28.txt`):
/// summary figures, and dispositions whose parts add up.
fn county_progress() -> Result<Inspection> {
    let party_discipline = Disposition::builder()
        .kind(DispositionKind::PartyDiscipline)
        .count(37u32.into())
        .unit(DispositionUnit::Person)
        .parts(vec![
            Disposition::persons(DispositionKind::PartyWarning, 18u32),
            Disposition::persons(DispositionKind::PartySeriousWarning, 11u32),
            Disposition::persons(DispositionKind::RemovalFromPartyPosts, 1u32),
            Disposition::persons(DispositionKind::PartyProbation, 2u32),
            Disposition::persons(DispositionKind::ExpulsionFromParty, 5u32),
        ])
        .build();
    let petitions = Metric::builder()
        .kind(MetricKind::Count)
        .subject("省委巡视组转交的信访件")
        .value(35u32.into())
        .unit(Unit::Matter)
        .progress(Progress::builder().resolved(35u32.into()).build())
        .wording("目前已全部办结")
        .build();
    let clue = Metric::builder()
        .kind(MetricKind::Count)
        .subject("巡视移交的问题线索")
        .value(1u32.into())
        .unit(Unit::Matter)
        .progress(Progress::builder().resolved(1u32.into()).build())
        .build();
    let rate = |subject: &str| {
        Metric::builder()
            .kind(MetricKind::Rate)
            .subject(subject)
            .value(100u32.into())
            .unit(Unit::Percent)
            .build()
    };
    Ok(Inspection::builder()
        .id("xinchang-2021-10-28")?
        .title("中共新昌县委关于省委第九巡视组巡视整改进展情况的通报")
        .language("zh-CN")?
        .stage(ReportStage::Progress)
        .genre(Genre::PartyNotice)
        .round(
            InspectionRound::builder()
                .family(InspectionFamily::PartyInspectionTour)
                .commissioned_by(Organization::named("省委"))
                .team(Organization::named("省委第九巡视组"))
                .inspected(vec![Organization::named("新昌县")])
                .on_site(Period::between(date("2020-11-10")?, date("2021-01-13")?))
                .feedback_date(date("2021-03-04")?)
                .build(),
        )
        .preamble("根据省委统一部署,2020年11月10日至2021年1月13日,省委第九巡视组对新昌县进行了巡视。2021年3月4日,省委巡视组向新昌县委反馈了巡视意见。根据巡视工作要求,现将巡视整改进展情况予以公布。")
        .summary(
            Summary::builder()
                .metrics(vec![
                    Metric::count("专题研究巡视整改工作的县委常委会会议", 4u32, Unit::Time),
                    Metric::count("牵头组织实施的县委县政府领导", 14u32, Unit::PersonWei),
                    Metric::builder()
                        .kind(MetricKind::Count)
                        .subject("巡视反馈意见")
                        .value(29u32.into())
                        .unit(Unit::Entry)
                        .of_which(vec![Metric::count("县委主要领导认领", 9u32, Unit::Entry)])
                        .build(),
                    Metric::count("整改措施", 153u32, Unit::Entry),
                    petitions,
                    rate("信访件办结率"),
                    clue,
                    rate("问题线索办结率"),
                ])
                .dispositions(vec![
                    counted(DispositionKind::CaseFiled, 40, DispositionUnit::Case),
                    counted(DispositionKind::CaseConcluded, 39, DispositionUnit::Case),
                    party_discipline,
                    Disposition::persons(DispositionKind::AdministrativeSanction, 5u32),
                ])
                .text("巡视反馈后,对省委巡视组转交的35件信访件,进行了认真梳理和集中办理,目前已全部办结,办结率100%。对巡视移交的1件问题线索,已办结1件,办结率为100%。在巡视整改工作中,对违规违纪的,立案40件,了结39件,给予党纪处分37人(党内警告18人、严重警告11人、撤销党内职务1人、留党察看2人、开除党籍5人);政务处分5人(")
                .build(),
        )
        .issuer(Organization::named("中共新昌县委"))
        .published(date("2021-10-28")?)
        .publication(
            Publication::builder()
                .url("https://sxlz.sx.gov.cn/art/2021/10/28/art_1229367693_58922819.html")
                .build(),
        )
        .build())
}

/// Every member of the family, by the name of its fixture folder.
fn members() -> Result<Vec<(&'static str, Inspection)>> {
    Ok(vec![
        ("district-summary-only", district_summary_only()?),
        ("consolidated-progress", consolidated_progress()?),
        ("audit-speech", audit_speech()?),
        ("complaint-batch", complaint_batch()?),
        ("county-progress", county_progress()?),
    ])
}

fn folder(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/family")
        .join(name)
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// The committed Draft 2020-12 schema, compiled by the schema tests' helper.
fn schema_validator() -> jsonschema::Validator {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/inspection.schema.json");
    let schema: Value = serde_json::from_str(&read(&path)).expect("the committed schema is JSON");
    crate::schema::validator(&schema)
}

/// The issues of a diagnostics as `(code, pointer)`, sorted.
fn issues_of(diagnostics: &validate::Diagnostics) -> Vec<(String, String)> {
    let mut issues: Vec<_> = diagnostics
        .issues
        .iter()
        .map(|issue| (issue.code.as_str().to_owned(), issue.pointer.clone()))
        .collect();
    issues.sort();
    issues
}

#[test]
fn each_member_is_valid_round_trips_and_passes_the_committed_schema() -> Result<()> {
    let validator = schema_validator();
    let update = std::env::var_os("UPDATE_FIXTURES").is_some();
    for (name, report) in members()? {
        let text = json::to_string_pretty(&report);
        let path = folder(name).join("valid.json");
        if update {
            std::fs::create_dir_all(folder(name))?;
            std::fs::write(&path, format!("{text}\n"))?;
        }
        let committed = read(&path);
        assert_eq!(
            json::from_str::<Inspection>(&committed)?,
            report,
            "{name}: the committed fixture is not what the builders write; run with UPDATE_FIXTURES=1"
        );
        assert_eq!(
            json::from_str::<Inspection>(&text)?,
            report,
            "{name}: round trip"
        );
        let diagnostics = report.validate();
        assert!(
            diagnostics.issues.is_empty(),
            "{name}: {:#?}",
            diagnostics.issues
        );
        let document: Value = serde_json::from_str(&committed)?;
        let errors: Vec<String> = validator
            .iter_errors(&document)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{name}: {errors:#?}");
    }
    Ok(())
}

#[test]
fn each_broken_member_is_caught_by_its_rule() -> Result<()> {
    let validator = schema_validator();
    for (name, _) in members()? {
        let invalid = read(&folder(name).join("invalid.json"));
        let document: Value = serde_json::from_str(&invalid)?;
        assert!(
            validator.is_valid(&document),
            "{name}: invalid.json breaks the schema"
        );
        let report = json::from_str::<Inspection>(&invalid)?;
        let expected: Vec<Value> =
            serde_json::from_str(&read(&folder(name).join("expected.json")))?;
        let mut expected: Vec<(String, String)> = expected
            .iter()
            .map(|issue| {
                (
                    issue["code"].as_str().unwrap_or_default().to_owned(),
                    issue["pointer"].as_str().unwrap_or_default().to_owned(),
                )
            })
            .collect();
        expected.sort();
        assert!(!expected.is_empty(), "{name}: expected.json lists no issue");
        assert_eq!(issues_of(&report.validate()), expected, "{name}");
    }
    Ok(())
}

#[test]
fn a_byline_with_an_ideographic_space_is_layout_not_an_artifact() -> Result<()> {
    let mut report = audit_speech()?;
    if let Some(delivery) = report.delivery.as_mut() {
        delivery.byline = Some("市审计局局长\u{3000}李火生".to_owned());
        delivery.speaker = Some(
            Person::builder()
                .name("李火生")
                .post("市审计局局长")
                .build(),
        );
    }
    assert!(report.validate().issues.is_empty());
    if let Some(delivery) = report.delivery.as_mut() {
        delivery.byline = Some("市审计局局长\u{3000}\u{3000}李火生".to_owned());
    }
    let issues = issues_of(&report.validate());
    assert_eq!(issues, [("R303".to_owned(), "/delivery/byline".to_owned())]);
    Ok(())
}

#[test]
fn a_publicity_window_after_publication_is_not_dated_after_it() -> Result<()> {
    let mut report = district_summary_only()?;
    report.genre = Some(Genre::Publicity);
    report.published = Some(date("2025-01-20")?);
    report.publicity = Some(
        Period::between(date("2025-01-21")?, date("2025-02-08")?)
            .with_wording("2025年1月21日至2月8日"),
    );
    assert!(report.validate().issues.is_empty());
    Ok(())
}

#[test]
fn a_partial_listing_is_not_compared_with_the_counts() -> Result<()> {
    let mut report = consolidated_progress()?;
    let finding = Finding::builder()
        .id("f-1")?
        .problem("落实全面从严治党主体责任不够到位。")
        .status(FindingStatus::Completed)
        .build();
    report.sections = vec![
        Section::builder()
            .id("listed")?
            .title("部分问题整改情况")
            .kind(SectionKind::Other)
            .findings(vec![finding])
            .build(),
    ];
    let listed = issues_of(&report.validate());
    assert!(listed.iter().any(|(code, _)| code == "R602"), "{listed:?}");
    if let Some(summary) = report.summary.as_mut() {
        summary.partial_listing = true;
    }
    assert!(report.validate().issues.is_empty());
    if let Some(summary) = report.summary.as_mut() {
        summary.findings_total = Some(0);
        summary.by_status.clear();
        summary.completion_rate = None;
    }
    let issues = issues_of(&report.validate());
    assert_eq!(
        issues,
        [("R608".to_owned(), "/summary/findings_total".to_owned())]
    );
    Ok(())
}

#[test]
fn the_signatory_of_an_agreement_has_a_home() -> Result<()> {
    let agreement = Document::builder()
        .id("doc-agreement")?
        .title("农业信贷担保助推农业高质量发展合作协议")
        .signatories(vec![
            Person::builder()
                .name("闫根峰")
                .post("党工委委员、管委会副主任")
                .build(),
        ])
        .build();
    let text = json::to_string(&agreement);
    assert!(
        text.contains(r#""post":"党工委委员、管委会副主任""#),
        "{text}"
    );
    assert_eq!(json::from_str::<Document>(&text)?, agreement);
    let written = DateAsWritten::builder()
        .wording("10月21日")
        .inferred(vec![DatePart::Year])
        .build();
    assert_eq!(
        json::from_str::<DateAsWritten>(&json::to_string(&written))?,
        written
    );
    Ok(())
}

#[test]
fn the_four_forms_must_add_up_and_outcomes_can_fall_on_one_person() -> Result<()> {
    let person_times = |kind, count: u32| counted(kind, count, DispositionUnit::PersonTime);
    let forms = |fourth: u32| {
        Disposition::builder()
            .kind(DispositionKind::FourForms)
            .count(120u32.into())
            .unit(DispositionUnit::PersonTime)
            .parts(vec![
                person_times(DispositionKind::FirstForm, 90),
                person_times(DispositionKind::SecondForm, 20),
                person_times(DispositionKind::ThirdForm, 6),
                person_times(DispositionKind::FourthForm, fourth),
            ])
            .build()
    };
    assert!(forms(4).validate().issues.is_empty());
    let under = forms(3).validate();
    assert_eq!(
        issues_of(&under),
        [("R508".to_owned(), "/count".to_owned())]
    );
    assert!(
        under.issues[0].message.en.contains("119"),
        "{}",
        under.issues[0].message.en
    );

    let probation = Disposition::builder()
        .kind(DispositionKind::PartyProbation)
        .count(1u32.into())
        .unit(DispositionUnit::Person)
        .term(Quantity::new(2u32.into(), Unit::Year).with_wording("二年"))
        .together_with(vec![
            Disposition::builder()
                .kind(DispositionKind::DismissalFromPost)
                .label("撤销行政职务")
                .build(),
            Disposition::builder()
                .kind(DispositionKind::DemotionInPost)
                .label("降为副巡视员")
                .build(),
        ])
        .build();
    assert!(probation.validate().issues.is_empty());
    let help = Disposition::builder()
        .kind(DispositionKind::CriticismAndHelp)
        .occasion("在专题民主生活会上")
        .build();
    assert!(help.validate().issues.is_empty());
    let mut wrong_term = probation;
    wrong_term.term = Some(Quantity::new(2u32.into(), Unit::Person));
    assert_eq!(
        issues_of(&wrong_term.validate()),
        [("R107".to_owned(), "/term/unit".to_owned())]
    );
    Ok(())
}

#[test]
fn a_section_states_its_own_counts_figures_and_dispositions() -> Result<()> {
    let section = |completed: u32| -> Result<Section> {
        Ok(Section::builder()
            .id("budget")?
            .number(1)
            .numbering(Numbering::ChineseParenthesized)
            .title("财政部门预算执行问题")
            .kind(SectionKind::Area)
            .summary(
                Summary::builder()
                    .findings_total(6)
                    .by_status(vec![
                        StatusCount::new(FindingStatus::PartiallyCompleted, 4)
                            .with_label("部分整改"),
                        StatusCount::new(FindingStatus::Completed, completed).with_label("已整改"),
                    ])
                    .metrics(vec![Metric::money(
                        "涉及金额",
                        dec("237054.47")?,
                        Unit::TenThousandYuan,
                    )])
                    .dispositions(vec![
                        Disposition::builder()
                            .kind(DispositionKind::MoneyRecovered)
                            .label("追缴资金")
                            .build(),
                    ])
                    .build(),
            )
            .build())
    };
    assert!(section(2)?.validate().issues.is_empty());
    assert_eq!(
        issues_of(&section(1)?.validate()),
        [("R606".to_owned(), "/summary/findings_total".to_owned())]
    );
    Ok(())
}

#[test]
fn listed_complaint_cases_agree_with_the_counts_by_status() -> Result<()> {
    let case = |n: u32, status: FindingStatus, verification: Verification| -> Result<Finding> {
        Ok(Finding::builder()
            .id(&format!("case-{n}"))?
            .number(n)
            .problem("反映某公司夜间生产噪声扰民、废气直排。")
            .status(status)
            .complaint(
                Complaint::builder()
                    .reference(format!("X15000020250611003{n}"))
                    .region("呼和浩特市")
                    .categories(vec![PollutionCategory::Noise, PollutionCategory::Air])
                    .verification(verification)
                    .build(),
            )
            .build())
    };
    let mut report = complaint_batch()?;
    report.sections = vec![
        Section::builder()
            .id("cases")?
            .title("第十一批信访举报件办理情况")
            .kind(SectionKind::Other)
            .finding_numbering(Numbering::ArabicDot)
            .findings(vec![
                case(1, FindingStatus::Completed, Verification::Substantiated)?,
                case(
                    2,
                    FindingStatus::ClosedForPhase,
                    Verification::PartlySubstantiated,
                )?,
                case(
                    3,
                    FindingStatus::NotCompleted,
                    Verification::NotSubstantiated,
                )?,
            ])
            .build(),
    ];
    if let Some(summary) = report.summary.as_mut() {
        summary.findings_total = Some(3);
        summary.by_status = vec![
            StatusCount::new(FindingStatus::Completed, 1).with_label("已办结"),
            StatusCount::new(FindingStatus::ClosedForPhase, 1),
            StatusCount::new(FindingStatus::NotCompleted, 1).with_label("未办结"),
        ];
    }
    assert!(
        report.validate().issues.is_empty(),
        "{:?}",
        issues_of(&report.validate())
    );
    report.sections[0].findings[2].status = FindingStatus::ClosedForPhase;
    assert_eq!(
        issues_of(&report.validate()),
        [
            ("R607".to_owned(), "/summary/by_status/1/count".to_owned()),
            ("R607".to_owned(), "/summary/by_status/2/count".to_owned()),
        ]
    );
    Ok(())
}
