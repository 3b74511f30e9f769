//! `/api/v1/members`: the member registry.

use crate::error::{AppError, AppResult};
use crate::site::members::DirectoryQuery;
use crate::state::AppState;
use apdc_domain::CountryCode;
use apdc_store::members::{self as registry, Member};
use axum::Json;
use axum::extract::{Path, Query, State};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// A member's country names.
#[derive(Serialize, ToSchema)]
pub struct ApiCountryNames {
    pub en: String,
    pub fr: String,
    pub es: String,
    pub ar: String,
    pub ru: String,
}

/// An ISO member.
#[derive(Serialize, ToSchema)]
pub struct ApiMember {
    /// ISO 3166-1 alpha-2 code of the member's country.
    #[schema(example = "KE")]
    pub alpha2: String,
    pub acronym: Option<String>,
    pub name: Option<String>,
    /// member_body, correspondent or subscriber.
    #[schema(example = "member_body")]
    pub category: String,
    /// Whether the member counts as a developing-country member.
    pub developing: bool,
    /// Why: iso_list, dac_list, wb_income, ldc, un_m49_regions or other.
    pub developing_basis: String,
    pub developing_note: Option<String>,
    pub country_names: ApiCountryNames,
    /// UN M49 region.
    pub region: Option<String>,
    pub subregion: Option<String>,
    pub intermediate_region: Option<String>,
    pub ldc: Option<bool>,
    pub lldc: Option<bool>,
    pub sids: Option<bool>,
    /// World Bank income group.
    pub income_group: Option<String>,
    pub website: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub address: Option<String>,
    /// The member's page on the site (English).
    pub html_url: String,
}

impl From<Member> for ApiMember {
    fn from(m: Member) -> Self {
        let n = m.country_names;
        Self {
            html_url: format!("/en/members/{}", m.alpha2),
            alpha2: m.alpha2.to_string(),
            acronym: m.acronym,
            name: m.name,
            category: m.category.as_str().to_owned(),
            developing: m.developing,
            developing_basis: m.developing_basis.as_str().to_owned(),
            developing_note: m.developing_note,
            country_names: ApiCountryNames { en: n.en, fr: n.fr, es: n.es, ar: n.ar, ru: n.ru },
            region: m.region,
            subregion: m.subregion,
            intermediate_region: m.intermediate_region,
            ldc: m.ldc,
            lldc: m.lldc,
            sids: m.sids,
            income_group: m.income_group,
            website: m.website,
            email: m.email,
            phone: m.phone,
            address: m.address,
        }
    }
}

/// One page of members.
#[derive(Serialize, ToSchema)]
pub struct MemberList {
    pub items: Vec<ApiMember>,
    pub total: usize,
    pub page: usize,
    pub per_page: usize,
    pub pages: usize,
}

/// The page size parameter of the API (the site always shows 50).
#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PerPage {
    /// Members per page, 1 to 250 (default 50).
    #[serde(default)]
    pub per_page: Option<String>,
}

/// An error body.
#[derive(Serialize, ToSchema)]
pub struct ApiError {
    pub error: ApiErrorDetail,
}

#[derive(Serialize, ToSchema)]
pub struct ApiErrorDetail {
    /// Machine-readable code, e.g. `not_found`, `invalid_parameter`.
    pub code: String,
    pub message: String,
    /// The parameter or field at fault, if any.
    pub field: Option<String>,
    pub request_id: String,
}

/// List members, filtered, sorted and paginated like the site's directory.
#[utoipa::path(
    get,
    path = "/api/v1/members",
    params(DirectoryQuery, PerPage),
    responses(
        (status = 200, description = "A page of members", body = MemberList),
        (status = 400, description = "A parameter is invalid", body = ApiError),
    ),
    tag = "members"
)]
pub async fn list(
    State(state): State<AppState>,
    Query(query): Query<DirectoryQuery>,
    Query(per_page): Query<PerPage>,
) -> AppResult<Json<MemberList>> {
    let parsed = query.parse()?;
    let per_page = match per_page.per_page.as_deref() {
        None | Some("") => 50,
        Some(p) => p
            .parse::<usize>()
            .ok()
            .filter(|n| (1..=250).contains(n))
            .ok_or(AppError::BadRequest { code: "invalid_parameter", field: Some("per_page") })?,
    };
    let result =
        registry::list(state.db(), &parsed.filter, parsed.sort, parsed.descending, "en", parsed.page, per_page).await?;
    let pages = result.pages();
    Ok(Json(MemberList {
        total: result.total,
        page: result.page,
        per_page: result.per_page,
        pages,
        items: result.items.into_iter().map(ApiMember::from).collect(),
    }))
}

#[derive(Deserialize)]
pub struct MemberPath {
    alpha2: String,
}

/// One member by country code.
#[utoipa::path(
    get,
    path = "/api/v1/members/{alpha2}",
    params(("alpha2" = String, Path, description = "ISO 3166-1 alpha-2 code", example = "KE")),
    responses(
        (status = 200, description = "The member", body = ApiMember),
        (status = 404, description = "No member for that country", body = ApiError),
    ),
    tag = "members"
)]
pub async fn show(State(state): State<AppState>, Path(path): Path<MemberPath>) -> AppResult<Json<ApiMember>> {
    let code = CountryCode::parse(&path.alpha2).map_err(|_| AppError::NotFound)?;
    Ok(Json(registry::get(state.db(), code).await?.into()))
}
