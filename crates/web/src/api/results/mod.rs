//! `/api/v1/plans` and `/api/v1/indicators`: the results framework and each indicator's
//! figures against its targets.
//!
//! Plans, indicators and values are public for public plans; staff (signed in, or with
//! an API token) also see the others. Values are
//! decimal strings with at most two decimals: a count (`"12"`) or a percentage
//! (`"45.5"`).

use crate::api::contract::{ApiQuery, Kind, PAGE, PageSize, Param, QueryContract, RESULT_CODE};
use crate::auth::CurrentUser;
use crate::documented_query;
use crate::error::{AppError, AppResult, page_number};
use crate::results_view::{self, IndicatorFigures};
use crate::state::AppState;
use apdc_domain::money::format_hundredths;
use apdc_domain::results::Track;
use apdc_store::indicator_updates;
use apdc_store::indicator_values::{self, BY_MEMBER, Values};
use apdc_store::results::{self, Framework, Indicator};
use axum::Json;
use axum::extract::{FromRequestParts, Path, State};
use axum::http::request::Parts;
use serde::Deserialize;
use std::collections::BTreeMap;

mod types;
pub use types::*;

/// A value in hundredths as a plain decimal with no trailing zeros: `4550` → `45.5`,
/// `1200` → `12`.
pub fn decimal(hundredths: i64) -> String {
    let plain = format_hundredths(hundredths.abs());
    let trimmed = if plain.contains('.') { plain.trim_end_matches('0').trim_end_matches('.') } else { &plain };
    if hundredths < 0 { format!("-{trimmed}") } else { trimmed.to_owned() }
}

/// An instant (Unix seconds) in RFC 3339.
pub(crate) fn instant(at: i64) -> Option<String> {
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
        let CurrentUser(user) = CurrentUser::from_request_parts(parts, state).await?;
        Ok(Self { staff: user.is_some_and(|u| u.role.is_staff()) })
    }
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

/// The plans the caller may see: public ones, and the others for staff.
#[utoipa::path(
    get,
    path = "/api/v1/plans",
    operation_id = "list_plans",
    responses(
        (status = 200, description = "The plans, the latest first", body = PlanList),
    ),
    tag = "results"
)]
pub async fn plans(State(state): State<AppState>, viewer: Viewer) -> AppResult<Json<PlanList>> {
    let plans = results::plans(state.db(), !viewer.staff).await?;
    Ok(Json(PlanList { total: plans.len(), items: plans.iter().map(ApiPlan::from).collect() }))
}

/// The plan holding indicator `code`, if the viewer may see it, and the indicator's
/// stored values.
async fn indicator_and_values(state: &AppState, code: &str, staff: bool) -> AppResult<(Framework, Values)> {
    let framework = plan_of_indicator(state, code, staff).await?;
    let id = framework.indicator(code.trim()).ok_or(AppError::NotFound)?.id;
    let mut all = indicator_values::plan_values(state.db(), &framework).await?;
    Ok((framework, all.remove(&id).unwrap_or_default()))
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
#[derive(Debug, Default, Deserialize)]
pub struct IndicatorsQuery {
    #[serde(default)]
    pub plan: String,
    #[serde(default)]
    pub page: String,
}

impl QueryContract for IndicatorsQuery {
    const PARAMS: &'static [Param] = &[
        Param {
            name: "plan",
            description: "Plan code; the latest plan visible to the caller when absent.",
            kind: Kind::Code(&RESULT_CODE),
        },
        PAGE,
    ];
}

documented_query!(IndicatorsQuery);

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
    params(IndicatorsQuery, PageSize),
    responses(
        (status = 200, description = "A page of indicators", body = IndicatorList),
        (status = 404, description = "No such plan visible to the caller", body = crate::api::members::ApiError),
    ),
    tag = "results"
)]
pub async fn indicators(
    State(state): State<AppState>,
    viewer: Viewer,
    ApiQuery(query): ApiQuery<IndicatorsQuery>,
    ApiQuery(size): ApiQuery<PageSize>,
) -> AppResult<Json<IndicatorList>> {
    let page = page_number(query.page.trim())?;
    let per_page = size.get();
    let visible = results::plans(state.db(), !viewer.staff).await?;
    let chosen = match query.plan.trim() {
        "" => visible.first(),
        code => Some(visible.iter().find(|p| p.code == code).ok_or(AppError::NotFound)?),
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
    let (framework, values) = indicator_and_values(&state, &code, viewer.staff).await?;
    let indicator = framework.indicator(code.trim()).ok_or(AppError::NotFound)?;
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
    let (framework, values) = indicator_and_values(&state, &code, viewer.staff).await?;
    let indicator = framework.indicator(code.trim()).ok_or(AppError::NotFound)?;
    Ok(Json(ApiValues {
        indicator: indicator.code.clone(),
        plan: framework.plan.code.clone(),
        measure: indicator.measure.as_str().to_owned(),
        values: value_rows(&values),
    }))
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
