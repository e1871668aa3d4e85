//! The state of one validation run: where the walk is, what it has seen, what it found.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::{Display, Write};

use super::{Issue, Message, Rule, ValidationReport};
use crate::PartialDate;

/// A reference to resolve once the whole report has been seen.
struct PendingRef {
    pointer: String,
    numbering: String,
    id: String,
}

/// The state of one validation run.
///
/// The walk pushes a JSON pointer token and, where the place has one, a numbering part on
/// entering a value and pops them on leaving, so that building an issue's location costs
/// the length of the location, not of the report.
pub(crate) struct Ctx {
    pointer: String,
    numbering: String,
    issues: Vec<Issue>,
    /// Whether references are resolved (only for a whole report).
    pub(crate) whole_report: bool,
    /// The publication date, when validating a whole report.
    pub(crate) published: Option<PartialDate>,
    /// Every id seen, with the pointer of its first occurrence.
    ids: HashMap<String, String>,
    documents: HashSet<String>,
    findings: HashSet<String>,
    document_refs: Vec<PendingRef>,
    finding_refs: Vec<PendingRef>,
    /// How many findings were seen, and how many of them completed.
    pub(crate) finding_count: u64,
    pub(crate) completed_count: u64,
}

impl Ctx {
    pub(crate) fn new(whole_report: bool) -> Self {
        Self {
            pointer: String::new(),
            numbering: String::new(),
            issues: Vec::new(),
            whole_report,
            published: None,
            ids: HashMap::new(),
            documents: HashSet::new(),
            findings: HashSet::new(),
            document_refs: Vec::new(),
            finding_refs: Vec::new(),
            finding_count: 0,
            completed_count: 0,
        }
    }

    /// Runs `f` with `token` appended to the pointer.
    pub(crate) fn at<R>(&mut self, token: impl Display, f: impl FnOnce(&mut Self) -> R) -> R {
        let len = self.pointer.len();
        // Writing to a String cannot fail.
        let _ = write!(self.pointer, "/{token}");
        let result = f(self);
        self.pointer.truncate(len);
        result
    }

    /// Runs `f` with `part` appended to the numbering path, when there is a part.
    pub(crate) fn numbered<R>(
        &mut self,
        part: Option<String>,
        f: impl FnOnce(&mut Self) -> R,
    ) -> R {
        let len = self.numbering.len();
        if let Some(part) = part {
            if !self.numbering.is_empty() && !self.numbering.ends_with(['、', '）', ')']) {
                self.numbering.push(' ');
            }
            self.numbering.push_str(&part);
        }
        let result = f(self);
        self.numbering.truncate(len);
        result
    }

    /// The pointer of `field` (a relative pointer without its leading `/`, or empty) here.
    pub(crate) fn pointer_of(&self, field: &str) -> String {
        if field.is_empty() {
            self.pointer.clone()
        } else {
            format!("{}/{field}", self.pointer)
        }
    }

    /// Reports an issue of `rule` at `field` of the current value.
    pub(crate) fn report(&mut self, rule: &Rule, field: &str, params: &[(&str, String)]) {
        let pointer = self.pointer_of(field);
        let numbering = self.numbering.clone();
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
            .map(|(name, value)| ((*name).to_owned(), value.clone()))
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

    /// Records an id found at `field`; returns the pointer of an earlier occurrence, if any.
    pub(crate) fn register_id(&mut self, id: &str, field: &str) -> Option<String> {
        if let Some(first) = self.ids.get(id) {
            return Some(first.clone());
        }
        self.ids.insert(id.to_owned(), self.pointer_of(field));
        None
    }

    pub(crate) fn register_document(&mut self, id: &str) {
        self.documents.insert(id.to_owned());
    }

    pub(crate) fn register_finding(&mut self, id: &str) {
        self.findings.insert(id.to_owned());
    }

    pub(crate) fn refer_to_document(&mut self, id: &str, field: &str) {
        let pending = PendingRef {
            pointer: self.pointer_of(field),
            numbering: self.numbering.clone(),
            id: id.to_owned(),
        };
        self.document_refs.push(pending);
    }

    pub(crate) fn refer_to_finding(&mut self, id: &str, field: &str) {
        let pending = PendingRef {
            pointer: self.pointer_of(field),
            numbering: self.numbering.clone(),
            id: id.to_owned(),
        };
        self.finding_refs.push(pending);
    }

    /// Resolves the references (for a whole report) and returns what was found.
    pub(crate) fn finish(mut self) -> ValidationReport {
        if self.whole_report {
            for pending in std::mem::take(&mut self.document_refs) {
                if !self.documents.contains(&pending.id) {
                    let params = [("id", pending.id)];
                    self.push_issue(
                        &super::catalog::R202,
                        pending.pointer,
                        pending.numbering,
                        &params,
                    );
                }
            }
            for pending in std::mem::take(&mut self.finding_refs) {
                if !self.findings.contains(&pending.id) {
                    let params = [("id", pending.id)];
                    self.push_issue(
                        &super::catalog::R203,
                        pending.pointer,
                        pending.numbering,
                        &params,
                    );
                }
            }
        }
        ValidationReport {
            issues: self.issues,
        }
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
    fn render_fills_known_placeholders_and_keeps_unknown_ones() {
        let params = BTreeMap::from([("a".to_owned(), "1".to_owned())]);
        assert_eq!(render("x {a} {b} {", &params), "x 1 {b} {");
    }
}
