//! Printable reports, each as a page that prints cleanly (the stylesheet's print rules
//! leave out menus and forms) and as a workbook:
//!
//! - the DEVCO annual progress report of a plan and year, for staff
//!   (`/{lang}/admin/reports/devco`, `…/devco.xlsx`): the year's key figures, every
//!   indicator with its breakdowns, and the approved narratives;
//! - a donor's report (`/{lang}/reports/donor`, `…/donor.xlsx`): the projects one
//!   organisation funds, with the key figures and the computed indicators counted over
//!   those projects only. A donor viewer sees their own organisation's; staff choose.
//!
//! A report's year is that of the activities' start dates, as everywhere in the results
//! framework; without one, it is the last completed year, within the plan's years.

use crate::auth::{SignedIn, Staff};
use crate::error::{AppError, AppResult};
use crate::page::{Page, render};
use crate::results_view::{self, format_figure, format_hundredths, format_target};
use crate::site::results::{Labels, chosen_plan, track_class};
use crate::state::AppState;
use apdc_domain::Role;
use apdc_domain::results::{Dimension, Figure, IndicatorSource, Measure, ResultLevel, Track, aggregate};
use apdc_sheets::{Cell, Sheet};
use apdc_store::indicator_values::{self, EvidenceScope, Values};
use apdc_store::report_figures::{self, FundedProject, Funder, Funding, YearFigures};
use apdc_store::results::{self, Framework, Indicator, Plan, PlanResult};
use apdc_store::users::User;
use askama::Template;
use axum::extract::{FromRequestParts, Query, State};
use axum::http::header;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

/// Staff, or a donor viewer (who sees only what their organisation funds).
pub struct DonorOrStaff(pub User);

impl FromRequestParts<AppState> for DonorOrStaff {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let SignedIn(user) = SignedIn::from_request_parts(parts, state).await?;
        if user.role.is_staff() || user.role == Role::DonorViewer { Ok(Self(user)) } else { Err(AppError::Forbidden) }
    }
}

/// The parameters of every report (each reads those it knows).
#[derive(Debug, Default, Deserialize)]
pub struct ReportQuery {
    #[serde(default)]
    plan: String,
    #[serde(default)]
    year: String,
    #[serde(default)]
    organisation: String,
}

impl ReportQuery {
    fn year(&self) -> AppResult<Option<i64>> {
        match self.year.trim() {
            "" => Ok(None),
            raw => raw
                .parse::<i64>()
                .ok()
                .filter(|y| (1900..=2200).contains(y))
                .map(Some)
                .ok_or(AppError::BadRequest { code: "invalid_parameter", field: Some("year") }),
        }
    }

    fn plan(&self) -> Option<&str> {
        Some(self.plan.trim()).filter(|p| !p.is_empty())
    }

    fn organisation(&self) -> AppResult<Option<i64>> {
        match self.organisation.trim() {
            "" => Ok(None),
            raw => raw
                .parse::<i64>()
                .map(Some)
                .map_err(|_| AppError::BadRequest { code: "invalid_parameter", field: Some("organisation") }),
        }
    }
}

/// The year asked for, else the last completed one, within the plan's years.
fn report_year(plan: &Plan, asked: Option<i64>) -> i64 {
    let last_completed = i64::from(results_view::today().year()) - 1;
    asked.unwrap_or(last_completed).clamp(plan.first_year, plan.last_year)
}

/// One category of a breakdown: its figure in the year and over the whole plan.
pub struct Part {
    pub dimension: Dimension,
    pub category: String,
    pub actual: Figure,
    pub total: Option<Figure>,
}

/// An indicator's figures for the report's year.
pub struct Line {
    pub indicator: Indicator,
    pub target: Option<i64>,
    pub actual: Option<Figure>,
    /// `None` for a year not begun (and for narratives).
    pub track: Option<Track>,
    pub total: Option<Figure>,
    pub parts: Vec<Part>,
}

/// Every category of the indicator's breakdowns that has a figure in `year`, in each
/// dimension's display order.
fn parts_of(indicator: &Indicator, values: Option<&Values>, year: i64) -> Vec<Part> {
    let Some(values) = values else { return Vec::new() };
    let mut parts = Vec::new();
    for dimension in &indicator.disaggregations {
        let order = dimension.categories();
        let mut found = values.breakdown(year, *dimension);
        found.sort_by_key(|(c, _)| order.iter().position(|o| o == c).unwrap_or(order.len()));
        for (category, actual) in found {
            let total = aggregate(indicator.aggregation, &values.category_series(*dimension, category));
            parts.push(Part { dimension: *dimension, category: category.to_owned(), actual, total });
        }
    }
    parts
}

fn line(plan: &Plan, indicator: &Indicator, values: Option<&Values>, year: i64) -> Line {
    let figures = results_view::figures(plan, indicator, values, results_view::today());
    let period = figures.periods.iter().find(|p| p.period == year);
    Line {
        indicator: indicator.clone(),
        target: indicator.target(year),
        actual: period.and_then(|p| p.actual),
        track: period.and_then(|p| p.track),
        total: figures.total,
        parts: parts_of(indicator, values, year),
    }
}

/// An outcome or output with the lines of its indicators.
pub struct Section {
    pub result: PlanResult,
    pub lines: Vec<Line>,
}

impl Section {
    fn is_outcome(&self) -> bool {
        self.result.level == ResultLevel::Outcome
    }
}

/// The narratives of one indicator: who (a member's name, or the whole plan) and what.
pub struct NarrativeGroup {
    pub code: String,
    pub title: String,
    pub entries: Vec<(String, String)>,
}

pub struct DevcoReport {
    pub framework: Framework,
    pub year: i64,
    pub figures: YearFigures,
    /// Outcomes, each followed by its outputs.
    pub sections: Vec<Section>,
    pub narratives: Vec<NarrativeGroup>,
}

async fn devco_report(state: &AppState, page: &Page, query: &ReportQuery) -> AppResult<Option<DevcoReport>> {
    let year = query.year()?;
    let plans = results::plans(state.db(), false).await?;
    let code = match query.plan() {
        Some(code) => plans.iter().find(|p| p.code == code).ok_or(AppError::NotFound)?.code.clone(),
        None => match plans.first() {
            Some(plan) => plan.code.clone(),
            None => return Ok(None),
        },
    };
    let framework = results::framework(state.db(), &code).await?;
    let year = report_year(&framework.plan, year);
    let values = indicator_values::plan_values(state.db(), &framework).await?;
    let figures = report_figures::year_figures(state.db(), year, EvidenceScope::All).await?;
    let lang = page.lang.code();
    let mut sections = Vec::new();
    let section = |result: &PlanResult| Section {
        result: result.clone(),
        lines: framework.indicators_of(result.id).map(|i| line(&framework.plan, i, values.get(&i.id), year)).collect(),
    };
    for outcome in framework.outcomes() {
        sections.push(section(outcome));
        sections.extend(framework.outputs_of(outcome.id).map(section));
    }
    let mut narratives: Vec<NarrativeGroup> = Vec::new();
    for n in report_figures::narratives(state.db(), &framework, year).await? {
        let who = match &n.member {
            Some(member) => state.country_name(member, lang),
            None => page.t("plan-level"),
        };
        match narratives.last_mut() {
            Some(group) if group.code == n.indicator => group.entries.push((who, n.text)),
            _ => {
                let title =
                    framework.indicator(&n.indicator).map(|i| i.texts.title(lang).to_owned()).unwrap_or_default();
                narratives.push(NarrativeGroup { code: n.indicator, title, entries: vec![(who, n.text)] });
            }
        }
    }
    Ok(Some(DevcoReport { framework, year, figures, sections, narratives }))
}

/// How the report templates write figures.
trait Writes {
    fn page(&self) -> &Page;

    fn lang(&self) -> &str {
        self.page().lang.code()
    }

    fn count(&self, n: &i64) -> String {
        format_hundredths(self.lang(), Measure::Count, n * 100)
    }

    fn title_of(&self, indicator: &Indicator) -> String {
        indicator.texts.title(self.lang()).to_owned()
    }

    fn value(&self, indicator: &Indicator, figure: &Option<Figure>) -> String {
        format_figure(self.lang(), indicator.measure, *figure)
    }

    /// Each breakdown of a line: the dimension, and its categories with their figures.
    fn part_groups(&self, indicator: &Indicator, parts: &[Part]) -> Vec<(String, String)> {
        let labels = Labels { page: self.page() };
        let mut groups: Vec<(Dimension, Vec<String>)> = Vec::new();
        for part in parts {
            // French puts a (narrow no-break) space before a colon.
            let colon = if self.lang() == "fr" { "\u{202f}:" } else { ":" };
            let text = format!(
                "{}{colon} {}",
                labels.category(part.dimension, &part.category),
                format_figure(self.lang(), indicator.measure, Some(part.actual))
            );
            match groups.last_mut() {
                Some((d, texts)) if *d == part.dimension => texts.push(text),
                _ => groups.push((part.dimension, vec![text])),
            }
        }
        groups.into_iter().map(|(d, texts)| (labels.dimension(d), texts.join("; "))).collect()
    }
}

#[derive(Template)]
#[template(path = "reports/devco.html")]
struct DevcoPage {
    page: Page,
    plans: Vec<(String, String)>,
    report: Option<DevcoReport>,
}

impl Writes for DevcoPage {
    fn page(&self) -> &Page {
        &self.page
    }
}

impl DevcoPage {
    fn result_title(&self, result: &PlanResult) -> String {
        result.texts.title(self.lang()).to_owned()
    }

    fn plan_title(&self, plan: &Plan) -> String {
        plan.texts.title(self.lang()).to_owned()
    }

    fn is_year(&self, year: &i64) -> bool {
        self.report.as_ref().is_some_and(|r| r.year == *year)
    }

    fn baseline(&self, indicator: &Indicator) -> String {
        match (indicator.baseline, indicator.baseline_year) {
            (Some(value), Some(year)) => {
                format!("{} ({year})", format_target(self.lang(), indicator.measure, Some(value)))
            }
            _ => "—".to_owned(),
        }
    }

    fn target(&self, line: &Line) -> String {
        format_target(self.lang(), line.indicator.measure, line.target)
    }

    fn status(&self, line: &Line) -> String {
        status_label(&self.page, line)
    }

    fn status_class(&self, line: &Line) -> &'static str {
        line.track.map_or("track none", track_class)
    }

    fn total(&self, line: &Line) -> String {
        if line.indicator.measure == Measure::Narrative {
            return "—".to_owned();
        }
        format!(
            "{} ({})",
            format_figure(self.lang(), line.indicator.measure, line.total),
            self.page.t(&line.indicator.aggregation.key("aggregation"))
        )
    }

    fn column(&self, key: &str, year: &i64) -> String {
        self.page.lang.t_args(key, &[("year", (*year).into())])
    }

    fn xlsx_href(&self) -> String {
        match &self.report {
            Some(r) => format!(
                "{}?plan={}&year={}",
                self.page.href("/admin/reports/devco.xlsx"),
                r.framework.plan.code,
                r.year
            ),
            None => String::new(),
        }
    }
}

fn status_label(page: &Page, line: &Line) -> String {
    match (line.indicator.measure, line.track) {
        (Measure::Narrative, _) => "—".to_owned(),
        (_, Some(track)) => page.t(&track.key("track")),
        (_, None) => page.t("track-not-begun"),
    }
}

/// `/{lang}/admin/reports/devco`: the DEVCO annual progress report.
pub async fn devco(
    State(state): State<AppState>,
    Staff(_): Staff,
    page: Page,
    Query(query): Query<ReportQuery>,
) -> AppResult<Response> {
    let report = devco_report(&state, &page, &query).await?;
    let lang = page.lang.code().to_owned();
    let plans = results::plans(state.db(), false)
        .await?
        .into_iter()
        .map(|p| {
            let title = p.texts.title(&lang).to_owned();
            (p.code, title)
        })
        .collect();
    let title = match &report {
        Some(r) => page
            .lang
            .t_args("rpt-devco-heading", &[("plan", r.framework.plan.code.clone().into()), ("year", r.year.into())]),
        None => page.t("rpt-devco-title"),
    };
    render(&DevcoPage { page: page.titled(title), plans, report })
}

/// A number in an indicator's unit (counts as they are, shares in percent).
fn number(hundredths: Option<i64>) -> Cell {
    hundredths.map_or(Cell::Empty, |h| Cell::Number(h as f64 / 100.0))
}

fn figure_number(figure: Option<Figure>) -> Cell {
    number(figure.and_then(Figure::hundredths))
}

fn text(s: impl Into<String>) -> Cell {
    Cell::Text(s.into())
}

/// A workbook as a download.
fn workbook(name: &str, sheets: &[Sheet]) -> AppResult<Response> {
    let bytes = apdc_sheets::write_workbook(sheets).map_err(|e| AppError::Internal(format!("report {name}: {e}")))?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet".to_owned()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"apdc-{name}.xlsx\"")),
            (header::CACHE_CONTROL, "private, no-store".to_owned()),
        ],
        bytes,
    )
        .into_response())
}

/// The key figures as rows of a summary sheet.
fn figure_rows(page: &Page, figures: &YearFigures) -> Vec<Vec<Cell>> {
    [
        ("rpt-people-reached", figures.people),
        ("rpt-developing-members", figures.developing_members),
        ("rpt-activities-completed", figures.activities),
        ("rpt-countries-reached", figures.countries),
    ]
    .into_iter()
    .map(|(key, n)| vec![text(page.t(key)), Cell::Number(n as f64)])
    .collect()
}

/// The columns shared by the indicator sheets: code, indicator, level, measure,
/// breakdown and category.
fn indicator_cells(page: &Page, indicator: &Indicator, part: Option<&Part>) -> Vec<Cell> {
    let lang = page.lang.code();
    let labels = Labels { page };
    vec![
        text(indicator.code.clone()),
        text(indicator.texts.title(lang)),
        text(page.t(&indicator.level.key("level"))),
        text(page.t(&indicator.measure.key("measure"))),
        part.map_or(Cell::Empty, |p| text(labels.dimension(p.dimension))),
        part.map_or(Cell::Empty, |p| text(labels.category(p.dimension, &p.category))),
    ]
}

fn indicator_header(page: &Page) -> Vec<String> {
    [
        "column-code",
        "column-indicator",
        "rpt-column-level",
        "column-measure",
        "rpt-column-dimension",
        "rpt-column-category",
    ]
    .into_iter()
    .map(|k| page.t(k))
    .collect()
}

/// `/{lang}/admin/reports/devco.xlsx`: the DEVCO report as a workbook.
pub async fn devco_xlsx(
    State(state): State<AppState>,
    Staff(_): Staff,
    page: Page,
    Query(query): Query<ReportQuery>,
) -> AppResult<Response> {
    let report = devco_report(&state, &page, &query).await?.ok_or(AppError::NotFound)?;
    let year = report.year;
    let plan = &report.framework.plan;
    let with_year = |key: &str| page.lang.t_args(key, &[("year", year.into())]);
    let mut summary_rows = vec![
        vec![text(page.t("plan-choose")), text(format!("{} — {}", plan.code, plan.texts.title(page.lang.code())))],
        vec![text(page.t("rpt-year")), Cell::Number(year as f64)],
    ];
    if plan.illustrative {
        summary_rows.push(vec![text(page.t("plan-illustrative-tag")), text(page.t("plan-illustrative"))]);
    }
    summary_rows.extend(figure_rows(&page, &report.figures));
    let summary = Sheet {
        name: "Summary".into(),
        header: vec![page.t("rpt-column-figure"), page.t("column-value")],
        rows: summary_rows,
    };
    let mut header = indicator_header(&page);
    header.extend([
        page.t("column-baseline"),
        with_year("rpt-column-target"),
        with_year("rpt-column-actual"),
        page.t("column-status"),
        page.t("column-plan-total"),
        page.t("rpt-column-rule"),
    ]);
    let level_sheet = |name: &str, level: ResultLevel| {
        let mut rows = Vec::new();
        for line in report.sections.iter().filter(|s| s.result.level == level).flat_map(|s| &s.lines) {
            let i = &line.indicator;
            let rule = text(page.t(&i.aggregation.key("aggregation")));
            let mut row = indicator_cells(&page, i, None);
            row.extend([
                number(i.baseline),
                number(line.target),
                figure_number(line.actual),
                text(status_label(&page, line)),
                figure_number(line.total),
                rule.clone(),
            ]);
            rows.push(row);
            for part in &line.parts {
                let mut row = indicator_cells(&page, i, Some(part));
                row.extend([
                    Cell::Empty,
                    Cell::Empty,
                    figure_number(Some(part.actual)),
                    Cell::Empty,
                    figure_number(part.total),
                    rule.clone(),
                ]);
                rows.push(row);
            }
        }
        Sheet { name: name.into(), header: header.clone(), rows }
    };
    let narratives = Sheet {
        name: "Narratives".into(),
        header: vec![
            page.t("column-code"),
            page.t("column-indicator"),
            page.t("column-member"),
            page.t("column-narrative"),
        ],
        rows: report
            .narratives
            .iter()
            .flat_map(|g| {
                g.entries.iter().map(|(who, what)| {
                    vec![text(g.code.clone()), text(g.title.clone()), text(who.clone()), text(what.clone())]
                })
            })
            .collect(),
    };
    let sheets = [
        summary,
        level_sheet("Outcomes", ResultLevel::Outcome),
        level_sheet("Outputs", ResultLevel::Output),
        narratives,
    ];
    workbook(&format!("devco-{}-{year}", plan.code), &sheets)
}

/// A donor's report.
pub struct DonorReport {
    pub organisation: Funder,
    pub year: i64,
    pub projects: Vec<FundedProject>,
    pub figures: YearFigures,
    /// The plan whose computed indicators are counted again, if there is one.
    pub plan: Option<Plan>,
    /// Its computed indicators over the organisation's projects.
    pub lines: Vec<Line>,
    /// Whether the plan has reported indicators, which are left out.
    pub reported_left_out: bool,
}

/// What the donor page shows.
enum DonorView {
    /// A donor viewer whose account names no organisation.
    NotLinked,
    /// Staff who have not chosen an organisation yet.
    Choose {
        year: i64,
    },
    Report(Box<DonorReport>),
}

/// The organisation a request's report is for: a donor viewer's own (whatever the
/// parameters say), or the one staff chose.
fn organisation_of(user: &User, query: &ReportQuery) -> AppResult<Option<i64>> {
    if user.role.is_staff() { query.organisation() } else { Ok(user.organisation_id) }
}

async fn donor_view(state: &AppState, page: &Page, user: &User, query: &ReportQuery) -> AppResult<DonorView> {
    let asked = query.year()?;
    let Some(organisation) = organisation_of(user, query)? else {
        if !user.role.is_staff() {
            return Ok(DonorView::NotLinked);
        }
        let framework = chosen_plan(state, page, query.plan()).await?;
        let year = match &framework {
            Some(f) => report_year(&f.plan, asked),
            None => asked.unwrap_or(i64::from(results_view::today().year()) - 1),
        };
        return Ok(DonorView::Choose { year });
    };
    let organisation = report_figures::organisation(state.db(), organisation).await?.ok_or(AppError::NotFound)?;
    let framework = chosen_plan(state, page, query.plan()).await?;
    let year = match &framework {
        Some(f) => report_year(&f.plan, asked),
        None => asked.unwrap_or(i64::from(results_view::today().year()) - 1),
    };
    let scope = EvidenceScope::FundedBy(organisation.id);
    let projects = report_figures::funded_projects(state.db(), organisation.id, year, page.lang.code()).await?;
    let figures = report_figures::year_figures(state.db(), year, scope).await?;
    let (plan, lines, reported_left_out) = match framework {
        Some(framework) => {
            let values = report_figures::computed_values(state.db(), &framework, year, scope).await?;
            let lines = framework
                .indicators
                .iter()
                .filter(|i| i.source == IndicatorSource::Computed)
                .map(|i| {
                    let values = values.get(&i.id);
                    let actual = values.and_then(|v| v.total(year));
                    let parts = parts_of(i, values, year);
                    Line { indicator: i.clone(), target: None, actual, track: None, total: None, parts }
                })
                .collect();
            let reported = framework.indicators.iter().any(|i| i.source == IndicatorSource::Reported);
            (Some(framework.plan.clone()), lines, reported)
        }
        None => (None, Vec::new(), false),
    };
    Ok(DonorView::Report(Box::new(DonorReport {
        organisation,
        year,
        projects,
        figures,
        plan,
        lines,
        reported_left_out,
    })))
}

#[derive(Template)]
#[template(path = "reports/donor.html")]
struct DonorPage {
    page: Page,
    /// For staff: the organisations to choose from.
    funders: Vec<Funder>,
    view: DonorView,
    /// The plan's years, to choose from.
    years: Vec<i64>,
    plan_code: String,
}

impl Writes for DonorPage {
    fn page(&self) -> &Page {
        &self.page
    }
}

impl DonorPage {
    fn year(&self) -> i64 {
        match &self.view {
            DonorView::Report(r) => r.year,
            DonorView::Choose { year } => *year,
            DonorView::NotLinked => 0,
        }
    }

    fn is_year(&self, year: &i64) -> bool {
        self.year() == *year
    }

    fn is_chosen(&self, funder: &Funder) -> bool {
        matches!(&self.view, DonorView::Report(r) if r.organisation.id == funder.id)
    }

    fn status(&self, project: &FundedProject) -> String {
        self.page.t(&project.status.key("project-status"))
    }

    fn money(&self, project: &FundedProject, pick: fn(&Funding) -> i64) -> String {
        let amounts: Vec<String> = project
            .funding
            .iter()
            .filter(|f| pick(f) > 0)
            .map(|f| format!("{} {}", f.currency, apdc_domain::money::format_hundredths(pick(f))))
            .collect();
        if amounts.is_empty() { "—".to_owned() } else { amounts.join("; ") }
    }

    fn committed(&self, project: &FundedProject) -> String {
        self.money(project, |f| f.committed)
    }

    fn disbursed(&self, project: &FundedProject) -> String {
        self.money(project, |f| f.disbursed)
    }

    fn column(&self, key: &str) -> String {
        self.page.lang.t_args(key, &[("year", self.year().into())])
    }

    fn not_linked(&self) -> bool {
        matches!(self.view, DonorView::NotLinked)
    }

    fn report(&self) -> Option<&DonorReport> {
        match &self.view {
            DonorView::Report(r) => Some(r),
            _ => None,
        }
    }

    fn intro(&self, report: &DonorReport) -> String {
        self.page.lang.t_args(
            "rpt-donor-intro",
            &[("organisation", report.organisation.label().into()), ("year", report.year.into())],
        )
    }

    fn plan_title(&self, plan: &Plan) -> String {
        plan.texts.title(self.lang()).to_owned()
    }

    fn xlsx_href(&self) -> String {
        let mut href = format!("{}?year={}", self.page.href("/reports/donor.xlsx"), self.year());
        if let DonorView::Report(r) = &self.view
            && self.page.is_staff()
        {
            href.push_str(&format!("&organisation={}", r.organisation.id));
        }
        if !self.plan_code.is_empty() {
            href.push_str(&format!("&plan={}", self.plan_code));
        }
        href
    }
}

/// `/{lang}/reports/donor`: a donor's report.
pub async fn donor(
    State(state): State<AppState>,
    DonorOrStaff(user): DonorOrStaff,
    page: Page,
    Query(query): Query<ReportQuery>,
) -> AppResult<Response> {
    let view = donor_view(&state, &page, &user, &query).await?;
    let funders = if user.role.is_staff() { report_figures::funders(state.db()).await? } else { Vec::new() };
    let (years, plan_code) = match &view {
        DonorView::Report(r) => match &r.plan {
            Some(plan) => (plan.periods(), plan.code.clone()),
            None => (vec![r.year], String::new()),
        },
        DonorView::Choose { year } => match chosen_plan(&state, &page, query.plan()).await? {
            Some(f) => (f.plan.periods(), f.plan.code.clone()),
            None => (vec![*year], String::new()),
        },
        DonorView::NotLinked => (Vec::new(), String::new()),
    };
    let title = match &view {
        DonorView::Report(r) => page
            .lang
            .t_args("rpt-donor-heading", &[("organisation", r.organisation.label().into()), ("year", r.year.into())]),
        _ => page.t("rpt-donor-title"),
    };
    render(&DonorPage { page: page.titled(title), funders, view, years, plan_code })
}

/// `/{lang}/reports/donor.xlsx`: a donor's report as a workbook.
pub async fn donor_xlsx(
    State(state): State<AppState>,
    DonorOrStaff(user): DonorOrStaff,
    page: Page,
    Query(query): Query<ReportQuery>,
) -> AppResult<Response> {
    let report = match donor_view(&state, &page, &user, &query).await? {
        DonorView::Report(report) => report,
        DonorView::NotLinked => return Err(AppError::NotFound),
        DonorView::Choose { .. } => {
            return Err(AppError::BadRequest { code: "required", field: Some("organisation") });
        }
    };
    let year = report.year;
    let with_year = |key: &str| page.lang.t_args(key, &[("year", year.into())]);
    let mut summary_rows = vec![
        vec![text(page.t("rpt-organisation")), text(report.organisation.label())],
        vec![text(page.t("rpt-year")), Cell::Number(year as f64)],
    ];
    summary_rows.extend(figure_rows(&page, &report.figures));
    let summary = Sheet {
        name: "Summary".into(),
        header: vec![page.t("rpt-column-figure"), page.t("column-value")],
        rows: summary_rows,
    };
    let mut project_rows = Vec::new();
    for project in &report.projects {
        let first = vec![
            text(project.code.clone()),
            text(project.title.clone()),
            text(page.t(&project.status.key("project-status"))),
        ];
        if project.funding.is_empty() {
            project_rows.push([first.clone(), vec![Cell::Empty, Cell::Empty, Cell::Empty]].concat());
        }
        for funding in &project.funding {
            project_rows.push(
                [
                    first.clone(),
                    vec![
                        text(funding.currency.clone()),
                        number(Some(funding.committed)),
                        number(Some(funding.disbursed)),
                    ],
                ]
                .concat(),
            );
        }
    }
    let projects = Sheet {
        name: "Projects".into(),
        header: vec![
            page.t("column-code"),
            page.t("field-title"),
            page.t("column-status"),
            page.t("rpt-column-currency"),
            with_year("rpt-column-committed"),
            with_year("rpt-column-disbursed"),
        ],
        rows: project_rows,
    };
    let mut header = indicator_header(&page);
    header.push(with_year("rpt-column-actual"));
    let mut rows = Vec::new();
    for line in &report.lines {
        let mut row = indicator_cells(&page, &line.indicator, None);
        row.push(figure_number(line.actual));
        rows.push(row);
        for part in &line.parts {
            let mut row = indicator_cells(&page, &line.indicator, Some(part));
            row.push(figure_number(Some(part.actual)));
            rows.push(row);
        }
    }
    let indicators = Sheet { name: "Indicators".into(), header, rows };
    workbook(&format!("donor-{}-{year}", report.organisation.id), &[summary, projects, indicators])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_default_to_the_last_completed_one_within_the_plan() {
        let plan = Plan {
            id: 1,
            code: "P".into(),
            first_year: 2000,
            last_year: 2001,
            public: true,
            illustrative: false,
            computed_at: None,
            texts: Default::default(),
        };
        assert_eq!(report_year(&plan, None), 2001, "a past plan reports on its last year");
        assert_eq!(report_year(&plan, Some(1990)), 2000);
        assert_eq!(report_year(&plan, Some(2000)), 2000);
    }
}
