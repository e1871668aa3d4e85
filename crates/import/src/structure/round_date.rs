//! The role of a date in a sentence of the head: the on-site period
//! (`2018年11月3日至12月3日,…督察组对我省开展了…督察`), the feedback
//! (`并于2019年5月9日向我省反馈了督察意见`, `并于2017年4月完成督察反馈`), or neither (a revisit
//! `3月20日,…巡察组到…督查回访`, a news dateline `1月16日,记者…获悉`).
//!
//! A date belongs to its clause (between `,`, `;`, `。` and line breaks); a date that is all of its clause
//! (`2023年7月3日,县委第二巡察组…`) belongs to the clause after it. The clause's words give the
//! role: a word of `date_aside` none; else, from the date on, a feedback verb the feedback, an on-site verb with a team
//! stem soon after (`开展了…巡察`) the on-site period for a range.

use super::words::Words;
use crate::date::{DateKind, DateMention};
use crate::grammar::{ahead, behind};
use crate::span::Span;

/// How far after an on-site verb its team stem may be, in bytes (`开展了中央生态环境保护督察`).
const STEM_AHEAD: usize = 30;
/// The most characters besides the date in a clause that belongs to the next one (`并于`).
const LEAD_CHARS: usize = 2;
/// How far a clause reaches either side of its date, in bytes (a bounded look-around).
const CLAUSE_MAX: usize = 240;

/// What a date says of the round.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Role {
    /// When the team was on site (a range).
    OnSite,
    /// When the team gave its feedback (a date, or a range of feedback meetings).
    Feedback,
}

/// The dates of a text in the order of their start, to find those of a sentence in
/// logarithmic time.
pub(super) struct Dates<'a> {
    /// The mentions, as the date layer gave them.
    dates: &'a [DateMention],
    /// Their indices, by start.
    order: Vec<usize>,
}

impl<'a> Dates<'a> {
    /// Indexes `dates` by start.
    pub(super) fn new(dates: &'a [DateMention]) -> Self {
        let mut order: Vec<usize> = (0..dates.len()).collect();
        order.sort_by_key(|&i| dates.get(i).map_or(0, |d| d.at.start));
        Self { dates, order }
    }

    /// The date mention at `index` of the date layer's list.
    pub(super) fn get(&self, index: usize) -> Option<&'a DateMention> {
        self.dates.get(index)
    }

    /// The first date of the sentence at `sentence` of `text` with the role `role`, as an
    /// index into the date layer's list.
    pub(super) fn find(&self, text: &str, sentence: Span, role: Role) -> Option<usize> {
        let start = |i: &usize| self.dates.get(*i).map_or(0, |d| d.at.start);
        let first = self.order.partition_point(|i| start(i) < sentence.start);
        self.order
            .get(first..)?
            .iter()
            .take_while(|i| start(i) < sentence.end)
            .copied()
            .find(|&i| {
                self.dates.get(i).is_some_and(|d| {
                    sentence.contains(d.at)
                        && matches!(d.kind, DateKind::Point | DateKind::Range | DateKind::Fuzzy)
                        && role_of(text, sentence, d) == Some(role)
                })
            })
    }
}

/// The role of the date `d` in the sentence at `sentence` of `text`.
fn role_of(text: &str, sentence: Span, d: &DateMention) -> Option<Role> {
    let clause = clause_of(text, sentence, d.at);
    let words = text.get(clause.range()).unwrap_or("");
    // The verb follows the date (`…督察组于2016年11月至12月组织对7省市开展…督察`).
    let after = text.get(d.at.start..clause.end).unwrap_or("");
    if Words::DateAside.any_in(words) {
        None
    } else if is_feedback(after) {
        Some(Role::Feedback)
    } else if d.kind == DateKind::Range && is_on_site(after) {
        Some(Role::OnSite)
    } else {
        None
    }
}

/// The clause of the sentence at `sentence` that the date at `at` belongs to: its own, with the
/// next one when it holds little besides the date.
fn clause_of(text: &str, sentence: Span, at: Span) -> Span {
    let is_break = |c: char| matches!(c, ',' | ';' | '。' | '\n');
    let (from, before) = behind(text, at.start, CLAUSE_MAX);
    let from = from.max(sentence.start);
    let before = text.get(from..at.start).unwrap_or(before);
    let start = before
        .rfind(is_break)
        .map_or(from, |j| from + j + ','.len_utf8());
    let next_break = |from: usize| {
        let window = ahead(text, from, CLAUSE_MAX);
        let end = (from + window.len()).min(sentence.end);
        text.get(from..end)
            .and_then(|r| r.find(is_break))
            .map_or(end, |j| from + j)
    };
    let mut end = next_break(at.end);
    let lead = text.get(start..at.start).unwrap_or("").chars().count();
    let rest = text.get(at.end..end).unwrap_or("").chars().count();
    if lead <= LEAD_CHARS && rest == 0 && end < sentence.end {
        end = next_break(end + ','.len_utf8());
    }
    Span::new(start, end)
}

/// Whether the words of a clause from its date on state the feedback: a feedback verb,
/// `向…反馈`, or `反馈` at the end.
fn is_feedback(clause: &str) -> bool {
    let Some(at) = clause.find("反馈") else {
        return false;
    };
    Words::FeedbackVerb.any_in(clause)
        || clause.get(..at).is_some_and(|b| b.contains('向'))
        || clause.trim_end_matches(['。', ',', ';']).ends_with("反馈")
}

/// Whether a clause states the inspection on site: an on-site verb with a team stem soon after.
fn is_on_site(clause: &str) -> bool {
    Words::OnSiteVerb.all().any(|w| {
        clause.match_indices(w).any(|(at, _)| {
            let after = ahead(clause, at + w.len(), STEM_AHEAD);
            Words::TeamStem.any_in(after)
        })
    })
}
