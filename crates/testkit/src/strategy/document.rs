//! Documents: regulations, plans and agreements, with document numbers.

use inspection_report::{Document, DocumentStatus};
use proptest::collection::vec;
use proptest::option;
use proptest::prelude::*;
use proptest::sample::Index;

use super::codes::codelist;
use super::date::{Window, when_in};
use super::organization::{named, organization};
use super::support::{pick, positional};
use super::text::phrase;
use super::words::{DOCUMENT_NUMBER_PREFIXES, DOCUMENT_TITLES, INSPECTED};

pub(super) fn document_in(window: Window) -> impl Strategy<Value = Document> {
    (
        phrase(DOCUMENT_TITLES),
        option::weighted(0.5, (any::<Index>(), 0..3u8, 2015..=2025u32, 1..=150u32)),
        option::weighted(0.3, organization()),
        option::weighted(0.5, when_in(window)),
        option::weighted(0.6, codelist::<DocumentStatus>()),
        vec(named(INSPECTED), 2..=2),
    )
        .prop_map(|(title, number, issuer, date, status, parties)| Document {
            source: None,
            id: positional("doc-1"),
            title,
            number: number.map(|(prefix, brackets, year, n)| {
                let (open, close) = match brackets {
                    0 => ("〔", "〕"),
                    1 => ("[", "]"),
                    _ => ("【", "】"),
                };
                format!(
                    "{}{open}{year}{close}{n}号",
                    pick(&prefix, DOCUMENT_NUMBER_PREFIXES)
                )
            }),
            issuer,
            signatories: Vec::new(),
            // An agreement names its parties.
            parties: if status == Some(DocumentStatus::Signed) {
                parties
            } else {
                Vec::new()
            },
            date,
            status,
        })
}

/// A document: a regulation or a plan, with a document number in any bracket style
/// (`许示范办文〔2024〕11号`), issuer, date and status now and then. Its id is `doc-1`.
///
/// # Examples
///
/// ```
/// use inspection_report_testkit::strategy;
/// use proptest::prelude::*;
///
/// proptest!(|(document in strategy::document())| {
///     prop_assert!(!document.title.contains('《'));
/// });
/// ```
pub fn document() -> impl Strategy<Value = Document> {
    document_in(Window::default_window())
}
