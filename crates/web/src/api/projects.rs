//! `/api/v1/projects` and `/api/v1/activities`: the delivery data, public parts for
//! everyone, writes for staff (API token or session).
//!
//! Public reads never include personal data or private links; staff reads of the same
//! resources add non-public projects.

use crate::api::{ApiJson, path_id};
use crate::auth::{ApiStaff, CurrentUser, RequestIdText, actor};
use crate::error::{AppError, AppResult};
use crate::site::projects::ProjectsQuery;
use crate::state::AppState;
use apdc_domain::activity::{ActivityFields, ActivityInput, ActivityMode, ActivityStatus};
use apdc_domain::money::format_hundredths;
use apdc_domain::project::{ProjectFields, ProjectInput};
use apdc_store::activities::{self, Activity, ActivityFilter};
use apdc_store::projects::{self, Project, ProjectSummary, Reach};
use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

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
pub struct ApiSdg {
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
    pub sdgs: Vec<ApiSdg>,
    pub partners: Vec<ApiPartner>,
    pub finances: Vec<ApiMoney>,
    pub budgets: Vec<ApiMoney>,
    pub activities: Vec<ApiActivity>,
    pub reach: ApiReach,
    pub html_url: String,
}

impl ApiProject {
    fn new(p: Project, activities: Vec<Activity>, reach: Reach, staff: bool) -> Self {
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
            sdgs: p.sdgs.into_iter().map(|(goal, targets)| ApiSdg { goal, targets }).collect(),
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

/// An activity. `meeting_link` appears only for staff.
#[derive(Serialize, ToSchema)]
pub struct ApiActivity {
    pub id: i64,
    pub project: String,
    /// elearning, webinar, training, coaching, mission or sponsorship.
    pub mode: String,
    pub title: String,
    pub description: Option<String>,
    pub languages: Vec<String>,
    pub start_date: Option<String>,
    pub end_date: Option<String>,
    /// planned, open, ongoing, completed or cancelled.
    pub status: String,
    pub capacity: Option<i64>,
    pub countries: Vec<String>,
    /// Target members, by country code.
    pub members: Vec<String>,
    pub platform: Option<String>,
    pub course_iri: Option<String>,
    pub duration_hours: Option<i64>,
    /// Local date and time (`YYYY-MM-DDTHH:MM`) in `time_zone`.
    pub starts_at: Option<String>,
    pub time_zone: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meeting_link: Option<String>,
    pub venue_country: Option<String>,
    pub venue_city: Option<String>,
    pub requesting_member: Option<String>,
    pub committee: Option<String>,
    pub meeting: Option<String>,
}

impl ApiActivity {
    fn new(a: Activity, staff: bool) -> Self {
        Self {
            id: a.id,
            project: a.project_code,
            mode: a.mode.as_str().to_owned(),
            title: a.title,
            description: a.description,
            languages: a.languages,
            start_date: a.start_date,
            end_date: a.end_date,
            status: a.status.as_str().to_owned(),
            capacity: a.capacity,
            countries: a.countries,
            members: a.members.into_iter().map(|m| m.alpha2).collect(),
            platform: a.platform,
            course_iri: a.course_iri,
            duration_hours: a.duration_hours,
            starts_at: a.starts_at,
            time_zone: a.time_zone,
            meeting_link: if staff { a.meeting_link } else { None },
            venue_country: a.venue_country,
            venue_city: a.venue_city,
            requesting_member: a.requesting_member,
            committee: a.committee,
            meeting: a.meeting,
        }
    }
}

/// One page of activities.
#[derive(Serialize, ToSchema)]
pub struct ActivityList {
    pub items: Vec<ApiActivity>,
    pub total: usize,
    pub page: usize,
    pub per_page: usize,
    pub pages: usize,
}

/// The API's page size.
#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PerPage {
    /// Items per page, 1 to 500 (default 50).
    #[serde(default)]
    pub per_page: Option<String>,
}

fn per_page(raw: &PerPage) -> AppResult<usize> {
    match raw.per_page.as_deref() {
        None | Some("") => Ok(50),
        Some(p) => p
            .parse::<usize>()
            .ok()
            .filter(|n| (1..=500).contains(n))
            .ok_or(AppError::BadRequest { code: "invalid_parameter", field: Some("per_page") }),
    }
}

fn is_staff(user: &CurrentUser) -> bool {
    user.0.as_ref().is_some_and(|u| u.role.is_staff())
}

/// List projects with the same filters as the site's project list. Staff also see
/// projects that are not public.
#[utoipa::path(
    get,
    path = "/api/v1/projects",
    params(ProjectsQuery, PerPage),
    responses(
        (status = 200, description = "A page of projects", body = ProjectList),
        (status = 400, description = "A parameter is invalid", body = crate::api::members::ApiError),
    ),
    tag = "projects"
)]
pub async fn list(
    State(state): State<AppState>,
    user: CurrentUser,
    Query(query): Query<ProjectsQuery>,
    Query(size): Query<PerPage>,
) -> AppResult<Json<ProjectList>> {
    let (filter, page) = query.parse(!is_staff(&user))?;
    let result = projects::list(state.db(), &filter, "en", page, per_page(&size)?).await?;
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

/// Create a project. Every value is a string; lists are arrays of strings.
#[utoipa::path(
    post,
    path = "/api/v1/projects",
    request_body(content = Object, description = "The project form's fields: code, status, scope, planned_start, \
        planned_end, actual_start, actual_end, public (\"true\"), title_en (required), summary_en, description_en, and \
        the same for fr, es, ar, ru; countries, regions, members, themes and sdgs (arrays); sdg_targets (\"9.1, 9.2\")."),
    responses(
        (status = 201, description = "Created", body = ApiProject),
        (status = 401, description = "No valid token or session", body = crate::api::members::ApiError),
        (status = 403, description = "Not staff", body = crate::api::members::ApiError),
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
    ApiJson(fields): ApiJson<ProjectFields>,
) -> AppResult<(StatusCode, Json<ApiProject>)> {
    let input = ProjectInput::parse(&fields).map_err(AppError::Invalid)?;
    let project = projects::create(state.db(), &actor(&user, request_id), &input).await?;
    Ok((StatusCode::CREATED, Json(load(&state, &project.code, true).await?)))
}

/// Replace a project (all fields, as for creation).
#[utoipa::path(
    put,
    path = "/api/v1/projects/{code}",
    params(("code" = String, Path, description = "Project code")),
    request_body(content = Object, description = "As for creating a project."),
    responses(
        (status = 200, description = "Updated", body = ApiProject),
        (status = 404, description = "No such project", body = crate::api::members::ApiError),
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
    ApiJson(fields): ApiJson<ProjectFields>,
) -> AppResult<Json<ApiProject>> {
    let input = ProjectInput::parse(&fields).map_err(AppError::Invalid)?;
    let project = projects::update(state.db(), &actor(&user, request_id), &code.to_ascii_uppercase(), &input).await?;
    Ok(Json(load(&state, &project.code, true).await?))
}

/// The activity list's query parameters.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ActivitiesQuery {
    /// Project code.
    #[serde(default)]
    pub project: String,
    /// elearning, webinar, training, coaching, mission or sponsorship.
    #[serde(default)]
    pub mode: String,
    /// planned, open, ongoing, completed or cancelled.
    #[serde(default)]
    pub status: String,
    /// Target or requesting member, by country code.
    #[serde(default)]
    pub member: String,
    /// Country of the activity or its venue.
    #[serde(default)]
    pub country: String,
    /// Taking place during this year.
    #[serde(default)]
    pub year: String,
    #[serde(default)]
    pub page: String,
}

impl ActivitiesQuery {
    pub async fn parse(&self, state: &AppState, public_only: bool) -> AppResult<(ActivityFilter, usize)> {
        let bad = |field| AppError::BadRequest { code: "invalid_parameter", field: Some(field) };
        let project_id = match self.project.trim() {
            "" => None,
            code => match projects::get(state.db(), &code.to_ascii_uppercase()).await {
                Ok(p) if p.public || !public_only => Some(p.id),
                Ok(_) | Err(apdc_store::StoreError::NotFound) => return Err(bad("project")),
                Err(e) => return Err(e.into()),
            },
        };
        fn opt(raw: &str) -> Option<&str> {
            Some(raw.trim()).filter(|r| !r.is_empty())
        }
        let filter = ActivityFilter {
            public_only,
            project_id,
            mode: opt(&self.mode).map(ActivityMode::parse).transpose().map_err(|_| bad("mode"))?,
            status: opt(&self.status).map(ActivityStatus::parse).transpose().map_err(|_| bad("status"))?,
            member: opt(&self.member)
                .map(|m| apdc_domain::CountryCode::parse(m).map(|c| c.to_string()))
                .transpose()
                .map_err(|_| bad("member"))?,
            country: opt(&self.country)
                .map(|m| apdc_domain::CountryCode::parse(m).map(|c| c.to_string()))
                .transpose()
                .map_err(|_| bad("country"))?,
            year: opt(&self.year).map(apdc_domain::dates::year).transpose().map_err(|_| bad("year"))?,
        };
        Ok((filter, crate::error::page_number(&self.page)?))
    }
}

/// List activities of public projects (all projects for staff).
#[utoipa::path(
    get,
    path = "/api/v1/activities",
    params(ActivitiesQuery, PerPage),
    responses(
        (status = 200, description = "A page of activities", body = ActivityList),
        (status = 400, description = "A parameter is invalid", body = crate::api::members::ApiError),
    ),
    tag = "projects"
)]
pub async fn activities_list(
    State(state): State<AppState>,
    user: CurrentUser,
    Query(query): Query<ActivitiesQuery>,
    Query(size): Query<PerPage>,
) -> AppResult<Json<ActivityList>> {
    let staff = is_staff(&user);
    let (filter, page) = query.parse(&state, !staff).await?;
    let result = activities::list(state.db(), &filter, page, per_page(&size)?).await?;
    let pages = result.pages();
    Ok(Json(ActivityList {
        total: result.total,
        page: result.page,
        per_page: result.per_page,
        pages,
        items: result.items.into_iter().map(|a| ApiActivity::new(a, staff)).collect(),
    }))
}

/// One activity.
#[utoipa::path(
    get,
    path = "/api/v1/activities/{id}",
    params(("id" = i64, Path, description = "Activity id")),
    responses(
        (status = 200, description = "The activity", body = ApiActivity),
        (status = 404, description = "No such public activity", body = crate::api::members::ApiError),
    ),
    tag = "projects"
)]
pub async fn activity_show(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> AppResult<Json<ApiActivity>> {
    let staff = is_staff(&user);
    let activity = activities::get(state.db(), path_id(&id)?).await?;
    if !activity.project_public && !staff {
        return Err(AppError::NotFound);
    }
    Ok(Json(ApiActivity::new(activity, staff)))
}

/// Add an activity to a project. Values are strings; `languages`, `countries` and
/// `members` are arrays.
#[utoipa::path(
    post,
    path = "/api/v1/projects/{code}/activities",
    params(("code" = String, Path, description = "Project code")),
    request_body(content = Object, description = "The activity form's fields: mode, title, description, languages, \
        start_date, end_date, status, capacity, countries, members, and the fields of the mode (platform, course_iri, \
        duration_hours; starts_at, time_zone, meeting_link; venue_country, venue_city; goals; requesting_member, \
        terms_of_reference, report; committee, meeting)."),
    responses(
        (status = 201, description = "Created", body = ApiActivity),
        (status = 404, description = "No such project", body = crate::api::members::ApiError),
        (status = 422, description = "Invalid fields, each named", body = crate::api::members::ApiError),
    ),
    security(("token" = [])),
    tag = "projects"
)]
pub async fn activity_create(
    State(state): State<AppState>,
    ApiStaff(user): ApiStaff,
    RequestIdText(request_id): RequestIdText,
    Path(code): Path<String>,
    ApiJson(fields): ApiJson<ActivityFields>,
) -> AppResult<(StatusCode, Json<ApiActivity>)> {
    let input = ActivityInput::parse(&fields).map_err(AppError::Invalid)?;
    let activity =
        activities::create(state.db(), &actor(&user, request_id), &code.to_ascii_uppercase(), &input).await?;
    Ok((StatusCode::CREATED, Json(ApiActivity::new(activity, true))))
}

/// Replace an activity (it stays in its project).
#[utoipa::path(
    put,
    path = "/api/v1/activities/{id}",
    params(("id" = i64, Path, description = "Activity id")),
    request_body(content = Object, description = "As for creating an activity."),
    responses(
        (status = 200, description = "Updated", body = ApiActivity),
        (status = 404, description = "No such activity", body = crate::api::members::ApiError),
        (status = 422, description = "Invalid fields, each named", body = crate::api::members::ApiError),
    ),
    security(("token" = [])),
    tag = "projects"
)]
pub async fn activity_update(
    State(state): State<AppState>,
    ApiStaff(user): ApiStaff,
    RequestIdText(request_id): RequestIdText,
    Path(id): Path<String>,
    ApiJson(fields): ApiJson<ActivityFields>,
) -> AppResult<Json<ApiActivity>> {
    let input = ActivityInput::parse(&fields).map_err(AppError::Invalid)?;
    let activity = activities::update(state.db(), &actor(&user, request_id), path_id(&id)?, &input).await?;
    Ok(Json(ApiActivity::new(activity, true)))
}
