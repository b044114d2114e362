//! The SMART coach: checks a [`GoalDraft`] letter by letter (Specific, Measurable, Achievable,
//! Relevant, Time-bound) and says, for each, what is missing and how to fix it, quoting the
//! user's own words where it can.
//!
//! Pure and deterministic: "today" is a parameter, there is no regex and no allocation-heavy
//! work, and only the first [`SCAN_LIMIT`] characters of the statement are read, so it runs in
//! linear time (well under a millisecond for a 1,000-character statement).
//!
//! ## Achievable: the workload heuristic
//! Every milestone, and every unit of a *small* target (at most [`SMALL_TARGET`] units, e.g.
//! 3 talks or 10 customers), is taken to need at least [`HOURS_PER_STEP`] hours. The larger of
//! the two counts × 3 h is compared with `weeks until the deadline × weekly hours`. This is a
//! deliberately low estimate: it only flags plans that cannot fit even if every step goes well.

use crate::core::form::{fmt_num, parse_decimal, parse_iso_date};
use crate::core::goals::datetext::{
    FoundDate, SCAN_LIMIT, Tok, TokKind, char_cap, count_word, find_dates, find_vague_time,
    tokenize,
};
use crate::core::goals::goal::{Category, GoalDraft};
use crate::core::time::calendar::last_day_of_month;
use chrono::{Datelike, Months, NaiveDate};
use serde::{Deserialize, Serialize};

mod words;
use words::{
    ABSOLUTIST, ACTIONS, COUNTS, DELIVERABLES, GET_CONCRETE, IRREGULAR, MEASURED_ACTIONS, SOFT,
    STOPWORDS, VAGUE,
};

/// Hours each milestone or unit of a small target is assumed to take at least.
pub const HOURS_PER_STEP: f64 = 3.0;
/// Targets up to this many units are counted as one step per unit.
pub const SMALL_TARGET: f64 = 12.0;
/// More hours per week than this is flagged as unrealistic.
pub const MAX_WEEKLY_HOURS: f64 = 60.0;
/// A deadline closer than this many days is flagged.
pub const MIN_DAYS: i64 = 7;

/// One letter of SMART.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Letter {
    Specific,
    Measurable,
    Achievable,
    Relevant,
    TimeBound,
}

impl Letter {
    /// S, M, A, R, T in order.
    pub const ALL: [Letter; 5] = [
        Letter::Specific,
        Letter::Measurable,
        Letter::Achievable,
        Letter::Relevant,
        Letter::TimeBound,
    ];

    /// "Specific", …, "Time-bound".
    pub fn name(self) -> &'static str {
        match self {
            Letter::Specific => "Specific",
            Letter::Measurable => "Measurable",
            Letter::Achievable => "Achievable",
            Letter::Relevant => "Relevant",
            Letter::TimeBound => "Time-bound",
        }
    }

    /// 'S', 'M', 'A', 'R' or 'T'.
    pub fn char(self) -> char {
        match self {
            Letter::Specific => 'S',
            Letter::Measurable => 'M',
            Letter::Achievable => 'A',
            Letter::Relevant => 'R',
            Letter::TimeBound => 'T',
        }
    }
}

/// How well one letter is met.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Verdict {
    Met,
    Partly,
    Missing,
}

impl Verdict {
    /// 'M' (met), 'P' (partly) or 'X' (missing), as used by [`Assessment::code`].
    pub fn code(self) -> char {
        match self {
            Verdict::Met => 'M',
            Verdict::Partly => 'P',
            Verdict::Missing => 'X',
        }
    }

    /// 1 for met, 0.5 for partly, 0 for missing.
    pub fn points(self) -> f32 {
        match self {
            Verdict::Met => 1.0,
            Verdict::Partly => 0.5,
            Verdict::Missing => 0.0,
        }
    }
}

/// The check of one letter.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LetterCheck {
    pub letter: Letter,
    pub verdict: Verdict,
    /// One sentence saying why.
    pub reason: String,
    /// A concrete next step, quoting the user's words where possible.
    pub suggestion: Option<String>,
}

/// All five checks at once.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assessment {
    /// Always five, in S, M, A, R, T order.
    pub checks: [LetterCheck; 5],
    /// The first date written in the statement, if any.
    pub found_deadline: Option<FoundDate>,
    /// True when the UI should offer `found_deadline` for the deadline field with one click:
    /// the field is empty or not a date, or it differs from an absolute date in the statement
    /// ("by March 2027"). Relative spans ("within 3 months") are not offered over a set
    /// deadline, because they drift a day every day.
    pub offer_deadline: bool,
}

impl Assessment {
    /// Met = 1, partly = 0.5; from 0 to 5.
    pub fn score(&self) -> f32 {
        self.checks.iter().map(|c| c.verdict.points()).sum()
    }

    /// The check for one letter.
    pub fn get(&self, letter: Letter) -> &LetterCheck {
        &self.checks[Letter::ALL.iter().position(|l| *l == letter).unwrap_or(0)]
    }

    /// Five characters, one per letter: M (met), P (partly), X (missing). E.g. "MPMMX".
    pub fn code(&self) -> String {
        self.checks.iter().map(|c| c.verdict.code()).collect()
    }

    /// Every letter met.
    pub fn all_met(&self) -> bool {
        self.checks.iter().all(|c| c.verdict == Verdict::Met)
    }
}

fn check(
    letter: Letter,
    verdict: Verdict,
    reason: impl Into<String>,
    suggestion: Option<String>,
) -> LetterCheck {
    LetterCheck {
        letter,
        verdict,
        reason: reason.into(),
        suggestion,
    }
}

/// Human date: "30 June 2027".
pub fn human_date(d: NaiveDate) -> String {
    crate::core::time::datefmt::human_date(d)
}

// ---------------------------------------------------------------------------------------------
// The statement, tokenised once
// ---------------------------------------------------------------------------------------------

struct Text<'a> {
    src: &'a str,
    toks: Vec<Tok>,
    /// Lower-cased words (empty for non-words).
    lower: Vec<String>,
    /// Token lies inside a found date or a vague time phrase.
    in_date: Vec<bool>,
    /// Vague phrase starting at each token: (length, question).
    vague: Vec<Option<(usize, &'static str)>>,
}

impl<'a> Text<'a> {
    fn new(
        statement: &'a str,
        dates: &[FoundDate],
        vague: Option<&std::ops::Range<usize>>,
    ) -> Self {
        let src = &statement[..char_cap(statement, SCAN_LIMIT)];
        let toks = tokenize(src);
        let lower = toks
            .iter()
            .map(|t| {
                if t.kind == TokKind::Word {
                    t.text(src).to_lowercase()
                } else {
                    String::new()
                }
            })
            .collect();
        // Dates come in order and do not overlap: one pass.
        let mut in_date = Vec::with_capacity(toks.len());
        let mut di = 0;
        for t in &toks {
            while di < dates.len() && dates[di].range.end <= t.start {
                di += 1;
            }
            let d = dates
                .get(di)
                .is_some_and(|d| d.range.start <= t.start && t.end <= d.range.end);
            let v = vague.is_some_and(|r| r.start <= t.start && t.end <= r.end);
            in_date.push(d || v);
        }
        let mut text = Text {
            src,
            toks,
            lower,
            in_date,
            vague: Vec::new(),
        };
        text.vague = (0..text.toks.len())
            .map(|i| {
                VAGUE
                    .iter()
                    .find(|(p, _)| text.phrase_at(i, p))
                    .map(|(p, q)| (p.len(), *q))
            })
            .collect();
        text
    }

    fn word(&self, i: usize) -> &str {
        self.lower.get(i).map(String::as_str).unwrap_or("")
    }

    fn is_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == TokKind::Word)
    }

    /// Phrase of lower-case words starting at `i`.
    fn phrase_at(&self, i: usize, p: &[&str]) -> bool {
        i + p.len() <= self.toks.len() && p.iter().enumerate().all(|(k, w)| self.word(i + k) == *w)
    }

    /// Original text of tokens `i..j`.
    fn quote(&self, i: usize, j: usize) -> &'a str {
        let j = j.min(self.toks.len());
        if i >= j {
            return "";
        }
        &self.src[self.toks[i].start..self.toks[j - 1].end]
    }

    /// Number of words and numbers.
    fn word_count(&self) -> usize {
        self.toks
            .iter()
            .filter(|t| t.kind != TokKind::Punct)
            .count()
    }

    fn is_stop(&self, i: usize) -> bool {
        STOPWORDS.contains(&self.word(i))
    }

    /// The vague phrase starting at `i`: (length in tokens, question).
    fn vague_at(&self, i: usize) -> Option<(usize, &'static str)> {
        self.vague.get(i).copied().flatten()
    }

    /// A content token: a number, or a word that is not a stop word, a vague word or part of a
    /// date.
    fn is_content(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        if self.in_date[i] {
            return false;
        }
        match t.kind {
            TokKind::Num => true,
            TokKind::Word => {
                let w = self.word(i);
                count_word(w).is_some() || (!self.is_stop(i) && self.vague_at(i).is_none())
            }
            TokKind::Punct => false,
        }
    }
}

fn inflects(word: &str, base: &str) -> bool {
    if word == base {
        return true;
    }
    let Some(rest) = word.strip_prefix(base) else {
        // "write" → "writing", "organise" → "organising"
        if let Some(stem) = base.strip_suffix('e') {
            return word
                .strip_prefix(stem)
                .is_some_and(|r| r == "ing" || r == "ed");
        }
        // "apply" → "applied", "applies"
        if let Some(stem) = base.strip_suffix('y') {
            return word
                .strip_prefix(stem)
                .is_some_and(|r| r == "ied" || r == "ies");
        }
        return false;
    };
    matches!(rest, "s" | "es" | "ed" | "d" | "ing")
        || (rest.len() == 3 || rest.len() == 4)
            && base.chars().last().is_some_and(|c| rest.starts_with(c))
            && matches!(&rest[1..], "ed" | "ing")
}

fn is_action_word(w: &str, list: &[&str]) -> bool {
    list.iter().any(|b| inflects(w, b))
}

// ---------------------------------------------------------------------------------------------
// Assessment
// ---------------------------------------------------------------------------------------------

/// Checks a draft against every SMART letter at once.
pub fn assess(draft: &GoalDraft, today: NaiveDate) -> Assessment {
    let statement = draft.statement.as_str();
    let dates = find_dates(statement, today);
    let vague_time = find_vague_time(statement);
    let text = Text::new(statement, &dates, vague_time.as_ref().map(|v| &v.1));
    let found = dates.first().cloned();
    let field_date = parse_iso_date(&draft.deadline);

    let specific = check_specific(&text);
    let measurable = check_measurable(&text, draft);
    let deadline = field_date.or(found.as_ref().map(|f| f.date));
    let achievable = check_achievable(&text, draft, today, deadline);
    let relevant = check_relevant(&text, draft);
    let (time_bound, offer) = check_time_bound(
        draft,
        field_date,
        found.as_ref(),
        vague_time.as_ref().map(|v| v.0.as_str()),
        today,
    );

    Assessment {
        checks: [specific, measurable, achievable, relevant, time_bound],
        found_deadline: found,
        offer_deadline: offer,
    }
}

fn check_specific(t: &Text) -> LetterCheck {
    let l = Letter::Specific;
    if t.src.trim().is_empty() {
        return check(
            l,
            Verdict::Missing,
            "There is no goal statement yet.",
            Some("Write one sentence: what you will do, and what you'll have at the end.".into()),
        );
    }
    let n = t.toks.len();
    let has_number = (0..n).any(|i| t.toks[i].kind == TokKind::Num && !t.in_date[i]);
    // A concrete action with an object within the next few tokens.
    let mut action: Option<(usize, usize)> = None;
    let mut i = 0;
    while i < n && action.is_none() {
        if t.is_word(i) && !t.in_date[i] {
            let w = t.word(i);
            if (w == "get" || w == "got" || w == "getting") && GET_CONCRETE.contains(&t.word(i + 1))
            {
                action = Some((i, i + 2));
                break;
            }
            let concrete = is_action_word(w, ACTIONS)
                || IRREGULAR.contains(&w)
                || (has_number && is_action_word(w, MEASURED_ACTIONS))
                || (w == "become" || w == "becoming") && matches!(t.word(i + 1), "a" | "an");
            // "become a better speaker": a vague word before the object spoils it.
            if concrete
                && let Some(obj) = (i + 1..(i + 6).min(n)).find(|&k| t.is_content(k))
                && !(i + 1..obj).any(|k| t.vague_at(k).is_some())
            {
                action = Some((i, obj + 1));
            }
        }
        i += 1;
    }
    let words = t.word_count();
    if let Some((a, b)) = action {
        let q = t.quote(a, b);
        if words >= 4 {
            return check(
                l,
                Verdict::Met,
                format!("It names a concrete action: '{q}'."),
                None,
            );
        }
        return check(
            l,
            Verdict::Partly,
            format!("'{q}' is a concrete start, but very short."),
            Some("Add what exactly, and where or for whom, in one sentence of 6–12 words.".into()),
        );
    }
    let vague = (0..n).find_map(|i| {
        if t.in_date[i] {
            return None;
        }
        t.vague_at(i).map(|(len, q)| (t.quote(i, i + len), q))
    });
    let has_content = (0..n).any(|i| t.is_content(i));
    let soft = (0..n).find(|&i| SOFT.contains(&t.word(i)) && !t.in_date[i]);
    match vague {
        Some((w, q)) => {
            let verdict = if has_content && words >= 4 {
                Verdict::Partly
            } else {
                Verdict::Missing
            };
            check(
                l,
                verdict,
                format!("'{w}' is vague and there is no concrete action to check."),
                Some(format!("'{w}' is hard to check — {q}")),
            )
        }
        None if !has_content => check(
            l,
            Verdict::Missing,
            "It doesn't say what you want to do.",
            Some("Write what you will do and what you'll have at the end, e.g. 'Give 3 talks at meetups'.".into()),
        ),
        None => {
            let suggestion = match soft {
                Some(i) => format!(
                    "'{}' is a start — what will you build, pass or show to prove it?",
                    t.quote(i, i + 1)
                ),
                None => "Start with an action you can finish, such as give, pass, ship, publish or apply.".into(),
            };
            let reason = if words < 4 {
                "It's very short and has no action you can finish."
            } else {
                "It names a topic but no action you can finish."
            };
            check(l, Verdict::Partly, reason, Some(suggestion))
        }
    }
}

fn check_measurable(t: &Text, draft: &GoalDraft) -> LetterCheck {
    let l = Letter::Measurable;
    let n = t.toks.len();
    let mut evidence: Option<String> = None;
    for i in 0..n {
        if t.in_date[i] {
            continue;
        }
        let tok = &t.toks[i];
        let w = t.word(i);
        let hit = match tok.kind {
            TokKind::Num => true,
            TokKind::Word => {
                count_word(w).is_some()
                    || COUNTS.contains(&w)
                    || DELIVERABLES.contains(&w)
                    || w == "percent"
            }
            TokKind::Punct => false,
        };
        if hit {
            // Quote the number with the word after it ("3 talks", "80%").
            let mut j = i + 1;
            if tok.kind == TokKind::Num || count_word(w).is_some() {
                while j < n
                    && j < i + 3
                    && (t.toks[j].kind == TokKind::Num
                        || t.toks[j].kind == TokKind::Punct && t.toks[j - 1].end == t.toks[j].start)
                {
                    j += 1;
                }
                if j < n && t.is_word(j) && !t.in_date[j] {
                    j += 1;
                }
            }
            // Include a currency sign right before the number.
            let start = if i > 0
                && t.toks[i - 1].kind == TokKind::Punct
                && t.toks[i - 1].end == tok.start
            {
                i - 1
            } else {
                i
            };
            evidence = Some(t.quote(start, j).to_string());
            break;
        }
    }
    let metric = draft.metric.trim();
    let target = parse_decimal(&draft.target);
    let target_typed = !draft.target.trim().is_empty();
    if let Some(e) = evidence {
        return check(
            l,
            Verdict::Met,
            format!("It has something to count or check off: '{e}'."),
            None,
        );
    }
    match (metric.is_empty(), target) {
        (false, Some(tv)) => {
            let base = parse_decimal(&draft.baseline).unwrap_or(0.0);
            return check(
                l,
                Verdict::Met,
                format!(
                    "The success measure says how you'll count it: {metric} {} → {}.",
                    fmt_num(base),
                    fmt_num(tv)
                ),
                None,
            );
        }
        (false, None) => {
            return check(
                l,
                Verdict::Partly,
                format!("The success measure '{metric}' has no target number."),
                Some(format!(
                    "Add the target: how many {metric} by the deadline?"
                )),
            );
        }
        (true, Some(tv)) => {
            return check(
                l,
                Verdict::Partly,
                format!("The target {} doesn't say what it counts.", fmt_num(tv)),
                Some(format!(
                    "Name what the {} counts, e.g. 'talks given'.",
                    fmt_num(tv)
                )),
            );
        }
        (true, None) if target_typed => {
            return check(
                l,
                Verdict::Partly,
                format!("The target '{}' isn't a number.", draft.target.trim()),
                Some("Write the target as a number, e.g. 3, and name what it counts.".into()),
            );
        }
        (true, None) => {}
    }
    let vague = (0..n).find_map(|i| {
        if t.in_date[i] {
            return None;
        }
        t.vague_at(i).map(|(len, _)| t.quote(i, i + len))
    });
    let suggestion = match vague {
        Some(w) => format!(
            "How will you know '{w}' happened? Add a number or a finish line — e.g. '3 talks' or '80% on the exam' — or fill in the success measure."
        ),
        None => "Add a number or a finish line, e.g. '3 talks', 'pass the AWS exam' or '10 paying customers', or fill in the success measure.".into(),
    };
    check(
        l,
        Verdict::Missing,
        "Nothing in it can be counted or checked off.",
        Some(suggestion),
    )
}

fn check_achievable(
    t: &Text,
    draft: &GoalDraft,
    today: NaiveDate,
    deadline: Option<NaiveDate>,
) -> LetterCheck {
    let l = Letter::Achievable;
    // (severe, reason, suggestion)
    let mut issues: Vec<(bool, String, Option<String>)> = Vec::new();
    let hours_text = draft.weekly_hours.trim();
    let hours = if hours_text.is_empty() {
        issues.push((
            true,
            "no time is set aside each week".into(),
            Some("Set how many hours a week you'll give it — even 2 hours counts.".into()),
        ));
        None
    } else {
        match parse_decimal(hours_text) {
            Some(h) if h > 0.0 && h <= MAX_WEEKLY_HOURS => Some(h),
            Some(h) if h > MAX_WEEKLY_HOURS => {
                issues.push((
                    false,
                    format!("{} hours a week on top of everything else is not realistic", fmt_num(h)),
                    Some("Plan for what a normal week allows — most people manage 2–10 hours a week.".into()),
                ));
                Some(h)
            }
            Some(0.0) => {
                issues.push((
                    true,
                    "no time is set aside each week (0 hours)".into(),
                    Some("Set how many hours a week you'll give it — even 2 hours counts.".into()),
                ));
                None
            }
            _ => {
                issues.push((
                    true,
                    format!("'{hours_text}' isn't a number of hours per week"),
                    Some("Write the hours per week as a number, e.g. 3.".into()),
                ));
                None
            }
        }
    };
    let mut capacity_note = None;
    match deadline {
        None => issues.push((
            false,
            "without a deadline there's no way to check it fits your time".into(),
            Some("Set a deadline so the plan can be checked against your hours.".into()),
        )),
        Some(d) if d < today => issues.push((
            true,
            format!("the deadline {} has already passed", human_date(d)),
            Some(format!("Pick a date after {}.", human_date(today))),
        )),
        Some(d) => {
            let days = (d - today).num_days();
            if days < MIN_DAYS {
                issues.push((
                    false,
                    format!("the deadline is only {days} day{} away", if days == 1 { "" } else { "s" }),
                    Some("Give it at least a week, or make this goal the first step you can finish by then.".into()),
                ));
            }
            if let Some(h) = hours {
                let weeks = days as f64 / 7.0;
                let capacity = weeks * h;
                let milestones = draft
                    .milestones
                    .iter()
                    .filter(|m| !m.title.trim().is_empty())
                    .count() as f64;
                let units = match (parse_decimal(&draft.target), draft.metric.trim().is_empty()) {
                    (Some(tg), false) => {
                        let span = (tg - parse_decimal(&draft.baseline).unwrap_or(0.0)).abs();
                        if span <= SMALL_TARGET {
                            span.ceil()
                        } else {
                            0.0
                        }
                    }
                    _ => 0.0,
                };
                let steps = milestones.max(units);
                let needed = steps * HOURS_PER_STEP;
                if needed > capacity && days >= MIN_DAYS {
                    let weeks_needed = (needed / h).ceil() as u64;
                    let fits = today
                        .checked_add_days(chrono::Days::new(weeks_needed * 7))
                        .unwrap_or(today);
                    issues.push((
                        false,
                        format!(
                            "about {} hours of work ({} steps × {} h) won't fit in the ~{} hours before the deadline",
                            fmt_num(needed),
                            fmt_num(steps),
                            fmt_num(HOURS_PER_STEP),
                            fmt_num(capacity.floor())
                        ),
                        Some(format!(
                            "Add hours per week, move the deadline to around {}, or cut the scope.",
                            human_date(fits)
                        )),
                    ));
                } else {
                    capacity_note = Some(format!(
                        "{} hours a week until {} (about {} hours) looks workable.",
                        fmt_num(h),
                        human_date(d),
                        fmt_num(capacity.floor())
                    ));
                }
            }
        }
    }
    // Absolutist words.
    let n = t.toks.len();
    if let Some((q, alt)) = (0..n).find_map(|i| {
        ABSOLUTIST
            .iter()
            .find(|(p, _)| t.phrase_at(i, p))
            .map(|(p, alt)| (t.quote(i, i + p.len()), *alt))
    }) {
        issues.push((
            false,
            format!("'{q}' leaves no room for a bad week"),
            Some(format!("Swap '{q}' for {alt}.")),
        ));
    }
    if issues.is_empty() {
        return check(
            l,
            Verdict::Met,
            capacity_note.unwrap_or_else(|| "It fits the time you have.".into()),
            None,
        );
    }
    let verdict = if issues.iter().any(|i| i.0) {
        Verdict::Missing
    } else {
        Verdict::Partly
    };
    // Severe problems first, then the rest, all in one sentence.
    crate::core::sorting::sort_by_key(&mut issues, |i| !i.0);
    let reason = issues
        .iter()
        .map(|i| i.1.as_str())
        .collect::<Vec<_>>()
        .join("; ");
    let reason = capitalise(&reason) + ".";
    let suggestion = issues
        .iter()
        .filter_map(|i| i.2.as_deref())
        .collect::<Vec<_>>()
        .join(" ");
    check(l, verdict, reason, Some(suggestion))
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

/// Rough stem for matching words between the aspiration and the statement.
fn stem(w: &str) -> &str {
    match w.char_indices().nth(5) {
        Some((i, _)) => &w[..i],
        None => w,
    }
}

fn check_relevant(t: &Text, draft: &GoalDraft) -> LetterCheck {
    let l = Letter::Relevant;
    let aspiration = draft.aspiration.trim();
    let has_asp = !aspiration.is_empty();
    let category = Category::from_key(draft.category.trim());
    let has_skills = draft.focus_skills.iter().any(|s| !s.trim().is_empty());
    // A content word shared by the aspiration and the statement.
    let shared = if has_asp {
        let asp_src = &aspiration[..char_cap(aspiration, SCAN_LIMIT)];
        let asp = Text::new(asp_src, &[], None);
        let asp_stems: Vec<&str> = (0..asp.toks.len())
            .filter(|&i| asp.is_word(i) && asp.word(i).chars().count() >= 4 && asp.is_content(i))
            .map(|i| stem(asp.word(i)))
            .collect();
        (0..t.toks.len())
            .find(|&i| {
                t.is_word(i)
                    && t.word(i).chars().count() >= 4
                    && t.is_content(i)
                    && asp_stems.contains(&stem(t.word(i)))
            })
            .map(|i| t.quote(i, i + 1).to_string())
    } else {
        None
    };
    let mut missing = Vec::new();
    if !has_asp {
        missing.push("your why (aspiration)");
    }
    if category.is_none() {
        missing.push("a category");
    }
    if !has_skills {
        missing.push("focus skills");
    }
    if missing.is_empty() {
        let cat = category.map(|c| c.label()).unwrap_or_default();
        return match shared {
            Some(w) => check(
                l,
                Verdict::Met,
                format!(
                    "Your why and your goal both mention '{w}', and it is filed under {cat} with focus skills."
                ),
                None,
            ),
            None => check(
                l,
                Verdict::Met,
                format!("It has a why, is filed under {cat} and names focus skills."),
                Some(format!(
                    "Say in the goal how it moves you toward '{}'.",
                    short(aspiration, 60)
                )),
            ),
        };
    }
    let verdict = if missing.len() == 3 {
        Verdict::Missing
    } else {
        Verdict::Partly
    };
    let list = match missing.len() {
        1 => missing[0].to_string(),
        2 => format!("{} and {}", missing[0], missing[1]),
        _ => format!("{}, {} and {}", missing[0], missing[1], missing[2]),
    };
    let suggestion = if !has_asp {
        "Write one line on why this matters to you — what it leads to.".to_string()
    } else if category.is_none() {
        match guess_category(t.src) {
            Some(c) => format!("Pick the kind of goal — '{}' looks likely.", c.label()),
            None => "Pick the kind of goal, e.g. Skill building or Career development.".into(),
        }
    } else {
        "Add 1–3 skills this goal builds, e.g. public speaking or stakeholder management.".into()
    };
    check(
        l,
        verdict,
        format!("Still missing: {list}."),
        Some(suggestion),
    )
}

fn short(s: &str, max: usize) -> String {
    let cut = char_cap(s, max);
    if cut < s.len() {
        format!("{}…", s[..cut].trim_end())
    } else {
        s.to_string()
    }
}

/// A likely category for a statement, from keywords; `None` when nothing fits.
pub fn guess_category(statement: &str) -> Option<Category> {
    const KEYS: &[(&[&str], Category)] = &[
        (
            &[
                "switch",
                "transition",
                "career change",
                "new career",
                "move into",
            ],
            Category::CareerSwitch,
        ),
        (
            &["promot", "raise", "senior", "next level", "salary"],
            Category::CareerDevelopment,
        ),
        (
            &[
                "startup", "business", "customer", "mvp", "revenue", "founder", "freelanc",
            ],
            Category::StartingBusiness,
        ),
        (
            &[
                "lead",
                "team",
                "manager",
                "manage",
                "direct report",
                "one-on-one",
            ],
            Category::Leadership,
        ),
        (
            &["network", "coffee", "connection", "linkedin", "conference"],
            Category::Networking,
        ),
        (
            &[
                "confiden",
                "stress",
                "balance",
                "burnout",
                "wellbeing",
                "anxiety",
                "journal",
            ],
            Category::ConfidenceWellbeing,
        ),
        (
            &[
                "learn", "course", "python", "rust", "talk", "speak", "certif", "exam", "skill",
                "language",
            ],
            Category::SkillBuilding,
        ),
    ];
    let s = &statement[..char_cap(statement, SCAN_LIMIT)];
    let lower = s.to_lowercase();
    KEYS.iter()
        .find(|(keys, _)| keys.iter().any(|k| lower.contains(k)))
        .map(|(_, c)| *c)
}

fn check_time_bound(
    draft: &GoalDraft,
    field: Option<NaiveDate>,
    found: Option<&FoundDate>,
    vague: Option<&str>,
    today: NaiveDate,
) -> (LetterCheck, bool) {
    let l = Letter::TimeBound;
    let field_text = draft.deadline.trim();
    if let Some(d) = field {
        if let Some(f) = found
            && !f.relative
            && f.date != d
        {
            return (
                check(
                    l,
                    Verdict::Met,
                    format!("Deadline set: {}.", human_date(d)),
                    Some(format!(
                        "Your goal says '{}' ({}) but the deadline is {} — which one?",
                        f.matched,
                        human_date(f.date),
                        human_date(d)
                    )),
                ),
                true,
            );
        }
        return (
            check(
                l,
                Verdict::Met,
                format!("Deadline set: {}.", human_date(d)),
                None,
            ),
            false,
        );
    }
    if let Some(f) = found {
        let reason = if field_text.is_empty() {
            format!("The goal says '{}' ({}).", f.matched, human_date(f.date))
        } else {
            format!(
                "The goal says '{}' ({}), though the deadline field '{}' isn't a date.",
                f.matched,
                human_date(f.date),
                field_text
            )
        };
        return (
            check(
                l,
                Verdict::Met,
                reason,
                Some(format!("Use {} as the deadline?", human_date(f.date))),
            ),
            true,
        );
    }
    let example = today
        .checked_add_months(Months::new(3))
        .and_then(|d| last_day_of_month(d.year(), d.month()))
        .map(human_date)
        .unwrap_or_else(|| "30 June".into());
    if let Some(w) = vague {
        return (
            check(
                l,
                Verdict::Missing,
                format!("'{w}' isn't a date."),
                Some(format!("Swap '{w}' for a date, e.g. 'by {example}'.")),
            ),
            false,
        );
    }
    if !field_text.is_empty() {
        return (
            check(
                l,
                Verdict::Missing,
                format!("The deadline '{field_text}' isn't a date."),
                Some(format!(
                    "Pick a date in the deadline field, e.g. {example}."
                )),
            ),
            false,
        );
    }
    (
        check(
            l,
            Verdict::Missing,
            "There's no deadline yet.",
            Some(format!(
                "Add a date, e.g. 'by {example}', or set the deadline field."
            )),
        ),
        false,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
    }

    #[test]
    fn inflections() {
        assert!(inflects("giving", "give"));
        assert!(inflects("shipped", "ship"));
        assert!(inflects("running", "run"));
        assert!(inflects("applied", "apply"));
        assert!(inflects("publishes", "publish"));
        assert!(!inflects("lead", "le"));
        assert!(!inflects("landscape", "land"));
    }

    #[test]
    fn letters_and_score() {
        assert_eq!(Letter::TimeBound.name(), "Time-bound");
        assert_eq!(Letter::ALL.map(Letter::char), ['S', 'M', 'A', 'R', 'T']);
        let a = assess(&GoalDraft::default(), today());
        assert_eq!(a.code(), "XXXXX");
        assert_eq!(a.score(), 0.0);
        assert_eq!(a.get(Letter::Relevant).letter, Letter::Relevant);
    }

    #[test]
    fn suggestions_quote_the_user() {
        let d = GoalDraft {
            statement: "Get better at Python".into(),
            ..GoalDraft::default()
        };
        let a = assess(&d, today());
        let s = a.get(Letter::Specific);
        // The topic (Python) is concrete, the outcome is not.
        assert_eq!(s.verdict, Verdict::Partly);
        assert_eq!(
            s.suggestion.as_deref(),
            Some("'Get better at' is hard to check — what would you see when you're better at it?")
        );
        let d = GoalDraft {
            statement: "I want to be better at my job someday".into(),
            ..GoalDraft::default()
        };
        let a = assess(&d, today());
        assert_eq!(
            a.get(Letter::Specific).suggestion.as_deref(),
            Some("'better' is hard to check — what would you see when you're better?")
        );
        assert_eq!(a.get(Letter::TimeBound).reason, "'someday' isn't a date.");
        assert_eq!(
            a.get(Letter::TimeBound).suggestion.as_deref(),
            Some("Swap 'someday' for a date, e.g. 'by 28 February 2027'.")
        );
    }

    #[test]
    fn achievable_heuristic() {
        let d = GoalDraft {
            statement: "Give 12 talks at meetups".into(),
            metric: "talks given".into(),
            target: "12".into(),
            deadline: "2026-12-20".into(),
            weekly_hours: "2".into(),
            ..GoalDraft::default()
        };
        let a = assess(&d, today());
        let c = a.get(Letter::Achievable);
        assert_eq!(c.verdict, Verdict::Partly);
        assert_eq!(
            c.reason,
            "About 36 hours of work (12 steps × 3 h) won't fit in the ~8 hours before the deadline."
        );
        assert_eq!(
            c.suggestion.as_deref(),
            Some(
                "Add hours per week, move the deadline to around 28 March 2027, or cut the scope."
            )
        );
    }

    #[test]
    fn guesses() {
        assert_eq!(
            guess_category("Give 3 talks"),
            Some(Category::SkillBuilding)
        );
        assert_eq!(
            guess_category("Get promoted"),
            Some(Category::CareerDevelopment)
        );
        assert_eq!(guess_category("🌱"), None);
    }
}
