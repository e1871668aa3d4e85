//! 三、下一步工作安排: the next-step plan, three commitments numbered 一要, 二要, 三要.

use inspection_report::{Commitment, NextSteps, Numbering};

use super::shapes::Result;

/// The next-step plan, with its introduction and three commitments.
pub fn next_steps() -> Result<NextSteps> {
    Ok(NextSteps::builder()
        .number(3)
        .numbering(Numbering::ChineseComma)
        .title("下一步工作安排")
        .introduction("为进一步巩固巡察整改成效,我们将继续坚持问题导向,强化政治引领,切实把思想和行动统一到党中央决策部署及省、市工作要求上来,进一步压实工作责任,健全长效机制,确保整改不松懈、标准不降低,切实把整改成效转化为推动高质量发展的强大动力进一步深化巡察整改工作:")
        .commitment_numbering(Numbering::ChineseYao)
        .commitments(vec![
            Commitment::builder()
                .id("next-1")?
                .ordinal(1)
                .heading("持续增强整改意识")
                .text("不断强化全体干部的责任感和紧迫感,切实把巡察整改作为当前一项重要政治任务来抓,聚焦整改方案确定的目标任务,压实工作责任,加大工作力度,强化监督问责,确保整改落实全面见底到位。各级各部门要建立健全整改责任清单制度,将整改任务分解到具体岗位、具体人员,确保整改工作事事有人抓、件件有着落。")
                .build(),
            Commitment::builder()
                .id("next-2")?
                .ordinal(2)
                .heading("持续深化整改措施")
                .text(r#"认真对照市委第八巡察组反馈意见,深入分析原因,精准施策,力求从根本上解决问题,确保整改效果经得起检验。对已完成的整改任务,定期组织"回头看",坚决防止"一阵风""走过场";对需要长期抓好的工作,认真研究治本之策,坚决防止边整边犯、整改过后又反弹回潮。同时,把巡察整改与做好当前各项工作紧密结合,全面改进和加强各项工作,以实实在在的工作成绩体现巡察整改成效。"#)
                .build(),
            Commitment::builder()
                .id("next-3")?
                .ordinal(3)
                .heading("持续健全制度体系")
                .text(r#"加快构建系统完备、科学规范、运行有效的制度体系,对整改过程中发现的问题进行深入分析,从制度层面查找漏洞和薄弱环节,及时修订完善相关制度规定,建立健全长效机制,防止问题反弹回潮。加强对制度执行情况的监督检查,确保制度刚性执行,防止制度成为"纸老虎""稻草人",真正用制度管人、管事、管权,防止问题反弹回潮,为实现巡察整改目标提供坚实保障。"#)
                .build(),
        ])
        .build())
}
