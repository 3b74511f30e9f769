//! The results API's response bodies, as the OpenAPI document describes them.

use super::{decimal, instant};
use crate::results_view::IndicatorFigures;
use apdc_domain::results::Figure;
use apdc_store::results::{Indicator, Plan, PlanResult};
use serde::Serialize;
use std::collections::BTreeMap;
use utoipa::ToSchema;

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
    pub(super) fn new(period: i64, f: Figure) -> Self {
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
