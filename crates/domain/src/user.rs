//! People who sign in: their roles and the rules for their credentials.

use serde::{Deserialize, Serialize};

/// What a signed-in account may do. Staff are administrators and programme officers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Users, roles, reference data, settings — and everything staff can do.
    Administrator,
    /// Capacity Building staff: run the programme, correct the registry.
    ProgrammeOfficer,
    /// A member's focal point: scoped to that one member.
    FocalPoint,
    /// Read-only access to the projects a donor funds.
    DonorViewer,
    /// A participant, expert or coach: their own record.
    Participant,
}

impl Role {
    pub const ALL: [Self; 5] =
        [Self::Administrator, Self::ProgrammeOfficer, Self::FocalPoint, Self::DonorViewer, Self::Participant];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Administrator => "administrator",
            Self::ProgrammeOfficer => "programme_officer",
            Self::FocalPoint => "focal_point",
            Self::DonorViewer => "donor_viewer",
            Self::Participant => "participant",
        }
    }

    pub fn parse(raw: &str) -> Result<Self, &'static str> {
        let code = raw.trim().to_ascii_lowercase().replace('-', "_");
        Self::ALL.into_iter().find(|r| r.as_str() == code).ok_or("invalid_role")
    }

    /// Capacity Building staff: may change the registry and see every record.
    pub fn is_staff(self) -> bool {
        matches!(self, Self::Administrator | Self::ProgrammeOfficer)
    }

    /// Whether an account with this role must be attached to one member.
    pub fn needs_member(self) -> bool {
        self == Self::FocalPoint
    }
}

/// An e-mail address, stored lower-cased so that lookups ignore case.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Email(String);

impl Email {
    /// A pragmatic check (one `@`, a dotted domain, no spaces, at most 254 characters):
    /// the only real proof of an address is a message that arrives.
    pub fn parse(raw: &str) -> Result<Self, &'static str> {
        let email = raw.trim().to_lowercase();
        if email.is_empty() {
            return Err("required");
        }
        let valid = email.len() <= 254
            && !email.chars().any(|c| c.is_whitespace() || c.is_control() || "<>,;\"'".contains(c))
            && match email.split_once('@') {
                Some((local, domain)) => {
                    !local.is_empty()
                        && !domain.contains('@')
                        && domain.contains('.')
                        && !domain.starts_with('.')
                        && !domain.ends_with('.')
                        && !domain.contains("..")
                }
                None => false,
            };
        if valid { Ok(Self(email)) } else { Err("invalid_email") }
    }

    pub fn parse_optional(raw: &str) -> Result<Option<Self>, &'static str> {
        if raw.trim().is_empty() { Ok(None) } else { Self::parse(raw).map(Some) }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Email {
    type Error = &'static str;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<Email> for String {
    fn from(email: Email) -> Self {
        email.0
    }
}

impl std::fmt::Display for Email {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// The raw text of an account as the administrators' form gives it.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct UserFields {
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub display_name: String,
    #[serde(default)]
    pub role: String,
    /// Country code of the member a focal point speaks for.
    #[serde(default)]
    pub member: String,
    /// `true` when the account may sign in (a checkbox: absent means no).
    #[serde(default)]
    pub active: String,
}

/// A valid account description.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserInput {
    pub email: Email,
    pub display_name: String,
    pub role: Role,
    pub member: Option<crate::CountryCode>,
    pub active: bool,
}

impl UserInput {
    /// Validates every field; a focal point must name a member, other roles must not.
    pub fn parse(raw: &UserFields) -> Result<Self, crate::FieldErrors> {
        let mut errors = crate::FieldErrors::default();
        let email = errors.check("email", Email::parse(&raw.email));
        let display_name = errors.check("display_name", crate::validation::required_text(&raw.display_name, 120));
        let role = errors.check("role", Role::parse(&raw.role));
        let member = match (role, raw.member.trim()) {
            (Some(role), "") if role.needs_member() => {
                errors.push("member", "required_for_focal_point");
                None
            }
            (Some(role), code) if !role.needs_member() && !code.is_empty() => {
                errors.push("member", "member_not_allowed");
                None
            }
            (_, "") => Some(None),
            (_, code) => errors.check("member", crate::CountryCode::parse(code)).map(Some),
        };
        let active = raw.active == "true";
        match (email, display_name, role, member) {
            (Some(email), Some(display_name), Some(role), Some(member)) if errors.is_empty() => {
                Ok(Self { email, display_name, role, member, active })
            }
            _ => Err(errors),
        }
    }
}

/// The minimum length of a password. Length beats composition rules (NIST SP 800-63B).
pub const MIN_PASSWORD_CHARS: usize = 12;

/// Checks a new password against the policy.
pub fn check_new_password(password: &str) -> Result<(), &'static str> {
    let chars = password.chars().count();
    if chars < MIN_PASSWORD_CHARS {
        Err("password_too_short")
    } else if chars > 1024 {
        Err("password_too_long")
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_lower_cased_and_checked() {
        assert_eq!(Email::parse(" Ana@Example.ORG ").unwrap().as_str(), "ana@example.org");
        for bad in ["", "ana", "ana@", "@example.org", "ana@example", "a b@example.org", "a@b@c.org", "a@.org"] {
            assert!(Email::parse(bad).is_err(), "{bad:?} should be rejected");
        }
    }

    #[test]
    fn roles_round_trip_and_staff_is_two_roles() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Ok(role));
        }
        assert_eq!(Role::parse("programme-officer"), Ok(Role::ProgrammeOfficer));
        assert!(Role::parse("root").is_err());
        let staff: Vec<_> = Role::ALL.into_iter().filter(|r| r.is_staff()).collect();
        assert_eq!(staff, vec![Role::Administrator, Role::ProgrammeOfficer]);
    }

    #[test]
    fn focal_points_and_only_they_name_a_member() {
        let fields = |role: &str, member: &str| UserFields {
            email: "a@example.org".into(),
            display_name: "A".into(),
            role: role.into(),
            member: member.into(),
            active: "true".into(),
        };
        let fp = UserInput::parse(&fields("focal_point", "ke")).unwrap();
        assert_eq!(fp.member.map(|m| m.to_string()), Some("KE".into()));
        assert!(fp.active);
        let errors = UserInput::parse(&fields("focal_point", "")).unwrap_err();
        assert_eq!(errors.for_field("member").unwrap().code, "required_for_focal_point");
        let errors = UserInput::parse(&fields("administrator", "KE")).unwrap_err();
        assert_eq!(errors.for_field("member").unwrap().code, "member_not_allowed");
        let inactive = UserInput::parse(&UserFields { active: String::new(), ..fields("participant", "") }).unwrap();
        assert!(!inactive.active);
        let errors = UserInput::parse(&UserFields { email: "x".into(), ..fields("emperor", "") }).unwrap_err();
        assert_eq!(errors.0.len(), 2);
    }

    #[test]
    fn passwords_need_length() {
        assert_eq!(check_new_password("short"), Err("password_too_short"));
        assert_eq!(check_new_password("correct horse battery"), Ok(()));
    }
}
