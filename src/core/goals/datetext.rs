//! Finds a deadline written in free text ("by June 30, 2027", "within 3 months", "by the end
//! of Q3 2027", …) without a regex crate: a small hand-written tokenizer and a handful of
//! bounded patterns tried at each token, so scanning is linear in the input.
//!
//! "Today" is always a parameter; nothing here reads the clock.
//!
//! Conventions:
//! * Numeric dates are read **day first**: `03/04/2027` is 3 April 2027. Only when day-first is
//!   impossible and month-first is valid (`12/25/2027`) is it read month-first. Separators
//!   `/`, `.` and `-` are accepted; the year must have four digits.
//! * A period (month, quarter, year) names its **last day**: "by March 2027" → 2027-03-31,
//!   "Q3 2027" → 2027-09-30, "by the end of the year" → 31 December of today's year.
//! * A day and month without a year ("by October 15") is the next occurrence on or after today.
//!   A month alone needs a lead word ("by March", "in May", "end of June") and is the end of
//!   that month's next occurrence (this month counts).
//! * Relative spans ("within 3 months", "in the next 6 weeks", "in 10 days") are added to today
//!   (months clamp to the month's end) and are marked [`FoundDate::relative`].
//! * Impossible dates ("31/02/2027") are not dates.
//! * Only the first [`SCAN_LIMIT`] characters are scanned.

use chrono::{Datelike, Days, Months, NaiveDate};
use serde::{Deserialize, Serialize};
use std::ops::Range;

use crate::core::time::calendar::last_day_of_month;

/// How many characters of the input are scanned at most.
pub const SCAN_LIMIT: usize = 4_000;

/// A date found in text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FoundDate {
    pub date: NaiveDate,
    /// The exact substring that names the date (including a lead such as "by the end of").
    pub matched: String,
    /// Byte range of [`FoundDate::matched`] in the input.
    pub range: Range<usize>,
    /// True for spans counted from today ("within 3 months"): such a date moves every day, so
    /// it should not override a deadline the user already set.
    pub relative: bool,
}

/// Returns the byte length of the first `max_chars` characters of `text`.
pub fn char_cap(text: &str, max_chars: usize) -> usize {
    text.char_indices()
        .nth(max_chars)
        .map(|(i, _)| i)
        .unwrap_or(text.len())
}

/// Token kinds produced by [`tokenize`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokKind {
    /// A run of alphabetic characters (any script).
    Word,
    /// A run of ASCII digits.
    Num,
    /// Any other single non-space character.
    Punct,
}

/// One token: a kind and its byte range in the input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tok {
    pub kind: TokKind,
    pub start: usize,
    pub end: usize,
    /// Value of a [`TokKind::Num`] (saturating), 0 otherwise.
    pub value: u64,
}

impl Tok {
    /// The token's text.
    pub fn text<'a>(&self, src: &'a str) -> &'a str {
        &src[self.start..self.end]
    }
    /// Case-insensitive comparison with an ASCII keyword.
    pub fn is(&self, src: &str, word: &str) -> bool {
        self.kind == TokKind::Word && self.text(src).eq_ignore_ascii_case(word)
    }
    /// Number of digits of a number token.
    pub fn digits(&self) -> usize {
        if self.kind == TokKind::Num {
            self.end - self.start
        } else {
            0
        }
    }
}

/// Splits `text` into words, digit runs and single punctuation characters. Whitespace is
/// dropped. Linear, never panics; the caller decides how much text to pass.
pub fn tokenize(text: &str) -> Vec<Tok> {
    let mut toks = Vec::with_capacity(text.len() / 4 + 1);
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if c.is_whitespace() {
            continue;
        }
        if c.is_ascii_digit() {
            let mut end = i + 1;
            let mut value = u64::from(c as u8 - b'0');
            while let Some(&(j, d)) = iter.peek() {
                if !d.is_ascii_digit() {
                    break;
                }
                value = value
                    .saturating_mul(10)
                    .saturating_add(u64::from(d as u8 - b'0'));
                end = j + 1;
                iter.next();
            }
            toks.push(Tok {
                kind: TokKind::Num,
                start: i,
                end,
                value,
            });
        } else if c.is_alphabetic() {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = iter.peek() {
                if !d.is_alphabetic() {
                    break;
                }
                end = j + d.len_utf8();
                iter.next();
            }
            toks.push(Tok {
                kind: TokKind::Word,
                start: i,
                end,
                value: 0,
            });
        } else {
            toks.push(Tok {
                kind: TokKind::Punct,
                start: i,
                end: i + c.len_utf8(),
                value: 0,
            });
        }
    }
    toks
}

/// Finds the first deadline in `text` (see the module docs for the forms understood).
pub fn find_deadline(text: &str, today: NaiveDate) -> Option<FoundDate> {
    let text = &text[..char_cap(text, SCAN_LIMIT)];
    let toks = tokenize(text);
    Scanner {
        src: text,
        toks: &toks,
        today,
    }
    .next_from(0)
    .map(|(f, _)| f)
}

/// Finds every non-overlapping date in `text`, left to right.
pub fn find_dates(text: &str, today: NaiveDate) -> Vec<FoundDate> {
    let text = &text[..char_cap(text, SCAN_LIMIT)];
    let toks = tokenize(text);
    let sc = Scanner {
        src: text,
        toks: &toks,
        today,
    };
    let mut out = Vec::new();
    let mut i = 0;
    while let Some((f, next)) = sc.next_from(i) {
        out.push(f);
        i = next;
    }
    out
}

/// Words that say "some time, no date": someday, soon, eventually, one day, …
/// Returns the first one as written, with its byte range. Only the first
/// [`SCAN_LIMIT`] characters are scanned.
pub fn find_vague_time(text: &str) -> Option<(String, Range<usize>)> {
    let text = &text[..char_cap(text, SCAN_LIMIT)];
    let toks = tokenize(text);
    const PHRASES: &[&[&str]] = &[
        &["someday"],
        &["some", "day"],
        &["sometime"],
        &["some", "time", "soon"],
        &["soon"],
        &["eventually"],
        &["one", "day"],
        &["one", "of", "these", "days"],
        &["at", "some", "point"],
        &["in", "the", "future"],
        &["later", "on"],
        &["asap"],
        &["as", "soon", "as", "possible"],
        &["in", "due", "course"],
    ];
    for i in 0..toks.len() {
        for p in PHRASES {
            if i + p.len() <= toks.len()
                && p.iter().enumerate().all(|(k, w)| toks[i + k].is(text, w))
            {
                // "in one day" is a span, not a vague wish.
                if p[0] == "one"
                    && i > 0
                    && (toks[i - 1].is(text, "in") || toks[i - 1].is(text, "within"))
                {
                    continue;
                }
                let r = toks[i].start..toks[i + p.len() - 1].end;
                return Some((text[r.clone()].to_string(), r));
            }
        }
    }
    None
}

const MONTHS: [(&str, u32); 24] = [
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

/// Month number of a month name or abbreviation, case-insensitive.
pub fn month_number(word: &str) -> Option<u32> {
    MONTHS
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(word))
        .map(|&(_, m)| m)
}

/// Value of a spelled-out count word ("one" … "twelve", "a", "an", "a dozen" is handled by
/// callers).
pub fn count_word(word: &str) -> Option<u64> {
    const W: [&str; 12] = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve",
    ];
    W.iter()
        .position(|w| w.eq_ignore_ascii_case(word))
        .map(|p| p as u64 + 1)
}

fn quarter_end(year: i32, q: u32) -> Option<NaiveDate> {
    if !(1..=4).contains(&q) {
        return None;
    }
    last_day_of_month(year, q * 3)
}

fn plausible_year(y: u64) -> bool {
    (1900..=2200).contains(&y)
}

struct Scanner<'a> {
    src: &'a str,
    toks: &'a [Tok],
    today: NaiveDate,
}

/// What a lead such as "by the end of" told us.
#[derive(Clone, Copy, Default)]
struct Lead {
    /// A word like by/before/until/in was present.
    prep: bool,
    /// "end of" was present.
    end_of: bool,
}

impl<'a> Scanner<'a> {
    fn tok(&self, i: usize) -> Option<&'a Tok> {
        self.toks.get(i)
    }
    fn is(&self, i: usize, w: &str) -> bool {
        self.tok(i).is_some_and(|t| t.is(self.src, w))
    }
    fn is_punct(&self, i: usize, c: char) -> bool {
        self.tok(i)
            .is_some_and(|t| t.kind == TokKind::Punct && t.text(self.src).starts_with(c))
    }
    /// Tokens `i` and `i + 1` touch (no space between).
    fn adjacent(&self, i: usize) -> bool {
        matches!((self.tok(i), self.tok(i + 1)), (Some(a), Some(b)) if a.end == b.start)
    }
    fn num(&self, i: usize) -> Option<&'a Tok> {
        self.tok(i).filter(|t| t.kind == TokKind::Num)
    }
    fn month(&self, i: usize) -> Option<u32> {
        let t = self.tok(i)?;
        if t.kind != TokKind::Word {
            return None;
        }
        let m = month_number(t.text(self.src))?;
        // "Sept." style abbreviation dot is swallowed by callers via `skip_dot`.
        Some(m)
    }
    /// Skips an abbreviation dot directly after a short month word at `i - 1` ("Sept.").
    fn skip_dot(&self, i: usize) -> usize {
        if i > 0
            && self.is_punct(i, '.')
            && self.adjacent(i - 1)
            && self.toks[i - 1].end - self.toks[i - 1].start <= 4
        {
            i + 1
        } else {
            i
        }
    }
    /// A day number (1–31) with an optional adjacent ordinal suffix. Returns (day, next index).
    fn day(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.num(i)?;
        if t.digits() > 2 || !(1..=31).contains(&t.value) {
            return None;
        }
        let mut j = i + 1;
        if self.adjacent(i) && ["st", "nd", "rd", "th"].iter().any(|s| self.is(i + 1, s)) {
            j += 1;
        }
        Some((t.value as u32, j))
    }
    /// A four-digit year. Returns (year, next index).
    fn year(&self, i: usize) -> Option<(i32, usize)> {
        let t = self.num(i)?;
        if t.digits() == 4 && plausible_year(t.value) {
            // Not part of a longer number such as 2027.5 or 2027,000.
            if (self.is_punct(i + 1, '.') || self.is_punct(i + 1, ','))
                && self.adjacent(i)
                && self.num(i + 2).is_some()
                && self.adjacent(i + 1)
            {
                return None;
            }
            Some((t.value as i32, i + 1))
        } else {
            None
        }
    }

    fn next_from(&self, from: usize) -> Option<(FoundDate, usize)> {
        for i in from..self.toks.len() {
            if let Some((date, end, relative)) = self.match_at(i) {
                let r = self.toks[i].start..self.toks[end - 1].end;
                return Some((
                    FoundDate {
                        date,
                        matched: self.src[r.clone()].to_string(),
                        range: r,
                        relative,
                    },
                    end,
                ));
            }
        }
        None
    }

    /// Tries every pattern at token `i`. Returns (date, end token index exclusive, relative).
    fn match_at(&self, i: usize) -> Option<(NaiveDate, usize, bool)> {
        // A token glued to a preceding word or digit ("abc2027-01-01", "x31/01/2027") is not
        // a start.
        if i > 0 && self.adjacent(i - 1) {
            let prev = &self.toks[i - 1];
            let cur = &self.toks[i];
            if prev.kind != TokKind::Punct && cur.kind != TokKind::Punct {
                return None;
            }
            if prev.kind == TokKind::Punct && cur.kind == TokKind::Num {
                let p = prev.text(self.src);
                if p == "/" || p == "-" || p == "." {
                    return None;
                }
            }
        }
        if let Some((d, e)) = self.relative(i) {
            return Some((d, e, true));
        }
        let (lead, j) = self.lead(i);
        if let Some((d, e)) = self.core(j, lead) {
            return Some((d, e, false));
        }
        None
    }

    /// Parses an optional lead: (by|before|until|till|on|due|in|no later than)? the? end of? the?
    fn lead(&self, i: usize) -> (Lead, usize) {
        let mut lead = Lead::default();
        let mut j = i;
        const PREPS: [&str; 9] = [
            "by", "before", "until", "till", "til", "on", "due", "in", "during",
        ];
        if PREPS.iter().any(|p| self.is(j, p)) {
            lead.prep = true;
            j += 1;
        } else if self.is(j, "no") && self.is(j + 1, "later") && self.is(j + 2, "than") {
            lead.prep = true;
            j += 3;
        }
        let save = j;
        let mut k = j;
        if self.is(k, "the") {
            k += 1;
        }
        if self.is(k, "end") && self.is(k + 1, "of") {
            lead.end_of = true;
            k += 2;
            if self.is(k, "the") {
                k += 1;
            }
            j = k;
        } else if lead.prep && self.is(save, "the") && self.num(save + 1).is_some() {
            // "on the 15th of March"
            j = save + 1;
        } else {
            j = save;
        }
        (lead, j)
    }

    /// The date itself, after the lead.
    fn core(&self, j: usize, lead: Lead) -> Option<(NaiveDate, usize)> {
        let t = self.tok(j)?;
        match t.kind {
            TokKind::Num => self
                .iso(j)
                .or_else(|| self.numeric_dmy(j))
                .or_else(|| self.day_month(j))
                .or_else(|| {
                    // A bare year after a lead: "by 2027", "end of 2027".
                    if !(lead.prep || lead.end_of) {
                        return None;
                    }
                    let (y, e) = self.year(j)?;
                    // "by 2027 users": a year is not followed by a plain word.
                    if let Some(n) = self.tok(e)
                        && n.kind == TokKind::Word
                        && !CONNECTIVES.iter().any(|c| n.is(self.src, c))
                    {
                        return None;
                    }
                    // Nor by a percent or other unit glued to it.
                    if self.is_punct(e, '%') {
                        return None;
                    }
                    Some((NaiveDate::from_ymd_opt(y, 12, 31)?, e))
                }),
            TokKind::Word => self
                .month_day(j, lead)
                .or_else(|| self.quarter(j))
                .or_else(|| self.named_period(j, lead)),
            TokKind::Punct => None,
        }
    }

    /// 2027-06-01 or 2027/06/01.
    fn iso(&self, j: usize) -> Option<(NaiveDate, usize)> {
        let y = self.num(j)?;
        if y.digits() != 4 {
            return None;
        }
        let sep = self.tok(j + 1)?.text(self.src);
        if !(sep == "-" || sep == "/") || !self.adjacent(j) || !self.adjacent(j + 1) {
            return None;
        }
        let m = self.num(j + 2)?;
        if !self.is_punct(j + 3, sep.chars().next()?)
            || !self.adjacent(j + 2)
            || !self.adjacent(j + 3)
        {
            return None;
        }
        let d = self.num(j + 4)?;
        if m.digits() > 2 || d.digits() > 2 || !plausible_year(y.value) || self.glued_after(j + 4) {
            return None;
        }
        let date = NaiveDate::from_ymd_opt(y.value as i32, m.value as u32, d.value as u32)?;
        Some((date, j + 5))
    }

    /// True if token `i` is directly followed by a digit or another separator and digit
    /// (so it is part of something longer like 2027-06-01-5 or 1/2/2027/3).
    fn glued_after(&self, i: usize) -> bool {
        if !self.adjacent(i) {
            return false;
        }
        match self.tok(i + 1) {
            Some(n) if n.kind == TokKind::Num || n.kind == TokKind::Word => true,
            Some(n) => {
                let p = n.text(self.src);
                (p == "/" || p == "-" || p == ".")
                    && self.adjacent(i + 1)
                    && self.num(i + 2).is_some()
            }
            None => false,
        }
    }

    /// 31/01/2027, 31.01.2027, 31-01-2027: day first; month first only if day first is invalid.
    fn numeric_dmy(&self, j: usize) -> Option<(NaiveDate, usize)> {
        let a = self.num(j)?;
        let sep = self.tok(j + 1)?;
        let s = sep.text(self.src);
        if sep.kind != TokKind::Punct || !(s == "/" || s == "." || s == "-") {
            return None;
        }
        if !self.adjacent(j) || !self.adjacent(j + 1) {
            return None;
        }
        let b = self.num(j + 2)?;
        if !self.is_punct(j + 3, s.chars().next()?)
            || !self.adjacent(j + 2)
            || !self.adjacent(j + 3)
        {
            return None;
        }
        let y = self.num(j + 4)?;
        if a.digits() > 2
            || b.digits() > 2
            || y.digits() != 4
            || !plausible_year(y.value)
            || self.glued_after(j + 4)
        {
            return None;
        }
        let year = y.value as i32;
        let date = NaiveDate::from_ymd_opt(year, b.value as u32, a.value as u32).or_else(|| {
            // Month first only when day first is impossible because the second number
            // cannot be a month (12/25/2027).
            if b.value > 12 {
                NaiveDate::from_ymd_opt(year, a.value as u32, b.value as u32)
            } else {
                None
            }
        })?;
        Some((date, j + 5))
    }

    /// The next occurrence of month/day on or after today.
    fn next_occurrence(&self, month: u32, day: u32) -> Option<NaiveDate> {
        let y = self.today.year();
        (0..=8)
            .find_map(|k| NaiveDate::from_ymd_opt(y + k, month, day).filter(|d| *d >= self.today))
    }

    /// Reads an optional `, 2027` / ` 2027` after index `i`. Returns (year, next index).
    fn opt_year(&self, i: usize) -> Option<(i32, usize)> {
        let k = if self.is_punct(i, ',') { i + 1 } else { i };
        self.year(k)
    }

    /// "12 February 2027", "15th of March", "1 Sept. 2027".
    fn day_month(&self, j: usize) -> Option<(NaiveDate, usize)> {
        let (day, mut k) = self.day(j)?;
        if self.is(k, "of") {
            k += 1;
        }
        let month = self.month(k)?;
        let after = self.skip_dot(k + 1);
        if let Some((y, e)) = self.opt_year(after) {
            return Some((NaiveDate::from_ymd_opt(y, month, day)?, e));
        }
        // "may" after a number is ambiguous only in odd sentences; accept it.
        Some((self.next_occurrence(month, day)?, k + 1))
    }

    /// "June 30, 2027", "Jun 30th", "March 2027", "by March".
    fn month_day(&self, j: usize, lead: Lead) -> Option<(NaiveDate, usize)> {
        let month = self.month(j)?;
        // "29 February 2027" was already tried as day-month; do not fall back to
        // "February 2027".
        if self.preceded_by_day(j) {
            return None;
        }
        let word = self.toks[j].text(self.src);
        let k = self.skip_dot(j + 1);
        // "Month the 15th"
        let dk = if self.is(k, "the") { k + 1 } else { k };
        if let Some((day, e)) = self.day(dk) {
            // Not "March 2027" (handled below) and not "May 3 people".
            if let Some((y, e2)) = self.opt_year(e) {
                return Some((NaiveDate::from_ymd_opt(y, month, day)?, e2));
            }
            if word.eq_ignore_ascii_case("may") && !lead.prep && !lead.end_of {
                return None;
            }
            // "June 30 people" is unlikely; "by June 30" is what we expect.
            return Some((self.next_occurrence(month, day)?, e));
        }
        if let Some((y, e)) = self.opt_year(k) {
            return Some((last_day_of_month(y, month)?, e));
        }
        let k = j + 1;
        // A month alone needs a lead: "by March", "in May", "end of June".
        if !(lead.prep || lead.end_of) {
            return None;
        }
        // "in march" as a verb is odd enough; "may" alone stays a verb unless "end of".
        if word.eq_ignore_ascii_case("may") && !lead.end_of && self.followed_by_word(j) {
            return None;
        }
        let y = self.today.year();
        let year = if month >= self.today.month() {
            y
        } else {
            y + 1
        };
        Some((last_day_of_month(year, month)?, k))
    }

    /// Token `j` comes right after a day number: "29 February", "15th of March".
    fn preceded_by_day(&self, j: usize) -> bool {
        let mut k = j;
        if k >= 2 && self.is(k - 1, "of") {
            k -= 1;
        }
        if k >= 2
            && ["st", "nd", "rd", "th"].iter().any(|s| self.is(k - 1, s))
            && self.adjacent(k - 2)
        {
            k -= 1;
        }
        k >= 1 && self.num(k - 1).is_some_and(|t| t.digits() <= 2)
    }

    fn followed_by_word(&self, j: usize) -> bool {
        self.tok(j + 1).is_some_and(|t| t.kind == TokKind::Word)
    }

    /// "Q3 2027", "Q3", "q1/2028".
    fn quarter(&self, j: usize) -> Option<(NaiveDate, usize)> {
        if !self.is(j, "q") || !self.adjacent(j) {
            return None;
        }
        let n = self.num(j + 1)?;
        if n.digits() != 1 || !(1..=4).contains(&n.value) {
            return None;
        }
        let q = n.value as u32;
        let mut k = j + 2;
        if self.is_punct(k, '/') && self.adjacent(j + 1) {
            k += 1;
        }
        if let Some((y, e)) = self.opt_year(k) {
            return Some((quarter_end(y, q)?, e));
        }
        if self.adjacent(j + 1) && self.tok(j + 2).is_some_and(|t| t.kind != TokKind::Punct) {
            return None;
        }
        let y = self.today.year();
        let this = quarter_end(y, q)?;
        let date = if this >= self.today {
            this
        } else {
            quarter_end(y + 1, q)?
        };
        Some((date, j + 2))
    }

    /// "this year", "next quarter", "the end of the month", "year end", "next week".
    fn named_period(&self, j: usize, lead: Lead) -> Option<(NaiveDate, usize)> {
        let today = self.today;
        let (offset, k) = if self.is(j, "this") || self.is(j, "current") {
            (Some(0), j + 1)
        } else if self.is(j, "next") || self.is(j, "coming") {
            (Some(1), j + 1)
        } else {
            (None, j)
        };
        let unit = self.tok(k).filter(|t| t.kind == TokKind::Word)?;
        let unit = ["year", "quarter", "month", "week"]
            .into_iter()
            .find(|u| unit.is(self.src, u))?;
        let mut e = k + 1;
        // "year end" / "year-end"
        let year_end_suffix = unit == "year"
            && (self.is(e, "end")
                || (self.is_punct(e, '-') && self.adjacent(k) && self.is(e + 1, "end")));
        if year_end_suffix {
            e = if self.is(e, "end") { e + 1 } else { e + 2 };
        }
        let offset = match offset {
            Some(o) => o,
            // Bare "the year" etc. needs "end of" (or "year end").
            None if lead.end_of || year_end_suffix => 0,
            None => return None,
        };
        let date = match unit {
            "year" => NaiveDate::from_ymd_opt(today.year() + offset, 12, 31)?,
            "quarter" => {
                let q = (today.month() - 1) / 3 + 1 + offset as u32;
                let (y, q) = if q > 4 {
                    (today.year() + 1, q - 4)
                } else {
                    (today.year(), q)
                };
                quarter_end(y, q)?
            }
            "month" => {
                let first = NaiveDate::from_ymd_opt(today.year(), today.month(), 1)?
                    .checked_add_months(Months::new(offset as u32))?;
                last_day_of_month(first.year(), first.month())?
            }
            "week" => {
                // Weeks end on Sunday.
                let to_sunday = 6 - today.weekday().num_days_from_monday();
                today.checked_add_days(Days::new(u64::from(to_sunday) + 7 * offset as u64))?
            }
            _ => return None,
        };
        Some((date, e))
    }

    /// "within 3 months", "in the next 6 weeks", "in 10 days", "over the coming two weeks",
    /// "within a year", "within the next month", "3 months from now".
    fn relative(&self, i: usize) -> Option<(NaiveDate, usize)> {
        if let Some(r) = self.relative_from_now(i) {
            return Some(r);
        }
        let mut j = i;
        if self.is(j, "within") || self.is(j, "in") || self.is(j, "over") {
            j += 1;
        } else {
            return None;
        }
        let mut had_next = false;
        if self.is(j, "the") {
            j += 1;
        }
        if self.is(j, "next") || self.is(j, "coming") || self.is(j, "following") {
            j += 1;
            had_next = true;
        }
        let (n, k) = match self.count(j) {
            Some(c) => c,
            // "within the next month": one unit.
            None if had_next || self.is(i, "within") => (1, j),
            None => return None,
        };
        let (date, e) = self.add_unit(n, k)?;
        Some((date, e))
    }

    /// "3 months from now", "ten days from today".
    fn relative_from_now(&self, i: usize) -> Option<(NaiveDate, usize)> {
        let (n, k) = self.count(i)?;
        let (date, e) = self.add_unit(n, k)?;
        if self.is(e, "from") && (self.is(e + 1, "now") || self.is(e + 1, "today")) {
            Some((date, e + 2))
        } else {
            None
        }
    }

    /// A count: digits, one..twelve, a/an, "a couple of", "a dozen". Returns (n, next index).
    fn count(&self, j: usize) -> Option<(u64, usize)> {
        let t = self.tok(j)?;
        match t.kind {
            TokKind::Num if t.digits() <= 4 => {
                // Not a fraction or decimal such as 1.5 or 1/2.
                if self.adjacent(j)
                    && self.tok(j + 1).is_some_and(|n| {
                        n.kind == TokKind::Punct && matches!(n.text(self.src), "." | "/" | ",")
                    })
                    && self.num(j + 2).is_some()
                {
                    return None;
                }
                Some((t.value, j + 1))
            }
            TokKind::Word => {
                if self.is(j, "a") || self.is(j, "an") {
                    if self.is(j + 1, "couple") && self.is(j + 2, "of") {
                        return Some((2, j + 3));
                    }
                    if self.is(j + 1, "dozen") {
                        return Some((12, j + 2));
                    }
                    if self.is(j + 1, "few") {
                        return None;
                    }
                    return Some((1, j + 1));
                }
                let w = t.text(self.src);
                count_word(w).map(|n| (n, j + 1))
            }
            _ => None,
        }
    }

    /// Adds `n` units named at token `k` to today. Returns (date, next index).
    fn add_unit(&self, n: u64, k: usize) -> Option<(NaiveDate, usize)> {
        let unit = self.tok(k).filter(|t| t.kind == TokKind::Word)?;
        let u = [
            "day",
            "days",
            "week",
            "weeks",
            "fortnight",
            "fortnights",
            "month",
            "months",
            "year",
            "years",
        ]
        .into_iter()
        .find(|u| unit.is(self.src, u))?;
        let today = self.today;
        let date = match u {
            "day" | "days" if n <= 3_660 => today.checked_add_days(Days::new(n))?,
            "week" | "weeks" if n <= 520 => today.checked_add_days(Days::new(n * 7))?,
            "fortnight" | "fortnights" if n <= 260 => today.checked_add_days(Days::new(n * 14))?,
            "month" | "months" if n <= 120 => today.checked_add_months(Months::new(n as u32))?,
            "year" | "years" if n <= 10 => today.checked_add_months(Months::new(n as u32 * 12))?,
            _ => return None,
        };
        let mut e = k + 1;
        // "in a year's time", "in 3 weeks' time"
        if self.is_punct(e, '\'') || self.is_punct(e, '\u{2019}') {
            let mut f = e + 1;
            if self.is(f, "s") {
                f += 1;
            }
            if self.is(f, "time") {
                e = f + 1;
            }
        } else if self.is(e, "time") {
            e += 1;
        }
        Some((date, e))
    }
}

/// Words that may follow a bare year without making it a count ("by 2027 and …").
const CONNECTIVES: [&str; 13] = [
    "and", "so", "to", "with", "at", "while", "because", "then", "or", "as", "when", "but",
    "latest",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    const TODAY: (i32, u32, u32) = (2026, 11, 22);

    fn today() -> NaiveDate {
        d(TODAY.0, TODAY.1, TODAY.2)
    }

    /// (phrase, expected date as YYYY-MM-DD or "" for none, expected matched substring or "")
    const TABLE: &[(&str, &str, &str)] = &[
        (
            "Give 3 talks by June 30, 2027",
            "2027-06-30",
            "by June 30, 2027",
        ),
        ("ship it by March 2027", "2027-03-31", "by March 2027"),
        (
            "due 31/01/2027 at the latest",
            "2027-01-31",
            "due 31/01/2027",
        ),
        ("03/04/2027", "2027-04-03", "03/04/2027"),
        ("12/25/2027 party", "2027-12-25", "12/25/2027"),
        ("31/02/2027", "", ""),
        ("31.01.2027", "2027-01-31", "31.01.2027"),
        ("launch on 2027-06-01.", "2027-06-01", "on 2027-06-01"),
        ("2027-02-30", "", ""),
        (
            "finish by 12 February 2027",
            "2027-02-12",
            "by 12 February 2027",
        ),
        ("Run a 10k within 3 months", "2027-02-22", "within 3 months"),
        ("in the next 6 weeks", "2027-01-03", "in the next 6 weeks"),
        ("in 10 days", "2026-12-02", "in 10 days"),
        (
            "by the end of Q3 2027",
            "2027-09-30",
            "by the end of Q3 2027",
        ),
        (
            "by the end of next quarter",
            "2027-03-31",
            "by the end of next quarter",
        ),
        (
            "by the end of the year",
            "2026-12-31",
            "by the end of the year",
        ),
        ("this year", "2026-12-31", "this year"),
        ("next year", "2027-12-31", "next year"),
        ("by October 15", "2027-10-15", "by October 15"),
        ("by December 15th", "2026-12-15", "by December 15th"),
        ("by Nov 22", "2026-11-22", "by Nov 22"),
        ("by Jun 1st 2027", "2027-06-01", "by Jun 1st 2027"),
        ("by Sept 2027", "2027-09-30", "by Sept 2027"),
        ("by Sept. 3, 2027", "2027-09-03", "by Sept. 3, 2027"),
        ("BY JUNE 30, 2027", "2027-06-30", "BY JUNE 30, 2027"),
        ("on the 15th of March", "2027-03-15", "on the 15th of March"),
        ("by March", "2027-03-31", "by March"),
        (
            "by the end of December",
            "2026-12-31",
            "by the end of December",
        ),
        ("by 2028", "2028-12-31", "by 2028"),
        ("grow by 2000 users", "", ""),
        ("within a year", "2027-11-22", "within a year"),
        (
            "within the next month",
            "2026-12-22",
            "within the next month",
        ),
        ("in two weeks", "2026-12-06", "in two weeks"),
        ("3 months from now", "2027-02-22", "3 months from now"),
        ("by Q1", "2027-03-31", "by Q1"),
        (
            "by the end of this quarter",
            "2026-12-31",
            "by the end of this quarter",
        ),
        (
            "by the end of next month",
            "2026-12-31",
            "by the end of next month",
        ),
        ("by year-end", "2026-12-31", "by year-end"),
        ("by 29 February 2028", "2028-02-29", "by 29 February 2028"),
        ("by 29 February 2027", "", ""),
        ("someday", "", ""),
        ("soon", "", ""),
        ("I may want to", "", ""),
        ("march on", "", ""),
        ("give 5 talks", "", ""),
        ("in 1.5 years", "", ""),
        ("Zürich talk by 1 März 2027", "", ""),
        ("🎤 by 30 June 2027 🎉", "2027-06-30", "by 30 June 2027"),
    ];

    #[test]
    fn phrase_table() {
        assert!(TABLE.len() >= 30);
        for &(phrase, want, matched) in TABLE {
            let got = find_deadline(phrase, today());
            match (want, got) {
                ("", None) => {}
                ("", Some(f)) => panic!("{phrase:?}: expected none, got {f:?}"),
                (w, None) => panic!("{phrase:?}: expected {w}, got none"),
                (w, Some(f)) => {
                    assert_eq!(f.date.format("%Y-%m-%d").to_string(), w, "{phrase:?}");
                    assert_eq!(f.matched, matched, "{phrase:?}");
                    assert_eq!(&phrase[f.range.clone()], matched, "{phrase:?}");
                }
            }
        }
    }

    #[test]
    fn other_todays() {
        // Late in the year, "by October 15" rolls to next year; early in the year it does not.
        assert_eq!(
            find_deadline("by October 15", d(2027, 1, 10)).unwrap().date,
            d(2027, 10, 15)
        );
        assert_eq!(
            find_deadline("by the end of next quarter", d(2027, 5, 1))
                .unwrap()
                .date,
            d(2027, 9, 30)
        );
        assert_eq!(
            find_deadline("within 1 month", d(2027, 1, 31))
                .unwrap()
                .date,
            d(2027, 2, 28)
        );
        assert_eq!(
            find_deadline("by the end of the week", d(2026, 11, 18))
                .unwrap()
                .date,
            d(2026, 11, 22)
        );
        assert_eq!(
            find_deadline("by Q3", d(2027, 10, 1)).unwrap().date,
            d(2028, 9, 30)
        );
    }

    #[test]
    fn relative_flag_and_all_dates() {
        let f = find_deadline("within 3 months", today()).unwrap();
        assert!(f.relative);
        let f = find_deadline("by March 2027", today()).unwrap();
        assert!(!f.relative);
        let all = find_dates("first by March 2027, then 2027-06-01", today());
        let dates: Vec<_> = all.iter().map(|f| f.date).collect();
        assert_eq!(dates, [d(2027, 3, 31), d(2027, 6, 1)]);
    }

    #[test]
    fn vague_time_words() {
        assert_eq!(find_vague_time("I'll do it Someday").unwrap().0, "Someday");
        assert_eq!(find_vague_time("one day I will").unwrap().0, "one day");
        assert_eq!(find_vague_time("done in one day"), None);
        assert_eq!(find_vague_time("eventually, yes").unwrap().0, "eventually");
        assert_eq!(find_vague_time("by June"), None);
    }

    #[test]
    fn never_panics_on_odd_input() {
        let long = "é🎉中".repeat(5_000);
        assert_eq!(find_deadline(&long, today()), None);
        let mut tail = "x ".repeat(5_000);
        tail.push_str("by June 30, 2027");
        assert_eq!(find_deadline(&tail, today()), None, "past the scan limit");
        for s in [
            "",
            "/",
            "-",
            "2027-",
            "2027-06-",
            "31/",
            "Q",
            "Q9 2027",
            "by",
            "by the end of",
            "99999999999999999999999 days",
            "in 99999 years",
            "within",
            "\u{0}",
            "1/1/1",
        ] {
            let _ = find_deadline(s, today());
            let _ = find_dates(s, today());
            let _ = find_vague_time(s);
        }
        assert_eq!(find_deadline("9999-12-31", today()).map(|f| f.date), None);
    }
}
