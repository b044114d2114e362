//! The sentences a mentor's explanation is made of, written as a person would say them and
//! built from the mentee's own words (their focus skills, industry and languages as typed).
//!
//! Every sentence that calls something a fit is only produced when it is one: the callers
//! pass the facts (offers the form or not, shared formats, shared languages …), and each
//! function picks the wording from them. No counts of the kind "1 of your 1", no empty
//! "0 / 0" rows (a criterion the mentee gave no data for gets a "you haven't said" sentence
//! and no points), no bare labels.

use chrono::{Datelike, NaiveDate};

use crate::core::mentors::mentor::{CareerStage, Format, MentoringForm, Style};
use crate::core::mentors::needs::{join_and, join_or};
use crate::core::time::datefmt::month_short;

/// "7 Dec".
pub fn day_month(d: NaiveDate) -> String {
    format!("{} {}", d.day(), month_short(d.month()))
}

/// "week of 7 Dec".
pub fn week_label(monday: NaiveDate) -> String {
    format!("week of {}", day_month(monday))
}

/// "45 min", "1 h", "2.5 h".
pub fn hours_text(min: u32) -> String {
    if min > 0 && min < 60 {
        return format!("{min} min");
    }
    let h = f64::from(min) / 60.0;
    let s = format!("{h:.1}");
    s.strip_suffix(".0").map(str::to_string).unwrap_or(s) + " h"
}

/// "one", "two" … for small counts, digits above ten.
fn count_word(n: u32) -> String {
    const WORDS: [&str; 11] = [
        "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    WORDS
        .get(n as usize)
        .map_or_else(|| n.to_string(), |w| (*w).to_string())
}

/// What the mentoring form is called in a sentence.
pub fn form_phrase(form: MentoringForm) -> &'static str {
    match form {
        MentoringForm::OneToOne => "one-to-one mentoring",
        MentoringForm::Group => "group mentoring",
        MentoringForm::Peer => "peer mentoring",
        MentoringForm::Reverse => "reverse mentoring",
        MentoringForm::Micro => "micro-mentoring",
    }
}

/// How a format reads after "Meets": "by video call", "in person".
pub fn format_phrase(f: Format) -> &'static str {
    match f {
        Format::Video => "by video call",
        Format::Phone => "by phone",
        Format::Chat => "by chat",
        Format::InPerson => "in person",
    }
}

/// How a teaching style reads after "Teaches by".
pub fn style_phrase(s: Style) -> &'static str {
    match s {
        Style::Coaching => "coaching",
        Style::Directive => "direct advice",
        Style::HandsOn => "hands-on work",
        Style::Supportive => "listening and encouragement",
    }
}

/// The focus-skills sentence. `wanted` are the mentee's focus skills as typed; for each,
/// `exact[i]` says the mentor lists it and `related[i]` names a mentor skill close to it.
pub fn skills(wanted: &[String], exact: &[bool], related: &[Option<String>]) -> String {
    if wanted.is_empty() {
        return "Your goal names no focus skills yet, so skills are not compared.".into();
    }
    let has: Vec<&str> = (0..wanted.len())
        .filter(|&i| exact[i])
        .map(|i| wanted[i].as_str())
        .collect();
    let close: Vec<(&str, &str)> = (0..wanted.len())
        .filter(|&i| !exact[i])
        .filter_map(|i| related[i].as_deref().map(|via| (via, wanted[i].as_str())))
        .collect();
    let missing: Vec<&str> = (0..wanted.len())
        .filter(|&i| !exact[i] && related[i].is_none())
        .map(|i| wanted[i].as_str())
        .collect();
    if has.len() == wanted.len() {
        return if wanted.len() == 1 {
            format!("Works on {}, the focus skill of your goal.", has[0])
        } else {
            format!(
                "Works on {}: every focus skill of your goal.",
                join_and(&has)
            )
        };
    }
    let close_text = |start: bool| -> String {
        match close.as_slice() {
            [] => String::new(),
            [(via, _)] if start && wanted.len() == 1 => format!("works on {via}, which is close"),
            [(via, w)] if start => format!("works on {via}, which is close to {w}"),
            [(via, w)] => format!("{via} is close to {w}"),
            many => format!(
                "works on related skills: {}",
                many.iter()
                    .map(|(via, w)| format!("{via} (close to {w})"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        }
    };
    if has.is_empty() {
        let not: Vec<&str> = wanted.iter().map(String::as_str).collect();
        return if close.is_empty() {
            format!("Doesn't list {} or anything close.", join_or(&not))
        } else {
            format!("Doesn't list {}, but {}.", join_or(&not), close_text(true))
        };
    }
    let mut out = format!("Works on {}", join_and(&has));
    if !close.is_empty() {
        out.push_str("; ");
        out.push_str(&close_text(false));
    }
    if !missing.is_empty() {
        out.push_str(&format!("; not {}", join_or(&missing)));
    }
    out.push('.');
    out
}

/// The industry sentence (`yours` empty: not said; `theirs` empty: the mentor gave none).
pub fn industry(yours: &str, theirs: &str, same: bool, wants_different: bool) -> String {
    if yours.is_empty() {
        return "You haven't said your industry, so it is not compared.".into();
    }
    if theirs.is_empty() {
        return "Hasn't said which industry they work in.".into();
    }
    match (same, wants_different) {
        (true, false) => format!("Works in {theirs}, like you."),
        (false, true) => format!("Works in {theirs}: the different perspective you asked for."),
        (true, true) => {
            format!("Works in {theirs}, your own industry; you asked for a different perspective.")
        }
        (false, false) => format!("Works in {theirs}, not {yours}."),
    }
}

/// The experience sentence: the mentor's stage against the mentee's for the form.
/// `fit` is [`crate::core::mentors::scoring::experience_fit`]; "the right distance" is said
/// only when it is at least 0.75 and the mentor offers the form.
pub fn experience(
    stage: CareerStage,
    years: u8,
    diff: i8,
    form: MentoringForm,
    offers_form: bool,
    fit: f64,
    stage_unsaid: bool,
) -> String {
    if stage_unsaid {
        return "You haven't said your career stage, so experience is not compared.".into();
    }
    let steps = u32::from(diff.unsigned_abs());
    let stage_word = if steps == 1 { "stage" } else { "stages" };
    let gap = match diff {
        0 => "at your career stage".to_string(),
        1.. => format!("{} {stage_word} ahead of you", count_word(steps)),
        _ => format!("{} {stage_word} behind you", count_word(steps)),
    };
    let base = format!("{}, {years} years in, {gap}", stage.label());
    let f = form_phrase(form);
    if fit >= 0.75 {
        if offers_form {
            format!("{base}: the right distance for {f}.")
        } else {
            format!("{base}, which would suit {f}, but they don't offer it.")
        }
    } else if fit > 0.0 {
        format!("{base}: workable for {f}, though not the usual distance.")
    } else {
        format!("{base}: not what {f} needs.")
    }
}

/// The shared-time sentence. `minutes` in the typical week (`week` its Monday); `note` a
/// clock-change note from [`clock_note`].
pub fn shared_time(
    mentee_gave_times: bool,
    bad_zone: Option<&str>,
    mentor_gave_times: bool,
    minutes: u32,
    week: NaiveDate,
    note: Option<&str>,
) -> String {
    if !mentee_gave_times {
        return "You haven't given your free times, so shared time is not compared.".into();
    }
    if let Some(z) = bad_zone {
        return format!("Their time zone \"{z}\" is unknown, so shared time can't be worked out.");
    }
    if !mentor_gave_times {
        return "Hasn't listed any free times.".into();
    }
    let mut out = if minutes == 0 {
        format!("No free time in common with yours ({})", week_label(week))
    } else {
        format!(
            "{} a week when you are both free ({})",
            hours_text(minutes),
            week_label(week)
        )
    };
    if let Some(n) = note {
        out.push_str("; ");
        out.push_str(n);
    }
    out.push('.');
    out
}

/// "0 h from 15 Mar to 28 Mar while clocks differ" for the runs of horizon weeks (Mondays
/// with their shared minutes) whose hours differ from the typical week's; `None` when every
/// week has the typical hours.
pub fn clock_note(weeks: &[(NaiveDate, u32)], typical: u32) -> Option<String> {
    let mut runs: Vec<String> = Vec::new();
    let mut i = 0;
    while i < weeks.len() {
        if weeks[i].1 == typical {
            i += 1;
            continue;
        }
        let mut j = i;
        while j + 1 < weeks.len() && weeks[j + 1].1 == weeks[i].1 {
            j += 1;
        }
        let last_sunday = weeks[j].0 + chrono::Duration::days(6);
        runs.push(format!(
            "{} from {} to {}",
            hours_text(weeks[i].1),
            day_month(weeks[i].0),
            day_month(last_sunday)
        ));
        i = j + 1;
    }
    (!runs.is_empty()).then(|| format!("{} while clocks differ", runs.join(", ")))
}

/// The teaching-style sentence; `fit` is [`crate::core::mentors::scoring::style_fit`].
pub fn style(theirs: Style, yours: Style, fit: f64, unsaid: bool) -> String {
    if unsaid {
        return "You haven't said how you like to learn, so teaching style is not compared.".into();
    }
    let (t, y) = (style_phrase(theirs), style_phrase(yours));
    if fit >= 1.0 {
        format!("Teaches by {t}, the way you like to learn.")
    } else if fit >= 0.5 {
        format!("Teaches by {t}, close to the {y} you like.")
    } else {
        format!("Teaches by {t}; you prefer {y}.")
    }
}

/// The interests sentence (`shared` in the mentor's spelling).
pub fn interests(mentee_listed: bool, shared: &[&str]) -> String {
    if !mentee_listed {
        return "You haven't listed interests, so they are not compared.".into();
    }
    if shared.is_empty() {
        return "No interests in common with yours.".into();
    }
    format!("Also enjoys {}.", join_and(shared))
}

/// The form fact: whether the mentor offers the form the mentee asked for (or was assumed).
pub fn form_fact(form: MentoringForm, offered: &[MentoringForm], assumed: bool) -> String {
    let f = form_phrase(form);
    if offered.contains(&form) {
        if assumed {
            format!("Offers {f} (assumed: choose a form to refine).")
        } else {
            format!("Offers {f}, as you asked.")
        }
    } else if offered.is_empty() {
        "Hasn't said which forms of mentoring they offer.".into()
    } else {
        let theirs: Vec<&str> = offered.iter().map(|x| form_phrase(*x)).collect();
        let only = if offered.len() == 1 { " only" } else { "" };
        if assumed {
            format!("Offers {}{only}, not {f}.", join_and(&theirs))
        } else {
            format!(
                "Offers {}{only}, not the {f} you asked for.",
                join_and(&theirs)
            )
        }
    }
}

/// The format fact. `yours` empty: the mentee chose none.
pub fn format_fact(yours: &[Format], theirs: &[Format]) -> String {
    let words = |v: &[Format]| -> Vec<&str> { v.iter().map(|f| format_phrase(*f)).collect() };
    if theirs.is_empty() {
        return "Hasn't said how they meet.".into();
    }
    if yours.is_empty() {
        return format!("Meets {}.", join_or(&words(theirs)));
    }
    let shared: Vec<Format> = yours
        .iter()
        .filter(|f| theirs.contains(f))
        .copied()
        .collect();
    if shared.is_empty() {
        format!(
            "Meets only {}, not {} as you prefer.",
            join_or(&words(theirs)),
            join_or(&words(yours))
        )
    } else {
        format!("Meets {}, as you prefer.", join_or(&words(&shared)))
    }
}

/// The language fact. `shared` in the mentor's spelling.
pub fn language_fact(yours: &[String], theirs: &[String], shared: &[&str]) -> String {
    if !shared.is_empty() {
        return format!("Speaks {}, as you do.", join_and(shared));
    }
    if theirs.is_empty() {
        return "Hasn't said which languages they speak.".into();
    }
    format!(
        "Speaks {}, none of your languages ({}).",
        join_and(theirs),
        join_and(yours)
    )
}

/// The capacity fact.
pub fn capacity_fact(capacity: u8) -> String {
    match capacity {
        0 => "Full right now.".into(),
        1 => "Has 1 open place.".into(),
        n => format!("Has {n} open places."),
    }
}

/// The price fact against the mentee's budget (`None`: no limit).
pub fn price_fact(price: Option<u32>, budget: Option<u32>) -> String {
    match (price, budget) {
        (None, _) => "Free.".into(),
        (Some(p), None) => format!("{p} a month."),
        (Some(p), Some(max)) if p <= max => format!("{p} a month, within your budget of {max}."),
        (Some(p), Some(max)) => format!("{p} a month, over your budget of {max}."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn skills_sentences() {
        let one = s(&["public speaking"]);
        let two = s(&["public speaking", "storytelling"]);
        for (wanted, exact, related, want) in [
            (
                &one,
                vec![true],
                vec![None],
                "Works on public speaking, the focus skill of your goal.",
            ),
            (
                &two,
                vec![true, true],
                vec![None, None],
                "Works on public speaking and storytelling: every focus skill of your goal.",
            ),
            (
                &two,
                vec![true, false],
                vec![None, None],
                "Works on public speaking; not storytelling.",
            ),
            (
                &two,
                vec![true, false],
                vec![None, Some("copywriting".to_string())],
                "Works on public speaking; copywriting is close to storytelling.",
            ),
            (
                &one,
                vec![false],
                vec![Some("pitching".to_string())],
                "Doesn't list public speaking, but works on pitching, which is close.",
            ),
            (
                &two,
                vec![false, false],
                vec![None, None],
                "Doesn't list public speaking or storytelling or anything close.",
            ),
            (
                &two,
                vec![false, false],
                vec![None, Some("writing".to_string())],
                "Doesn't list public speaking or storytelling, but works on writing, which is close to storytelling.",
            ),
            (
                &two,
                vec![false, false],
                vec![Some("pitching".to_string()), Some("editing".to_string())],
                "Doesn't list public speaking or storytelling, but works on related skills: pitching (close to public speaking), editing (close to storytelling).",
            ),
        ] {
            assert_eq!(skills(wanted, &exact, &related), want);
        }
        assert_eq!(
            skills(&[], &[], &[]),
            "Your goal names no focus skills yet, so skills are not compared."
        );
    }

    #[test]
    fn facts_only_call_a_fit_a_fit() {
        use MentoringForm::*;
        assert_eq!(
            form_fact(OneToOne, &[Micro], false),
            "Offers micro-mentoring only, not the one-to-one mentoring you asked for."
        );
        assert_eq!(
            form_fact(OneToOne, &[Group, Peer], false),
            "Offers group mentoring and peer mentoring, not the one-to-one mentoring you asked for."
        );
        assert_eq!(
            form_fact(Peer, &[Peer, Micro], false),
            "Offers peer mentoring, as you asked."
        );
        assert_eq!(
            format_fact(&[Format::Video, Format::InPerson], &[Format::Phone]),
            "Meets only by phone, not by video call or in person as you prefer."
        );
        assert_eq!(format_fact(&[], &[Format::Chat]), "Meets by chat.");
        assert_eq!(
            language_fact(&s(&["English"]), &s(&["French", "German"]), &[]),
            "Speaks French and German, none of your languages (English)."
        );
        assert_eq!(price_fact(Some(60), None), "60 a month.");
        assert_eq!(capacity_fact(3), "Has 3 open places.");
        assert_eq!(
            experience(CareerStage::Senior, 12, 1, OneToOne, false, 1.0, false),
            "Senior, 12 years in, one stage ahead of you, which would suit one-to-one mentoring, but they don't offer it."
        );
        assert_eq!(
            experience(CareerStage::Mid, 6, 0, OneToOne, true, 0.25, false),
            "Mid-career, 6 years in, at your career stage: workable for one-to-one mentoring, though not the usual distance."
        );
    }

    #[test]
    fn time_sentences_name_the_week_and_the_clock_change() {
        let d = |m, day| NaiveDate::from_ymd_opt(2027, m, day).unwrap();
        let weeks = [
            (d(3, 15), 0),
            (d(3, 22), 0),
            (d(3, 29), 60),
            (d(4, 5), 60),
            (d(4, 12), 60),
        ];
        let note = clock_note(&weeks, 60).unwrap();
        assert_eq!(note, "0 h from 15 Mar to 28 Mar while clocks differ");
        assert_eq!(
            shared_time(true, None, true, 60, d(3, 29), Some(&note)),
            "1 h a week when you are both free (week of 29 Mar); 0 h from 15 Mar to 28 Mar while clocks differ."
        );
        assert_eq!(clock_note(&weeks[2..], 60), None);
        let split = [(d(3, 1), 90), (d(3, 8), 30), (d(3, 15), 90), (d(3, 22), 0)];
        assert_eq!(
            clock_note(&split, 90).unwrap(),
            "30 min from 8 Mar to 14 Mar, 0 h from 22 Mar to 28 Mar while clocks differ"
        );
        assert_eq!(hours_text(45), "45 min");
        assert_eq!(hours_text(150), "2.5 h");
    }
}
