//! Projects: statuses, scope, partner organisations and their roles, funding and budget
//! lines, and the validated inputs with which staff create and change them.

use crate::CountryCode;
use crate::code_enum;
use crate::codelists::{self, SDG_TARGETS};
use crate::dates::{self, optional_date, ordered};
use crate::money::{amount_hundredths, currency};
use crate::validation::{FieldErrors, optional_paragraphs, optional_text, optional_url, required_text};
use serde::Deserialize;

/// The languages project texts may be written in, the first being required.
pub const CONTENT_LANGUAGES: [&str; 5] = ["en", "fr", "es", "ar", "ru"];

code_enum! {
    /// Where a project is in its life; the IATI activity statuses.
    pub enum ProjectStatus {
        Pipeline = "pipeline",
        Implementation = "implementation",
        Finalisation = "finalisation",
        Closed = "closed",
        Cancelled = "cancelled",
        Suspended = "suspended",
    }
}

impl ProjectStatus {
    /// The IATI `ActivityStatus` code.
    pub fn iati_code(self) -> u8 {
        match self {
            Self::Pipeline => 1,
            Self::Implementation => 2,
            Self::Finalisation => 3,
            Self::Closed => 4,
            Self::Cancelled => 5,
            Self::Suspended => 6,
        }
    }
}

code_enum! {
    /// How wide a project reaches.
    pub enum Scope {
        Global = "global",
        Regional = "regional",
        National = "national",
    }
}

impl Scope {
    /// The IATI `ActivityScope` code.
    pub fn iati_code(self) -> u8 {
        match self {
            Self::Global => 1,
            Self::Regional => 2,
            Self::National => 4,
        }
    }
}

code_enum! {
    /// What an organisation does for a project (IATI `OrganisationRole`).
    pub enum OrgRole {
        Funding = "funding",
        Accountable = "accountable",
        Extending = "extending",
        Implementing = "implementing",
    }
}

impl OrgRole {
    pub fn iati_code(self) -> u8 {
        match self {
            Self::Funding => 1,
            Self::Accountable => 2,
            Self::Extending => 3,
            Self::Implementing => 4,
        }
    }
}

code_enum! {
    /// The kind of an organisation (IATI `OrganisationType`).
    pub enum OrgType {
        Government = "government",
        LocalGovernment = "local_government",
        OtherPublicSector = "other_public_sector",
        InternationalNgo = "international_ngo",
        NationalNgo = "national_ngo",
        RegionalNgo = "regional_ngo",
        PartnerCountryNgo = "partner_country_ngo",
        PublicPrivatePartnership = "public_private_partnership",
        Multilateral = "multilateral",
        Foundation = "foundation",
        PrivateSector = "private_sector",
        PrivateSectorProvider = "private_sector_provider",
        PrivateSectorRecipient = "private_sector_recipient",
        PrivateSectorThird = "private_sector_third",
        Academic = "academic",
        Other = "other",
    }
}

impl OrgType {
    pub fn iati_code(self) -> u8 {
        match self {
            Self::Government => 10,
            Self::LocalGovernment => 11,
            Self::OtherPublicSector => 15,
            Self::InternationalNgo => 21,
            Self::NationalNgo => 22,
            Self::RegionalNgo => 23,
            Self::PartnerCountryNgo => 24,
            Self::PublicPrivatePartnership => 30,
            Self::Multilateral => 40,
            Self::Foundation => 60,
            Self::PrivateSector => 70,
            Self::PrivateSectorProvider => 71,
            Self::PrivateSectorRecipient => 72,
            Self::PrivateSectorThird => 73,
            Self::Academic => 80,
            Self::Other => 90,
        }
    }
}

code_enum! {
    /// A funding line: money promised, or money paid.
    pub enum FinanceKind {
        Commitment = "commitment",
        Disbursement = "disbursement",
    }
}

/// A project code: what staff and URLs call the project (`APDC-2026-014`).
pub fn project_code(raw: &str) -> Result<String, &'static str> {
    let code = raw.trim().to_ascii_uppercase();
    if code.is_empty() {
        return Err("required");
    }
    let valid = code.len() <= 40
        && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.')
        && code.starts_with(|c: char| c.is_ascii_alphanumeric());
    if valid { Ok(code) } else { Err("invalid_project_code") }
}

/// A theme's identifier in URLs and filters (`circular-economy`).
pub fn theme_slug(raw: &str) -> Result<String, &'static str> {
    let slug = raw.trim().to_ascii_lowercase();
    if slug.is_empty() {
        return Err("required");
    }
    let valid = slug.len() <= 60
        && slug.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !slug.starts_with('-')
        && !slug.ends_with('-');
    if valid { Ok(slug) } else { Err("invalid_slug") }
}

/// An SDG goal number, 1 to 17.
pub fn sdg_goal(raw: &str) -> Result<i64, &'static str> {
    match raw.trim().parse::<i64>() {
        Ok(goal) if (1..=17).contains(&goal) => Ok(goal),
        _ => Err("invalid_sdg"),
    }
}

/// An SDG target (`9.1`, `17.a`) from the official list.
pub fn sdg_target(raw: &str) -> Result<String, &'static str> {
    let target = raw.trim().to_ascii_lowercase();
    if codelists::contains(SDG_TARGETS, &target) { Ok(target) } else { Err("invalid_sdg_target") }
}

/// A project's title, summary and description in one language.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ProjectText {
    pub language: String,
    pub title: String,
    pub summary: Option<String>,
    pub description: Option<String>,
}

/// The project form as submitted: every value a string, lists as repeated fields.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ProjectFields {
    pub code: String,
    pub status: String,
    pub scope: String,
    pub planned_start: String,
    pub planned_end: String,
    pub actual_start: String,
    pub actual_end: String,
    /// `true` when the project is shown on the public site.
    pub public: String,
    pub title_en: String,
    pub summary_en: String,
    pub description_en: String,
    pub title_fr: String,
    pub summary_fr: String,
    pub description_fr: String,
    pub title_es: String,
    pub summary_es: String,
    pub description_es: String,
    pub title_ar: String,
    pub summary_ar: String,
    pub description_ar: String,
    pub title_ru: String,
    pub summary_ru: String,
    pub description_ru: String,
    pub countries: Vec<String>,
    pub regions: Vec<String>,
    pub members: Vec<String>,
    pub themes: Vec<String>,
    pub sdgs: Vec<String>,
    /// SDG targets separated by spaces or commas (`9.1, 9.2`).
    pub sdg_targets: String,
}

impl ProjectFields {
    /// The three text fields of `language`.
    pub fn texts(&self, language: &str) -> (&str, &str, &str) {
        match language {
            "fr" => (&self.title_fr, &self.summary_fr, &self.description_fr),
            "es" => (&self.title_es, &self.summary_es, &self.description_es),
            "ar" => (&self.title_ar, &self.summary_ar, &self.description_ar),
            "ru" => (&self.title_ru, &self.summary_ru, &self.description_ru),
            _ => (&self.title_en, &self.summary_en, &self.description_en),
        }
    }

    /// Sets the three text fields of `language`.
    pub fn set_texts(&mut self, text: &ProjectText) {
        let (t, s, d) = match text.language.as_str() {
            "fr" => (&mut self.title_fr, &mut self.summary_fr, &mut self.description_fr),
            "es" => (&mut self.title_es, &mut self.summary_es, &mut self.description_es),
            "ar" => (&mut self.title_ar, &mut self.summary_ar, &mut self.description_ar),
            "ru" => (&mut self.title_ru, &mut self.summary_ru, &mut self.description_ru),
            _ => (&mut self.title_en, &mut self.summary_en, &mut self.description_en),
        };
        *t = text.title.clone();
        *s = text.summary.clone().unwrap_or_default();
        *d = text.description.clone().unwrap_or_default();
    }
}

/// A valid project. Countries, members and themes are checked against the database by
/// the store; everything else is checked here.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProjectInput {
    pub code: String,
    pub status: ProjectStatus,
    pub scope: Scope,
    pub planned_start: Option<String>,
    pub planned_end: Option<String>,
    pub actual_start: Option<String>,
    pub actual_end: Option<String>,
    pub public: bool,
    pub texts: Vec<ProjectText>,
    pub countries: Vec<CountryCode>,
    pub regions: Vec<String>,
    pub members: Vec<CountryCode>,
    pub themes: Vec<String>,
    /// Goals, each with the targets chosen under it (possibly none).
    pub sdgs: Vec<(i64, Vec<String>)>,
}

/// Parses every item of a list field, sorted and without repeats; the first bad item
/// makes the field invalid.
pub(crate) fn list<T: Ord>(
    items: &[String],
    parse: impl Fn(&str) -> Result<T, &'static str>,
) -> Result<Vec<T>, &'static str> {
    let mut parsed = Vec::new();
    for item in items.iter().filter(|i| !i.trim().is_empty()) {
        parsed.push(parse(item)?);
    }
    parsed.sort();
    parsed.dedup();
    Ok(parsed)
}

impl ProjectInput {
    pub fn parse(raw: &ProjectFields) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::default();
        let code = errors.check("code", project_code(&raw.code));
        let status = errors.check("status", ProjectStatus::parse(&raw.status));
        let scope = errors.check("scope", Scope::parse(&raw.scope));
        let planned_start = errors.check("planned_start", optional_date(&raw.planned_start));
        let planned_end = errors.check("planned_end", optional_date(&raw.planned_end));
        let actual_start = errors.check("actual_start", optional_date(&raw.actual_start));
        let actual_end = errors.check("actual_end", optional_date(&raw.actual_end));
        if let (Some(s), Some(e)) = (&planned_start, &planned_end)
            && !ordered(s, e)
        {
            errors.push("planned_end", "end_before_start");
        }
        if let (Some(s), Some(e)) = (&actual_start, &actual_end)
            && !ordered(s, e)
        {
            errors.push("actual_end", "end_before_start");
        }
        if matches!(status, Some(ProjectStatus::Closed)) && matches!(actual_end, Some(None)) {
            errors.push("actual_end", "required_when_closed");
        }
        let public = matches!(raw.public.as_str(), "true" | "on" | "1");
        let mut texts = Vec::new();
        for language in CONTENT_LANGUAGES {
            let (title, summary, description) = raw.texts(language);
            let (title_field, summary_field, description_field) = text_fields(language);
            let title = if language == CONTENT_LANGUAGES[0] {
                errors.check(title_field, required_text(title, 300)).map(Some)
            } else {
                errors.check(title_field, optional_text(title, 300))
            };
            let summary = errors.check(summary_field, optional_paragraphs(summary, 1_000));
            let description = errors.check(description_field, optional_paragraphs(description, 20_000));
            match (title, summary, description) {
                (Some(Some(title)), Some(summary), Some(description)) => {
                    texts.push(ProjectText { language: language.to_owned(), title, summary, description });
                }
                (Some(None), Some(summary), Some(description)) if summary.is_some() || description.is_some() => {
                    errors.push(title_field, "title_required_with_text");
                }
                _ => {}
            }
        }
        let countries = errors.check("countries", list(&raw.countries, CountryCode::parse));
        let regions =
            errors.check("regions", list(&raw.regions, |r| optional_text(r, 80).and_then(|r| r.ok_or("required"))));
        let members = errors.check("members", list(&raw.members, CountryCode::parse));
        let themes = errors.check("themes", list(&raw.themes, theme_slug));
        let goals = errors.check("sdgs", list(&raw.sdgs, sdg_goal));
        let targets = errors.check(
            "sdg_targets",
            list(&raw.sdg_targets.split([',', ' ', ';']).map(str::to_owned).collect::<Vec<_>>(), sdg_target),
        );
        if let (Some(Scope::National), Some(countries)) = (scope, &countries)
            && countries.is_empty()
        {
            errors.push("countries", "required_for_national_scope");
        }
        if let (Some(Scope::Regional), Some(countries), Some(regions)) = (scope, &countries, &regions)
            && countries.is_empty()
            && regions.is_empty()
        {
            errors.push("regions", "required_for_regional_scope");
        }
        let (
            Some(code),
            Some(status),
            Some(scope),
            Some(planned_start),
            Some(planned_end),
            Some(actual_start),
            Some(actual_end),
            Some(countries),
            Some(regions),
            Some(members),
            Some(themes),
            Some(goals),
            Some(targets),
        ) = (
            code,
            status,
            scope,
            planned_start,
            planned_end,
            actual_start,
            actual_end,
            countries,
            regions,
            members,
            themes,
            goals,
            targets,
        )
        else {
            return Err(errors);
        };
        // A target implies its goal, so choosing "9.1" alone is enough.
        let mut sdgs: Vec<(i64, Vec<String>)> = goals.into_iter().map(|g| (g, Vec::new())).collect();
        for target in targets {
            let goal: i64 = target.split('.').next().and_then(|g| g.parse().ok()).unwrap_or_default();
            match sdgs.iter_mut().find(|(g, _)| *g == goal) {
                Some((_, list)) => list.push(target),
                None => sdgs.push((goal, vec![target])),
            }
        }
        sdgs.sort();
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Self {
            code,
            status,
            scope,
            planned_start,
            planned_end,
            actual_start,
            actual_end,
            public,
            texts,
            countries,
            regions,
            members,
            themes,
            sdgs,
        })
    }
}

/// The form field names of one language's texts.
pub fn text_fields(language: &str) -> (&'static str, &'static str, &'static str) {
    match language {
        "fr" => ("title_fr", "summary_fr", "description_fr"),
        "es" => ("title_es", "summary_es", "description_es"),
        "ar" => ("title_ar", "summary_ar", "description_ar"),
        "ru" => ("title_ru", "summary_ru", "description_ru"),
        _ => ("title_en", "summary_en", "description_en"),
    }
}

/// An organisation (donor, partner, implementer) as submitted.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct OrganisationFields {
    pub name: String,
    pub acronym: String,
    pub org_type: String,
    pub iati_ref: String,
    pub country: String,
    pub website: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrganisationInput {
    pub name: String,
    pub acronym: Option<String>,
    pub org_type: OrgType,
    /// The organisation's IATI identifier (`SE-0`, `XM-DAC-41114`), when it has one.
    pub iati_ref: Option<String>,
    pub country: Option<CountryCode>,
    pub website: Option<String>,
}

impl OrganisationInput {
    pub fn parse(raw: &OrganisationFields) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::default();
        let name = errors.check("name", required_text(&raw.name, 200));
        let acronym = errors.check("acronym", optional_text(&raw.acronym, 40));
        let org_type = errors.check("org_type", OrgType::parse(&raw.org_type));
        let iati_ref = errors.check(
            "iati_ref",
            optional_text(&raw.iati_ref, 100).and_then(|r| match r {
                Some(r) if r.contains(char::is_whitespace) || r.contains('/') => Err("invalid_iati_ref"),
                r => Ok(r),
            }),
        );
        let country = errors.check(
            "country",
            if raw.country.trim().is_empty() { Ok(None) } else { CountryCode::parse(&raw.country).map(Some) },
        );
        let website = errors.check("website", optional_url(&raw.website));
        match (name, acronym, org_type, iati_ref, country, website) {
            (Some(name), Some(acronym), Some(org_type), Some(iati_ref), Some(country), Some(website)) => {
                Ok(Self { name, acronym, org_type, iati_ref, country, website })
            }
            _ => Err(errors),
        }
    }
}

/// A partner link as submitted: which organisation, in which role.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct PartnerFields {
    pub organisation: String,
    pub role: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PartnerInput {
    pub organisation: i64,
    pub role: OrgRole,
}

impl PartnerInput {
    pub fn parse(raw: &PartnerFields) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::default();
        let organisation = errors.check("organisation", record_id(&raw.organisation));
        let role = errors.check("role", OrgRole::parse(&raw.role));
        match (organisation, role) {
            (Some(organisation), Some(role)) => Ok(Self { organisation, role }),
            _ => Err(errors),
        }
    }
}

/// A funding line as submitted.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct FinanceFields {
    pub kind: String,
    pub organisation: String,
    pub year: String,
    pub currency: String,
    pub amount: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FinanceInput {
    pub kind: FinanceKind,
    /// The donor the money comes from.
    pub organisation: i64,
    pub year: i64,
    pub currency: String,
    pub amount_hundredths: i64,
}

impl FinanceInput {
    pub fn parse(raw: &FinanceFields) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::default();
        let kind = errors.check("kind", FinanceKind::parse(&raw.kind));
        let organisation = errors.check("organisation", record_id(&raw.organisation));
        let year = errors.check("year", dates::year(&raw.year));
        let currency = errors.check("currency", currency(&raw.currency));
        let amount = errors.check("amount", amount_hundredths(&raw.amount));
        match (kind, organisation, year, currency, amount) {
            (Some(kind), Some(organisation), Some(year), Some(currency), Some(amount_hundredths)) => {
                Ok(Self { kind, organisation, year, currency, amount_hundredths })
            }
            _ => Err(errors),
        }
    }
}

/// A budget line as submitted.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct BudgetFields {
    pub year: String,
    pub currency: String,
    pub amount: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BudgetInput {
    pub year: i64,
    pub currency: String,
    pub amount_hundredths: i64,
}

impl BudgetInput {
    pub fn parse(raw: &BudgetFields) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::default();
        let year = errors.check("year", dates::year(&raw.year));
        let currency = errors.check("currency", currency(&raw.currency));
        let amount = errors.check("amount", amount_hundredths(&raw.amount));
        match (year, currency, amount) {
            (Some(year), Some(currency), Some(amount_hundredths)) => Ok(Self { year, currency, amount_hundredths }),
            _ => Err(errors),
        }
    }
}

/// A theme as submitted.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ThemeFields {
    pub slug: String,
    pub name_en: String,
    pub name_fr: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThemeInput {
    pub slug: String,
    pub name_en: String,
    pub name_fr: Option<String>,
}

impl ThemeInput {
    pub fn parse(raw: &ThemeFields) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::default();
        let slug = errors.check("slug", theme_slug(&raw.slug));
        let name_en = errors.check("name_en", required_text(&raw.name_en, 100));
        let name_fr = errors.check("name_fr", optional_text(&raw.name_fr, 100));
        match (slug, name_en, name_fr) {
            (Some(slug), Some(name_en), Some(name_fr)) => Ok(Self { slug, name_en, name_fr }),
            _ => Err(errors),
        }
    }
}

/// The id of a record chosen in a form (a positive integer).
pub fn record_id(raw: &str) -> Result<i64, &'static str> {
    match raw.trim() {
        "" => Err("required"),
        id => id.parse::<i64>().ok().filter(|id| *id > 0).ok_or("invalid_choice"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn valid() -> ProjectFields {
        ProjectFields {
            code: "apdc-2026-001".into(),
            status: "implementation".into(),
            scope: "national".into(),
            planned_start: "2026-01-01".into(),
            planned_end: "2026-12-31".into(),
            title_en: "Standards for SMEs".into(),
            countries: vec!["ke".into()],
            ..ProjectFields::default()
        }
    }

    #[test]
    fn a_valid_project_is_normalised() {
        let mut fields = valid();
        fields.sdgs = vec!["9".into()];
        fields.sdg_targets = "9.1, 12.5 9.1".into();
        fields.title_fr = "Normes pour les PME".into();
        let input = ProjectInput::parse(&fields).unwrap();
        assert_eq!(input.code, "APDC-2026-001");
        assert_eq!(input.countries, vec![CountryCode::parse("KE").unwrap()]);
        assert_eq!(input.sdgs, vec![(9, vec!["9.1".to_owned()]), (12, vec!["12.5".to_owned()])]);
        assert_eq!(input.texts.len(), 2);
        assert!(!input.public);
    }

    #[test]
    fn every_problem_is_named() {
        let fields = ProjectFields {
            code: "bad code!".into(),
            status: "dreaming".into(),
            scope: "national".into(),
            planned_start: "2026-05-01".into(),
            planned_end: "2026-04-01".into(),
            summary_fr: "Résumé sans titre".into(),
            sdgs: vec!["18".into()],
            sdg_targets: "9.99".into(),
            ..ProjectFields::default()
        };
        let errors = ProjectInput::parse(&fields).unwrap_err();
        let named: Vec<(&str, &str)> = errors.0.iter().map(|e| (e.field, e.code)).collect();
        for expected in [
            ("code", "invalid_project_code"),
            ("status", "invalid_code"),
            ("planned_end", "end_before_start"),
            ("title_en", "required"),
            ("title_fr", "title_required_with_text"),
            ("countries", "required_for_national_scope"),
            ("sdgs", "invalid_sdg"),
            ("sdg_targets", "invalid_sdg_target"),
        ] {
            assert!(named.contains(&expected), "{expected:?} missing from {named:?}");
        }
    }

    #[test]
    fn a_closed_project_needs_its_actual_end() {
        let mut fields = valid();
        fields.status = "closed".into();
        let errors = ProjectInput::parse(&fields).unwrap_err();
        assert_eq!(errors.for_field("actual_end").map(|e| e.code), Some("required_when_closed"));
    }

    #[test]
    fn funding_lines_are_checked() {
        let ok = FinanceInput::parse(&FinanceFields {
            kind: "commitment".into(),
            organisation: "3".into(),
            year: "2026".into(),
            currency: "sek".into(),
            amount: "1 000 000".into(),
        })
        .unwrap();
        assert_eq!((ok.currency.as_str(), ok.amount_hundredths), ("SEK", 100_000_000));
        let bad = FinanceInput::parse(&FinanceFields { kind: "gift".into(), ..FinanceFields::default() }).unwrap_err();
        assert_eq!(bad.0.len(), 5);
    }

    #[test]
    fn iati_codes_follow_the_codelists() {
        assert_eq!(ProjectStatus::Suspended.iati_code(), 6);
        assert_eq!(Scope::National.iati_code(), 4);
        assert_eq!(OrgRole::Implementing.iati_code(), 4);
        assert_eq!(OrgType::Academic.iati_code(), 80);
    }
}
