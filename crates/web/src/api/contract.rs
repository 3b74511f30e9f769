//! The API's contract, declared once.
//!
//! Each query parameter is declared here with what it accepts ([`Param`], [`Kind`]);
//! the OpenAPI description of the parameter and the check of every request that sends
//! it ([`ApiQuery`]) both follow from that one declaration, so the document cannot
//! promise what the server refuses, or the reverse. The pages take the same parameters
//! more leniently (an HTML form sends empty fields); the API takes exactly what it
//! documents.
//!
//! The schemas shared by several operations (a country code, a code from one of the
//! domain's closed lists) are built here from the domain's own lists.

use crate::error::AppError;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use serde::de::DeserializeOwned;
use std::collections::HashSet;
use std::sync::{LazyLock, OnceLock};
use utoipa::openapi::path::{Parameter, ParameterBuilder, ParameterIn};
use utoipa::openapi::schema::{ArrayBuilder, KnownFormat, ObjectBuilder, SchemaFormat, Type};
use utoipa::openapi::{Ref, RefOr, Required, Schema};

/// The pattern of text that any database can store: no NUL character.
pub const STORABLE_TEXT: &str = "^[^\\u0000]*$";

/// A pattern with its compiled form, made on first use.
pub struct Pattern {
    pub source: &'static str,
    compiled: OnceLock<regex::Regex>,
}

impl Pattern {
    pub const fn new(source: &'static str) -> Self {
        Self { source, compiled: OnceLock::new() }
    }

    pub fn is_match(&self, text: &str) -> bool {
        self.compiled
            .get_or_init(|| regex::Regex::new(self.source).unwrap_or_else(|e| panic!("pattern {}: {e}", self.source)))
            .is_match(text)
    }
}

/// A project code as the API accepts it (either case; stored in capitals).
pub static PROJECT_CODE: Pattern = Pattern::new("^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$");
/// A plan, outcome, output or indicator code.
pub static RESULT_CODE: Pattern = Pattern::new("^[A-Za-z0-9._-]{1,40}$");
/// A story's or page's slug: lower-case words joined by hyphens.
pub static CONTENT_SLUG: Pattern = Pattern::new("^[a-z0-9]{1,80}(-[a-z0-9]{1,80}){0,40}$");
/// A theme's slug.
pub static THEME_SLUG: Pattern = Pattern::new("^[a-z0-9]([a-z0-9-]{0,58}[a-z0-9])?$");
/// A country code in an address (either case).
pub static ALPHA2: Pattern = Pattern::new("^[A-Za-z]{2}$");

/// What a query parameter accepts.
pub enum Kind {
    /// Free text of 1 to `max` characters.
    Text { max: usize },
    /// A whole number from `min` to `max`.
    Integer { min: i64, max: i64 },
    /// One of a closed list of codes.
    Choice(fn() -> Vec<&'static str>),
    /// A code of the reference list of countries (ISO 3166-1 alpha-2, in capitals).
    Country,
    /// A code made as the pattern says.
    Code(&'static Pattern),
}

/// One query parameter of an operation.
pub struct Param {
    pub name: &'static str,
    pub description: &'static str,
    pub kind: Kind,
}

impl Param {
    /// Whether `value` is what this parameter accepts.
    fn accepts(&self, value: &str) -> bool {
        match &self.kind {
            Kind::Text { max } => !value.is_empty() && value.chars().count() <= *max && !value.contains('\0'),
            // Only the plain decimal form (no sign, no leading zero), as a client
            // following the document writes it.
            Kind::Integer { min, max } => {
                value.parse::<i64>().is_ok_and(|n| (*min..=*max).contains(&n) && n.to_string() == value)
            }
            Kind::Choice(codes) => codes().contains(&value),
            Kind::Country => COUNTRY_CODES.contains(value),
            Kind::Code(pattern) => pattern.is_match(value),
        }
    }

    /// The parameter as the OpenAPI document describes it.
    pub fn to_openapi(&self) -> Parameter {
        ParameterBuilder::new()
            .name(self.name)
            .parameter_in(ParameterIn::Query)
            .required(Required::False)
            .description(Some(self.description))
            .schema(Some(self.schema()))
            .build()
    }

    fn schema(&self) -> RefOr<Schema> {
        match &self.kind {
            Kind::Text { max } => ObjectBuilder::new()
                .schema_type(Type::String)
                .min_length(Some(1))
                .max_length(Some(*max))
                .pattern(Some(STORABLE_TEXT))
                .into(),
            Kind::Integer { min, max } => ObjectBuilder::new()
                .schema_type(Type::Integer)
                .format(Some(SchemaFormat::KnownFormat(KnownFormat::Int64)))
                .minimum(Some(*min as f64))
                .maximum(Some(*max as f64))
                .into(),
            Kind::Choice(codes) => choice(codes()).into(),
            Kind::Country => country_ref(),
            Kind::Code(pattern) => code(pattern).into(),
        }
    }
}

/// A query whose parameters are declared: [`ApiQuery`] checks requests against them
/// and the OpenAPI document lists them.
pub trait QueryContract {
    const PARAMS: &'static [Param];
}

/// Implements `utoipa::IntoParams` for query types from their [`QueryContract`].
#[macro_export]
macro_rules! documented_query {
    ($($query:ty),+ $(,)?) => {$(
        impl utoipa::IntoParams for $query {
            fn into_params(
                _: impl Fn() -> Option<utoipa::openapi::path::ParameterIn>,
            ) -> Vec<utoipa::openapi::path::Parameter> {
                <$query as $crate::api::contract::QueryContract>::PARAMS.iter().map(|p| p.to_openapi()).collect()
            }
        }
    )+};
}

/// A query string checked against its declared parameters: a declared parameter sent
/// empty, twice, or with a value it does not accept is refused with
/// `400 invalid_parameter` naming it. Parameters that are not declared are ignored.
pub struct ApiQuery<T>(pub T);

impl<S: Send + Sync, T: QueryContract + DeserializeOwned> FromRequestParts<S> for ApiQuery<T> {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let raw = parts.uri.query().unwrap_or("");
        check_query(raw, T::PARAMS)?;
        serde_urlencoded::from_str(raw)
            .map(Self)
            .map_err(|_| AppError::BadRequest { code: "invalid_parameter", field: None })
    }
}

fn check_query(raw: &str, params: &'static [Param]) -> Result<(), AppError> {
    let mut seen = HashSet::new();
    for (name, value) in form_urlencoded::parse(raw.as_bytes()) {
        let Some(param) = params.iter().find(|p| p.name == name) else { continue };
        if !seen.insert(param.name) || !param.accepts(&value) {
            return Err(AppError::BadRequest { code: "invalid_parameter", field: Some(param.name) });
        }
    }
    Ok(())
}

/// The value of an integer parameter that [`ApiQuery`] has checked, or `default` when
/// it was not sent.
pub fn checked_number(raw: Option<&str>, default: usize) -> usize {
    raw.and_then(|n| n.parse().ok()).unwrap_or(default)
}

/// The page number of a list.
pub const PAGE: Param = Param {
    name: "page",
    description: "Page number, from 1.",
    kind: Kind::Integer { min: 1, max: crate::error::MAX_PAGE as i64 },
};

/// The page size of the API's lists (the members list has its own).
#[derive(Debug, Default, serde::Deserialize)]
pub struct PageSize {
    #[serde(default)]
    pub per_page: Option<String>,
}

impl QueryContract for PageSize {
    const PARAMS: &'static [Param] = &[Param {
        name: "per_page",
        description: "Items per page (default 50).",
        kind: Kind::Integer { min: 1, max: 500 },
    }];
}

crate::documented_query!(PageSize);

impl PageSize {
    /// The size asked for (checked by [`ApiQuery`]), or 50.
    pub fn get(&self) -> usize {
        checked_number(self.per_page.as_deref(), 50)
    }
}

/// The ISO 3166-1 alpha-2 codes of the reference data.
static COUNTRY_CODES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| apdc_store::reference::country_codes().into_iter().collect());

/// Whether `code` is a country of the reference data (in capitals).
pub fn is_country(code: &str) -> bool {
    COUNTRY_CODES.contains(code)
}

/// The name of the shared country code schema.
pub const COUNTRY_SCHEMA: &str = "CountryCode";

/// The shared country code schema: every code of the reference data.
pub fn country_schema() -> Schema {
    let mut codes = apdc_store::reference::country_codes();
    codes.sort_unstable();
    let mut schema = choice(codes);
    schema.description = Some("ISO 3166-1 alpha-2 country code, in capitals.".to_owned());
    Schema::Object(schema)
}

/// A reference to the shared country code schema.
pub fn country_ref() -> RefOr<Schema> {
    RefOr::Ref(Ref::from_schema_name(COUNTRY_SCHEMA))
}

/// A list of country codes.
pub fn country_list() -> RefOr<Schema> {
    ArrayBuilder::new().items(country_ref()).into()
}

/// A string that is one of `codes`.
pub fn choice(codes: Vec<&'static str>) -> utoipa::openapi::schema::Object {
    ObjectBuilder::new().schema_type(Type::String).enum_values(Some(codes)).build()
}

/// A string made as `pattern` says.
pub fn code(pattern: &Pattern) -> utoipa::openapi::schema::Object {
    ObjectBuilder::new().schema_type(Type::String).pattern(Some(pattern.source)).build()
}

/// The codes of a domain list, for [`Kind::Choice`] and body schemas.
#[macro_export]
macro_rules! codes_of {
    ($list:ty) => {
        || <$list>::ALL.iter().map(|c| c.as_str()).collect::<Vec<&'static str>>()
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    const PARAMS: &[Param] = &[
        Param { name: "q", description: "", kind: Kind::Text { max: 5 } },
        Param { name: "n", description: "", kind: Kind::Integer { min: 1, max: 10 } },
        Param { name: "mode", description: "", kind: Kind::Choice(|| vec!["a", "b"]) },
        Param { name: "country", description: "", kind: Kind::Country },
        Param { name: "code", description: "", kind: Kind::Code(&PROJECT_CODE) },
    ];

    fn refused(query: &str) -> Option<&'static str> {
        match check_query(query, PARAMS) {
            Ok(()) => None,
            Err(AppError::BadRequest { field, .. }) => field,
            Err(other) => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn declared_parameters_are_checked_as_documented() {
        for fine in ["", "q=abc", "n=10&mode=b", "country=KE", "code=apdc-1", "other=&x=%00", "q=%C3%A9t%C3%A9"] {
            assert_eq!(refused(fine), None, "{fine}");
        }
        for (bad, field) in [
            ("q=", "q"),
            ("q=abcdef", "q"),
            ("q=a%00", "q"),
            ("n=0", "n"),
            ("n=11", "n"),
            ("n=+5", "n"),
            ("n=05", "n"),
            ("n=1.0", "n"),
            ("n=9223372036854775808", "n"),
            ("mode=c", "mode"),
            ("mode=A", "mode"),
            ("country=ke", "country"),
            ("country=ZZ", "country"),
            ("code=-x", "code"),
            ("q=a&q=b", "q"),
        ] {
            assert_eq!(refused(bad), Some(field), "{bad}");
        }
    }

    #[test]
    fn patterns_compile_and_match_what_the_domain_accepts() {
        for (pattern, good, bad) in [
            (&PROJECT_CODE, "APDC-2026_01.a", "-APDC"),
            (&RESULT_CODE, "DEMO-OC1.1", "A B"),
            (&THEME_SLUG, "circular-economy", "-smes"),
            (&ALPHA2, "ke", "KEN"),
        ] {
            assert!(pattern.is_match(good), "{} {good}", pattern.source);
            assert!(!pattern.is_match(bad), "{} {bad}", pattern.source);
        }
        assert!(apdc_domain::project::project_code("APDC-2026_01.a").is_ok());
        assert!(apdc_domain::project::theme_slug("circular-economy").is_ok());
        assert!(apdc_domain::results::result_code("DEMO-OC1.1").is_ok());
    }

    #[test]
    fn the_country_list_is_the_reference_data() {
        assert!(is_country("KE") && is_country("FR") && !is_country("ZZ") && !is_country("ke"));
        assert_eq!(COUNTRY_CODES.len(), 249);
    }
}
