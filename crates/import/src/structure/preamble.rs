//! The preamble: which paragraphs are preamble, the facts they state (who inspected whom,
//! when, on what basis), and the family, stage and round kind the title and preamble name.

use super::family::family_word;
use super::round_date::{self, Role};
use super::words::Words;
use super::{Node, NodeKind, team};
use crate::codes::Unit;
use crate::date::{DateKind, DateMention};
use crate::figure::Figure;
use crate::span::Span;
use crate::text::Normalized;

/// What a preamble fact states.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FactKind {
    /// Who commissioned the inspection (`根据市委统一部署` → 市委).
    CommissioningAuthority,
    /// The inspection team (`市委第八巡察组`).
    Team,
    /// The organization inspected (`对市城乡一体化示范区党工委进行了巡察`).
    InspectedOrganization,
    /// The on-site period (a date mention).
    OnSitePeriod,
    /// The feedback date (a date mention).
    FeedbackDate,
    /// The (concentrated) rectification period (a date mention).
    RectificationPeriod,
    /// The rectification period's stated duration (`三个月`).
    StatedDuration,
    /// What the rectification period is called (`进行了三个月的集中整改` → 集中整改).
    RectificationLabel,
    /// The family of the inspection (`巡视` → `party_inspection_tour`, `巡察` →
    /// `party_inspection`, `审计` → `audit`, `生态环境保护督察` → `environmental_inspection`),
    /// from the title, else the preamble, else the first paragraph.
    Family,
    /// The stage the report describes (`整改进展情况` → `progress`, else `整改情况` → `final`),
    /// from the title.
    Stage,
    /// The kind of round (`常规` → `regular`, `专项` → `special`, `机动` → `mobile`, `回头看`
    /// → `follow_up`, `联动`/`交叉` → `joint`), from the preamble.
    RoundKind,
    /// The legal basis (`按照《…》有关规定`, `根据…要求`).
    LegalBasis,
}

impl FactKind {
    /// The snake_case code.
    pub const fn code(self) -> &'static str {
        match self {
            Self::CommissioningAuthority => "commissioning_authority",
            Self::Team => "team",
            Self::InspectedOrganization => "inspected_organization",
            Self::OnSitePeriod => "on_site_period",
            Self::FeedbackDate => "feedback_date",
            Self::RectificationPeriod => "rectification_period",
            Self::StatedDuration => "stated_duration",
            Self::RectificationLabel => "rectification_label",
            Self::Family => "family",
            Self::Stage => "stage",
            Self::RoundKind => "round_kind",
            Self::LegalBasis => "legal_basis",
        }
    }
}

/// A fact of the preamble.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fact {
    /// What it states.
    pub kind: FactKind,
    /// Where it is, in original bytes.
    pub span: Span,
    /// The same in the normalized text.
    pub at: Span,
    /// The text (normalized).
    pub text: String,
    /// For a date fact: the index of its date mention; for a stated duration: of its figure.
    pub index: Option<usize>,
    /// For the family, stage and round kind: the core codelist code (`party_inspection`,
    /// `progress`, `regular`); the span points at the words that say it.
    pub code: Option<&'static str>,
}

/// Whether a paragraph of the head reads as a preamble: it opens with its basis (`根据`,
/// `按照` …), states the inspection (`进行了巡察`, `反馈了`, `统一部署` …), or names a team
/// in a sentence with a verb of the round (`…督察组陆续向我省转办…`, `…巡察组向…反馈…`).
pub(super) fn is_preamble(text: &str) -> bool {
    let starts = ["根据", "按照", "依据", "我受", "受"]
        .iter()
        .any(|w| text.starts_with(w));
    let facts = [
        "进行了巡察",
        "进行了巡视",
        "开展了巡察",
        "开展了巡视",
        "反馈了",
        "予以公布",
        "请予审议",
        "统一部署",
    ];
    starts
        || facts.iter().any(|w| text.contains(w))
        || sentences(text, Span::new(0, text.len()))
            .into_iter()
            .any(|at| {
                let sentence = text.get(at.range()).unwrap_or("");
                Words::PreambleVerb.any_in(sentence) && team::first_team(text, at).is_some()
            })
}

/// The sentences of the paragraph at `p` of `text`, each with its `。`.
fn sentences(text: &str, p: Span) -> Vec<Span> {
    let ptext = text.get(p.range()).unwrap_or("");
    let mut out = Vec::new();
    let mut s = 0;
    for (i, c) in ptext.char_indices() {
        if c == '。' {
            out.push(Span::new(p.start + s, p.start + i + c.len_utf8()));
            s = i + c.len_utf8();
        }
    }
    if s < ptext.len() {
        out.push(Span::new(p.start + s, p.end));
    }
    out
}

/// Facts of the preamble paragraphs.
pub(super) fn facts(
    norm: &Normalized,
    nodes: &[Node],
    dates: &[DateMention],
    figures: &[Figure],
) -> Vec<Fact> {
    let text = norm.text.as_str();
    let mut out = Vec::new();
    let push = |kind, at: Span, index: Option<usize>, out: &mut Vec<Fact>| {
        if !at.is_empty() {
            out.push(Fact {
                kind,
                span: norm.original(at),
                at,
                text: norm.get(at).to_owned(),
                index,
                code: None,
            });
        }
    };
    let index = round_date::Dates::new(dates);
    let preambles: Vec<Span> = nodes
        .iter()
        .filter(|n| n.kind == NodeKind::Preamble)
        .map(|n| n.at)
        .collect();
    // Teams named, with their sender and the organizations they inspected: those that say whom
    // they inspected first.
    let mut teams: Vec<(Span, Option<Span>, Vec<Span>)> = Vec::new();
    for p in &preambles {
        for sentence in sentences(text, *p) {
            let st = norm.get(sentence);
            let find = |w: &str| st.find(w).map(|j| sentence.start + j);
            if let (Some(a), Some(b)) = (find("根据"), find("统一部署"))
                && b > a
            {
                push(
                    FactKind::CommissioningAuthority,
                    Span::new(a + "根据".len(), b),
                    None,
                    &mut out,
                );
            }
            // `进行了巡察`, `进行了常规巡视`, `开展了专项巡察`: where the inspected organization ends.
            let inspected = ["进行了", "开展了", "进行", "开展"].iter().find_map(|w| {
                let at = find(w)?;
                let after = crate::grammar::ahead(text, at + w.len(), 18);
                ["巡察", "巡视", "督察", "审计"]
                    .iter()
                    .any(|k| after.contains(k))
                    .then_some(at)
            });
            if let Some(team) = team::first_team(text, sentence) {
                let orgs = team::inspected(text, team.name, inspected);
                // The team of a sentence that says whom it inspected, else the first named.
                let at = if orgs.is_empty() {
                    teams.len()
                } else {
                    teams.iter().take_while(|t| !t.2.is_empty()).count()
                };
                teams.insert(at, (team.name, team.sender, orgs));
            }
            for (kind, role) in [
                (FactKind::OnSitePeriod, Role::OnSite),
                (FactKind::FeedbackDate, Role::Feedback),
            ] {
                if let Some(k) = index.find(text, sentence, role) {
                    let at = index.get(k).map_or(Span::default(), |d| d.at);
                    push(kind, at, Some(k), &mut out);
                }
            }
            if find("整改").is_some() && find("反馈").is_none() {
                if let Some(k) = dates
                    .iter()
                    .position(|d| sentence.contains(d.at) && d.kind == DateKind::Range)
                {
                    push(
                        FactKind::RectificationPeriod,
                        dates.get(k).map_or(Span::default(), |d| d.at),
                        Some(k),
                        &mut out,
                    );
                }
                if let Some(k) = figures.iter().position(|f| {
                    sentence.contains(f.at)
                        && matches!(
                            f.unit,
                            Unit::Month | Unit::Day | Unit::Year | Unit::WorkingDay
                        )
                }) {
                    let at = figures.get(k).map_or(Span::default(), |f| f.at);
                    push(FactKind::StatedDuration, at, Some(k), &mut out);
                    // `三个月的集中整改。`
                    let after = text.get(at.end..sentence.end).unwrap_or("");
                    if let Some(label) = after.strip_prefix('的') {
                        let label = label.trim_end_matches(['。', ',', ';']);
                        let start = at.end + '的'.len_utf8();
                        if (2..=12).contains(&label.chars().count()) {
                            push(
                                FactKind::RectificationLabel,
                                Span::new(start, start + label.len()),
                                None,
                                &mut out,
                            );
                        }
                    }
                }
            }
            for lead in ["按照", "根据", "依据"] {
                if let Some(a) = find(lead) {
                    let stop = ["有关规定", "规定", "要求", "部署"]
                        .iter()
                        .filter_map(|w| {
                            st.get(a.saturating_sub(sentence.start)..)
                                .and_then(|r| r.find(w))
                                .map(|j| (a + j + w.len(), *w))
                        })
                        .min();
                    // `根据市委统一部署` names the commissioning authority, not a basis.
                    if let Some(b) = stop.filter(|(_, w)| *w != "部署").map(|(b, _)| b) {
                        push(FactKind::LegalBasis, Span::new(a, b), None, &mut out);
                    }
                }
            }
        }
    }
    // A feedback the preamble does not date may be in a summary paragraph of the head
    // (`3月6日至3月24日,市委各巡察组分别向被巡察党组织反馈了巡察情况`).
    if !out.iter().any(|f| f.kind == FactKind::FeedbackDate) {
        let head = nodes
            .iter()
            .take_while(|n| n.kind != NodeKind::Section)
            .filter(|n| n.kind == NodeKind::Summary);
        if let Some((k, d)) = head
            .flat_map(|n| sentences(text, n.at))
            .find_map(|s| index.find(text, s, Role::Feedback))
            .and_then(|k| Some((k, index.get(k)?)))
        {
            push(FactKind::FeedbackDate, d.at, Some(k), &mut out);
        }
    }
    if let Some((name, sender, orgs)) = teams.into_iter().next() {
        push(FactKind::Team, name, None, &mut out);
        if let Some(sender) = sender.filter(|_| {
            !out.iter()
                .any(|f| f.kind == FactKind::CommissioningAuthority)
        }) {
            push(FactKind::CommissioningAuthority, sender, None, &mut out);
        }
        for org in orgs {
            push(FactKind::InspectedOrganization, org, None, &mut out);
        }
    }
    out
}

/// Family, stage and round kind from the words of the title and preamble.
pub(super) fn classification(norm: &Normalized, nodes: &[Node]) -> Vec<Fact> {
    let find = |kinds: &[NodeKind],
                words: &[(&str, &'static str)]|
     -> Option<(Span, &'static str)> {
        nodes
            .iter()
            .filter(|n| kinds.contains(&n.kind))
            .find_map(|n| {
                let t = norm.get(n.at);
                words
                    .iter()
                    .filter_map(|(w, code)| t.find(w).map(|j| (j, w.len(), *code)))
                    .min_by_key(|x| x.0)
                    .map(|(j, len, code)| (Span::new(n.at.start + j, n.at.start + j + len), code))
            })
    };
    let stage_words: [(&str, &'static str); 3] = [
        ("整改进展", "progress"),
        ("进展情况", "progress"),
        ("整改情况", "final"),
    ];
    let round_words: [(&str, &'static str); 6] = [
        ("常规", "regular"),
        ("专项", "special"),
        ("机动", "mobile"),
        ("回头看", "follow_up"),
        ("联动", "joint"),
        ("交叉", "joint"),
    ];
    let mut out = Vec::new();
    let heads = [NodeKind::Title, NodeKind::Occasion];
    let body = [NodeKind::Preamble, NodeKind::Summary, NodeKind::Salutation];
    let mut push = |kind, found: Option<(Span, &'static str)>| {
        if let Some((at, code)) = found {
            out.push(Fact {
                kind,
                span: norm.original(at),
                at,
                text: norm.get(at).to_owned(),
                index: None,
                code: Some(code),
            });
        }
    };
    let family = |kinds: &[NodeKind]| {
        nodes
            .iter()
            .filter(|n| kinds.contains(&n.kind))
            .find_map(|n| {
                let (at, code) = family_word(norm.get(n.at))?;
                Some((Span::new(n.at.start + at.start, n.at.start + at.end), code))
            })
    };
    push(FactKind::Family, family(&heads).or_else(|| family(&body)));
    push(FactKind::Stage, find(&heads, &stage_words));
    push(
        FactKind::RoundKind,
        find(&[NodeKind::Preamble], &round_words),
    );
    out
}
