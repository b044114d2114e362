//! Milestone suggestions spread between today and the deadline, date checks that flag (never
//! refuse), and small pure list operations for the milestone editor.

use crate::core::form::{fmt_num, parse_decimal, parse_iso_date};
use crate::core::goals::goal::{GoalDraft, MAX_MILESTONES, MilestoneDraft};
use crate::core::goals::smart::human_date;
use crate::core::goals::templates;
use chrono::{Days, NaiveDate};

/// How many milestones suit a span: ≤ 6 weeks → 3, ≤ 6 months → 4, ≤ 1 year → 5, longer → 6.
pub fn count_for_span(days: i64) -> usize {
    match days {
        ..=42 => 3,
        43..=183 => 4,
        184..=366 => 5,
        _ => 6,
    }
}

fn iso(d: NaiveDate) -> String {
    d.to_string()
}

fn generic_titles(count: usize) -> Vec<String> {
    let titles: &[&str] = match count {
        1 => &["Goal reached"],
        2 => &["Halfway review", "Goal reached"],
        3 => &["First step done", "Halfway review", "Goal reached"],
        4 => &[
            "First step done",
            "Halfway review",
            "Final push",
            "Goal reached",
        ],
        5 => &[
            "First step done",
            "Early progress check",
            "Halfway review",
            "Final push",
            "Goal reached",
        ],
        _ => &[
            "First step done",
            "Early progress check",
            "Halfway review",
            "Past the halfway mark",
            "Final push",
            "Goal reached",
        ],
    };
    let mut out: Vec<String> = titles.iter().map(|s| s.to_string()).collect();
    // More than six: numbered checkpoints before the final two.
    let mut k = 1;
    while out.len() < count {
        // Before "Final push" and "Goal reached".
        out.insert(out.len() - 2, format!("Checkpoint {k}"));
        k += 1;
    }
    out
}

/// Suggests milestones for `draft`, evenly spread from today to `deadline` (the last one on the
/// deadline). Returns nothing when the deadline is not after today.
///
/// * `count`: how many; `None` picks one from the template (if the draft came from one) or
///   from the span ([`count_for_span`]). An explicit count is clamped to 1..=[`MAX_MILESTONES`].
/// * Titles come from the template's milestones (when `count` is `None` or equal to theirs),
///   else from the success measure ("1 of 3 talks given", …) when it has a metric and a target
///   at least the count away from the baseline, else generic ("First step done", "Halfway
///   review", …, "Goal reached").
/// * Template milestones keep their relative position: week offsets are scaled to the span.
pub fn suggest(
    draft: &GoalDraft,
    today: NaiveDate,
    deadline: NaiveDate,
    count: Option<usize>,
) -> Vec<MilestoneDraft> {
    let span = (deadline - today).num_days();
    if span <= 0 {
        return Vec::new();
    }
    let at = |offset_days: i64| -> String {
        let off = offset_days.clamp(1, span) as u64;
        iso(today.checked_add_days(Days::new(off)).unwrap_or(deadline))
    };
    let template = draft.template.as_deref().and_then(templates::find);
    if let Some(t) = template
        && count.is_none_or(|c| c == t.milestones.len())
    {
        let template_days = i64::from(t.weeks.max(1)) * 7;
        return t
            .milestones
            .iter()
            .map(|&(title, w)| MilestoneDraft {
                title: title.to_string(),
                target: at((i64::from(w) * 7 * span + template_days / 2) / template_days),
                done: String::new(),
            })
            .collect();
    }
    // A small whole-number measure ("0 → 3 talks") names its own steps: one milestone per
    // unit when that gives 3 to 6 of them.
    let per_unit = || {
        let metric_set = !draft.metric.trim().is_empty();
        let target = parse_decimal(&draft.target)?;
        let base = parse_decimal(&draft.baseline).unwrap_or(0.0);
        let steps = (target - base).abs();
        (metric_set && steps.fract() == 0.0 && (3.0..=6.0).contains(&steps))
            .then_some(steps as usize)
    };
    let count = count
        .map(|c| c.clamp(1, MAX_MILESTONES))
        .or_else(per_unit)
        .unwrap_or_else(|| count_for_span(span));
    let titles = measure_titles(draft, count).unwrap_or_else(|| generic_titles(count));
    let n = count as i64;
    titles
        .into_iter()
        .enumerate()
        .map(|(k, title)| MilestoneDraft {
            title,
            // Rounded evenly: k+1 of n parts of the span.
            target: at(((k as i64 + 1) * span + n / 2) / n),
            done: String::new(),
        })
        .collect()
}

/// "1 of 3 talks given", … from the success measure, when it divides into `count` steps.
fn measure_titles(draft: &GoalDraft, count: usize) -> Option<Vec<String>> {
    let metric = draft.metric.trim();
    if metric.is_empty() {
        return None;
    }
    let target = parse_decimal(&draft.target)?;
    let base = parse_decimal(&draft.baseline).unwrap_or(0.0);
    let span = target - base;
    if span.abs() < count as f64 {
        return None;
    }
    let unit = draft.unit.trim();
    Some(
        (1..=count)
            .map(|k| {
                let v = base + span * k as f64 / count as f64;
                // Whole numbers when the span is whole; otherwise one decimal.
                let v = if span.fract() == 0.0 && base.fract() == 0.0 {
                    v.round()
                } else {
                    (v * 10.0).round() / 10.0
                };
                if span > 0.0 {
                    format!("{} of {} {metric}", fmt_num(v), fmt_num(target))
                } else if unit.is_empty() {
                    format!("{metric} down to {}", fmt_num(v))
                } else {
                    format!("{metric} down to {} {unit}", fmt_num(v))
                }
            })
            .collect(),
    )
}

/// Flags (does not refuse) milestone dates: missing or unparseable dates, dates before today
/// (unless the milestone is done), dates after the deadline, and unparseable done dates.
/// Returns (milestone index, message) pairs in order.
pub fn check_dates(
    milestones: &[MilestoneDraft],
    today: NaiveDate,
    deadline: Option<NaiveDate>,
) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (i, m) in milestones.iter().enumerate() {
        let n = i + 1;
        let done = !m.done.trim().is_empty();
        if done && parse_iso_date(&m.done).is_none() {
            out.push((
                i,
                format!(
                    "Milestone {n}'s done date '{}' isn't a date.",
                    m.done.trim()
                ),
            ));
        }
        let target = m.target.trim();
        if target.is_empty() {
            out.push((i, format!("Milestone {n} has no date yet.")));
            continue;
        }
        let Some(d) = parse_iso_date(target) else {
            out.push((i, format!("Milestone {n}'s date '{target}' isn't a date.")));
            continue;
        };
        if d < today && !done {
            out.push((
                i,
                format!("Milestone {n} is dated {}, before today.", human_date(d)),
            ));
        }
        if let Some(dl) = deadline
            && d > dl
        {
            out.push((
                i,
                format!(
                    "Milestone {n} is dated {}, after the deadline ({}).",
                    human_date(d),
                    human_date(dl)
                ),
            ));
        }
    }
    out
}

/// Swaps milestone `i` with the one before it. Out of range or first: unchanged.
pub fn move_up(mut list: Vec<MilestoneDraft>, i: usize) -> Vec<MilestoneDraft> {
    if i > 0 && i < list.len() {
        list.swap(i - 1, i);
    }
    list
}

/// Swaps milestone `i` with the one after it. Out of range or last: unchanged.
pub fn move_down(mut list: Vec<MilestoneDraft>, i: usize) -> Vec<MilestoneDraft> {
    if i + 1 < list.len() {
        list.swap(i, i + 1);
    }
    list
}

/// Removes milestone `i`. Out of range: unchanged.
pub fn remove(mut list: Vec<MilestoneDraft>, i: usize) -> Vec<MilestoneDraft> {
    if i < list.len() {
        list.remove(i);
    }
    list
}

/// Appends a blank milestone, dated on the deadline if known. At [`MAX_MILESTONES`]: unchanged.
pub fn add(mut list: Vec<MilestoneDraft>, deadline: Option<NaiveDate>) -> Vec<MilestoneDraft> {
    if list.len() < MAX_MILESTONES {
        list.push(MilestoneDraft {
            title: String::new(),
            target: deadline.map(iso).unwrap_or_default(),
            done: String::new(),
        });
    }
    list
}

/// Sorts by target date; milestones without a valid date keep their order at the end.
pub fn sort_by_date(mut list: Vec<MilestoneDraft>) -> Vec<MilestoneDraft> {
    crate::core::sorting::sort_by_key(&mut list, |m| {
        parse_iso_date(&m.target).unwrap_or(NaiveDate::MAX)
    });
    list
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }
    fn today() -> NaiveDate {
        d(2026, 11, 22)
    }
    fn titles(v: &[MilestoneDraft]) -> Vec<&str> {
        v.iter().map(|m| m.title.as_str()).collect()
    }
    fn dates(v: &[MilestoneDraft]) -> Vec<&str> {
        v.iter().map(|m| m.target.as_str()).collect()
    }
    fn ms(title: &str, target: &str, done: &str) -> MilestoneDraft {
        MilestoneDraft {
            title: title.into(),
            target: target.into(),
            done: done.into(),
        }
    }

    #[test]
    fn count_from_span() {
        assert_eq!(
            [1, 42, 43, 183, 184, 366, 367, 2000].map(count_for_span),
            [3, 3, 4, 4, 5, 5, 6, 6]
        );
    }

    #[test]
    fn generic_spread_evenly() {
        let v = suggest(&GoalDraft::default(), today(), d(2027, 1, 3), None);
        assert_eq!(
            titles(&v),
            ["First step done", "Halfway review", "Goal reached"]
        );
        assert_eq!(dates(&v), ["2026-12-06", "2026-12-20", "2027-01-03"]);
        let v = suggest(&GoalDraft::default(), today(), d(2028, 11, 22), None);
        assert_eq!(v.len(), 6);
        assert_eq!(v[5].target, "2028-11-22");
        assert_eq!(v[3].title, "Past the halfway mark");
        assert!(suggest(&GoalDraft::default(), today(), today(), None).is_empty());
        assert!(suggest(&GoalDraft::default(), today(), d(2026, 1, 1), None).is_empty());
        let v = suggest(&GoalDraft::default(), today(), d(2027, 1, 3), Some(8));
        assert_eq!(v.len(), 8);
        assert_eq!(v[5].title, "Checkpoint 2");
        assert_eq!(v[7].title, "Goal reached");
    }

    #[test]
    fn named_from_measure() {
        let draft = GoalDraft {
            metric: "talks given".into(),
            baseline: "0".into(),
            target: "3".into(),
            ..GoalDraft::default()
        };
        // 6 weeks → 3 milestones.
        let v = suggest(&draft, today(), d(2027, 1, 3), None);
        assert_eq!(
            titles(&v),
            [
                "1 of 3 talks given",
                "2 of 3 talks given",
                "3 of 3 talks given"
            ]
        );
        // A longer span still gives one milestone per talk, spread to the deadline.
        let v = suggest(&draft, today(), d(2027, 6, 30), None);
        assert_eq!(
            titles(&v),
            [
                "1 of 3 talks given",
                "2 of 3 talks given",
                "3 of 3 talks given"
            ]
        );
        assert_eq!(v[2].target, "2027-06-30");
        // An explicit count of 4 cannot split 3 talks: generic titles.
        let v = suggest(&draft, today(), d(2027, 4, 1), Some(4));
        assert_eq!(v[0].title, "First step done");
        // A large measure (0 → 20) does not give 20 milestones.
        let many = GoalDraft {
            target: "20".into(),
            ..draft.clone()
        };
        assert_eq!(suggest(&many, today(), d(2027, 4, 1), None).len(), 4);
        let down = GoalDraft {
            metric: "weight".into(),
            baseline: "80".into(),
            target: "72".into(),
            unit: "kg".into(),
            ..GoalDraft::default()
        };
        let v = suggest(&down, today(), d(2027, 4, 1), None);
        assert_eq!(
            titles(&v)[..2],
            ["weight down to 78 kg", "weight down to 76 kg"]
        );
    }

    #[test]
    fn from_template_scaled() {
        let t = templates::find("public-speaking").unwrap();
        let draft = t.to_draft(today());
        let v = suggest(&draft, today(), t.deadline(today()), None);
        assert_eq!(v, draft.milestones);
        // Half the time: offsets halve.
        let half = today().checked_add_days(Days::new(91)).unwrap();
        let v = suggest(&draft, today(), half, None);
        assert_eq!(
            dates(&v),
            ["2026-12-03", "2026-12-27", "2027-01-24", "2027-02-21"]
        );
        let v = suggest(&draft, today(), half, Some(3));
        assert_eq!(v.len(), 3);
    }

    #[test]
    fn date_checks_flag() {
        let list = [
            ms("a", "2026-12-01", ""),
            ms("b", "", ""),
            ms("c", "2026-02-30", ""),
            ms("d", "2026-01-01", ""),
            ms("e", "2026-01-01", "2026-01-02"),
            ms("f", "2028-01-01", "yesterday"),
        ];
        let flags = check_dates(&list, today(), Some(d(2027, 6, 30)));
        assert_eq!(
            flags,
            [
                (1, "Milestone 2 has no date yet.".to_string()),
                (
                    2,
                    "Milestone 3's date '2026-02-30' isn't a date.".to_string()
                ),
                (
                    3,
                    "Milestone 4 is dated 1 January 2026, before today.".to_string()
                ),
                (
                    5,
                    "Milestone 6's done date 'yesterday' isn't a date.".to_string()
                ),
                (
                    5,
                    "Milestone 6 is dated 1 January 2028, after the deadline (30 June 2027)."
                        .to_string()
                ),
            ]
        );
        assert!(check_dates(&list[..1], today(), None).is_empty());
    }

    #[test]
    fn list_ops() {
        let v = vec![ms("a", "", ""), ms("b", "", ""), ms("c", "", "")];
        assert_eq!(titles(&move_up(v.clone(), 1)), ["b", "a", "c"]);
        assert_eq!(titles(&move_up(v.clone(), 0)), ["a", "b", "c"]);
        assert_eq!(titles(&move_down(v.clone(), 1)), ["a", "c", "b"]);
        assert_eq!(titles(&move_down(v.clone(), 2)), ["a", "b", "c"]);
        assert_eq!(titles(&remove(v.clone(), 0)), ["b", "c"]);
        assert_eq!(titles(&remove(v.clone(), 9)), ["a", "b", "c"]);
        let added = add(v.clone(), Some(d(2027, 1, 1)));
        assert_eq!(added[3], ms("", "2027-01-01", ""));
        let full = (0..MAX_MILESTONES).fold(Vec::new(), |l, _| add(l, None));
        assert_eq!(add(full, None).len(), MAX_MILESTONES);
        let s = sort_by_date(vec![
            ms("x", "", ""),
            ms("late", "2027-05-01", ""),
            ms("early", "2027-01-01", ""),
        ]);
        assert_eq!(titles(&s), ["early", "late", "x"]);
    }
}
