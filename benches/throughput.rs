//! Reading and validating synthetic reports of 10 to 100,000 findings, made by
//! `inspection_report_testkit::sample_inspection` (the generator of the property tests), side
//! by side on the same bytes in the same run:
//!
//! - `serde_json`: `serde_json::from_slice::<Inspection>`, typed deserialization alone (no
//!   validation, no error path): the floor;
//! - `validate_json`: this crate's read (with error paths) and `validate()`, in one call;
//! - `jsonschema`: the `jsonschema` crate validating the same bytes against
//!   `schema::inspection()` as a partner would: parsing to `serde_json::Value` is inside the
//!   timed loop, compiling the schema (with format validation on) is outside it;
//! - `serde_json_value`: parsing the bytes to `serde_json::Value` alone, the part of the
//!   schema validator's time that is parsing;
//! - `serde_json_kept` and `validate_json_kept`: the first two again, with each result
//!   dropped right after the timing stops. Every other line frees what it built inside its
//!   loop, as a caller does; freeing a large model touches every allocation again once it has
//!   left the cache, and these lines show how much of the time per finding that is.
//!
//! The group `adversarial` reads and validates the shapes of hostile input — long texts of
//! U+3000, indented paragraphs, many references to one recurring id, ids referenced from
//! other parts, a flood of issues, a huge invalid value — at 10,000 and 100,000 elements, to
//! show time per element flat.
//!
//! Each report is generated and written once, outside the timed loops. Throughput is
//! reported in bytes and in findings per second.
//!
//! ```text
//! cargo bench --bench throughput
//! ```

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{
    BenchmarkId, Criterion, SamplingMode, Throughput, criterion_group, criterion_main,
};
use inspection_report::{Inspection, json, schema, validate};
use inspection_report_testkit::sample_inspection;

/// The report sizes, in findings.
const SIZES: [usize; 4] = [10, 1_000, 10_000, 100_000];

/// The seed of every synthetic report, so that runs compare the same bytes.
const SEED: u64 = 2025;

/// Times `iters` calls of `routine`, dropping each result after its timing stops, one at a
/// time (criterion's `iter_with_large_drop` keeps a whole sample's results alive, which for
/// small reports makes the heap, and the timing, grow with the number of iterations).
fn timed_then_dropped<T>(iters: u64, mut routine: impl FnMut() -> T) -> Duration {
    let mut total = Duration::ZERO;
    for _ in 0..iters {
        let start = Instant::now();
        let result = black_box(routine());
        total += start.elapsed();
        drop(result);
    }
    total
}

fn read_and_validate(c: &mut Criterion) {
    let validator = jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&schema::inspection())
        .unwrap_or_else(|e| panic!("the exported schema does not compile: {e}"));

    let mut group = c.benchmark_group("findings");
    for findings in SIZES {
        let report = sample_inspection(findings, SEED);
        let json = json::to_string_pretty(&report).into_bytes();
        drop(report);
        // A document the schema rejects would make the comparison meaningless.
        let value: serde_json::Value = serde_json::from_slice(&json)
            .unwrap_or_else(|e| panic!("the sample of {findings} findings is not JSON: {e}"));
        assert!(
            validator.is_valid(&value),
            "the sample of {findings} findings fails the exported schema"
        );
        drop(value);
        match validate::from_slice(&json) {
            Ok((_, validation)) => assert!(
                !validation.has_errors(),
                "the sample of {findings} findings has validation errors"
            ),
            Err(e) => panic!("the sample of {findings} findings does not read: {e}"),
        }

        if findings >= 10_000 {
            group
                .sample_size(10)
                .sampling_mode(SamplingMode::Flat)
                .warm_up_time(Duration::from_secs(1))
                .measurement_time(Duration::from_secs(if findings >= 100_000 {
                    20
                } else {
                    8
                }));
        } else {
            group
                .sample_size(30)
                .sampling_mode(SamplingMode::Auto)
                .warm_up_time(Duration::from_secs(1))
                .measurement_time(Duration::from_secs(3));
        }
        group.throughput(Throughput::ElementsAndBytes {
            elements: findings as u64,
            bytes: json.len() as u64,
        });
        group.bench_with_input(
            BenchmarkId::new("serde_json", findings),
            &json,
            |b, json| b.iter(|| black_box(serde_json::from_slice::<Inspection>(black_box(json)))),
        );
        group.bench_with_input(
            BenchmarkId::new("validate_json", findings),
            &json,
            |b, json| b.iter(|| black_box(validate::from_slice(black_box(json)))),
        );
        group.bench_with_input(
            BenchmarkId::new("serde_json_kept", findings),
            &json,
            |b, json| {
                b.iter_custom(|iters| {
                    timed_then_dropped(iters, || serde_json::from_slice::<Inspection>(json))
                })
            },
        );
        group.bench_with_input(
            BenchmarkId::new("validate_json_kept", findings),
            &json,
            |b, json| {
                b.iter_custom(|iters| timed_then_dropped(iters, || validate::from_slice(json)))
            },
        );
        // Parsing alone: the part of the schema validator's time that is parsing.
        group.bench_with_input(
            BenchmarkId::new("serde_json_value", findings),
            &json,
            |b, json| {
                b.iter(|| black_box(serde_json::from_slice::<serde_json::Value>(black_box(json))))
            },
        );
        group.bench_with_input(
            BenchmarkId::new("jsonschema", findings),
            &json,
            |b, json| {
                b.iter(|| {
                    let value: serde_json::Value =
                        serde_json::from_slice(black_box(json)).unwrap_or(serde_json::Value::Null);
                    black_box(validator.is_valid(&value))
                })
            },
        );
    }
    group.finish();
}

/// The sizes of the adversarial shapes, in elements.
const ADVERSARIAL_SIZES: [usize; 2] = [10_000, 100_000];

/// The minimal report of the rule kit, changed by `change`, as JSON bytes.
fn shaped(change: impl FnOnce(&mut serde_json::Value)) -> Vec<u8> {
    let mut doc: serde_json::Value =
        serde_json::from_str(include_str!("../tests/fixtures/minimal.json"))
            .unwrap_or_else(|e| panic!("minimal.json is not JSON: {e}"));
    change(&mut doc);
    serde_json::to_vec(&doc).unwrap_or_else(|e| panic!("the shape does not serialize: {e}"))
}

/// The shapes that hostile or careless input takes, each of `n` elements: what once made a
/// rule or the reference resolution quadratic, or the issues unbounded.
fn adversarial_shapes(n: usize) -> Vec<(&'static str, Vec<u8>)> {
    let first_measure = "/sections/0/findings/0/measures/0";
    let set = |doc: &mut serde_json::Value, pointer: &str, field: &str, value| {
        if let Some(target) = doc.pointer_mut(pointer) {
            target[field] = value;
        }
    };
    vec![
        // `通　` repeated: every U+3000 between two CJK characters.
        (
            "cjk_wide_spaces",
            shaped(|doc| {
                set(
                    doc,
                    "/sections/0/findings/0",
                    "problem",
                    "通\u{3000}".repeat(n).into(),
                );
            }),
        ),
        // Paragraphs indented with two U+3000, as pasted from a word processor.
        (
            "indentation",
            shaped(|doc| {
                let text = "\u{3000}\u{3000}整改。\n".repeat(n);
                set(doc, "/sections/0/findings/0", "problem", text.into());
            }),
        ),
        // n documents with one id, and n references to it.
        (
            "shared_document_id",
            shaped(|doc| {
                let documents = vec![serde_json::json!({"id": "d-x", "title": "制度"}); n];
                set(doc, first_measure, "documents", documents.into());
                set(doc, first_measure, "document_refs", vec!["d-x"; n].into());
            }),
        ),
        // n figures with one id, and n document references naming it (not a document).
        (
            "metric_ids_referenced",
            shaped(|doc| {
                let metric = serde_json::json!({
                    "id": "x", "kind": "count", "subject": "会议", "value": "6", "unit": "time"
                });
                set(doc, first_measure, "metrics", vec![metric; n].into());
                set(doc, first_measure, "document_refs", vec!["x"; n].into());
            }),
        ),
        // n references to n missing ids: n issues found, a bounded number kept.
        (
            "missing_references",
            shaped(|doc| {
                let refs: Vec<String> = (0..n).map(|i| format!("missing-{i}")).collect();
                set(doc, first_measure, "document_refs", refs.into());
            }),
        ),
        // One invalid email of n characters.
        (
            "long_invalid_email",
            shaped(|doc| {
                let email = format!("{}@", "x".repeat(n));
                doc["contact"] = serde_json::json!({"emails": [email]});
            }),
        ),
    ]
}

/// Reading and validating the adversarial shapes: the time per element should stay flat from
/// 10,000 to 100,000 elements.
fn adversarial(c: &mut Criterion) {
    let mut group = c.benchmark_group("adversarial");
    group
        .sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3));
    for n in ADVERSARIAL_SIZES {
        for (shape, json) in adversarial_shapes(n) {
            if let Err(e) = validate::from_slice(&json) {
                panic!("the shape {shape} of {n} does not read: {e}");
            }
            group.throughput(Throughput::Elements(n as u64));
            group.bench_with_input(BenchmarkId::new(shape, n), &json, |b, json| {
                b.iter(|| black_box(validate::from_slice(black_box(json))))
            });
        }
    }
    group.finish();
}

criterion_group!(benches, read_and_validate, adversarial);
criterion_main!(benches);
