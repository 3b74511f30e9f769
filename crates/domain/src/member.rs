//! ISO members: categories, developing-country status and its basis, and the validated
//! inputs with which staff and focal points change the registry.

use crate::validation::{FieldErrors, optional_paragraphs, optional_text, optional_url, required_text};
use crate::{CountryCode, Email};
use serde::{Deserialize, Serialize};

/// ISO membership category.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MemberCategory {
    /// Full member: votes, takes part in technical and policy work.
    MemberBody,
    /// Observes technical and policy work.
    Correspondent,
    /// Keeps informed; cannot take part.
    Subscriber,
}

impl MemberCategory {
    pub const ALL: [Self; 3] = [Self::MemberBody, Self::Correspondent, Self::Subscriber];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::MemberBody => "member_body",
            Self::Correspondent => "correspondent",
            Self::Subscriber => "subscriber",
        }
    }

    /// Accepts the stored code and the wording of ISO's own lists
    /// ("member body", "correspondent member", "subscriber member").
    pub fn parse(raw: &str) -> Result<Self, &'static str> {
        let normalised = raw.trim().to_ascii_lowercase().replace([' ', '-'], "_");
        match normalised.as_str() {
            "member_body" => Ok(Self::MemberBody),
            "correspondent" | "correspondent_member" => Ok(Self::Correspondent),
            "subscriber" | "subscriber_member" => Ok(Self::Subscriber),
            "" => Err("required"),
            _ => Err("invalid_category"),
        }
    }
}

/// Why a member counts (or does not count) as a developing-country member. ISO keeps its
/// own list and publishes no single criterion, so the basis is stored with the status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DevelopingBasis {
    /// ISO's own list of developing countries.
    IsoList,
    /// The OECD DAC list of ODA recipients.
    DacList,
    /// The World Bank income group (low and middle income).
    WbIncome,
    /// The UN list of least developed countries.
    Ldc,
    /// The UN M49 convention of developed and developing regions.
    UnM49Regions,
    /// Another reason, explained in the note.
    Other,
}

impl DevelopingBasis {
    pub const ALL: [Self; 6] =
        [Self::IsoList, Self::DacList, Self::WbIncome, Self::Ldc, Self::UnM49Regions, Self::Other];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::IsoList => "iso_list",
            Self::DacList => "dac_list",
            Self::WbIncome => "wb_income",
            Self::Ldc => "ldc",
            Self::UnM49Regions => "un_m49_regions",
            Self::Other => "other",
        }
    }

    pub fn parse(raw: &str) -> Result<Self, &'static str> {
        let code = raw.trim().to_ascii_lowercase();
        Self::ALL.into_iter().find(|b| b.as_str() == code).ok_or(if code.is_empty() {
            "required"
        } else {
            "invalid_basis"
        })
    }
}

/// Parses a yes/no value as people write it in forms and spreadsheets.
pub fn parse_flag(raw: &str) -> Result<bool, &'static str> {
    match raw.trim().to_ascii_lowercase().as_str() {
        "true" | "yes" | "y" | "1" | "oui" | "developing" => Ok(true),
        "false" | "no" | "n" | "0" | "non" | "not_developing" => Ok(false),
        "" => Err("required"),
        _ => Err("invalid_flag"),
    }
}

/// The raw text of a member as a form or a CSV row gives it.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct MemberFields {
    #[serde(default)]
    pub alpha2: String,
    #[serde(default)]
    pub acronym: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub category: String,
    #[serde(default)]
    pub developing: String,
    #[serde(default)]
    pub developing_basis: String,
    #[serde(default)]
    pub developing_note: String,
    #[serde(default)]
    pub website: String,
}

/// A complete, valid description of a member as staff maintain it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberInput {
    pub alpha2: CountryCode,
    pub acronym: Option<String>,
    pub name: Option<String>,
    pub category: MemberCategory,
    pub developing: bool,
    pub developing_basis: DevelopingBasis,
    pub developing_note: Option<String>,
    pub website: Option<String>,
}

impl MemberInput {
    /// Validates every field and reports every problem at once.
    pub fn parse(raw: &MemberFields) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::default();
        let alpha2 = errors.check("alpha2", CountryCode::parse(&raw.alpha2));
        let acronym = errors.check("acronym", optional_text(&raw.acronym, 40));
        let name = errors.check("name", optional_text(&raw.name, 200));
        let category = errors.check("category", MemberCategory::parse(&raw.category));
        let developing = errors.check("developing", parse_flag(&raw.developing));
        let developing_basis = errors.check("developing_basis", DevelopingBasis::parse(&raw.developing_basis));
        let developing_note = errors.check("developing_note", optional_paragraphs(&raw.developing_note, 500));
        let website = errors.check("website", optional_url(&raw.website));
        if developing_basis == Some(DevelopingBasis::Other) && matches!(developing_note, Some(None)) {
            errors.push("developing_note", "note_required_for_other_basis");
        }
        match (alpha2, acronym, name, category, developing, developing_basis, developing_note, website) {
            (
                Some(alpha2),
                Some(acronym),
                Some(name),
                Some(category),
                Some(developing),
                Some(developing_basis),
                Some(developing_note),
                Some(website),
            ) if errors.is_empty() => {
                Ok(Self { alpha2, acronym, name, category, developing, developing_basis, developing_note, website })
            }
            _ => Err(errors),
        }
    }
}

/// The raw text of a member's public contact details.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct MemberContactFields {
    #[serde(default)]
    pub website: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub address: String,
}

/// A member's public contact details: what a member's own focal point may keep current.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MemberContactInput {
    pub website: Option<String>,
    pub email: Option<Email>,
    pub phone: Option<String>,
    pub address: Option<String>,
}

impl MemberContactInput {
    pub fn parse(raw: &MemberContactFields) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::default();
        let website = errors.check("website", optional_url(&raw.website));
        let email = errors.check("email", Email::parse_optional(&raw.email));
        let phone = errors.check("phone", optional_phone(&raw.phone));
        let address = errors.check("address", optional_paragraphs(&raw.address, 500));
        match (website, email, phone, address) {
            (Some(website), Some(email), Some(phone), Some(address)) => Ok(Self { website, email, phone, address }),
            _ => Err(errors),
        }
    }
}

/// The raw text of one focal point (a named contact person at a member).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct FocalPointFields {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub position: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub phone: String,
}

/// A valid focal point.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FocalPointInput {
    pub name: String,
    pub position: Option<String>,
    pub email: Email,
    pub phone: Option<String>,
}

impl FocalPointInput {
    pub fn parse(raw: &FocalPointFields) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::default();
        let name = errors.check("name", required_text(&raw.name, 200));
        let position = errors.check("position", optional_text(&raw.position, 200));
        let email = errors.check("email", Email::parse(&raw.email));
        let phone = errors.check("phone", optional_phone(&raw.phone));
        match (name, position, email, phone) {
            (Some(name), Some(position), Some(email), Some(phone)) => Ok(Self { name, position, email, phone }),
            _ => Err(errors),
        }
    }
}

/// A telephone number as people write it: digits with optional `+`, spaces, dots,
/// dashes and brackets.
fn optional_phone(raw: &str) -> Result<Option<String>, &'static str> {
    let Some(phone) = optional_text(raw, 40)? else {
        return Ok(None);
    };
    let digits = phone.chars().filter(char::is_ascii_digit).count();
    let allowed = phone.chars().all(|c| c.is_ascii_digit() || " +-.()/".contains(c));
    if allowed && digits >= 5 { Ok(Some(phone)) } else { Err("invalid_phone") }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields() -> MemberFields {
        MemberFields {
            alpha2: "ke".into(),
            acronym: "KEBS".into(),
            name: "Kenya Bureau of Standards".into(),
            category: "member body".into(),
            developing: "yes".into(),
            developing_basis: "iso_list".into(),
            developing_note: String::new(),
            website: "https://www.kebs.org".into(),
        }
    }

    #[test]
    fn a_complete_member_parses() {
        let member = MemberInput::parse(&fields()).unwrap();
        assert_eq!(member.alpha2.as_str(), "KE");
        assert_eq!(member.category, MemberCategory::MemberBody);
        assert!(member.developing);
        assert_eq!(member.developing_basis, DevelopingBasis::IsoList);
        assert_eq!(member.developing_note, None);
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let raw = MemberFields {
            alpha2: "KEN".into(),
            category: "observer".into(),
            developing: "perhaps".into(),
            developing_basis: "other".into(),
            website: "kebs.org".into(),
            ..fields()
        };
        let errors = MemberInput::parse(&raw).unwrap_err();
        let fields: Vec<_> = errors.0.iter().map(|e| (e.field, e.code)).collect();
        assert_eq!(
            fields,
            vec![
                ("alpha2", "invalid_country_code"),
                ("category", "invalid_category"),
                ("developing", "invalid_flag"),
                ("website", "invalid_url"),
                ("developing_note", "note_required_for_other_basis"),
            ]
        );
    }

    #[test]
    fn categories_accept_iso_wording() {
        assert_eq!(MemberCategory::parse("Correspondent member"), Ok(MemberCategory::Correspondent));
        assert_eq!(MemberCategory::parse("subscriber"), Ok(MemberCategory::Subscriber));
        assert_eq!(MemberCategory::parse(""), Err("required"));
        for category in MemberCategory::ALL {
            assert_eq!(MemberCategory::parse(category.as_str()), Ok(category));
        }
        for basis in DevelopingBasis::ALL {
            assert_eq!(DevelopingBasis::parse(basis.as_str()), Ok(basis));
        }
    }

    #[test]
    fn focal_points_need_a_name_and_a_valid_email() {
        let errors = FocalPointInput::parse(&FocalPointFields {
            name: " ".into(),
            email: "not-an-email".into(),
            phone: "call me".into(),
            ..Default::default()
        })
        .unwrap_err();
        assert_eq!(errors.for_field("name").unwrap().code, "required");
        assert_eq!(errors.for_field("email").unwrap().code, "invalid_email");
        assert_eq!(errors.for_field("phone").unwrap().code, "invalid_phone");
        let ok = FocalPointInput::parse(&FocalPointFields {
            name: "A. Person".into(),
            email: "A.Person@Example.org".into(),
            phone: "+254 (20) 694-8000".into(),
            ..Default::default()
        })
        .unwrap();
        assert_eq!(ok.email.as_str(), "a.person@example.org");
    }

    #[test]
    fn contact_details_are_optional_but_checked() {
        let empty = MemberContactInput::parse(&MemberContactFields::default()).unwrap();
        assert_eq!(empty.website, None);
        let errors = MemberContactInput::parse(&MemberContactFields {
            website: "ftp://x.org".into(),
            email: "x@".into(),
            ..Default::default()
        })
        .unwrap_err();
        assert_eq!(errors.0.len(), 2);
    }
}
