//! Where issues go: counted by rule, kept within the limits, their messages rendered from the
//! rule's templates.

use std::collections::BTreeMap;

use super::{Diagnostics, Issue, Limits, Message, Rule, RuleCode};

/// The longest parameter value an issue keeps, in characters.
pub(crate) const MAX_PARAM_CHARS: usize = 200;

/// The issues of one validation run.
pub(crate) struct Sink {
    issues: Vec<Issue>,
    limits: Limits,
    /// How many issues of each rule were found, kept or not.
    found: BTreeMap<RuleCode, u64>,
    /// How many issues of each rule were found and not kept.
    omitted: BTreeMap<RuleCode, u64>,
}

impl Sink {
    pub(crate) fn new(limits: Limits) -> Self {
        Self {
            issues: Vec::new(),
            limits,
            found: BTreeMap::new(),
            omitted: BTreeMap::new(),
        }
    }

    /// Counts an issue of `rule` and says whether it is kept; one not kept is counted as
    /// omitted, so that the caller builds nothing more of it.
    pub(crate) fn admit(&mut self, rule: &Rule) -> bool {
        let found = self.found.entry(rule.code).or_insert(0);
        *found += 1;
        let per_rule = u64::try_from(self.limits.max_issues_per_rule()).unwrap_or(u64::MAX);
        let kept = *found <= per_rule && self.issues.len() < self.limits.max_issues();
        if !kept {
            *self.omitted.entry(rule.code).or_insert(0) += 1;
        }
        kept
    }

    /// Keeps an issue of `rule`, admitted before, with its message rendered from `params`.
    pub(crate) fn push(
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

    /// What was found.
    pub(crate) fn finish(self) -> Diagnostics {
        Diagnostics {
            issues: self.issues,
            omitted: self.omitted,
        }
    }
}

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

/// Fills `{name}` placeholders of `template` with `params`.
fn render(template: &str, params: &BTreeMap<String, String>) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(rest.get(..open).unwrap_or_default());
        let after = rest.get(open + 1..).unwrap_or_default();
        match after.find('}') {
            Some(close) => {
                let name = after.get(..close).unwrap_or_default();
                match params.get(name) {
                    Some(value) => out.push_str(value),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = after.get(close + 1..).unwrap_or_default();
            }
            None => {
                out.push_str(rest.get(open..).unwrap_or_default());
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
