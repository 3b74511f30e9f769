//! `/api/v1/plans`, `/api/v1/indicators` and `/api/v1/updates`: the results framework,
//! each indicator's figures against its targets, and the review of reported updates.
//!
//! Plans, indicators and values are public for public plans; staff (signed in, or with
//! an API token) also see the others. Reported updates are for staff only. Values are
//! decimal strings with at most two decimals: a count (`"12"`) or a percentage
//! (`"45.5"`).

use crate::api::projects::PerPage;
use crate::api::{ApiJson, path_id};
use crate::auth::{ApiStaff, CurrentUser, RequestIdText, actor, token_digest};
use crate::error::{AppError, AppResult, page_number};
use crate::results_view::{self, IndicatorFigures};
use crate::state::AppState;
use apdc_domain::FieldErrors;
use apdc_domain::money::format_hundredths;
use apdc_domain::results::{Figure, IndicatorSource, Track, UpdateFields, UpdateInput, UpdateStatus};
use apdc_store::StoreError;
use apdc_store::indicator_updates::{self, Reporter, Update, UpdateFilter, UpdateSummary};
use apdc_store::indicator_values::{self, BY_MEMBER, Values};
use apdc_store::results::{self, Framework, Indicator, Plan, PlanResult};
use axum::Json;
use axum::extract::{FromRequestParts, Path, Query, State};
use axum::http::StatusCode;
use axum::http::request::Parts;
use serde::{Deserialize, Deserializer, Serialize};
use std::collections::BTreeMap;
use utoipa::ToSchema;

/// A value in hundredths as a plain decimal with no trailing zeros: `4550` → `45.5`,
/// `1200` → `12`.
pub fn decimal(hundredths: i64) -> String {
    let plain = format_hundredths(hundredths.abs());
    let trimmed = if plain.contains('.') { plain.trim_end_matches('0').trim_end_matches('.') } else { &plain };
    if hundredths < 0 { format!("-{trimmed}") } else { trimmed.to_owned() }
}

/// An instant (Unix seconds) in RFC 3339.
fn instant(at: i64) -> Option<String> {
    time::OffsetDateTime::from_unix_timestamp(at)
        .ok()
        .and_then(|t| t.format(&time::format_description::well_known::Rfc3339).ok())
}

/// Who reads the results: staff, by session or API token, also see plans that are not
/// public. A token that is sent must be valid.
pub struct Viewer {
    pub staff: bool,
}

impl FromRequestParts<AppState> for Viewer {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let bearer = parts
            .headers
            .get(axum::http::header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(str::trim);
        let user = match bearer {
            Some(token) => Some(
                apdc_store::tokens::authenticate(state.db(), &token_digest(token))
                    .await?
                    .ok_or(AppError::Unauthenticated)?,
            ),
            None => CurrentUser::from_request_parts(parts, state).await?.0,
        };
        Ok(Self { staff: user.is_some_and(|u| u.role.is_staff()) })
    }
}

/// The page size of the API.
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

fn bad(field: &'static str) -> AppError {
    AppError::BadRequest { code: "invalid_parameter", field: Some(field) }
}

/// Plan `code` if the viewer may see it.
async fn visible_plan(state: &AppState, code: &str, staff: bool) -> AppResult<Framework> {
    let framework = results::framework(state.db(), code.trim()).await?;
    if !framework.plan.public && !staff {
        return Err(AppError::NotFound);
    }
    Ok(framework)
}

/// The plan holding indicator `code`, if the viewer may see it.
async fn plan_of_indicator(state: &AppState, code: &str, staff: bool) -> AppResult<Framework> {
    let plan_code = results::plan_of_indicator(state.db(), code.trim()).await?;
    visible_plan(state, &plan_code, staff).await
}

/// A plan's texts in one language.
#[derive(Serialize, ToSchema)]
pub struct ApiPlanText {
    pub language: String,
    pub title: String,
    pub objective: Option<String>,
}

/// A results plan.
#[derive(Serialize, ToSchema)]
pub struct ApiPlan {
    #[schema(example = "AP-2026-2030")]
    pub code: String,
    pub first_year: i64,
    pub last_year: i64,
    pub public: bool,
    /// Demonstration content, not the official framework.
    pub illustrative: bool,
    /// When computed indicators were last counted from delivery data (RFC 3339).
    pub computed_at: Option<String>,
    pub texts: Vec<ApiPlanText>,
    pub html_url: String,
}

impl From<&Plan> for ApiPlan {
    fn from(p: &Plan) -> Self {
        Self {
            code: p.code.clone(),
            first_year: p.first_year,
            last_year: p.last_year,
            public: p.public,
            illustrative: p.illustrative,
            computed_at: p.computed_at.and_then(instant),
            texts: p
                .texts
                .0
                .iter()
                .map(|t| ApiPlanText {
                    language: t.language.clone(),
                    title: t.title.clone(),
                    objective: t.body.clone(),
                })
                .collect(),
            html_url: format!("/en/results?plan={}", p.code),
        }
    }
}

/// The plans the caller may see, the latest first.
#[derive(Serialize, ToSchema)]
pub struct PlanList {
    pub items: Vec<ApiPlan>,
    pub total: usize,
}

/// An outcome's or output's texts in one language.
#[derive(Serialize, ToSchema)]
pub struct ApiResultText {
    pub language: String,
    pub title: String,
    pub description: Option<String>,
}

/// An outcome or an output.
#[derive(Serialize, ToSchema)]
pub struct ApiResult {
    pub code: String,
    /// outcome or output.
    pub level: String,
    /// The outcome of an output.
    pub parent: Option<String>,
    pub position: i64,
    pub texts: Vec<ApiResultText>,
}

impl From<&PlanResult> for ApiResult {
    fn from(r: &PlanResult) -> Self {
        Self {
            code: r.code.clone(),
            level: r.level.as_str().to_owned(),
            parent: r.parent.clone(),
            position: r.position,
            texts: r
                .texts
                .0
                .iter()
                .map(|t| ApiResultText {
                    language: t.language.clone(),
                    title: t.title.clone(),
                    description: t.body.clone(),
                })
                .collect(),
        }
    }
}

/// An indicator's texts in one language.
#[derive(Serialize, ToSchema)]
pub struct ApiIndicatorText {
    pub language: String,
    pub title: String,
    pub definition: Option<String>,
    pub data_source: Option<String>,
}

/// A target for one period.
#[derive(Serialize, ToSchema)]
pub struct ApiTarget {
    pub period: i64,
    #[schema(example = "120")]
    pub target: String,
}

/// How a computed indicator is counted from delivery data.
#[derive(Serialize, ToSchema)]
pub struct ApiComputation {
    /// people, members or activities (completed ones).
    pub counts: String,
    /// Activity modes counted; empty means every mode.
    pub modes: Vec<String>,
    /// Participation statuses counted (the default spelled out).
    pub statuses: Vec<String>,
    /// Only activities serving the indicator's output (or its outcome's outputs).
    pub output_only: bool,
    /// `dimension=category` restricting what is counted.
    pub filter: Option<String>,
    /// For percentages, `dimension=category` of the part in the numerator.
    pub numerator: Option<String>,
}

/// An indicator's definition.
#[derive(Serialize, ToSchema)]
pub struct ApiIndicatorDefinition {
    #[schema(example = "OC1.1")]
    pub code: String,
    /// The outcome or output it measures.
    pub result: String,
    /// outcome or output.
    pub level: String,
    pub position: i64,
    /// count, percentage, yes_no or narrative.
    pub measure: String,
    /// How periods combine into the plan's figure: sum, latest or maximum.
    pub aggregation: String,
    /// computed or reported.
    pub source: String,
    /// Whether values are reported per member.
    pub member_level: bool,
    /// The dimensions values are broken down by.
    pub disaggregations: Vec<String>,
    pub baseline_year: Option<i64>,
    pub baseline: Option<String>,
    pub targets: Vec<ApiTarget>,
    pub texts: Vec<ApiIndicatorText>,
    /// The counting rule of a computed indicator.
    pub computation: Option<ApiComputation>,
}

impl From<&Indicator> for ApiIndicatorDefinition {
    fn from(i: &Indicator) -> Self {
        Self {
            code: i.code.clone(),
            result: i.result.clone(),
            level: i.level.as_str().to_owned(),
            position: i.position,
            measure: i.measure.as_str().to_owned(),
            aggregation: i.aggregation.as_str().to_owned(),
            source: i.source.as_str().to_owned(),
            member_level: i.member_level,
            disaggregations: i.disaggregations.iter().map(|d| d.as_str().to_owned()).collect(),
            baseline_year: i.baseline_year,
            baseline: i.baseline.map(decimal),
            targets: i.targets.iter().map(|(period, t)| ApiTarget { period: *period, target: decimal(*t) }).collect(),
            texts: i
                .texts
                .0
                .iter()
                .map(|t| ApiIndicatorText {
                    language: t.language.clone(),
                    title: t.title.clone(),
                    definition: t.body.clone(),
                    data_source: t.note.clone(),
                })
                .collect(),
            computation: i.computation.as_ref().map(|c| ApiComputation {
                counts: c.counts.as_str().to_owned(),
                modes: c.modes.iter().map(|m| m.as_str().to_owned()).collect(),
                statuses: c.effective_statuses().iter().map(|s| s.as_str().to_owned()).collect(),
                output_only: c.output_only,
                filter: c.filter.map(|s| s.as_text()),
                numerator: c.numerator.map(|s| s.as_text()),
            }),
        }
    }
}

/// A plan with its outcomes, outputs and indicators.
#[derive(Serialize, ToSchema)]
pub struct ApiFramework {
    pub plan: ApiPlan,
    /// Outcomes and outputs, each output after its outcome.
    pub results: Vec<ApiResult>,
    pub indicators: Vec<ApiIndicatorDefinition>,
}

/// A figure: a count, or a numerator over a denominator for a percentage.
#[derive(Serialize, ToSchema)]
pub struct ApiFigure {
    pub numerator: i64,
    pub denominator: Option<i64>,
    /// The count, or the percentage; absent for a share of nothing.
    #[schema(example = "45.5")]
    pub value: Option<String>,
}

impl From<Figure> for ApiFigure {
    fn from(f: Figure) -> Self {
        Self { numerator: f.numerator, denominator: f.denominator, value: f.hundredths().map(decimal) }
    }
}

/// One period of an indicator.
#[derive(Serialize, ToSchema)]
pub struct ApiPeriodFigure {
    pub period: i64,
    pub target: Option<String>,
    pub actual: Option<ApiFigure>,
    /// on_track, at_risk, off_track, no_target or no_data; absent for a period not yet
    /// begun.
    pub status: Option<String>,
}

/// An indicator's figures across the plan.
#[derive(Serialize, ToSchema)]
pub struct ApiFigures {
    pub periods: Vec<ApiPeriodFigure>,
    /// The periods combined by the indicator's aggregation rule.
    pub total: Option<ApiFigure>,
    /// The status of the latest period begun that has a target.
    pub status: String,
    /// The period the status describes.
    pub status_period: Option<i64>,
}

impl From<IndicatorFigures> for ApiFigures {
    fn from(f: IndicatorFigures) -> Self {
        Self {
            periods: f
                .periods
                .into_iter()
                .map(|p| ApiPeriodFigure {
                    period: p.period,
                    target: p.target.map(decimal),
                    actual: p.actual.map(ApiFigure::from),
                    status: p.track.map(|t| t.as_str().to_owned()),
                })
                .collect(),
            total: f.total.map(ApiFigure::from),
            status: f.status.as_str().to_owned(),
            status_period: f.status_period,
        }
    }
}

/// An indicator with its figures, in a list.
#[derive(Serialize, ToSchema)]
pub struct ApiIndicatorSummary {
    pub code: String,
    pub plan: String,
    /// The English title.
    pub title: String,
    pub result: String,
    pub measure: String,
    pub aggregation: String,
    pub source: String,
    #[serde(flatten)]
    pub figures: ApiFigures,
    pub html_url: String,
}

/// One page of indicators of a plan.
#[derive(Serialize, ToSchema)]
pub struct IndicatorList {
    /// The plan listed (none when no plan is visible).
    pub plan: Option<String>,
    pub items: Vec<ApiIndicatorSummary>,
    pub total: usize,
    pub page: usize,
    pub per_page: usize,
    pub pages: usize,
}

/// A figure of one period.
#[derive(Serialize, ToSchema)]
pub struct ApiPeriodValue {
    pub period: i64,
    pub numerator: i64,
    pub denominator: Option<i64>,
    pub value: Option<String>,
}

impl ApiPeriodValue {
    fn new(period: i64, f: Figure) -> Self {
        Self { period, numerator: f.numerator, denominator: f.denominator, value: f.hundredths().map(decimal) }
    }
}

/// One indicator with its definition, figures, breakdowns and values by member.
#[derive(Serialize, ToSchema)]
pub struct ApiIndicator {
    pub plan: String,
    #[serde(flatten)]
    pub definition: ApiIndicatorDefinition,
    #[serde(flatten)]
    pub figures: ApiFigures,
    /// Dimension → category → the figures of each period that has one.
    pub breakdowns: BTreeMap<String, BTreeMap<String, Vec<ApiPeriodValue>>>,
    /// Member (ISO 3166-1 alpha-2) → the figures of each period that has one.
    pub members: BTreeMap<String, Vec<ApiPeriodValue>>,
    pub html_url: String,
}

/// One stored value of an indicator.
#[derive(Serialize, ToSchema)]
pub struct ApiValueRow {
    pub period: i64,
    /// The breakdown's dimension, `member` for a member's figure, absent for the total.
    pub dimension: Option<String>,
    /// The category (a member's code for `member`), absent for the total.
    pub category: Option<String>,
    pub numerator: i64,
    pub denominator: Option<i64>,
    pub value: Option<String>,
}

/// Every value of an indicator, for download.
#[derive(Serialize, ToSchema)]
pub struct ApiValues {
    pub indicator: String,
    pub plan: String,
    pub measure: String,
    pub values: Vec<ApiValueRow>,
}

/// How the indicators of a plan stand in one period.
#[derive(Serialize, ToSchema)]
pub struct ApiPlanPeriod {
    pub period: i64,
    /// Locked periods take no new or reviewed update.
    pub locked: bool,
    /// Whether the period has begun.
    pub started: bool,
    pub on_track: usize,
    pub at_risk: usize,
    pub off_track: usize,
    /// Indicators with a target but no value yet.
    pub no_data: usize,
    /// Indicators without a target for the period (narrative ones included).
    pub no_target: usize,
}

/// The periods of a plan.
#[derive(Serialize, ToSchema)]
pub struct PeriodList {
    pub plan: String,
    pub items: Vec<ApiPlanPeriod>,
}

/// The plans the caller may see: public ones, and the others for staff.
#[utoipa::path(
    get,
    path = "/api/v1/plans",
    operation_id = "list_plans",
    responses(
        (status = 200, description = "The plans, the latest first", body = PlanList),
        (status = 401, description = "An invalid API token was sent", body = crate::api::members::ApiError),
    ),
    tag = "results"
)]
pub async fn plans(State(state): State<AppState>, viewer: Viewer) -> AppResult<Json<PlanList>> {
    let plans = results::plans(state.db(), !viewer.staff).await?;
    Ok(Json(PlanList { total: plans.len(), items: plans.iter().map(ApiPlan::from).collect() }))
}

/// A plan's framework: its outcomes, outputs and indicator definitions.
#[utoipa::path(
    get,
    path = "/api/v1/plans/{code}",
    operation_id = "get_plan",
    params(("code" = String, Path, description = "Plan code")),
    responses(
        (status = 200, description = "The framework", body = ApiFramework),
        (status = 404, description = "No such plan visible to the caller", body = crate::api::members::ApiError),
    ),
    tag = "results"
)]
pub async fn plan(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(code): Path<String>,
) -> AppResult<Json<ApiFramework>> {
    let framework = visible_plan(&state, &code, viewer.staff).await?;
    Ok(Json(ApiFramework {
        plan: ApiPlan::from(&framework.plan),
        results: framework.results.iter().map(ApiResult::from).collect(),
        indicators: framework.indicators.iter().map(ApiIndicatorDefinition::from).collect(),
    }))
}

/// Each period of a plan: whether it is locked, and how many indicators are on track,
/// at risk or off track in it.
#[utoipa::path(
    get,
    path = "/api/v1/plans/{code}/periods",
    operation_id = "list_plan_periods",
    params(("code" = String, Path, description = "Plan code")),
    responses(
        (status = 200, description = "The periods", body = PeriodList),
        (status = 404, description = "No such plan visible to the caller", body = crate::api::members::ApiError),
    ),
    tag = "results"
)]
pub async fn periods(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(code): Path<String>,
) -> AppResult<Json<PeriodList>> {
    let framework = visible_plan(&state, &code, viewer.staff).await?;
    let locked = indicator_updates::locked_periods(state.db(), framework.plan.id).await?;
    let values = indicator_values::plan_values(state.db(), &framework).await?;
    let today = results_view::today();
    let figures: Vec<IndicatorFigures> = framework
        .indicators
        .iter()
        .map(|i| results_view::figures(&framework.plan, i, values.get(&i.id), today))
        .collect();
    let items = framework
        .plan
        .periods()
        .into_iter()
        .map(|period| {
            let tracks: Vec<Option<Track>> =
                figures.iter().map(|f| f.periods.iter().find(|p| p.period == period).and_then(|p| p.track)).collect();
            let count = |t: Track| tracks.iter().filter(|x| **x == Some(t)).count();
            let started = results_view::elapsed(period, today).is_some();
            ApiPlanPeriod {
                period,
                locked: locked.contains(&period),
                started,
                on_track: count(Track::OnTrack),
                at_risk: count(Track::AtRisk),
                off_track: count(Track::OffTrack),
                no_data: count(Track::NoData),
                no_target: if started {
                    tracks.iter().filter(|t| matches!(t, None | Some(Track::NoTarget))).count()
                } else {
                    0
                },
            }
        })
        .collect();
    Ok(Json(PeriodList { plan: framework.plan.code, items }))
}

/// The indicator list's query parameters.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct IndicatorsQuery {
    /// Plan code; the latest plan visible to the caller when absent.
    #[serde(default)]
    pub plan: String,
    #[serde(default)]
    pub page: String,
}

fn summary(framework: &Framework, indicator: &Indicator, figures: IndicatorFigures) -> ApiIndicatorSummary {
    ApiIndicatorSummary {
        code: indicator.code.clone(),
        plan: framework.plan.code.clone(),
        title: indicator.texts.title("en").to_owned(),
        result: indicator.result.clone(),
        measure: indicator.measure.as_str().to_owned(),
        aggregation: indicator.aggregation.as_str().to_owned(),
        source: indicator.source.as_str().to_owned(),
        figures: figures.into(),
        html_url: format!("/en/results/{}", indicator.code),
    }
}

/// The indicators of a plan with their targets, actuals and status per period.
#[utoipa::path(
    get,
    path = "/api/v1/indicators",
    operation_id = "list_indicators",
    params(IndicatorsQuery, PerPage),
    responses(
        (status = 200, description = "A page of indicators", body = IndicatorList),
        (status = 400, description = "A parameter is invalid (an unknown plan is `plan`)", body = crate::api::members::ApiError),
    ),
    tag = "results"
)]
pub async fn indicators(
    State(state): State<AppState>,
    viewer: Viewer,
    Query(query): Query<IndicatorsQuery>,
    Query(size): Query<PerPage>,
) -> AppResult<Json<IndicatorList>> {
    let page = page_number(query.page.trim())?;
    let per_page = per_page(&size)?;
    let visible = results::plans(state.db(), !viewer.staff).await?;
    let chosen = match query.plan.trim() {
        "" => visible.first(),
        code => Some(visible.iter().find(|p| p.code == code).ok_or(bad("plan"))?),
    };
    let Some(chosen) = chosen else {
        return Ok(Json(IndicatorList { plan: None, items: Vec::new(), total: 0, page, per_page, pages: 1 }));
    };
    let framework = results::framework(state.db(), &chosen.code).await?;
    let values = indicator_values::plan_values(state.db(), &framework).await?;
    let today = results_view::today();
    let total = framework.indicators.len();
    let items = framework
        .indicators
        .iter()
        .skip((page - 1).saturating_mul(per_page))
        .take(per_page)
        .map(|i| summary(&framework, i, results_view::figures(&framework.plan, i, values.get(&i.id), today)))
        .collect();
    Ok(Json(IndicatorList {
        plan: Some(framework.plan.code.clone()),
        items,
        total,
        page,
        per_page,
        pages: total.div_ceil(per_page).max(1),
    }))
}

/// One indicator with its figures, breakdowns and values by member.
#[utoipa::path(
    get,
    path = "/api/v1/indicators/{code}",
    operation_id = "get_indicator",
    params(("code" = String, Path, description = "Indicator code")),
    responses(
        (status = 200, description = "The indicator", body = ApiIndicator),
        (status = 404, description = "No such indicator visible to the caller", body = crate::api::members::ApiError),
    ),
    tag = "results"
)]
pub async fn indicator(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(code): Path<String>,
) -> AppResult<Json<ApiIndicator>> {
    let framework = plan_of_indicator(&state, &code, viewer.staff).await?;
    let indicator = framework.indicator(code.trim()).ok_or(AppError::NotFound)?;
    let mut all = indicator_values::plan_values(state.db(), &framework).await?;
    let values = all.remove(&indicator.id).unwrap_or_default();
    let figures = results_view::figures(&framework.plan, indicator, Some(&values), results_view::today());
    let mut breakdowns: BTreeMap<String, BTreeMap<String, Vec<ApiPeriodValue>>> =
        indicator.disaggregations.iter().map(|d| (d.as_str().to_owned(), BTreeMap::new())).collect();
    for (cell, figure) in &values.0 {
        if let Some(dimension) = cell.dimension {
            breakdowns
                .entry(dimension.as_str().to_owned())
                .or_default()
                .entry(cell.category.clone())
                .or_default()
                .push(ApiPeriodValue::new(cell.period, *figure));
        }
    }
    let mut members: BTreeMap<String, Vec<ApiPeriodValue>> = BTreeMap::new();
    for ((period, member), figure) in values.by_member() {
        members.entry(member.clone()).or_default().push(ApiPeriodValue::new(*period, *figure));
    }
    Ok(Json(ApiIndicator {
        plan: framework.plan.code.clone(),
        definition: indicator.into(),
        figures: figures.into(),
        breakdowns,
        members,
        html_url: format!("/en/results/{}", indicator.code),
    }))
}

fn value_rows(values: &Values) -> Vec<ApiValueRow> {
    let mut rows: Vec<ApiValueRow> = values
        .0
        .iter()
        .map(|(cell, f)| ApiValueRow {
            period: cell.period,
            dimension: cell.dimension.map(|d| d.as_str().to_owned()),
            category: cell.dimension.map(|_| cell.category.clone()),
            numerator: f.numerator,
            denominator: f.denominator,
            value: f.hundredths().map(decimal),
        })
        .collect();
    rows.extend(values.by_member().iter().map(|((period, member), f)| ApiValueRow {
        period: *period,
        dimension: Some(BY_MEMBER.to_owned()),
        category: Some(member.clone()),
        numerator: f.numerator,
        denominator: f.denominator,
        value: f.hundredths().map(decimal),
    }));
    rows.sort_by(|a, b| (a.period, &a.dimension, &a.category).cmp(&(b.period, &b.dimension, &b.category)));
    rows
}

/// Every value of an indicator as a flat list: period totals, breakdowns and members.
#[utoipa::path(
    get,
    path = "/api/v1/indicators/{code}/values",
    operation_id = "list_indicator_values",
    params(("code" = String, Path, description = "Indicator code")),
    responses(
        (status = 200, description = "The values", body = ApiValues),
        (status = 404, description = "No such indicator visible to the caller", body = crate::api::members::ApiError),
    ),
    tag = "results"
)]
pub async fn values(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(code): Path<String>,
) -> AppResult<Json<ApiValues>> {
    let framework = plan_of_indicator(&state, &code, viewer.staff).await?;
    let indicator = framework.indicator(code.trim()).ok_or(AppError::NotFound)?;
    let mut all = indicator_values::plan_values(state.db(), &framework).await?;
    let values = all.remove(&indicator.id).unwrap_or_default();
    Ok(Json(ApiValues {
        indicator: indicator.code.clone(),
        plan: framework.plan.code.clone(),
        measure: indicator.measure.as_str().to_owned(),
        values: value_rows(&values),
    }))
}

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
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct UpdatesQuery {
    /// Plan code.
    #[serde(default)]
    pub plan: String,
    /// Indicator code.
    #[serde(default)]
    pub indicator: String,
    /// Year.
    #[serde(default)]
    pub period: String,
    /// draft, submitted, approved or returned.
    #[serde(default)]
    pub status: String,
    /// Member reported for (alpha-2).
    #[serde(default)]
    pub member: String,
    #[serde(default)]
    pub page: String,
}

impl UpdatesQuery {
    async fn parse(&self, state: &AppState) -> AppResult<(UpdateFilter, usize)> {
        fn opt(raw: &str) -> Option<&str> {
            Some(raw.trim()).filter(|r| !r.is_empty())
        }
        let plan_id = match opt(&self.plan) {
            None => None,
            Some(code) => match results::framework(state.db(), code).await {
                Ok(f) => Some(f.plan.id),
                Err(StoreError::NotFound) => return Err(bad("plan")),
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
        Ok((filter, page_number(self.page.trim())?))
    }
}

/// Reported updates, the latest changed first (staff).
#[utoipa::path(
    get,
    path = "/api/v1/updates",
    operation_id = "list_updates",
    params(UpdatesQuery, PerPage),
    responses(
        (status = 200, description = "A page of updates", body = UpdateList),
        (status = 400, description = "A parameter is invalid", body = crate::api::members::ApiError),
        (status = 401, description = "No valid token or session", body = crate::api::members::ApiError),
        (status = 403, description = "Not staff", body = crate::api::members::ApiError),
    ),
    security(("token" = [])),
    tag = "results"
)]
pub async fn updates(
    State(state): State<AppState>,
    _staff: ApiStaff,
    Query(query): Query<UpdatesQuery>,
    Query(size): Query<PerPage>,
) -> AppResult<Json<UpdateList>> {
    let (filter, page) = query.parse(&state).await?;
    let result = indicator_updates::list(state.db(), &filter, page, per_page(&size)?).await?;
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

/// A text field that may also be sent as a number or a boolean.
fn text<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    use serde::de::Error;
    match serde_json::Value::deserialize(deserializer)? {
        serde_json::Value::Null => Ok(String::new()),
        serde_json::Value::String(s) => Ok(s),
        serde_json::Value::Number(n) => Ok(n.to_string()),
        serde_json::Value::Bool(b) => Ok(b.to_string()),
        _ => Err(D::Error::custom("expected a string")),
    }
}

/// A list of text fields (a single value counts as a list of one).
fn texts<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<String>, D::Error> {
    use serde::de::Error;
    let scalar = |v: serde_json::Value| match v {
        serde_json::Value::Null => Ok(String::new()),
        serde_json::Value::String(s) => Ok(s),
        serde_json::Value::Number(n) => Ok(n.to_string()),
        _ => Err(D::Error::custom("expected a string")),
    };
    match serde_json::Value::deserialize(deserializer)? {
        serde_json::Value::Array(items) => items.into_iter().map(scalar).collect(),
        serde_json::Value::Null => Ok(Vec::new()),
        other => Ok(vec![scalar(other)?]),
    }
}

/// A reported update as sent to the API. Values are strings (numbers are accepted too).
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct ApiUpdateBody {
    /// Indicator code (a reported indicator).
    #[serde(deserialize_with = "text")]
    pub indicator: String,
    /// Year.
    #[serde(deserialize_with = "text")]
    #[schema(example = "2025")]
    pub period: String,
    /// The member reported for (alpha-2), for member-level indicators only.
    #[serde(deserialize_with = "text")]
    pub member: String,
    /// A count.
    #[serde(deserialize_with = "text")]
    pub value: String,
    /// For a percentage.
    #[serde(deserialize_with = "text")]
    pub numerator: String,
    /// For a percentage.
    #[serde(deserialize_with = "text")]
    pub denominator: String,
    /// `yes` or `no`, for a yes/no indicator.
    #[serde(deserialize_with = "text")]
    pub yes: String,
    #[serde(deserialize_with = "text")]
    pub narrative: String,
    #[serde(deserialize_with = "text")]
    pub evidence_url: String,
    /// Breakdown: `dimension=category` for each value of `part_value`.
    #[serde(deserialize_with = "texts")]
    #[schema(example = json!(["sex=female"]))]
    pub part: Vec<String>,
    /// `12`, or `3/4` for a share.
    #[serde(deserialize_with = "texts")]
    #[schema(example = json!(["5"]))]
    pub part_value: Vec<String>,
    /// `true` to submit it for review at once; a draft otherwise.
    pub submit: bool,
}

impl ApiUpdateBody {
    fn fields(self) -> UpdateFields {
        UpdateFields {
            indicator: self.indicator,
            period: self.period,
            member: self.member,
            value: self.value,
            numerator: self.numerator,
            denominator: self.denominator,
            yes: self.yes,
            narrative: self.narrative,
            evidence_url: self.evidence_url,
            part: self.part,
            part_value: self.part_value,
            ..UpdateFields::default()
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
    request_body(content = ApiUpdateBody, description = "The update; `submit` sends it for review."),
    responses(
        (status = 201, description = "Created", body = ApiUpdateDetail),
        (status = 401, description = "No valid token or session", body = crate::api::members::ApiError),
        (status = 403, description = "Not staff", body = crate::api::members::ApiError),
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
    ApiJson(body): ApiJson<ApiUpdateBody>,
) -> AppResult<(StatusCode, Json<ApiUpdateDetail>)> {
    let submit = body.submit;
    let fields = body.fields();
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
    Ok((StatusCode::CREATED, Json(indicator_updates::get(state.db(), id).await?.into())))
}

/// A step in an update's review.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct ApiStatusBody {
    /// approved, returned or submitted.
    #[schema(example = "approved")]
    pub status: String,
    /// Required to return an update.
    pub reason: Option<String>,
}

/// Move an update in its review: submit a draft or returned update, approve a submitted
/// one, or return it with a reason (staff).
#[utoipa::path(
    post,
    path = "/api/v1/updates/{id}/status",
    operation_id = "change_update_status",
    params(("id" = i64, Path, description = "Update id")),
    request_body(content = ApiStatusBody),
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
    ApiJson(body): ApiJson<ApiStatusBody>,
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

#[cfg(test)]
mod tests {
    use super::decimal;

    #[test]
    fn decimals_have_no_trailing_zeros() {
        assert_eq!(decimal(4_550), "45.5");
        assert_eq!(decimal(1_200), "12");
        assert_eq!(decimal(3_333), "33.33");
        assert_eq!(decimal(5), "0.05");
        assert_eq!(decimal(0), "0");
        assert_eq!(decimal(-50), "-0.5");
    }
}
