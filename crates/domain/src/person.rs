//! People who take part in activities or deliver them, and the life of a participation.

use crate::code_enum;
use crate::validation::{FieldErrors, optional_text, required_text};
use crate::{CountryCode, Email};
use serde::Deserialize;

code_enum! {
    /// Sex as recorded for disaggregation.
    pub enum Sex {
        Female = "female",
        Male = "male",
        Other = "other",
        NotStated = "not_stated",
    }
}

impl Sex {
    /// Also accepts the single letters and words spreadsheets use (F, M, woman, man).
    pub fn parse_lenient(raw: &str) -> Result<Self, &'static str> {
        match raw.trim().to_ascii_lowercase().as_str() {
            "" => Ok(Self::NotStated),
            "f" | "woman" | "women" | "femme" | "féminin" | "feminin" | "mujer" => Ok(Self::Female),
            "m" | "man" | "men" | "homme" | "masculin" | "hombre" => Ok(Self::Male),
            "x" | "o" => Ok(Self::Other),
            _ => Self::parse(raw).map_err(|_| "invalid_sex"),
        }
    }
}

code_enum! {
    /// The stakeholder group a person belongs to.
    pub enum StakeholderGroup {
        /// Staff of a national standards body.
        NsbStaff = "nsb_staff",
        /// Government and regulators.
        Government = "government",
        /// Industry, including SMEs.
        Industry = "industry",
        Academia = "academia",
        /// Consumer organisations.
        Consumer = "consumer",
        /// Conformity assessment bodies and laboratories.
        ConformityAssessment = "conformity_assessment",
        Ngo = "ngo",
        Other = "other",
    }
}

code_enum! {
    /// Where a person's participation in an activity stands.
    pub enum ParticipationStatus {
        Applied = "applied",
        Nominated = "nominated",
        Accepted = "accepted",
        Waitlisted = "waitlisted",
        Rejected = "rejected",
        Withdrawn = "withdrawn",
        Attended = "attended",
        NoShow = "no_show",
        Completed = "completed",
    }
}

impl ParticipationStatus {
    /// The statuses a participation may move to from this one:
    /// applied → nominated → accepted / waitlisted / rejected → attended / no-show →
    /// completed, with withdrawal possible until attendance.
    pub fn next(self) -> &'static [Self] {
        use ParticipationStatus::*;
        match self {
            Applied => &[Nominated, Accepted, Waitlisted, Rejected, Withdrawn],
            Nominated => &[Accepted, Waitlisted, Rejected, Withdrawn],
            Waitlisted => &[Accepted, Rejected, Withdrawn],
            Accepted => &[Attended, NoShow, Withdrawn],
            Attended => &[Completed, NoShow],
            NoShow => &[Attended],
            Rejected => &[Waitlisted, Accepted],
            Withdrawn => &[Nominated],
            Completed => &[],
        }
    }

    pub fn can_move_to(self, to: Self) -> bool {
        self.next().contains(&to)
    }

    /// Whether the person was actually there: the statuses counted as "reached".
    pub fn reached(self) -> bool {
        matches!(self, Self::Attended | Self::Completed)
    }

    /// Whether a focal point may still withdraw the nomination.
    pub fn withdrawable(self) -> bool {
        self.can_move_to(Self::Withdrawn)
    }
}

/// A person as submitted (form, API or one spreadsheet row).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct PersonFields {
    pub name: String,
    pub email: String,
    pub sex: String,
    pub country: String,
    pub organisation: String,
    pub stakeholder_group: String,
    /// The member (country code) that nominated the person.
    pub nominated_by: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonInput {
    pub name: String,
    pub email: Email,
    pub sex: Sex,
    pub country: Option<CountryCode>,
    pub organisation: Option<String>,
    pub stakeholder_group: Option<StakeholderGroup>,
    pub nominated_by: Option<CountryCode>,
}

impl PersonInput {
    pub fn parse(raw: &PersonFields) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::default();
        let name = errors.check("name", required_text(&raw.name, 200));
        let email = errors.check("email", Email::parse(&raw.email));
        let sex = errors.check("sex", Sex::parse_lenient(&raw.sex));
        let country = errors.check(
            "country",
            if raw.country.trim().is_empty() { Ok(None) } else { CountryCode::parse(&raw.country).map(Some) },
        );
        let organisation = errors.check("organisation", optional_text(&raw.organisation, 200));
        let stakeholder_group = errors.check(
            "stakeholder_group",
            match raw.stakeholder_group.trim() {
                "" => Ok(None),
                g => StakeholderGroup::parse(g).map(Some).map_err(|_| "invalid_stakeholder_group"),
            },
        );
        let nominated_by = errors.check(
            "nominated_by",
            if raw.nominated_by.trim().is_empty() { Ok(None) } else { CountryCode::parse(&raw.nominated_by).map(Some) },
        );
        match (name, email, sex, country, organisation, stakeholder_group, nominated_by) {
            (
                Some(name),
                Some(email),
                Some(sex),
                Some(country),
                Some(organisation),
                Some(stakeholder_group),
                Some(nominated_by),
            ) => Ok(Self { name, email, sex, country, organisation, stakeholder_group, nominated_by }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ParticipationStatus::*;

    #[test]
    fn participations_move_along_the_documented_path() {
        for (from, to) in [
            (Applied, Nominated),
            (Nominated, Accepted),
            (Nominated, Waitlisted),
            (Waitlisted, Accepted),
            (Accepted, Attended),
            (Accepted, NoShow),
            (Attended, Completed),
            (Nominated, Withdrawn),
        ] {
            assert!(from.can_move_to(to), "{from} → {to}");
        }
        for (from, to) in [(Applied, Completed), (Completed, Withdrawn), (Rejected, Attended), (NoShow, Completed)] {
            assert!(!from.can_move_to(to), "{from} → {to} must be refused");
        }
        assert!(Completed.reached() && Attended.reached() && !Accepted.reached());
    }

    #[test]
    fn people_are_checked_and_spreadsheet_wording_accepted() {
        let input = PersonInput::parse(&PersonFields {
            name: " Amina Otieno ".into(),
            email: "Amina@Example.org".into(),
            sex: "F".into(),
            country: "ke".into(),
            stakeholder_group: "NSB staff".into(),
            ..PersonFields::default()
        })
        .unwrap();
        assert_eq!(input.name, "Amina Otieno");
        assert_eq!(input.sex, Sex::Female);
        assert_eq!(input.stakeholder_group, Some(StakeholderGroup::NsbStaff));
        let errors = PersonInput::parse(&PersonFields {
            email: "not-an-email".into(),
            sex: "unknown".into(),
            country: "XX1".into(),
            stakeholder_group: "pirates".into(),
            ..PersonFields::default()
        })
        .unwrap_err();
        for field in ["name", "email", "sex", "country", "stakeholder_group"] {
            assert!(errors.for_field(field).is_some(), "{field}");
        }
        assert_eq!(Sex::parse_lenient(""), Ok(Sex::NotStated));
    }
}
