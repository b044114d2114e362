//! The reason prose of an explanation: one line per criterion, and the notes.

use super::index::MentorIndex;
use super::{
    Breakdown, Contribution, Eval, ExclusionReason, Scorer, View, experience_fit, style_fit,
};
use crate::core::mentors::mentor::{Mentor, MentoringForm, price_text};
use crate::core::mentors::needs::Criterion;
use crate::core::mentors::overlap::{self, Overlap};
use crate::core::mentors::skills;

fn fmt_hours(min: u32) -> String {
    if min < 60 && min > 0 {
        return format!("{min} min");
    }
    let h = f64::from(min) / 60.0;
    let s = format!("{h:.1}");
    s.strip_suffix(".0").map(str::to_string).unwrap_or(s) + " h"
}

fn plural(n: u32, one: &str, many: &str) -> String {
    if n == 1 {
        format!("{n} {one}")
    } else {
        format!("{n} {many}")
    }
}

fn form_phrase(form: MentoringForm) -> &'static str {
    match form {
        MentoringForm::OneToOne => "one-to-one mentoring",
        MentoringForm::Group => "group mentoring",
        MentoringForm::Peer => "peer mentoring",
        MentoringForm::Reverse => "reverse mentoring",
        MentoringForm::Micro => "micro-mentoring",
    }
}

impl Scorer {
    /// Explains one mentor's score with a reason per criterion.
    pub fn explain(&self, m: &Mentor) -> Breakdown {
        let needs = &self.needs;
        let ix = MentorIndex::new(std::slice::from_ref(m));
        let cx = self.context(&ix);
        let e = self.eval(&View::new(&ix, &cx), 0, &mut Vec::new());
        let points = self.points(&e);
        let overlap = match &cx.zones[0] {
            Some(zc) => {
                let mut spans = Vec::new();
                zc.week.push_spans(&m.availability, &mut spans);
                overlap::merge(&mut spans);
                overlap::overlap_from_spans(&self.mentee_spans, &spans, self.zone, self.week_start)
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
        let reasons = [
            self.skills_reason(m, &e),
            self.industry_reason(m, &e),
            self.experience_reason(m, &e),
            self.availability_reason(m, &e),
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
        let mut notes = Vec::new();
        if e.full {
            notes.push(
                "Full right now (no open mentee slots): listed after mentors with space.".into(),
            );
        }
        if self.no_priorities() {
            notes.push(
                "No priorities set: every criterion is \"not important\", so all scores are 0 and mentors are ordered by shared time, then name."
                    .into(),
            );
        }
        notes.push(price_text(m.price_per_month));
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
            overlap,
        }
    }

    fn skills_reason(&self, m: &Mentor, e: &Eval) -> String {
        if self.n_skills == 0 {
            return "No focus skills in your goal yet".into();
        }
        let n = self.n_skills;
        let wanted = &self.skill_labels;
        let exact: Vec<&str> = (0..n as usize)
            .filter(|i| e.skills_exact >> i & 1 == 1)
            .map(|i| wanted[i].as_str())
            .collect();
        let related: Vec<String> = (0..n as usize)
            .filter(|i| e.skills_related >> i & 1 == 1)
            .map(|i| {
                let via = m
                    .skills
                    .iter()
                    .find(|s| skills::skill_match(&wanted[i], s) == skills::SkillMatch::Related)
                    .map(|s| s.trim())
                    .unwrap_or("?");
                format!("{via} (for {})", wanted[i])
            })
            .collect();
        let mut out = if exact.is_empty() {
            format!("None of your {n} focus skills")
        } else {
            format!(
                "{} of your {n} focus skills: {}",
                exact.len(),
                exact.join(", ")
            )
        };
        if !related.is_empty() {
            out.push_str(if exact.is_empty() {
                ", but related: "
            } else {
                "; related: "
            });
            out.push_str(&related.join(", "));
        }
        out
    }

    fn industry_reason(&self, m: &Mentor, e: &Eval) -> String {
        let theirs = m.industry.trim();
        if self.industry.is_empty() {
            return "Add your industry to compare".into();
        }
        if theirs.is_empty() {
            return "No industry given".into();
        }
        match (e.same_industry, self.needs.wants_different_perspective) {
            (true, false) => format!("Same industry: {theirs}"),
            (false, true) => format!("Offers a different perspective: {theirs}"),
            (true, true) => {
                format!("Same industry ({theirs}); you asked for a different perspective")
            }
            (false, false) => format!("Different industry: {theirs}"),
        }
    }

    fn experience_reason(&self, m: &Mentor, e: &Eval) -> String {
        let d = e.stage_diff;
        let gap = match d {
            0 => "same career stage as you".to_string(),
            1.. => format!(
                "{} ahead of you",
                plural(d.unsigned_abs().into(), "stage", "stages")
            ),
            _ => format!(
                "{} behind you",
                plural(d.unsigned_abs().into(), "stage", "stages")
            ),
        };
        let fit = experience_fit(self.needs.form, d);
        let verdict = if fit >= 1.0 {
            "right for"
        } else if fit > 0.0 {
            "partly suits"
        } else {
            "not what suits"
        };
        format!(
            "{} ({} years), {gap}: {verdict} {}",
            m.stage.label(),
            m.years_experience,
            form_phrase(self.needs.form)
        )
    }

    fn availability_reason(&self, m: &Mentor, e: &Eval) -> String {
        if self.mentee_spans.is_empty() {
            return "Add your free times to compare".into();
        }
        if e.bad_zone {
            return format!("Unknown time zone \"{}\"", m.time_zone.trim());
        }
        if m.availability.is_empty() {
            return "No availability listed".into();
        }
        if e.overlap_min == 0 {
            return "No shared time in a typical week".into();
        }
        format!("{}/week overlap", fmt_hours(e.overlap_min))
    }

    fn style_reason(&self, m: &Mentor) -> String {
        let theirs = m.style.label().to_lowercase();
        let yours = self.needs.learning_style.label().to_lowercase();
        let fit = style_fit(m.style, self.needs.learning_style);
        if fit >= 1.0 {
            format!("Same style: {theirs}")
        } else if fit >= 0.5 {
            format!("Close style: {theirs} (you like {yours})")
        } else {
            format!("Different style: {theirs} (you like {yours})")
        }
    }

    fn interests_reason(&self, m: &Mentor, e: &Eval) -> String {
        if self.n_interests == 0 {
            return "Add interests to compare".into();
        }
        let k = e.interests.count_ones();
        if k == 0 {
            return "No shared interests".into();
        }
        let mut seen = 0u32;
        let mut shared: Vec<&str> = Vec::new();
        for s in &m.interests {
            let bits = self.interest_table.get(s);
            if bits & !seen != 0 {
                shared.push(s.trim());
            }
            seen |= bits;
        }
        format!(
            "{}: {}",
            plural(k, "shared interest", "shared interests"),
            shared.join(", ")
        )
    }
}
