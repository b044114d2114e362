//! The ranking order: open first, then score, then shared time, packed in one integer key and
//! sorted by counting sort.

use super::Ranked;
use crate::core::mentors::overlap;

/// The ranking order of an open/full flag, a score and weekly shared minutes in 22 bits, so
/// that smaller sorts first: open first, then score descending, then overlap descending.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) struct SortKey(pub(super) u32);

impl SortKey {
    pub(super) fn new(full: bool, score: u8, overlap_min: u32) -> SortKey {
        let score = u32::from(score.min(100));
        let overlap = overlap_min.min(overlap::WEEK_MIN as u32);
        SortKey(u32::from(full) << 21 | (100 - score) << 14 | (overlap::WEEK_MIN as u32 - overlap))
    }

    pub(super) fn parts(self) -> (bool, u8, u32) {
        (
            self.0 >> 21 == 1,
            100 - (self.0 >> 14 & 0x7F) as u8,
            overlap::WEEK_MIN as u32 - (self.0 & 0x3FFF),
        )
    }
}

/// Sorts `(SortKey << 32 | row)` values. Rows are unique and pushed in ascending order, so a
/// stable sort by the upper 22 bits gives the same order as sorting the whole numbers: large
/// inputs take two stable counting-sort passes of 11 bits each (linear time).
///
/// Out of line, like [`decode`] and [`Scorer::rank_row`](super::Scorer::rank_row), so that
/// the browser optimizes each loop on its own as soon as it is hot.
#[inline(never)]
pub(super) fn sort_keys(keys: &mut [u64]) {
    const BITS: u32 = 11;
    const BUCKETS: usize = 1 << BITS;
    if keys.len() < 512 {
        keys.sort_unstable();
        return;
    }
    let mut buf = vec![0u64; keys.len()];
    let (mut from, mut to): (&mut [u64], &mut [u64]) = (keys, &mut buf);
    for shift in [32, 32 + BITS] {
        let digit = |k: u64| (k >> shift) as usize & (BUCKETS - 1);
        let mut start = [0u32; BUCKETS];
        for &k in from.iter() {
            start[digit(k)] += 1;
        }
        let mut sum = 0;
        for c in start.iter_mut() {
            let n = *c;
            *c = sum;
            sum += n;
        }
        for &k in from.iter() {
            let d = digit(k);
            to[start[d] as usize] = k;
            start[d] += 1;
        }
        std::mem::swap(&mut from, &mut to);
    }
    // Two passes: the sorted keys are back in `keys`.
}

/// The ranking from sorted `(SortKey << 32 | row)` values; `by_name` maps rows to directory
/// positions.
#[inline(never)]
pub(super) fn decode(keys: &[u64], by_name: &[u32]) -> Vec<Ranked> {
    keys.iter()
        .map(|&k| {
            let (full, score, overlap_min) = SortKey((k >> 32) as u32).parts();
            Ranked {
                index: by_name[k as u32 as usize] as usize,
                score,
                overlap_min,
                full,
            }
        })
        .collect()
}
