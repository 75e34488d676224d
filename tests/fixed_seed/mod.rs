//! Property tests run the same cases on every machine and every run: the
//! random generator starts from a fixed seed unless `PROPTEST_RNG_SEED` asks
//! for another one (`PROPTEST_RNG_SEED=7 cargo test` explores new cases).
//! Failures found while exploring belong in a named test or in the
//! `*.proptest-regressions` file beside the test, which runs first.

use proptest::test_runner::{Config, RngSeed};

/// The seed used when `PROPTEST_RNG_SEED` is not set.
const SEED: u64 = 0x7072_6563_6973;

/// A configuration running `cases` cases from the fixed seed.
pub fn config(cases: u32) -> Config {
    let mut config = Config::with_cases(cases);
    if config.rng_seed == RngSeed::Random {
        config.rng_seed = RngSeed::Fixed(SEED);
    }
    config
}
