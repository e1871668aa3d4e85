//! The synthetic sample: one report of an exact size from a seed.

use inspection_report::Inspection;
use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};

use super::finding::finding_draft;
use super::inspection::{assemble, frame};
use super::round::chain;

/// One report of exactly `findings` findings, the same for the same `seed`: synthetic data
/// for benchmarks and fixtures, made by the generator of
/// [`inspection_with`](super::inspection_with).
///
/// Time and memory grow linearly with `findings`: each finding is generated and kept on its
/// own, without proptest's shrinking state for the whole report.
///
/// # Panics
///
/// Never in practice: the strategies behind it reject no values, so proptest cannot give up.
///
/// # Examples
///
/// ```
/// use inspection_report_testkit::strategy::sample_inspection;
///
/// let report = sample_inspection(10, 7);
/// assert_eq!(report.iter_findings().count(), 10);
/// ```
pub fn sample_inspection(findings: usize, seed: u64) -> Inspection {
    let mut seed_bytes = [0u8; 32];
    seed_bytes[..8].copy_from_slice(&seed.to_le_bytes());
    let rng = TestRng::from_seed(RngAlgorithm::ChaCha, &seed_bytes);
    let mut runner = TestRunner::new_with_rng(Config::default(), rng);
    let round = current(&chain(), &mut runner);
    let frame = current(&frame(round.window), &mut runner);
    let draft = finding_draft(round.window);
    let drafts = (0..findings)
        .map(|_| current(&draft, &mut runner))
        .collect();
    assemble(round, frame, drafts)
}

/// A value of `strategy`, without keeping the tree that would shrink it.
pub(super) fn current<S: Strategy>(strategy: &S, runner: &mut TestRunner) -> S::Value {
    match strategy.new_tree(runner) {
        Ok(tree) => tree.current(),
        Err(reason) => panic!("inspection_report_testkit::strategy rejected a value: {reason}"),
    }
}
