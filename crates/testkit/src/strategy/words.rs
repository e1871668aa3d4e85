//! The vocabulary of generated reports: phrases, names and titles as published notices write
//! them, and the code tables the generator draws from. Data only: the strategies pick from
//! these lists by index, so their order is part of what a seed generates.

pub(super) const ACTORS: &[&str] = &[
    "示范区党工委",
    "区直各单位",
    "派驻单位",
    "财政金融局",
    "自然资源和规划分局",
    "各乡镇（街道）",
    "市场监管分局",
    "住房和城乡建设局",
    "应急管理局",
    "纪工委监察室",
    "组织人事部",
    "党政办公室",
    "经济发展局",
    "社会事业局",
];

pub(super) const ACTIONS: &[&str] = &[
    "召开专题会议研究整改工作",
    "建立问题、任务、责任“三张清单”",
    "制定整改方案",
    "修订《“三重一大”事项议事决策制度》",
    "开展安全生产隐患大排查",
    "督促相关单位限期整改",
    "完善内部控制制度",
    "推进OA系统升级改造",
    "上线“i许昌”App办事入口",
    "实现园区Wi-Fi 6全覆盖",
    "组织党员干部集中学习",
    "对账外资金开展全面清查",
    "规范PPP项目合同管理",
    "建立整改销号机制",
    "健全政府采购内控流程",
    "深化“放管服”改革",
    "召开警示教育大会",
    "加强GDP核算数据质量管理",
    "完成5G基站选址规划",
    "对照Excel台账逐项销号",
];

/// Clauses with a figure: `{0}` is replaced by a whole number.
pub(super) const COUNTED: &[&str] = &[
    "共召开{0}次党工委会议",
    "下发整改通知书{0}份",
    "排查隐患{0}处",
    "清退资金{0}万元",
    "整改完成率达{0}%",
    "给予党纪政务处分{0}人",
    "新建制度{0}项",
    "走访企业{0}家（次）",
    "开展专项检查{0}轮",
    "1—7月累计办结{0}件",
];

pub(super) const PROBLEMS: &[&str] = &[
    "对巡察整改重视不够",
    "落实全面从严治党主体责任不到位",
    "“三重一大”事项决策程序不规范",
    "财务管理存在漏洞",
    "对上协调放权赋能不够有力",
    "安全生产监管存在薄弱环节",
    "干部队伍建设有短板",
    "专项资金使用效益不高",
    "基层党组织建设较为薄弱",
    "营商环境有待优化",
    "数字化平台（OA系统）使用率偏低",
    "PPP项目前期论证不充分",
];

pub(super) const QUALIFIERS: &[&str] = &[
    "一些单位",
    "部分干部",
    "个别领导干部",
    "长期以来",
    "截至目前",
];

pub(super) const EMOJI: &[&str] = &["✅", "📌", "🚩", "👍"];

pub(super) const HEADINGS: &[&str] = &[
    "全面梳理",
    "严肃问责",
    "建章立制",
    "强化监督",
    "压实责任",
    "举一反三",
    "以案促改",
];

pub(super) const SUBJECTS_COUNT: &[&str] = &[
    "党工委会议",
    "整改通知书",
    "安全隐患",
    "承接职权",
    "高新技术企业",
    "信访件",
    "问题线索",
    "专题培训",
    "闲置资产",
    "OA系统账号",
];

pub(super) const SUBJECTS_AMOUNT: &[&str] = &[
    "规上企业研发费用",
    "清退违规资金",
    "行政处罚金额",
    "地区生产总值（GDP）",
    "专项债券资金",
];

pub(super) const SUBJECTS_RATE: &[&str] = &[
    "整改完成率",
    "5G网络覆盖率",
    "问题线索办结率",
    "研发投入占比",
];

pub(super) const SUBJECTS_GROWTH: &[&str] = &[
    "固定资产投资",
    "规上工业增加值",
    "一般公共预算收入",
    "进出口总额",
];

pub(super) const SUBJECTS_AREA: &[&str] = &["闲置土地", "违法占地", "新建厂房", "复垦耕地"];

pub(super) const SUBJECTS_AGE: &[&str] = &[
    "班子成员平均年龄",
    "新提拔干部平均年龄",
    "村（社区）书记平均年龄",
];

pub(super) const SUBJECTS_DURATION: &[&str] = &["集中整改", "项目审批时限", "信访办理时限"];

pub(super) const SUBJECTS_RANK: &[&str] =
    &["国家高新区综合排名", "营商环境评价排名", "全市综合考核排名"];

pub(super) const SUBJECTS_OTHER: &[&str] =
    &["人均办结量", "新增充电桩", "清运垃圾", "改造老旧管网"];

pub(super) const OTHER_UNIT_LABELS: &[&str] = &["台", "辆", "公里", "吨", "座", "轮"];

pub(super) const OTHER_STATUS_LABELS: &[&str] =
    &["已整改到位待验收", "待销号", "整改中（已完成80%）"];

pub(super) const OTHER_DISPOSITION_LABELS: &[&str] =
    &["暂停执业", "取消评优资格", "扣减绩效奖金", "约谈提醒"];

pub(super) const DOCUMENT_TITLES: &[&str] = &[
    "中国共产党巡视工作条例",
    "中国共产党党内监督条例",
    "关于加强巡察整改和成果运用的意见",
    "示范区政府投资项目管理办法",
    "财政资金拨付实施细则（试行）",
    "示范区“三重一大”事项议事决策制度",
    "安全生产隐患排查治理工作方案",
    "OA系统使用管理规定",
];

pub(super) const DOCUMENT_NUMBER_PREFIXES: &[&str] =
    &["许示范办文", "许示范工委", "许政办", "豫审办"];

/// Organizations by role: (name, full name).
pub(super) type Named = (&'static str, Option<&'static str>);

pub(super) const AUTHORITIES: &[Named] = &[
    ("市委", Some("中共许昌市委员会")),
    ("省委", Some("中共河南省委员会")),
    ("县委", None),
    ("市审计局", None),
    ("中央生态环境保护督察组", None),
];

pub(super) const TEAMS: &[Named] = &[
    ("市委第八巡察组", None),
    ("市委第三巡察组", None),
    ("省委第三巡视组", None),
    ("市审计局审计组", None),
    ("中央第二生态环境保护督察组", None),
];

pub(super) const INSPECTED: &[Named] = &[
    ("示范区党工委", Some("中共许昌市城乡一体化示范区工作委员会")),
    ("示范区", Some("许昌市城乡一体化示范区")),
    ("市财政局党组", None),
    ("经济发展局", None),
    ("市投资集团有限公司", None),
    ("华为技术有限公司", None),
];

pub(super) const EMAIL_DOMAINS: &[&str] =
    &["163.com", "126.com", "qq.com", "xuchang.gov.cn", "sina.com"];

pub(super) const LANGUAGE_TAGS: &[&str] = &["zh-CN", "zh-Hans", "zh", "zh-Hans-CN", "en", "en-GB"];

pub(super) const ZH_NUMERALS: &[&str] = &[
    "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二",
];

/// Characters of the unified social credit code (统一社会信用代码), in check-digit order.
pub(super) const CREDIT_CODE_CHARS: &[u8] = b"0123456789ABCDEFGHJKLMNPQRTUWXY";
pub(super) const CREDIT_CODE_WEIGHTS: [u32; 17] = [
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
];

pub(super) const ID_CHARS: &[char] = &[
    'a', 'b', 'c', 'f', 'm', 'x', 'z', 'A', 'Q', 'Z', '0', '1', '7', '9', '.', '_', '-', ':',
];

pub(super) const AREA_TITLES: &[&str] = &[
    "落实党的路线方针政策和党中央决策部署方面",
    "落实全面从严治党战略部署方面",
    "落实新时代党的组织路线方面",
    "落实巡视巡察、审计等监督发现问题整改方面",
];
