//! 一、已完成的整改任务: the twelve findings whose rectification is completed.
//!
//! Measures keep the published wording, without the PDF's stray spaces, page breaks and `**`
//! bold markers. Where a measure opens with a short heading (`一是全面梳理。…`), the heading is
//! `heading` and the rest is `text`.

use inspection_report::{
    Disposition, DispositionKind, DispositionUnit, Document, DocumentStatus, Finding,
    FindingStatus, IncludedDisposition, Measure, Metric, MetricKind, Milestone, Numbering,
    Organization, Period, Person, Progress, Quantity, Unit,
};

use super::shapes::{
    Result, count_as, count_in, date, dispositions_during, during, fuzzy, ordinal, period, since,
    within,
};

/// The twelve findings of section 一, in published order.
pub fn findings() -> Result<Vec<Finding>> {
    Ok(vec![
        f_1_01()?,
        f_1_02()?,
        f_1_03()?,
        f_1_04()?,
        f_1_05()?,
        f_1_06()?,
        f_1_07()?,
        f_1_08()?,
        f_1_09()?,
        f_1_10()?,
        f_1_11()?,
        f_1_12()?,
    ])
}

/// 1. 示范区党工委对巡察整改重视不够、责任压得不实,未建立统筹协调推进机制,破解顽疾招数不多,整改成效不明显。
fn f_1_01() -> Result<Finding> {
    let rectification = period("2025-06-10", "2025-09-10", "整改期间")?;
    Ok(Finding::builder()
        .id("f-1-01")?
        .number(1)
        .problem("示范区党工委对巡察整改重视不够、责任压得不实,未建立统筹协调推进机制,破解顽疾招数不多,整改成效不明显。")
        .status(FindingStatus::Completed)
        .measure_numbering(Numbering::ChineseShi)
        .measures(vec![
            Measure::builder()
                .id("f-1-01.m1")?
                .ordinal(1)
                .text("成立示范区党工委落实市委第八巡察组反馈意见整改工作领导小组,党工委书记任组长,加强对巡察整改工作的组织领导;领导小组下设办公室,明确一名县级干部和区纪检、办公室、组织等部门分别落实整改的日常协调等具体工作")
                .metrics(vec![
                    Metric::builder()
                        .kind(MetricKind::Count)
                        .subject("落实整改日常协调的县级干部")
                        .value(1u32.into())
                        .unit(Unit::PersonMing)
                        .wording("一名")
                        .build(),
                ])
                .build(),
            Measure::builder()
                .id("f-1-01.m2")?
                .ordinal(2)
                .text(r#"定期听取巡察整改进展情况,研究解决重点难点问题,2025年3月以来,共召开6次党工委会议,研究安排巡察整改工作,其中"第一议题"学习习近平总书记关于巡视巡察工作的重要论述摘编,研究巡察交办信访案件化解情况、大额资金项目进展情况等,确保巡察重点难点问题有效解决;开展督导检查5次,确保各项任务如期整改到位"#)
                .metrics(vec![
                    count_in("党工委会议", 6, Unit::Time, since("2025-03", "2025年3月以来")?),
                    Metric::count("督导检查", 5, Unit::Time),
                ])
                .build(),
            Measure::builder()
                .id("f-1-01.m3")?
                .ordinal(3)
                .text(r#"明确由党工委办公室牵头巡察整改日常工作,联合纪工委对各项整改任务开展"回头看"。整改期间,区纪工委对重难点问题下发督办函1件,通过书记点人点事问题整改,党纪政务处分8人,组织处理8人(含通报批评、提醒谈话),诚勉谈话6人。"#)
                .metrics(vec![count_in("督办函", 1, Unit::Matter, rectification.clone())])
                .dispositions(dispositions_during(
                    &rectification,
                    vec![
                        Disposition::persons(DispositionKind::PartyAndAdministrativeSanction, 8),
                        Disposition::builder()
                            .kind(DispositionKind::OrganizationalHandling)
                            .count(8u32.into())
                            .unit(DispositionUnit::Person)
                            .including(vec![
                                IncludedDisposition::builder().kind(DispositionKind::CirculatedCriticism).build(),
                                IncludedDisposition::builder().kind(DispositionKind::ReminderTalk).build(),
                            ])
                            .build(),
                        // 诚勉谈话 is the original's typo of 诫勉谈话: the kind is normalized to
                        // `admonishment`, the label keeps the published wording.
                        Disposition::builder()
                            .kind(DispositionKind::Admonishment)
                            .label("诚勉谈话")
                            .count(6u32.into())
                            .unit(DispositionUnit::Person)
                            .build(),
                    ],
                ))
                .build(),
        ])
        .build())
}

/// 2. 示范区党工委抢抓机遇意识不强,对重塑重振中原电气谷和打造现代化服务业创新圈缺乏创新突破、示范引领的闯劲、拼劲和久久为功的韧劲,锚定发展高科技、推进新质生产力动力不足。
fn f_1_02() -> Result<Finding> {
    Ok(Finding::builder()
        .id("f-1-02")?
        .number(2)
        .problem("示范区党工委抢抓机遇意识不强,对重塑重振中原电气谷和打造现代化服务业创新圈缺乏创新突破、示范引领的闯劲、拼劲和久久为功的韧劲,锚定发展高科技、推进新质生产力动力不足。")
        .status(FindingStatus::Completed)
        .measure_numbering(Numbering::ChineseShi)
        .measures(vec![
            Measure::builder()
                .id("f-1-02.m1")?
                .ordinal(1)
                .text("通过党工委理论学习中心组集中研讨、专题党课等形式,深入学习习近平总书记关于高质量发展、科技创新等重要论述以及省委、市委关于推动区域经济发展的决策部署,深入认识重塑重振中原电气谷和打造现代化服务业创新圈的重大意义,引导党员干部增强机遇意识和责任担当。")
                .build(),
            Measure::builder()
                .id("f-1-02.m2")?
                .ordinal(2)
                .text(r#"以党建引领基层高效能治理工作为抓手,深入开展"学查改,抓基层强基础固根本,推动加强社会治理"专项行动,县级干部带头开展专题调研12个,分包联系重难点村13个和中小企业26个,围绕"一圈一谷"发展战略,广泛征询意见建议,形成调研报告11份,排查解决问题47项,为区域经济发展奠定了坚实基础。"#)
                .metrics(vec![
                    Metric::count("县级干部带头开展专题调研", 12, Unit::Piece),
                    Metric::count("分包联系重难点村", 13, Unit::Piece),
                    Metric::count("分包联系中小企业", 26, Unit::Piece),
                    Metric::count("调研报告", 11, Unit::Copy),
                    Metric::count("排查解决问题", 47, Unit::Item),
                ])
                .build(),
            Measure::builder()
                .id("f-1-02.m3")?
                .ordinal(3)
                .text(r#"结合干部专业特长、工作经历和培养方向,精准选派优秀年轻干部参与挂职锻炼、跟班学习,其中选派发改局年轻干部到河南省投资集团汇融研究院关键岗位跟班学习,重点学习"科技创新项目谋划""产业政策研究"等内容,提升干部推动高质量发展的能力。"#)
                .build(),
        ])
        .build())
}

/// 3. 对上协调放权赋能不够有力。
fn f_1_03() -> Result<Finding> {
    Ok(Finding::builder()
        .id("f-1-03")?
        .number(3)
        .problem("对上协调放权赋能不够有力。")
        .status(FindingStatus::Completed)
        .measure_numbering(Numbering::ChineseShi)
        .measures(vec![
            Measure::builder()
                .id("f-1-03.m1")?
                .ordinal(1)
                .text("示范区各单位以高度的责任感和使命感,对全市权责清单进行了全面细致的梳理分析,经深入排查,示范区目前已承接1185项职权(区直各单位承接74项,派驻单位承接1111项)。")
                .metrics(vec![
                    Metric::builder()
                        .kind(MetricKind::Count)
                        .subject("已承接职权")
                        .value(1185u32.into())
                        .unit(Unit::Item)
                        .period(Period::as_of("目前"))
                        .parts(vec![
                            Metric::count("区直各单位承接职权", 74, Unit::Item),
                            Metric::count("派驻单位承接职权", 1111, Unit::Item),
                        ])
                        .build(),
                ])
                .build(),
            Measure::builder()
                .id("f-1-03.m2")?
                .ordinal(2)
                .text(r#"为全面贯彻落实中央、省委、市委各项重点改革任务,深入学习贯彻习近平总书记在河南考察时的重要讲话精神,聚焦在落实"两高四着力"中勇挑大梁、走在前列,示范区改革办根据市委全面深化改革重点任务,结合示范区实际,梳理了示范区2025年全面深化改革工作重点任务,研究制定了《示范区2025年全面深化改革工作重点任务》,涵盖了12个方面40条重点任务,明确了关键环节、夯实了履行责任。"#)
                .metrics(vec![
                    Metric::count("全面深化改革重点任务涵盖方面", 12, Unit::Piece),
                    Metric::count("全面深化改革重点任务", 40, Unit::Entry),
                ])
                .documents(vec![
                    Document::builder()
                        .id("doc-reform-key-tasks-2025")?
                        .title("示范区2025年全面深化改革工作重点任务")
                        .issuer(Organization::named("示范区改革办"))
                        .build(),
                ])
                .build(),
            Measure::builder()
                .id("f-1-03.m3")?
                .ordinal(3)
                .text("示范区召开第12次党工委会议,传达了省委、市委深改委会议精神,研究通过了《示范区2025年全面深化改革工作重点任务(讨论稿)》,并要求压实责任,凝聚合力,全力抓好事关全区经济发展、产业升级、生态环保、城乡融合、民生保障、党的建设等重点改革事项落实,理清高新区经济社会权限,做好高新区体制机制改革等。把坚持和加强党的领导贯穿到全面深化改革各领域、全过程,坚持清单化、项目化落实改革举措,确保各领域改革任务落到实处、见到实效。")
                .metrics(vec![ordinal("党工委会议", 12, Unit::Time, "第12次")])
                .documents(vec![
                    Document::builder()
                        .id("doc-reform-key-tasks-2025-draft")?
                        .title("示范区2025年全面深化改革工作重点任务(讨论稿)")
                        .status(DocumentStatus::Adopted)
                        .build(),
                ])
                .build(),
        ])
        .build())
}

/// 4. 招商引资成效不明显。
fn f_1_04() -> Result<Finding> {
    Ok(Finding::builder()
        .id("f-1-04")?
        .number(4)
        .problem("招商引资成效不明显。")
        .status(FindingStatus::Completed)
        .measure_numbering(Numbering::ChineseShi)
        .measures(vec![
            Measure::builder()
                .id("f-1-04.m1")?
                .ordinal(1)
                .text("2025年6月16日印发《专班化推进招商引资工作的实施方案》,持续深化专班招商机制,进一步提升招商精准度")
                .documents(vec![
                    Document::builder()
                        .id("doc-investment-task-force-plan")?
                        .title("专班化推进招商引资工作的实施方案")
                        .date(date("2025-06-16")?.into())
                        .status(DocumentStatus::Issued)
                        .build(),
                ])
                .build(),
            Measure::builder()
                .id("f-1-04.m2")?
                .ordinal(2)
                .text(r#"制定《示范区招商项目落地流程图》,形成"信息研判—决策推进—问题解决"的闭环管理体系,招商工作从"被动对接"转向"主动谋划",从"经验判断"转向"数据支撑"。招商工作制度化、规范化水平显著提升"#)
                .documents(vec![
                    Document::builder()
                        .id("doc-investment-project-flowchart")?
                        .title("示范区招商项目落地流程图")
                        .build(),
                ])
                .build(),
            Measure::builder()
                .id("f-1-04.m3")?
                .ordinal(3)
                .text(r#"进一步按照项目落地流程,由招商局为每个签约项目配备专职联络员,从工商注册、手续办理到投产运营提供"一站式"服务,及时收集企业诉求,持续优化营商环境"#)
                .build(),
            Measure::builder()
                .id("f-1-04.m4")?
                .ordinal(4)
                .text("依托已建立的许昌数字经济股权投资基金、海通创新私募基金等专业基金平台,爱彼爱和新材料项目已投产达效,亮风台项目已在示范区注册公司并开始运营")
                .build(),
            Measure::builder()
                .id("f-1-04.m5")?
                .ordinal(5)
                .text(r#"借助苏银金融融资租赁股份有限公司资源,推动"融资租赁+产业"新模式招商,已落地苏州智慧倍增CNC项目"#)
                .build(),
            Measure::builder()
                .id("f-1-04.m6")?
                .ordinal(6)
                .text("截至目前,签约项目28个,分别是浙江利星能实业发展有限公司储能电站项目、磐华二期扩产能项目、智能特种清洗机器人研发生产基地项目等。同时,与许继集团、平高电气等龙头企业签订合作框架协议,就深化合作协同创新,引进上下游供应链,共建绿色智慧低碳园区,推进源网荷储一体化,构筑综合能源服务支撑等多方面达成合作意向。上海汇众新能源汽车零部件项目,已与企业达成一致合作意见,该项目土地报批,施工图设计已完成,正在按照排定的时间节点有序推进。")
                .metrics(vec![count_in("签约项目", 28, Unit::Piece, Period::as_of("截至目前"))])
                .build(),
        ])
        .build())
}

/// 5. 2024年市政府连续通报示范区存在"未引入政府性融资担保机构,落实政府重点支持领域企业贴息支付政策成效差"等问题。
fn f_1_05() -> Result<Finding> {
    Ok(Finding::builder()
        .id("f-1-05")?
        .number(5)
        .problem(r#"2024年市政府连续通报示范区存在"未引入政府性融资担保机构,落实政府重点支持领域企业贴息支付政策成效差"等问题。"#)
        .status(FindingStatus::Completed)
        .period(within("2024", "2024年")?)
        .measures(vec![
            Measure::builder()
                .id("f-1-05.m1")?
                .text(r#"6月20日上午,示范区召开主任办公会,听取了关于示范区管委会与河南省农业信贷担保有限公司合作协议的汇报,由党工委委员、管委会副主任闫根峰代表管委会与该公司签署合作协议。6月24日,许昌市城乡一体化示范区管理委员会与农担公司正式签订了农业信贷担保助推农业高质量发展合作协议,按照"政府引导、市场运作、责任共担、风险共管"原则,创新政担合作机制,构建新型"政银担"合作模式,切实解决农业发展中的融资难、融资贵问题。"#)
                .documents(vec![
                    Document::builder()
                        .id("doc-agricultural-credit-guarantee-agreement")?
                        .title("农业信贷担保助推农业高质量发展合作协议")
                        .parties(vec![
                            Organization::builder()
                                .name("许昌市城乡一体化示范区管理委员会")
                                .build(),
                            Organization::builder()
                                .name("农担公司")
                                .full_name("河南省农业信贷担保有限公司")
                                .build(),
                        ])
                        // "由党工委委员、管委会副主任闫根峰代表管委会与该公司签署合作协议".
                        .signatories(vec![Person::builder()
                            .name("闫根峰")
                            .post("党工委委员、管委会副主任")
                            .build()])
                        .date(date("2025-06-24")?.into())
                        .status(DocumentStatus::Signed)
                        .build(),
                ])
                .milestones(vec![
                    Milestone::builder()
                        .date(within("2025-06-20", "6月20日上午")?.into())
                        .text("示范区召开主任办公会,听取了关于示范区管委会与河南省农业信贷担保有限公司合作协议的汇报")
                        .build(),
                    Milestone::builder()
                        .date(date("2025-06-24")?.into())
                        .text("许昌市城乡一体化示范区管理委员会与农担公司正式签订了农业信贷担保助推农业高质量发展合作协议")
                        .build(),
                ])
                .build(),
        ])
        .build())
}

/// 6. 安全生产风险防范不到位。
fn f_1_06() -> Result<Finding> {
    let this_year = since("2025", "今年以来")?;
    Ok(Finding::builder()
        .id("f-1-06")?
        .number(6)
        .problem("安全生产风险防范不到位。")
        .status(FindingStatus::Completed)
        .measure_numbering(Numbering::ChineseShi)
        .measures(vec![
            Measure::builder()
                .id("f-1-06.m1")?
                .ordinal(1)
                .text("今年以来,先后召开5次党工委会议、7次管委会主任办公会议、7次全区安全生产工作会议,学习贯彻习近平总书记关于安全生产重要论述和指示、批示精神,深入落实国家、省、市安全生产工作部署,对全区安全生产、防灾减灾救灾、防汛抗旱工作进行深入研究安排。")
                .metrics(during(
                    &this_year,
                    vec![
                        Metric::count("党工委会议", 5, Unit::Time),
                        Metric::count("管委会主任办公会议", 7, Unit::Time),
                        Metric::count("全区安全生产工作会议", 7, Unit::Time),
                    ],
                ))
                .build(),
            Measure::builder()
                .id("f-1-06.m2")?
                .ordinal(2)
                .text(r#"全区各行业、各领域,共排查企业(场所)2765家(次),下发整改通知书172份,发现一般问题隐患1018处,现已整改1013处,剩余5处计划尽快整改到位;消防领域下发督办通知9份,建筑施工领域下发停工通知2份。道路交通领域打击违法违规行为6343起,查处酒醉驾9起,无证驾驶39起,行政处罚1043330元。打击非法违法"小化工",在全区范围内开展打击非法违法生产、储存及使用化工产品、非法违法从事生产经营活动的小化工、小作坊、黑窝点,截止目前共排查各类场所190家(次),未发现非法违法"小化工"。今年以来,通过专家查隐患方式,对全区重点领域、重点场所开展安全生产帮扶指导,截至目前已排查生产经营单位110家(次),发现问题隐患578处,通过下发督办通知、警示约谈的方式,督促生产经营单位按要求限期整改到位,目前已下发督办通知5份,警示约谈2家。全力整改省安委会明查暗访组反馈问题,省明查暗访组移交的46项一般问题隐患均全部整改完毕,已经复核确认符合安全生产标准要求。"#)
                .metrics(vec![
                    count_as("排查企业(场所)", 2765, Unit::EstablishmentTime, "家(次)"),
                    Metric::count("下发整改通知书", 172, Unit::Copy),
                    Metric::builder()
                        .kind(MetricKind::Count)
                        .subject("一般问题隐患")
                        .value(1018u32.into())
                        .unit(Unit::Spot)
                        .progress(Progress::builder()
                            .resolved(1013u32.into())
                            .remaining(5u32.into())
                            .build())
                        .build(),
                    Metric::count("消防领域下发督办通知", 9, Unit::Copy),
                    Metric::count("建筑施工领域下发停工通知", 2, Unit::Copy),
                    Metric::count("道路交通领域打击违法违规行为", 6343, Unit::Incident),
                    Metric::count("查处酒醉驾", 9, Unit::Incident),
                    Metric::count("无证驾驶", 39, Unit::Incident),
                    // 截止目前 is as published (for 截至目前).
                    Metric::builder()
                        .kind(MetricKind::Count)
                        .subject(r#"打击非法违法"小化工"排查各类场所"#)
                        .value(190u32.into())
                        .unit(Unit::EstablishmentTime)
                        .unit_label("家(次)")
                        .period(Period::as_of("截止目前"))
                        .build(),
                    Metric::builder()
                        .kind(MetricKind::Count)
                        .subject("专家查隐患排查生产经营单位")
                        .value(110u32.into())
                        .unit(Unit::EstablishmentTime)
                        .unit_label("家(次)")
                        .period(this_year.clone())
                        .build(),
                    count_in("专家查隐患发现问题隐患", 578, Unit::Spot, this_year.clone()),
                    count_in("下发督办通知", 5, Unit::Copy, Period::as_of("目前")),
                    Metric::builder()
                        .kind(MetricKind::Count)
                        .subject("省明查暗访组移交的一般问题隐患")
                        .value(46u32.into())
                        .unit(Unit::Item)
                        .progress(Progress::builder().resolved(46u32.into()).build())
                        .build(),
                ])
                .dispositions(vec![
                    Disposition::builder()
                        .kind(DispositionKind::AdministrativePenalty)
                        .subject("道路交通领域违法违规行为")
                        .amount(Quantity::new(1_043_330u32.into(), Unit::Yuan))
                        .build(),
                    Disposition::builder()
                        .kind(DispositionKind::WarningInterview)
                        .count(2u32.into())
                        .unit(DispositionUnit::Organization)
                        .subject("生产经营单位")
                        .period(Period::as_of("目前"))
                        .build(),
                ])
                .build(),
            Measure::builder()
                .id("f-1-06.m3")?
                .ordinal(3)
                .text("建立周研判机制,每周定期召开安全生产周例会,全面通报安全生产隐患排查情况,深入剖析辖区内重点行业领域安全态势,提前部署安全生产重点任务,截至目前共召开12次区安全生产工作周例会。建立安全生产网格化管理和常态化隐患排查机制,组织各单位、各镇(办)网格员全方位、无死角排查安全隐患,对排查出的安全生产非法违规行为、重大隐患拒不整改情况以及工作推进中的问题,在主流媒体、政务网站等平台及时公开曝光。积极发挥警示约谈、督办机制,对本行业危险性较大、治理难度较高且可能造成严重后果的重大安全隐患和突出问题,联合行业主管部门施行问题督办或警示约谈,明确具体整改要求,全程跟踪整改进度,确保安全生产各项工作落到实处。")
                .metrics(vec![count_in("区安全生产工作周例会", 12, Unit::Time, Period::as_of("截至目前"))])
                .build(),
        ])
        .build())
}

/// 7. 主体责任压得不实。
fn f_1_07() -> Result<Finding> {
    let early_april = fuzzy("2025-04-01", "2025-04-10", "今年4月初")?;
    Ok(Finding::builder()
        .id("f-1-07")?
        .number(7)
        .problem("主体责任压得不实。")
        .status(FindingStatus::Completed)
        .measure_numbering(Numbering::ChineseShi)
        .measures(vec![
            Measure::builder()
                .id("f-1-07.m1")?
                .ordinal(1)
                .text(r#"严格落实"第一议题"制度,第一时间传达学习习近平总书记的重要讲话和指示批示精神,累计召开党工委会议15次,"第一议题"学习26项,听取基层组织、党风廉政建设、意识形态等工作汇报3次,推动习近平新时代中国特色社会主义思想落地生根。"#)
                .metrics(vec![
                    Metric::count("党工委会议", 15, Unit::Time),
                    Metric::count(r#""第一议题"学习"#, 26, Unit::Item),
                    Metric::count("听取基层组织、党风廉政建设、意识形态等工作汇报", 3, Unit::Time),
                ])
                .build(),
            Measure::builder()
                .id("f-1-07.m2")?
                .ordinal(2)
                .text("今年4月初,区党工委通过召开专题会议,研究制定《中共许昌市城乡一体化示范区工委落实全面从严治党主体责任2025年任务安排》,明确49项重点任务,实行清单式管理、项目化推进,共梳理汇总工作措施64条,全面压实各党(工)委及各级党组织书记主体责任。")
                .metrics(vec![
                    Metric::count("重点任务", 49, Unit::Item),
                    Metric::count("工作措施", 64, Unit::Entry),
                ])
                .documents(vec![
                    Document::builder()
                        .id("doc-strict-governance-tasks-2025")?
                        .title("中共许昌市城乡一体化示范区工委落实全面从严治党主体责任2025年任务安排")
                        .issuer(Organization::named("区党工委"))
                        .date(early_april.clone().into())
                        .build(),
                ])
                .milestones(vec![
                    Milestone::builder()
                        .date(early_april.into())
                        .text("区党工委通过召开专题会议,研究制定《中共许昌市城乡一体化示范区工委落实全面从严治党主体责任2025年任务安排》")
                        .build(),
                ])
                .build(),
            Measure::builder()
                .id("f-1-07.m3")?
                .ordinal(3)
                .text(r#"8月份,组织开展党务工作者业务培训班2期130人次,设置全面从严治党主体责任落实专题课程,结合典型案例讲解"一岗双责""监督执纪"等要求,推动各级党组织书记和党务工作者明确责任、掌握方法,切实把全面从严治党要求落到实处。"#)
                .metrics(during(
                    &within("2025-08", "8月份")?,
                    vec![
                        Metric::count("党务工作者业务培训班", 2, Unit::Session),
                        Metric::count("党务工作者业务培训", 130, Unit::PersonTime),
                    ],
                ))
                .build(),
        ])
        .build())
}

/// 8. 推进落实上级关于群众身边不正之风和腐败问题集中整治总结暨再抓两年部署会精神不深入不具体。
fn f_1_08() -> Result<Finding> {
    Ok(Finding::builder()
        .id("f-1-08")?
        .number(8)
        .problem("推进落实上级关于群众身边不正之风和腐败问题集中整治总结暨再抓两年部署会精神不深入不具体。")
        .status(FindingStatus::Completed)
        .measure_numbering(Numbering::ChineseShi)
        .measures(vec![
            Measure::builder()
                .id("f-1-08.m1")?
                .ordinal(1)
                .heading("全面梳理")
                .text(r#"对巡察期间发现并移交的群众身边不正之风和腐败问题线索展开全面细致梳理,共收到问题线索25条,涉及"三资管理"、养老社保、征地拆迁等5个重点领域。建立专门台账,详细记录每条线索的来源、涉及人员、问题类型等关键信息。组织部门精干力量,成立专项核查小组。经过深入核查,对所有线索逐一分析研判,25条线索已全部处置。"#)
                .metrics(vec![
                    Metric::builder()
                        .kind(MetricKind::Count)
                        .subject("巡察期间发现并移交的群众身边不正之风和腐败问题线索")
                        .value(25u32.into())
                        .unit(Unit::Entry)
                        .period(period("2025-03-06", "2025-04-28", "巡察期间")?)
                        .progress(Progress::builder().resolved(25u32.into()).build())
                        .build(),
                    Metric::count("问题线索涉及重点领域", 5, Unit::Piece),
                ])
                .build(),
            Measure::builder()
                .id("f-1-08.m2")?
                .ordinal(2)
                .heading("严肃问责")
                .text("对核查属实的侵害群众利益问题,依规依纪严肃处理,坚持发现一起、查处一起,绝不姑息迁就。今年以来,共立案查处侵害群众利益案件21起,给予党纪政务处分9人,组织处理14人。对问题线索背后的失职失责行为,严肃追究相关单位和人员的责任,共问责党员干部7人,以强有力问责推动责任落实。")
                .dispositions({
                    let mut dispositions = dispositions_during(
                        &since("2025", "今年以来")?,
                        vec![
                            Disposition::builder()
                                .kind(DispositionKind::CaseFiled)
                                .label("立案查处")
                                .subject("侵害群众利益案件")
                                .count(21u32.into())
                                .unit(DispositionUnit::Case)
                                .build(),
                            Disposition::persons(DispositionKind::PartyAndAdministrativeSanction, 9),
                            Disposition::persons(DispositionKind::OrganizationalHandling, 14),
                        ],
                    );
                    dispositions.push(
                        Disposition::builder()
                            .kind(DispositionKind::Accountability)
                            .subject("党员干部")
                            .count(7u32.into())
                            .unit(DispositionUnit::Person)
                            .build(),
                    );
                    dispositions
                })
                .build(),
            Measure::builder()
                .id("f-1-08.m3")?
                .ordinal(3)
                .heading("完善机制")
                .text(r#"总结集中整治工作经验教训,建立健全长效机制,防止问题反弹回潮。完善群众身边不正之风和腐败问题的预防和治理机制,自开展群众身边不正之风和腐败问题以来,累计制定制度文件11项(其中,2023年12月29日出台《许昌市城乡一体化示范区农村集体"三资"管理暂行办法》,2024年5月17日制定《示范区开展高额彩礼、大操大办移风易俗群众身边不正之风和腐败问题集中整治工作运行机制》),为从源头上预防和治理群众身边不正之风和腐败问题提供了坚实制度保障。"#)
                .metrics(vec![count_in(
                    "制度文件",
                    11,
                    Unit::Item,
                    Period::as_of("自开展群众身边不正之风和腐败问题以来"),
                )])
                .documents(vec![
                    Document::builder()
                        .id("doc-rural-collective-assets-measures")?
                        .title(r#"许昌市城乡一体化示范区农村集体"三资"管理暂行办法"#)
                        .date(date("2023-12-29")?.into())
                        .status(DocumentStatus::Issued)
                        .build(),
                    Document::builder()
                        .id("doc-customs-reform-mechanism")?
                        .title("示范区开展高额彩礼、大操大办移风易俗群众身边不正之风和腐败问题集中整治工作运行机制")
                        .date(date("2024-05-17")?.into())
                        .build(),
                ])
                .build(),
        ])
        .build())
}

/// 9. 监督责任落实有差距。
fn f_1_09() -> Result<Finding> {
    let this_year = since("2025", "今年以来")?;
    Ok(Finding::builder()
        .id("f-1-09")?
        .number(9)
        .problem("监督责任落实有差距。")
        .status(FindingStatus::Completed)
        .measure_numbering(Numbering::ChineseShi)
        .measures(vec![
            Measure::builder()
                .id("f-1-09.m1")?
                .ordinal(1)
                .heading("精准靶向监督")
                .text(r#"结合国家高新区新经济、新业态发展实际,紧扣省委"两高四着力"、市委"两融五城四跃升""一带一圈两谷"战略部署,纪工委建立"清单化管理、项目化推进、责任化落实"监督机制,建立督导工作台账19次,提出督查提醒建议848条,有力推动产业规划滞后、项目推进缓慢问题。"#)
                .metrics(vec![
                    Metric::count("建立督导工作台账", 19, Unit::Time),
                    Metric::count("提出督查提醒建议", 848, Unit::Entry),
                ])
                .build(),
            Measure::builder()
                .id("f-1-09.m2")?
                .ordinal(2)
                .heading("做实主动监督")
                .text(r#"区纪工委紧扣国家高新区新经济、新业态发展,聚焦项目建设、投资公司等重点领域,把项目审批、资金使用、招投标等关键环节作为监督靶心。组建专项小组开展"下沉式"监督,不打招呼、直奔现场,通过实地走访、查阅资料、个别谈话等方式主动排查。今年已主动发现线索10起,成功扭转"被动等线索"局面,提升监督效能。"#)
                .metrics(vec![count_in("主动发现线索", 10, Unit::Incident, within("2025", "今年")?)])
                .build(),
            Measure::builder()
                .id("f-1-09.m3")?
                .ordinal(3)
                .heading("拓宽线索来源")
                .text("建立多渠道问题线索收集机制,除巡察移交和上级单位移交外,加强与信访、市场监管等部门的协作配合。今年以来,共收到信访部门移送线索18条、其他行政执法机关移送4起。为提升线索处置质效,纪工委定期召开线索分析会17次,集中研判线索120条,确定立案调查线索23条。")
                .metrics(vec![
                    count_in("信访部门移送线索", 18, Unit::Entry, this_year.clone()),
                    count_in("其他行政执法机关移送线索", 4, Unit::Incident, this_year.clone()),
                    Metric::count("线索分析会", 17, Unit::Time),
                    Metric::count("集中研判线索", 120, Unit::Entry),
                    Metric::count("确定立案调查线索", 23, Unit::Entry),
                ])
                .build(),
            Measure::builder()
                .id("f-1-09.m4")?
                .ordinal(4)
                .heading("加强内部协作")
                .text(r#"优化纪工委内部工作机制,明确各室在监督工作中的职责分工。克服人员少、力量不足的困难,创新推出"全员抓监督"工作模式,建立监督工作台账,对监督发现问题的整改情况进行动态跟踪。今年以来共下发纪检监察建议书8份,工作提醒(督办)函15份,明确整改要求、责任主体和整改时限,督促整改问题44个,完善规章制度12个,形成了一体推进、协同高效的工作格局。"#)
                .metrics(during(
                    &this_year,
                    vec![
                        Metric::count("纪检监察建议书", 8, Unit::Copy),
                        Metric::count("工作提醒(督办)函", 15, Unit::Copy),
                        Metric::count("督促整改问题", 44, Unit::Piece),
                        Metric::count("完善规章制度", 12, Unit::Piece),
                    ],
                ))
                .build(),
        ])
        .build())
}

/// 10. 政治引领作用不强。
fn f_1_10() -> Result<Finding> {
    let since_2025 = since("2025", "2025年以来")?;
    Ok(Finding::builder()
        .id("f-1-10")?
        .number(10)
        .problem("政治引领作用不强。")
        .status(FindingStatus::Completed)
        .measure_numbering(Numbering::ChineseShi)
        .measures(vec![
            Measure::builder()
                .id("f-1-10.m1")?
                .ordinal(1)
                .text(r#"严格落实"第一议题"制度,2025年以来,开展党工委理论学习中心组学习6次,召开党工委会议15次,"第一议题"学习习近平总书记的重要讲话和指示批示精神26项内容,同时县级领导干部围绕学习内容,结合分管领域工作实际,进行了研讨交流。"#)
                .metrics(during(
                    &since_2025,
                    vec![
                        Metric::count("党工委理论学习中心组学习", 6, Unit::Time),
                        Metric::count("党工委会议", 15, Unit::Time),
                        Metric::count(r#""第一议题"学习习近平总书记的重要讲话和指示批示精神"#, 26, Unit::Item),
                    ],
                ))
                .build(),
            Measure::builder()
                .id("f-1-10.m2")?
                .ordinal(2)
                .text(r#"紧盯项目建设,坚持招商引资和项目周例会制度,研究推进"一圈一谷"项目建设,坚持专班化推进"一圈一谷"招商引资工作,强化项目谋划储备和招商对接。"#)
                .build(),
            Measure::builder()
                .id("f-1-10.m3")?
                .ordinal(3)
                .text("坚持县级领导干部碰头会,2025年以来,共召开县级领导碰头会或主任碰头会24次,通报相互周知的重点工作;党工委会研究高新区工作、各类中长期规划4次,目前,已初步完成《许昌市芙蓉湖现代服务业创新圈发展规划(2025—2030》和《中原电气谷产业发展规划(2025—2030年)》。")
                .metrics(vec![
                    count_in("县级领导碰头会或主任碰头会", 24, Unit::Time, since_2025.clone()),
                    Metric::count("党工委会研究高新区工作、各类中长期规划", 4, Unit::Time),
                ])
                .documents(vec![
                    // The original lacks 年) at the end of this title; kept as published.
                    Document::builder()
                        .id("doc-furong-lake-services-plan")?
                        .title("许昌市芙蓉湖现代服务业创新圈发展规划(2025—2030")
                        .status(DocumentStatus::Draft)
                        .build(),
                    Document::builder()
                        .id("doc-electric-valley-industry-plan")?
                        .title("中原电气谷产业发展规划(2025—2030年)")
                        .status(DocumentStatus::Draft)
                        .build(),
                ])
                .build(),
        ])
        .build())
}

/// 11. "三重一大"制度执行不严格。
fn f_1_11() -> Result<Finding> {
    Ok(Finding::builder()
        .id("f-1-11")?
        .number(11)
        .problem(r#""三重一大"制度执行不严格。"#)
        .status(FindingStatus::Completed)
        .measure_numbering(Numbering::ChineseShi)
        .measures(vec![
            Measure::builder()
                .id("f-1-11.m1")?
                .ordinal(1)
                .text(r#"党工委办公室向全区各单位印发了工作提示,督促要求贯彻落实好上级及本级关于"三重一大"决策制度有关规定。"#)
                .build(),
            Measure::builder()
                .id("f-1-11.m2")?
                .ordinal(2)
                .text(r#""三重一大"事项中涉及大额资金使用事项,通过主任办公会、党工委会议双层研究,会前议题提交单位必须提前斟酌议题上会的可行性,充分征求相关部门意见建议,并经分管领导同意后进行议题审批流程,未履行程序的,原则上不安排上会讨论,确需临时提出的,须经党工委书记同意。明确会议议程及提交时限,议题提交单位应提前2个工作日完成审批程序,并将议题纸质版和电子版材料报送至党工委办公室进行审核。"#)
                .metrics(vec![
                    Metric::builder()
                        .kind(MetricKind::Duration)
                        .subject("议题提交单位提前完成审批程序")
                        .value(2u32.into())
                        .unit(Unit::WorkingDay)
                        .build(),
                ])
                .build(),
            Measure::builder()
                .id("f-1-11.m3")?
                .ordinal(3)
                .text(r#"严格按照新修订的《示范区"三重一大"事项议事决策制度》(许示范办文〔2024〕11号)文件规定,对"三重一大"事项进行集体决策,2025年3月以来,党工委会研究"三重一大"事项19项。"#)
                .metrics(vec![count_in(
                    r#"党工委会研究"三重一大"事项"#,
                    19,
                    Unit::Item,
                    since("2025-03", "2025年3月以来")?,
                )])
                .documents(vec![
                    Document::builder()
                        .id("doc-major-decisions-rules")?
                        .title(r#"示范区"三重一大"事项议事决策制度"#)
                        .number("许示范办文〔2024〕11号")
                        .status(DocumentStatus::Revised)
                        .build(),
                ])
                .build(),
        ])
        .build())
}

/// 12. 党员发展程序缺失。
fn f_1_12() -> Result<Finding> {
    Ok(Finding::builder()
        .id("f-1-12")?
        .number(12)
        .problem("党员发展程序缺失。")
        .status(FindingStatus::Completed)
        .measure_numbering(Numbering::ChineseShi)
        .measures(vec![
            Measure::builder()
                .id("f-1-12.m1")?
                .ordinal(1)
                .text("对机关党委2022年以来发展和转正的16名党员进行检查,均经过机关党委讨论决定,但存在没有及时向区党工委汇报的问题。对此,指导机关党委建立健全发展党员工作管理机制,进一步规范党员发展工作。结合2025年发展党员计划,召开专题会议合理分配指标,完善党员档案材料。对今年新发展和上一年度转正的党员,督促其集中上会研究审批,报组织人社局备案,并定期向党工委汇报党员发展情况。")
                .metrics(vec![count_in(
                    "机关党委发展和转正的党员",
                    16,
                    Unit::PersonMing,
                    since("2022", "2022年以来")?,
                )])
                .build(),
            Measure::builder()
                .id("f-1-12.m2")?
                .ordinal(2)
                .text("制定印发《关于进一步规范全区发展党员工作的通知》,明确各党(工)委发展党员须严格执行党(工)委会研究程序要求,切实提高发展党员质量。")
                .documents(vec![
                    Document::builder()
                        .id("doc-party-member-recruitment-notice")?
                        .title("关于进一步规范全区发展党员工作的通知")
                        .status(DocumentStatus::Issued)
                        .build(),
                ])
                .build(),
        ])
        .build())
}
