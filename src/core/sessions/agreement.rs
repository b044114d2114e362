//! The mentoring agreement: what both sides agree on before the first session. A raw
//! [`AgreementDraft`] (form text, never loses what was typed) becomes a validated [`Agreement`].

use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::core::form::{FieldError, parse_iso_date};
use crate::core::goals::goal::{Goal, MAX_TEXT};
use crate::core::mentors::mentor::{Format, Mentor};
use crate::core::sessions::schedule::{Cadence, MAX_SESSION_MINUTES, MIN_SESSION_MINUTES};

/// The default confidentiality clause.
pub const DEFAULT_CONFIDENTIALITY: &str = "What's discussed stays between us unless both agree.";
/// The default reply time.
pub const DEFAULT_RESPONSE_TIME: &str = "Within 2 working days";
/// The default boundaries clause.
pub const DEFAULT_BOUNDARIES: &str = "Sessions are moved with at least 24 hours' notice. Either of us can end the mentorship at any time, kindly and without blame.";
/// The default session length.
pub const DEFAULT_SESSION_MINUTES: u16 = 60;
/// Most review points an agreement may hold.
pub const MAX_REVIEW_POINTS: usize = 12;

/// Every format, in display order.
pub const FORMATS: [Format; 4] = [Format::Video, Format::Phone, Format::Chat, Format::InPerson];

/// Stable key of a format (same as its serde name).
pub fn format_key(f: Format) -> &'static str {
    match f {
        Format::Video => "video",
        Format::Phone => "phone",
        Format::Chat => "chat",
        Format::InPerson => "in_person",
    }
}

/// Inverse of [`format_key`].
pub fn format_from_key(key: &str) -> Option<Format> {
    FORMATS.into_iter().find(|f| format_key(*f) == key.trim())
}

/// Human label of a format.
pub fn format_label(f: Format) -> &'static str {
    match f {
        Format::Video => "Video call",
        Format::Phone => "Phone call",
        Format::Chat => "Chat",
        Format::InPerson => "In person",
    }
}

/// A validated agreement.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Agreement {
    pub goals_summary: String,
    /// E.g. "Every 2 weeks" (see [`Cadence::label`]).
    pub frequency: String,
    pub format: Format,
    pub session_minutes: u16,
    /// Where/how sessions and messages happen ("Video call, link in the invite").
    pub channel: String,
    pub response_time: String,
    pub confidentiality: String,
    pub boundaries: String,
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub review_points: Vec<NaiveDate>,
    pub mentor_name: String,
    pub mentee_name: String,
}

/// The agreement exactly as the form holds it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct AgreementDraft {
    pub goals_summary: String,
    pub frequency: String,
    /// A [`format_key`] or empty.
    pub format: String,
    pub session_minutes: String,
    pub channel: String,
    pub response_time: String,
    pub confidentiality: String,
    pub boundaries: String,
    /// ISO `YYYY-MM-DD`.
    pub start: String,
    pub end: String,
    /// ISO dates, one per entry.
    pub review_points: Vec<String>,
    pub mentor_name: String,
    pub mentee_name: String,
}

fn iso(d: NaiveDate) -> String {
    d.to_string()
}

/// `start` + 6 months (clamped to the month's end).
pub fn default_end(start: NaiveDate) -> NaiveDate {
    start
        .checked_add_months(Months::new(6))
        .unwrap_or(NaiveDate::MAX)
}

/// The midpoint and the end.
pub fn default_review_points(start: NaiveDate, end: NaiveDate) -> Vec<NaiveDate> {
    let mid = start + chrono::Duration::days((end - start).num_days() / 2);
    if mid > start && mid < end {
        vec![mid, end]
    } else {
        vec![end]
    }
}

/// The prefilled channel text for a format (the mentor's city for in-person sessions).
pub fn channel_for(format: Format, mentor: Option<&Mentor>) -> String {
    match format {
        Format::Video => "Video call (link in the calendar invite); messages by email".into(),
        Format::Phone => "Phone call; messages by email".into(),
        Format::Chat => "Chat".into(),
        Format::InPerson => match mentor.map(|m| m.city.trim()).filter(|c| !c.is_empty()) {
            Some(city) => format!("In person in {city}; messages by email"),
            None => "In person; messages by email".into(),
        },
    }
}

/// A one-paragraph summary of a goal: the statement and its milestones.
pub fn summarize_goal(goal: &Goal) -> String {
    let mut s = goal.statement.clone();
    if !goal.milestones.is_empty() {
        let ms: Vec<String> = goal
            .milestones
            .iter()
            .map(|m| format!("{} (by {})", m.title, iso(m.target)))
            .collect();
        s.push_str(" Milestones: ");
        s.push_str(&ms.join("; "));
        s.push('.');
    }
    s
}

impl Agreement {
    /// A prefilled draft for this goal and mentor, starting `today`. The frequency defaults to
    /// "Every 2 weeks"; call [`AgreementDraft::set_cadence`] once a schedule is chosen.
    pub fn draft_from(goal: &Goal, mentor: Option<&Mentor>, today: NaiveDate) -> AgreementDraft {
        let format = mentor
            .and_then(|m| m.formats.first().copied())
            .unwrap_or(Format::Video);
        let end = default_end(today);
        AgreementDraft {
            goals_summary: summarize_goal(goal),
            frequency: Cadence::EveryNWeeks(2).label(),
            format: format_key(format).into(),
            session_minutes: DEFAULT_SESSION_MINUTES.to_string(),
            channel: channel_for(format, mentor),
            response_time: DEFAULT_RESPONSE_TIME.into(),
            confidentiality: DEFAULT_CONFIDENTIALITY.into(),
            boundaries: DEFAULT_BOUNDARIES.into(),
            start: iso(today),
            end: iso(end),
            review_points: default_review_points(today, end)
                .into_iter()
                .map(iso)
                .collect(),
            mentor_name: mentor.map(|m| m.name.clone()).unwrap_or_default(),
            mentee_name: String::new(),
        }
    }

    /// The fields left empty (keys as in [`AgreementDraft`]), for the "agreement left
    /// incomplete" warning. Empty means the agreement is complete.
    pub fn missing_fields(&self) -> Vec<&'static str> {
        let texts: [(&'static str, &str); 8] = [
            ("goals_summary", &self.goals_summary),
            ("frequency", &self.frequency),
            ("channel", &self.channel),
            ("response_time", &self.response_time),
            ("confidentiality", &self.confidentiality),
            ("boundaries", &self.boundaries),
            ("mentor_name", &self.mentor_name),
            ("mentee_name", &self.mentee_name),
        ];
        let mut out: Vec<&'static str> = texts
            .into_iter()
            .filter(|(_, v)| v.trim().is_empty())
            .map(|(k, _)| k)
            .collect();
        if self.review_points.is_empty() {
            out.push("review_points");
        }
        out
    }

    /// Human names of [`Agreement::missing_fields`] keys.
    pub fn field_label(key: &str) -> &'static str {
        match key {
            "goals_summary" => "Goals",
            "frequency" => "How often",
            "format" => "Format",
            "session_minutes" => "Session length",
            "channel" => "Channel",
            "response_time" => "Response time",
            "confidentiality" => "Confidentiality",
            "boundaries" => "Boundaries",
            "start" => "Start",
            "end" => "End",
            "review_points" => "Review points",
            "mentor_name" => "Mentor's name",
            "mentee_name" => "Mentee's name",
            _ => "Field",
        }
    }

    /// Back to a draft for editing.
    pub fn to_draft(&self) -> AgreementDraft {
        AgreementDraft {
            goals_summary: self.goals_summary.clone(),
            frequency: self.frequency.clone(),
            format: format_key(self.format).into(),
            session_minutes: self.session_minutes.to_string(),
            channel: self.channel.clone(),
            response_time: self.response_time.clone(),
            confidentiality: self.confidentiality.clone(),
            boundaries: self.boundaries.clone(),
            start: iso(self.start),
            end: iso(self.end),
            review_points: self.review_points.iter().copied().map(iso).collect(),
            mentor_name: self.mentor_name.clone(),
            mentee_name: self.mentee_name.clone(),
        }
    }

    /// A printable plain-text page (LF line endings).
    pub fn to_plain_text(&self) -> String {
        let or_dash = |s: &str| {
            if s.trim().is_empty() {
                "—".to_string()
            } else {
                s.trim().to_string()
            }
        };
        let mut out = String::new();
        out.push_str("MENTORING AGREEMENT\n===================\n\n");
        out.push_str(&format!(
            "Mentor: {}\nMentee: {}\n\n",
            or_dash(&self.mentor_name),
            or_dash(&self.mentee_name)
        ));
        out.push_str(&format!(
            "Goals\n-----\n{}\n\n",
            or_dash(&self.goals_summary)
        ));
        out.push_str("How we meet\n-----------\n");
        out.push_str(&format!("How often: {}\n", or_dash(&self.frequency)));
        out.push_str(&format!("Format: {}\n", format_label(self.format)));
        out.push_str(&format!(
            "Session length: {} minutes\n",
            self.session_minutes
        ));
        out.push_str(&format!("Channel: {}\n", or_dash(&self.channel)));
        out.push_str(&format!(
            "Replies between sessions: {}\n\n",
            or_dash(&self.response_time)
        ));
        out.push_str(&format!(
            "Confidentiality\n---------------\n{}\n\n",
            or_dash(&self.confidentiality)
        ));
        out.push_str(&format!(
            "Boundaries\n----------\n{}\n\n",
            or_dash(&self.boundaries)
        ));
        out.push_str("Dates\n-----\n");
        out.push_str(&format!("From {} to {}\n", iso(self.start), iso(self.end)));
        let reviews: Vec<String> = self.review_points.iter().copied().map(iso).collect();
        out.push_str(&format!(
            "Reviews: {}\n\n",
            if reviews.is_empty() {
                "—".to_string()
            } else {
                reviews.join(", ")
            }
        ));
        out.push_str("Signed\n------\n");
        out.push_str(&format!(
            "Mentor: {}    Date: ____________\n",
            or_dash(&self.mentor_name)
        ));
        out.push_str(&format!(
            "Mentee: {}    Date: ____________\n",
            or_dash(&self.mentee_name)
        ));
        out
    }
}

impl AgreementDraft {
    /// Fills the frequency text from a cadence.
    pub fn set_cadence(&mut self, cadence: &Cadence) {
        self.frequency = cadence.label();
    }

    /// Validates the draft; returns every problem at once.
    ///
    /// Required: goals, frequency, format, a session length of 15–240 minutes, start and end
    /// dates with the end after the start, review points (if any) between start and end.
    /// Empty channel, response time, confidentiality, boundaries and names are allowed (they are
    /// reported by [`Agreement::missing_fields`] instead).
    pub fn validate(&self) -> Result<Agreement, Vec<FieldError>> {
        let mut errors = Vec::new();
        let text = |errors: &mut Vec<FieldError>, field: &str, v: &str, required: Option<&str>| {
            let v = v.trim();
            if v.is_empty() {
                if let Some(msg) = required {
                    errors.push(FieldError::new(field, msg));
                }
            } else if v.chars().count() > MAX_TEXT {
                errors.push(FieldError::new(
                    field,
                    format!("Keep this under {MAX_TEXT} characters."),
                ));
            }
            v.to_string()
        };
        let goals_summary = text(
            &mut errors,
            "goals_summary",
            &self.goals_summary,
            Some("Summarise what the mentorship is for."),
        );
        let frequency = text(
            &mut errors,
            "frequency",
            &self.frequency,
            Some("Say how often you will meet."),
        );
        let format = format_from_key(&self.format);
        if format.is_none() {
            errors.push(FieldError::new("format", "Choose how you will meet."));
        }
        let minutes = self.session_minutes.trim().parse::<u16>().ok();
        let session_minutes = match minutes {
            Some(m) if (MIN_SESSION_MINUTES..=MAX_SESSION_MINUTES).contains(&m) => Some(m),
            _ => {
                errors.push(FieldError::new(
                    "session_minutes",
                    format!(
                        "A session lasts {MIN_SESSION_MINUTES} to {MAX_SESSION_MINUTES} minutes."
                    ),
                ));
                None
            }
        };
        let channel = text(&mut errors, "channel", &self.channel, None);
        let response_time = text(&mut errors, "response_time", &self.response_time, None);
        let confidentiality = text(&mut errors, "confidentiality", &self.confidentiality, None);
        let boundaries = text(&mut errors, "boundaries", &self.boundaries, None);
        let mentor_name = text(&mut errors, "mentor_name", &self.mentor_name, None);
        let mentee_name = text(&mut errors, "mentee_name", &self.mentee_name, None);
        let mut date = |field: &str, v: &str, what: &str| {
            let d = parse_iso_date(v);
            if d.is_none() {
                errors.push(FieldError::new(
                    field,
                    format!("The {what} is not a date (YYYY-MM-DD)."),
                ));
            }
            d
        };
        let start = date("start", &self.start, "start");
        let end = date("end", &self.end, "end");
        if let (Some(s), Some(e)) = (start, end)
            && e <= s
        {
            errors.push(FieldError::new("end", "The end must be after the start."));
        }
        if self.review_points.len() > MAX_REVIEW_POINTS {
            errors.push(FieldError::new(
                "review_points",
                format!("Keep to at most {MAX_REVIEW_POINTS} review points."),
            ));
        }
        let mut review_points = Vec::new();
        for (i, raw) in self.review_points.iter().enumerate() {
            if raw.trim().is_empty() {
                continue;
            }
            match parse_iso_date(raw) {
                None => errors.push(FieldError::new(
                    format!("review_points[{i}]"),
                    format!("Review point {} is not a date.", i + 1),
                )),
                Some(d) => {
                    if let (Some(s), Some(e)) = (start, end)
                        && (d < s || d > e)
                    {
                        errors.push(FieldError::new(
                            format!("review_points[{i}]"),
                            format!("Review point {} is outside the agreement's dates.", i + 1),
                        ));
                    }
                    review_points.push(d);
                }
            }
        }
        crate::core::sorting::sort(&mut review_points);
        review_points.dedup();
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Agreement {
            goals_summary,
            frequency,
            format: format.expect("checked"),
            session_minutes: session_minutes.expect("checked"),
            channel,
            response_time,
            confidentiality,
            boundaries,
            start: start.expect("checked"),
            end: end.expect("checked"),
            review_points,
            mentor_name,
            mentee_name,
        })
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::core::goals::goal::{Category, Horizon, Milestone};
    use crate::core::mentors::mentor::{CareerStage, Style};

    pub(crate) fn goal() -> Goal {
        Goal {
            aspiration: "Speak with confidence".into(),
            category: Category::SkillBuilding,
            statement: "Give 3 talks at meetups by 2027-06-30".into(),
            measure: None,
            deadline: NaiveDate::from_ymd_opt(2027, 6, 30).unwrap(),
            weekly_hours: 3.0,
            focus_skills: vec!["public speaking".into()],
            milestones: vec![
                Milestone {
                    title: "Outline first talk".into(),
                    target: NaiveDate::from_ymd_opt(2027, 1, 20).unwrap(),
                    done: None,
                },
                Milestone {
                    title: "First talk".into(),
                    target: NaiveDate::from_ymd_opt(2027, 3, 1).unwrap(),
                    done: None,
                },
            ],
            horizon: Horizon::ShortTerm,
        }
    }

    pub(crate) fn mentor() -> Mentor {
        Mentor {
            id: "m1".into(),
            name: "Ada Okafor".into(),
            headline: "Engineering lead".into(),
            industry: "Software".into(),
            stage: CareerStage::Lead,
            years_experience: 15,
            country: "GB".into(),
            city: "Leeds".into(),
            time_zone: "Europe/London".into(),
            languages: vec!["English".into()],
            forms: vec![],
            formats: vec![Format::InPerson, Format::Video],
            availability: vec![],
            capacity: 2,
            style: Style::Coaching,
            skills: vec![],
            interests: vec![],
            bio: String::new(),
            price_per_month: None,
        }
    }

    fn d(s: &str) -> NaiveDate {
        parse_iso_date(s).unwrap()
    }

    #[test]
    fn draft_defaults_validate() {
        let mut draft = Agreement::draft_from(&goal(), Some(&mentor()), d("2026-11-30"));
        assert_eq!(draft.end, "2027-05-30");
        assert_eq!(draft.review_points, ["2027-02-28", "2027-05-30"]);
        assert_eq!(draft.format, "in_person");
        assert!(draft.channel.contains("Leeds"));
        assert!(
            draft
                .goals_summary
                .contains("Outline first talk (by 2027-01-20)")
        );
        draft.set_cadence(&Cadence::Weekly);
        let a = draft.validate().unwrap();
        assert_eq!(a.frequency, "Every week");
        assert_eq!(a.confidentiality, DEFAULT_CONFIDENTIALITY);
        assert_eq!(a.missing_fields(), ["mentee_name"]);
        assert_eq!(a.to_draft().validate().unwrap(), a);
        let text = a.to_plain_text();
        assert!(text.contains("Mentor: Ada Okafor"));
        assert!(text.contains("From 2026-11-30 to 2027-05-30"));
        // Six months from Aug 31 clamps to Feb 28.
        assert_eq!(default_end(d("2026-08-31")), d("2027-02-28"));
    }

    #[test]
    fn all_problems_at_once() {
        let draft = AgreementDraft {
            format: "carrier pigeon".into(),
            session_minutes: "300".into(),
            start: "2027-05-01".into(),
            end: "2027-04-01".into(),
            review_points: vec!["2028-01-01".into(), "soon".into(), "".into()],
            ..AgreementDraft::default()
        };
        let fields: Vec<String> = draft
            .validate()
            .unwrap_err()
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(
            fields,
            [
                "goals_summary",
                "frequency",
                "format",
                "session_minutes",
                "end",
                "review_points[0]",
                "review_points[1]"
            ]
        );
        let no_mentor = Agreement::draft_from(&goal(), None, d("2027-01-01"));
        let a = no_mentor.validate().unwrap();
        assert_eq!(a.missing_fields(), ["mentor_name", "mentee_name"]);
        assert_eq!(a.format, Format::Video);
    }
}
