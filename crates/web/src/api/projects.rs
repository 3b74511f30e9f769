//! `/api/v1/projects`: the delivery data, public parts for everyone, writes for staff
//! (API token or session).
//!
//! Public reads never include personal data or private links; staff reads of the same
//! resources add non-public projects.

use crate::api::ApiJson;
use crate::api::activities::ApiActivity;
use crate::api::contract::{self, ApiQuery, Kind, PAGE, PROJECT_CODE, PageSize, Param, QueryContract, THEME_SLUG};
use crate::auth::{ApiStaff, CurrentUser, RequestIdText, actor};
use crate::error::{AppError, AppResult};
use crate::site::projects::ProjectsQuery;
use crate::state::AppState;
use crate::{codes_of, documented_query};
use apdc_domain::activity::ActivityMode;
use apdc_domain::codelists::SDG_TARGETS;
use apdc_domain::country::M49_REGIONS;
use apdc_domain::dates::YEARS;
use apdc_domain::money::format_hundredths;
use apdc_domain::project::{ProjectFields, ProjectInput, ProjectStatus, Scope};
use apdc_store::activities;
use apdc_store::projects::{self, Project, ProjectSummary, Reach};
use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa::openapi::schema::{ArrayBuilder, ObjectBuilder, Type};

/// A project in a list.
#[derive(Serialize, ToSchema)]
pub struct ApiProjectSummary {
    #[schema(example = "APDC-2026-014")]
    pub code: String,
    /// The English title (or the first written).
    pub title: String,
    pub summary: Option<String>,
    /// pipeline, implementation, finalisation, closed, cancelled or suspended.
    pub status: String,
    /// global, regional or national.
    pub scope: String,
    pub start: Option<String>,
    pub end: Option<String>,
    /// Recipient countries (ISO 3166-1 alpha-2).
    pub countries: Vec<String>,
    pub html_url: String,
}

impl From<ProjectSummary> for ApiProjectSummary {
    fn from(p: ProjectSummary) -> Self {
        Self {
            html_url: format!("/en/projects/{}", p.code),
            code: p.code,
            title: p.title,
            summary: p.summary,
            status: p.status.as_str().to_owned(),
            scope: p.scope.as_str().to_owned(),
            start: p.start,
            end: p.end,
            countries: p.countries,
        }
    }
}

/// One page of projects.
#[derive(Serialize, ToSchema)]
pub struct ProjectList {
    pub items: Vec<ApiProjectSummary>,
    pub total: usize,
    pub page: usize,
    pub per_page: usize,
    pub pages: usize,
}

/// A project's texts in one language.
#[derive(Serialize, ToSchema)]
pub struct ApiText {
    pub language: String,
    pub title: String,
    pub summary: Option<String>,
    pub description: Option<String>,
}

/// An organisation in a role.
#[derive(Serialize, ToSchema)]
pub struct ApiPartner {
    pub name: String,
    pub acronym: Option<String>,
    /// IATI organisation type, as a code name (government, multilateral…).
    pub org_type: String,
    pub iati_ref: Option<String>,
    /// funding, accountable, extending or implementing.
    pub role: String,
}

/// A funding or budget line; amounts are decimal strings.
#[derive(Serialize, ToSchema)]
pub struct ApiMoney {
    /// commitment or disbursement (absent for budgets).
    pub kind: Option<String>,
    pub organisation: Option<String>,
    pub year: i64,
    pub currency: String,
    #[schema(example = "250000.00")]
    pub amount: String,
}

/// An SDG goal and the targets chosen under it.
#[derive(Serialize, ToSchema)]
pub struct ApiProjectSdg {
    pub goal: i64,
    pub targets: Vec<String>,
}

/// People and members reached.
#[derive(Serialize, ToSchema)]
pub struct ApiReach {
    /// Distinct people who attended or completed at least one activity.
    pub people: i64,
    /// Counts by sex: female, male, other, not_stated.
    pub by_sex: Vec<(String, i64)>,
    /// Counts by stakeholder group (`null`: not recorded).
    pub by_stakeholder_group: Vec<(Option<String>, i64)>,
    /// Members reached, by country code.
    pub members: Vec<String>,
}

impl From<Reach> for ApiReach {
    fn from(r: Reach) -> Self {
        Self {
            people: r.people,
            by_sex: r.by_sex.into_iter().map(|(s, n)| (s.as_str().to_owned(), n)).collect(),
            by_stakeholder_group: r.by_group.into_iter().map(|(g, n)| (g.map(|g| g.as_str().to_owned()), n)).collect(),
            members: r.members.into_iter().map(|m| m.alpha2).collect(),
        }
    }
}

/// A project with its links, money and reach.
#[derive(Serialize, ToSchema)]
pub struct ApiProject {
    pub code: String,
    pub status: String,
    pub scope: String,
    pub planned_start: Option<String>,
    pub planned_end: Option<String>,
    pub actual_start: Option<String>,
    pub actual_end: Option<String>,
    pub public: bool,
    pub texts: Vec<ApiText>,
    pub countries: Vec<String>,
    /// M49 region names.
    pub regions: Vec<String>,
    /// Beneficiary members, by country code.
    pub members: Vec<String>,
    /// Theme slugs.
    pub themes: Vec<String>,
    pub sdgs: Vec<ApiProjectSdg>,
    pub partners: Vec<ApiPartner>,
    pub finances: Vec<ApiMoney>,
    pub budgets: Vec<ApiMoney>,
    pub activities: Vec<ApiActivity>,
    pub reach: ApiReach,
    pub html_url: String,
}

impl ApiProject {
    fn new(p: Project, activities: Vec<apdc_store::activities::Activity>, reach: Reach, staff: bool) -> Self {
        Self {
            html_url: format!("/en/projects/{}", p.code),
            status: p.status.as_str().to_owned(),
            scope: p.scope.as_str().to_owned(),
            texts: p
                .texts
                .into_iter()
                .map(|t| ApiText {
                    language: t.language,
                    title: t.title,
                    summary: t.summary,
                    description: t.description,
                })
                .collect(),
            members: p.members.into_iter().map(|m| m.alpha2).collect(),
            themes: p.themes.into_iter().map(|t| t.slug).collect(),
            sdgs: p.sdgs.into_iter().map(|(goal, targets)| ApiProjectSdg { goal, targets }).collect(),
            partners: p
                .partners
                .into_iter()
                .map(|x| ApiPartner {
                    name: x.organisation.name,
                    acronym: x.organisation.acronym,
                    org_type: x.organisation.org_type.as_str().to_owned(),
                    iati_ref: x.organisation.iati_ref,
                    role: x.role.as_str().to_owned(),
                })
                .collect(),
            finances: p
                .finances
                .into_iter()
                .map(|f| ApiMoney {
                    kind: Some(f.kind.as_str().to_owned()),
                    organisation: Some(f.organisation),
                    year: f.year,
                    currency: f.currency,
                    amount: format_hundredths(f.amount_hundredths),
                })
                .collect(),
            budgets: p
                .budgets
                .into_iter()
                .map(|b| ApiMoney {
                    kind: None,
                    organisation: None,
                    year: b.year,
                    currency: b.currency,
                    amount: format_hundredths(b.amount_hundredths),
                })
                .collect(),
            activities: activities.into_iter().map(|a| ApiActivity::new(a, staff)).collect(),
            reach: reach.into(),
            code: p.code,
            planned_start: p.planned_start,
            planned_end: p.planned_end,
            actual_start: p.actual_start,
            actual_end: p.actual_end,
            public: p.public,
            countries: p.countries,
            regions: p.regions,
        }
    }
}

impl QueryContract for ProjectsQuery {
    const PARAMS: &'static [Param] = &[
        Param {
            name: "region",
            description: "UN M49 region of a recipient country or region.",
            kind: Kind::Choice(|| M49_REGIONS.to_vec()),
        },
        Param { name: "country", description: "Recipient country.", kind: Kind::Country },
        Param { name: "member", description: "Beneficiary member, by its country code.", kind: Kind::Country },
        Param { name: "sdg", description: "SDG goal.", kind: Kind::Integer { min: 1, max: 17 } },
        Param { name: "theme", description: "Theme slug.", kind: Kind::Code(&THEME_SLUG) },
        Param {
            name: "mode",
            description: "Has an activity of this mode.",
            kind: Kind::Choice(codes_of!(ActivityMode)),
        },
        Param { name: "status", description: "Project status.", kind: Kind::Choice(codes_of!(ProjectStatus)) },
        Param {
            name: "year",
            description: "Running during this year.",
            kind: Kind::Integer { min: *YEARS.start(), max: *YEARS.end() },
        },
        Param { name: "q", description: "Text in the code or title.", kind: Kind::Text { max: 100 } },
        PAGE,
    ];
}

documented_query!(ProjectsQuery);

pub(crate) fn is_staff(user: &CurrentUser) -> bool {
    user.0.as_ref().is_some_and(|u| u.role.is_staff())
}

/// List projects with the same filters as the site's project list. Staff also see
/// projects that are not public.
#[utoipa::path(
    get,
    path = "/api/v1/projects",
    params(ProjectsQuery, PageSize),
    responses(
        (status = 200, description = "A page of projects", body = ProjectList),
    ),
    tag = "projects"
)]
pub async fn list(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiQuery(query): ApiQuery<ProjectsQuery>,
    ApiQuery(size): ApiQuery<PageSize>,
) -> AppResult<Json<ProjectList>> {
    let (filter, page) = query.parse(!is_staff(&user))?;
    let result = projects::list(state.db(), &filter, "en", page, size.get()).await?;
    let pages = result.pages();
    Ok(Json(ProjectList {
        total: result.total,
        page: result.page,
        per_page: result.per_page,
        pages,
        items: result.items.into_iter().map(ApiProjectSummary::from).collect(),
    }))
}

async fn load(state: &AppState, code: &str, staff: bool) -> AppResult<ApiProject> {
    let project = projects::get(state.db(), &code.to_ascii_uppercase()).await?;
    if !project.public && !staff {
        return Err(AppError::NotFound);
    }
    let activities = activities::of_project(state.db(), project.id).await?;
    let reach = projects::reach(state.db(), project.id).await?;
    Ok(ApiProject::new(project, activities, reach, staff))
}

/// One project with its activities and reach.
#[utoipa::path(
    get,
    path = "/api/v1/projects/{code}",
    params(("code" = String, Path, description = "Project code")),
    responses(
        (status = 200, description = "The project", body = ApiProject),
        (status = 404, description = "No such public project", body = crate::api::members::ApiError),
    ),
    tag = "projects"
)]
pub async fn show(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(code): Path<String>,
) -> AppResult<Json<ApiProject>> {
    Ok(Json(load(&state, &code, is_staff(&user)).await?))
}

/// A project as written through the API: the fields of the staff form. Texts are given
/// per language (`title_fr`…); English needs a title, other languages need one only
/// when they have a summary or description. A required field that is missing is
/// reported with the other invalid fields (`422 invalid`).
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ProjectBody {
    /// Letters, digits, `.`, `_` and `-`; kept in capitals.
    #[serde(default)]
    #[schema(schema_with = project_code_schema, required = true)]
    pub code: String,
    #[serde(default)]
    #[schema(schema_with = project_status_schema, required = true)]
    pub status: String,
    #[serde(default)]
    #[schema(schema_with = scope_schema, required = true)]
    pub scope: String,
    #[serde(default)]
    #[schema(format = Date)]
    pub planned_start: Option<String>,
    #[serde(default)]
    #[schema(format = Date)]
    pub planned_end: Option<String>,
    #[serde(default)]
    #[schema(format = Date)]
    pub actual_start: Option<String>,
    /// Required once the project is closed.
    #[serde(default)]
    #[schema(format = Date)]
    pub actual_end: Option<String>,
    /// Shown on the public site (default: not).
    #[serde(default)]
    pub public: bool,
    #[serde(default)]
    #[schema(min_length = 1, max_length = 300, required = true)]
    pub title_en: String,
    #[serde(default)]
    #[schema(max_length = 1000)]
    pub summary_en: Option<String>,
    #[serde(default)]
    #[schema(max_length = 20000)]
    pub description_en: Option<String>,
    #[serde(default)]
    #[schema(max_length = 300)]
    pub title_fr: Option<String>,
    #[serde(default)]
    #[schema(max_length = 1000)]
    pub summary_fr: Option<String>,
    #[serde(default)]
    #[schema(max_length = 20000)]
    pub description_fr: Option<String>,
    #[serde(default)]
    #[schema(max_length = 300)]
    pub title_es: Option<String>,
    #[serde(default)]
    #[schema(max_length = 1000)]
    pub summary_es: Option<String>,
    #[serde(default)]
    #[schema(max_length = 20000)]
    pub description_es: Option<String>,
    #[serde(default)]
    #[schema(max_length = 300)]
    pub title_ar: Option<String>,
    #[serde(default)]
    #[schema(max_length = 1000)]
    pub summary_ar: Option<String>,
    #[serde(default)]
    #[schema(max_length = 20000)]
    pub description_ar: Option<String>,
    #[serde(default)]
    #[schema(max_length = 300)]
    pub title_ru: Option<String>,
    #[serde(default)]
    #[schema(max_length = 1000)]
    pub summary_ru: Option<String>,
    #[serde(default)]
    #[schema(max_length = 20000)]
    pub description_ru: Option<String>,
    /// Recipient countries; a national project needs one.
    #[serde(default)]
    #[schema(schema_with = contract::country_list)]
    pub countries: Vec<String>,
    /// Recipient regions, by their UN M49 names (`Western Africa`); a regional project
    /// needs a country or a region.
    #[serde(default)]
    #[schema(schema_with = region_list_schema)]
    pub regions: Vec<String>,
    /// Beneficiary members, by their country codes.
    #[serde(default)]
    #[schema(schema_with = contract::country_list)]
    pub members: Vec<String>,
    /// Theme slugs.
    #[serde(default)]
    #[schema(schema_with = theme_list_schema)]
    pub themes: Vec<String>,
    /// SDG goals.
    #[serde(default)]
    #[schema(schema_with = sdg_list_schema)]
    pub sdgs: Vec<i64>,
    /// SDG targets (`9.1`).
    #[serde(default)]
    #[schema(schema_with = sdg_target_list_schema)]
    pub sdg_targets: Vec<String>,
}

fn project_code_schema() -> utoipa::openapi::schema::Object {
    contract::code(&PROJECT_CODE)
}

fn project_status_schema() -> utoipa::openapi::schema::Object {
    contract::choice(codes_of!(ProjectStatus)())
}

fn scope_schema() -> utoipa::openapi::schema::Object {
    contract::choice(codes_of!(Scope)())
}

fn region_list_schema() -> utoipa::openapi::schema::Array {
    ArrayBuilder::new()
        .items(ObjectBuilder::new().schema_type(Type::String).min_length(Some(1)).max_length(Some(80)))
        .build()
}

fn theme_list_schema() -> utoipa::openapi::schema::Array {
    ArrayBuilder::new().items(contract::code(&THEME_SLUG)).build()
}

fn sdg_list_schema() -> utoipa::openapi::schema::Array {
    ArrayBuilder::new()
        .items(ObjectBuilder::new().schema_type(Type::Integer).minimum(Some(1)).maximum(Some(17)))
        .build()
}

fn sdg_target_list_schema() -> utoipa::openapi::schema::Array {
    ArrayBuilder::new().items(contract::choice(SDG_TARGETS.to_vec())).build()
}

impl From<ProjectBody> for ProjectFields {
    fn from(b: ProjectBody) -> Self {
        Self {
            code: b.code,
            status: b.status,
            scope: b.scope,
            planned_start: b.planned_start.unwrap_or_default(),
            planned_end: b.planned_end.unwrap_or_default(),
            actual_start: b.actual_start.unwrap_or_default(),
            actual_end: b.actual_end.unwrap_or_default(),
            public: if b.public { "true".to_owned() } else { String::new() },
            title_en: b.title_en,
            summary_en: b.summary_en.unwrap_or_default(),
            description_en: b.description_en.unwrap_or_default(),
            title_fr: b.title_fr.unwrap_or_default(),
            summary_fr: b.summary_fr.unwrap_or_default(),
            description_fr: b.description_fr.unwrap_or_default(),
            title_es: b.title_es.unwrap_or_default(),
            summary_es: b.summary_es.unwrap_or_default(),
            description_es: b.description_es.unwrap_or_default(),
            title_ar: b.title_ar.unwrap_or_default(),
            summary_ar: b.summary_ar.unwrap_or_default(),
            description_ar: b.description_ar.unwrap_or_default(),
            title_ru: b.title_ru.unwrap_or_default(),
            summary_ru: b.summary_ru.unwrap_or_default(),
            description_ru: b.description_ru.unwrap_or_default(),
            countries: b.countries,
            regions: b.regions,
            members: b.members,
            themes: b.themes,
            sdgs: b.sdgs.iter().map(i64::to_string).collect(),
            sdg_targets: b.sdg_targets.join(" "),
        }
    }
}

/// `201 Created` with the new resource and its address.
pub(crate) fn created<T: Serialize>(location: String, body: T) -> Response {
    let mut response = (StatusCode::CREATED, Json(body)).into_response();
    if let Ok(value) = HeaderValue::from_str(&location) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    response
}

/// Create a project.
#[utoipa::path(
    post,
    path = "/api/v1/projects",
    request_body = ProjectBody,
    responses(
        (status = 201, description = "Created", body = ApiProject,
            headers(("Location" = String, description = "The project's address in the API"))),
        (status = 409, description = "The code is taken", body = crate::api::members::ApiError),
        (status = 422, description = "Invalid fields, each named", body = crate::api::members::ApiError),
    ),
    security(("token" = [])),
    tag = "projects"
)]
pub async fn create(
    State(state): State<AppState>,
    ApiStaff(user): ApiStaff,
    RequestIdText(request_id): RequestIdText,
    ApiJson(body): ApiJson<ProjectBody>,
) -> AppResult<Response> {
    let input = ProjectInput::parse(&body.into()).map_err(AppError::Invalid)?;
    let project = projects::create(state.db(), &actor(&user, request_id), &input).await?;
    let location = format!("/api/v1/projects/{}", project.code);
    Ok(created(location, load(&state, &project.code, true).await?))
}

/// Replace a project (all fields, as for creation; the code may change).
#[utoipa::path(
    put,
    path = "/api/v1/projects/{code}",
    params(("code" = String, Path, description = "Project code")),
    request_body = ProjectBody,
    responses(
        (status = 200, description = "Updated", body = ApiProject),
        (status = 404, description = "No such project", body = crate::api::members::ApiError),
        (status = 409, description = "The new code is taken", body = crate::api::members::ApiError),
        (status = 422, description = "Invalid fields, each named", body = crate::api::members::ApiError),
    ),
    security(("token" = [])),
    tag = "projects"
)]
pub async fn update(
    State(state): State<AppState>,
    ApiStaff(user): ApiStaff,
    RequestIdText(request_id): RequestIdText,
    Path(code): Path<String>,
    ApiJson(body): ApiJson<ProjectBody>,
) -> AppResult<Json<ApiProject>> {
    let input = ProjectInput::parse(&body.into()).map_err(AppError::Invalid)?;
    let project = projects::update(state.db(), &actor(&user, request_id), &code.to_ascii_uppercase(), &input).await?;
    Ok(Json(load(&state, &project.code, true).await?))
}
