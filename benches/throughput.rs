//! Reading and validating synthetic reports of 10 to 100,000 findings, made by
//! `strategy::sample_inspection` (the generator of the property tests), side by side on the
//! same bytes in the same run:
//!
//! - `serde_json`: `serde_json::from_slice::<Inspection>`, typed deserialization alone (no
//!   validation, no error path): the floor;
//! - `validate_json`: this crate's read (with error paths) and `validate()`, in one call;
//! - `jsonschema`: the `jsonschema` crate validating the same bytes against
//!   `inspection_schema()` as a partner would: parsing to `serde_json::Value` is inside the
//!   timed loop, compiling the schema (with format validation on) is outside it;
//! - `serde_json_value`: parsing the bytes to `serde_json::Value` alone, the part of the
//!   schema validator's time that is parsing;
//! - `serde_json_kept` and `validate_json_kept`: the first two again, with each result
//!   dropped right after the timing stops. Every other line frees what it built inside its
//!   loop, as a caller does; freeing a large model touches every allocation again once it has
//!   left the cache, and these lines show how much of the time per finding that is.
//!
//! Each report is generated and written once, outside the timed loops. Throughput is
//! reported in bytes and in findings per second.
//!
//! ```text
//! cargo bench --all-features --bench throughput
//! ```

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{
    BenchmarkId, Criterion, SamplingMode, Throughput, criterion_group, criterion_main,
};
use inspection_report::{Inspection, inspection_schema, strategy, validate_json};

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
        .build(&inspection_schema())
        .unwrap_or_else(|e| panic!("the exported schema does not compile: {e}"));

    let mut group = c.benchmark_group("findings");
    for findings in SIZES {
        let report = strategy::sample_inspection(findings, SEED);
        let json = report.to_json_pretty().into_bytes();
        drop(report);
        // A document the schema rejects would make the comparison meaningless.
        let value: serde_json::Value = serde_json::from_slice(&json)
            .unwrap_or_else(|e| panic!("the sample of {findings} findings is not JSON: {e}"));
        assert!(
            validator.is_valid(&value),
            "the sample of {findings} findings fails the exported schema"
        );
        drop(value);
        match validate_json(&json) {
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
            |b, json| b.iter(|| black_box(validate_json(black_box(json)))),
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
            |b, json| b.iter_custom(|iters| timed_then_dropped(iters, || validate_json(json))),
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

criterion_group!(benches, read_and_validate);
criterion_main!(benches);
