//! Staff management of projects: the list of all projects, creating and editing one,
//! its partners, funding and budget lines, and its audit trail.

use crate::auth::{RequestIdText, Staff, actor};
use crate::error::{AppError, AppResult, form_errors};
use crate::form::CsrfForm;
use crate::page::{Page, render, render_status};
use crate::site::projects::ProjectsQuery;
use crate::state::AppState;
use crate::widgets::page_window;
use apdc_domain::FieldErrors;
use apdc_domain::money::format_hundredths;
use apdc_domain::project::{
    BudgetFields, BudgetInput, CONTENT_LANGUAGES, FinanceFields, FinanceInput, FinanceKind, OrgRole, PartnerFields,
    PartnerInput, ProjectFields, ProjectInput, ProjectStatus, Scope, text_fields,
};
use apdc_store::Paged;
use apdc_store::activities::{self, Activity};
use apdc_store::audit::{self, Entry};
use apdc_store::organisations::{self, Organisation};
use apdc_store::projects::{self, Project, ProjectSummary};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

/// Projects per page of the staff list.
const PER_PAGE: usize = 50;

#[derive(Template)]
#[template(path = "admin/projects.html")]
struct ListPage {
    page: Page,
    query: ProjectsQuery,
    result: Paged<ProjectSummary>,
}

impl ListPage {
    fn status_label(&self, status: &ProjectStatus) -> String {
        self.page.t(&status.key("project-status"))
    }

    fn statuses(&self) -> &'static [ProjectStatus] {
        ProjectStatus::ALL
    }

    /// Page numbers to link, 0 marking a gap.
    fn window(&self) -> Vec<usize> {
        page_window(self.result.page, self.result.pages()).into_iter().map(|n| n.unwrap_or(0)).collect()
    }
}

/// `/{lang}/admin/projects`: every project, public or not.
pub async fn list(
    State(state): State<AppState>,
    Staff(_): Staff,
    page: Page,
    Query(query): Query<ProjectsQuery>,
) -> AppResult<Response> {
    let (filter, number) = query.parse(false)?;
    let result = projects::list(state.db(), &filter, page.lang.code(), number, PER_PAGE).await?;
    if number > result.pages() {
        return Err(AppError::NotFound);
    }
    let title = page.t("admin-projects-title");
    render(&ListPage { page: page.titled(title), query, result })
}

/// The choices of the project form.
struct Choices {
    countries: Vec<(String, String)>,
    regions: Vec<(String, String)>,
    members: Vec<(String, String)>,
    themes: Vec<(String, String)>,
    statuses: Vec<(String, String)>,
    scopes: Vec<(String, String)>,
    goals: Vec<(String, String)>,
}

async fn choices(state: &AppState, page: &Page) -> AppResult<Choices> {
    let lang = page.lang.code();
    Ok(Choices {
        countries: state.countries_by_name(lang),
        regions: projects::region_names(state.db()).await?.into_iter().map(|r| (r.clone(), r)).collect(),
        members: super::member_choices(state, lang).await?,
        themes: super::theme_choices(state, lang).await?,
        statuses: ProjectStatus::ALL
            .iter()
            .map(|s| (s.as_str().to_owned(), page.t(&s.key("project-status"))))
            .collect(),
        scopes: Scope::ALL.iter().map(|s| (s.as_str().to_owned(), page.t(&s.key("scope")))).collect(),
        goals: super::goal_choices(state, lang).await?,
    })
}

#[derive(Template)]
#[template(path = "admin/project_form.html")]
struct FormPage {
    page: Page,
    existing: Option<String>,
    fields: ProjectFields,
    errors: FieldErrors,
    choices: Choices,
}

impl FormPage {
    fn languages(&self) -> [&'static str; 5] {
        CONTENT_LANGUAGES
    }

    fn direction(&self, language: &str) -> &'static str {
        apdc_domain::language::Direction::of(language).as_attr()
    }

    fn language_name(&self, language: &str) -> String {
        self.page.t(&format!("content-language-{language}"))
    }

    /// The three text controls of one language.
    fn text_controls(&self, language: &str) -> String {
        let (title, summary, description) = self.fields.texts(language);
        let (tf, sf, df) = text_fields(language);
        let mut title_control = self.page.control(tf, "field-title", &self.errors);
        if language == CONTENT_LANGUAGES[0] {
            title_control = title_control.required();
        }
        [
            title_control.input("text", title),
            self.page
                .control(sf, "field-summary", &self.errors)
                .help(self.page.t("field-summary-help"))
                .textarea(summary, 3),
            self.page
                .control(df, "field-description", &self.errors)
                .help(self.page.t("field-description-help"))
                .textarea(description, 8),
        ]
        .concat()
    }

    fn action(&self) -> String {
        match &self.existing {
            Some(code) => self.page.href(&format!("/admin/projects/{code}/edit")),
            None => self.page.href("/admin/projects"),
        }
    }

    fn cancel(&self) -> String {
        match &self.existing {
            Some(code) => self.page.href(&format!("/admin/projects/{code}")),
            None => self.page.href("/admin/projects"),
        }
    }

    fn is_public(&self) -> bool {
        matches!(self.fields.public.as_str(), "true" | "on")
    }
}

async fn form_page(
    state: &AppState,
    page: Page,
    existing: Option<String>,
    fields: ProjectFields,
    errors: FieldErrors,
) -> AppResult<FormPage> {
    let title = match &existing {
        Some(code) => page.lang.t_args("project-edit-title", &[("code", crate::i18n::text(code.clone()))]),
        None => page.t("project-new-title"),
    };
    let choices = choices(state, &page).await?;
    Ok(FormPage { page: page.titled(title), existing, fields, errors, choices })
}

pub async fn new_form(State(state): State<AppState>, Staff(_): Staff, page: Page) -> AppResult<Response> {
    let fields = ProjectFields {
        status: ProjectStatus::Pipeline.as_str().to_owned(),
        scope: Scope::National.as_str().to_owned(),
        ..ProjectFields::default()
    };
    render(&form_page(&state, page, None, fields, FieldErrors::default()).await?)
}

pub async fn create(
    State(state): State<AppState>,
    Staff(user): Staff,
    RequestIdText(request_id): RequestIdText,
    page: Page,
    CsrfForm(fields): CsrfForm<ProjectFields>,
) -> AppResult<Response> {
    let input = match ProjectInput::parse(&fields) {
        Ok(input) => input,
        Err(errors) => {
            let form = form_page(&state, page, None, fields, errors).await?;
            return render_status(StatusCode::UNPROCESSABLE_ENTITY, &form);
        }
    };
    match projects::create(state.db(), &actor(&user, request_id), &input).await {
        Ok(project) => Ok(Redirect::to(&page.href(&format!("/admin/projects/{}", project.code))).into_response()),
        Err(error) => {
            let (status, errors) = form_errors(error, "project_exists")?;
            render_status(status, &form_page(&state, page, None, fields, errors).await?)
        }
    }
}

async fn project_of(state: &AppState, code: &str) -> AppResult<Project> {
    match projects::get(state.db(), &code.to_ascii_uppercase()).await {
        Ok(project) => Ok(project),
        Err(apdc_store::StoreError::NotFound) => Err(AppError::NotFound),
        Err(e) => Err(e.into()),
    }
}

pub async fn edit_form(
    State(state): State<AppState>,
    Staff(_): Staff,
    page: Page,
    Path((_, code)): Path<(String, String)>,
) -> AppResult<Response> {
    let project = project_of(&state, &code).await?;
    let fields = project.fields();
    render(&form_page(&state, page, Some(project.code), fields, FieldErrors::default()).await?)
}

pub async fn update(
    State(state): State<AppState>,
    Staff(user): Staff,
    RequestIdText(request_id): RequestIdText,
    page: Page,
    Path((_, code)): Path<(String, String)>,
    CsrfForm(fields): CsrfForm<ProjectFields>,
) -> AppResult<Response> {
    let project = project_of(&state, &code).await?;
    let input = match ProjectInput::parse(&fields) {
        Ok(input) => input,
        Err(errors) => {
            let form = form_page(&state, page, Some(project.code), fields, errors).await?;
            return render_status(StatusCode::UNPROCESSABLE_ENTITY, &form);
        }
    };
    match projects::update(state.db(), &actor(&user, request_id), &project.code, &input).await {
        Ok(updated) => Ok(Redirect::to(&page.href(&format!("/admin/projects/{}", updated.code))).into_response()),
        Err(error) => {
            let (status, errors) = form_errors(error, "project_exists")?;
            render_status(status, &form_page(&state, page, Some(project.code), fields, errors).await?)
        }
    }
}

#[derive(Template)]
#[template(path = "admin/project.html")]
struct ManagePage {
    page: Page,
    project: Project,
    activities: Vec<Activity>,
    organisations: Vec<Organisation>,
    /// Errors of the sub-form that failed, with the name of that form.
    errors: FieldErrors,
    failed_form: &'static str,
}

impl ManagePage {
    fn title(&self) -> &str {
        self.project.title(self.page.lang.code())
    }

    fn status_label(&self) -> String {
        self.page.t(&self.project.status.key("project-status"))
    }

    /// Each translation and where it stands against the English text: (language name,
    /// state).
    fn translations(&self) -> Vec<(String, String)> {
        self.project
            .texts
            .iter()
            .filter(|t| t.language != apdc_store::project_texts::SOURCE_LANGUAGE)
            .map(|t| {
                let state = if self.project.is_behind(&t.language) { "out-of-date" } else { "current" };
                (
                    self.page.t(&format!("content-language-{}", t.language)),
                    self.page.t(&format!("translation-state-{state}")),
                )
            })
            .collect()
    }

    fn role_label(&self, role: &OrgRole) -> String {
        self.page.t(&role.key("org-role"))
    }

    fn kind_label(&self, kind: &FinanceKind) -> String {
        self.page.t(&kind.key("finance"))
    }

    fn mode_label(&self, activity: &Activity) -> String {
        self.page.t(&activity.mode.key("mode"))
    }

    fn activity_status(&self, activity: &Activity) -> String {
        self.page.t(&activity.status.key("activity-status"))
    }

    fn amount(&self, hundredths: &i64) -> String {
        format_hundredths(*hundredths)
    }

    /// Errors to show in the sub-form `form` only.
    fn errors_of(&self, form: &str) -> FieldErrors {
        if self.failed_form == form { self.errors.clone() } else { FieldErrors::default() }
    }

    fn organisation_choices(&self) -> Vec<(String, String)> {
        self.organisations.iter().map(|o| (o.id.to_string(), o.name.clone())).collect()
    }

    fn role_choices(&self) -> Vec<(String, String)> {
        OrgRole::ALL.iter().map(|r| (r.as_str().to_owned(), self.role_label(r))).collect()
    }

    fn kind_choices(&self) -> Vec<(String, String)> {
        FinanceKind::ALL.iter().map(|k| (k.as_str().to_owned(), self.kind_label(k))).collect()
    }

    /// Totals of commitments and disbursements per currency.
    fn totals(&self) -> Vec<(String, String, String)> {
        let mut currencies: Vec<&str> = self.project.finances.iter().map(|f| f.currency.as_str()).collect();
        currencies.sort_unstable();
        currencies.dedup();
        currencies
            .into_iter()
            .map(|c| {
                let sum = |kind| {
                    self.project
                        .finances
                        .iter()
                        .filter(|f| f.currency == c && f.kind == kind)
                        .map(|f| f.amount_hundredths)
                        .sum::<i64>()
                };
                (
                    c.to_owned(),
                    format_hundredths(sum(FinanceKind::Commitment)),
                    format_hundredths(sum(FinanceKind::Disbursement)),
                )
            })
            .collect()
    }
}

async fn manage_page(
    state: &AppState,
    page: Page,
    project: Project,
    errors: FieldErrors,
    failed_form: &'static str,
) -> AppResult<ManagePage> {
    let activities = activities::of_project(state.db(), project.id).await?;
    let organisations = organisations::list(state.db()).await?;
    let title = project.title(page.lang.code()).to_owned();
    Ok(ManagePage { page: page.titled(title), project, activities, organisations, errors, failed_form })
}

/// `/{lang}/admin/projects/{code}`: everything about one project, with the forms that
/// change its partners and money.
pub async fn manage(
    State(state): State<AppState>,
    Staff(_): Staff,
    page: Page,
    Path((_, code)): Path<(String, String)>,
) -> AppResult<Response> {
    let project = project_of(&state, &code).await?;
    render(&manage_page(&state, page, project, FieldErrors::default(), "").await?)
}

/// Re-renders the management page with the errors of the sub-form `form`, or goes back
/// to it after a change.
async fn after_change(
    state: &AppState,
    page: Page,
    code: &str,
    form: &'static str,
    result: Result<Project, apdc_store::StoreError>,
) -> AppResult<Response> {
    match result {
        Ok(project) => {
            Ok(Redirect::to(&page.href(&format!("/admin/projects/{}#{form}", project.code))).into_response())
        }
        Err(error) => {
            let (status, errors) = form_errors(error, "exists")?;
            let project = project_of(state, code).await?;
            render_status(status, &manage_page(state, page, project, errors, form).await?)
        }
    }
}

async fn invalid(
    state: &AppState,
    page: Page,
    code: &str,
    form: &'static str,
    errors: FieldErrors,
) -> AppResult<Response> {
    let project = project_of(state, code).await?;
    render_status(StatusCode::UNPROCESSABLE_ENTITY, &manage_page(state, page, project, errors, form).await?)
}

pub async fn add_partner(
    State(state): State<AppState>,
    Staff(user): Staff,
    RequestIdText(request_id): RequestIdText,
    page: Page,
    Path((_, code)): Path<(String, String)>,
    CsrfForm(fields): CsrfForm<PartnerFields>,
) -> AppResult<Response> {
    let code = project_of(&state, &code).await?.code;
    match PartnerInput::parse(&fields) {
        Ok(input) => {
            let result = projects::add_partner(state.db(), &actor(&user, request_id), &code, input).await;
            after_change(&state, page, &code, "partners", result).await
        }
        Err(errors) => invalid(&state, page, &code, "partners", errors).await,
    }
}

pub async fn remove_partner(
    State(state): State<AppState>,
    Staff(user): Staff,
    RequestIdText(request_id): RequestIdText,
    page: Page,
    Path((_, code)): Path<(String, String)>,
    CsrfForm(fields): CsrfForm<PartnerFields>,
) -> AppResult<Response> {
    let code = project_of(&state, &code).await?.code;
    let input = PartnerInput::parse(&fields).map_err(|_| AppError::NotFound)?;
    let result = projects::remove_partner(state.db(), &actor(&user, request_id), &code, input).await;
    if matches!(result, Err(apdc_store::StoreError::NotFound)) {
        return Err(AppError::NotFound);
    }
    after_change(&state, page, &code, "partners", result).await
}

pub async fn add_finance(
    State(state): State<AppState>,
    Staff(user): Staff,
    RequestIdText(request_id): RequestIdText,
    page: Page,
    Path((_, code)): Path<(String, String)>,
    CsrfForm(fields): CsrfForm<FinanceFields>,
) -> AppResult<Response> {
    let code = project_of(&state, &code).await?.code;
    match FinanceInput::parse(&fields) {
        Ok(input) => {
            let result = projects::add_finance(state.db(), &actor(&user, request_id), &code, &input).await;
            after_change(&state, page, &code, "finances", result).await
        }
        Err(errors) => invalid(&state, page, &code, "finances", errors).await,
    }
}

#[derive(Deserialize)]
pub struct LinePath {
    #[serde(rename = "lang")]
    _lang: String,
    code: String,
    id: String,
}

pub async fn remove_finance(
    State(state): State<AppState>,
    Staff(user): Staff,
    RequestIdText(request_id): RequestIdText,
    page: Page,
    Path(path): Path<LinePath>,
    CsrfForm(_): CsrfForm<std::collections::HashMap<String, String>>,
) -> AppResult<Response> {
    let code = project_of(&state, &path.code).await?.code;
    let id = crate::api::path_id(&path.id)?;
    let result = projects::remove_finance(state.db(), &actor(&user, request_id), &code, id).await;
    if matches!(result, Err(apdc_store::StoreError::NotFound)) {
        return Err(AppError::NotFound);
    }
    after_change(&state, page, &code, "finances", result).await
}

pub async fn set_budget(
    State(state): State<AppState>,
    Staff(user): Staff,
    RequestIdText(request_id): RequestIdText,
    page: Page,
    Path((_, code)): Path<(String, String)>,
    CsrfForm(fields): CsrfForm<BudgetFields>,
) -> AppResult<Response> {
    let code = project_of(&state, &code).await?.code;
    match BudgetInput::parse(&fields) {
        Ok(input) => {
            let result = projects::set_budget(state.db(), &actor(&user, request_id), &code, &input).await;
            after_change(&state, page, &code, "budgets", result).await
        }
        Err(errors) => invalid(&state, page, &code, "budgets", errors).await,
    }
}

pub async fn remove_budget(
    State(state): State<AppState>,
    Staff(user): Staff,
    RequestIdText(request_id): RequestIdText,
    page: Page,
    Path(path): Path<LinePath>,
    CsrfForm(_): CsrfForm<std::collections::HashMap<String, String>>,
) -> AppResult<Response> {
    let code = project_of(&state, &path.code).await?.code;
    let year = apdc_domain::dates::year(&path.id).map_err(|_| AppError::NotFound)?;
    let result = projects::remove_budget(state.db(), &actor(&user, request_id), &code, year).await;
    if matches!(result, Err(apdc_store::StoreError::NotFound)) {
        return Err(AppError::NotFound);
    }
    after_change(&state, page, &code, "budgets", result).await
}

#[derive(Template)]
#[template(path = "admin/record_audit.html")]
pub struct AuditPage {
    pub page: Page,
    pub back: String,
    pub back_label: String,
    pub trail: Vec<Entry>,
    pub total: i64,
    pub page_number: i64,
    pub pages: i64,
}

impl AuditPage {
    fn total_entries(&self) -> usize {
        usize::try_from(self.total).unwrap_or(0)
    }

    fn is_current(&self, n: impl std::borrow::Borrow<usize>) -> bool {
        i64::try_from(*n.borrow()).is_ok_and(|n| n == self.page_number)
    }

    fn window(&self) -> Vec<usize> {
        let to = |n: i64| usize::try_from(n).unwrap_or(1);
        page_window(to(self.page_number), to(self.pages)).into_iter().map(|n| n.unwrap_or(0)).collect()
    }
}

#[derive(Deserialize)]
pub struct PageQuery {
    #[serde(default)]
    page: String,
}

/// Renders the audit trail of one record, 50 entries a page.
pub async fn audit_page(
    state: &AppState,
    page: Page,
    record: (&str, &str),
    back: String,
    back_label: String,
    page_param: &str,
) -> AppResult<Response> {
    const PER_PAGE: i64 = 50;
    let total = audit::count_for_record(state.db(), record.0, record.1).await?;
    let pages = ((total + PER_PAGE - 1) / PER_PAGE).max(1);
    let number = i64::try_from(crate::error::page_number(page_param)?).unwrap_or(1);
    if number > pages {
        return Err(AppError::NotFound);
    }
    let trail = audit::for_record(state.db(), record.0, record.1, PER_PAGE, (number - 1) * PER_PAGE).await?;
    let title = page.lang.t_args("record-audit-title", &[("record", crate::i18n::text(back_label.clone()))]);
    render(&AuditPage { page: page.titled(title), back, back_label, trail, total, page_number: number, pages })
}

pub async fn audit(
    State(state): State<AppState>,
    Staff(_): Staff,
    page: Page,
    Path((_, code)): Path<(String, String)>,
    Query(query): Query<PageQuery>,
) -> AppResult<Response> {
    let project = project_of(&state, &code).await?;
    let back = page.href(&format!("/admin/projects/{}", project.code));
    audit_page(&state, page, ("project", &project.code), back, project.code.clone(), &query.page).await
}
