//! Inspection teams and the organizations they inspected, in a sentence of the preamble:
//! `市委第八巡察组对…进行了巡察`, `太湖县委第三巡察组向弥陀镇党委…反馈问题`,
//! `区委组建4个巡察组对区民政局、区农业农村局等2家单位开展…巡察`.
//!
//! A team's name is an organization ending in a stem and `组` (`巡察组`, `巡察一组`), from the
//! start of its clause, after the last verb or clause word before it (`组建`, `落实`) and
//! without a leading preposition (`按照`, `由`): `区委组建4个巡察组` is the team `4个巡察组` sent
//! by `区委`, spans as written.

use super::words::Words;
use crate::grammar::behind;
use crate::span::Span;

/// The longest team name read, in bytes (the look-behind from its `组`).
const TEAM_MAX: usize = 90;
/// The longest inspected organization list read, in bytes.
const INSPECTED_MAX: usize = 300;

/// A team named in a sentence: its name, and the organization before a verb that sent it
/// (`区委` in `区委组建4个巡察组`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Team {
    /// The name, in the sentence's coordinates.
    pub(super) name: Span,
    /// The organization that sent it, when a verb stands between.
    pub(super) sender: Option<Span>,
}

/// The end of a team's name whose `组` is at `at` in `text`: after `组`, when a stem of
/// `grammar/outline.tsv` precedes it, maybe with a numeral between (`巡察一组`).
fn name_end(text: &str, at: usize) -> Option<usize> {
    let before = text.get(..at)?;
    let stem = before.trim_end_matches(|c: char| crate::numeral::is_chinese_numeral_char(c));
    let numerals = before.len() - stem.len();
    (numerals <= 3 * '一'.len_utf8() && Words::TeamStem.all().any(|w| stem.ends_with(w)))
        .then_some(at + '组'.len_utf8())
}

/// The first team named in the sentence at `sentence` of `text`, in the text's coordinates.
pub(super) fn first_team(text: &str, sentence: Span) -> Option<Team> {
    let base = sentence.start;
    let text = text.get(sentence.range())?;
    let end = text
        .match_indices('组')
        .find_map(|(at, _)| name_end(text, at))?;
    let (from, window) = behind(text, end, TEAM_MAX);
    let mut start = window
        .rfind([',', '。', ':', ';', '、', ')', '“', '”', '【', '】', ' '])
        .map_or(from, |j| {
            from + j
                + window
                    .get(j..)
                    .and_then(|r| r.chars().next())
                    .map_or(1, char::len_utf8)
        });
    let mut sender = None;
    let clause = text.get(start..end).unwrap_or("");
    let cut = |words: Words| {
        words
            .all()
            .filter_map(|w| clause.rfind(w).map(|j| (j, j + w.len())))
            .max_by_key(|&(_, e)| e)
    };
    if let Some((verb, after)) = cut(Words::TeamVerb)
        && cut(Words::TeamClause).is_none_or(|(_, e)| e <= verb)
    {
        let lead = lead_len(clause);
        if verb > lead {
            sender = Some(Span::new(start + lead, start + verb));
        }
        start += after;
    } else if let Some((_, after)) = cut(Words::TeamClause) {
        start += after;
    }
    start += lead_len(text.get(start..end).unwrap_or(""));
    let name = Span::new(base + start, base + end);
    let sender = sender.map(|s| Span::new(base + s.start, base + s.end));
    (name.len() > '组'.len_utf8()).then_some(Team { name, sender })
}

/// The length of the prepositions opening a clause (`按照`, `由`).
fn lead_len(clause: &str) -> usize {
    let mut at = 0;
    while let Some(w) = Words::TeamLead
        .all()
        .find(|w| clause.get(at..).is_some_and(|r| r.starts_with(w)))
    {
        at += w.len();
    }
    at
}

/// The organizations a team at `team` inspected, from the words after it: `对X进行…` (the
/// verb at `verb`), else `向X反馈`; a list `X、Y及Z` gives one span each, without a closing
/// `等N家单位`.
pub(super) fn inspected(text: &str, team: Span, verb: Option<usize>) -> Vec<Span> {
    let after = crate::grammar::ahead(text, team.end, INSPECTED_MAX);
    let list = match verb.filter(|&v| v > team.end) {
        Some(v) => after
            .get(..v - team.end)
            .and_then(|h| h.find('对'))
            .map(|j| Span::new(team.end + j + '对'.len_utf8(), v)),
        None => after
            .strip_prefix('向')
            .and_then(|r| r.find("反馈"))
            .map(|j| Span::new(team.end + '向'.len_utf8(), team.end + '向'.len_utf8() + j)),
    };
    let Some(list) = list else {
        return Vec::new();
    };
    let mut whole = text.get(list.range()).unwrap_or("");
    while let Some(w) = Words::InspectedTail.all().find(|w| whole.ends_with(w)) {
        whole = whole.get(..whole.len() - w.len()).unwrap_or("");
    }
    if let Some(j) = closing_count(whole) {
        whole = whole.get(..j).unwrap_or("");
    }
    let mut out = Vec::new();
    let mut at = list.start;
    for part in whole.split(['、', '及']) {
        if !part.trim().is_empty() {
            out.push(Span::new(at, at + part.len()));
        }
        at += part.len() + '、'.len_utf8();
    }
    out
}

/// Where a closing count of a list begins (`等4家单位`, `等3个党组织`).
fn closing_count(list: &str) -> Option<usize> {
    let j = list.rfind('等')?;
    let rest = list.get(j + '等'.len_utf8()..)?;
    let digits = rest.trim_start_matches(|c: char| {
        c.is_ascii_digit() || crate::numeral::is_chinese_numeral_char(c)
    });
    (digits.len() < rest.len() && (digits.starts_with('家') || digits.starts_with('个')))
        .then_some(j)
}
