//! The results pages: the plan at a glance (`/{lang}/results`), one indicator with its
//! trend and breakdowns (`/{lang}/results/{code}`), the records behind any figure
//! (`…/evidence`), and a member's scorecard.
//!
//! Everyone sees public plans; staff also see the others. What lies behind a computed
//! figure is shown as the viewer may see it: staff every record and person, a donor
//! viewer the activities of the projects their organisation funds, anyone else the
//! activities of public projects.

use crate::charts::{self, Bar, MapShade, SeriesKind, TrendSeries, ValueFormat};
use crate::error::{AppError, AppResult};
use crate::page::{Page, render};
use crate::results_view::{self, IndicatorFigures, chart_value, format_figure, format_target};
use crate::site::stories::foreign_attributes;
use crate::state::AppState;
use crate::widgets::page_window;
use apdc_domain::Role;
use apdc_domain::results::{
    Counts, Dimension, Figure, IndicatorSource, Measure, NOT_RECORDED, Selector, Track, aggregate,
};
use apdc_store::indicator_updates::{self, UpdateSummary};
use apdc_store::indicator_values::{Cell, EvidenceActivity, EvidenceScope, EvidenceUnit, Values};
use apdc_store::results::{self, Framework, Indicator, PlanResult, Texts};
use apdc_store::{Paged, StoreError};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

/// The plan a results page shows: the one asked for, else the latest the reader may see.
pub async fn chosen_plan(state: &AppState, page: &Page, code: Option<&str>) -> AppResult<Option<Arc<Framework>>> {
    let visible = state.plans(!page.is_staff()).await?;
    plan_among(state, &visible, code).await
}

/// The plan `code` among `visible`, else the first of them.
async fn plan_among(
    state: &AppState,
    visible: &[apdc_store::results::Plan],
    code: Option<&str>,
) -> AppResult<Option<Arc<Framework>>> {
    let plan = match code {
        Some(code) => Some(visible.iter().find(|p| p.code == code).ok_or(AppError::NotFound)?),
        None => visible.first(),
    };
    match plan {
        Some(plan) => Ok(Some(state.framework(&plan.code).await?)),
        None => Ok(None),
    }
}

/// The plan holding indicator `code`, if the reader may see it.
async fn plan_of(state: &AppState, page: &Page, code: &str) -> AppResult<Arc<Framework>> {
    let plan_code = match results::plan_of_indicator(state.db(), code).await {
        Ok(c) => c,
        Err(StoreError::NotFound) => return Err(AppError::NotFound),
        Err(e) => return Err(e.into()),
    };
    let framework = state.framework(&plan_code).await?;
    if !framework.plan.public && !page.is_staff() {
        return Err(AppError::NotFound);
    }
    Ok(framework)
}

/// Labels shared by the results templates.
pub struct Labels<'a> {
    pub page: &'a Page,
}

impl Labels<'_> {
    pub fn track(&self, track: &Track) -> String {
        self.page.t(&track.key("track"))
    }

    pub fn dimension(&self, dimension: Dimension) -> String {
        self.page.t(&dimension.key("dimension"))
    }

    /// The name of a category of a breakdown.
    pub fn category(&self, dimension: Dimension, category: &str) -> String {
        if category == NOT_RECORDED {
            return self.page.t("not-known");
        }
        let key = match dimension {
            Dimension::Sex => format!("sex-{category}"),
            Dimension::StakeholderGroup => format!("group-{category}"),
            Dimension::MemberCategory => format!("category-{category}"),
            Dimension::Region => format!("region-{category}"),
            Dimension::IncomeGroup => format!("income-{category}"),
            Dimension::Ldc | Dimension::Developing => category.to_owned(),
        };
        self.page.t(&key.replace('_', "-"))
    }

    pub fn selector(&self, selector: &Selector) -> String {
        format!("{}: {}", self.dimension(selector.dimension), self.category(selector.dimension, selector.category))
    }
}

/// A row of the plan's table.
pub struct Row<'a> {
    pub indicator: &'a Indicator,
    pub figures: IndicatorFigures,
}

/// The attributes saying the language of `texts` as shown on `page` (` lang="en"
/// dir="ltr"` where a translation is missing and English is shown), none when they are
/// in the page's language: screen readers then read them with the right voice.
fn shown_in(page: &Page, texts: &Texts) -> String {
    foreign_attributes(page, texts.language_shown(page.lang.code()))
}

#[derive(Template)]
#[template(path = "results.html")]
struct DashboardPage {
    page: Page,
    /// Code, title and the title's language attributes.
    plans: Vec<(String, String, String)>,
    framework: Option<Arc<Framework>>,
    rows: HashMap<i64, IndicatorFigures>,
    /// On track, at risk, off track, and the rest.
    summary: [usize; 4],
    map: Option<MemberMap>,
}

/// A choropleth of one indicator by member, with the table behind it.
pub struct MemberMap {
    pub indicator: String,
    pub title: String,
    /// The title's language attributes.
    pub title_shown_in: String,
    pub svg: String,
    /// Member code, country name, value.
    pub rows: Vec<(String, String, String)>,
}

impl DashboardPage {
    fn labels(&self) -> Labels<'_> {
        Labels { page: &self.page }
    }

    fn lang(&self) -> &str {
        self.page.lang.code()
    }

    fn title_of(&self, result: &PlanResult) -> String {
        result.texts.title(self.lang()).to_owned()
    }

    fn shown_in(&self, texts: &Texts) -> String {
        shown_in(&self.page, texts)
    }

    fn untranslated(&self) -> bool {
        self.framework.as_ref().is_some_and(|f| f.untranslated(self.lang()))
    }

    fn rows_of(&self, result: &PlanResult) -> Vec<Row<'_>> {
        let Some(framework) = &self.framework else { return Vec::new() };
        framework
            .indicators_of(result.id)
            .filter_map(|i| self.rows.get(&i.id).map(|f| Row { indicator: i, figures: f.clone() }))
            .collect()
    }

    fn outcomes(&self) -> Vec<&PlanResult> {
        self.framework.as_ref().map(|f| f.outcomes().collect()).unwrap_or_default()
    }

    fn outputs(&self, outcome: &PlanResult) -> Vec<&PlanResult> {
        self.framework.as_ref().map(|f| f.outputs_of(outcome.id).collect()).unwrap_or_default()
    }

    fn periods(&self) -> Vec<i64> {
        self.framework.as_ref().map(|f| f.plan.periods()).unwrap_or_default()
    }

    fn indicator_title(&self, indicator: &Indicator) -> String {
        indicator.texts.title(self.lang()).to_owned()
    }

    fn cell(&self, row: &Row<'_>, period: &i64) -> String {
        let p = row.figures.periods.iter().find(|p| p.period == *period);
        let measure = row.indicator.measure;
        match p {
            Some(p) if p.actual.is_some() || p.target.is_some() => format!(
                "{} / {}",
                format_figure(self.lang(), measure, p.actual),
                format_target(self.lang(), measure, p.target)
            ),
            _ => "—".to_owned(),
        }
    }

    fn baseline(&self, indicator: &Indicator) -> String {
        match (indicator.baseline, indicator.baseline_year) {
            (Some(value), Some(year)) => {
                format!("{} ({year})", format_target(self.lang(), indicator.measure, Some(value)))
            }
            _ => "—".to_owned(),
        }
    }

    fn total(&self, row: &Row<'_>) -> String {
        format_figure(self.lang(), row.indicator.measure, row.figures.total)
    }

    fn rule(&self, indicator: &Indicator) -> String {
        self.page.t(&indicator.aggregation.key("aggregation"))
    }

    fn computed_at(&self) -> Option<String> {
        self.framework.as_ref().and_then(|f| f.plan.computed_at).map(|at| self.page.instant(&at))
    }

    fn track_class(&self, track: &Track) -> &'static str {
        track_class(*track)
    }
}

/// The class of a status badge.
pub fn track_class(track: Track) -> &'static str {
    match track {
        Track::OnTrack => "track on-track",
        Track::AtRisk => "track at-risk",
        Track::OffTrack => "track off-track",
        Track::NoTarget | Track::NoData => "track none",
    }
}

#[derive(Deserialize, Default)]
pub struct PlanQuery {
    #[serde(default)]
    plan: Option<String>,
}

/// The indicator the map shows: the first counting members, else the first with values
/// by member.
fn map_indicator<'a>(framework: &'a Framework, values: &HashMap<i64, Values>) -> Option<&'a Indicator> {
    let counts_members =
        |i: &&Indicator| i.computation.as_ref().is_some_and(|c| c.counts == Counts::Members && c.filter.is_some());
    framework
        .indicators
        .iter()
        .find(counts_members)
        .or_else(|| framework.indicators.iter().find(|i| values.get(&i.id).is_some_and(|v| !v.by_member().is_empty())))
}

/// Each member's figure over the plan, by the indicator's rule.
fn member_totals(indicator: &Indicator, values: &Values) -> BTreeMap<String, Figure> {
    let mut by_member: BTreeMap<String, Vec<(i64, Figure)>> = BTreeMap::new();
    for ((period, member), figure) in values.by_member() {
        by_member.entry(member.clone()).or_default().push((*period, *figure));
    }
    by_member.into_iter().filter_map(|(m, v)| aggregate(indicator.aggregation, &v).map(|f| (m, f))).collect()
}

fn member_map(
    state: &AppState,
    page: &Page,
    framework: &Framework,
    values: &HashMap<i64, Values>,
) -> Option<MemberMap> {
    let indicator = map_indicator(framework, values)?;
    let totals = member_totals(indicator, values.get(&indicator.id)?);
    let lang = page.lang.code();
    let max = totals.values().filter_map(|f| f.hundredths()).max().unwrap_or(0);
    if max == 0 {
        return None;
    }
    let shade = |h: i64| {
        if h <= 0 {
            MapShade::None
        } else if h * 3 <= max {
            MapShade::Low
        } else if h * 3 <= max * 2 {
            MapShade::Medium
        } else {
            MapShade::High
        }
    };
    let shades: BTreeMap<String, MapShade> =
        totals.iter().filter_map(|(m, f)| f.hundredths().map(|h| (m.clone(), shade(h)))).collect();
    let names: BTreeMap<String, String> = totals.keys().map(|m| (m.clone(), state.country_name(m, lang))).collect();
    let measure = indicator.measure;
    let third = |n: i64| results_view::format_hundredths(lang, measure, max * n / 3);
    let legend = vec![
        (MapShade::None, page.t("map-none")),
        (MapShade::Low, format!("≤ {}", third(1))),
        (MapShade::Medium, format!("≤ {}", third(2))),
        (MapShade::High, format!("≤ {}", third(3))),
    ];
    let title = indicator.texts.title(lang).to_owned();
    let desc = page.lang.t_args("map-description", &[("count", (totals.len() as i64).into())]);
    let svg = charts::choropleth("map", &title, &desc, &shades, &names, &legend);
    let mut rows: Vec<(String, String, String)> = totals
        .iter()
        .map(|(m, f)| (m.clone(), names.get(m).cloned().unwrap_or_default(), format_figure(lang, measure, Some(*f))))
        .collect();
    rows.sort_by_cached_key(|(_, name, _)| apdc_store::members::sort_key(name));
    let title_shown_in = shown_in(page, &indicator.texts);
    Some(MemberMap { indicator: indicator.code.clone(), title, title_shown_in, svg, rows })
}

/// `/{lang}/results`: the plan at a glance.
pub async fn dashboard(
    State(state): State<AppState>,
    page: Page,
    Query(query): Query<PlanQuery>,
) -> AppResult<Response> {
    let plans = state.plans(!page.is_staff()).await?;
    let lang = page.lang.code().to_owned();
    let choices =
        plans.iter().map(|p| (p.code.clone(), p.texts.title(&lang).to_owned(), shown_in(&page, &p.texts))).collect();
    let framework = plan_among(&state, &plans, query.plan.as_deref()).await?;
    let mut rows = HashMap::new();
    let mut summary = [0; 4];
    let mut map = None;
    if let Some(framework) = &framework {
        let values = state.plan_values(framework).await?;
        let today = results_view::today();
        for indicator in &framework.indicators {
            let figures = results_view::figures(&framework.plan, indicator, values.get(&indicator.id), today);
            summary[match figures.status {
                Track::OnTrack => 0,
                Track::AtRisk => 1,
                Track::OffTrack => 2,
                _ => 3,
            }] += 1;
            rows.insert(indicator.id, figures);
        }
        map = member_map(&state, &page, framework, &values);
    }
    let title = match &framework {
        Some(f) => f.plan.texts.title(&lang).to_owned(),
        None => page.t("results-title"),
    };
    render(&DashboardPage { page: page.titled(title), plans: choices, framework, rows, summary, map })
}

/// One breakdown of an indicator: a chart of one period and the table of all periods.
pub struct Breakdown {
    pub dimension: Dimension,
    pub label: String,
    pub period: Option<i64>,
    pub svg: String,
    /// Category code, label, and the value of each period.
    pub rows: Vec<(String, String, Vec<String>)>,
}

#[derive(Template)]
#[template(path = "indicator.html")]
struct IndicatorPage {
    page: Page,
    framework: Arc<Framework>,
    indicator: Indicator,
    figures: IndicatorFigures,
    trend: String,
    breakdowns: Vec<Breakdown>,
    /// Members and their figure over the plan, for member-level and computed ones.
    members: Vec<(String, String, String)>,
}

impl IndicatorPage {
    fn labels(&self) -> Labels<'_> {
        Labels { page: &self.page }
    }

    fn lang(&self) -> &str {
        self.page.lang.code()
    }

    fn title(&self) -> &str {
        self.indicator.texts.title(self.lang())
    }

    fn shown_in(&self, texts: &Texts) -> String {
        shown_in(&self.page, texts)
    }

    fn result(&self) -> Option<&PlanResult> {
        self.framework.result(&self.indicator.result)
    }

    fn value(&self, figure: &Option<Figure>) -> String {
        format_figure(self.lang(), self.indicator.measure, *figure)
    }

    fn target(&self, target: &Option<i64>) -> String {
        format_target(self.lang(), self.indicator.measure, *target)
    }

    fn baseline(&self) -> String {
        match (self.indicator.baseline, self.indicator.baseline_year) {
            (Some(v), Some(y)) => format!("{} ({y})", self.target(&Some(v))),
            _ => "—".to_owned(),
        }
    }

    fn measure(&self) -> String {
        self.page.t(&self.indicator.measure.key("measure"))
    }

    fn rule(&self) -> String {
        self.page.t(&self.indicator.aggregation.key("aggregation-rule"))
    }

    fn source(&self) -> String {
        self.page.t(&self.indicator.source.key("source"))
    }

    fn counts(&self) -> Option<String> {
        self.indicator.computation.as_ref().map(|c| self.page.t(&c.counts.key("counts")))
    }

    fn modes(&self) -> String {
        match &self.indicator.computation {
            Some(c) if !c.modes.is_empty() => {
                c.modes.iter().map(|m| self.page.t(&m.key("mode"))).collect::<Vec<_>>().join(", ")
            }
            _ => self.page.t("all-modes"),
        }
    }

    fn statuses(&self) -> String {
        match &self.indicator.computation {
            Some(c) if c.counts != Counts::Activities => c
                .effective_statuses()
                .iter()
                .map(|s| self.page.t(&s.key("participation")))
                .collect::<Vec<_>>()
                .join(", "),
            _ => self.page.t("activities-completed"),
        }
    }

    fn filter(&self) -> Option<String> {
        self.indicator.computation.as_ref().and_then(|c| c.filter.as_ref()).map(|s| self.labels().selector(s))
    }

    fn numerator(&self) -> Option<String> {
        self.indicator.computation.as_ref().and_then(|c| c.numerator.as_ref()).map(|s| self.labels().selector(s))
    }

    fn output_scope(&self) -> Option<String> {
        self.indicator.computation.as_ref().filter(|c| c.output_only)?;
        let codes: Vec<String> = self
            .framework
            .scope_of(&self.indicator)
            .iter()
            .filter_map(|id| self.framework.results.iter().find(|r| r.id == *id))
            .map(|r| format!("{} {}", r.code, r.texts.title(self.lang())))
            .collect();
        Some(codes.join("; "))
    }

    fn status(&self, track: &Option<Track>) -> String {
        match track {
            Some(t) => self.labels().track(t),
            None => self.page.t("track-not-begun"),
        }
    }

    fn track_class(&self, track: &Option<Track>) -> &'static str {
        track.map(track_class).unwrap_or("track none")
    }

    fn evidence_href(&self, period: &i64) -> String {
        self.page.href(&format!("/results/{}/evidence?period={period}", self.indicator.code))
    }

    fn category_evidence_href(&self, dimension: &Dimension, category: &str, period: &i64) -> String {
        self.page.href(&format!(
            "/results/{}/evidence?period={period}&dimension={}&category={category}",
            self.indicator.code,
            dimension.as_str()
        ))
    }

    fn status_class(&self) -> &'static str {
        track_class(self.figures.status)
    }

    fn has_values(&self) -> bool {
        self.figures.periods.iter().any(|p| p.actual.is_some())
    }

    fn periods(&self) -> Vec<i64> {
        self.framework.plan.periods()
    }

    fn is_narrative(&self) -> bool {
        self.indicator.measure == Measure::Narrative
    }
}

fn value_format(measure: Measure) -> ValueFormat {
    if measure == Measure::Percentage { ValueFormat::Percent } else { ValueFormat::Count }
}

/// `/{lang}/results/{code}`: one indicator.
pub async fn indicator(
    State(state): State<AppState>,
    page: Page,
    Path((_, code)): Path<(String, String)>,
) -> AppResult<Response> {
    let framework = plan_of(&state, &page, &code).await?;
    let indicator = framework.indicator(&code).ok_or(AppError::NotFound)?.clone();
    let values = state.plan_values(&framework).await?;
    let values = values.get(&indicator.id).cloned().unwrap_or_default();
    let lang = page.lang.code().to_owned();
    let figures = results_view::figures(&framework.plan, &indicator, Some(&values), results_view::today());
    let periods: Vec<String> = framework.plan.periods().iter().map(ToString::to_string).collect();
    let labels = Labels { page: &page };
    let mut series = vec![
        TrendSeries {
            label: page.t("series-actual"),
            kind: SeriesKind::Actual,
            values: figures.periods.iter().map(|p| chart_value(p.actual)).collect(),
        },
        TrendSeries {
            label: page.t("series-target"),
            kind: SeriesKind::Target,
            values: figures.periods.iter().map(|p| p.target.map(|t| t as f64 / 100.0)).collect(),
        },
    ];
    if let Some(baseline) = indicator.baseline {
        series.push(TrendSeries {
            label: page.t("series-baseline"),
            kind: SeriesKind::Baseline,
            values: vec![Some(baseline as f64 / 100.0); periods.len()],
        });
    }
    let title = indicator.texts.title(&lang).to_owned();
    let trend_desc = figures
        .periods
        .iter()
        .map(|p| {
            format!(
                "{}: {} / {}",
                p.period,
                format_figure(&lang, indicator.measure, p.actual),
                format_target(&lang, indicator.measure, p.target)
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    let trend = charts::trend_chart(
        "trend",
        &page.lang.t_args("trend-title", &[("indicator", title.clone().into())]),
        &trend_desc,
        &periods,
        &series,
        value_format(indicator.measure),
    );
    // Each breakdown is charted for the latest period that has one.
    let mut breakdowns = Vec::new();
    for dimension in &indicator.disaggregations {
        let latest = framework.plan.periods().into_iter().rev().find(|p| !values.breakdown(*p, *dimension).is_empty());
        let mut categories: Vec<&str> = dimension.categories();
        categories.retain(|c| {
            framework.plan.periods().iter().any(|p| values.breakdown(*p, *dimension).iter().any(|(k, _)| k == c))
        });
        let rows: Vec<(String, String, Vec<String>)> = categories
            .iter()
            .map(|c| {
                let per_period = framework
                    .plan
                    .periods()
                    .iter()
                    .map(|p| {
                        let figure = values.breakdown(*p, *dimension).into_iter().find(|(k, _)| k == c).map(|(_, f)| f);
                        format_figure(&lang, indicator.measure, figure)
                    })
                    .collect();
                ((*c).to_owned(), labels.category(*dimension, c), per_period)
            })
            .collect();
        let bars: Vec<Bar> = match latest {
            Some(period) => values
                .breakdown(period, *dimension)
                .into_iter()
                .map(|(c, f)| Bar {
                    label: labels.category(*dimension, c),
                    value: chart_value(Some(f)).unwrap_or(0.0),
                    value_label: format_figure(&lang, indicator.measure, Some(f)),
                })
                .collect(),
            None => Vec::new(),
        };
        let label = labels.dimension(*dimension);
        let chart_title = match latest {
            Some(p) => {
                page.lang.t_args("breakdown-title", &[("dimension", label.clone().into()), ("period", p.into())])
            }
            None => label.clone(),
        };
        let desc = bars.iter().map(|b| format!("{}: {}", b.label, b.value_label)).collect::<Vec<_>>().join("; ");
        let svg = if bars.is_empty() {
            String::new()
        } else {
            charts::bar_chart(
                &format!("by-{}", dimension.as_str()),
                &chart_title,
                &desc,
                &bars,
                value_format(indicator.measure),
            )
        };
        breakdowns.push(Breakdown { dimension: *dimension, label, period: latest, svg, rows });
    }
    let mut members: Vec<(String, String, String)> = member_totals(&indicator, &values)
        .into_iter()
        .map(|(m, f)| {
            let name = state.country_name(&m, &lang);
            (m, name, format_figure(&lang, indicator.measure, Some(f)))
        })
        .collect();
    members.sort_by_cached_key(|(_, name, _)| apdc_store::members::sort_key(name));
    render(&IndicatorPage { page: page.titled(title), framework, indicator, figures, trend, breakdowns, members })
}

#[derive(Deserialize)]
pub struct EvidenceQuery {
    period: i64,
    #[serde(default)]
    dimension: Option<String>,
    #[serde(default)]
    category: Option<String>,
    #[serde(default)]
    member: Option<String>,
    #[serde(default)]
    page: Option<usize>,
}

/// Records per page of evidence.
const EVIDENCE_PER_PAGE: usize = 50;

#[derive(Template)]
#[template(path = "evidence.html")]
struct EvidencePage {
    page: Page,
    indicator: Indicator,
    period: i64,
    /// The category, if the figure is one of a breakdown.
    part: Option<String>,
    figure: String,
    activities: Paged<EvidenceActivity>,
    /// Counted people, members or activities, for staff.
    units: Option<Paged<EvidenceUnit>>,
    updates: Vec<UpdateSummary>,
    /// Whether some records are not shown to this reader.
    restricted: bool,
    query: String,
}

impl EvidencePage {
    fn title(&self) -> &str {
        self.indicator.texts.title(self.page.lang.code())
    }

    fn shown_in(&self, texts: &Texts) -> String {
        shown_in(&self.page, texts)
    }

    fn computed(&self) -> bool {
        self.indicator.source == IndicatorSource::Computed
    }

    fn is_share(&self) -> bool {
        self.indicator.measure == Measure::Percentage
    }

    fn mode_label(&self, mode: &str) -> String {
        self.page.t(&format!("mode-{mode}"))
    }

    fn update_value(&self, update: &UpdateSummary) -> String {
        let lang = self.page.lang.code();
        match self.indicator.measure {
            Measure::Count => update
                .numerator
                .map(|n| results_view::format_hundredths(lang, Measure::Count, n * 100))
                .unwrap_or_default(),
            Measure::Percentage => match (update.numerator, update.denominator) {
                (Some(n), Some(d)) => format!(
                    "{} ({n}/{d})",
                    format_figure(lang, Measure::Percentage, Some(Figure { numerator: n, denominator: Some(d) }))
                ),
                _ => String::new(),
            },
            Measure::YesNo => self.page.t(if update.yes == Some(true) { "yes" } else { "no" }),
            Measure::Narrative => String::new(),
        }
    }

    fn counts_people(&self) -> bool {
        self.indicator.computation.as_ref().is_some_and(|c| c.counts == Counts::People)
    }

    fn unit_label(&self, unit: &EvidenceUnit) -> String {
        unit.label.clone().unwrap_or_else(|| self.page.t("evidence-erased"))
    }

    fn units_heading(&self) -> String {
        let counts = self.indicator.computation.as_ref().map(|c| c.counts).unwrap_or(Counts::People);
        self.page.t(&counts.key("evidence-units"))
    }

    fn window(&self) -> Vec<usize> {
        page_window(self.activities.page, self.activities.pages()).into_iter().map(|n| n.unwrap_or(0)).collect()
    }
}

/// `/{lang}/results/{code}/evidence`: the records behind one figure.
pub async fn evidence(
    State(state): State<AppState>,
    page: Page,
    Path((_, code)): Path<(String, String)>,
    Query(query): Query<EvidenceQuery>,
) -> AppResult<Response> {
    let framework = plan_of(&state, &page, &code).await?;
    let indicator = framework.indicator(&code).ok_or(AppError::NotFound)?.clone();
    if query.period < framework.plan.first_year || query.period > framework.plan.last_year {
        return Err(AppError::NotFound);
    }
    let cell = match (&query.dimension, &query.category) {
        (Some(d), Some(c)) if !d.is_empty() => {
            let dimension =
                Dimension::parse(d).map_err(|code| AppError::BadRequest { code, field: Some("dimension") })?;
            if !indicator.disaggregations.contains(&dimension) {
                return Err(AppError::NotFound);
            }
            let category =
                dimension.category(c).map_err(|code| AppError::BadRequest { code, field: Some("category") })?;
            Cell { period: query.period, dimension: Some(dimension), category: category.to_owned() }
        }
        _ => Cell::total(query.period),
    };
    let labels = Labels { page: &page };
    let part = cell.dimension.map(|d| format!("{}: {}", labels.dimension(d), labels.category(d, &cell.category)));
    let values = state.plan_values(&framework).await?;
    let values = values.get(&indicator.id).cloned().unwrap_or_default();
    let figure = match cell.dimension {
        None => values.total(cell.period),
        Some(d) => values.breakdown(cell.period, d).into_iter().find(|(c, _)| *c == cell.category).map(|(_, f)| f),
    };
    let figure = format_figure(page.lang.code(), indicator.measure, figure);
    let number = query.page.unwrap_or(1).max(1);
    let offset = i64::try_from((number - 1) * EVIDENCE_PER_PAGE).unwrap_or(0);
    let limit = i64::try_from(EVIDENCE_PER_PAGE).unwrap_or(50);
    let scope = match &page.user {
        Some(user) if matches!(user.role, Role::Administrator | Role::ProgrammeOfficer) => EvidenceScope::All,
        Some(user) if user.role == Role::DonorViewer => match user.organisation_id {
            Some(org) => EvidenceScope::FundedBy(org),
            None => EvidenceScope::Public,
        },
        _ => EvidenceScope::Public,
    };
    let (mut activities, mut units, mut updates, mut restricted) =
        (Paged { items: Vec::new(), total: 0, page: number, per_page: EVIDENCE_PER_PAGE }, None, Vec::new(), false);
    match indicator.source {
        IndicatorSource::Computed => {
            let found = state.evidence_activities(&framework, &indicator, &cell, scope, (limit, offset)).await?;
            let (items, total) = (found.0.clone(), found.1);
            activities =
                Paged { items, total: usize::try_from(total).unwrap_or(0), page: number, per_page: EVIDENCE_PER_PAGE };
            if scope == EvidenceScope::All {
                let found = state.evidence_units(&framework, &indicator, &cell, (limit, offset)).await?;
                units = Some(Paged {
                    items: found.0.clone(),
                    total: usize::try_from(found.1).unwrap_or(0),
                    page: number,
                    per_page: EVIDENCE_PER_PAGE,
                });
            } else {
                restricted = true;
            }
        }
        IndicatorSource::Reported => {
            updates = indicator_updates::approved_behind(state.db(), &indicator, cell.period, query.member.as_deref())
                .await?;
        }
    }
    let mut base = format!("period={}", cell.period);
    if let Some(d) = cell.dimension {
        base.push_str(&format!("&dimension={}&category={}", d.as_str(), cell.category));
    }
    let title = indicator.texts.title(page.lang.code()).to_owned();
    render(&EvidencePage {
        page: page.titled(title),
        indicator,
        period: cell.period,
        part,
        figure,
        activities,
        units,
        updates,
        restricted,
        query: base,
    })
}

#[derive(Template)]
#[template(path = "scorecard.html")]
struct ScorecardPage {
    page: Page,
    framework: Option<Arc<Framework>>,
    alpha2: String,
    name: String,
    /// Indicator, and its value for the member in each period.
    rows: Vec<(Indicator, Vec<String>)>,
}

impl ScorecardPage {
    fn periods(&self) -> Vec<i64> {
        self.framework.as_ref().map(|f| f.plan.periods()).unwrap_or_default()
    }

    fn title_of(&self, indicator: &Indicator) -> String {
        indicator.texts.title(self.page.lang.code()).to_owned()
    }

    fn plan_title(&self) -> String {
        self.framework.as_ref().map(|f| f.plan.texts.title(self.page.lang.code()).to_owned()).unwrap_or_default()
    }

    fn shown_in(&self, texts: &Texts) -> String {
        shown_in(&self.page, texts)
    }

    fn plan_shown_in(&self) -> String {
        self.framework.as_ref().map(|f| shown_in(&self.page, &f.plan.texts)).unwrap_or_default()
    }
}

/// `/{lang}/results/members/{alpha2}`: a member's figures in the plan.
pub async fn scorecard(
    State(state): State<AppState>,
    page: Page,
    Path((_, alpha2)): Path<(String, String)>,
    Query(query): Query<PlanQuery>,
) -> AppResult<Response> {
    let alpha2 = alpha2.to_ascii_uppercase();
    let code = apdc_domain::CountryCode::parse(&alpha2).map_err(|_| AppError::NotFound)?;
    match apdc_store::members::get(state.db(), code).await {
        Ok(_) => {}
        Err(StoreError::NotFound) => return Err(AppError::NotFound),
        Err(e) => return Err(e.into()),
    }
    let framework = chosen_plan(&state, &page, query.plan.as_deref()).await?;
    let lang = page.lang.code().to_owned();
    let mut rows = Vec::new();
    if let Some(framework) = &framework {
        let values = state.plan_values(framework).await?;
        for indicator in &framework.indicators {
            let Some(v) = values.get(&indicator.id) else { continue };
            if v.by_member().keys().all(|(_, m)| *m != alpha2) {
                continue;
            }
            let cells = framework
                .plan
                .periods()
                .iter()
                .map(|p| format_figure(&lang, indicator.measure, v.member(*p, &alpha2)))
                .collect();
            rows.push((indicator.clone(), cells));
        }
    }
    let name = state.country_name(&alpha2, &lang);
    let title = page.lang.t_args("scorecard-title", &[("member", name.clone().into())]);
    render(&ScorecardPage { page: page.titled(title), framework, alpha2, name, rows })
}
