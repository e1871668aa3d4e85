//! The state of one validation run: where the walk is ([`Cursor`]), what it has seen (ids,
//! references, counts) and what it found ([`Sink`]).

use foldhash::{HashMap, HashSet};

use super::cursor::{Cursor, Token};
use super::ids::{IdIndex, Target};
use super::references::References;
use super::sink::Sink;
use super::{Diagnostics, Limits, Rule, catalog};
use crate::{Numbering, PartialDate};

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

/// The state of one validation run.
///
/// Validation costs time proportional to the report and allocates little per value: see
/// [`Cursor`] for the place, [`IdIndex`] for the ids (which also answers references),
/// [`References`] for the references waiting for the end, [`Sink`] for the issues, and
/// [`Duplicates`] for how a duplicate id finds its first occurrence.
pub(crate) struct Ctx<'a> {
    cursor: Cursor,
    sink: Sink,
    /// Whether references are resolved (only for a whole report).
    pub(crate) whole_report: bool,
    /// The publication date, when validating a whole report.
    pub(crate) published: Option<PartialDate>,
    /// Every id seen.
    ids: IdIndex<'a>,
    duplicates: Duplicates<'a>,
    document_refs: References<'a>,
    finding_refs: References<'a>,
}

impl<'a> Ctx<'a> {
    /// A context for a first run, which notes duplicate ids without reporting them.
    pub(crate) fn detecting(whole_report: bool, limits: Limits) -> Self {
        Self::new(whole_report, limits, Duplicates::Detect)
    }

    /// A context for a second run, which reports each id of `duplicated` where it recurs,
    /// with its first occurrence.
    pub(crate) fn reporting(
        whole_report: bool,
        limits: Limits,
        duplicated: HashSet<&'a str>,
    ) -> Self {
        let first = HashMap::default();
        Self::new(
            whole_report,
            limits,
            Duplicates::Report { duplicated, first },
        )
    }

    fn new(whole_report: bool, limits: Limits, duplicates: Duplicates<'a>) -> Self {
        Self {
            cursor: Cursor::default(),
            sink: Sink::new(limits),
            whole_report,
            published: None,
            ids: IdIndex::new(),
            duplicates,
            document_refs: References::default(),
            finding_refs: References::default(),
        }
    }

    /// Runs `f` with `token` appended to the pointer.
    pub(crate) fn at<R>(&mut self, token: impl Token, f: impl FnOnce(&mut Self) -> R) -> R {
        let len = self.cursor.enter(token);
        let result = f(self);
        self.cursor.leave(len);
        result
    }

    /// Runs `f` with `part` — a number and how it is written — appended to the numbering
    /// path, when there is a part.
    pub(crate) fn numbered<R>(
        &mut self,
        part: Option<(Numbering, u32)>,
        f: impl FnOnce(&mut Self) -> R,
    ) -> R {
        let len = self.cursor.enter_numbered(part);
        let result = f(self);
        self.cursor.leave_numbered(len);
        result
    }

    /// Reports an issue of `rule` at `field` of the current value.
    pub(crate) fn report(&mut self, rule: &Rule, field: &str, params: &[(&str, String)]) {
        if self.sink.admit(rule) {
            let pointer = self.cursor.pointer_of(field);
            let numbering = self.cursor.numbering_text();
            self.sink.push(rule, pointer, numbering, params);
        }
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
        let Duplicates::Report { duplicated, first } = &mut self.duplicates else {
            return None;
        };
        if !duplicated.contains(id) {
            return None;
        }
        if let Some(first) = first.get(id) {
            return Some(first.clone());
        }
        first.insert(id, self.cursor.pointer_of(field));
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

    /// Records a reference to a document at index `index` of the current array.
    pub(crate) fn refer_to_document(&mut self, id: &'a str, index: usize) {
        self.document_refs.push(&self.cursor, id, index);
    }

    /// Records a reference to a finding at index `index` of the current array.
    pub(crate) fn refer_to_finding(&mut self, id: &'a str, index: usize) {
        self.finding_refs.push(&self.cursor, id, index);
    }

    /// Resolves the references (for a whole report) and returns what was found.
    pub(crate) fn finish(mut self) -> Diagnostics {
        if self.whole_report {
            let (ids, sink) = (&mut self.ids, &mut self.sink);
            self.document_refs
                .resolve(ids, Target::Document, sink, &catalog::R202);
            self.finding_refs
                .resolve(ids, Target::Finding, sink, &catalog::R203);
        }
        self.sink.finish()
    }
}
