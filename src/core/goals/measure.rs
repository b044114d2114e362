//! The success measure suggested from the goal statement: the target number and its unit
//! ("Give 3 talks" → talks given: target 3, unit talks), and the baseline when the statement
//! states one ("from 300 to 1,000 followers", "currently 5"). The wizard prefills the measure
//! step with it when the user has not filled the measure in yet.
//!
//! Pure: dates in the statement are skipped ("by June 30, 2027" is not a target of 30).

use chrono::NaiveDate;

use crate::core::form::{fmt_num, parse_decimal};
use crate::core::goals::datetext::{SCAN_LIMIT, Tok, TokKind, char_cap, find_dates, tokenize};
use crate::core::goals::goal::GoalDraft;

/// Suggested success-measure fields; `None` where the statement says nothing about a field.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MeasureSuggestion {
    /// What is counted, e.g. "talks given".
    pub metric: Option<String>,
    /// The unit, e.g. "talks", "%", "$".
    pub unit: Option<String>,
    /// Where the user is now, only when the statement says so.
    pub baseline: Option<String>,
    /// The number to reach.
    pub target: Option<String>,
}

impl MeasureSuggestion {
    /// True when nothing was found.
    pub fn is_empty(&self) -> bool {
        self.metric.is_none()
            && self.unit.is_none()
            && self.baseline.is_none()
            && self.target.is_none()
    }
}

/// Small words that end a unit phrase ("3 talks at meetups" → "talks").
const ENDS_PHRASE: &[&str] = &[
    "a",
    "an",
    "the",
    "at",
    "in",
    "on",
    "for",
    "to",
    "from",
    "by",
    "with",
    "and",
    "or",
    "of",
    "per",
    "each",
    "every",
    "within",
    "before",
    "until",
    "over",
    "into",
    "about",
    "this",
    "that",
    "my",
    "our",
    "is",
    "are",
    "so",
    "then",
    "but",
    "including",
];

/// Words before a number that are not its verb.
const NOT_VERBS: &[&str] = &[
    "to",
    "from",
    "by",
    "of",
    "at",
    "in",
    "on",
    "for",
    "with",
    "least",
    "most",
    "than",
    "about",
    "around",
    "over",
    "under",
    "my",
    "our",
    "the",
    "all",
    "and",
    "or",
    "currently",
    "now",
    "first",
    "up",
    "each",
    "every",
    "only",
    "is",
    "are",
    "am",
    "was",
    "be",
];

/// Past participles that are not the base + "ed".
const IRREGULAR_PARTICIPLES: &[(&str, &str)] = &[
    ("give", "given"),
    ("write", "written"),
    ("run", "run"),
    ("read", "read"),
    ("hold", "held"),
    ("lead", "led"),
    ("win", "won"),
    ("sell", "sold"),
    ("meet", "met"),
    ("build", "built"),
    ("teach", "taught"),
    ("speak", "spoken"),
    ("send", "sent"),
    ("lose", "lost"),
    ("pay", "paid"),
    ("make", "made"),
    ("take", "taken"),
    ("do", "done"),
    ("ship", "shipped"),
    ("plan", "planned"),
    ("submit", "submitted"),
    ("swim", "swum"),
    ("cut", "cut"),
    ("hire", "hired"),
    ("close", "closed"),
    ("save", "saved"),
];

/// Verbs whose participle would read oddly after the unit ("coffee chats had"): the metric is
/// the unit phrase alone.
const PLAIN: &[&str] = &[
    "have", "get", "reach", "hit", "achieve", "be", "go", "spend", "keep",
];

fn participle(verb: &str) -> Option<String> {
    if PLAIN.contains(&verb) || !verb.bytes().all(|b| b.is_ascii_lowercase()) || verb.len() < 2 {
        return None;
    }
    if let Some((_, p)) = IRREGULAR_PARTICIPLES.iter().find(|(v, _)| *v == verb) {
        return Some((*p).to_string());
    }
    if verb.ends_with("ed") {
        return Some(verb.to_string());
    }
    if verb.ends_with('e') {
        return Some(format!("{verb}d"));
    }
    if let Some(stem) = verb.strip_suffix('y')
        && !stem.ends_with(['a', 'e', 'o', 'u'])
    {
        return Some(format!("{stem}ied"));
    }
    Some(format!("{verb}ed"))
}

struct Scan<'a> {
    src: &'a str,
    toks: Vec<Tok>,
    in_date: Vec<bool>,
}

impl Scan<'_> {
    fn word(&self, i: usize) -> String {
        match self.toks.get(i) {
            Some(t) if t.kind == TokKind::Word => t.text(self.src).to_lowercase(),
            _ => String::new(),
        }
    }
    fn adjacent(&self, i: usize) -> bool {
        matches!((self.toks.get(i), self.toks.get(i + 1)), (Some(a), Some(b)) if a.end == b.start)
    }
    /// A number starting at `i` ("1,000", "7.5"), not in a date and not glued to a letter
    /// ("Q3"). Returns (text as a plain decimal, next index).
    fn number(&self, i: usize) -> Option<(String, usize)> {
        let t = self.toks.get(i)?;
        if t.kind != TokKind::Num || self.in_date[i] {
            return None;
        }
        if i > 0
            && self.toks[i - 1].kind == TokKind::Word
            && self.toks[i - 1].end == t.start
            && self.toks[i - 1].text(self.src).is_ascii()
        {
            return None;
        }
        let mut text = t.text(self.src).to_string();
        let mut j = i + 1;
        // Thousands groups and one decimal part, all touching.
        while self.adjacent(j - 1)
            && self.toks.get(j).is_some_and(|p| p.kind == TokKind::Punct)
            && self.adjacent(j)
            && self.toks.get(j + 1).is_some_and(|n| n.kind == TokKind::Num)
        {
            let sep = self.toks[j].text(self.src);
            let digits = self.toks[j + 1].text(self.src);
            match sep {
                "," if digits.len() == 3 => text.push_str(digits),
                "." if !text.contains('.') => {
                    text.push('.');
                    text.push_str(digits);
                }
                _ => break,
            }
            j += 2;
        }
        let v = parse_decimal(&text)?;
        Some((fmt_num(v), j))
    }
    /// The unit phrase after index `j`: up to three words, ended by a small word, a date or
    /// punctuation. Returns the words.
    fn phrase(&self, j: usize) -> Vec<String> {
        let mut out = Vec::new();
        let mut k = j;
        while out.len() < 3
            && k < self.toks.len()
            && self.toks[k].kind == TokKind::Word
            && !self.in_date[k]
        {
            let w = self.word(k);
            if ENDS_PHRASE.contains(&w.as_str()) {
                break;
            }
            out.push(self.toks[k].text(self.src).to_string());
            k += 1;
        }
        out
    }
}

/// The success measure the statement suggests (see the module docs).
pub fn suggest_measure(statement: &str, today: NaiveDate) -> MeasureSuggestion {
    let src = &statement[..char_cap(statement, SCAN_LIMIT)];
    let dates = find_dates(src, today);
    let toks = tokenize(src);
    let in_date = toks
        .iter()
        .map(|t| {
            dates
                .iter()
                .any(|d| d.range.start <= t.start && t.end <= d.range.end)
        })
        .collect();
    let s = Scan { src, toks, in_date };
    let n = s.toks.len();
    let mut out = MeasureSuggestion::default();
    // The first number that is not a date.
    let Some((i, (value, after))) = (0..n).find_map(|i| s.number(i).map(|v| (i, v))) else {
        return out;
    };
    let mut target = (i, value, after);
    // "from 300 to 1,000": the first number is the baseline.
    if s.word(i.wrapping_sub(1)) == "from"
        && s.word(after) == "to"
        && let Some((v2, after2)) = s.number(after + 1)
    {
        out.baseline = Some(target.1.clone());
        target = (after + 1, v2, after2);
    }
    let (ti, tv, tafter) = target;
    // "currently 5", "now 5", "up from 5" anywhere after the target.
    if out.baseline.is_none() {
        out.baseline = (tafter..n).find_map(|k| {
            let w = s.word(k);
            let lead = w == "currently"
                || w == "now"
                || (w == "from" && s.word(k.wrapping_sub(1)) == "up");
            if lead {
                s.number(k + 1).map(|(v, _)| v)
            } else {
                None
            }
        });
    }
    out.target = Some(tv);
    // The unit: a currency sign before, a percent sign after, or the words after.
    let currency = ti > 0
        && s.toks[ti - 1].kind == TokKind::Punct
        && s.toks[ti - 1].end == s.toks[ti].start
        && matches!(s.toks[ti - 1].text(src), "$" | "€" | "£");
    let percent = s
        .toks
        .get(tafter)
        .is_some_and(|t| t.kind == TokKind::Punct && t.text(src) == "%")
        || s.word(tafter) == "percent";
    let phrase = s.phrase(tafter);
    // The verb just before the number (or before "from"), if it is one.
    let from_to = ti != i;
    let verb_at = i.checked_sub(if currency { 2 } else { 1 }).filter(|&k| {
        !from_to
            && s.toks[k].kind == TokKind::Word
            && !NOT_VERBS.contains(&s.word(k).as_str())
            && !s.word(k).ends_with("ing")
    });
    let verb = verb_at.map(|k| s.word(k));
    // What the count is of: the words between the verb and "to/by" ("client base", "sales").
    let object: Vec<String> = {
        let to = (0..ti)
            .rev()
            .find(|&k| matches!(s.word(k).as_str(), "to" | "by" | "from"));
        match to {
            Some(k) if k + 1 == ti || (out.baseline.is_some() && k + 1 == i) => (1..k)
                .filter(|&m| {
                    s.toks[m].kind == TokKind::Word
                        && !s.in_date[m]
                        && !ENDS_PHRASE.contains(&s.word(m).as_str())
                })
                .map(|m| s.toks[m].text(src).to_string())
                .collect(),
            _ => Vec::new(),
        }
    };
    if currency {
        out.unit = Some(s.toks[ti - 1].text(src).to_string());
        out.metric = Some(match verb.as_deref().and_then(participle) {
            Some(p) => format!("amount {p}"),
            None if !object.is_empty() => object.join(" "),
            None => "amount".into(),
        });
    } else if percent {
        out.unit = Some("%".into());
        out.metric = Some(if object.is_empty() {
            "percent".into()
        } else {
            object.join(" ")
        });
    } else if !phrase.is_empty() {
        out.unit = phrase.last().cloned();
        let words = phrase.join(" ");
        out.metric = Some(match verb.as_deref().and_then(participle) {
            Some(p) => format!("{words} {p}"),
            None => words,
        });
    } else if !object.is_empty() {
        out.metric = Some(object.join(" "));
    }
    out
}

/// Fills the draft's success measure from its statement when none of its fields has been filled
/// in yet. Returns true when it changed anything; never overwrites what the user typed.
pub fn prefill_measure(draft: &mut GoalDraft, today: NaiveDate) -> bool {
    let blank = |s: &str| s.trim().is_empty();
    if !(blank(&draft.metric)
        && blank(&draft.unit)
        && blank(&draft.baseline)
        && blank(&draft.target))
    {
        return false;
    }
    let s = suggest_measure(&draft.statement, today);
    if s.is_empty() {
        return false;
    }
    draft.metric = s.metric.unwrap_or_default();
    draft.unit = s.unit.unwrap_or_default();
    draft.baseline = s.baseline.unwrap_or_default();
    draft.target = s.target.unwrap_or_default();
    true
}

/// True when the draft's measure is exactly what [`suggest_measure`] gives for its statement,
/// so the UI can say where the values came from.
pub fn is_prefilled(draft: &GoalDraft, today: NaiveDate) -> bool {
    let s = suggest_measure(&draft.statement, today);
    !s.is_empty()
        && draft.metric == s.metric.clone().unwrap_or_default()
        && draft.unit == s.unit.clone().unwrap_or_default()
        && draft.baseline == s.baseline.clone().unwrap_or_default()
        && draft.target == s.target.clone().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
    }

    /// (statement, metric, unit, baseline, target); "" for none.
    const TABLE: &[(&str, &str, &str, &str, &str)] = &[
        (
            "Give 3 talks at meetups by June 30, 2027",
            "talks given",
            "talks",
            "",
            "3",
        ),
        (
            "Expand my client base to 20 clients by October 2027.",
            "clients",
            "clients",
            "",
            "20",
        ),
        (
            "Grow my LinkedIn following from 300 to 1,000 followers by June 2027",
            "followers",
            "followers",
            "300",
            "1000",
        ),
        ("Read 12 books in 2027", "books read", "books", "", "12"),
        (
            "Sign up 10 paying customers within 6 months",
            "paying customers",
            "customers",
            "",
            "10",
        ),
        (
            "Publish 4 blog posts about Rust",
            "blog posts published",
            "posts",
            "",
            "4",
        ),
        (
            "Save $3,000 for an emergency fund",
            "amount saved",
            "$",
            "",
            "3000",
        ),
        (
            "Increase sales by 20% by March 2027",
            "sales",
            "%",
            "",
            "20",
        ),
        (
            "Have 12 coffee chats with people in my field",
            "coffee chats",
            "chats",
            "",
            "12",
        ),
        (
            "Reduce my screen time to 2 hours a day, currently 5",
            "hours",
            "hours",
            "5",
            "2",
        ),
        (
            "Get my IELTS score to 7.5 by the end of next month",
            "IELTS score",
            "",
            "",
            "7.5",
        ),
        ("Lose 5 kg in the next 3 months", "kg lost", "kg", "", "5"),
        ("Present our Q3 results to the board", "", "", "", ""),
        ("Finish my thesis by 30 June 2027", "", "", "", ""),
        ("Get better at public speaking", "", "", "", ""),
        ("", "", "", "", ""),
    ];

    #[test]
    fn suggestions_table() {
        for &(statement, metric, unit, baseline, target) in TABLE {
            let s = suggest_measure(statement, today());
            let f = |o: &Option<String>| o.clone().unwrap_or_default();
            assert_eq!(
                (f(&s.metric), f(&s.unit), f(&s.baseline), f(&s.target)),
                (metric.into(), unit.into(), baseline.into(), target.into()),
                "{statement:?}"
            );
        }
    }

    #[test]
    fn prefill_never_overwrites() {
        let mut d = GoalDraft {
            statement: "Give 3 talks at meetups by June 2027".into(),
            ..GoalDraft::default()
        };
        assert!(!is_prefilled(&d, today()));
        assert!(prefill_measure(&mut d, today()));
        assert_eq!(
            (
                d.metric.as_str(),
                d.unit.as_str(),
                d.baseline.as_str(),
                d.target.as_str()
            ),
            ("talks given", "talks", "", "3")
        );
        assert!(is_prefilled(&d, today()));
        assert!(!prefill_measure(&mut d, today()), "already filled");
        let mut typed = GoalDraft {
            statement: "Give 3 talks".into(),
            target: "5".into(),
            ..GoalDraft::default()
        };
        assert!(!prefill_measure(&mut typed, today()));
        assert_eq!(typed.target, "5");
        let mut none = GoalDraft {
            statement: "Get better at speaking".into(),
            ..GoalDraft::default()
        };
        assert!(!prefill_measure(&mut none, today()));
        assert_eq!(
            none,
            GoalDraft {
                statement: "Get better at speaking".into(),
                ..GoalDraft::default()
            }
        );
    }
}
