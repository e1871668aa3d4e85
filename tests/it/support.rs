//! Helpers shared by the test modules.

use proptest::test_runner::Config;

/// A proptest configuration of `cases` cases. Budgets are chosen so that each module runs in
/// well under 30 s in a debug build on two cores.
pub fn cases(cases: u32) -> Config {
    Config::with_cases(cases)
}
