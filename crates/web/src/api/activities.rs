//! `/api/v1/activities`: the activities of projects, in every delivery mode; public
//! parts for everyone, writes for staff (API token or session).
//!
//! The webinar link is private: only staff read it.

use crate::api::contract::{self, ApiQuery, Kind, PAGE, PROJECT_CODE, PageSize, Param, QueryContract};
use crate::api::projects::{created, is_staff};
use crate::api::{ApiJson, path_id};
use crate::auth::{ApiStaff, CurrentUser, RequestIdText, actor};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::{codes_of, documented_query};
use apdc_domain::activity::{ActivityFields, ActivityInput, ActivityMode, ActivityStatus};
use apdc_domain::codelists::LANGUAGES;
use apdc_domain::dates::YEARS;
use apdc_store::activities::{self, Activity, ActivityFilter};
use apdc_store::projects;
use axum::Json;
use axum::extract::{Path, State};
use axum::response::Response;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa::openapi::schema::ArrayBuilder;

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
    pub(crate) fn new(a: Activity, staff: bool) -> Self {
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

/// The activity list's query parameters.
#[derive(Debug, Default, Deserialize)]
pub struct ActivitiesQuery {
    #[serde(default)]
    pub project: String,
    #[serde(default)]
    pub mode: String,
    #[serde(default)]
    pub status: String,
    #[serde(default)]
    pub member: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub year: String,
    #[serde(default)]
    pub page: String,
}

impl QueryContract for ActivitiesQuery {
    const PARAMS: &'static [Param] = &[
        Param { name: "project", description: "Project code.", kind: Kind::Code(&PROJECT_CODE) },
        Param { name: "mode", description: "Delivery mode.", kind: Kind::Choice(codes_of!(ActivityMode)) },
        Param { name: "status", description: "Activity status.", kind: Kind::Choice(codes_of!(ActivityStatus)) },
        Param { name: "member", description: "Target or requesting member, by country code.", kind: Kind::Country },
        Param { name: "country", description: "Country of the activity or its venue.", kind: Kind::Country },
        Param {
            name: "year",
            description: "Taking place (at least partly) during this year.",
            kind: Kind::Integer { min: *YEARS.start(), max: *YEARS.end() },
        },
        PAGE,
    ];
}

documented_query!(ActivitiesQuery);

impl ActivitiesQuery {
    /// The filter and page asked for; an unknown value is an error naming the parameter,
    /// and so is a project the caller may not see.
    pub async fn parse(&self, state: &AppState, public_only: bool) -> AppResult<(ActivityFilter, usize)> {
        self.filter(state, public_only).await?.ok_or(bad("project"))
    }

    /// As [`Self::parse`], but `None` when the project named is not one the caller may
    /// see: a filter that matches nothing.
    async fn filter(&self, state: &AppState, public_only: bool) -> AppResult<Option<(ActivityFilter, usize)>> {
        let project_id = match self.project.trim() {
            "" => None,
            code => match projects::get(state.db(), &code.to_ascii_uppercase()).await {
                Ok(p) if p.public || !public_only => Some(p.id),
                Ok(_) | Err(apdc_store::StoreError::NotFound) => return Ok(None),
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
        Ok(Some((filter, crate::error::page_number(&self.page)?)))
    }
}

fn bad(field: &'static str) -> AppError {
    AppError::BadRequest { code: "invalid_parameter", field: Some(field) }
}

/// List activities of public projects (all projects for staff).
#[utoipa::path(
    get,
    path = "/api/v1/activities",
    params(ActivitiesQuery, PageSize),
    responses(
        (status = 200, description = "A page of activities", body = ActivityList),
    ),
    tag = "projects"
)]
pub async fn activities_list(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiQuery(query): ApiQuery<ActivitiesQuery>,
    ApiQuery(size): ApiQuery<PageSize>,
) -> AppResult<Json<ActivityList>> {
    let staff = is_staff(&user);
    let Some((filter, page)) = query.filter(&state, !staff).await? else {
        return Ok(Json(ActivityList { items: Vec::new(), total: 0, page: 1, per_page: size.get(), pages: 1 }));
    };
    let result = activities::list(state.db(), &filter, page, size.get()).await?;
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

/// An activity as written through the API: the fields of the staff form. Only the
/// fields of the chosen mode are kept; each mode requires some of its own (a training
/// event its venue, a webinar its start and time zone…).
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ActivityBody {
    #[serde(default)]
    #[schema(schema_with = mode_schema, required = true)]
    pub mode: String,
    #[serde(default)]
    #[schema(min_length = 1, max_length = 300, required = true)]
    pub title: String,
    #[serde(default)]
    #[schema(max_length = 20000)]
    pub description: Option<String>,
    /// Languages of delivery (ISO 639-1).
    #[serde(default)]
    #[schema(schema_with = language_list_schema)]
    pub languages: Vec<String>,
    #[serde(default)]
    #[schema(format = Date)]
    pub start_date: Option<String>,
    #[serde(default)]
    #[schema(format = Date)]
    pub end_date: Option<String>,
    #[serde(default)]
    #[schema(schema_with = status_schema, required = true)]
    pub status: String,
    /// Places offered.
    #[serde(default)]
    #[schema(minimum = 1, maximum = 1000000)]
    pub capacity: Option<i64>,
    #[serde(default)]
    #[schema(schema_with = contract::country_list)]
    pub countries: Vec<String>,
    /// Target members, by country code.
    #[serde(default)]
    #[schema(schema_with = contract::country_list)]
    pub members: Vec<String>,
    /// eLearning: the platform (required).
    #[serde(default)]
    #[schema(max_length = 100)]
    pub platform: Option<String>,
    /// eLearning: the course's `http(s)://` address.
    #[serde(default)]
    #[schema(max_length = 300)]
    pub course_iri: Option<String>,
    /// eLearning.
    #[serde(default)]
    #[schema(minimum = 1, maximum = 10000)]
    pub duration_hours: Option<i64>,
    /// Webinar: local date and time, `YYYY-MM-DDTHH:MM` (required).
    #[serde(default)]
    #[schema(pattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}$", example = "2026-05-12T14:00")]
    pub starts_at: Option<String>,
    /// Webinar: an IANA time zone such as `Africa/Nairobi`, or `UTC` (required).
    #[serde(default)]
    #[schema(max_length = 60, example = "Africa/Nairobi")]
    pub time_zone: Option<String>,
    /// Webinar: the private meeting link, an `http(s)://` address (read by staff only).
    #[serde(default)]
    #[schema(max_length = 300)]
    pub meeting_link: Option<String>,
    /// Training event: the venue's country (required).
    #[serde(default)]
    #[schema(schema_with = contract::country_ref)]
    pub venue_country: Option<String>,
    /// Training event (required).
    #[serde(default)]
    #[schema(max_length = 100)]
    pub venue_city: Option<String>,
    /// Coaching: the goals agreed (required).
    #[serde(default)]
    #[schema(max_length = 5000)]
    pub goals: Option<String>,
    /// Advisory mission: the member that asked for it (required).
    #[serde(default)]
    #[schema(schema_with = contract::country_ref)]
    pub requesting_member: Option<String>,
    /// Advisory mission.
    #[serde(default)]
    #[schema(max_length = 20000)]
    pub terms_of_reference: Option<String>,
    /// Advisory mission.
    #[serde(default)]
    #[schema(max_length = 50000)]
    pub report: Option<String>,
    /// Expert sponsorship: the ISO committee (`ISO/TC 176`) (required).
    #[serde(default)]
    #[schema(max_length = 60, example = "ISO/TC 176")]
    pub committee: Option<String>,
    /// Expert sponsorship: the meeting attended.
    #[serde(default)]
    #[schema(max_length = 200)]
    pub meeting: Option<String>,
}

fn mode_schema() -> utoipa::openapi::schema::Object {
    contract::choice(codes_of!(ActivityMode)())
}

fn status_schema() -> utoipa::openapi::schema::Object {
    contract::choice(codes_of!(ActivityStatus)())
}

fn language_list_schema() -> utoipa::openapi::schema::Array {
    ArrayBuilder::new().items(contract::choice(LANGUAGES.to_vec())).build()
}

impl From<ActivityBody> for ActivityFields {
    fn from(b: ActivityBody) -> Self {
        let number = |n: Option<i64>| n.map(|n| n.to_string()).unwrap_or_default();
        Self {
            mode: b.mode,
            title: b.title,
            description: b.description.unwrap_or_default(),
            languages: b.languages,
            start_date: b.start_date.unwrap_or_default(),
            end_date: b.end_date.unwrap_or_default(),
            status: b.status,
            capacity: number(b.capacity),
            countries: b.countries,
            members: b.members,
            platform: b.platform.unwrap_or_default(),
            course_iri: b.course_iri.unwrap_or_default(),
            duration_hours: number(b.duration_hours),
            starts_at: b.starts_at.unwrap_or_default(),
            time_zone: b.time_zone.unwrap_or_default(),
            meeting_link: b.meeting_link.unwrap_or_default(),
            venue_country: b.venue_country.unwrap_or_default(),
            venue_city: b.venue_city.unwrap_or_default(),
            goals: b.goals.unwrap_or_default(),
            requesting_member: b.requesting_member.unwrap_or_default(),
            terms_of_reference: b.terms_of_reference.unwrap_or_default(),
            report: b.report.unwrap_or_default(),
            committee: b.committee.unwrap_or_default(),
            meeting: b.meeting.unwrap_or_default(),
        }
    }
}

/// Add an activity to a project.
#[utoipa::path(
    post,
    path = "/api/v1/projects/{code}/activities",
    params(("code" = String, Path, description = "Project code")),
    request_body = ActivityBody,
    responses(
        (status = 201, description = "Created", body = ApiActivity,
            headers(("Location" = String, description = "The activity's address in the API"))),
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
    ApiJson(body): ApiJson<ActivityBody>,
) -> AppResult<Response> {
    let input = ActivityInput::parse(&body.into()).map_err(AppError::Invalid)?;
    let activity =
        activities::create(state.db(), &actor(&user, request_id), &code.to_ascii_uppercase(), &input).await?;
    Ok(created(format!("/api/v1/activities/{}", activity.id), ApiActivity::new(activity, true)))
}

/// Replace an activity (it stays in its project).
#[utoipa::path(
    put,
    path = "/api/v1/activities/{id}",
    params(("id" = i64, Path, description = "Activity id")),
    request_body = ActivityBody,
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
    ApiJson(body): ApiJson<ActivityBody>,
) -> AppResult<Json<ApiActivity>> {
    let input = ActivityInput::parse(&body.into()).map_err(AppError::Invalid)?;
    let activity = activities::update(state.db(), &actor(&user, request_id), path_id(&id)?, &input).await?;
    Ok(Json(ApiActivity::new(activity, true)))
}
