//! Staff management of the results framework: plans, their outcomes and outputs, the
//! indicators with their targets and counting rules, the projects and activities each
//! output is served by, computing the figures again, and locking periods.

use crate::admin::updates::indicator_of;
use crate::auth::{RequestIdText, Staff, actor};
use crate::error::{AppError, AppResult, form_errors};
use crate::form::CsrfForm;
use crate::page::{Page, render, render_status};
use crate::state::AppState;
use apdc_domain::FieldErrors;
use apdc_domain::activity::ActivityMode;
use apdc_domain::language::Direction;
use apdc_domain::money::format_hundredths;
use apdc_domain::person::ParticipationStatus;
use apdc_domain::project::CONTENT_LANGUAGES;
use apdc_domain::results::{
    Aggregation, Counts, Dimension, IndicatorFields, IndicatorInput, IndicatorSource, Measure, PlanFields, PlanInput,
    ResultFields, ResultInput, ResultLevel, Selector,
};
use apdc_store::StoreError;
use apdc_store::indicator_updates;
use apdc_store::indicator_values;
use apdc_store::results::{self, Framework, Indicator, Linked, OutputLink, Plan, PlanResult, Texts};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use std::collections::HashMap;

async fn framework_of(state: &AppState, code: &str) -> AppResult<Framework> {
    match results::framework(state.db(), code).await {
        Ok(f) => Ok(f),
        Err(StoreError::NotFound) => Err(AppError::NotFound),
        Err(e) => Err(e.into()),
    }
}

/// The values of a localised field in content-language order.
fn by_language(texts: &Texts, pick: impl Fn(&apdc_domain::results::LocalText) -> String) -> Vec<String> {
    CONTENT_LANGUAGES.iter().map(|l| texts.0.iter().find(|t| t.language == *l).map(&pick).unwrap_or_default()).collect()
}

/// One localised text control: named `base` in the form, `base_{language}` for its id
/// and errors.
fn localised_control(
    page: &Page,
    errors: &FieldErrors,
    base: &'static str,
    label_key: &str,
    language: &str,
    value: &str,
    rows: Option<u8>,
) -> String {
    let name = format!("{base}_{language}");
    let mut control = page.control(&name, label_key, errors).submit_as(base);
    if base == "title" && language == CONTENT_LANGUAGES[0] {
        control = control.required();
    }
    match rows {
        Some(rows) => control.textarea(value, rows),
        None => control.input("text", value),
    }
}

/// The per-language sections of a form: a title and up to two longer texts each.
fn localised_sections(
    page: &Page,
    errors: &FieldErrors,
    parts: &[(&'static str, &str, &[String], Option<u8>)],
) -> String {
    let mut html = String::new();
    for (index, language) in CONTENT_LANGUAGES.iter().enumerate() {
        let filled = parts.iter().any(|(_, _, values, _)| values.get(index).is_some_and(|v| !v.is_empty()));
        let has_error = parts.iter().any(|(base, _, _, _)| errors.for_field(&format!("{base}_{language}")).is_some());
        let open = if index == 0 || filled || has_error { " open" } else { "" };
        html.push_str(&format!(
            "<details class=\"field\"{open}><summary>{} — {}</summary><div lang=\"{language}\" dir=\"{}\">",
            crate::widgets::escape(&page.t("field-texts")),
            crate::widgets::escape(&page.t(&format!("content-language-{language}"))),
            Direction::of(language).as_attr(),
        ));
        for (base, label, values, rows) in parts {
            let value = values.get(index).map(String::as_str).unwrap_or("");
            html.push_str(&localised_control(page, errors, base, label, language, value, *rows));
        }
        html.push_str("</div></details>");
    }
    html
}

fn options<T: Copy>(all: &[T], code: impl Fn(T) -> &'static str, label: impl Fn(T) -> String) -> Vec<(String, String)> {
    all.iter().map(|v| (code(*v).to_owned(), label(*v))).collect()
}

#[derive(Template)]
#[template(path = "admin/plans.html")]
struct PlansPage {
    page: Page,
    plans: Vec<Plan>,
}

/// `/{lang}/admin/results`: every plan.
pub async fn plans(State(state): State<AppState>, Staff(_): Staff, page: Page) -> AppResult<Response> {
    let plans = results::plans(state.db(), false).await?;
    let title = page.t("admin-plans-title");
    render(&PlansPage { page: page.titled(title), plans })
}

#[derive(Template)]
#[template(path = "admin/plan_form.html")]
struct PlanFormPage {
    page: Page,
    existing: Option<String>,
    fields: PlanFields,
    errors: FieldErrors,
}

impl PlanFormPage {
    fn texts(&self) -> String {
        localised_sections(
            &self.page,
            &self.errors,
            &[
                ("title", "field-title", &self.fields.title, None),
                ("objective", "field-objective", &self.fields.objective, Some(4)),
            ],
        )
    }

    fn action(&self) -> String {
        match &self.existing {
            Some(code) => self.page.href(&format!("/admin/results/{code}/edit")),
            None => self.page.href("/admin/results"),
        }
    }

    fn flag(&self, value: &str) -> bool {
        matches!(value, "true" | "on")
    }
}

fn plan_form(page: Page, existing: Option<String>, fields: PlanFields, errors: FieldErrors) -> PlanFormPage {
    let title = match &existing {
        Some(code) => format!("{} {code}", page.t("plan-edit-title")),
        None => page.t("plan-new-title"),
    };
    PlanFormPage { page: page.titled(title), existing, fields, errors }
}

pub async fn new_plan(Staff(_): Staff, page: Page) -> AppResult<Response> {
    let this_year = crate::results_view::today().year();
    let fields = PlanFields {
        first_year: this_year.to_string(),
        last_year: (this_year + 4).to_string(),
        ..PlanFields::default()
    };
    render(&plan_form(page, None, fields, FieldErrors::default()))
}

pub async fn create_plan(
    State(state): State<AppState>,
    Staff(user): Staff,
    RequestIdText(request_id): RequestIdText,
    page: Page,
    CsrfForm(fields): CsrfForm<PlanFields>,
) -> AppResult<Response> {
    let input = match PlanInput::parse(&fields) {
        Ok(input) => input,
        Err(errors) => return render_status(StatusCode::UNPROCESSABLE_ENTITY, &plan_form(page, None, fields, errors)),
    };
    match results::create_plan(state.db(), &actor(&user, request_id), &input).await {
        Ok(plan) => Ok(Redirect::to(&page.href(&format!("/admin/results/{}", plan.code))).into_response()),
        Err(error) => {
            let (status, errors) = form_errors(error, "plan_exists")?;
            render_status(status, &plan_form(page, None, fields, errors))
        }
    }
}

fn plan_fields(plan: &Plan) -> PlanFields {
    PlanFields {
        code: plan.code.clone(),
        first_year: plan.first_year.to_string(),
        last_year: plan.last_year.to_string(),
        public: plan.public.to_string(),
        illustrative: plan.illustrative.to_string(),
        title: by_language(&plan.texts, |t| t.title.clone()),
        objective: by_language(&plan.texts, |t| t.body.clone().unwrap_or_default()),
    }
}

pub async fn edit_plan(
    State(state): State<AppState>,
    Staff(_): Staff,
    page: Page,
    Path((_, code)): Path<(String, String)>,
) -> AppResult<Response> {
    let framework = framework_of(&state, &code).await?;
    let fields = plan_fields(&framework.plan);
    render(&plan_form(page, Some(framework.plan.code), fields, FieldErrors::default()))
}

pub async fn update_plan(
    State(state): State<AppState>,
    Staff(user): Staff,
    RequestIdText(request_id): RequestIdText,
    page: Page,
    Path((_, code)): Path<(String, String)>,
    CsrfForm(fields): CsrfForm<PlanFields>,
) -> AppResult<Response> {
    let framework = framework_of(&state, &code).await?;
    let existing = Some(framework.plan.code.clone());
    let input = match PlanInput::parse(&fields) {
        Ok(input) => input,
        Err(errors) => {
            return render_status(StatusCode::UNPROCESSABLE_ENTITY, &plan_form(page, existing, fields, errors));
        }
    };
    match results::update_plan(state.db(), &actor(&user, request_id), &framework.plan.code, &input).await {
        Ok(plan) => Ok(Redirect::to(&page.href(&format!("/admin/results/{}", plan.code))).into_response()),
        Err(error) => {
            let (status, errors) = form_errors(error, "plan_exists")?;
            render_status(status, &plan_form(page, existing, fields, errors))
        }
    }
}

#[derive(Template)]
#[template(path = "admin/plan.html")]
struct ManagePage {
    page: Page,
    framework: Framework,
    locked: Vec<i64>,
    links: HashMap<i64, (Vec<OutputLink>, Vec<OutputLink>)>,
    notice: Option<String>,
    errors: FieldErrors,
}

impl ManagePage {
    fn lang(&self) -> &str {
        self.page.lang.code()
    }

    fn outcomes(&self) -> Vec<&PlanResult> {
        self.framework.outcomes().collect()
    }

    fn outputs(&self, outcome: &PlanResult) -> Vec<&PlanResult> {
        self.framework.outputs_of(outcome.id).collect()
    }

    fn indicators(&self, result: &PlanResult) -> Vec<&Indicator> {
        self.framework.indicators_of(result.id).collect()
    }

    fn title_of(&self, result: &PlanResult) -> String {
        result.texts.title(self.lang()).to_owned()
    }

    fn indicator_title(&self, indicator: &Indicator) -> String {
        indicator.texts.title(self.lang()).to_owned()
    }

    fn source(&self, indicator: &Indicator) -> String {
        self.page.t(&indicator.source.key("source"))
    }

    fn projects_of(&self, output: &PlanResult) -> Vec<OutputLink> {
        self.links.get(&output.id).map(|(p, _)| p.clone()).unwrap_or_default()
    }

    fn activities_of(&self, output: &PlanResult) -> Vec<OutputLink> {
        self.links.get(&output.id).map(|(_, a)| a.clone()).unwrap_or_default()
    }

    fn is_locked(&self, period: &i64) -> bool {
        self.locked.contains(period)
    }

    fn periods(&self) -> Vec<i64> {
        self.framework.plan.periods()
    }

    fn computed_at(&self) -> String {
        match self.framework.plan.computed_at {
            Some(at) => self.page.instant(&at),
            None => self.page.t("plan-never-computed"),
        }
    }

    fn error(&self, field: &str) -> Option<String> {
        self.page.field_error(&self.errors, field)
    }
}

#[derive(Deserialize, Default)]
pub struct NoticeQuery {
    #[serde(default)]
    done: Option<String>,
}

async fn manage_page(
    state: &AppState,
    page: Page,
    code: &str,
    notice: Option<String>,
    errors: FieldErrors,
) -> AppResult<ManagePage> {
    let framework = framework_of(state, code).await?;
    let locked = indicator_updates::locked_periods(state.db(), framework.plan.id).await?;
    let mut links = HashMap::new();
    for output in framework.results.iter().filter(|r| r.level == ResultLevel::Output) {
        links.insert(output.id, results::output_links(state.db(), output.id).await?);
    }
    let title = framework.plan.texts.title(page.lang.code()).to_owned();
    Ok(ManagePage { page: page.titled(title), framework, locked, links, notice, errors })
}

/// `/{lang}/admin/results/{plan}`: the whole framework, to manage.
pub async fn manage(
    State(state): State<AppState>,
    Staff(_): Staff,
    page: Page,
    Path((_, code)): Path<(String, String)>,
    Query(query): Query<NoticeQuery>,
) -> AppResult<Response> {
    let notice = match query.done.as_deref() {
        Some("computed") => Some(page.t("plan-computed-notice")),
        Some("locked") => Some(page.t("plan-locked-notice")),
        Some("unlocked") => Some(page.t("plan-unlocked-notice")),
        Some("linked") => Some(page.t("plan-linked-notice")),
        _ => None,
    };
    render(&manage_page(&state, page, &code, notice, FieldErrors::default()).await?)
}

/// Computes the plan's figures again now.
pub async fn compute(
    State(state): State<AppState>,
    Staff(_): Staff,
    page: Page,
    Path((_, code)): Path<(String, String)>,
    CsrfForm(_): CsrfForm<HashMap<String, String>>,
) -> AppResult<Response> {
    let framework = framework_of(&state, &code).await?;
    // Without the background job's lease: someone is waiting, and the plan's values are
    // replaced in one transaction whoever else computes (see `crate::refresh`).
    indicator_values::compute(state.db(), &framework.plan.code).await?;
    Ok(Redirect::to(&page.href(&format!("/admin/results/{}?done=computed", framework.plan.code))).into_response())
}

#[derive(Deserialize, Default)]
pub struct LockFields {
    #[serde(default)]
    periods: Vec<String>,
    #[serde(default)]
    action: String,
}

/// Locks or unlocks the chosen periods together.
pub async fn locks(
    State(state): State<AppState>,
    Staff(user): Staff,
    RequestIdText(request_id): RequestIdText,
    page: Page,
    Path((_, code)): Path<(String, String)>,
    CsrfForm(fields): CsrfForm<LockFields>,
) -> AppResult<Response> {
    let framework = framework_of(&state, &code).await?;
    let lock = match fields.action.as_str() {
        "lock" => true,
        "unlock" => false,
        _ => return Err(AppError::BadRequest { code: "invalid_code", field: Some("action") }),
    };
    let mut periods = Vec::new();
    for raw in &fields.periods {
        periods.push(
            raw.parse::<i64>().map_err(|_| AppError::BadRequest { code: "invalid_year", field: Some("periods") })?,
        );
    }
    if periods.is_empty() {
        let mut errors = FieldErrors::default();
        errors.push("periods", "choose_periods");
        return render_status(StatusCode::UNPROCESSABLE_ENTITY, &manage_page(&state, page, &code, None, errors).await?);
    }
    match indicator_updates::set_locks(state.db(), &actor(&user, request_id), &framework, &periods, lock).await {
        Ok(()) => {
            let done = if lock { "locked" } else { "unlocked" };
            Ok(Redirect::to(&page.href(&format!("/admin/results/{}?done={done}", framework.plan.code))).into_response())
        }
        Err(StoreError::Invalid(errors)) => {
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &manage_page(&state, page, &code, None, errors).await?)
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize, Default)]
pub struct LinkFields {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    key: String,
    #[serde(default)]
    action: String,
}

/// Links or unlinks a project or activity and an output.
pub async fn link(
    State(state): State<AppState>,
    Staff(user): Staff,
    RequestIdText(request_id): RequestIdText,
    page: Page,
    Path((_, code, output)): Path<(String, String, String)>,
    CsrfForm(fields): CsrfForm<LinkFields>,
) -> AppResult<Response> {
    let kind = match fields.kind.as_str() {
        "project" => Linked::Project,
        "activity" => Linked::Activity,
        _ => return Err(AppError::BadRequest { code: "invalid_code", field: Some("kind") }),
    };
    let linked = fields.action != "unlink";
    let mut errors = FieldErrors::default();
    if fields.key.trim().is_empty() {
        errors.push(if kind == Linked::Project { "project" } else { "activity" }, "required");
        return render_status(StatusCode::UNPROCESSABLE_ENTITY, &manage_page(&state, page, &code, None, errors).await?);
    }
    match results::set_output_link(state.db(), &actor(&user, request_id), &code, &output, kind, &fields.key, linked)
        .await
    {
        Ok(()) => Ok(Redirect::to(&page.href(&format!("/admin/results/{code}?done=linked"))).into_response()),
        Err(StoreError::NotFound) => Err(AppError::NotFound),
        Err(StoreError::Invalid(errors)) => {
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &manage_page(&state, page, &code, None, errors).await?)
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Template)]
#[template(path = "admin/result_form.html")]
struct ResultFormPage {
    page: Page,
    plan: String,
    existing: Option<String>,
    fields: ResultFields,
    errors: FieldErrors,
    outcomes: Vec<(String, String)>,
}

impl ResultFormPage {
    fn texts(&self) -> String {
        localised_sections(
            &self.page,
            &self.errors,
            &[
                ("title", "field-title", &self.fields.title, None),
                ("description", "field-description", &self.fields.description, Some(4)),
            ],
        )
    }

    fn action(&self) -> String {
        match &self.existing {
            Some(code) => self.page.href(&format!("/admin/results/{}/results/{code}/edit", self.plan)),
            None => self.page.href(&format!("/admin/results/{}/results", self.plan)),
        }
    }

    fn levels(&self) -> Vec<(String, String)> {
        options(ResultLevel::ALL, |l| l.as_str(), |l| self.page.t(&l.key("level")))
    }
}

fn result_form(
    page: Page,
    framework: &Framework,
    existing: Option<String>,
    fields: ResultFields,
    errors: FieldErrors,
) -> ResultFormPage {
    let lang = page.lang.code().to_owned();
    let outcomes =
        framework.outcomes().map(|o| (o.code.clone(), format!("{} {}", o.code, o.texts.title(&lang)))).collect();
    let title = match &existing {
        Some(code) => format!("{} {code}", page.t("result-edit-title")),
        None => page.t(&format!("result-new-title-{}", if fields.level == "output" { "output" } else { "outcome" })),
    };
    ResultFormPage { page: page.titled(title), plan: framework.plan.code.clone(), existing, fields, errors, outcomes }
}

#[derive(Deserialize, Default)]
pub struct NewResultQuery {
    #[serde(default)]
    level: Option<String>,
    #[serde(default)]
    parent: Option<String>,
}

pub async fn new_result(
    State(state): State<AppState>,
    Staff(_): Staff,
    page: Page,
    Path((_, code)): Path<(String, String)>,
    Query(query): Query<NewResultQuery>,
) -> AppResult<Response> {
    let framework = framework_of(&state, &code).await?;
    let level = match query.level.as_deref() {
        Some("output") => "output",
        _ => "outcome",
    };
    let fields = ResultFields {
        level: level.to_owned(),
        parent: query.parent.unwrap_or_default(),
        position: (framework.results.len() + 1).to_string(),
        ..ResultFields::default()
    };
    render(&result_form(page, &framework, None, fields, FieldErrors::default()))
}

pub async fn create_result(
    State(state): State<AppState>,
    Staff(user): Staff,
    RequestIdText(request_id): RequestIdText,
    page: Page,
    Path((_, code)): Path<(String, String)>,
    CsrfForm(fields): CsrfForm<ResultFields>,
) -> AppResult<Response> {
    let framework = framework_of(&state, &code).await?;
    let input = match ResultInput::parse(&fields) {
        Ok(input) => input,
        Err(errors) => {
            return render_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &result_form(page, &framework, None, fields, errors),
            );
        }
    };
    match results::create_result(state.db(), &actor(&user, request_id), &framework.plan.code, &input).await {
        Ok(()) => Ok(Redirect::to(&page.href(&format!("/admin/results/{}", framework.plan.code))).into_response()),
        Err(error) => {
            let (status, errors) = form_errors(error, "result_exists")?;
            render_status(status, &result_form(page, &framework, None, fields, errors))
        }
    }
}

fn result_fields(result: &PlanResult) -> ResultFields {
    ResultFields {
        level: result.level.as_str().to_owned(),
        parent: result.parent.clone().unwrap_or_default(),
        code: result.code.clone(),
        position: result.position.to_string(),
        title: by_language(&result.texts, |t| t.title.clone()),
        description: by_language(&result.texts, |t| t.body.clone().unwrap_or_default()),
    }
}

pub async fn edit_result(
    State(state): State<AppState>,
    Staff(_): Staff,
    page: Page,
    Path((_, code, result)): Path<(String, String, String)>,
) -> AppResult<Response> {
    let framework = framework_of(&state, &code).await?;
    let existing = framework.result(&result).ok_or(AppError::NotFound)?;
    let fields = result_fields(existing);
    render(&result_form(page, &framework, Some(existing.code.clone()), fields, FieldErrors::default()))
}

pub async fn update_result(
    State(state): State<AppState>,
    Staff(user): Staff,
    RequestIdText(request_id): RequestIdText,
    page: Page,
    Path((_, code, result)): Path<(String, String, String)>,
    CsrfForm(fields): CsrfForm<ResultFields>,
) -> AppResult<Response> {
    let framework = framework_of(&state, &code).await?;
    let existing = framework.result(&result).ok_or(AppError::NotFound)?.code.clone();
    let input = match ResultInput::parse(&fields) {
        Ok(input) => input,
        Err(errors) => {
            let form = result_form(page, &framework, Some(existing), fields, errors);
            return render_status(StatusCode::UNPROCESSABLE_ENTITY, &form);
        }
    };
    match results::update_result(state.db(), &actor(&user, request_id), &framework.plan.code, &existing, &input).await {
        Ok(()) => Ok(Redirect::to(&page.href(&format!("/admin/results/{}", framework.plan.code))).into_response()),
        Err(error) => {
            let (status, errors) = form_errors(error, "result_exists")?;
            render_status(status, &result_form(page, &framework, Some(existing), fields, errors))
        }
    }
}

#[derive(Template)]
#[template(path = "admin/indicator_form.html")]
struct IndicatorFormPage {
    page: Page,
    plan: String,
    periods: Vec<i64>,
    existing: Option<String>,
    fields: IndicatorFields,
    errors: FieldErrors,
    results: Vec<(String, String)>,
}

impl IndicatorFormPage {
    fn texts(&self) -> String {
        localised_sections(
            &self.page,
            &self.errors,
            &[
                ("title", "field-title", &self.fields.title, None),
                ("definition", "field-definition", &self.fields.definition, Some(4)),
                ("data_source", "field-data-source", &self.fields.data_source, Some(2)),
            ],
        )
    }

    fn action(&self) -> String {
        match &self.existing {
            Some(code) => self.page.href(&format!("/admin/indicators/{code}/edit")),
            None => self.page.href(&format!("/admin/results/{}/indicators", self.plan)),
        }
    }

    fn measures(&self) -> Vec<(String, String)> {
        options(Measure::ALL, |m| m.as_str(), |m| self.page.t(&m.key("measure")))
    }

    fn aggregations(&self) -> Vec<(String, String)> {
        options(Aggregation::ALL, |a| a.as_str(), |a| self.page.t(&a.key("aggregation-rule")))
    }

    fn sources(&self) -> Vec<(String, String)> {
        options(IndicatorSource::ALL, |s| s.as_str(), |s| self.page.t(&s.key("source")))
    }

    fn counts(&self) -> Vec<(String, String)> {
        options(Counts::ALL, |c| c.as_str(), |c| self.page.t(&c.key("counts")))
    }

    fn dimensions(&self) -> Vec<(String, String)> {
        options(Dimension::ALL, |d| d.as_str(), |d| self.page.t(&d.key("dimension")))
    }

    fn modes(&self) -> Vec<(String, String)> {
        options(ActivityMode::ALL, |m| m.as_str(), |m| self.page.t(&m.key("mode")))
    }

    fn statuses(&self) -> Vec<(String, String)> {
        options(ParticipationStatus::ALL, |s| s.as_str(), |s| self.page.t(&s.key("participation")))
    }

    /// Every `dimension=category` pair, for the filter and numerator choices.
    fn selectors(&self) -> Vec<(String, String)> {
        let labels = crate::site::results::Labels { page: &self.page };
        Dimension::ALL
            .iter()
            .flat_map(|d| d.categories().into_iter().map(move |c| Selector { dimension: *d, category: c }))
            .map(|s| (s.as_text(), labels.selector(&s)))
            .collect()
    }

    fn target_of(&self, period: &i64) -> String {
        let period = period.to_string();
        self.fields
            .target_period
            .iter()
            .position(|p| *p == period)
            .and_then(|i| self.fields.target.get(i).cloned())
            .unwrap_or_default()
    }

    fn flag(&self, value: &str) -> bool {
        matches!(value, "true" | "on")
    }
}

fn indicator_form(
    page: Page,
    framework: &Framework,
    existing: Option<String>,
    fields: IndicatorFields,
    errors: FieldErrors,
) -> IndicatorFormPage {
    let lang = page.lang.code().to_owned();
    let results =
        framework.results.iter().map(|r| (r.code.clone(), format!("{} {}", r.code, r.texts.title(&lang)))).collect();
    let title = match &existing {
        Some(code) => format!("{} {code}", page.t("indicator-edit-title")),
        None => page.t("indicator-new-title"),
    };
    IndicatorFormPage {
        page: page.titled(title),
        plan: framework.plan.code.clone(),
        periods: framework.plan.periods(),
        existing,
        fields,
        errors,
        results,
    }
}

/// The form values of a stored indicator.
fn indicator_fields(indicator: &Indicator) -> IndicatorFields {
    let c = indicator.computation.as_ref();
    IndicatorFields {
        code: indicator.code.clone(),
        result: indicator.result.clone(),
        position: indicator.position.to_string(),
        measure: indicator.measure.as_str().to_owned(),
        aggregation: indicator.aggregation.as_str().to_owned(),
        source: indicator.source.as_str().to_owned(),
        member_level: indicator.member_level.to_string(),
        disaggregations: indicator.disaggregations.iter().map(|d| d.as_str().to_owned()).collect(),
        baseline_year: indicator.baseline_year.map(|y| y.to_string()).unwrap_or_default(),
        baseline: indicator.baseline.map(format_hundredths).unwrap_or_default(),
        target_period: indicator.targets.iter().map(|(p, _)| p.to_string()).collect(),
        target: indicator.targets.iter().map(|(_, t)| format_hundredths(*t)).collect(),
        title: by_language(&indicator.texts, |t| t.title.clone()),
        definition: by_language(&indicator.texts, |t| t.body.clone().unwrap_or_default()),
        data_source: by_language(&indicator.texts, |t| t.note.clone().unwrap_or_default()),
        counts: c.map(|c| c.counts.as_str().to_owned()).unwrap_or_default(),
        modes: c.map(|c| c.modes.iter().map(|m| m.as_str().to_owned()).collect()).unwrap_or_default(),
        statuses: c.map(|c| c.statuses.iter().map(|s| s.as_str().to_owned()).collect()).unwrap_or_default(),
        output_only: c.is_some_and(|c| c.output_only).to_string(),
        filter: c.and_then(|c| c.filter).map(|s| s.as_text()).unwrap_or_default(),
        numerator: c.and_then(|c| c.numerator).map(|s| s.as_text()).unwrap_or_default(),
    }
}

#[derive(Deserialize, Default)]
pub struct NewIndicatorQuery {
    #[serde(default)]
    result: Option<String>,
}

pub async fn new_indicator(
    State(state): State<AppState>,
    Staff(_): Staff,
    page: Page,
    Path((_, code)): Path<(String, String)>,
    Query(query): Query<NewIndicatorQuery>,
) -> AppResult<Response> {
    let framework = framework_of(&state, &code).await?;
    let fields = IndicatorFields {
        result: query.result.unwrap_or_default(),
        measure: Measure::Count.as_str().to_owned(),
        aggregation: Aggregation::Sum.as_str().to_owned(),
        source: IndicatorSource::Computed.as_str().to_owned(),
        counts: Counts::People.as_str().to_owned(),
        position: (framework.indicators.len() + 1).to_string(),
        ..IndicatorFields::default()
    };
    render(&indicator_form(page, &framework, None, fields, FieldErrors::default()))
}

pub async fn create_indicator(
    State(state): State<AppState>,
    Staff(user): Staff,
    RequestIdText(request_id): RequestIdText,
    page: Page,
    Path((_, code)): Path<(String, String)>,
    CsrfForm(fields): CsrfForm<IndicatorFields>,
) -> AppResult<Response> {
    let framework = framework_of(&state, &code).await?;
    let input = match IndicatorInput::parse(&fields) {
        Ok(input) => input,
        Err(errors) => {
            return render_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &indicator_form(page, &framework, None, fields, errors),
            );
        }
    };
    match results::create_indicator(state.db(), &actor(&user, request_id), &framework.plan.code, &input).await {
        Ok(()) => Ok(Redirect::to(&page.href(&format!("/admin/results/{}", framework.plan.code))).into_response()),
        Err(error) => {
            let (status, errors) = form_errors(error, "indicator_exists")?;
            render_status(status, &indicator_form(page, &framework, None, fields, errors))
        }
    }
}

pub async fn edit_indicator(
    State(state): State<AppState>,
    Staff(_): Staff,
    page: Page,
    Path((_, code)): Path<(String, String)>,
) -> AppResult<Response> {
    let (framework, indicator) = indicator_of(&state, &code).await?;
    let fields = indicator_fields(&indicator);
    render(&indicator_form(page, &framework, Some(indicator.code), fields, FieldErrors::default()))
}

pub async fn update_indicator(
    State(state): State<AppState>,
    Staff(user): Staff,
    RequestIdText(request_id): RequestIdText,
    page: Page,
    Path((_, code)): Path<(String, String)>,
    CsrfForm(fields): CsrfForm<IndicatorFields>,
) -> AppResult<Response> {
    let (framework, indicator) = indicator_of(&state, &code).await?;
    let existing = Some(indicator.code.clone());
    let input = match IndicatorInput::parse(&fields) {
        Ok(input) => input,
        Err(errors) => {
            return render_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &indicator_form(page, &framework, existing, fields, errors),
            );
        }
    };
    match results::update_indicator(state.db(), &actor(&user, request_id), &indicator.code, &input).await {
        Ok(()) => Ok(Redirect::to(&page.href(&format!("/admin/results/{}", framework.plan.code))).into_response()),
        Err(error) => {
            let (status, errors) = form_errors(error, "indicator_exists")?;
            render_status(status, &indicator_form(page, &framework, existing, fields, errors))
        }
    }
}
