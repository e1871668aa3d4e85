//! 二、长期整改任务: the ten findings that need long-term rectification.
//!
//! Figures stated with the problem itself (二、2 and 二、4) are the finding's `metrics`.

use inspection_report::{
    Document, DocumentStatus, Finding, FindingStatus, Measure, Metric, MetricKind, Milestone,
    Numbering, Organization, Period, Progress, Qualifier, Rank, Unit,
};

use super::shapes::{
    Result, count_in, date, decimal, during, fuzzy, money, ordinal, period, since, within,
    year_on_year,
};

/// The ten findings of section 二, in published order.
pub fn findings() -> Result<Vec<Finding>> {
    Ok(vec![
        f_2_01()?,
        f_2_02()?,
        f_2_03()?,
        f_2_04()?,
        f_2_05()?,
        f_2_06()?,
        f_2_07()?,
        f_2_08()?,
        f_2_09()?,
        f_2_10()?,
    ])
}

/// 1. 主导产业发展不平衡,电气装备类企业经济贡献度低。
fn f_2_01() -> Result<Finding> {
    let january_to_july = period("2025-01", "2025-07", "今年1-7月份")?;
    Ok(Finding::builder()
        .id("f-2-01")?
        .number(1)
        .problem("主导产业发展不平衡,电气装备类企业经济贡献度低。")
        .status(FindingStatus::LongTerm)
        .measure_numbering(Numbering::ChineseShi)
        .measures(vec![
            Measure::builder()
                .id("f-2-01.m1")?
                .ordinal(1)
                .heading("主导产业占比呈上升趋势")
                .text("今年1-7月份,示范区规模以上工业企业累计完成工业总产值129.9亿元,同比增长10.1%,工业增加值同比增长6.3%,实现营业收入131.2亿元,同比增长8.9%。其中电力装备及电子信息产业累计完成工业总产值31.3亿元,同比增长23.8%,实现营业收入30.1亿元,同比增长16.4%;其他装备制造业累计完成工业总产值13.9亿元,同比增长18.1%,实现营业收入14.5亿元,同比增长41.8%。较去年相比有较大幅度增长。")
                .metrics(during(
                    &january_to_july,
                    vec![
                        Metric::builder()
                            .kind(MetricKind::Amount)
                            .subject("规模以上工业企业工业总产值")
                            .value(decimal("129.9")?)
                            .unit(Unit::HundredMillionYuan)
                            .of_which(vec![
                                money("电力装备及电子信息产业工业总产值", "31.3", Unit::HundredMillionYuan)?,
                                money("其他装备制造业工业总产值", "13.9", Unit::HundredMillionYuan)?,
                            ])
                            .build(),
                        year_on_year("规模以上工业企业工业总产值", "10.1")?,
                        year_on_year("规模以上工业企业工业增加值", "6.3")?,
                        Metric::builder()
                            .kind(MetricKind::Amount)
                            .subject("规模以上工业企业营业收入")
                            .value(decimal("131.2")?)
                            .unit(Unit::HundredMillionYuan)
                            .of_which(vec![
                                money("电力装备及电子信息产业营业收入", "30.1", Unit::HundredMillionYuan)?,
                                money("其他装备制造业营业收入", "14.5", Unit::HundredMillionYuan)?,
                            ])
                            .build(),
                        year_on_year("规模以上工业企业营业收入", "8.9")?,
                        year_on_year("电力装备及电子信息产业工业总产值", "23.8")?,
                        year_on_year("电力装备及电子信息产业营业收入", "16.4")?,
                        year_on_year("其他装备制造业工业总产值", "18.1")?,
                        year_on_year("其他装备制造业营业收入", "41.8")?,
                    ],
                ))
                .build(),
            Measure::builder()
                .id("f-2-01.m2")?
                .ordinal(2)
                .heading("抓好小微企业升规培育")
                .text(r#"紧盯"准规上"工业企业培育库企业经营情况,同时与税务、招商等多部门联动,及时掌握企业新情况、新线索,全力做好小微企业培育工作,力争培育企业尽快达到入规标准,目前已升规企业2家,后备8家。"#)
                .metrics(during(
                    &Period::as_of("目前"),
                    vec![
                        Metric::count("已升规企业", 2, Unit::Establishment),
                        Metric::count("后备升规企业", 8, Unit::Establishment),
                    ],
                ))
                .build(),
            Measure::builder()
                .id("f-2-01.m3")?
                .ordinal(3)
                .heading("持续提升助企服务水平")
                .text(r#"今年以来,电气谷持续优化营商环境,提升助企服务质效,为工业企业提供全链条、全天候、全周期服务,通过实地走访、网络宣传等多种方式,积极开展各类惠企政策宣讲工作,企业服务成果显著,许继仪表成功申报2025年国家5G工厂名录项目暨河南省5G全连接工厂项目;开普研究院、源洪电气2家企业成功申报2025年第一批"专精特新"企业;许昌智能、联桥科技等7家企业成功申报2025年省级绿色工厂;中天电气、联桥科技2家企业成功申报省级优秀智能应用场景项目;数产集团、继电器研究所2家企业3个产品成功评为河南省人工智能创新产品,切实提高了区内电力装备企业的软实力。"#)
                .period(since("2025", "今年以来")?)
                .metrics(vec![
                    count_in(r#"成功申报第一批"专精特新"企业"#, 2, Unit::Establishment, within("2025", "2025年")?),
                    Metric::builder()
                        .kind(MetricKind::Ordinal)
                        .subject(r#""专精特新"企业申报批次"#)
                        .value(1u32.into())
                        .unit(Unit::Batch)
                        .wording("第一批")
                        .period(within("2025", "2025年")?)
                        .build(),
                    count_in("成功申报省级绿色工厂企业", 7, Unit::Establishment, within("2025", "2025年")?),
                    Metric::count("成功申报省级优秀智能应用场景项目企业", 2, Unit::Establishment),
                    Metric::count("产品评为河南省人工智能创新产品的企业", 2, Unit::Establishment),
                    Metric::count("河南省人工智能创新产品", 3, Unit::Piece),
                ])
                .build(),
            Measure::builder()
                .id("f-2-01.m4")?
                .ordinal(4)
                .heading("持续扩大电力装备企业规模")
                .text("按照市委市政府重塑重振中原电气谷的重大战略部署要求,围绕电力装备主导产业,持续做好产业细化研究,加强与专家智库对接,深化对智能电力装备、电子信息、人工智能等重点产业研究,精研细分赛道,实施创新能级提升、企业梯度培育、数智化绿色化转型等行动,今年新增电气装备类规模以上企业2家,电力装备产业规模持续扩大。")
                .metrics(vec![count_in(
                    "新增电气装备类规模以上企业",
                    2,
                    Unit::Establishment,
                    within("2025", "今年")?,
                )])
                .build(),
            Measure::builder()
                .id("f-2-01.m5")?
                .ordinal(5)
                .heading("紧抓重点项目建设")
                .text(r#"坚持重点项目周例会工作机制,实现重点项目攻坚突破。其中许继电气智能配网产业基地项目已在全省"三个一批"活动集中开工,开普国家电工电子检测公共服务平台项目二期项目已于9月1日开工。"#)
                .milestones(vec![
                    Milestone::builder()
                        .date(date("2025-09-01")?.into())
                        .text("开普国家电工电子检测公共服务平台项目二期项目开工")
                        .build(),
                ])
                .build(),
        ])
        .build())
}

/// 2. 2024年度经济发展质量综合指数位居9个县(市、区、功能区)末位。
fn f_2_02() -> Result<Finding> {
    Ok(Finding::builder()
        .id("f-2-02")?
        .number(2)
        .problem("2024年度经济发展质量综合指数位居9个县(市、区、功能区)末位。")
        .status(FindingStatus::LongTerm)
        .period(within("2024", "2024年度")?)
        .metrics(vec![
            Metric::builder()
                .kind(MetricKind::Rank)
                .subject("经济发展质量综合指数")
                .value(1u32.into())
                .unit(Unit::RankPosition)
                .rank(Rank::builder()
                    .out_of(9u32.into())
                    .out_of_unit(Unit::Piece)
                    .from_bottom(true)
                    .among("县(市、区、功能区)")
                    .build())
                .period(within("2024", "2024年度")?)
                .wording("末位")
                .build(),
        ])
        .measure_numbering(Numbering::ChineseShi)
        .measures(vec![
            Measure::builder()
                .id("f-2-02.m1")?
                .ordinal(1)
                .text(r#"芙蓉湖现代服务业创新圈规划、中原电气谷产业发展规划编制已经基本完成。其中,芙蓉湖现代服务业创新圈规划明确了"八大战略""3+2"功能体系、"三年深耕、三年腾飞"目标及"三圈两轴"空间布局;中原电气谷产业发展规划明确了"1+1+N"特色现代化产业体系、"两轴、五组团"空间布局以及"一核四基地"战略布局。"#)
                .document_refs(vec![
                    "doc-furong-lake-services-plan".parse()?,
                    "doc-electric-valley-industry-plan".parse()?,
                ])
                .build(),
            Measure::builder()
                .id("f-2-02.m2")?
                .ordinal(2)
                .text(r#"持续完善经济运行"日监测、周调度"工作机制,2025年1—8月份,发改局会同各经济主管部门,充分发挥示范区"1+N"统计监测体系作用,全力以赴抓经济、稳增长、促发展,各项主要经济指标稳中有进,在7月份经济发展质量综合指数测算中全市排名第二,为实现全年经济发展预期目标奠定坚实基础。"#)
                .period(period("2025-01", "2025-08", "2025年1—8月份")?)
                .metrics(vec![
                    Metric::builder()
                        .kind(MetricKind::Rank)
                        .subject("经济发展质量综合指数测算")
                        .value(2u32.into())
                        .unit(Unit::RankPosition)
                        .rank(Rank::builder().among("全市").build())
                        .period(within("2025-07", "7月份")?)
                        .wording("全市排名第二")
                        .build(),
                ])
                .build(),
        ])
        .build())
}

/// 3. 高新企业培育力度不大。
fn f_2_03() -> Result<Finding> {
    Ok(Finding::builder()
        .id("f-2-03")?
        .number(3)
        .problem("高新企业培育力度不大。")
        .status(FindingStatus::LongTerm)
        .measure_numbering(Numbering::ChineseShi)
        .measures(vec![
            Measure::builder()
                .id("f-2-03.m1")?
                .ordinal(1)
                .heading("提高企业创新能力")
                .text(r#"鼓励引导企业加大研发,主动承担国家、省、市重大科技项目。对规上工业企业研发投入实行"一企一档",加强调度指导,1—7月全区规上企业研发费用1.67亿元。指导申报中央引导地方科技发展资金项目3个;申请备案省重点研发专项5个,市重点研发项目3个;指导4家企业申请省科学技术进步奖。"#)
                .metrics(vec![
                    Metric::builder()
                        .kind(MetricKind::Amount)
                        .subject("全区规上企业研发费用")
                        .value(decimal("1.67")?)
                        .unit(Unit::HundredMillionYuan)
                        .period(period("2025-01", "2025-07", "1—7月")?)
                        .build(),
                    Metric::count("指导申报中央引导地方科技发展资金项目", 3, Unit::Piece),
                    Metric::count("申请备案省重点研发专项", 5, Unit::Piece),
                    Metric::count("申请备案市重点研发项目", 3, Unit::Piece),
                    Metric::count("指导申请省科学技术进步奖的企业", 4, Unit::Establishment),
                ])
                .build(),
            Measure::builder()
                .id("f-2-03.m2")?
                .ordinal(2)
                .heading("加强高新技术企业培育")
                .text("已开展2025年高新技术企业申报推荐工作,联合产业园区开展高企摸底调研和申报动员,截至目前,已申报第一批高企22家,其中新认定高企9家,重新认定高企13家,目前正在开展2025年第二批高新技术企业申报工作。")
                .period(within("2025", "2025年")?)
                .metrics(vec![
                    Metric::builder()
                        .kind(MetricKind::Count)
                        .subject("已申报第一批高企")
                        .value(22u32.into())
                        .unit(Unit::Establishment)
                        .period(Period::as_of("截至目前"))
                        .of_which(vec![
                            Metric::count("新认定高企", 9, Unit::Establishment),
                            Metric::count("重新认定高企", 13, Unit::Establishment),
                        ])
                        .build(),
                    ordinal("高企申报批次", 1, Unit::Batch, "第一批"),
                    Metric::builder()
                        .kind(MetricKind::Ordinal)
                        .subject("高新技术企业申报批次")
                        .value(2u32.into())
                        .unit(Unit::Batch)
                        .wording("2025年第二批")
                        .period(within("2025", "2025年")?)
                        .build(),
                ])
                .build(),
            Measure::builder()
                .id("f-2-03.m3")?
                .ordinal(3)
                .heading("强化创新主体培育服务力量")
                .text("借助八戒网、许昌智慧岛等第三方服务机构平台,进行科技创新政策宣传,为企业解读高新技术企业认定政策及标准。结合产业园区和孵化载体,对辖区内企业进行关键业务指导和培训,帮助企业查找问题、补短板,提升创新主体后备力量。")
                .build(),
        ])
        .build())
}

/// 4. 2024年国家科技部对全国178家高新区综合评价工作进行排名,许昌高新区位列151名,在全省9家国家高新区排名倒数第二。
fn f_2_04() -> Result<Finding> {
    Ok(Finding::builder()
        .id("f-2-04")?
        .number(4)
        .problem("2024年国家科技部对全国178家高新区综合评价工作进行排名,许昌高新区位列151名,在全省9家国家高新区排名倒数第二。")
        .status(FindingStatus::LongTerm)
        .period(within("2024", "2024年")?)
        .metrics(vec![
            Metric::builder()
                .kind(MetricKind::Rank)
                .subject("许昌高新区综合评价排名")
                .value(151u32.into())
                .unit(Unit::RankPosition)
                .rank(Rank::builder()
                    .out_of(178u32.into())
                    .out_of_unit(Unit::Establishment)
                    .among("全国高新区")
                    .build())
                .period(within("2024", "2024年")?)
                .wording("位列151名")
                .build(),
            Metric::builder()
                .kind(MetricKind::Rank)
                .subject("许昌高新区在全省国家高新区中的排名")
                .value(2u32.into())
                .unit(Unit::RankPosition)
                .rank(Rank::builder()
                    .out_of(9u32.into())
                    .out_of_unit(Unit::Establishment)
                    .from_bottom(true)
                    .among("全省国家高新区")
                    .build())
                .period(within("2024", "2024年")?)
                .wording("倒数第二")
                .build(),
        ])
        .measure_numbering(Numbering::ChineseShi)
        .measures(vec![
            Measure::builder()
                .id("f-2-04.m1")?
                .ordinal(1)
                .heading("稳步推进国家高新区评价工作")
                .text("初步梳理了国家高新区综合评价指标体系的数据来源,明确了责任分工,建立常态化工作机制,全力做好国家高新区综合评价工作。各相关单位积极配合,指定专人负责对接报送火炬统计报表,提高数据报送质量,做到应统尽统,夯实国家高新区评价工作基础。")
                .build(),
            Measure::builder()
                .id("f-2-04.m2")?
                .ordinal(2)
                .heading("不断完善高新区建设方案")
                .text("对照国家高新区综合评价指标体系,征求全区相关单位意见,完成了《许昌高新区2025年建设工作方案(讨论稿)》,目前正在根据工信部《推动国家高新区高质量发展2025年工作要点》进一步完善内容。")
                .documents(vec![
                    Document::builder()
                        .id("doc-high-tech-zone-work-plan-2025-draft")?
                        .title("许昌高新区2025年建设工作方案(讨论稿)")
                        .status(DocumentStatus::Draft)
                        .build(),
                    Document::builder()
                        .id("doc-miit-high-tech-zone-key-points-2025")?
                        .title("推动国家高新区高质量发展2025年工作要点")
                        .issuer(Organization::named("工信部"))
                        .build(),
                ])
                .build(),
            Measure::builder()
                .id("f-2-04.m3")?
                .ordinal(3)
                .heading("有序开展科技日常工作")
                .text("积极提升创新主体培育,正在进行科技型中小企业评价备案工作,截至目前,已完成备案科技型中小企业51家。持续实施创新载体平台提质增量行动,3家企业通过2023年市级重点实验室考核评估,许继电力电子获批市级重点实验室,4家企业备案了市级企业技术创新中心。")
                .metrics(vec![
                    count_in("已完成备案科技型中小企业", 51, Unit::Establishment, Period::as_of("截至目前")),
                    count_in("通过市级重点实验室考核评估的企业", 3, Unit::Establishment, within("2023", "2023年")?),
                    Metric::count("备案市级企业技术创新中心的企业", 4, Unit::Establishment),
                ])
                .build(),
        ])
        .build())
}

/// 5. 结合国家高新区发展优势,围绕体制机制改革、产业发展、项目建设等对上争取放权赋能方面缺乏突破思维和主动性。
fn f_2_05() -> Result<Finding> {
    Ok(Finding::builder()
        .id("f-2-05")?
        .number(5)
        .problem("结合国家高新区发展优势,围绕体制机制改革、产业发展、项目建设等对上争取放权赋能方面缺乏突破思维和主动性。")
        .status(FindingStatus::LongTerm)
        .measure_numbering(Numbering::ChineseShi)
        .measures(vec![
            Measure::builder()
                .id("f-2-05.m1")?
                .ordinal(1)
                .text("通过对照全市4074项权责清单,结合示范区实际,目前已承接1185项,建立权责清单台账。")
                .metrics(vec![
                    Metric::builder()
                        .kind(MetricKind::Count)
                        .subject("全市权责清单事项")
                        .value(4074u32.into())
                        .unit(Unit::Item)
                        .of_which(vec![count_in("已承接权责事项", 1185, Unit::Item, Period::as_of("目前"))])
                        .build(),
                ])
                .build(),
            Measure::builder()
                .id("f-2-05.m2")?
                .ordinal(2)
                .text("积极与市委编办沟通对接,争取市委编办在体制机制改革、权责清单等工作上给予支持。")
                .build(),
        ])
        .build())
}

/// 6. 营商环境优化不够。
fn f_2_06() -> Result<Finding> {
    Ok(Finding::builder()
        .id("f-2-06")?
        .number(6)
        .problem("营商环境优化不够。")
        .status(FindingStatus::LongTerm)
        // 整政情况 is the original's typo of 整改情况, kept as published.
        .measures_heading("整政情况")
        .measure_numbering(Numbering::ChineseShi)
        .measures(vec![
            Measure::builder()
                .id("f-2-06.m1")?
                .ordinal(1)
                .text("在政务服务中心、园区服务站设立帮办代办点。其中,区政务服务中心已将帮办代办纳入日常运行体系,制定相关制度,拓展服务范围,建立服务台账,实现政务事项帮办代办全覆盖。在电子商务产业园、5G产业园、中德产业园、森尼瑞产业园等企业集聚区域设立了4个帮办代办服务驿站,主要依托园区管理公司及合作平台公司开展现场服务。")
                .metrics(vec![Metric::count("帮办代办服务驿站", 4, Unit::Piece)])
                .build(),
            Measure::builder()
                .id("f-2-06.m2")?
                .ordinal(2)
                .text(r#"在品牌推广方面,入选市级栏目报道6个,帮助2家电力装备企业入选市日报"赢商莲城;许君以昌"专题栏目,8月10日,许昌零距离对我区柔性执法情况进行采访。8月12日,许昌零距离对我区"证前指导"情况进行采访。"#)
                .metrics(vec![
                    Metric::count("入选市级栏目报道", 6, Unit::Piece),
                    Metric::count("入选市日报专题栏目的电力装备企业", 2, Unit::Establishment),
                ])
                .milestones(vec![
                    Milestone::builder()
                        .date(date("2025-08-10")?.into())
                        .text("许昌零距离对我区柔性执法情况进行采访")
                        .build(),
                    Milestone::builder()
                        .date(date("2025-08-12")?.into())
                        .text(r#"许昌零距离对我区"证前指导"情况进行采访"#)
                        .build(),
                ])
                .build(),
            Measure::builder()
                .id("f-2-06.m3")?
                .ordinal(3)
                .text("已制定完善示范区《关于打造优化营商环境品牌的工作方案》(许示范营商〔2025〕2号),并于4月底印发。方案印发后,统筹推动机制完善、服务提质、监督问效,营商环境建设实现系统化、品牌化推进,在上半年的市营商环境监测中通报中,我区位列前三。")
                .metrics(vec![
                    Metric::builder()
                        .kind(MetricKind::Rank)
                        .subject("市营商环境监测排名")
                        .value(3u32.into())
                        .unit(Unit::RankPosition)
                        .qualifier(Qualifier::AtMost)
                        .rank(Rank::builder().among("市营商环境监测").build())
                        .period(period("2025-01", "2025-06", "上半年")?)
                        .wording("位列前三")
                        .build(),
                ])
                .documents(vec![
                    Document::builder()
                        .id("doc-business-environment-brand-plan")?
                        .title("关于打造优化营商环境品牌的工作方案")
                        .number("许示范营商〔2025〕2号")
                        .issuer(Organization::named("示范区"))
                        .date(fuzzy("2025-04-21", "2025-04-30", "4月底")?.into())
                        .status(DocumentStatus::Issued)
                        .build(),
                ])
                .build(),
        ])
        .build())
}

/// 7. 国有资产监管有漏洞。
fn f_2_07() -> Result<Finding> {
    Ok(Finding::builder()
        .id("f-2-07")?
        .number(7)
        .problem("国有资产监管有漏洞。")
        .status(FindingStatus::LongTerm)
        .measure_numbering(Numbering::ChineseShi)
        .measures(vec![
            Measure::builder()
                .id("f-2-07.m1")?
                .ordinal(1)
                .text("2025年8月已向区属各投资公司印发《示范区国有公司担保与投融资管理制度》、《示范区国有公司合规管理制度》督促区属各投资公司严格落实。")
                .documents(vec![
                    Document::builder()
                        .id("doc-state-company-guarantee-financing-rules")?
                        .title("示范区国有公司担保与投融资管理制度")
                        .date(date("2025-08")?.into())
                        .status(DocumentStatus::Issued)
                        .build(),
                    Document::builder()
                        .id("doc-state-company-compliance-rules")?
                        .title("示范区国有公司合规管理制度")
                        .date(date("2025-08")?.into())
                        .status(DocumentStatus::Issued)
                        .build(),
                ])
                .build(),
            Measure::builder()
                .id("f-2-07.m2")?
                .ordinal(2)
                .text("为有效整合现有国有公司资产、资源,对区属国有公司实现统一有效管理,进行债务结构重组。2025年7月成立许昌高信资本运营有限公司及调整许昌市新财建设有限公司股权架构至示范区全资控股。")
                .milestones(vec![
                    Milestone::builder()
                        .date(date("2025-07")?.into())
                        .text("成立许昌高信资本运营有限公司及调整许昌市新财建设有限公司股权架构至示范区全资控股")
                        .build(),
                ])
                .build(),
            Measure::builder()
                .id("f-2-07.m3")?
                .ordinal(3)
                .text("已盘活高新技术产业园一号厂房东侧及三号厂房,共计约18730平方米;开展荣城尚府、许州雅苑空置房屋租赁工作,新寓房屋租赁有限公司名下房产已对外出租79套。通过以上盘活路径、将资产成功盘活后、可有效降低公司的资产负债率。")
                .metrics(vec![
                    Metric::builder()
                        .kind(MetricKind::Area)
                        .subject("已盘活高新技术产业园一号厂房东侧及三号厂房")
                        .value(18_730u32.into())
                        .unit(Unit::SquareMetre)
                        .qualifier(Qualifier::About)
                        .build(),
                    Metric::count("新寓房屋租赁有限公司名下已对外出租房产", 79, Unit::Set),
                ])
                .build(),
            Measure::builder()
                .id("f-2-07.m4")?
                .ordinal(4)
                // 上损 is the original's typo of 止损, kept as published.
                .text("针对不同类型业务公司分类处置,已划分处置范围。其中:对符合战略但暂时困难项目,加强赋能与考核;对前景不明或协同性弱项目,评估退出或重组;对重大风险项目,果断上损并追责;对正常项目强化监控,树立标杆。已完善项目投资管理:投资前期,需进行可行性论证与风险决策。其中:论证方面,需要坚持实事求是,深化行业调研与数据验证,完善财务测算;风险把关方面,需要严格执行集体决策,规范履行国资报备程序。投资后期,需进行项目评价:对项目形成常态化评价体系,明确管理责任,结果与考核挂钩形成闭环。通过科学规范投资管理,流程更规范、透明,风险控制随之提升。")
                .build(),
        ])
        .build())
}

/// 8. "一岗双责"履行不够有力,班子成员对国有投资公司管理缺失。
fn f_2_08() -> Result<Finding> {
    Ok(Finding::builder()
        .id("f-2-08")?
        .number(8)
        .problem(r#""一岗双责"履行不够有力,班子成员对国有投资公司管理缺失。"#)
        .status(FindingStatus::LongTerm)
        .measure_numbering(Numbering::ChineseShi)
        .measures(vec![
            Measure::builder()
                .id("f-2-08.m1")?
                .ordinal(1)
                .text("完善区属国有公司监督管理制度,国资部门明确1名专职人员负责统筹国有公司日常监管事务,细化岗位职责清单,确保监管责任到人。")
                .metrics(vec![Metric::count("国资部门负责统筹国有公司日常监管事务的专职人员", 1, Unit::PersonMing)])
                .build(),
            Measure::builder()
                .id("f-2-08.m2")?
                .ordinal(2)
                .text("完善公司招聘制度,已初步制定《人事管理制度》,明确招聘、录用程序、调动管理、奖惩等相关规定,接受纪检监察部门监督。")
                .documents(vec![
                    Document::builder()
                        .id("doc-personnel-rules")?
                        .title("人事管理制度")
                        .status(DocumentStatus::Draft)
                        .build(),
                ])
                .build(),
            Measure::builder()
                .id("f-2-08.m3")?
                .ordinal(3)
                .text("通过建立工作台账,实时归集公司经营数据、重大决策文件等信息,实现动态监测和风险预警强化日常监管措施。")
                .build(),
        ])
        .build())
}

/// 9. 党工委抓党建引领基层高效能治理不够有力、支部战斗堡垒作用发挥不充分。
fn f_2_09() -> Result<Finding> {
    Ok(Finding::builder()
        .id("f-2-09")?
        .number(9)
        .problem("党工委抓党建引领基层高效能治理不够有力、支部战斗堡垒作用发挥不充分。")
        .status(FindingStatus::LongTerm)
        .measure_numbering(Numbering::ChineseShi)
        .measures(vec![
            Measure::builder()
                .id("f-2-09.m1")?
                .ordinal(1)
                .text(r#"持续深化开展全领域"五星"支部建设,全面推广运用"联组强村"机制和"2·15"网格化服务工作法,选派161名镇(街道办)机关干部下沉,与村组干部共同组建143个工作队,划分182个网格,有效破解村级治理力量薄弱、服务效能不足等问题。通过清理规范违规借调工作人员、基层组织"滥挂牌"专项治理、基层事务职责准入制度实施,对照省级"四个指导目录",规范标牌291个,摘除目录外标牌126块、合并功能相似标牌17块,全面提升各党支部政治功能和组织功能。"#)
                .metrics(vec![
                    Metric::count("下沉的镇(街道办)机关干部", 161, Unit::PersonMing),
                    Metric::count("工作队", 143, Unit::Piece),
                    Metric::count("网格", 182, Unit::Piece),
                    Metric::count("规范标牌", 291, Unit::Piece),
                    Metric::count("摘除目录外标牌", 126, Unit::Block),
                    Metric::count("合并功能相似标牌", 17, Unit::Block),
                ])
                .documents(vec![
                    Document::builder()
                        .id("doc-provincial-four-guidance-catalogues")?
                        .title("四个指导目录")
                        .build(),
                ])
                .build(),
            Measure::builder()
                .id("f-2-09.m2")?
                .ordinal(2)
                .text(r#"3月份,通过建立完善党建引领基层治理协调机制,研究制定《建强基层党组织2025年工作任务清单》等21个工作任务清单,细化"五基四化"和16个专项行动任务举措331条,为基层高效能治理提供坚实组织保障。"#)
                .metrics(during(
                    &within("2025-03", "3月份")?,
                    vec![
                        Metric::count("工作任务清单", 21, Unit::Piece),
                        Metric::count("专项行动", 16, Unit::Piece),
                        Metric::count("专项行动任务举措", 331, Unit::Entry),
                    ],
                ))
                .documents(vec![
                    Document::builder()
                        .id("doc-grassroots-party-tasks-2025")?
                        .title("建强基层党组织2025年工作任务清单")
                        .date(within("2025-03", "3月份")?.into())
                        .build(),
                ])
                .build(),
            Measure::builder()
                .id("f-2-09.m3")?
                .ordinal(3)
                .text(r#"结合中期评估、软弱涣散村排查,对照好班子4条标准、好支书6条标准和换届人选负面情形,采取实地调查、面对面访谈、民主测评、资格联审、分析研判等方式,实地调研督导,对后备力量开展评估鉴定。目前,全区动态储备后备力量96名,平均年龄42岁,大专以上学历56人。建立"2+1"结对帮带机制,选派48名基层工作经验丰富的镇(街道办)领导班子成员和村支部书记作为帮带导师,定期了解帮带对象工作动态、传授经验技能,结合"四进"制度,将48名后备力量充实到网格、重点项目等一线进行跟班实战锻炼,加快成长步伐,为"两委"换届选举打下坚实基础保障。"#)
                .metrics(vec![
                    Metric::count("好班子标准", 4, Unit::Entry),
                    Metric::count("好支书标准", 6, Unit::Entry),
                    Metric::builder()
                        .kind(MetricKind::Count)
                        .subject("全区动态储备后备力量")
                        .value(96u32.into())
                        .unit(Unit::PersonMing)
                        .period(Period::as_of("目前"))
                        .of_which(vec![Metric::count("大专以上学历后备力量", 56, Unit::Person)])
                        .build(),
                    Metric::builder()
                        .kind(MetricKind::Average)
                        .subject("后备力量平均年龄")
                        .value(42u32.into())
                        .unit(Unit::YearOfAge)
                        .period(Period::as_of("目前"))
                        .build(),
                    Metric::count("帮带导师", 48, Unit::PersonMing),
                    Metric::count("充实到网格、重点项目等一线跟班实战锻炼的后备力量", 48, Unit::PersonMing),
                ])
                .build(),
        ])
        .build())
}

/// 10. 支持非公党建不够有力。
fn f_2_10() -> Result<Finding> {
    let before_july_10 = Period::builder()
        .end(date("2025-07-10")?)
        .wording("7月10日前")
        .build();
    Ok(Finding::builder()
        .id("f-2-10")?
        .number(10)
        .problem("支持非公党建不够有力。")
        .status(FindingStatus::LongTerm)
        .measure_numbering(Numbering::ChineseShi)
        .measures(vec![
            Measure::builder()
                .id("f-2-10.m1")?
                .ordinal(1)
                .text(r#"建立全区各基层党组织信息台账并按季度更新完善,各党(工)委对所辖党支部委员的"出缺补任"均已严格按照党的基层组织设置、调整有关规定要求及时进行调整,并报组织人社局备案。关于6个支部党员人员超过7人未设立支委问题。商务中心区党委已于7月10日前,指导4个党支部召开党员大会补选支部委员8人,剩余2个支部由于企业党员流动大,目前党员数量已不具备成立支委条件。"#)
                .metrics(vec![
                    Metric::builder()
                        .kind(MetricKind::Count)
                        .subject("党员人员超过7人未设立支委的支部")
                        .value(6u32.into())
                        .unit(Unit::Piece)
                        .progress(Progress::builder()
                            .resolved(4u32.into())
                            .remaining(2u32.into())
                            .build())
                        .build(),
                    Metric::builder()
                        .kind(MetricKind::Count)
                        .subject("未设立支委的支部的党员人数")
                        .value(7u32.into())
                        .unit(Unit::Person)
                        .qualifier(Qualifier::MoreThan)
                        .build(),
                    count_in("补选支部委员", 8, Unit::Person, before_july_10.clone()),
                ])
                .milestones(vec![
                    Milestone::builder()
                        .date(before_july_10.into())
                        .text("商务中心区党委指导4个党支部召开党员大会补选支部委员8人")
                        .build(),
                ])
                .build(),
            Measure::builder()
                .id("f-2-10.m2")?
                .ordinal(2)
                .text(r#"结合开展新兴领域"两个覆盖"集中攻坚工作,对全区专精特新、高新技术、科技中小型企业进行全面摸底排查,目前已排查非公企业129家,建立党支部57个,覆盖企业102家,选派党建指导员69人,党组织覆盖率较上年提升8%。电气谷党委已结合源洪电气、泰达电气和郑变科技3家企业党员数量和人员类别,于2025年5月成立临时党支部,同时按照"应转尽转"原则,积极动员符合条件的党员转入组织关系。"#)
                .metrics({
                    let mut metrics = during(
                        &Period::as_of("目前"),
                        vec![
                            Metric::count("已排查非公企业", 129, Unit::Establishment),
                            Metric::count("建立党支部", 57, Unit::Piece),
                            Metric::count("党支部覆盖企业", 102, Unit::Establishment),
                            Metric::count("选派党建指导员", 69, Unit::Person),
                            Metric::builder()
                                .kind(MetricKind::ChangeOnPreviousYear)
                                .subject("党组织覆盖率")
                                .value(8u32.into())
                                .unit(Unit::Percent)
                                .wording("较上年提升8%")
                                .build(),
                        ],
                    );
                    metrics.push(Metric::count("成立临时党支部的企业", 3, Unit::Establishment));
                    metrics
                })
                .milestones(vec![
                    Milestone::builder()
                        .date(date("2025-05")?.into())
                        .text("电气谷党委结合源洪电气、泰达电气和郑变科技3家企业党员数量和人员类别成立临时党支部")
                        .build(),
                ])
                .build(),
            Measure::builder()
                .id("f-2-10.m3")?
                .ordinal(3)
                .text(r#"在产业园区、商圈楼宇等新兴领域,通过创新"企业+楼宇+园区"党建工作模式,设置党员先锋岗33个,党员责任区23个,打造完成金融大厦、电子商务产业园等楼宇党建服务平台3处,暖"新"驿站1处,全力推动新兴领域党建工作提质增效。"#)
                .metrics(vec![
                    Metric::count("党员先锋岗", 33, Unit::Piece),
                    Metric::count("党员责任区", 23, Unit::Piece),
                    Metric::count("楼宇党建服务平台", 3, Unit::Spot),
                    Metric::count(r#"暖"新"驿站"#, 1, Unit::Spot),
                ])
                .build(),
        ])
        .build())
}
