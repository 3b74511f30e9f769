//! `/api/v1/updates`: reported updates of indicators and their review, for staff.
//!
//! Staff report for any member or for the plan itself; focal points report through
//! their own pages. Every step of the review is kept.

use crate::api::contract::{self, ApiQuery, Kind, PAGE, PageSize, Param, QueryContract, RESULT_CODE};
use crate::api::projects::created;
use crate::api::results::{decimal, instant};
use crate::api::{ApiJson, path_id};
use crate::auth::{ApiStaff, RequestIdText, actor};
use crate::error::{AppError, AppResult, page_number};
use crate::state::AppState;
use crate::{codes_of, documented_query};
use apdc_domain::FieldErrors;
use apdc_domain::dates::YEARS;
use apdc_domain::results::{Dimension, Figure, IndicatorSource, UpdateFields, UpdateInput, UpdateStatus};
use apdc_store::StoreError;
use apdc_store::indicator_updates::{self, MAX_REASON_CHARS, Reporter, Update, UpdateFilter, UpdateSummary};
use apdc_store::results;
use axum::Json;
use axum::extract::{Path, State};
use axum::response::Response;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// A reported update.
#[derive(Serialize, ToSchema)]
pub struct ApiUpdate {
    pub id: i64,
    pub indicator: String,
    pub period: i64,
    /// The member reported for (alpha-2).
    pub member: Option<String>,
    pub numerator: Option<i64>,
    pub denominator: Option<i64>,
    pub yes: Option<bool>,
    /// The count, or the percentage.
    pub value: Option<String>,
    pub narrative: Option<String>,
    pub evidence_url: Option<String>,
    /// draft, submitted, approved or returned.
    pub status: String,
    pub return_reason: Option<String>,
    pub author: Option<String>,
    /// RFC 3339.
    pub updated_at: Option<String>,
}

fn update_value(numerator: Option<i64>, denominator: Option<i64>) -> Option<String> {
    numerator.and_then(|numerator| Figure { numerator, denominator }.hundredths()).map(decimal)
}

impl From<UpdateSummary> for ApiUpdate {
    fn from(u: UpdateSummary) -> Self {
        Self {
            value: update_value(u.numerator, u.denominator),
            id: u.id,
            indicator: u.indicator,
            period: u.period,
            member: u.member,
            numerator: u.numerator,
            denominator: u.denominator,
            yes: u.yes,
            narrative: u.narrative,
            evidence_url: u.evidence_url,
            status: u.status,
            return_reason: u.return_reason,
            author: u.author,
            updated_at: instant(u.updated_at),
        }
    }
}

/// One category of an update's breakdown.
#[derive(Serialize, ToSchema)]
pub struct ApiUpdatePart {
    pub dimension: String,
    pub category: String,
    pub numerator: i64,
    pub denominator: Option<i64>,
    pub value: Option<String>,
}

/// One step of an update's review.
#[derive(Serialize, ToSchema)]
pub struct ApiUpdateStep {
    /// RFC 3339.
    pub at: Option<String>,
    pub from_status: Option<String>,
    pub to_status: String,
    pub actor: String,
    /// The reason of a return.
    pub note: Option<String>,
}

/// A reported update with its breakdown and review history.
#[derive(Serialize, ToSchema)]
pub struct ApiUpdateDetail {
    #[serde(flatten)]
    pub update: ApiUpdate,
    pub parts: Vec<ApiUpdatePart>,
    pub history: Vec<ApiUpdateStep>,
}

impl From<Update> for ApiUpdateDetail {
    fn from(u: Update) -> Self {
        Self {
            update: u.summary.into(),
            parts: u
                .parts
                .into_iter()
                .map(|(selector, numerator, denominator)| {
                    let (dimension, category) = selector.split_once('=').unwrap_or((selector.as_str(), ""));
                    ApiUpdatePart {
                        dimension: dimension.to_owned(),
                        category: category.to_owned(),
                        numerator,
                        denominator,
                        value: update_value(Some(numerator), denominator),
                    }
                })
                .collect(),
            history: u
                .history
                .into_iter()
                .map(|h| ApiUpdateStep {
                    at: instant(h.at),
                    from_status: h.from_status,
                    to_status: h.to_status,
                    actor: h.actor,
                    note: h.note,
                })
                .collect(),
        }
    }
}

/// One page of reported updates.
#[derive(Serialize, ToSchema)]
pub struct UpdateList {
    pub items: Vec<ApiUpdate>,
    pub total: usize,
    pub page: usize,
    pub per_page: usize,
    pub pages: usize,
}

/// The update list's query parameters.
#[derive(Debug, Default, Deserialize)]
pub struct UpdatesQuery {
    #[serde(default)]
    pub plan: String,
    #[serde(default)]
    pub indicator: String,
    #[serde(default)]
    pub period: String,
    #[serde(default)]
    pub status: String,
    #[serde(default)]
    pub member: String,
    #[serde(default)]
    pub page: String,
}

impl QueryContract for UpdatesQuery {
    const PARAMS: &'static [Param] = &[
        Param { name: "plan", description: "Plan code.", kind: Kind::Code(&RESULT_CODE) },
        Param { name: "indicator", description: "Indicator code.", kind: Kind::Code(&RESULT_CODE) },
        Param { name: "period", description: "Year.", kind: Kind::Integer { min: *YEARS.start(), max: *YEARS.end() } },
        Param { name: "status", description: "Review status.", kind: Kind::Choice(codes_of!(UpdateStatus)) },
        Param { name: "member", description: "Member reported for, by country code.", kind: Kind::Country },
        PAGE,
    ];
}

documented_query!(UpdatesQuery);

fn bad(field: &'static str) -> AppError {
    AppError::BadRequest { code: "invalid_parameter", field: Some(field) }
}

impl UpdatesQuery {
    /// The filter and page asked for; `None` for a plan that does not exist, which
    /// matches nothing.
    async fn parse(&self, state: &AppState) -> AppResult<Option<(UpdateFilter, usize)>> {
        fn opt(raw: &str) -> Option<&str> {
            Some(raw.trim()).filter(|r| !r.is_empty())
        }
        let plan_id = match opt(&self.plan) {
            None => None,
            Some(code) => match results::framework(state.db(), code).await {
                Ok(f) => Some(f.plan.id),
                Err(StoreError::NotFound) => return Ok(None),
                Err(e) => return Err(e.into()),
            },
        };
        let filter = UpdateFilter {
            plan_id,
            indicator: opt(&self.indicator).map(str::to_owned),
            period: opt(&self.period).map(apdc_domain::dates::year).transpose().map_err(|_| bad("period"))?,
            status: opt(&self.status).map(UpdateStatus::parse).transpose().map_err(|_| bad("status"))?,
            member: opt(&self.member)
                .map(|m| apdc_domain::CountryCode::parse(m).map(|c| c.to_string()))
                .transpose()
                .map_err(|_| bad("member"))?,
        };
        Ok(Some((filter, page_number(self.page.trim())?)))
    }
}

/// Reported updates, the latest changed first (staff).
#[utoipa::path(
    get,
    path = "/api/v1/updates",
    operation_id = "list_updates",
    params(UpdatesQuery, PageSize),
    responses(
        (status = 200, description = "A page of updates", body = UpdateList),
    ),
    security(("token" = [])),
    tag = "results"
)]
pub async fn updates(
    State(state): State<AppState>,
    _staff: ApiStaff,
    ApiQuery(query): ApiQuery<UpdatesQuery>,
    ApiQuery(size): ApiQuery<PageSize>,
) -> AppResult<Json<UpdateList>> {
    let Some((filter, page)) = query.parse(&state).await? else {
        return Ok(Json(UpdateList { items: Vec::new(), total: 0, page: 1, per_page: size.get(), pages: 1 }));
    };
    let result = indicator_updates::list(state.db(), &filter, page, size.get()).await?;
    let pages = result.pages();
    Ok(Json(UpdateList {
        total: result.total,
        page: result.page,
        per_page: result.per_page,
        pages,
        items: result.items.into_iter().map(ApiUpdate::from).collect(),
    }))
}

/// One reported update with its breakdown and history (staff).
#[utoipa::path(
    get,
    path = "/api/v1/updates/{id}",
    operation_id = "get_update",
    params(("id" = i64, Path, description = "Update id")),
    responses(
        (status = 200, description = "The update", body = ApiUpdateDetail),
        (status = 404, description = "No such update", body = crate::api::members::ApiError),
    ),
    security(("token" = [])),
    tag = "results"
)]
pub async fn update(
    State(state): State<AppState>,
    _staff: ApiStaff,
    Path(id): Path<String>,
) -> AppResult<Json<ApiUpdateDetail>> {
    Ok(Json(indicator_updates::get(state.db(), path_id(&id)?).await?.into()))
}

/// A reported update as sent to the API. What it must hold depends on the indicator's
/// measure: `value` for a count, `numerator` and `denominator` for a percentage, `yes`
/// for a yes/no indicator, `narrative` for a narrative one; `member` for member-level
/// indicators only; `parts` in the indicator's breakdowns.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateBody {
    /// The code of a reported indicator.
    #[serde(default)]
    #[schema(schema_with = result_code_schema, required = true)]
    pub indicator: String,
    /// The year reported for.
    #[serde(default)]
    #[schema(minimum = 1990, maximum = 2100, example = 2025, required = true)]
    pub period: Option<i64>,
    /// The member reported for, for member-level indicators only.
    #[serde(default)]
    #[schema(schema_with = contract::country_ref)]
    pub member: Option<String>,
    /// A count.
    #[serde(default)]
    #[schema(minimum = 0, maximum = 1000000000)]
    pub value: Option<i64>,
    /// For a percentage: how many of `denominator`.
    #[serde(default)]
    #[schema(minimum = 0, maximum = 1000000000)]
    pub numerator: Option<i64>,
    /// For a percentage; not zero.
    #[serde(default)]
    #[schema(minimum = 0, maximum = 1000000000)]
    pub denominator: Option<i64>,
    /// For a yes/no indicator.
    #[serde(default)]
    pub yes: Option<bool>,
    #[serde(default)]
    #[schema(max_length = 10000)]
    pub narrative: Option<String>,
    /// Where the evidence is: an `http(s)://` address.
    #[serde(default)]
    #[schema(max_length = 300)]
    pub evidence_url: Option<String>,
    /// The breakdown, one category at a time.
    #[serde(default)]
    pub parts: Vec<UpdatePartBody>,
    /// `true` to submit it for review at once; a draft otherwise.
    #[serde(default)]
    pub submit: bool,
}

/// One category of a reported breakdown.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdatePartBody {
    #[schema(schema_with = dimension_schema)]
    pub dimension: String,
    /// A category of the dimension (`female` for `sex`, `Africa` for `region`…).
    #[schema(min_length = 1, max_length = 100, example = "female")]
    pub category: String,
    /// The count, or the numerator of a share.
    #[schema(minimum = 0, maximum = 1000000000)]
    pub numerator: i64,
    /// The denominator of a share, for a percentage.
    #[serde(default)]
    #[schema(minimum = 1, maximum = 1000000000)]
    pub denominator: Option<i64>,
}

fn result_code_schema() -> utoipa::openapi::schema::Object {
    contract::code(&RESULT_CODE)
}

fn dimension_schema() -> utoipa::openapi::schema::Object {
    contract::choice(codes_of!(Dimension)())
}

impl From<UpdateBody> for UpdateFields {
    fn from(b: UpdateBody) -> Self {
        let number = |n: Option<i64>| n.map(|n| n.to_string()).unwrap_or_default();
        let (part, part_value) = b
            .parts
            .into_iter()
            .map(|p| {
                let value = match p.denominator {
                    Some(d) => format!("{}/{d}", p.numerator),
                    None => p.numerator.to_string(),
                };
                (format!("{}={}", p.dimension, p.category), value)
            })
            .unzip();
        Self {
            indicator: b.indicator,
            period: b.period.map(|p| p.to_string()).unwrap_or_default(),
            member: b.member.unwrap_or_default(),
            value: number(b.value),
            numerator: number(b.numerator),
            denominator: number(b.denominator),
            yes: b.yes.map(|yes| if yes { "yes" } else { "no" }.to_owned()).unwrap_or_default(),
            narrative: b.narrative.unwrap_or_default(),
            evidence_url: b.evidence_url.unwrap_or_default(),
            part,
            part_value,
            intent: String::new(),
        }
    }
}

fn invalid(field: &'static str, code: &'static str) -> AppError {
    let mut errors = FieldErrors::default();
    errors.push(field, code);
    AppError::Invalid(errors)
}

/// Report a value for a reported indicator (staff, for any member or the plan itself).
#[utoipa::path(
    post,
    path = "/api/v1/updates",
    operation_id = "create_update",
    request_body = UpdateBody,
    responses(
        (status = 201, description = "Created", body = ApiUpdateDetail,
            headers(("Location" = String, description = "The update's address in the API"))),
        (status = 422, description = "Invalid fields, each named (an unknown indicator is `indicator`, a locked \
            period `period`)", body = crate::api::members::ApiError),
    ),
    security(("token" = [])),
    tag = "results"
)]
pub async fn create_update(
    State(state): State<AppState>,
    ApiStaff(user): ApiStaff,
    RequestIdText(request_id): RequestIdText,
    ApiJson(body): ApiJson<UpdateBody>,
) -> AppResult<Response> {
    let submit = body.submit;
    let fields = UpdateFields::from(body);
    let code = fields.indicator.trim().to_owned();
    if code.is_empty() {
        return Err(invalid("indicator", "required"));
    }
    let framework = match results::plan_of_indicator(state.db(), &code).await {
        Ok(plan) => results::framework(state.db(), &plan).await?,
        Err(StoreError::NotFound) => return Err(invalid("indicator", "unknown_indicator")),
        Err(e) => return Err(e.into()),
    };
    let indicator = framework.indicator(&code).ok_or_else(|| invalid("indicator", "unknown_indicator"))?;
    if indicator.source != IndicatorSource::Reported {
        return Err(invalid("indicator", "indicator_not_reported"));
    }
    let input = UpdateInput::parse(&fields, indicator.measure, indicator.member_level, &indicator.disaggregations)
        .map_err(AppError::Invalid)?;
    let actor = actor(&user, request_id);
    let id = indicator_updates::create(state.db(), &actor, &framework, &input, Reporter::Staff, submit).await?;
    let detail = ApiUpdateDetail::from(indicator_updates::get(state.db(), id).await?);
    Ok(created(format!("/api/v1/updates/{id}"), detail))
}

/// A step in an update's review.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct StatusBody {
    /// `submitted` for a draft or returned update, `approved` or `returned` for a
    /// submitted one.
    #[serde(default)]
    #[schema(schema_with = step_schema, required = true)]
    pub status: String,
    /// Why the update is returned (required to return it).
    #[serde(default)]
    #[schema(max_length = 2000)]
    pub reason: Option<String>,
}

fn step_schema() -> utoipa::openapi::schema::Object {
    contract::choice(vec!["submitted", "approved", "returned"])
}

const _: () = assert!(MAX_REASON_CHARS == 2000, "the documented maximum of `reason`");

/// Move an update in its review: submit a draft or returned update, approve a submitted
/// one, or return it with a reason (staff).
#[utoipa::path(
    post,
    path = "/api/v1/updates/{id}/status",
    operation_id = "change_update_status",
    params(("id" = i64, Path, description = "Update id")),
    request_body = StatusBody,
    responses(
        (status = 200, description = "The update after the step", body = ApiUpdateDetail),
        (status = 404, description = "No such update", body = crate::api::members::ApiError),
        (status = 422, description = "`status` for a step not allowed from the current status, `reason` for a \
            return without one, `period` for a locked period", body = crate::api::members::ApiError),
    ),
    security(("token" = [])),
    tag = "results"
)]
pub async fn update_status(
    State(state): State<AppState>,
    ApiStaff(user): ApiStaff,
    RequestIdText(request_id): RequestIdText,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<StatusBody>,
) -> AppResult<Json<ApiUpdateDetail>> {
    let id = path_id(&id)?;
    indicator_updates::get(state.db(), id).await?;
    let to = match UpdateStatus::parse(&body.status) {
        Ok(to @ (UpdateStatus::Approved | UpdateStatus::Returned | UpdateStatus::Submitted)) => to,
        Ok(UpdateStatus::Draft) => return Err(invalid("status", "invalid_transition")),
        Err(code) => return Err(invalid("status", code)),
    };
    let actor = actor(&user, request_id);
    indicator_updates::transition(state.db(), &actor, id, to, body.reason.as_deref(), Reporter::Staff).await?;
    Ok(Json(indicator_updates::get(state.db(), id).await?.into()))
}
