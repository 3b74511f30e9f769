//! Staff management of organisations (donors, partners, implementers) and of the themes
//! projects are tagged with.

use crate::auth::{RequestIdText, Staff, actor};
use crate::error::{AppError, AppResult, form_errors};
use crate::form::CsrfForm;
use crate::page::{Page, render, render_status};
use crate::state::AppState;
use apdc_domain::FieldErrors;
use apdc_domain::project::{OrgType, OrganisationFields, OrganisationInput, ThemeFields, ThemeInput};
use apdc_store::organisations::{self, Organisation, Theme};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

#[derive(Template)]
#[template(path = "admin/organisations.html")]
struct ListPage {
    page: Page,
    organisations: Vec<Organisation>,
}

impl ListPage {
    fn type_label(&self, org_type: &OrgType) -> String {
        self.page.t(&org_type.key("org-type"))
    }
}

pub async fn list(State(state): State<AppState>, Staff(_): Staff, page: Page) -> AppResult<Response> {
    let organisations = organisations::list(state.db()).await?;
    let title = page.t("nav-organisations");
    render(&ListPage { page: page.titled(title), organisations })
}

#[derive(Template)]
#[template(path = "admin/organisation_form.html")]
struct FormPage {
    page: Page,
    existing: Option<i64>,
    fields: OrganisationFields,
    errors: FieldErrors,
    countries: Vec<(String, String)>,
}

impl FormPage {
    fn types(&self) -> Vec<(String, String)> {
        OrgType::ALL
            .iter()
            .map(|t| (t.as_str().to_owned(), format!("{} ({})", self.page.t(&t.key("org-type")), t.iati_code())))
            .collect()
    }

    fn action(&self) -> String {
        match self.existing {
            Some(id) => self.page.href(&format!("/admin/organisations/{id}/edit")),
            None => self.page.href("/admin/organisations"),
        }
    }
}

fn form_page(
    state: &AppState,
    page: Page,
    existing: Option<i64>,
    fields: OrganisationFields,
    errors: FieldErrors,
) -> FormPage {
    let title = if existing.is_some() { page.t("organisation-edit-title") } else { page.t("organisation-new-title") };
    let countries = state.countries_by_name(page.lang.code());
    FormPage { page: page.titled(title), existing, fields, errors, countries }
}

pub async fn new_form(State(state): State<AppState>, Staff(_): Staff, page: Page) -> AppResult<Response> {
    let fields = OrganisationFields { org_type: OrgType::Government.as_str().to_owned(), ..Default::default() };
    render(&form_page(&state, page, None, fields, FieldErrors::default()))
}

pub async fn create(
    State(state): State<AppState>,
    Staff(user): Staff,
    RequestIdText(request_id): RequestIdText,
    page: Page,
    CsrfForm(fields): CsrfForm<OrganisationFields>,
) -> AppResult<Response> {
    let input = match OrganisationInput::parse(&fields) {
        Ok(input) => input,
        Err(errors) => {
            return render_status(StatusCode::UNPROCESSABLE_ENTITY, &form_page(&state, page, None, fields, errors));
        }
    };
    match organisations::create(state.db(), &actor(&user, request_id), &input).await {
        Ok(_) => Ok(Redirect::to(&page.href("/admin/organisations")).into_response()),
        Err(error) => {
            let (status, errors) = form_errors(error, "organisation_exists")?;
            render_status(status, &form_page(&state, page, None, fields, errors))
        }
    }
}

pub async fn edit_form(
    State(state): State<AppState>,
    Staff(_): Staff,
    page: Page,
    Path((_, id)): Path<(String, String)>,
) -> AppResult<Response> {
    let organisation = organisations::get(state.db(), crate::api::path_id(&id)?).await?;
    let fields = OrganisationFields {
        name: organisation.name.clone(),
        acronym: organisation.acronym.clone().unwrap_or_default(),
        org_type: organisation.org_type.as_str().to_owned(),
        iati_ref: organisation.iati_ref.clone().unwrap_or_default(),
        country: organisation.country.clone().unwrap_or_default(),
        website: organisation.website.clone().unwrap_or_default(),
    };
    render(&form_page(&state, page, Some(organisation.id), fields, FieldErrors::default()))
}

pub async fn update(
    State(state): State<AppState>,
    Staff(user): Staff,
    RequestIdText(request_id): RequestIdText,
    page: Page,
    Path((_, id)): Path<(String, String)>,
    CsrfForm(fields): CsrfForm<OrganisationFields>,
) -> AppResult<Response> {
    let id = crate::api::path_id(&id)?;
    organisations::get(state.db(), id).await?;
    let input = match OrganisationInput::parse(&fields) {
        Ok(input) => input,
        Err(errors) => {
            return render_status(StatusCode::UNPROCESSABLE_ENTITY, &form_page(&state, page, Some(id), fields, errors));
        }
    };
    match organisations::update(state.db(), &actor(&user, request_id), id, &input).await {
        Ok(_) => Ok(Redirect::to(&page.href("/admin/organisations")).into_response()),
        Err(apdc_store::StoreError::NotFound) => Err(AppError::NotFound),
        Err(error) => {
            let (status, errors) = form_errors(error, "organisation_exists")?;
            render_status(status, &form_page(&state, page, Some(id), fields, errors))
        }
    }
}

#[derive(Template)]
#[template(path = "admin/themes.html")]
struct ThemesPage {
    page: Page,
    themes: Vec<Theme>,
    fields: ThemeFields,
    errors: FieldErrors,
}

pub async fn themes(State(state): State<AppState>, Staff(_): Staff, page: Page) -> AppResult<Response> {
    let themes = organisations::themes(state.db()).await?;
    let title = page.t("nav-themes");
    render(&ThemesPage {
        page: page.titled(title),
        themes,
        fields: ThemeFields::default(),
        errors: FieldErrors::default(),
    })
}

/// Adds a theme, or renames the theme with the same identifier.
pub async fn save_theme(
    State(state): State<AppState>,
    Staff(user): Staff,
    RequestIdText(request_id): RequestIdText,
    page: Page,
    CsrfForm(fields): CsrfForm<ThemeFields>,
) -> AppResult<Response> {
    match ThemeInput::parse(&fields) {
        Ok(input) => {
            organisations::save_theme(state.db(), &actor(&user, request_id), &input).await?;
            Ok(Redirect::to(&page.href("/admin/themes")).into_response())
        }
        Err(errors) => {
            let themes = organisations::themes(state.db()).await?;
            let title = page.t("nav-themes");
            render_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &ThemesPage { page: page.titled(title), themes, fields, errors },
            )
        }
    }
}
