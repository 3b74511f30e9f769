//! `/api/v1/members`: the member registry.

use crate::api::contract::{ApiQuery, Kind, PAGE, Param, QueryContract, checked_number};
use crate::error::{AppError, AppResult};
use crate::site::members::DirectoryQuery;
use crate::state::AppState;
use crate::{codes_of, documented_query};
use apdc_domain::country::M49_REGIONS;
use apdc_domain::{CountryCode, MemberCategory};
use apdc_store::members::{self as registry, Member, MemberSort};
use axum::Json;
use axum::extract::{Path, State};
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
#[derive(Deserialize)]
pub struct PerPage {
    #[serde(default)]
    pub per_page: Option<String>,
}

impl QueryContract for PerPage {
    const PARAMS: &'static [Param] = &[Param {
        name: "per_page",
        description: "Members per page (default 50).",
        kind: Kind::Integer { min: 1, max: 250 },
    }];
}

impl QueryContract for DirectoryQuery {
    const PARAMS: &'static [Param] = &[
        Param { name: "region", description: "UN M49 region.", kind: Kind::Choice(|| M49_REGIONS.to_vec()) },
        Param { name: "category", description: "Membership category.", kind: Kind::Choice(codes_of!(MemberCategory)) },
        Param {
            name: "status",
            description: "Developing-country status.",
            kind: Kind::Choice(|| vec!["developing", "not_developing"]),
        },
        Param {
            name: "q",
            description: "Text to look for in acronym, name or country.",
            kind: Kind::Text { max: 100 },
        },
        Param {
            name: "sort",
            description: "Order of the list (default: country).",
            kind: Kind::Choice(codes_of!(MemberSort)),
        },
        Param {
            name: "order",
            description: "Ascending (default) or descending.",
            kind: Kind::Choice(|| vec!["asc", "desc"]),
        },
        PAGE,
    ];
}

documented_query!(PerPage, DirectoryQuery);

/// An error body.
#[derive(Serialize, ToSchema)]
pub struct ApiError {
    pub error: ApiErrorDetail,
}

#[derive(Serialize, ToSchema)]
pub struct ApiErrorDetail {
    /// Machine-readable code: `not_found`, `invalid_parameter`, `invalid_text`,
    /// `unsupported_media_type`, `malformed_json`, `invalid_body`, `invalid`, `conflict`,
    /// `unauthenticated`, `forbidden`, `payload_too_large`, `internal`…
    #[schema(example = "invalid_parameter")]
    pub code: String,
    /// The same in English, for people.
    pub message: String,
    /// The parameter or field at fault, if any.
    pub field: Option<String>,
    /// For `invalid`: every field at fault, each with its own code.
    pub errors: Option<Vec<ApiFieldError>>,
    /// Quote it when reporting a problem.
    pub request_id: String,
}

/// One field at fault.
#[derive(Serialize, ToSchema)]
pub struct ApiFieldError {
    pub field: String,
    /// What is wrong: `required`, `too_long`, `invalid_code`…
    pub code: String,
}

/// List members, filtered, sorted and paginated like the site's directory.
#[utoipa::path(
    get,
    path = "/api/v1/members",
    params(DirectoryQuery, PerPage),
    responses(
        (status = 200, description = "A page of members", body = MemberList),
    ),
    tag = "members"
)]
pub async fn list(
    State(state): State<AppState>,
    ApiQuery(query): ApiQuery<DirectoryQuery>,
    ApiQuery(per_page): ApiQuery<PerPage>,
) -> AppResult<Json<MemberList>> {
    let parsed = query.parse()?;
    let per_page = checked_number(per_page.per_page.as_deref(), 50);
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
