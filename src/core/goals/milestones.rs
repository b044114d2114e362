//! Milestone suggestions spread between today and the deadline, date checks that flag (never
//! refuse), and small pure list operations for the milestone editor.

use crate::core::form::{fmt_num, parse_decimal, parse_iso_date};
use crate::core::goals::goal::{Category, GoalDraft, MAX_MILESTONES, MilestoneDraft};
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

/// The category's first step and first attempt, when the success measure names nothing.
fn category_steps(category: Option<Category>) -> (&'static str, &'static str) {
    match category {
        Some(Category::CareerDevelopment) => (
            "Expectations for the next level agreed with your manager",
            "First visible piece of work shown to your manager",
        ),
        Some(Category::SkillBuilding) => (
            "Learning plan and weekly practice time set",
            "First small piece finished and shown to someone",
        ),
        Some(Category::Leadership) => (
            "Each person's expectations heard in a one-on-one",
            "First feedback conversation held",
        ),
        Some(Category::CareerSwitch) => (
            "Target roles chosen and 5 people in the field contacted",
            "First application or portfolio piece sent",
        ),
        Some(Category::StartingBusiness) => (
            "10 conversations with possible customers held",
            "First offer put in front of a customer",
        ),
        Some(Category::ConfidenceWellbeing) => (
            "Starting point written down: where you are now",
            "First try, with notes on how it went",
        ),
        Some(Category::Networking) => ("List of 20 people to contact", "First conversation held"),
        None => (
            "Plan written: first steps and weekly time set",
            "First attempt made, with notes on how it went",
        ),
    }
}

/// "talks given" → "talk given", "paying customers" → "paying customer": the metric with its
/// first plural word made singular, for "First talk given".
fn singular_metric(metric: &str) -> Option<String> {
    let mut done = false;
    let words: Vec<String> = metric
        .split_whitespace()
        .map(|w| {
            if done {
                return w.to_string();
            }
            let lower = w.to_lowercase();
            let one = if let Some(stem) = lower.strip_suffix("ies")
                && stem.len() >= 2
            {
                Some(format!("{stem}y"))
            } else if lower.ends_with("ches") || lower.ends_with("shes") || lower.ends_with("xes") {
                Some(lower[..lower.len() - 2].to_string())
            } else if lower.len() > 3 && lower.ends_with('s') && !lower.ends_with("ss") {
                Some(lower[..lower.len() - 1].to_string())
            } else {
                None
            };
            match one {
                Some(o) => {
                    done = true;
                    o
                }
                None => w.to_string(),
            }
        })
        .collect();
    done.then(|| words.join(" "))
}

/// Step titles toward the goal, drawn from its category and its success measure: preparation,
/// first attempt, review, halfway, second review, last stretch — never the goal itself.
fn step_titles(draft: &GoalDraft, count: usize) -> Vec<String> {
    let category = Category::from_key(draft.category.trim());
    let (prep, first_try) = category_steps(category);
    let metric = draft.metric.trim();
    let target = parse_decimal(&draft.target);
    let base = parse_decimal(&draft.baseline).unwrap_or(0.0);
    let first = match (singular_metric(metric), target) {
        (Some(one), Some(t)) if t > base && base <= 0.0 => format!("First {one}"),
        // Already some on the way: the first one more ("First new client").
        (Some(one), Some(t)) if t > base => format!("First new {one}"),
        _ => first_try.to_string(),
    };
    let halfway = match target {
        Some(t) if !metric.is_empty() && (t - base).abs() >= 2.0 => {
            let mid = base + (t - base) / 2.0;
            let mid = if (t - base).fract() == 0.0 && base.fract() == 0.0 {
                mid.round()
            } else {
                (mid * 10.0).round() / 10.0
            };
            format!("Halfway: {metric} at {}", fmt_num(mid))
        }
        _ => "Halfway check: on track, or what to change".to_string(),
    };
    let review = "Review with your mentor: what worked, what to change".to_string();
    let second = "Second review: what is left, and is the plan still right?".to_string();
    let last = "Last stretch planned: what is left, and when".to_string();
    let prep = prep.to_string();
    let mut out: Vec<String> = match count {
        0 => Vec::new(),
        1 => vec![prep],
        2 => vec![prep, first],
        3 => vec![prep, first, review],
        4 => vec![prep, first, review, halfway],
        5 => vec![prep, first, review, halfway, last],
        _ => vec![prep, first, review, halfway, second, last],
    };
    // More than six: numbered checkpoints before the last stretch.
    let mut k = 1;
    while out.len() < count {
        out.insert(out.len() - 1, format!("Checkpoint {k}"));
        k += 1;
    }
    out
}

/// Suggests milestones for `draft` between today and `deadline`. Returns nothing when the
/// deadline is not after today.
///
/// * `count`: how many; `None` picks one from the template (if the draft came from one) or
///   from the span ([`count_for_span`]). An explicit count is clamped to 1..=[`MAX_MILESTONES`].
/// * A template's milestones keep their titles and relative position (week offsets scaled to
///   the span) when `count` is `None` or equal to theirs.
/// * Otherwise the milestones are steps toward the goal, drawn from its category and success
///   measure — preparation, first attempt, review with the mentor, halfway, last stretch — and
///   spread evenly *before* the deadline: the goal itself is the deadline, not a milestone.
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
    let count = count
        .map(|c| c.clamp(1, MAX_MILESTONES))
        .unwrap_or_else(|| count_for_span(span));
    let n = count as i64 + 1;
    step_titles(draft, count)
        .into_iter()
        .enumerate()
        .map(|(k, title)| MilestoneDraft {
            title,
            // Rounded evenly: k+1 of n parts of the span, the last part left for the finish.
            target: at(((k as i64 + 1) * span + n / 2) / n),
            done: String::new(),
        })
        .collect()
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

    /// No suggested title restates the goal or counts "k of n".
    fn is_step(title: &str) -> bool {
        let words: Vec<&str> = title.split_whitespace().collect();
        let counted = words
            .windows(3)
            .any(|w| w[1] == "of" && w[0].parse::<f64>().is_ok() && w[2].parse::<f64>().is_ok());
        !counted && !title.contains("Goal reached") && !title.is_empty()
    }

    #[test]
    fn steps_spread_before_the_deadline() {
        let v = suggest(&GoalDraft::default(), today(), d(2027, 1, 3), None);
        assert_eq!(
            titles(&v),
            [
                "Plan written: first steps and weekly time set",
                "First attempt made, with notes on how it went",
                "Review with your mentor: what worked, what to change"
            ]
        );
        // 42 days in 4 parts: the last part is left for finishing.
        assert_eq!(dates(&v), ["2026-12-03", "2026-12-13", "2026-12-24"]);
        let v = suggest(&GoalDraft::default(), today(), d(2028, 11, 22), None);
        assert_eq!(v.len(), 6);
        assert!(v[5].target.as_str() < "2028-11-22");
        assert_eq!(v[5].title, "Last stretch planned: what is left, and when");
        assert!(suggest(&GoalDraft::default(), today(), today(), None).is_empty());
        assert!(suggest(&GoalDraft::default(), today(), d(2026, 1, 1), None).is_empty());
        let v = suggest(&GoalDraft::default(), today(), d(2027, 1, 3), Some(8));
        assert_eq!(v.len(), 8);
        assert_eq!(v[6].title, "Checkpoint 2");
        assert_eq!(v[7].title, "Last stretch planned: what is left, and when");
        for count in 1..=MAX_MILESTONES {
            let v = suggest(&GoalDraft::default(), today(), d(2027, 6, 30), Some(count));
            assert_eq!(v.len(), count);
            assert!(v.iter().all(|m| is_step(&m.title)), "{:?}", titles(&v));
            assert!(v.iter().all(|m| m.target.as_str() <= "2027-06-30"));
            assert!(v.windows(2).all(|w| w[0].target <= w[1].target));
        }
    }

    #[test]
    fn steps_from_category_and_measure() {
        let draft = GoalDraft {
            category: "skill".into(),
            metric: "talks given".into(),
            baseline: "0".into(),
            target: "3".into(),
            unit: "talks".into(),
            ..GoalDraft::default()
        };
        // 6 weeks → 3 steps; never "1 of 3 … 3 of 3 talks given".
        let v = suggest(&draft, today(), d(2027, 1, 3), None);
        assert_eq!(
            titles(&v),
            [
                "Learning plan and weekly practice time set",
                "First talk given",
                "Review with your mentor: what worked, what to change"
            ]
        );
        // 220 days → 5 steps, the last before the deadline.
        let v = suggest(&draft, today(), d(2027, 6, 30), None);
        assert_eq!(v.len(), 5);
        assert_eq!(v[3].title, "Halfway: talks given at 2");
        assert!(v[4].target.as_str() < "2027-06-30");
        let business = GoalDraft {
            category: "business".into(),
            metric: "paying customers".into(),
            target: "10".into(),
            ..GoalDraft::default()
        };
        let v = suggest(&business, today(), d(2027, 6, 30), Some(5));
        assert_eq!(
            titles(&v),
            [
                "10 conversations with possible customers held",
                "First paying customer",
                "Review with your mentor: what worked, what to change",
                "Halfway: paying customers at 5",
                "Last stretch planned: what is left, and when"
            ]
        );
        let more = GoalDraft {
            metric: "clients".into(),
            baseline: "8".into(),
            target: "20".into(),
            ..GoalDraft::default()
        };
        let v = suggest(&more, today(), d(2027, 1, 3), Some(4));
        assert_eq!(v[1].title, "First new client");
        assert_eq!(v[3].title, "Halfway: clients at 14");
        // Going down: no "first", the halfway mark is the middle value.
        let down = GoalDraft {
            category: "wellbeing".into(),
            metric: "weight".into(),
            baseline: "80".into(),
            target: "72".into(),
            unit: "kg".into(),
            ..GoalDraft::default()
        };
        let v = suggest(&down, today(), d(2027, 4, 1), None);
        assert_eq!(
            titles(&v),
            [
                "Starting point written down: where you are now",
                "First try, with notes on how it went",
                "Review with your mentor: what worked, what to change",
                "Halfway: weight at 76"
            ]
        );
        // Every category has its own first step.
        let mut firsts: Vec<String> = Category::ALL
            .iter()
            .map(|c| {
                let draft = GoalDraft {
                    category: c.key().into(),
                    ..GoalDraft::default()
                };
                suggest(&draft, today(), d(2027, 6, 30), None)[0]
                    .title
                    .clone()
            })
            .collect();
        firsts.sort();
        firsts.dedup();
        assert_eq!(firsts.len(), Category::ALL.len());
        assert_eq!(singular_metric("coffee chats"), Some("coffee chat".into()));
        assert_eq!(singular_metric("stories"), Some("story".into()));
        assert_eq!(singular_metric("weight"), None);
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
