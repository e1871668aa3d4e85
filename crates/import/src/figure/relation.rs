//! How figures relate: a rank's out-of, parts in parentheses, `其中` parts and parts by
//! attribute, found / resolved / remaining triples and counts all resolved.

use super::candidate::RANK_PLAIN;
use std::sync::LazyLock;

use rust_decimal::Decimal;

use super::scan::{clause_start, paragraph_start, sentence_start, starts, within};
use super::{Figure, Relation, RelationKind};
use crate::codes::{Kind, Unit};
use crate::grammar::Lexicon;
use crate::span::Span;
use crate::text::Normalized;

/// A rank takes the nearest count of establishments or pieces before it in its sentence as its
/// out-of (`全国178家高新区…位列151名`); that count is then no figure of its own.
pub(super) fn attach_out_of(text: &str, figures: &mut Vec<Figure>) {
    let mut consumed = vec![false; figures.len()];
    for r in 0..figures.len() {
        if figures.get(r).is_none_or(|f| f.kind != Kind::Rank) {
            continue;
        }
        let Some(rank_at) = figures.get(r).map(|f| f.at) else {
            continue;
        };
        let ss = sentence_start(text, rank_at.start, false);
        let found = within(figures, ss, rank_at.start).rev().find(|&c| {
            figures.get(c).is_some_and(|f| {
                f.kind == Kind::Count
                    && matches!(f.unit, Unit::Establishment | Unit::Piece | Unit::Other)
                    && !consumed.get(c).copied().unwrap_or(true)
            })
        });
        if let Some(c) = found {
            let (value, span, among_at) = match figures.get(c) {
                Some(f) => (f.value, f.span, f.at.end),
                None => continue,
            };
            let keyword_at = [RANK_PLAIN.as_slice(), &["倒数", "末位", "首位", "中"]]
                .concat()
                .iter()
                .filter_map(|w| {
                    text.get(among_at..rank_at.start)
                        .and_then(|between| between.find(w))
                })
                .min()
                .map_or(rank_at.start, |k| among_at + k);
            let among = text
                .get(among_at..keyword_at)
                .map(|s| s.trim_end_matches(['中', '在']))
                .filter(|s| !s.is_empty() && s.chars().count() <= 20);
            if let Some(rank) = figures.get_mut(r).and_then(|f| f.rank.as_mut()) {
                rank.out_of = Some(value);
                rank.out_of_span = Some(span);
                rank.among = among.map(str::to_owned);
            }
            if let Some(flag) = consumed.get_mut(c) {
                *flag = true;
            }
        }
    }
    let mut index = 0;
    figures.retain(|_| {
        let keep = !consumed.get(index).copied().unwrap_or(false);
        index += 1;
        keep
    });
}

/// Parts in parentheses right after a figure, in its unit, that add up to it.
pub(super) fn relate_parentheses(text: &str, figures: &mut [Figure]) {
    for (p, c) in text.char_indices() {
        if c != '(' {
            continue;
        }
        let close = text
            .get(p..)
            .and_then(|r| {
                r.char_indices()
                    .take(120)
                    .find(|&(_, d)| d == ')' || d == '\n')
            })
            .map(|(j, _)| p + j);
        let Some(close) = close else { continue };
        let before = within(figures, 0, p);
        let Some(total) = before.end.checked_sub(1).filter(|&t| {
            figures
                .get(t)
                .is_some_and(|f| f.at.end <= p && p - f.at.end <= 30)
        }) else {
            continue;
        };
        let unit = figures.get(total).map(|f| f.unit);
        let parts: Vec<usize> = within(figures, p, close)
            .filter(|&i| {
                figures.get(i).is_some_and(|f| {
                    f.at.end <= close && Some(f.unit) == unit && f.relation.is_none()
                })
            })
            .collect();
        let sum = parts
            .iter()
            .filter_map(|&i| figures.get(i))
            .try_fold(Decimal::ZERO, |acc, f| acc.checked_add(f.value));
        if parts.len() >= 2 && figures.get(total).is_some_and(|t| Some(t.value) == sum) {
            for i in parts {
                if let Some(f) = figures.get_mut(i) {
                    f.relation = Some(Relation {
                        kind: RelationKind::PartOf,
                        target: total,
                    });
                }
            }
        }
    }
}

/// The length of the longest common suffix of two texts, in characters.
fn common_suffix(a: &str, b: &str) -> usize {
    a.chars()
        .rev()
        .zip(b.chars().rev())
        .take_while(|(x, y)| x == y)
        .count()
}

/// Words right before a figure's numeral (what it is a figure of).
pub(super) fn head(text: &str, f: &Figure) -> String {
    let cs = clause_start(text, f.at.start);
    text.get(cs..f.at.start).unwrap_or("").to_owned()
}

/// `其中` parts: figures after `其中` up to the end of the sentence, each related to the figure
/// before it of the same unit and a larger value whose wording is most alike.
pub(super) fn relate_of_which(text: &str, figures: &mut [Figure]) {
    let mut from = 0;
    while let Some(found) = text.get(from..).and_then(|r| r.find("其中")) {
        let at = from + found;
        from = at + "其中".len();
        // Antecedents: the same sentence, or the previous one when `其中` opens a sentence; the
        // parts run to the end of the sentence when it opens one, else to the end of the clause.
        let mut ss = sentence_start(text, at, false);
        let opens = text.get(ss..at).is_some_and(|s| s.trim().is_empty());
        let stops: &[char] = if opens {
            &['。', '\n']
        } else {
            &['。', '\n', ';']
        };
        let window = crate::grammar::ahead(text, at, 900);
        let scope_end = at + window.find(stops).unwrap_or(window.len());
        if opens {
            let back = text
                .get(..ss)
                .and_then(|h| h.char_indices().next_back())
                .map_or(0, |(j, _)| j);
            ss = sentence_start(text, back, false);
        }
        let antecedents: Vec<usize> = within(figures, ss, at)
            .filter(|&i| figures.get(i).is_some_and(|f| f.at.end <= at))
            .collect();
        if antecedents.is_empty() {
            continue;
        }
        let mut parts: Vec<usize> = within(figures, at, scope_end)
            .filter(|&i| {
                figures.get(i).is_some_and(|f| {
                    f.at.end <= scope_end && f.relation.is_none() && f.kind != Kind::Rank
                })
            })
            .collect();
        // Inside a sentence, the parts are the run of figures in the unit of the first one
        // (`其中,已办结7件、阶段性办结17件、未办结3件,责令整改3家`).
        if !opens {
            let unit = parts.first().and_then(|&i| figures.get(i)).map(|f| f.unit);
            let run = parts
                .iter()
                .take_while(|&&i| figures.get(i).map(|f| f.unit) == unit)
                .count();
            parts.truncate(run);
        }
        for i in parts {
            let Some(part) = figures.get(i) else { continue };
            let part_head = head(text, part);
            let best = antecedents
                .iter()
                .copied()
                .filter(|&a| {
                    figures.get(a).is_some_and(|t| {
                        t.unit.counts_alike(part.unit)
                            && t.kind == part.kind
                            && t.value >= part.value
                            && t.relation.is_none()
                    })
                })
                .max_by_key(|&a| {
                    figures.get(a).map_or((0, 0), |t| {
                        (common_suffix(&head(text, t), &part_head).min(4), t.at.start)
                    })
                });
            // `其中,已办结7件、阶段性办结17件、未办结3件`: what was resolved of the total and what
            // remains, more than parts of it.
            let kind = match progress_said(
                text.get(clause_start(text, part.at.start)..part.at.start)
                    .unwrap_or(""),
            ) {
                Some(Progress::Resolved) => RelationKind::ResolvedOf,
                Some(Progress::Remaining) => RelationKind::RemainingOf,
                _ => RelationKind::OfWhich,
            };
            if let (Some(target), Some(part)) = (best, figures.get_mut(i)) {
                part.relation = Some(Relation { kind, target });
            }
        }
    }
}

/// How a clause without `其中` opens when its count is a subset of a total before it
/// (`后备力量96名,平均年龄42岁,大专以上学历56人`): an attribute of the people or things counted.
const SUBSET_ATTRIBUTES: [&str; 7] = [
    "学历",
    "以上",
    "以下",
    "女性",
    "少数民族",
    "岁以下",
    "岁以上",
];

/// Of-which parts that no `其中` introduces: a count whose clause names only an attribute of
/// what a larger count of the same unit earlier in its sentence counts.
pub(super) fn relate_subsets(text: &str, figures: &mut [Figure]) {
    for i in 0..figures.len() {
        let Some(f) = figures.get(i) else { continue };
        if f.relation.is_some() || f.kind != Kind::Count {
            continue;
        }
        let cs = clause_start(text, f.at.start);
        let lead = text.get(cs..f.at.start).unwrap_or("").trim();
        if !SUBSET_ATTRIBUTES.iter().any(|w| lead.ends_with(w)) {
            continue;
        }
        let ss = sentence_start(text, f.at.start, true);
        let (unit, value) = (f.unit, f.value);
        let target = within(figures, ss, cs).rev().find(|&t| {
            figures.get(t).is_some_and(|g| {
                g.unit.counts_alike(unit)
                    && g.kind == Kind::Count
                    && g.value > value
                    && g.relation.is_none()
            })
        });
        if let (Some(target), Some(f)) = (target, figures.get_mut(i)) {
            f.relation = Some(Relation {
                kind: RelationKind::OfWhich,
                target,
            });
        }
    }
}

/// What a word of `grammar/progress.tsv` says of the count it stands by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Progress {
    Found,
    Resolved,
    Remaining,
    Partial,
    AllResolved,
    AllOpener,
}

const PROGRESS_TABLE: &str = include_str!("../../grammar/progress.tsv");

fn progress_role(cells: &[&str]) -> Option<Progress> {
    Some(match *cells.first()? {
        "found" => Progress::Found,
        "resolved" => Progress::Resolved,
        "remaining" => Progress::Remaining,
        "partial" => Progress::Partial,
        "all_resolved" => Progress::AllResolved,
        "all_opener" => Progress::AllOpener,
        _ => return None,
    })
}

/// The words said of a count (every role but the openers, which would hide the words they
/// open: `已全部` in `已全部处置`).
static PROGRESS: LazyLock<Lexicon<Progress>> = LazyLock::new(|| {
    Lexicon::new(PROGRESS_TABLE, |cells| {
        progress_role(cells).filter(|r| *r != Progress::AllOpener)
    })
});

/// The openers of a clause that says all of a count was resolved.
static OPENERS: LazyLock<Lexicon<Progress>> = LazyLock::new(|| {
    Lexicon::new(PROGRESS_TABLE, |cells| {
        progress_role(cells).filter(|r| *r == Progress::AllOpener)
    })
});

/// Whether the progress table is well formed (for tests).
pub(super) fn progress_ready() -> bool {
    PROGRESS.is_ready() && OPENERS.is_ready()
}

/// The roles of the progress words in `text`, in order (leftmost-longest).
fn roles(text: &str) -> impl Iterator<Item = (usize, usize, Progress)> + '_ {
    PROGRESS
        .find_all(text)
        .map(|(s, e, (_, role))| (s, e, *role))
}

/// What the last progress word of a count's lead says it counts (`已完成整改19个、正在整改
/// 6个`): resolved, remaining or partial (`阶段性办结17件`, related to nothing).
fn progress_said(lead: &str) -> Option<Progress> {
    roles(lead)
        .map(|r| r.2)
        .filter(|r| {
            matches!(
                r,
                Progress::Resolved | Progress::Remaining | Progress::Partial
            )
        })
        .last()
}

/// The first word of `role` in `text`: its start and length.
fn first(text: &str, role: Progress) -> Option<(usize, usize)> {
    roles(text)
        .find(|r| r.2 == role)
        .map(|(s, e, _)| (s, e - s))
}

/// Found / resolved / remaining triples in a sentence; a count all of which was resolved.
pub(super) fn relate_progress(norm: &Normalized, figures: &mut [Figure]) {
    let text = norm.text.as_str();
    for i in 0..figures.len() {
        let Some(f) = figures.get(i) else { continue };
        if f.relation.is_some() || f.kind != Kind::Count {
            continue;
        }
        let cs = clause_start(text, f.at.start);
        let lead = text.get(cs..f.at.start).unwrap_or("");
        let window = crate::grammar::ahead(text, f.at.end, 300);
        let tail_end = f.at.end + window.find([',', ';', '。', '\n']).unwrap_or(window.len());
        let tail = text.get(f.at.end..tail_end).unwrap_or("");
        // In its clause (`46项…均全部整改完毕`) or the next one when that is only about it
        // (`发现问题12个,已全部整改到位`).
        let next_from = tail_end + usize::from(starts(text, tail_end, ","));
        let next = crate::grammar::ahead(text, next_from, 60);
        let next = next
            .get(..next.find([',', ';', '。', '\n']).unwrap_or(next.len()))
            .filter(|n| next_from > tail_end && OPENERS.at(n, 0).is_some())
            .unwrap_or("");
        let in_clause = |clause: &str, from: usize| {
            first(clause, Progress::AllResolved).map(|(k, len)| (from + k, len))
        };
        let all = in_clause(tail, 0).or_else(|| in_clause(next, next_from - f.at.end));
        let kind = match progress_said(lead) {
            Some(Progress::Remaining) => Some(RelationKind::RemainingOf),
            Some(Progress::Resolved) => Some(RelationKind::ResolvedOf),
            Some(_) => None,
            None => all.map(|_| RelationKind::ResolvedOf),
        };
        let Some(kind) = kind else { continue };
        let ss = sentence_start(text, f.at.start, false).min(paragraph_start(text, f.at.start));
        let look_from = if all.is_some() || kind == RelationKind::RemainingOf {
            paragraph_start(text, f.at.start)
        } else {
            ss
        };
        let (unit, value) = (f.unit, f.value);
        // What remains of the total something was resolved of (`已整改完成45项,其余44项`).
        let resolved_total = (kind == RelationKind::RemainingOf)
            .then(|| {
                within(figures, look_from, f.at.start).rev().find_map(|t| {
                    let g = figures.get(t)?;
                    let r = g.relation.filter(|r| r.kind == RelationKind::ResolvedOf)?;
                    let total = figures.get(r.target)?;
                    // What was resolved and what remains make the total.
                    let adds_up = g.value.checked_add(value) == Some(total.value);
                    (g.unit == unit && adds_up).then_some(r.target)
                })
            })
            .flatten();
        let target = resolved_total.or_else(|| {
            within(figures, look_from, f.at.start).rev().find(|&t| {
                figures.get(t).is_some_and(|g| {
                    g.unit == unit && g.value >= value && g.relation.is_none() && {
                        let gl = text
                            .get(clause_start(text, g.at.start)..g.at.start)
                            .unwrap_or("");
                        // A total right before in the same clause (`89项整改任务已整改完成45项`), or
                        // followed by `中` (`累计1427件中`).
                        let total = g.at.start >= cs
                            || text.get(g.at.end..).is_some_and(|r| r.starts_with('中'));
                        total
                            || roles(gl).any(|r| r.2 == Progress::Found)
                            || kind == RelationKind::ResolvedOf && all.is_some() && g.value == value
                    }
                })
            })
        });
        let Some(f) = figures.get_mut(i) else {
            continue;
        };
        match (target, all) {
            (Some(target), _) => f.relation = Some(Relation { kind, target }),
            // Nothing before counts it: this count is the total, all of it resolved.
            (None, Some((k, len))) if kind == RelationKind::ResolvedOf => {
                let start = f.at.end + k;
                f.all_resolved = Some(norm.original(Span::new(start, start + len)));
            }
            (None, _) => {}
        }
    }
    // Between a total and what remains of it, the figure that makes up the difference is what
    // was resolved (`关于6个支部…指导4个党支部…剩余2个支部`).
    for i in 0..figures.len() {
        let Some(Relation {
            kind: RelationKind::RemainingOf,
            target,
        }) = figures.get(i).and_then(|f| f.relation)
        else {
            continue;
        };
        let (Some(total), Some(rest)) = (
            figures.get(target).map(|t| t.value),
            figures.get(i).map(|f| f.value),
        ) else {
            continue;
        };
        let unit = figures.get(i).map(|f| f.unit);
        // Bounded: the resolved count stands near its total.
        let middle = (target + 1..i).take(64).find(|&m| {
            figures.get(m).is_some_and(|g| {
                Some(g.unit) == unit
                    && g.relation.is_none()
                    && g.value.checked_add(rest) == Some(total)
            })
        });
        if let Some(f) = middle.and_then(|m| figures.get_mut(m)) {
            f.relation = Some(Relation {
                kind: RelationKind::ResolvedOf,
                target,
            });
        }
    }
    // A count said to remain that does not make the total with what was resolved of it
    // (`已办结7件、阶段性办结17件、未办结3件` of 27) is a part of the total, not what remains of
    // it in the model's sense (total − resolved).
    let mut resolved: std::collections::HashMap<usize, Decimal> = std::collections::HashMap::new();
    for f in figures.iter() {
        if let Some(r) = f.relation.filter(|r| r.kind == RelationKind::ResolvedOf) {
            resolved.entry(r.target).or_insert(f.value);
        }
    }
    for i in 0..figures.len() {
        let Some(r) = figures
            .get(i)
            .and_then(|f| f.relation)
            .filter(|r| r.kind == RelationKind::RemainingOf)
        else {
            continue;
        };
        let total = figures.get(r.target).map(|t| t.value);
        let rest = figures.get(i).map(|f| f.value);
        let adds_up = match (resolved.get(&r.target), rest) {
            (Some(done), Some(rest)) => done.checked_add(rest) == total,
            _ => true,
        };
        if !adds_up && let Some(f) = figures.get_mut(i) {
            f.relation = Some(Relation {
                kind: RelationKind::OfWhich,
                target: r.target,
            });
        }
    }
}
