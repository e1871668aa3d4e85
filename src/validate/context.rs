//! The state of one validation run: where the walk is, what it has seen, what it found.

use std::collections::BTreeMap;
use std::ops::Range;

use foldhash::{HashMap, HashSet};

use super::ids::{IdIndex, Target};
use super::{Issue, IssueLimits, Message, Rule, RuleCode, ValidationReport};
use crate::{Numbering, PartialDate};

/// A reference to resolve once the whole report has been seen.
struct PendingRef<'a> {
    id: &'a str,
    /// The array of references it is in, in `places`.
    place: usize,
    /// Its index in that array.
    index: usize,
}

/// An array of references: its pointer and numbering, kept once for all its references and
/// written out only if one of them is reported.
struct Place {
    /// The array's pointer, in `arena`.
    pointer: Range<usize>,
    /// The array's numbering, in `numberings`.
    numbering: Range<usize>,
}

/// How ids are checked for uniqueness (R201).
///
/// Most reports have no duplicate id, so the first run keeps no place for an id: it only
/// records the ids, and finds the duplicates once the walk is done. A report with duplicates
/// is then validated again, keeping the pointer of the first occurrence of each duplicated id
/// only, so that the issue can name it; both runs report the same issues in the same order.
pub(crate) enum Duplicates<'a> {
    /// Report nothing; the duplicates are found at the end.
    Detect,
    /// Report each duplicate with the pointer of the id's first occurrence.
    Report {
        /// The ids found more than once (by the `Detect` run).
        duplicated: HashSet<&'a str>,
        /// The pointer of the first occurrence of each of them.
        first: HashMap<&'a str, String>,
    },
}

/// A token of a JSON pointer: a field name (or a relative pointer such as `on_site/start`) or
/// an array index.
pub(crate) trait Token {
    /// Appends `/` and the token to `pointer`.
    fn push_onto(self, pointer: &mut String);
}

impl Token for &str {
    fn push_onto(self, pointer: &mut String) {
        pointer.push('/');
        pointer.push_str(self);
    }
}

impl Token for usize {
    fn push_onto(self, pointer: &mut String) {
        pointer.push('/');
        pointer.push_str(itoa::Buffer::new().format(self));
    }
}

/// The state of one validation run.
///
/// Validation costs time proportional to the report and allocates little per value: the walk
/// pushes a JSON pointer token on entering a value and truncates it on leaving; the published
/// numbering is kept as a stack of `(numbering, number)` and written out only when an issue
/// or a reference needs it; ids are borrowed from the report into one list ([`IdIndex`]),
/// which also answers references; see [`Duplicates`] for how a duplicate id finds its first
/// occurrence.
pub(crate) struct Ctx<'a> {
    pointer: String,
    numbering: Vec<(Numbering, u32)>,
    issues: Vec<Issue>,
    /// How many issues are kept.
    limits: IssueLimits,
    /// How many issues of each rule were found, kept or not.
    found: BTreeMap<RuleCode, u64>,
    /// How many issues of each rule were found and not kept.
    omitted: BTreeMap<RuleCode, u64>,
    /// Whether references are resolved (only for a whole report).
    pub(crate) whole_report: bool,
    /// The publication date, when validating a whole report.
    pub(crate) published: Option<PartialDate>,
    /// The arrays that hold references.
    places: Vec<Place>,
    /// Pointers of the arrays that hold references, back to back.
    arena: String,
    /// Numbering paths of the arrays that hold references, back to back.
    numberings: Vec<(Numbering, u32)>,
    /// Every id seen.
    ids: IdIndex<'a>,
    duplicates: Duplicates<'a>,
    document_refs: Vec<PendingRef<'a>>,
    finding_refs: Vec<PendingRef<'a>>,
    /// How many findings were seen, and how many of them completed.
    pub(crate) finding_count: u64,
    pub(crate) completed_count: u64,
}

impl<'a> Ctx<'a> {
    /// A context for a first run, which notes duplicate ids without reporting them.
    pub(crate) fn detecting(whole_report: bool, limits: IssueLimits) -> Self {
        Self::new(whole_report, limits, Duplicates::Detect)
    }

    /// A context for a second run, which reports each id of `duplicated` where it recurs,
    /// with its first occurrence.
    pub(crate) fn reporting(
        whole_report: bool,
        limits: IssueLimits,
        duplicated: HashSet<&'a str>,
    ) -> Self {
        Self::new(
            whole_report,
            limits,
            Duplicates::Report {
                duplicated,
                first: HashMap::default(),
            },
        )
    }

    fn new(whole_report: bool, limits: IssueLimits, duplicates: Duplicates<'a>) -> Self {
        Self {
            pointer: String::new(),
            numbering: Vec::new(),
            issues: Vec::new(),
            limits,
            found: BTreeMap::new(),
            omitted: BTreeMap::new(),
            whole_report,
            published: None,
            places: Vec::new(),
            arena: String::new(),
            numberings: Vec::new(),
            ids: IdIndex::new(),
            duplicates,
            document_refs: Vec::new(),
            finding_refs: Vec::new(),
            finding_count: 0,
            completed_count: 0,
        }
    }

    /// Runs `f` with `token` appended to the pointer.
    pub(crate) fn at<R>(&mut self, token: impl Token, f: impl FnOnce(&mut Self) -> R) -> R {
        let len = self.pointer.len();
        token.push_onto(&mut self.pointer);
        let result = f(self);
        self.pointer.truncate(len);
        result
    }

    /// Runs `f` with `part` — a number and how it is written — appended to the numbering
    /// path, when there is a part.
    pub(crate) fn numbered<R>(
        &mut self,
        part: Option<(Numbering, u32)>,
        f: impl FnOnce(&mut Self) -> R,
    ) -> R {
        let len = self.numbering.len();
        if let Some(part) = part {
            self.numbering.push(part);
        }
        let result = f(self);
        self.numbering.truncate(len);
        result
    }

    /// Writes the numbering path of the current place (`一、1. 三是`) onto `out`.
    fn write_numbering(&self, out: &mut String) {
        write_numbering(&self.numbering, out);
    }

    /// Writes the pointer of `field` (a relative pointer without its leading `/`, or empty)
    /// here onto `out`.
    fn write_pointer(&self, field: &str, out: &mut String) {
        out.push_str(&self.pointer);
        if !field.is_empty() {
            out.push('/');
            out.push_str(field);
        }
    }

    /// Counts an issue of `rule` and says whether it is kept; one not kept is counted as
    /// omitted, so that nothing more of it is built.
    fn admit(&mut self, rule: &Rule) -> bool {
        let found = self.found.entry(rule.code).or_insert(0);
        *found += 1;
        let kept = *found <= self.limits.max_issues_per_rule() as u64
            && self.issues.len() < self.limits.max_issues();
        if !kept {
            *self.omitted.entry(rule.code).or_insert(0) += 1;
        }
        kept
    }

    /// Reports an issue of `rule` at `field` of the current value.
    pub(crate) fn report(&mut self, rule: &Rule, field: &str, params: &[(&str, String)]) {
        if !self.admit(rule) {
            return;
        }
        let mut pointer = String::new();
        self.write_pointer(field, &mut pointer);
        let mut numbering = String::new();
        self.write_numbering(&mut numbering);
        self.push_issue(rule, pointer, numbering, params);
    }

    fn push_issue(
        &mut self,
        rule: &Rule,
        pointer: String,
        numbering: String,
        params: &[(&str, String)],
    ) {
        let params: BTreeMap<String, String> = params
            .iter()
            .map(|(name, value)| ((*name).to_owned(), bounded(value)))
            .collect();
        let message = Message {
            en: render(rule.message_en, &params),
            zh: render(rule.message_zh, &params),
        };
        self.issues.push(Issue {
            code: rule.code,
            tier: rule.tier,
            pointer,
            numbering: (!numbering.is_empty()).then_some(numbering),
            message,
            params,
        });
    }

    /// The text of an arena span.
    fn kept(&self, span: &Range<usize>) -> &str {
        self.arena.get(span.clone()).unwrap_or_default()
    }

    /// Records an id found at `field`, given to `target`; returns the pointer of its first
    /// occurrence when it was seen before and this run reports duplicates.
    pub(crate) fn register_id(
        &mut self,
        id: &'a str,
        field: &str,
        target: Target,
    ) -> Option<String> {
        self.ids.insert(id, target);
        let Duplicates::Report { duplicated, first } = &self.duplicates else {
            return None;
        };
        if !duplicated.contains(id) {
            return None;
        }
        if let Some(first) = first.get(id) {
            return Some(first.clone());
        }
        let mut pointer = String::new();
        self.write_pointer(field, &mut pointer);
        if let Duplicates::Report { first, .. } = &mut self.duplicates {
            first.insert(id, pointer);
        }
        None
    }

    /// The ids this run found more than once, if it was a run that only detects them and found
    /// any.
    pub(crate) fn duplicated(&mut self) -> Option<HashSet<&'a str>> {
        match self.duplicates {
            Duplicates::Detect => Some(self.ids.duplicated()).filter(|ids| !ids.is_empty()),
            Duplicates::Report { .. } => None,
        }
    }

    /// The place of the array at the current pointer, kept on its first reference.
    fn place(&mut self) -> usize {
        if let Some(last) = self.places.last()
            && self.arena.get(last.pointer.clone()) == Some(self.pointer.as_str())
        {
            return self.places.len() - 1;
        }
        let start = self.arena.len();
        self.arena.push_str(&self.pointer);
        let numbering_start = self.numberings.len();
        self.numberings.extend_from_slice(&self.numbering);
        self.places.push(Place {
            pointer: start..self.arena.len(),
            numbering: numbering_start..self.numberings.len(),
        });
        self.places.len() - 1
    }

    fn pending(&mut self, id: &'a str, index: usize) -> PendingRef<'a> {
        PendingRef {
            id,
            place: self.place(),
            index,
        }
    }

    /// Records a reference to a document at index `index` of the current array.
    pub(crate) fn refer_to_document(&mut self, id: &'a str, index: usize) {
        let pending = self.pending(id, index);
        self.document_refs.push(pending);
    }

    /// Records a reference to a finding at index `index` of the current array.
    pub(crate) fn refer_to_finding(&mut self, id: &'a str, index: usize) {
        let pending = self.pending(id, index);
        self.finding_refs.push(pending);
    }

    /// Reports every pending reference whose id was not given to `target`.
    fn resolve(&mut self, rule: &Rule, pending: Vec<PendingRef<'a>>, target: Target) {
        let ids: Vec<&str> = pending.iter().map(|reference| reference.id).collect();
        for index in self.ids.missing(&ids, target) {
            if !self.admit(rule) {
                continue;
            }
            if let Some(reference) = pending.get(index)
                && let Some(place) = self.places.get(reference.place)
            {
                let mut pointer = self.kept(&place.pointer).to_owned();
                reference.index.push_onto(&mut pointer);
                let mut numbering = String::new();
                let path = self.numberings.get(place.numbering.clone());
                write_numbering(path.unwrap_or_default(), &mut numbering);
                let params = [("id", reference.id.to_owned())];
                self.push_issue(rule, pointer, numbering, &params);
            }
        }
    }

    /// Resolves the references (for a whole report) and returns what was found.
    pub(crate) fn finish(mut self) -> ValidationReport {
        if self.whole_report {
            let document_refs = std::mem::take(&mut self.document_refs);
            self.resolve(&super::catalog::R202, document_refs, Target::Document);
            let finding_refs = std::mem::take(&mut self.finding_refs);
            self.resolve(&super::catalog::R203, finding_refs, Target::Finding);
        }
        ValidationReport {
            issues: self.issues,
            omitted: self.omitted,
        }
    }
}

/// The longest parameter value an issue keeps, in characters.
pub(crate) const MAX_PARAM_CHARS: usize = 200;

/// `value`, cut after [`MAX_PARAM_CHARS`] characters and followed by `…` when it is longer:
/// a parameter quoting the report (an excerpt, an email address) stays small however large
/// the text it quotes.
fn bounded(value: &str) -> String {
    match value.char_indices().nth(MAX_PARAM_CHARS) {
        Some((cut, _)) => {
            let mut kept = value.get(..cut).unwrap_or_default().to_owned();
            kept.push('…');
            kept
        }
        None => value.to_owned(),
    }
}

/// Writes a numbering path (`一、1. 三是`) onto `out`.
fn write_numbering(path: &[(Numbering, u32)], out: &mut String) {
    let start = out.len();
    for &(numbering, number) in path {
        if out.len() > start && !out.ends_with(['、', '）', ')']) {
            out.push(' ');
        }
        out.push_str(&numbering.render(number));
    }
}

/// Fills `{name}` placeholders of `template` with `params`.
fn render(template: &str, params: &BTreeMap<String, String>) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match params.get(name) {
                    Some(value) => out.push_str(value),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_parameters_are_cut() {
        let long = "邮".repeat(MAX_PARAM_CHARS + 5);
        let cut = bounded(&long);
        assert_eq!(cut.chars().count(), MAX_PARAM_CHARS + 1);
        assert!(cut.ends_with('…'));
        assert_eq!(bounded("short"), "short");
    }

    #[test]
    fn render_fills_known_placeholders_and_keeps_unknown_ones() {
        let params = BTreeMap::from([("a".to_owned(), "1".to_owned())]);
        assert_eq!(render("x {a} {b} {", &params), "x 1 {b} {");
    }
}
