//! Assembly: positions, ids, numbers, references.

use inspection_report::{
    Document, Finding, FindingStatus, Measure, Metric, Numbering, Section, id::DocumentId,
    id::FindingId,
};

use super::finding::FindingDraft;
use super::measure::MeasureDraft;
use super::section::{SectionPlan, SectionsPlan};
use super::support::positional;

pub(super) fn assign_metric_ids(metric: &mut Metric, path: &str) {
    if metric.id.is_some() {
        metric.id = Some(positional(path));
    }
    for (i, part) in metric.parts.iter_mut().enumerate() {
        assign_metric_ids(part, &format!("{path}.p{}", i + 1));
    }
    for (i, part) in metric.of_which.iter_mut().enumerate() {
        assign_metric_ids(part, &format!("{path}.w{}", i + 1));
    }
}

/// Walks a report in published order, giving every part its positional id and number and
/// resolving raw references to ids that exist.
pub(super) struct Assembler {
    /// Every document id defined so far, in published order.
    documents: Vec<DocumentId>,
    findings_total: usize,
    findings_done: usize,
}

impl Assembler {
    pub(super) fn new(findings_total: usize) -> Self {
        Self {
            documents: Vec::new(),
            findings_total,
            findings_done: 0,
        }
    }

    pub(super) fn document(&mut self, document: &mut Document, id: &str) {
        document.id = positional(id);
        self.documents.push(document.id.clone());
    }

    pub(super) fn measure(
        &mut self,
        draft: MeasureDraft,
        id: &str,
        ordinal: Option<u32>,
    ) -> Measure {
        let mut measure = draft.measure;
        measure.id = positional(id);
        measure.ordinal = ordinal;
        // A measure names again documents named before it.
        let mut refs: Vec<usize> = if self.documents.is_empty() {
            Vec::new()
        } else {
            draft
                .document_refs
                .iter()
                .map(|i| i.index(self.documents.len()))
                .collect()
        };
        refs.sort_unstable();
        refs.dedup();
        measure.document_refs = refs
            .into_iter()
            .filter_map(|i| self.documents.get(i).cloned())
            .collect();
        for (i, metric) in measure.metrics.iter_mut().enumerate() {
            assign_metric_ids(metric, &format!("{id}.x{}", i + 1));
        }
        for (i, disposition) in measure.dispositions.iter_mut().enumerate() {
            if disposition.id.is_some() {
                disposition.id = Some(positional(&format!("{id}.d{}", i + 1)));
            }
        }
        for (i, document) in measure.documents.iter_mut().enumerate() {
            self.document(document, &format!("{id}.doc{}", i + 1));
        }
        for (i, milestone) in measure.milestones.iter_mut().enumerate() {
            if milestone.id.is_some() {
                milestone.id = Some(positional(&format!("{id}.e{}", i + 1)));
            }
        }
        measure
    }

    pub(super) fn finding(
        &mut self,
        draft: FindingDraft,
        number: Option<u32>,
        implied: Option<FindingStatus>,
    ) -> Finding {
        self.findings_done += 1;
        let position = self.findings_done;
        let id = format!("f-{position}");
        let mut finding = draft.finding;
        finding.id = positional(&id);
        finding.number = number;
        if let Some(status) = implied.filter(|s| *s != finding.status) {
            finding.status = status;
            finding.status_label = None;
        }
        for (i, metric) in finding.metrics.iter_mut().enumerate() {
            assign_metric_ids(metric, &format!("{id}.x{}", i + 1));
        }
        let numbered = finding.measure_numbering.is_some();
        finding.measures = draft
            .measures
            .into_iter()
            .enumerate()
            .map(|(j, measure)| {
                let n = u32::try_from(j + 1).unwrap_or(u32::MAX);
                self.measure(measure, &format!("{id}.m{n}"), numbered.then_some(n))
            })
            .collect();
        let mut related: Vec<usize> = if self.findings_total == 0 {
            Vec::new()
        } else {
            draft
                .related
                .iter()
                .map(|i| i.index(self.findings_total) + 1)
                .filter(|&p| p != position)
                .collect()
        };
        related.sort_unstable();
        related.dedup();
        finding.related = related
            .into_iter()
            .map(|p| positional::<FindingId>(&format!("f-{p}")))
            .collect();
        finding
    }

    /// Deals `drafts` into the sections of `plan`, in order, cutting them at the plan's cut
    /// points.
    pub(super) fn sections(
        &mut self,
        plan: &SectionsPlan,
        drafts: Vec<FindingDraft>,
    ) -> Vec<Section> {
        let slots: usize = plan
            .sections
            .iter()
            .map(|s| s.subsections.len().max(1))
            .sum();
        let n = drafts.len();
        let mut cuts: Vec<usize> = (0..slots.saturating_sub(1))
            .map(|k| plan.cuts.get(k).map_or(n, |cut| cut.index(n + 1)))
            .collect();
        cuts.sort_unstable();
        cuts.push(n);
        let mut sizes = cuts.iter().scan(0, |previous, &cut| {
            let size = cut - *previous;
            *previous = cut;
            Some(size)
        });
        let mut drafts = drafts.into_iter();
        let top_numbering = plan.numbered.then_some(Numbering::ChineseComma);
        let sub_numbering = plan.numbered.then_some(Numbering::ChineseParenthesized);
        let mut sections = Vec::with_capacity(plan.sections.len());
        for (i, section_plan) in plan.sections.iter().enumerate() {
            let n = u32::try_from(i + 1).unwrap_or(u32::MAX);
            let id = format!("s-{n}");
            let mut section = Self::section(section_plan, &id, top_numbering.map(|s| (n, s)));
            if section_plan.subsections.is_empty() {
                let size = sizes.next().unwrap_or(0);
                section.findings = self.findings(
                    section_plan,
                    drafts.by_ref().take(size),
                    section_plan.kind.implied_status(),
                );
            } else {
                for (j, sub_plan) in section_plan.subsections.iter().enumerate() {
                    let m = u32::try_from(j + 1).unwrap_or(u32::MAX);
                    let implied = sub_plan
                        .kind
                        .implied_status()
                        .or(section_plan.kind.implied_status());
                    let mut sub = Self::section(
                        sub_plan,
                        &format!("{id}.{m}"),
                        sub_numbering.map(|s| (m, s)),
                    );
                    let size = sizes.next().unwrap_or(0);
                    sub.findings = self.findings(sub_plan, drafts.by_ref().take(size), implied);
                    section.subsections.push(sub);
                }
            }
            sections.push(section);
        }
        sections
    }

    fn section(plan: &SectionPlan, id: &str, number: Option<(u32, Numbering)>) -> Section {
        Section {
            source: None,
            id: positional(id),
            number: number.map(|(n, _)| n),
            numbering: number.map(|(_, scheme)| scheme),
            title: plan.title.clone(),
            kind: plan.kind,
            introduction: plan.introduction.clone(),
            summary: None,
            milestones: Vec::new(),
            finding_numbering: plan.finding_numbering,
            findings: Vec::new(),
            subsections: Vec::new(),
        }
    }

    fn findings(
        &mut self,
        plan: &SectionPlan,
        drafts: impl Iterator<Item = FindingDraft>,
        implied: Option<FindingStatus>,
    ) -> Vec<Finding> {
        drafts
            .enumerate()
            .map(|(k, draft)| {
                let number = plan
                    .finding_numbering
                    .map(|_| u32::try_from(k + 1).unwrap_or(u32::MAX));
                self.finding(draft, number, implied)
            })
            .collect()
    }
}
