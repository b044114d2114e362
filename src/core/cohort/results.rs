//! The cohort's results explained for the page: how the pair scores are spread (bins for a bar
//! chart, the bars' geometry and the same numbers in a sentence), each mentor's load, and the
//! pages of the long lists.

use crate::core::cohort::assign::{MAX_PAIR_SCORE, Matching, MentorPrefs, room};
use crate::core::cohort::mentees::Mentee;
use crate::core::mentors::mentor::Mentor;

/// Width of one score bin (0–9, 10–19, …; the last bin ends at [`MAX_PAIR_SCORE`]).
pub const BIN_WIDTH: u32 = 10;

/// Pairs whose score lies in `from..=to`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bin {
    pub from: u32,
    pub to: u32,
    pub count: usize,
}

/// Every bin from 0 to [`MAX_PAIR_SCORE`], with how many pairs scored in it.
pub fn score_bins(m: &Matching) -> Vec<Bin> {
    let n = MAX_PAIR_SCORE / BIN_WIDTH + 1;
    let mut bins: Vec<Bin> = (0..n)
        .map(|i| Bin {
            from: i * BIN_WIDTH,
            to: ((i + 1) * BIN_WIDTH - 1).min(MAX_PAIR_SCORE),
            count: 0,
        })
        .collect();
    for p in &m.pairs {
        let i = (p.score.min(MAX_PAIR_SCORE) / BIN_WIDTH) as usize;
        bins[i].count += 1;
    }
    bins
}

/// One bar of the chart, in the chart's own units ([`CHART_WIDTH`] × [`CHART_HEIGHT`]).
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub x: f32,
    pub y: f32,
    pub width: f32,
    pub height: f32,
    /// The bin under the bar, e.g. "70–79".
    pub label: String,
    pub count: usize,
}

/// The chart's view box.
pub const CHART_WIDTH: f32 = 360.0;
pub const CHART_HEIGHT: f32 = 160.0;
/// Room under the bars for the bin labels.
pub const AXIS: f32 = 24.0;

/// The bars of `bins` scaled to the tallest (an empty bin is a bar of height 0).
pub fn bars(bins: &[Bin]) -> Vec<Bar> {
    let most = bins.iter().map(|b| b.count).max().unwrap_or(0).max(1) as f32;
    let slot = CHART_WIDTH / bins.len().max(1) as f32;
    let plot = CHART_HEIGHT - AXIS - 12.0;
    bins.iter()
        .enumerate()
        .map(|(i, b)| {
            let height = plot * b.count as f32 / most;
            Bar {
                x: i as f32 * slot + slot * 0.1,
                y: CHART_HEIGHT - AXIS - height,
                width: slot * 0.8,
                height,
                label: format!("{}–{}", b.from, b.to),
                count: b.count,
            }
        })
        .collect()
}

/// The chart in words: "8 pairs: 2 scored 60–69, 5 scored 70–79 and 1 scored 80–89."
pub fn distribution_sentence(bins: &[Bin]) -> String {
    let total: usize = bins.iter().map(|b| b.count).sum();
    let parts: Vec<String> = bins
        .iter()
        .filter(|b| b.count > 0)
        .map(|b| format!("{} scored {}–{}", b.count, b.from, b.to))
        .collect();
    let list = match parts.as_slice() {
        [] => return "No pairs yet.".into(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    };
    let pairs = if total == 1 { "pair" } else { "pairs" };
    format!("{total} {pairs}: {list}.")
}

/// One mentor's load after a run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Load {
    pub mentor: String,
    /// Mentees the mentor can take (capacity × group size for group mentors).
    pub room: u32,
    pub assigned: u32,
    /// The mentees given to the mentor, in roster order.
    pub mentees: Vec<String>,
}

/// Every mentor's room, mentees given and their names, in roster order.
pub fn loads(
    m: &Matching,
    mentors: &[Mentor],
    prefs: &[MentorPrefs],
    mentees: &[Mentee],
) -> Vec<Load> {
    let mut out: Vec<Load> = mentors
        .iter()
        .enumerate()
        .map(|(j, mo)| Load {
            mentor: mo.name.clone(),
            room: room(mo, prefs.get(j)),
            assigned: 0,
            mentees: Vec::new(),
        })
        .collect();
    for p in &m.pairs {
        if let (Some(l), Some(me)) = (out.get_mut(p.mentor), mentees.get(p.mentee)) {
            l.assigned += 1;
            l.mentees.push(me.name.clone());
        }
    }
    out
}

/// Rows shown per page of the pairs, load and unmatched lists: the page puts only one page
/// of a long list on screen at a time.
pub const PAGE_ROWS: usize = 25;

/// The rows `page` (0-based) shows of a list of `len`, `per_page` a page, as a range; a page
/// past the end shows the last page (the list may have shrunk since it was chosen).
pub fn page_range(page: usize, per_page: usize, len: usize) -> std::ops::Range<usize> {
    let per_page = per_page.max(1);
    let last = len.saturating_sub(1) / per_page;
    let start = page.min(last) * per_page;
    start.min(len)..(start + per_page).min(len)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::cohort::assign::Pair;

    #[test]
    fn pages_cover_the_list_once() {
        for (page, per, len, want) in [
            (0, 50, 0, 0..0),
            (0, 50, 10, 0..10),
            (0, 50, 885, 0..50),
            (1, 50, 885, 50..100),
            (17, 50, 885, 850..885),
            (18, 50, 885, 850..885),
            (99, 50, 100, 50..100),
            (3, 0, 5, 3..4),
        ] {
            assert_eq!(page_range(page, per, len), want, "{page} {per} {len}");
        }
    }

    fn matching(scores: &[(usize, usize, u32)]) -> Matching {
        Matching {
            pairs: scores
                .iter()
                .map(|&(mentee, mentor, score)| Pair {
                    mentee,
                    mentor,
                    score,
                    base: score.min(100) as u8,
                    locked: false,
                })
                .collect(),
            ..Matching::default()
        }
    }

    /// (scores, non-empty bins as (from, count), sentence)
    type BinCase<'a> = (&'a [u32], &'a [(u32, usize)], &'a str);

    #[test]
    fn bins_and_sentences() {
        let cases: [BinCase; 4] = [
            (&[], &[], "No pairs yet."),
            (&[75], &[(70, 1)], "1 pair: 1 scored 70–79."),
            (
                &[0, 9, 10, 79, 70, 115],
                &[(0, 2), (10, 1), (70, 2), (110, 1)],
                "6 pairs: 2 scored 0–9, 1 scored 10–19, 2 scored 70–79 and 1 scored 110–115.",
            ),
            (&[100, 109], &[(100, 2)], "2 pairs: 2 scored 100–109."),
        ];
        for (scores, want, sentence) in cases {
            let m = matching(
                &scores
                    .iter()
                    .enumerate()
                    .map(|(i, &s)| (i, 0, s))
                    .collect::<Vec<_>>(),
            );
            let bins = score_bins(&m);
            assert_eq!(bins.len(), 12);
            assert_eq!(bins.last().map(|b| b.to), Some(MAX_PAIR_SCORE));
            let got: Vec<(u32, usize)> = bins
                .iter()
                .filter(|b| b.count > 0)
                .map(|b| (b.from, b.count))
                .collect();
            assert_eq!(got, want, "{scores:?}");
            assert_eq!(distribution_sentence(&bins), sentence);
            let bars = bars(&bins);
            assert_eq!(bars.len(), bins.len());
            for b in &bars {
                assert!(b.x >= 0.0 && b.x + b.width <= CHART_WIDTH, "{b:?}");
                assert!(
                    b.y >= 0.0 && b.y + b.height <= CHART_HEIGHT - AXIS + 0.01,
                    "{b:?}"
                );
                assert_eq!(b.height == 0.0, b.count == 0, "{b:?}");
            }
        }
    }

    #[test]
    fn loads_of_the_example() {
        let r = crate::core::mentors::roster::import_csv(include_str!(
            "../../../data/roster-example.csv"
        ));
        let es = crate::core::cohort::mentees::import_csv(include_str!(
            "../../../data/mentees-example.csv"
        ))
        .mentees;
        let m = matching(&[(0, 0, 80), (1, 0, 70), (2, 6, 60)]);
        let l = loads(&m, &r.mentors, &r.prefs, &es);
        assert_eq!(l.len(), r.mentors.len());
        assert_eq!(
            (l[0].mentor.as_str(), l[0].room, l[0].assigned),
            ("Amara Okoye", 6, 2)
        );
        assert_eq!(l[0].mentees, [es[0].name.clone(), es[1].name.clone()]);
        assert_eq!((l[6].assigned, l[6].room), (1, 8));
        assert_eq!(l[1].assigned, 0);
        assert!(l[1].mentees.is_empty());
    }
}
