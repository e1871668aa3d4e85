//! Peak heap while reading and validating a report, against the size of its JSON.
//!
//! A counting global allocator records the live heap and its peak. For the reference notice
//! and for synthetic reports of 10 to 100,000 findings
//! (`inspection_report_testkit::sample_inspection`), the program writes the report as JSON,
//! then measures the peak heap during `validate::from_slice(&json)` above what was live before it:
//! the model, the validation report and every temporary. It prints that peak without the input
//! buffer and with it, and both as a ratio to the JSON size.
//!
//! ```text
//! cargo run --release --example memory
//! ```

use std::alloc::{GlobalAlloc, Layout, System};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};

use inspection_report::{Inspection, json, validate};
use inspection_report_testkit::{sample_inspection, xuchang_2025};

/// The system allocator, counting the bytes live and the highest count since the last reset.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grow(bytes: usize) {
    let live = LIVE.fetch_add(bytes, Ordering::Relaxed) + bytes;
    PEAK.fetch_max(live, Ordering::Relaxed);
}

fn shrink(bytes: usize) {
    LIVE.fetch_sub(bytes, Ordering::Relaxed);
}

// SAFETY: every call is passed on to `System` unchanged; the counters only observe sizes.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract for `alloc` is passed on.
        let ptr = unsafe { System.alloc(layout) };
        if !ptr.is_null() {
            grow(layout.size());
        }
        ptr
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract for `alloc_zeroed` is passed on.
        let ptr = unsafe { System.alloc_zeroed(layout) };
        if !ptr.is_null() {
            grow(layout.size());
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: the caller's contract for `dealloc` is passed on.
        unsafe { System.dealloc(ptr, layout) };
        shrink(layout.size());
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller's contract for `realloc` is passed on.
        let new = unsafe { System.realloc(ptr, layout, new_size) };
        if !new.is_null() {
            grow(new_size);
            shrink(layout.size());
        }
        new
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// What reading and validating one document cost.
struct Measured {
    json: usize,
    /// The peak heap during `validate_json`, above what was live before (the input excluded).
    peak: usize,
    /// What stayed live afterwards: the model and the validation report.
    retained: usize,
    issues: usize,
}

fn measure(json: &[u8]) -> Result<Measured, inspection_report::json::Error> {
    let before = LIVE.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    let (report, validation): (Inspection, _) = validate::from_slice(json)?;
    let peak = PEAK.load(Ordering::Relaxed) - before;
    let retained = LIVE.load(Ordering::Relaxed).saturating_sub(before);
    let issues = validation.len();
    drop((report, validation));
    Ok(Measured {
        json: json.len(),
        peak,
        retained,
        issues,
    })
}

fn mib(bytes: usize) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}

fn main() -> ExitCode {
    let mut documents: Vec<(String, Vec<u8>)> = Vec::new();
    match xuchang_2025::try_report() {
        Ok(report) => documents.push((
            "notice".into(),
            json::to_string_pretty(&report).into_bytes(),
        )),
        Err(e) => {
            eprintln!("error: the notice could not be built: {e}");
            return ExitCode::FAILURE;
        }
    }
    println!(
        "| document | JSON | peak (input excluded) | ratio | peak (input included) | ratio | model retained |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|");
    for findings in [10, 1_000, 10_000, 100_000] {
        let json = json::to_string_pretty(&sample_inspection(findings, 2025)).into_bytes();
        documents.push((format!("{findings} findings"), json));
    }
    let mut worst: f64 = 0.0;
    for (name, json) in &documents {
        let measured = match measure(json) {
            Ok(measured) => measured,
            Err(e) => {
                eprintln!("error: {name} does not read: {e}");
                return ExitCode::FAILURE;
            }
        };
        let excluded = measured.peak as f64 / measured.json as f64;
        let included = (measured.peak + measured.json) as f64 / measured.json as f64;
        worst = worst.max(excluded);
        println!(
            "| {name} | {:.2} MiB | {:.2} MiB | {excluded:.2}× | {:.2} MiB | {included:.2}× | {:.2} MiB |",
            mib(measured.json),
            mib(measured.peak),
            mib(measured.peak + measured.json),
            mib(measured.retained),
        );
        if measured.issues > 0 {
            eprintln!("note: {name} has {} validation issue(s)", measured.issues);
        }
    }
    println!("\nhighest peak ÷ JSON size (input excluded): {worst:.2}× (target ≤ 3×)");
    ExitCode::SUCCESS
}
