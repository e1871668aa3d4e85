//! Small code enums of the importer, with the snake_case codes of the core crate's codelists
//! (`Unit`, `MetricKind`, `Qualifier`, `DispositionKind`), so that mapping them is a lookup
//! by [`code`](Unit::code).

macro_rules! codes {
    ($(#[$meta:meta])* pub enum $name:ident { $($(#[$vmeta:meta])* $variant:ident = $code:literal,)* }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $($(#[$vmeta])* $variant,)*
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant,)*];

            /// The snake_case code, as in the core crate's codelist.
            pub const fn code(self) -> &'static str {
                match self {
                    $($name::$variant => $code,)*
                }
            }

            /// The value of a code.
            pub fn from_code(code: &str) -> Option<Self> {
                match code {
                    $($code => Some($name::$variant),)*
                    _ => None,
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.code())
            }
        }
    };
}

codes! {
    /// The unit or measure word of a figure (codes of the core `Unit`).
    pub enum Unit {
        /// 人.
        Person = "person",
        /// 名.
        PersonMing = "person_ming",
        /// 位.
        PersonWei = "person_wei",
        /// 人次.
        PersonTime = "person_time",
        /// 次.
        Time = "time",
        /// 项.
        Item = "item",
        /// 个.
        Piece = "piece",
        /// 件.
        Matter = "matter",
        /// 起.
        Incident = "incident",
        /// 条.
        Entry = "entry",
        /// 家.
        Establishment = "establishment",
        /// 家次, 家(次).
        EstablishmentTime = "establishment_time",
        /// 份.
        Copy = "copy",
        /// 处.
        Spot = "spot",
        /// 套.
        Set = "set",
        /// 块.
        Block = "block",
        /// 期.
        Session = "session",
        /// 批.
        Batch = "batch",
        /// 户.
        Household = "household",
        /// 元.
        Yuan = "yuan",
        /// 万元.
        TenThousandYuan = "ten_thousand_yuan",
        /// 亿元.
        HundredMillionYuan = "hundred_million_yuan",
        /// %.
        Percent = "percent",
        /// 个百分点.
        PercentagePoint = "percentage_point",
        /// 平方米.
        SquareMetre = "square_metre",
        /// 亩.
        Mu = "mu",
        /// 岁.
        YearOfAge = "year_of_age",
        /// 年 (a duration).
        Year = "year",
        /// 个月.
        Month = "month",
        /// 天.
        Day = "day",
        /// 个工作日.
        WorkingDay = "working_day",
        /// 小时.
        Hour = "hour",
        /// A position in a ranking (位列151名).
        RankPosition = "rank_position",
        /// Another unit; the figure's `unit_label` gives it.
        Other = "other",
    }
}

impl Unit {
    /// Whether two units count the same things, so that one count can be a part of the other:
    /// the same unit, or two measure words for people (`96名…56人`).
    ///
    /// # Examples
    ///
    /// ```
    /// use inspection_report_import::codes::Unit;
    ///
    /// assert!(Unit::PersonMing.counts_alike(Unit::Person));
    /// assert!(!Unit::Person.counts_alike(Unit::PersonTime));
    /// assert!(Unit::Item.counts_alike(Unit::Item));
    /// ```
    pub fn counts_alike(self, other: Unit) -> bool {
        let people = |u: Unit| matches!(u, Unit::Person | Unit::PersonMing | Unit::PersonWei);
        self == other || people(self) && people(other)
    }
}

codes! {
    /// What kind of figure it is (codes of the core `MetricKind`).
    pub enum Kind {
        /// A count.
        Count = "count",
        /// Money.
        Amount = "amount",
        /// Growth on the same period of the previous year (同比).
        YearOnYearGrowth = "year_on_year_growth",
        /// Change on the previous year (较上年).
        ChangeOnPreviousYear = "change_on_previous_year",
        /// A rate (覆盖率, 完成率).
        Rate = "rate",
        /// A share (占比).
        Share = "share",
        /// A rank.
        Rank = "rank",
        /// An average (平均).
        Average = "average",
        /// An area.
        Area = "area",
        /// An age.
        Age = "age",
        /// A duration.
        Duration = "duration",
        /// An ordinal (第12次).
        Ordinal = "ordinal",
        /// Another kind.
        Other = "other",
    }
}

codes! {
    /// How exact a figure is (codes of the core `Qualifier`).
    pub enum Qualifier {
        /// 约, 左右.
        About = "about",
        /// 以上, 不少于.
        AtLeast = "at_least",
        /// 超过.
        MoreThan = "more_than",
        /// 近.
        Nearly = "nearly",
        /// 余, 多.
        Over = "over",
        /// 以内, 不超过, 前 (位列前三).
        AtMost = "at_most",
        /// 不足, 不到.
        LessThan = "less_than",
    }
}

codes! {
    /// The kind of a disposition (codes of the core `DispositionKind`).
    pub enum DispositionKind {
        /// 党纪处分.
        PartyDiscipline = "party_discipline",
        /// 党内警告.
        PartyWarning = "party_warning",
        /// 党内严重警告.
        PartySeriousWarning = "party_serious_warning",
        /// 撤销党内职务.
        RemovalFromPartyPosts = "removal_from_party_posts",
        /// 留党察看.
        PartyProbation = "party_probation",
        /// 开除党籍.
        ExpulsionFromParty = "expulsion_from_party",
        /// 政务处分.
        AdministrativeSanction = "administrative_sanction",
        /// 政务警告.
        AdministrativeWarning = "administrative_warning",
        /// 记过.
        Demerit = "demerit",
        /// 记大过.
        MajorDemerit = "major_demerit",
        /// 降级.
        Demotion = "demotion",
        /// 撤职.
        DismissalFromPost = "dismissal_from_post",
        /// 开除.
        ExpulsionFromPublicEmployment = "expulsion_from_public_employment",
        /// 党纪政务处分.
        PartyAndAdministrativeSanction = "party_and_administrative_sanction",
        /// 党纪政纪处分.
        PartyAndGovernmentDiscipline = "party_and_government_discipline",
        /// 组织处理.
        OrganizationalHandling = "organizational_handling",
        /// 停职检查.
        SuspensionForExamination = "suspension_for_examination",
        /// 调整职务.
        Reassignment = "reassignment",
        /// 责令辞职.
        OrderedResignation = "ordered_resignation",
        /// 免职.
        RemovalFromOffice = "removal_from_office",
        /// 降职.
        DemotionInPost = "demotion_in_post",
        /// 通报批评.
        CirculatedCriticism = "circulated_criticism",
        /// 提醒谈话.
        ReminderTalk = "reminder_talk",
        /// 批评教育.
        CriticismEducation = "criticism_education",
        /// 责令检查.
        OrderedSelfExamination = "ordered_self_examination",
        /// 诫勉.
        Admonishment = "admonishment",
        /// 问责.
        Accountability = "accountability",
        /// 立案.
        CaseFiled = "case_filed",
        /// 移送司法机关.
        ReferralToJudiciary = "referral_to_judiciary",
        /// 行政处罚.
        AdministrativePenalty = "administrative_penalty",
        /// 责令整改.
        OrderToRectify = "order_to_rectify",
        /// 停工.
        WorkStoppage = "work_stoppage",
        /// 警示约谈.
        WarningInterview = "warning_interview",
        /// 追缴资金.
        MoneyRecovered = "money_recovered",
        /// 了结.
        CaseConcluded = "case_concluded",
        /// 交由纪委调查.
        ReferralToDisciplineCommission = "referral_to_discipline_commission",
        /// 批评帮助.
        CriticismAndHelp = "criticism_and_help",
        /// 约谈 (without 警示).
        Interview = "interview",
        /// 立案侦查.
        CriminalCaseFiled = "criminal_case_filed",
        /// 刑事拘留.
        CriminalDetention = "criminal_detention",
        /// 行政拘留.
        AdministrativeDetention = "administrative_detention",
        /// 立案处罚.
        PenaltyCaseFiled = "penalty_case_filed",
        /// 四种形态.
        FourForms = "four_forms",
        /// 第一种形态.
        FirstForm = "first_form",
        /// 第二种形态.
        SecondForm = "second_form",
        /// 第三种形态.
        ThirdForm = "third_form",
        /// 第四种形态.
        FourthForm = "fourth_form",
        /// Another kind; the disposition's label gives it.
        Other = "other",
    }
}
