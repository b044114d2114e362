//! The explanation of one mentor: a sentence per criterion, the practical facts (form,
//! format, language, capacity, price), and notes on why the mentor is listed lower. The
//! wording lives in [`crate::core::mentors::reasons`]; here the facts are worked out.

use super::index::{MentorIndex, fold_key};
use chrono::NaiveDate;

use super::{
    Breakdown, Contribution, Eval, ExclusionReason, Fact, FactKind, Horizon, Scorer, View, ZoneCx,
    experience_fit, style_fit,
};
use crate::core::mentors::mentor::Mentor;
use crate::core::mentors::needs::{Criterion, Importance, Needs, join_and};
use crate::core::mentors::overlap::{self, Overlap, ZoneWeek};
use crate::core::mentors::reasons::{self, form_phrase};
use crate::core::mentors::skills;

impl Scorer {
    /// What a compact card shows, without the full [`Breakdown`]: the score, the reason of the
    /// criterion that earned most points (the first in [`Criterion::ALL`] order on a tie, as
    /// in the breakdown), whether shared time counts, and the criteria not said. Agrees with
    /// [`Scorer::explain`] on each of these; only the one reason shown is worded, and the
    /// horizon weeks are worked out only when that reason is shared time.
    pub fn summary(&self, m: &Mentor) -> CardSummary {
        let ix = MentorIndex::new(std::slice::from_ref(m));
        let cx = self.context(&ix);
        let e = self.eval(&View::new(&ix, &cx), 0, &mut Vec::new());
        self.summary_of(m, &e, cx.zones[0].as_ref(), None)
    }

    /// [`Scorer::summary`] of the mentors at `picks` (positions in `mentors`, the slice `ix`
    /// was built from, as [`super::Ranked::index`]), in that order, from the directory's own
    /// index: its lookups are mapped to the needs once for all of them, instead of a
    /// one-mentor index per card. A position out of range gets `None`.
    pub fn summaries(
        &self,
        ix: &MentorIndex,
        mentors: &[Mentor],
        picks: &[usize],
    ) -> Vec<Option<CardSummary>> {
        self.summaries_with(ix, mentors, picks, None)
    }

    /// [`Scorer::summaries`] with the zones' work taken from `horizon` (see [`Horizon`]):
    /// the same summaries, without building a zone's week again on every change of the
    /// needs (the Mentors page keeps one horizon per directory).
    pub fn summaries_in(
        &self,
        ix: &MentorIndex,
        mentors: &[Mentor],
        picks: &[usize],
        horizon: &Horizon,
    ) -> Vec<Option<CardSummary>> {
        self.summaries_with(ix, mentors, picks, Some(horizon))
    }

    fn summaries_with(
        &self,
        ix: &MentorIndex,
        mentors: &[Mentor],
        picks: &[usize],
        horizon: Option<&Horizon>,
    ) -> Vec<Option<CardSummary>> {
        // Row of each pick (rows are in tie-break order; `by_name[row]` is the position).
        let mut rows = vec![usize::MAX; picks.len()];
        let mut left = picks.iter().filter(|&&p| p < mentors.len()).count();
        for (row, &pos) in ix.by_name.iter().enumerate() {
            if left == 0 {
                break;
            }
            for (k, &p) in picks.iter().enumerate() {
                if p == pos as usize && rows[k] == usize::MAX {
                    rows[k] = row;
                    left -= 1;
                }
            }
        }
        let cx = self.context_in(ix, horizon);
        let view = View::new(ix, &cx);
        let mut scratch = Vec::new();
        picks
            .iter()
            .zip(rows)
            .map(|(&p, row)| {
                let m = mentors.get(p).filter(|_| row != usize::MAX)?;
                let e = self.eval(&view, row, &mut scratch);
                let zc = view.zones[view.rows[row].zone as usize].as_ref();
                Some(self.summary_of(m, &e, zc, horizon))
            })
            .collect()
    }

    /// The compact card of `m` from its evaluation and zone context.
    fn summary_of(
        &self,
        m: &Mentor,
        e: &Eval,
        zc: Option<&ZoneCx>,
        horizon: Option<&Horizon>,
    ) -> CardSummary {
        let points = self.points(e);
        let mut top: Option<usize> = None;
        for (i, &p) in points.iter().enumerate() {
            if p > 0 && top.is_none_or(|t| p > points[t]) {
                top = Some(i);
            }
        }
        let top_reason = top.map(|i| match Criterion::ALL[i] {
            Criterion::Skills => self.skills_reason(m, e),
            Criterion::Industry => self.industry_reason(m, e),
            Criterion::Experience => self.experience_reason(m, e),
            Criterion::Availability => {
                let week = overlap::horizon_monday(self.week_start, zc.map_or(0, |z| z.k));
                let weeks = self.horizon_weeks(m, zc, horizon);
                self.time_reason(m, e, week, &weeks)
            }
            Criterion::Style => self.style_reason(m),
            Criterion::Interests => self.interests_reason(m, e),
        });
        CardSummary {
            score: points.iter().sum(),
            top_reason,
            time_counts: self.max_points[Criterion::Availability as usize] > 0,
            not_said: Criterion::ALL
                .into_iter()
                .enumerate()
                .filter(|&(i, c)| {
                    self.max_points[i] == 0 && self.needs.weights.get(c) != Importance::NotImportant
                })
                .map(|(_, c)| c)
                .collect(),
        }
    }

    /// Shared minutes with `m` in each week of the horizon (Mondays with minutes); the
    /// zone's weeks come from `horizon` where it holds them.
    fn horizon_weeks(
        &self,
        m: &Mentor,
        zc: Option<&ZoneCx>,
        horizon: Option<&Horizon>,
    ) -> Vec<(NaiveDate, u32)> {
        let cached =
            zc.and_then(|zc| Some((zc.week.tz(), horizon?.get(zc.week.tz(), self.week_start)?)));
        (0..overlap::HORIZON_WEEKS)
            .map(|j| {
                let monday = overlap::horizon_monday(self.week_start, j);
                let minutes = match zc {
                    Some(zc) if !self.counters.is_empty() => {
                        let mut spans = Vec::new();
                        match cached {
                            Some((tz, c)) => c
                                .week(tz, self.week_start, j)
                                .0
                                .push_spans(&m.availability, &mut spans),
                            None => ZoneWeek::new(zc.week.tz(), monday)
                                .push_spans(&m.availability, &mut spans),
                        }
                        overlap::merge(&mut spans);
                        overlap::intersection_minutes(&self.mentee_weeks[j], &spans)
                    }
                    _ => 0,
                };
                (monday, minutes)
            })
            .collect()
    }

    fn time_reason(
        &self,
        m: &Mentor,
        e: &Eval,
        week: NaiveDate,
        weeks: &[(NaiveDate, u32)],
    ) -> String {
        let note = reasons::clock_note(weeks, e.overlap_min);
        reasons::shared_time(
            !self.counters.is_empty(),
            e.bad_zone.then(|| m.time_zone.trim()),
            !m.availability.is_empty(),
            e.overlap_min,
            week,
            note.as_deref(),
        )
    }

    fn style_reason(&self, m: &Mentor) -> String {
        let needs = &self.needs;
        reasons::style(
            m.style,
            needs.learning_style,
            style_fit(m.style, needs.learning_style),
            needs.unsaid.learning_style,
        )
    }

    /// Explains one mentor's score with a sentence per criterion, the facts and the notes.
    pub fn explain(&self, m: &Mentor) -> Breakdown {
        let needs = &self.needs;
        let ix = MentorIndex::new(std::slice::from_ref(m));
        let cx = self.context(&ix);
        let e = self.eval(&View::new(&ix, &cx), 0, &mut Vec::new());
        let points = self.points(&e);
        let zc = cx.zones[0].as_ref();
        let k = zc.map_or(0, |z| z.k);
        let week = overlap::horizon_monday(self.week_start, k);
        let overlap = match zc {
            Some(zc) => {
                let mut spans = Vec::new();
                zc.week.push_spans(&m.availability, &mut spans);
                overlap::merge(&mut spans);
                overlap::overlap_from_spans(&self.mentee_weeks[k], &spans, self.zone, week)
            }
            None => Overlap {
                minutes: 0,
                slots: Vec::new(),
                spans: Vec::new(),
            },
        };
        // The general path (every endpoint converted) against the fast one `eval` may take.
        debug_assert_eq!(overlap.minutes, e.overlap_min);
        debug_assert_eq!(points.iter().sum::<u8>(), self.score_of(&e));
        let weeks = self.horizon_weeks(m, zc, None);
        let reasons = [
            self.skills_reason(m, &e),
            self.industry_reason(m, &e),
            self.experience_reason(m, &e),
            self.time_reason(m, &e, week, &weeks),
            self.style_reason(m),
            self.interests_reason(m, &e),
        ];
        let contributions = Criterion::ALL
            .into_iter()
            .zip(reasons)
            .enumerate()
            .map(|(i, (criterion, reason))| Contribution {
                criterion,
                importance: needs.weights.get(criterion),
                points: points[i],
                max_points: self.max_points[i],
                reason,
            })
            .collect();
        let missed = self.missed(&e);
        let misses: Vec<Criterion> = Criterion::ALL
            .into_iter()
            .enumerate()
            .filter(|(i, _)| missed >> i & 1 == 1)
            .map(|(_, c)| c)
            .collect();
        let no_time = self.no_time(&e);
        let mut notes = Vec::new();
        if !misses.is_empty() {
            let what: Vec<String> = misses.iter().map(|c| self.essential_phrase(*c)).collect();
            notes.push(format!(
                "Lacks {}, which you marked essential: listed after every mentor who has some.",
                join_and(&what)
            ));
        }
        if e.full {
            notes.push(
                "Full right now (no open mentee slots): listed after mentors with space.".into(),
            );
        }
        if no_time {
            notes.push(self.no_time_note(e.full, misses.len()));
        }
        if needs.unsaid.availability && self.max_points[Criterion::Availability as usize] > 0 {
            notes.push(ASSUMED_TIMES_NOTE.into());
        }
        notes.extend(priorities_note(needs, self.no_priorities()));
        let exclusions = ExclusionReason::ALL
            .into_iter()
            .filter(|r| e.exclusions & r.bit() != 0)
            .collect();
        Breakdown {
            score: points.iter().sum(),
            contributions,
            full: e.full,
            exclusions,
            notes,
            facts: self.facts(m),
            misses,
            no_time,
            overlap,
            week,
            weeks,
        }
    }

    /// Where sharing no time puts a mentor, exactly: after every mentor in the same group
    /// (open or full, as many essentials missed) who shares some time, and, when an
    /// essential is met, still before every mentor who lacks it: essential dominates, so a
    /// 0 h mentor can head the list when no one with the essential shares time.
    fn no_time_note(&self, full: bool, missed: usize) -> String {
        let space = if full { "" } else { " with space" };
        let also = match (self.essential != 0, missed) {
            (false, _) => "",
            (true, 0) => " and meets what you marked essential",
            (true, _) => " and misses no more of what you marked essential",
        };
        let mut note = format!(
            "No free time in common with yours, so listed after every mentor{space} who shares some{also}."
        );
        if self.essential != 0 && missed == 0 {
            note.push_str(
                " It meets what you marked essential, so it is still listed before every mentor who doesn't, even one you share time with.",
            );
        }
        note
    }

    /// What having "some" of a criterion means, for the note on a missed essential.
    fn essential_phrase(&self, c: Criterion) -> String {
        match c {
            Criterion::Skills => "your focus skills".into(),
            Criterion::Industry if self.needs.wants_different_perspective => {
                "a different industry".into()
            }
            Criterion::Industry => "your industry".into(),
            Criterion::Experience => {
                format!("a career stage that suits {}", form_phrase(self.needs.form))
            }
            Criterion::Availability => "shared time".into(),
            Criterion::Style => "a teaching style close to yours".into(),
            Criterion::Interests => "shared interests".into(),
        }
    }

    /// Form, format, language, capacity and price, each with whether it fits.
    fn facts(&self, m: &Mentor) -> Vec<Fact> {
        let needs = &self.needs;
        let shared_languages: Vec<&str> = m
            .languages
            .iter()
            .filter(|l| self.languages.contains(&fold_key(l)))
            .map(|l| l.trim())
            .collect();
        let shares_format = needs.formats.iter().any(|f| m.formats.contains(f));
        vec![
            Fact {
                kind: FactKind::Form,
                fits: Some(m.forms.contains(&needs.form)),
                text: reasons::form_fact(needs.form, &m.forms, needs.unsaid.form),
            },
            Fact {
                kind: FactKind::Format,
                fits: (!needs.formats.is_empty()).then_some(shares_format),
                text: reasons::format_fact(&needs.formats, &m.formats),
            },
            Fact {
                kind: FactKind::Language,
                fits: Some(!shared_languages.is_empty()),
                text: reasons::language_fact(&needs.languages, &m.languages, &shared_languages),
            },
            Fact {
                kind: FactKind::Capacity,
                fits: Some(m.capacity > 0),
                text: reasons::capacity_fact(m.capacity),
            },
            Fact {
                kind: FactKind::Price,
                fits: match (m.price_per_month, needs.max_price) {
                    (None, _) => Some(true),
                    (Some(p), Some(max)) => Some(p <= max),
                    (Some(_), None) => None,
                },
                text: reasons::price_fact(m.price_per_month, needs.max_price),
            },
        ]
    }

    fn skills_reason(&self, m: &Mentor, e: &Eval) -> String {
        let n = self.n_skills as usize;
        let wanted = &self.skill_labels;
        let exact: Vec<bool> = (0..n).map(|i| e.skills_exact >> i & 1 == 1).collect();
        let related: Vec<Option<String>> = (0..n)
            .map(|i| {
                (e.skills_related >> i & 1 == 1).then(|| {
                    m.skills
                        .iter()
                        .find(|s| skills::skill_match(&wanted[i], s) == skills::SkillMatch::Related)
                        .map_or_else(|| "a related skill".to_string(), |s| s.trim().to_string())
                })
            })
            .collect();
        reasons::skills(wanted, &exact, &related)
    }

    fn industry_reason(&self, m: &Mentor, e: &Eval) -> String {
        let yours = if self.industry.is_empty() {
            ""
        } else {
            self.needs.industry.trim()
        };
        reasons::industry(
            yours,
            m.industry.trim(),
            e.same_industry,
            self.needs.wants_different_perspective,
        )
    }

    fn experience_reason(&self, m: &Mentor, e: &Eval) -> String {
        let form = self.needs.form;
        reasons::experience(
            m.stage,
            m.years_experience,
            e.stage_diff,
            form,
            m.forms.contains(&form),
            experience_fit(form, e.stage_diff),
            self.needs.unsaid.stage,
        )
    }

    fn interests_reason(&self, m: &Mentor, e: &Eval) -> String {
        if self.n_interests == 0 {
            return reasons::interests(false, &[]);
        }
        let mut seen = 0u32;
        let mut shared: Vec<&str> = Vec::new();
        if e.interests != 0 {
            for s in &m.interests {
                let bits = self.interest_table.get(s);
                if bits & !seen != 0 {
                    shared.push(s.trim());
                }
                seen |= bits;
            }
        }
        reasons::interests(true, &shared)
    }
}

/// The note on a breakdown whose shared time uses the assumed free times.
pub const ASSUMED_TIMES_NOTE: &str = "Shared time uses assumed free times (weekday evenings 18:00–20:00 in your time zone) until you add yours; a mentor sharing none of them is not listed lower for it.";

/// What the priorities behind a score are, when the mentee has not set them all or set
/// every usable one to "not important"; `None` when every priority was chosen and counts.
pub fn priorities_note(needs: &Needs, no_priorities: bool) -> Option<String> {
    let u = needs.unsaid;
    if no_priorities {
        return Some(if u.importances == 0 {
            "Every criterion that can be compared is set to \"not important\", so all scores are 0 and mentors are ordered by shared time, then name.".into()
        } else {
            "Nothing can be compared yet and the rest is set to \"not important\", so all scores are 0 and mentors are ordered by shared time, then name.".into()
        });
    }
    if u.importances == 0 {
        return None;
    }
    let all = Criterion::ALL.into_iter().all(|c| u.importance(c));
    Some(if all {
        "Priorities assumed: you haven't rated any criterion yet, so each counts as \"somewhat important\".".into()
    } else {
        let unrated: Vec<String> = Criterion::ALL
            .into_iter()
            .filter(|c| u.importance(*c))
            .map(|c| c.label().to_lowercase())
            .collect();
        format!(
            "Priorities partly assumed: {} not rated yet, so counted as \"somewhat important\".",
            join_and(&unrated)
        )
    })
}

/// What a compact card shows ([`Scorer::summary`]); the full [`Breakdown`] is built only
/// when the card's details are open.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CardSummary {
    /// The mentor's score, as [`Breakdown::score`].
    pub score: u8,
    /// The reason of the criterion that earned most points; `None` when none earned any.
    pub top_reason: Option<String>,
    /// Shared time earns points for someone (so the card names the hours).
    pub time_counts: bool,
    /// Criteria that matter but the mentee gave no data for ([`Contribution::not_said`]).
    pub not_said: Vec<Criterion>,
}

#[cfg(test)]
mod summaries_tests {
    use super::*;
    use crate::core::mentors::r#gen::{bench_needs, generate};
    use crate::core::mentors::needs::{BrowserFacts, default_needs};

    /// The page's batch of summaries (one shared index) says exactly what one summary per
    /// mentor says, for the ranked order, repeats and positions out of range, under fresh,
    /// answered and essential needs.
    #[test]
    fn summaries_agree_with_summary() {
        let pool = generate(300, 11);
        let ix = MentorIndex::new(&pool);
        let fresh = default_needs(
            &BrowserFacts {
                languages: vec!["en".into()],
                time_zone: Some("Europe/Berlin".into()),
            },
            None,
        );
        let mut essential = bench_needs();
        essential.weights.industry = Importance::Essential;
        essential.weights.availability = Importance::Very;
        let week = NaiveDate::from_ymd_opt(2027, 3, 22).unwrap();
        for n in [fresh, bench_needs(), essential] {
            let s = Scorer::new(&n, week);
            let ranked: Vec<usize> = s.rank_index(&ix).ranked.iter().map(|r| r.index).collect();
            let mut picks: Vec<usize> = ranked.iter().take(20).copied().collect();
            picks.extend([ranked[0], pool.len(), 0, pool.len() - 1]);
            let got = s.summaries(&ix, &pool, &picks);
            assert_eq!(got.len(), picks.len());
            for (p, g) in picks.iter().zip(&got) {
                assert_eq!(
                    g.as_ref(),
                    pool.get(*p).map(|m| s.summary(m)).as_ref(),
                    "{p}"
                );
            }
            let all: Vec<usize> = (0..pool.len()).collect();
            let every = s.summaries(&ix, &pool, &all);
            // The same from a horizon of the directory's zones, with the scorer built on it
            // too (the Mentors page's way).
            let horizon = Horizon::for_index(&ix, week, []);
            let cached = Scorer::with_horizon(&n, week, &horizon);
            assert_eq!(cached.summaries_in(&ix, &pool, &all, &horizon), every);
            assert_eq!(cached.summaries_in(&ix, &pool, &picks, &horizon), got);
            for (m, g) in pool.iter().zip(every) {
                assert_eq!(g, Some(s.summary(m)), "{}", m.id);
            }
        }
    }
}
