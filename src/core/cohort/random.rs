//! Deterministic random cohorts for tests, the independent-solver check and benchmarks:
//! mentors from [`gen::generate`](r#gen::generate) with capacities 1–5, mentees built from generated profiles
//! (their languages, zone, free times, a few focus skills and interests), some with must-haves,
//! preferences and avoids.

use crate::core::cohort::mentees::Mentee;
use crate::core::mentors::r#gen::{self, SplitMix64};
use crate::core::mentors::mentor::{Mentor, MentoringForm, Style};
use crate::core::mentors::needs::{Importance, MustHaves, Needs, Weights};

/// `n_mentees` mentees and `n_mentors` mentors (capacities 1–5), the same for the same seed.
pub fn cohort(n_mentees: usize, n_mentors: usize, seed: u64) -> (Vec<Mentor>, Vec<Mentee>) {
    let mut rng = SplitMix64::new(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ 0xc0);
    let mut mentors = r#gen::generate(n_mentors, seed);
    for m in &mut mentors {
        m.capacity = 1 + (rng.next_u64() % 5) as u8;
    }
    let profiles = r#gen::generate(n_mentees, seed ^ 0x5eed);
    let mentees = profiles
        .into_iter()
        .enumerate()
        .map(|(i, p)| {
            let pick = |rng: &mut SplitMix64, v: &[String], k: usize| -> Vec<String> {
                v.iter()
                    .filter(|_| rng.next_u64() % 100 < 60)
                    .take(k)
                    .cloned()
                    .collect()
            };
            let focus_skills = pick(&mut rng, &p.skills, 4);
            let interests = pick(&mut rng, &p.interests, 3);
            let preferred = (0..(rng.next_u64() % 3))
                .map(|_| {
                    mentors[(rng.next_u64() as usize) % n_mentors.max(1)]
                        .id
                        .clone()
                })
                .filter(|_| n_mentors > 0)
                .collect();
            let avoid = if rng.next_u64().is_multiple_of(10) && n_mentors > 0 {
                vec![mentors[(rng.next_u64() as usize) % n_mentors].id.clone()]
            } else {
                Vec::new()
            };
            let imp = |r: u64| Importance::ALL[(r % 4) as usize];
            Mentee {
                id: format!("e{i}"),
                name: format!("Mentee {i}"),
                needs: Needs {
                    unsaid: Default::default(),
                    focus_skills,
                    goal_category: None,
                    industry: p.industry.clone(),
                    stage: p.stage,
                    languages: p.languages.clone(),
                    time_zone: p.time_zone.clone(),
                    availability: p.availability.clone(),
                    formats: p.formats.clone(),
                    form: if rng.next_u64().is_multiple_of(8) {
                        MentoringForm::Group
                    } else {
                        MentoringForm::OneToOne
                    },
                    learning_style: Style::ALL[(rng.next_u64() % 4) as usize],
                    interests,
                    wants_different_perspective: rng.next_u64().is_multiple_of(6),
                    max_price: None,
                    must: MustHaves {
                        language: rng.next_u64().is_multiple_of(2),
                        ..MustHaves::default()
                    },
                    weights: Weights {
                        skills: imp(rng.next_u64()),
                        industry: imp(rng.next_u64()),
                        experience: imp(rng.next_u64()),
                        availability: imp(rng.next_u64()),
                        style: imp(rng.next_u64()),
                        interests: imp(rng.next_u64()),
                    },
                },
                preferred,
                avoid,
                line: i + 2,
            }
        })
        .collect();
    (mentors, mentees)
}
