//! Sections: their plans, and sections with findings dealt into them.

use inspection_report::{Numbering, Section, SectionKind, codelist::Codelist};
use proptest::collection::vec;
use proptest::option;
use proptest::prelude::*;
use proptest::sample::{Index, select};
use proptest::strategy::Just;

use super::assemble::Assembler;
use super::date::Window;
use super::finding::finding_draft;
use super::support::{pick, positional};
use super::text::sentence;
use super::words::{ACTORS, AREA_TITLES};

/// The shape of a section, before findings are dealt into it.
#[derive(Debug, Clone)]
pub(super) struct SectionPlan {
    pub(super) kind: SectionKind,
    /// `None` for findings under no heading.
    pub(super) title: Option<String>,
    pub(super) introduction: Option<String>,
    pub(super) finding_numbering: Option<Numbering>,
    pub(super) subsections: Vec<SectionPlan>,
}

pub(super) fn section_title(kind: SectionKind, which: &Index) -> String {
    match kind {
        SectionKind::Area => pick(which, AREA_TITLES).to_owned(),
        SectionKind::Organization => pick(which, ACTORS).to_owned(),
        SectionKind::Other => "其他需要说明的问题".to_owned(),
        _ => kind.label_zh().to_owned(),
    }
}

pub(super) fn leaf_plan(kinds: &'static [SectionKind]) -> impl Strategy<Value = SectionPlan> {
    (
        select(kinds),
        any::<Index>(),
        option::weighted(0.2, sentence()),
        option::weighted(
            0.8,
            select(&[Numbering::ArabicDot, Numbering::ArabicParenthesized][..]),
        ),
        option::weighted(0.9, Just(())),
    )
        .prop_map(
            |(kind, which, introduction, finding_numbering, titled)| SectionPlan {
                kind,
                title: titled.map(|()| section_title(kind, &which)),
                introduction,
                finding_numbering,
                subsections: Vec::new(),
            },
        )
}

pub(super) const NON_IMPLYING: &[SectionKind] = &[
    SectionKind::Area,
    SectionKind::Organization,
    SectionKind::Other,
];

pub(super) fn section_plan() -> impl Strategy<Value = SectionPlan> {
    (
        leaf_plan(SectionKind::ALL),
        prop_oneof![3 => Just(0usize), 1 => 1..=3usize],
        vec(leaf_plan(SectionKind::ALL), 3),
        vec(leaf_plan(NON_IMPLYING), 3),
    )
        .prop_map(|(mut plan, subsections, any_kind, plain)| {
            // Subsections of a section that implies a status imply none of their own.
            let pool = if plan.kind.implied_status().is_some() {
                plain
            } else {
                any_kind
            };
            plan.subsections = pool.into_iter().take(subsections).collect();
            if !plan.subsections.is_empty() {
                plan.finding_numbering = None;
            }
            plan
        })
}

/// How the top-level sections of a report are laid out.
#[derive(Debug, Clone)]
pub(super) struct SectionsPlan {
    pub(super) sections: Vec<SectionPlan>,
    pub(super) numbered: bool,
    pub(super) cuts: Vec<Index>,
}

pub(super) fn sections_plan() -> impl Strategy<Value = SectionsPlan> {
    (
        prop_oneof![
            2 => (leaf_plan(&[SectionKind::Completed]), leaf_plan(&[SectionKind::LongTerm]))
                .prop_map(|(a, b)| vec![a, b]),
            1 => vec(section_plan(), 1..=4),
        ],
        prop::bool::weighted(0.8),
        vec(any::<Index>(), 12),
    )
        .prop_map(|(sections, numbered, cuts)| SectionsPlan {
            sections,
            numbered,
            cuts,
        })
}

/// A section with up to eight findings whose status is the one its kind implies
/// ([`SectionKind::implied_status`]), sometimes with subsections. Its id is `s-1`.
///
/// # Examples
///
/// ```
/// use inspection_report_testkit::strategy;
/// use proptest::prelude::*;
///
/// proptest!(|(section in strategy::section())| {
///     if let Some(status) = section.kind.implied_status() {
///         prop_assert!(section.iter_findings().all(|f| f.status == status));
///     }
/// });
/// ```
pub fn section() -> impl Strategy<Value = Section> {
    (
        section_plan(),
        vec(finding_draft(Window::default_window()), 0..=8),
        vec(any::<Index>(), 12),
        any::<bool>(),
    )
        .prop_map(|(plan, drafts, cuts, numbered)| {
            let plan = SectionsPlan {
                sections: vec![plan],
                numbered,
                cuts,
            };
            let mut assembler = Assembler::new(drafts.len());
            assembler
                .sections(&plan, drafts)
                .into_iter()
                .next()
                .unwrap_or_else(|| Section {
                    source: None,
                    id: positional("s-1"),
                    number: None,
                    numbering: None,
                    title: Some("已完成的整改任务".to_owned()),
                    kind: SectionKind::Completed,
                    introduction: None,
                    summary: None,
                    milestones: Vec::new(),
                    finding_numbering: None,
                    findings: Vec::new(),
                    subsections: Vec::new(),
                })
        })
}
