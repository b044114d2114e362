//! The goal model: a raw [`GoalDraft`] straight from the form, and a validated [`Goal`]
//! that later steps (matching, planning, sharing) take without re-checking.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::core::form::{FieldError, fmt_num, parse_decimal, parse_iso_date};

/// What kind of goal this is. Every one of the four mentoring functions from the product notes
/// (career development, psychosocial support, role modeling, knowledge sharing) is reachable.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Category {
    /// Career development: promotion, growth in the current path.
    #[default]
    CareerDevelopment,
    /// Knowledge sharing: learn a concrete skill.
    SkillBuilding,
    /// Role modeling: learn to lead people.
    Leadership,
    /// Career development into a new field.
    CareerSwitch,
    /// Starting or growing a business.
    StartingBusiness,
    /// Psychosocial support: confidence, balance, wellbeing.
    ConfidenceWellbeing,
    /// Building relationships and visibility.
    Networking,
}

impl Category {
    /// Every category, in display order.
    pub const ALL: [Category; 7] = [
        Category::CareerDevelopment,
        Category::SkillBuilding,
        Category::Leadership,
        Category::CareerSwitch,
        Category::StartingBusiness,
        Category::ConfidenceWellbeing,
        Category::Networking,
    ];

    /// Human label.
    pub fn label(self) -> &'static str {
        match self {
            Category::CareerDevelopment => "Career development",
            Category::SkillBuilding => "Skill building",
            Category::Leadership => "Leadership",
            Category::CareerSwitch => "Career switch",
            Category::StartingBusiness => "Starting a business",
            Category::ConfidenceWellbeing => "Confidence & wellbeing",
            Category::Networking => "Networking",
        }
    }

    /// The mentoring function (from the seeds) this category mostly serves.
    pub fn function(self) -> &'static str {
        match self {
            Category::CareerDevelopment | Category::CareerSwitch | Category::Networking => {
                "Career development"
            }
            Category::SkillBuilding | Category::StartingBusiness => "Knowledge sharing",
            Category::Leadership => "Role modeling",
            Category::ConfidenceWellbeing => "Psychosocial support",
        }
    }

    /// Stable machine key (used in forms and files).
    pub fn key(self) -> &'static str {
        match self {
            Category::CareerDevelopment => "career",
            Category::SkillBuilding => "skill",
            Category::Leadership => "leadership",
            Category::CareerSwitch => "switch",
            Category::StartingBusiness => "business",
            Category::ConfidenceWellbeing => "wellbeing",
            Category::Networking => "networking",
        }
    }

    /// Inverse of [`Category::key`].
    pub fn from_key(key: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.key() == key)
    }
}

/// Short-term (weeks to a few months) or long-term (a year or more).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum Horizon {
    #[default]
    ShortTerm,
    LongTerm,
}

/// How success is measured, e.g. "talks given: 0 → 3".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
pub struct SuccessMeasure {
    pub metric: String,
    pub baseline: f64,
    pub target: f64,
    pub unit: String,
}

/// One step on the way to the goal.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Milestone {
    pub title: String,
    pub target: NaiveDate,
    pub done: Option<NaiveDate>,
}

/// A milestone as typed in the form: anything may be empty or malformed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct MilestoneDraft {
    pub title: String,
    /// ISO date `YYYY-MM-DD` as an `<input type=date>` gives it, or empty.
    pub target: String,
    /// ISO date or empty.
    pub done: String,
}

/// The goal exactly as the wizard form holds it. Every field is text so nothing the user typed
/// is ever lost, even when it does not parse.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct GoalDraft {
    pub aspiration: String,
    /// A [`Category::key`] or empty.
    pub category: String,
    pub statement: String,
    pub metric: String,
    pub baseline: String,
    pub target: String,
    pub unit: String,
    /// ISO date `YYYY-MM-DD` or empty.
    pub deadline: String,
    /// Hours per week, as typed.
    pub weekly_hours: String,
    pub focus_skills: Vec<String>,
    pub milestones: Vec<MilestoneDraft>,
    pub long_term: bool,
    /// Which template this draft started from, if any.
    pub template: Option<String>,
}

/// A validated goal: every field parsed and present.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Goal {
    pub aspiration: String,
    pub category: Category,
    pub statement: String,
    pub measure: Option<SuccessMeasure>,
    pub deadline: NaiveDate,
    pub weekly_hours: f32,
    pub focus_skills: Vec<String>,
    pub milestones: Vec<Milestone>,
    pub horizon: Horizon,
}

/// Longest statement or aspiration kept, in characters.
pub const MAX_TEXT: usize = 2_000;
/// Most milestones a goal may hold.
pub const MAX_MILESTONES: usize = 24;
/// Most focus skills a goal may hold.
pub const MAX_SKILLS: usize = 12;

impl GoalDraft {
    /// Validates the draft. Returns every problem at once, never only the first.
    pub fn validate(&self) -> Result<Goal, Vec<FieldError>> {
        let mut errors = Vec::new();
        let statement = self.statement.trim();
        if statement.is_empty() {
            errors.push(FieldError::new(
                "statement",
                "Write the goal in one sentence.",
            ));
        } else if statement.chars().count() > MAX_TEXT {
            errors.push(FieldError::new(
                "statement",
                format!("Keep the goal under {MAX_TEXT} characters."),
            ));
        }
        if self.aspiration.chars().count() > MAX_TEXT {
            errors.push(FieldError::new(
                "aspiration",
                format!("Keep the why under {MAX_TEXT} characters."),
            ));
        }
        let category = match Category::from_key(self.category.trim()) {
            Some(c) => Some(c),
            None => {
                errors.push(FieldError::new(
                    "category",
                    "Choose what kind of goal this is.",
                ));
                None
            }
        };
        let deadline = if self.deadline.trim().is_empty() {
            errors.push(FieldError::new("deadline", "Set a deadline."));
            None
        } else {
            let d = parse_iso_date(&self.deadline);
            if d.is_none() {
                errors.push(FieldError::new(
                    "deadline",
                    "The deadline is not a date (YYYY-MM-DD).",
                ));
            }
            d
        };
        let weekly_hours = if self.weekly_hours.trim().is_empty() {
            Some(0.0)
        } else {
            match parse_decimal(&self.weekly_hours) {
                Some(h) if (0.0..=80.0).contains(&h) => Some(h as f32),
                _ => {
                    errors.push(FieldError::new(
                        "weekly_hours",
                        "Hours per week must be a number from 0 to 80.",
                    ));
                    None
                }
            }
        };
        let measure = self.validate_measure(&mut errors);
        let mut focus_skills: Vec<String> = Vec::new();
        for s in &self.focus_skills {
            let s = s.trim();
            if !s.is_empty() && !focus_skills.iter().any(|x| x.eq_ignore_ascii_case(s)) {
                focus_skills.push(s.to_string());
            }
        }
        if focus_skills.len() > MAX_SKILLS {
            errors.push(FieldError::new(
                "focus_skills",
                format!("Keep to at most {MAX_SKILLS} focus skills."),
            ));
        }
        if self.milestones.len() > MAX_MILESTONES {
            errors.push(FieldError::new(
                "milestones",
                format!("Keep to at most {MAX_MILESTONES} milestones."),
            ));
        }
        let mut milestones = Vec::new();
        for (i, m) in self.milestones.iter().enumerate() {
            let title = m.title.trim();
            if title.is_empty() {
                errors.push(FieldError::new(
                    format!("milestones[{i}].title"),
                    format!("Milestone {} needs a title.", i + 1),
                ));
            }
            let target = parse_iso_date(&m.target);
            if target.is_none() {
                errors.push(FieldError::new(
                    format!("milestones[{i}].target"),
                    format!("Milestone {} needs a target date.", i + 1),
                ));
            }
            let done = if m.done.trim().is_empty() {
                Some(None)
            } else {
                match parse_iso_date(&m.done) {
                    Some(d) => Some(Some(d)),
                    None => {
                        errors.push(FieldError::new(
                            format!("milestones[{i}].done"),
                            format!("Milestone {}'s done date is not a date.", i + 1),
                        ));
                        None
                    }
                }
            };
            if let (Some(target), Some(done)) = (target, done)
                && !title.is_empty()
            {
                milestones.push(Milestone {
                    title: title.to_string(),
                    target,
                    done,
                });
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Goal {
            aspiration: self.aspiration.trim().to_string(),
            category: category.unwrap_or_default(),
            statement: statement.to_string(),
            measure,
            deadline: deadline.expect("checked above"),
            weekly_hours: weekly_hours.unwrap_or(0.0),
            focus_skills,
            milestones,
            horizon: if self.long_term {
                Horizon::LongTerm
            } else {
                Horizon::ShortTerm
            },
        })
    }

    fn validate_measure(&self, errors: &mut Vec<FieldError>) -> Option<SuccessMeasure> {
        let metric = self.metric.trim();
        let any = !metric.is_empty()
            || !self.baseline.trim().is_empty()
            || !self.target.trim().is_empty();
        if !any {
            return None;
        }
        if metric.is_empty() {
            errors.push(FieldError::new(
                "metric",
                "Name what you will count (e.g. talks given).",
            ));
        }
        let baseline = if self.baseline.trim().is_empty() {
            Some(0.0)
        } else {
            let b = parse_decimal(&self.baseline);
            if b.is_none() {
                errors.push(FieldError::new(
                    "baseline",
                    "The starting point must be a number.",
                ));
            }
            b
        };
        let target = match parse_decimal(&self.target) {
            Some(t) => Some(t),
            None => {
                errors.push(FieldError::new("target", "The target must be a number."));
                None
            }
        };
        Some(SuccessMeasure {
            metric: metric.to_string(),
            baseline: baseline?,
            target: target?,
            unit: self.unit.trim().to_string(),
        })
    }
}

impl Goal {
    /// The draft this goal came from, so a validated goal can be edited again.
    pub fn to_draft(&self) -> GoalDraft {
        GoalDraft {
            aspiration: self.aspiration.clone(),
            category: self.category.key().to_string(),
            statement: self.statement.clone(),
            metric: self
                .measure
                .as_ref()
                .map(|m| m.metric.clone())
                .unwrap_or_default(),
            baseline: self
                .measure
                .as_ref()
                .map(|m| fmt_num(m.baseline))
                .unwrap_or_default(),
            target: self
                .measure
                .as_ref()
                .map(|m| fmt_num(m.target))
                .unwrap_or_default(),
            unit: self
                .measure
                .as_ref()
                .map(|m| m.unit.clone())
                .unwrap_or_default(),
            deadline: self.deadline.to_string(),
            weekly_hours: fmt_num(self.weekly_hours as f64),
            focus_skills: self.focus_skills.clone(),
            milestones: self
                .milestones
                .iter()
                .map(|m| MilestoneDraft {
                    title: m.title.clone(),
                    target: m.target.to_string(),
                    done: m.done.map(|d| d.to_string()).unwrap_or_default(),
                })
                .collect(),
            long_term: self.horizon == Horizon::LongTerm,
            template: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft() -> GoalDraft {
        GoalDraft {
            aspiration: "Become a confident speaker".into(),
            category: "skill".into(),
            statement: "Give 3 talks at meetups by 2027-06-30".into(),
            metric: "talks given".into(),
            baseline: "0".into(),
            target: "3".into(),
            unit: "talks".into(),
            deadline: "2027-06-30".into(),
            weekly_hours: "3".into(),
            focus_skills: vec![
                "public speaking".into(),
                "Public Speaking".into(),
                " ".into(),
            ],
            milestones: vec![MilestoneDraft {
                title: "First talk".into(),
                target: "2027-02-01".into(),
                done: String::new(),
            }],
            long_term: false,
            template: None,
        }
    }

    #[test]
    fn valid_draft_becomes_goal_and_back() {
        let goal = draft().validate().unwrap();
        assert_eq!(goal.focus_skills, vec!["public speaking".to_string()]);
        assert_eq!(goal.measure.as_ref().unwrap().target, 3.0);
        let again = goal.to_draft().validate().unwrap();
        assert_eq!(goal, again);
    }

    #[test]
    fn every_problem_reported_at_once() {
        let d = GoalDraft {
            statement: " ".into(),
            deadline: "31/02/2027".into(),
            weekly_hours: "lots".into(),
            target: "three".into(),
            milestones: vec![MilestoneDraft::default()],
            ..GoalDraft::default()
        };
        let errs = d.validate().unwrap_err();
        let fields: Vec<&str> = errs.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "statement",
                "category",
                "deadline",
                "weekly_hours",
                "metric",
                "target",
                "milestones[0].title",
                "milestones[0].target"
            ]
        );
    }
}
