//! Staff management of people: search, create and edit, duplicates and merging, and
//! the person's rights: everything held on them (as JSON), and erasure.

use crate::auth::{RequestIdText, Staff, actor};
use crate::error::{AppError, AppResult, form_errors};
use crate::form::CsrfForm;
use crate::page::{Page, render, render_status};
use crate::state::AppState;
use crate::widgets::page_window;
use apdc_domain::FieldErrors;
use apdc_domain::person::{ParticipationStatus, PersonFields, PersonInput, Sex, StakeholderGroup};
use apdc_store::Paged;
use apdc_store::participations::{self, Participation, ParticipationFilter};
use apdc_store::people::{self, Person, PersonFilter};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

const PER_PAGE: usize = 50;

#[derive(Deserialize, Default)]
pub struct ListQuery {
    #[serde(default)]
    q: String,
    #[serde(default)]
    page: String,
}

#[derive(Template)]
#[template(path = "admin/people.html")]
struct ListPage {
    page: Page,
    q: String,
    result: Paged<Person>,
}

impl ListPage {
    fn window(&self) -> Vec<usize> {
        page_window(self.result.page, self.result.pages()).into_iter().map(|n| n.unwrap_or(0)).collect()
    }

    fn page_link(&self, n: impl std::borrow::Borrow<usize>) -> String {
        let n = *n.borrow();
        let q = serde_urlencoded::to_string([("q", self.q.as_str())]).unwrap_or_default();
        format!("?{q}&page={n}")
    }
}

pub async fn list(
    State(state): State<AppState>,
    Staff(_): Staff,
    page: Page,
    Query(query): Query<ListQuery>,
) -> AppResult<Response> {
    let number = crate::error::page_number(&query.page)?;
    let text = Some(query.q.trim().to_owned()).filter(|q| !q.is_empty() && q.chars().count() <= 100);
    let result = people::list(state.db(), &PersonFilter { text, member: None }, number, PER_PAGE).await?;
    if number > result.pages() {
        return Err(AppError::NotFound);
    }
    let title = page.t("nav-people");
    render(&ListPage { page: page.titled(title), q: query.q, result })
}

#[derive(Template)]
#[template(path = "admin/person_form.html")]
struct FormPage {
    page: Page,
    existing: Option<i64>,
    fields: PersonFields,
    errors: FieldErrors,
    countries: Vec<(String, String)>,
    members: Vec<(String, String)>,
}

impl FormPage {
    fn sexes(&self) -> Vec<(String, String)> {
        Sex::ALL.iter().map(|s| (s.as_str().to_owned(), self.page.t(&s.key("sex")))).collect()
    }

    fn groups(&self) -> Vec<(String, String)> {
        StakeholderGroup::ALL.iter().map(|g| (g.as_str().to_owned(), self.page.t(&g.key("group")))).collect()
    }

    fn action(&self) -> String {
        match self.existing {
            Some(id) => self.page.href(&format!("/admin/people/{id}/edit")),
            None => self.page.href("/admin/people"),
        }
    }
}

async fn form_page(
    state: &AppState,
    page: Page,
    existing: Option<i64>,
    fields: PersonFields,
    errors: FieldErrors,
) -> AppResult<FormPage> {
    let title = if existing.is_some() { page.t("person-edit-title") } else { page.t("person-new-title") };
    let countries = state.countries_by_name(page.lang.code());
    let members = crate::admin::activities::member_choices(state, &page).await?;
    Ok(FormPage { page: page.titled(title), existing, fields, errors, countries, members })
}

pub async fn new_form(State(state): State<AppState>, Staff(_): Staff, page: Page) -> AppResult<Response> {
    let fields = PersonFields { sex: Sex::NotStated.as_str().to_owned(), ..Default::default() };
    render(&form_page(&state, page, None, fields, FieldErrors::default()).await?)
}

pub async fn create(
    State(state): State<AppState>,
    Staff(user): Staff,
    RequestIdText(request_id): RequestIdText,
    page: Page,
    CsrfForm(fields): CsrfForm<PersonFields>,
) -> AppResult<Response> {
    let input = match PersonInput::parse(&fields) {
        Ok(input) => input,
        Err(errors) => {
            return render_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &form_page(&state, page, None, fields, errors).await?,
            );
        }
    };
    match people::create(state.db(), &actor(&user, request_id), &input).await {
        Ok(person) => Ok(Redirect::to(&page.href(&format!("/admin/people/{}", person.id))).into_response()),
        Err(error) => {
            let (status, errors) = form_errors(error, "exists")?;
            render_status(status, &form_page(&state, page, None, fields, errors).await?)
        }
    }
}

async fn person_of(state: &AppState, id: &str) -> AppResult<Person> {
    match people::get(state.db(), crate::api::path_id(id)?).await {
        Ok(person) => Ok(person),
        Err(apdc_store::StoreError::NotFound) => Err(AppError::NotFound),
        Err(e) => Err(e.into()),
    }
}

fn fields_of(person: &Person) -> PersonFields {
    PersonFields {
        name: person.name.clone().unwrap_or_default(),
        email: person.email.clone().unwrap_or_default(),
        sex: person.sex.as_str().to_owned(),
        country: person.country.clone().unwrap_or_default(),
        organisation: person.organisation.clone().unwrap_or_default(),
        stakeholder_group: person.stakeholder_group.map(|g| g.as_str().to_owned()).unwrap_or_default(),
        nominated_by: person.nominated_by.clone().unwrap_or_default(),
    }
}

pub async fn edit_form(
    State(state): State<AppState>,
    Staff(_): Staff,
    page: Page,
    Path((_, id)): Path<(String, String)>,
) -> AppResult<Response> {
    let person = person_of(&state, &id).await?;
    if person.erased_at.is_some() {
        return Err(AppError::NotFound);
    }
    render(&form_page(&state, page, Some(person.id), fields_of(&person), FieldErrors::default()).await?)
}

pub async fn update(
    State(state): State<AppState>,
    Staff(user): Staff,
    RequestIdText(request_id): RequestIdText,
    page: Page,
    Path((_, id)): Path<(String, String)>,
    CsrfForm(fields): CsrfForm<PersonFields>,
) -> AppResult<Response> {
    let person = person_of(&state, &id).await?;
    let input = match PersonInput::parse(&fields) {
        Ok(input) => input,
        Err(errors) => {
            let form = form_page(&state, page, Some(person.id), fields, errors).await?;
            return render_status(StatusCode::UNPROCESSABLE_ENTITY, &form);
        }
    };
    match people::update(state.db(), &actor(&user, request_id), person.id, &input).await {
        Ok(_) => Ok(Redirect::to(&page.href(&format!("/admin/people/{}", person.id))).into_response()),
        Err(error) => {
            let (status, errors) = form_errors(error, "exists")?;
            render_status(status, &form_page(&state, page, Some(person.id), fields, errors).await?)
        }
    }
}

#[derive(Template)]
#[template(path = "admin/person.html")]
struct ShowPage {
    page: Page,
    person: Person,
    participations: Vec<Participation>,
}

impl ShowPage {
    fn sex_label(&self) -> String {
        self.page.t(&self.person.sex.key("sex"))
    }

    fn group_label(&self) -> String {
        self.person.stakeholder_group.map_or_else(|| self.page.t("not-known"), |g| self.page.t(&g.key("group")))
    }

    fn status_label(&self, status: &ParticipationStatus) -> String {
        self.page.t(&status.key("participation"))
    }
}

pub async fn show(
    State(state): State<AppState>,
    Staff(_): Staff,
    page: Page,
    Path((_, id)): Path<(String, String)>,
) -> AppResult<Response> {
    let person = person_of(&state, &id).await?;
    let filter = ParticipationFilter { person_id: Some(person.id), ..Default::default() };
    let participations = participations::list(state.db(), &filter, 1, 1_000).await?.items;
    let title = person.display_name();
    render(&ShowPage { page: page.titled(title), person, participations })
}

/// Everything held on one person, as a JSON file to hand over.
pub async fn export(
    State(state): State<AppState>,
    Staff(_): Staff,
    Path((_, id)): Path<(String, String)>,
) -> AppResult<Response> {
    let person = person_of(&state, &id).await?;
    let record = people::everything_held(state.db(), person.id).await?;
    let body = serde_json::to_string_pretty(&record).map_err(|e| AppError::Internal(format!("person export: {e}")))?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/json".to_owned()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"person-{}.json\"", person.id)),
        ],
        body,
    )
        .into_response())
}

/// Erases the person's identity; the form asks to type the word shown, so that a
/// stray click cannot erase anyone.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct EraseFields {
    confirm: String,
}

pub async fn erase(
    State(state): State<AppState>,
    Staff(user): Staff,
    RequestIdText(request_id): RequestIdText,
    page: Page,
    Path((_, id)): Path<(String, String)>,
    CsrfForm(fields): CsrfForm<EraseFields>,
) -> AppResult<Response> {
    let person = person_of(&state, &id).await?;
    if fields.confirm.trim() != "ERASE" {
        return Err(AppError::Invalid({
            let mut errors = FieldErrors::default();
            errors.push("confirm", "confirmation_required");
            errors
        }));
    }
    people::erase(state.db(), &actor(&user, request_id), person.id).await?;
    Ok(Redirect::to(&page.href(&format!("/admin/people/{}", person.id))).into_response())
}

#[derive(Template)]
#[template(path = "admin/duplicates.html")]
struct DuplicatesPage {
    page: Page,
    groups: Vec<Vec<Person>>,
}

pub async fn duplicates(State(state): State<AppState>, Staff(_): Staff, page: Page) -> AppResult<Response> {
    let groups = people::duplicates(state.db(), 100).await?;
    let title = page.t("duplicates-title");
    render(&DuplicatesPage { page: page.titled(title), groups })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct MergeFields {
    keep: String,
    duplicate: String,
}

pub async fn merge(
    State(state): State<AppState>,
    Staff(user): Staff,
    RequestIdText(request_id): RequestIdText,
    page: Page,
    CsrfForm(fields): CsrfForm<MergeFields>,
) -> AppResult<Response> {
    let keep = apdc_domain::project::record_id(&fields.keep).map_err(|_| bad("keep"))?;
    let duplicate = apdc_domain::project::record_id(&fields.duplicate).map_err(|_| bad("duplicate"))?;
    match people::merge(state.db(), &actor(&user, request_id), keep, duplicate).await {
        Ok(person) => Ok(Redirect::to(&page.href(&format!("/admin/people/{}", person.id))).into_response()),
        Err(apdc_store::StoreError::Invalid(errors)) => Err(AppError::Invalid(errors)),
        Err(e) => Err(e.into()),
    }
}

fn bad(field: &'static str) -> AppError {
    AppError::BadRequest { code: "invalid_parameter", field: Some(field) }
}
