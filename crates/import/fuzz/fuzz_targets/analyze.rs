//! Runs every layer on arbitrary text: must never panic, and every span must lie on character
//! boundaries of the input.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(input) = std::str::from_utf8(data) else { return };
    let a = inspection_report_import::analyze(input);
    let inside = |s: inspection_report_import::Span| input.get(s.range()).is_some();
    assert!(a.figures.iter().all(|f| inside(f.span) && inside(f.number)));
    assert!(a.dates.iter().all(|d| inside(d.span)));
    assert!(a.dispositions.iter().all(|d| inside(d.span) && inside(d.term)));
    assert!(a.documents.iter().all(|d| inside(d.span)));
    assert!(a.contacts.iter().all(|c| inside(c.span)));
    assert!(a.outline.walk().iter().all(|n| inside(n.span) && inside(n.content)));
    assert!(a.outline.unplaced.iter().all(|s| inside(*s)));
});
