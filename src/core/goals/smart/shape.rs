//! The shape of a goal statement: its clauses, and the actions in them — a verb a person can
//! do, with its object ("Expand | my client base", "Get | my first paper accepted").
//!
//! A verb is recognised by where it stands and what follows it, not only by a word list: a word
//! at the start of a clause (after frames such as "I want to", "My goal is") or after "to", that
//! is followed by a determiner, a possessive or a number ("Expand my …", "Meditate 10 …"), is a
//! verb. Known verbs are recognised anywhere except in a noun's place ("my design studio").
//! Light verbs (do, make, have, go) only count with a number ("Have 12 coffee chats"), vague
//! verbs (improve, grow, develop) only with a number ("grow … from 300 to 1,000"); a vague frame
//! earlier in the clause ("I want to get better at writing …", "Do more design work") spoils
//! what follows it.

use super::Text;
use super::words::{
    ACTIONS, FINISHING, FRAME, GET_CONCRETE, IRREGULAR, LIGHT, LOREM, NEGATION, OBJECT_START,
    PARTICLES, PREPOSITIONS, PRONOUNS, SOFT_VERBS, STOPWORDS, VAGUE_VERBS,
};
use crate::core::goals::datetext::{TokKind, count_word, one_edit_apart};

/// What kind of action it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum ActKind {
    /// A learning verb (learn, study, explore): a start, not a result.
    Soft,
    /// An action a person can do and check.
    Concrete,
    /// An action that ends in a yes/no result: pass, finish, publish, submit, get …
    Finishing,
}

/// One action found in the statement.
#[derive(Clone, Copy, Debug)]
pub(super) struct Action {
    /// The verb's token.
    pub verb: usize,
    /// End (exclusive) of the phrase to quote, at a phrase boundary.
    pub end: usize,
    pub kind: ActKind,
    /// The object is a pronoun ("publish it"): nothing is named to check.
    pub pronoun_obj: bool,
}

/// Clause index of every token. Clauses end at sentence punctuation, at "and", "then", "but",
/// "so", "because", and before "by/through/via + -ing" ("… by presenting my work").
pub(super) fn clauses(t: &Text) -> Vec<u32> {
    let n = t.toks.len();
    let mut out = Vec::with_capacity(n);
    let mut c = 0u32;
    for i in 0..n {
        let tok = &t.toks[i];
        let boundary = match tok.kind {
            TokKind::Punct => {
                let p = tok.text(t.src);
                // "1,000", "7.0" and "crates.io" are not boundaries.
                let glued = i > 0
                    && i + 1 < n
                    && t.toks[i - 1].end == tok.start
                    && tok.end == t.toks[i + 1].start
                    && t.toks[i + 1].kind != TokKind::Punct;
                matches!(
                    p,
                    "," | ";" | ":" | "." | "!" | "?" | "(" | ")" | "—" | "–" | "…"
                ) && !glued
            }
            TokKind::Word => {
                let w = t.word(i);
                matches!(
                    w,
                    "and" | "then" | "but" | "so" | "because" | "while" | "whereas"
                ) || (matches!(w, "by" | "through" | "via") && t.word(i + 1).ends_with("ing"))
            }
            TokKind::Num => false,
        };
        if boundary {
            c += 1;
        }
        out.push(c);
    }
    out
}

fn ascii_word(w: &str) -> bool {
    !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase())
}

/// `word` is a regular or irregular form of `base`.
pub(super) fn inflects(word: &str, base: &str) -> bool {
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

fn in_list(w: &str, list: &[&str]) -> bool {
    // Every form starts with the base's first letter: a cheap filter before `inflects`.
    let Some(&first) = w.as_bytes().first() else {
        return false;
    };
    list.iter()
        .any(|b| b.as_bytes().first() == Some(&first) && inflects(w, b))
}

fn known_verb(w: &str) -> bool {
    in_list(w, ACTIONS) || IRREGULAR.contains(&w)
}

/// A finishing verb, allowing one typing slip at a verb position ("Finsh", "Pasz").
fn finishing(w: &str, at_verb_position: bool) -> bool {
    in_list(w, FINISHING)
        || matches!(w, "got" | "won" | "passed" | "sold")
        || at_verb_position
            && w.len() >= 3
            && FINISHING
                .iter()
                .any(|b| b.len() >= 4 && b.as_bytes()[0] == w.as_bytes()[0] && one_edit_apart(w, b))
}

/// A participle that completes "get …" or "become …": promoted, accepted, certified.
fn participle(w: &str) -> bool {
    GET_CONCRETE.contains(&w) || (w.len() > 4 && w.ends_with("ed")) || w.starts_with("certif")
}

/// For every token: a number or count word (not part of a date) stands at or after it in its
/// clause. One backward pass.
fn numbers_ahead(t: &Text, clause: &[u32]) -> Vec<bool> {
    let n = t.toks.len();
    let mut out = vec![false; n + 1];
    for k in (0..n).rev() {
        let here =
            !t.in_date[k] && (t.toks[k].kind == TokKind::Num || count_word(t.word(k)).is_some());
        let same = k + 1 < n && clause[k + 1] == clause[k];
        out[k] = here || (same && out[k + 1]);
    }
    out
}

/// Every action in the statement, left to right.
pub(super) fn actions(t: &Text, clause: &[u32]) -> Vec<Action> {
    let n = t.toks.len();
    let mut out = Vec::new();
    let mut clause_start = 0;
    let ahead = numbers_ahead(t, clause);
    for i in 0..n {
        if i == 0 || clause[i] != clause[i - 1] {
            clause_start = i;
        }
        if !t.is_word(i) || t.in_date[i] {
            continue;
        }
        let w = t.word(i);
        // Small words are never verbs, apart from get/become and the light and soft verbs:
        // skip them before the look-back below.
        if (STOPWORDS.contains(&w) || PREPOSITIONS.contains(&w))
            && !matches!(
                w,
                "get" | "got" | "getting" | "gets" | "become" | "becoming" | "becomes"
            )
            && !in_list(w, LIGHT)
            && !in_list(w, SOFT_VERBS)
        {
            continue;
        }
        // Frames before the verb: "I want to", "My goal is", adverbs, negations.
        let mut k = i;
        let mut negated = false;
        // Frames are short; looking back at most 8 tokens keeps the scan linear.
        while k > clause_start && i - k < 8 {
            let p = t.word(k - 1);
            let punct_apostrophe = t.toks[k - 1].kind == TokKind::Punct
                && matches!(t.toks[k - 1].text(t.src), "'" | "’");
            if NEGATION.contains(&p) {
                negated = true;
            }
            if punct_apostrophe
                || t.in_date[k - 1]
                || FRAME.contains(&p)
                || NEGATION.contains(&p)
                || (p.len() > 4 && p.ends_with("ly"))
            {
                k -= 1;
            } else {
                break;
            }
        }
        // A clause after the first begins with its boundary token (",", "and", "by").
        let first_in_clause = k == clause_start || (clause_start > 0 && k == clause_start + 1);
        let after_to = i > 0 && t.word(i - 1) == "to";
        let verb_position = first_in_clause || after_to;
        if negated {
            continue;
        }
        // A known verb in a noun's place ("my design studio", "the run") is a noun.
        let after_determiner = i > 0 && OBJECT_START.contains(&t.word(i - 1)) && !after_to;
        let mut j = i + 1;
        if PARTICLES.contains(&t.word(j)) && !t.in_date.get(j).copied().unwrap_or(true) {
            j += 1;
        }
        let starts_object = |m: usize| {
            m < n
                && clause[m] == clause[i]
                && !t.in_date[m]
                && (OBJECT_START.contains(&t.word(m))
                    || t.toks[m].kind == TokKind::Num
                    || count_word(t.word(m)).is_some()
                    || (t.toks[m].kind == TokKind::Punct
                        && matches!(t.toks[m].text(t.src), "$" | "€" | "£")
                        && t.toks.get(m + 1).is_some_and(|x| x.kind == TokKind::Num)))
        };
        let number = i + 1 < n && clause[i + 1] == clause[i] && ahead[i + 1];
        let kind = if matches!(w, "get" | "got" | "getting" | "gets") {
            let next = t.word(i + 1);
            // "get promoted", "get my first paper accepted", "get a job" — not "get more".
            (participle(next) || starts_object(i + 1) && t.vague_at(i + 1).is_none())
                .then_some((ActKind::Finishing, i + 1))
        } else if matches!(w, "become" | "becoming" | "becomes") {
            let next = t.word(i + 1);
            if participle(next) {
                Some((ActKind::Finishing, i + 1))
            } else if matches!(next, "a" | "an") {
                Some((ActKind::Concrete, j))
            } else {
                None
            }
        } else if in_list(w, SOFT_VERBS) {
            (verb_position || !after_determiner).then_some((ActKind::Soft, j))
        } else if in_list(w, VAGUE_VERBS) {
            (number && !after_determiner).then_some((ActKind::Concrete, j))
        } else if in_list(w, LIGHT) {
            (number && (verb_position || !after_determiner)).then_some((ActKind::Concrete, j))
        } else if STOPWORDS.contains(&w) || PREPOSITIONS.contains(&w) {
            None
        } else if known_verb(w) && !after_determiner {
            let k = if finishing(w, verb_position) {
                ActKind::Finishing
            } else {
                ActKind::Concrete
            };
            Some((k, j))
        } else if verb_position && ascii_word(w) && starts_object(j) {
            // Shape alone: "Expand my …", "Meditate 10 …", "Pasz the …".
            let k = if finishing(w, true) {
                ActKind::Finishing
            } else {
                ActKind::Concrete
            };
            Some((k, j))
        } else {
            None
        };
        let Some((kind, from)) = kind else { continue };
        // The object: the first content token within a few tokens, in the same clause.
        let Some(obj) = (from..(from + 5).min(n))
            .take_while(|&m| clause[m] == clause[i] && !t.in_date[m])
            .find(|&m| t.is_content(m) || participle(t.word(m)))
        else {
            continue;
        };
        // A vague frame earlier in the clause, or between the verb and its object, spoils it
        // — unless a number qualifies it ("5 more clients").
        // Looking back at most 16 tokens keeps long clauses linear.
        let spoiled = (clause_start.max(i.saturating_sub(16))..obj)
            .filter(|&m| m != i)
            .any(|m| {
                t.vague_at(m).is_some()
                    && !(m > 0 && t.toks[m - 1].kind == TokKind::Num)
                    && !(kind != ActKind::Soft && in_list(t.word(m), VAGUE_VERBS) && number)
            });
        if spoiled {
            continue;
        }
        let pronoun_obj = PRONOUNS.contains(&t.word(from));
        out.push(Action {
            verb: i,
            end: phrase_end(t, clause, i, obj),
            kind,
            pronoun_obj,
        });
    }
    out
}

/// End (exclusive) of the phrase that starts with the verb at `v`: the rest of the clause up to
/// a date, shortened at a preposition when long, and never ending on a small word.
fn phrase_end(t: &Text, clause: &[u32], v: usize, obj: usize) -> usize {
    let n = t.toks.len();
    let mut e = obj + 1;
    // A quote is short: look at most 12 tokens ahead.
    while e < n && e < v + 12 && clause[e] == clause[v] && !t.in_date[e] {
        e += 1;
    }
    let words = |a: usize, b: usize| (a..b).filter(|&k| t.toks[k].kind != TokKind::Punct).count();
    if words(v, e) > 7
        && let Some(k) = (obj + 1..e).find(|&k| PREPOSITIONS.contains(&t.word(k)))
    {
        e = k;
    }
    while words(v, e) > 8 {
        e -= 1;
    }
    while e > obj + 1
        && (t.toks[e - 1].kind == TokKind::Punct
            || t.is_word(e - 1)
                && (STOPWORDS.contains(&t.word(e - 1)) || PREPOSITIONS.contains(&t.word(e - 1))))
    {
        e -= 1;
    }
    e
}

/// A keyboard mash, filler or a run of one letter: "qwe", "asdf", "hhhh", "lorem".
fn mash(w: &str) -> bool {
    if LOREM.contains(&w) {
        return true;
    }
    if !ascii_word(w) || w.len() < 3 {
        return false;
    }
    const ROWS: [&str; 3] = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];
    let b = w.as_bytes();
    let run = ROWS
        .iter()
        .any(|r| r.contains(w) || r.contains(&*w.chars().rev().collect::<String>()));
    let one_letter = b.iter().all(|&c| c == b[0]);
    let no_vowel = !b.iter().any(|c| b"aeiouy".contains(c));
    run || one_letter || no_vowel
}

/// Nonsense: no number, and every word that is not a small word is a keyboard mash or filler.
pub(super) fn nonsense(t: &Text) -> bool {
    let mut words = (0..t.toks.len()).filter(|&i| t.toks[i].kind != TokKind::Punct);
    let mut any = false;
    let all_mash = words.all(|i| {
        any = true;
        t.is_word(i) && (STOPWORDS.contains(&t.word(i)) || mash(t.word(i)))
    });
    any && all_mash
}
