//! Activities: the modes of assistance the Action Plan delivers, each with the fields it
//! needs, and the validated input with which staff record them.

use crate::CountryCode;
use crate::code_enum;
use crate::codelists::{self, LANGUAGES};
use crate::dates::{optional_date, optional_local_datetime, ordered};
use crate::validation::{
    FieldErrors, optional_paragraphs, optional_text, optional_url, required_paragraphs, required_text,
};
use serde::Deserialize;

code_enum! {
    /// How assistance is delivered.
    pub enum ActivityMode {
        /// A self-paced online course.
        Elearning = "elearning",
        /// A webinar or virtual classroom at a set time.
        Webinar = "webinar",
        /// An in-person training event.
        Training = "training",
        /// A distance coaching or mentoring engagement.
        Coaching = "coaching",
        /// An in-country advisory mission by experts.
        Mission = "mission",
        /// Sponsorship of an expert to attend an ISO meeting.
        Sponsorship = "sponsorship",
    }
}

code_enum! {
    /// Where an activity is in its life.
    pub enum ActivityStatus {
        Planned = "planned",
        /// Open for applications and nominations.
        Open = "open",
        Ongoing = "ongoing",
        Completed = "completed",
        Cancelled = "cancelled",
    }
}

code_enum! {
    /// The follow-up of one recommendation of an advisory mission.
    pub enum FollowUp {
        Open = "open",
        InProgress = "in_progress",
        Implemented = "implemented",
        NotImplemented = "not_implemented",
    }
}

code_enum! {
    /// What a person does in an activity besides taking part in it.
    pub enum StaffRole {
        Expert = "expert",
        Coach = "coach",
        Trainer = "trainer",
    }
}

/// The activity form as submitted; the fields of every mode are present, and only those
/// of the chosen mode are kept.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ActivityFields {
    pub mode: String,
    pub title: String,
    pub description: String,
    pub languages: Vec<String>,
    pub start_date: String,
    pub end_date: String,
    pub status: String,
    pub capacity: String,
    pub countries: Vec<String>,
    pub members: Vec<String>,
    // eLearning.
    pub platform: String,
    pub course_iri: String,
    pub duration_hours: String,
    // Webinar.
    pub starts_at: String,
    pub time_zone: String,
    pub meeting_link: String,
    // Training event.
    pub venue_country: String,
    pub venue_city: String,
    // Coaching.
    pub goals: String,
    // Mission.
    pub requesting_member: String,
    pub terms_of_reference: String,
    pub report: String,
    // Sponsorship.
    pub committee: String,
    pub meeting: String,
}

/// The fields only some modes have.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ModeDetails {
    pub platform: Option<String>,
    pub course_iri: Option<String>,
    pub duration_hours: Option<i64>,
    pub starts_at: Option<String>,
    pub time_zone: Option<String>,
    pub meeting_link: Option<String>,
    pub venue_country: Option<CountryCode>,
    pub venue_city: Option<String>,
    pub goals: Option<String>,
    pub requesting_member: Option<CountryCode>,
    pub terms_of_reference: Option<String>,
    pub report: Option<String>,
    pub committee: Option<String>,
    pub meeting: Option<String>,
}

/// A valid activity (the project is named by the path or by the caller).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActivityInput {
    pub mode: ActivityMode,
    pub title: String,
    pub description: Option<String>,
    pub languages: Vec<String>,
    pub start_date: Option<String>,
    pub end_date: Option<String>,
    pub status: ActivityStatus,
    pub capacity: Option<i64>,
    pub countries: Vec<CountryCode>,
    pub members: Vec<CountryCode>,
    pub details: ModeDetails,
}

fn optional_country(raw: &str) -> Result<Option<CountryCode>, &'static str> {
    if raw.trim().is_empty() { Ok(None) } else { CountryCode::parse(raw).map(Some) }
}

fn optional_positive(raw: &str, max: i64) -> Result<Option<i64>, &'static str> {
    match raw.trim() {
        "" => Ok(None),
        n => n.parse::<i64>().ok().filter(|n| (1..=max).contains(n)).map(Some).ok_or("invalid_number"),
    }
}

/// An IANA time zone name as people write it (`Africa/Nairobi`, `UTC`). The list of
/// zones changes over time, so the shape is checked rather than membership.
pub fn time_zone(raw: &str) -> Result<Option<String>, &'static str> {
    let Some(zone) = optional_text(raw, 60)? else { return Ok(None) };
    let well_formed = zone == "UTC"
        || (zone.contains('/')
            && zone.split('/').all(|part| {
                part.starts_with(|c: char| c.is_ascii_uppercase())
                    && part.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '+'))
            }));
    if well_formed { Ok(Some(zone)) } else { Err("invalid_time_zone") }
}

/// An ISO committee reference such as `ISO/TC 176` or `ISO/TC 207/SC 1`.
pub fn committee(raw: &str) -> Result<Option<String>, &'static str> {
    let Some(reference) = optional_text(raw, 60)? else { return Ok(None) };
    let known_prefix = ["ISO/", "ISO/IEC ", "IEC/"].iter().any(|p| reference.to_ascii_uppercase().starts_with(p))
        || ["DEVCO", "COPOLCO", "CASCO", "ISO COUNCIL", "ISO GENERAL ASSEMBLY", "TMB"]
            .iter()
            .any(|p| reference.to_ascii_uppercase().starts_with(p));
    if known_prefix { Ok(Some(reference)) } else { Err("invalid_committee") }
}

impl ActivityInput {
    pub fn parse(raw: &ActivityFields) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::default();
        let mode = errors.check("mode", ActivityMode::parse(&raw.mode));
        let title = errors.check("title", required_text(&raw.title, 300));
        let description = errors.check("description", optional_paragraphs(&raw.description, 20_000));
        let mut languages = Vec::new();
        for code in raw.languages.iter().map(|l| l.trim().to_ascii_lowercase()).filter(|l| !l.is_empty()) {
            if !codelists::contains(LANGUAGES, &code) {
                errors.push("languages", "invalid_language");
            } else if !languages.contains(&code) {
                languages.push(code);
            }
        }
        let start_date = errors.check("start_date", optional_date(&raw.start_date));
        let end_date = errors.check("end_date", optional_date(&raw.end_date));
        if let (Some(s), Some(e)) = (&start_date, &end_date)
            && !ordered(s, e)
        {
            errors.push("end_date", "end_before_start");
        }
        let status = errors.check("status", ActivityStatus::parse(&raw.status));
        let capacity = errors.check("capacity", optional_positive(&raw.capacity, 1_000_000));
        let mut countries = Vec::new();
        for code in raw.countries.iter().filter(|c| !c.trim().is_empty()) {
            match CountryCode::parse(code) {
                Ok(code) if !countries.contains(&code) => countries.push(code),
                Ok(_) => {}
                Err(e) => errors.push("countries", e),
            }
        }
        let mut members = Vec::new();
        for code in raw.members.iter().filter(|c| !c.trim().is_empty()) {
            match CountryCode::parse(code) {
                Ok(code) if !members.contains(&code) => members.push(code),
                Ok(_) => {}
                Err(e) => errors.push("members", e),
            }
        }
        let details = mode.and_then(|mode| Self::details(mode, raw, &mut errors));
        if mode == Some(ActivityMode::Training) && matches!(start_date, Some(None)) {
            errors.push("start_date", "required_for_mode");
        }
        match (mode, title, description, start_date, end_date, status, capacity, details) {
            (
                Some(mode),
                Some(title),
                Some(description),
                Some(start_date),
                Some(end_date),
                Some(status),
                Some(capacity),
                Some(details),
            ) if errors.is_empty() => Ok(Self {
                mode,
                title,
                description,
                languages,
                start_date,
                end_date,
                status,
                capacity,
                countries,
                members,
                details,
            }),
            _ => Err(errors),
        }
    }

    /// The fields of `mode`, with those it requires; other modes' fields are dropped.
    fn details(mode: ActivityMode, raw: &ActivityFields, errors: &mut FieldErrors) -> Option<ModeDetails> {
        let required = |value: Option<Option<String>>, field: &'static str, errors: &mut FieldErrors| {
            if matches!(value, Some(None)) {
                errors.push(field, "required_for_mode");
            }
            value.flatten()
        };
        let before = errors.0.len();
        let mut details = ModeDetails::default();
        match mode {
            ActivityMode::Elearning => {
                details.platform =
                    required(errors.check("platform", optional_text(&raw.platform, 100)), "platform", errors);
                details.course_iri = errors.check("course_iri", optional_url(&raw.course_iri)).flatten();
                details.duration_hours =
                    errors.check("duration_hours", optional_positive(&raw.duration_hours, 10_000)).flatten();
            }
            ActivityMode::Webinar => {
                details.starts_at =
                    required(errors.check("starts_at", optional_local_datetime(&raw.starts_at)), "starts_at", errors);
                details.time_zone = required(errors.check("time_zone", time_zone(&raw.time_zone)), "time_zone", errors);
                details.meeting_link = errors.check("meeting_link", optional_url(&raw.meeting_link)).flatten();
            }
            ActivityMode::Training => {
                let country = errors.check("venue_country", optional_country(&raw.venue_country));
                if matches!(country, Some(None)) {
                    errors.push("venue_country", "required_for_mode");
                }
                details.venue_country = country.flatten();
                details.venue_city =
                    required(errors.check("venue_city", optional_text(&raw.venue_city, 100)), "venue_city", errors);
            }
            ActivityMode::Coaching => {
                details.goals =
                    required(errors.check("goals", optional_paragraphs(&raw.goals, 5_000)), "goals", errors);
            }
            ActivityMode::Mission => {
                let member = errors.check("requesting_member", optional_country(&raw.requesting_member));
                if matches!(member, Some(None)) {
                    errors.push("requesting_member", "required_for_mode");
                }
                details.requesting_member = member.flatten();
                details.terms_of_reference =
                    errors.check("terms_of_reference", optional_paragraphs(&raw.terms_of_reference, 20_000)).flatten();
                details.report = errors.check("report", optional_paragraphs(&raw.report, 50_000)).flatten();
            }
            ActivityMode::Sponsorship => {
                details.committee = required(errors.check("committee", committee(&raw.committee)), "committee", errors);
                details.meeting = errors.check("meeting", optional_text(&raw.meeting, 200)).flatten();
            }
        }
        (errors.0.len() == before).then_some(details)
    }
}

/// A coaching session as submitted.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct SessionFields {
    pub held_on: String,
    pub notes: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionInput {
    pub held_on: String,
    pub notes: Option<String>,
}

impl SessionInput {
    pub fn parse(raw: &SessionFields) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::default();
        let held_on = errors.check("held_on", optional_date(&raw.held_on).and_then(|d| d.ok_or("required")));
        let notes = errors.check("notes", optional_paragraphs(&raw.notes, 5_000));
        match (held_on, notes) {
            (Some(held_on), Some(notes)) => Ok(Self { held_on, notes }),
            _ => Err(errors),
        }
    }
}

/// A mission recommendation as submitted.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RecommendationFields {
    pub text: String,
    pub follow_up: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecommendationInput {
    pub text: String,
    pub follow_up: FollowUp,
}

impl RecommendationInput {
    pub fn parse(raw: &RecommendationFields) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::default();
        let text = errors.check("text", required_paragraphs(&raw.text, 2_000));
        let follow_up = if raw.follow_up.trim().is_empty() {
            Some(FollowUp::Open)
        } else {
            errors.check("follow_up", FollowUp::parse(&raw.follow_up))
        };
        match (text, follow_up) {
            (Some(text), Some(follow_up)) => Ok(Self { text, follow_up }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base(mode: &str) -> ActivityFields {
        ActivityFields {
            mode: mode.into(),
            title: "Introduction to ISO 9001".into(),
            status: "open".into(),
            languages: vec!["en".into(), "FR".into(), "en".into()],
            ..ActivityFields::default()
        }
    }

    #[test]
    fn each_mode_requires_its_own_fields() {
        let cases: [(&str, &[&str]); 6] = [
            ("elearning", &["platform"]),
            ("webinar", &["starts_at", "time_zone"]),
            ("training", &["venue_country", "venue_city", "start_date"]),
            ("coaching", &["goals"]),
            ("mission", &["requesting_member"]),
            ("sponsorship", &["committee"]),
        ];
        for (mode, fields) in cases {
            let errors = ActivityInput::parse(&base(mode)).unwrap_err();
            for field in fields {
                assert_eq!(errors.for_field(field).map(|e| e.code), Some("required_for_mode"), "{mode} {field}");
            }
        }
    }

    #[test]
    fn other_modes_fields_are_dropped() {
        let mut fields = base("webinar");
        fields.starts_at = "2026-05-04T14:00".into();
        fields.time_zone = "Africa/Nairobi".into();
        fields.venue_city = "Nairobi".into();
        let input = ActivityInput::parse(&fields).unwrap();
        assert_eq!(input.details.venue_city, None);
        assert_eq!(input.details.time_zone.as_deref(), Some("Africa/Nairobi"));
        assert_eq!(input.languages, vec!["en", "fr"]);
    }

    #[test]
    fn values_are_checked() {
        let mut fields = base("sponsorship");
        fields.committee = "TC 176".into();
        fields.capacity = "0".into();
        fields.languages = vec!["xx".into()];
        fields.start_date = "2026-05-02".into();
        fields.end_date = "2026-05-01".into();
        let errors = ActivityInput::parse(&fields).unwrap_err();
        for (field, code) in [
            ("committee", "invalid_committee"),
            ("capacity", "invalid_number"),
            ("languages", "invalid_language"),
            ("end_date", "end_before_start"),
        ] {
            assert_eq!(errors.for_field(field).map(|e| e.code), Some(code));
        }
        assert_eq!(time_zone("Europe/Geneva"), Ok(Some("Europe/Geneva".into())));
        assert_eq!(time_zone("geneva"), Err("invalid_time_zone"));
        assert_eq!(committee("ISO/TC 207/SC 1"), Ok(Some("ISO/TC 207/SC 1".into())));
    }
}
