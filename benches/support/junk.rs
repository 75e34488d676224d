//! Deterministic pseudo-random bytes for the hostile-input bench and tests
//! (`benches/hostile.rs`, `tests/hostile.rs`).

/// `len` pseudo-random bytes (xorshift64, fixed seed).
pub fn junk(len: usize) -> Vec<u8> {
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect()
}
