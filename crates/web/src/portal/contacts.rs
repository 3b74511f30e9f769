//! A member's public contact details and focal points, kept current by the member's own
//! focal points or by staff.

use crate::auth::{MemberContactEditor, RequestIdText, actor};
use crate::error::{AppError, AppResult};
use crate::form::CsrfForm;
use crate::page::{Page, render, render_status};
use crate::state::AppState;
use apdc_domain::member::{FocalPointFields, MemberContactFields};
use apdc_domain::{FieldErrors, FocalPointInput, MemberContactInput};
use apdc_store::members::{self as registry, FocalPoint, Member};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

#[derive(Template)]
#[template(path = "portal/contacts.html")]
struct ContactsPage {
    page: Page,
    member: Member,
    contact: MemberContactFields,
    contact_errors: FieldErrors,
    focal_points: Vec<FocalPoint>,
    new_point: FocalPointFields,
    point_errors: FieldErrors,
}

impl ContactsPage {
    fn contact_error(&self, field: &str) -> Option<String> {
        self.page.field_error(&self.contact_errors, field)
    }

    fn point_error(&self, field: &str) -> Option<String> {
        self.page.field_error(&self.point_errors, field)
    }

    fn country(&self) -> String {
        self.member.country_names.get(self.page.lang.code()).to_owned()
    }
}

fn contact_fields(member: &Member) -> MemberContactFields {
    MemberContactFields {
        website: member.website.clone().unwrap_or_default(),
        email: member.email.clone().unwrap_or_default(),
        phone: member.phone.clone().unwrap_or_default(),
        address: member.address.clone().unwrap_or_default(),
    }
}

async fn view(state: &AppState, page: Page, member: Member) -> AppResult<ContactsPage> {
    let focal_points = registry::focal_points(state.db(), member.id).await?;
    let title = page.lang.t_args(
        "contacts-title",
        &[("member", crate::i18n::text(member.acronym.clone().unwrap_or_else(|| member.alpha2.to_string())))],
    );
    Ok(ContactsPage {
        contact: contact_fields(&member),
        page: page.titled(title),
        member,
        contact_errors: FieldErrors::default(),
        focal_points,
        new_point: FocalPointFields::default(),
        point_errors: FieldErrors::default(),
    })
}

pub async fn form(State(state): State<AppState>, editor: MemberContactEditor, page: Page) -> AppResult<Response> {
    let member = registry::get(state.db(), editor.member).await?;
    render(&view(&state, page, member).await?)
}

pub async fn save(
    State(state): State<AppState>,
    editor: MemberContactEditor,
    RequestIdText(request_id): RequestIdText,
    page: Page,
    CsrfForm(fields): CsrfForm<MemberContactFields>,
) -> AppResult<Response> {
    let member = registry::get(state.db(), editor.member).await?;
    match MemberContactInput::parse(&fields) {
        Ok(input) => {
            registry::update_contacts(state.db(), &actor(&editor.user, request_id), editor.member, &input).await?;
            Ok(Redirect::to(&page.href(&format!("/members/{}/contacts", editor.member))).into_response())
        }
        Err(errors) => {
            let mut view = view(&state, page, member).await?;
            view.contact = fields;
            view.contact_errors = errors;
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &view)
        }
    }
}

pub async fn add_focal_point(
    State(state): State<AppState>,
    editor: MemberContactEditor,
    RequestIdText(request_id): RequestIdText,
    page: Page,
    CsrfForm(fields): CsrfForm<FocalPointFields>,
) -> AppResult<Response> {
    let member = registry::get(state.db(), editor.member).await?;
    match FocalPointInput::parse(&fields) {
        Ok(input) => {
            registry::add_focal_point(state.db(), &actor(&editor.user, request_id), editor.member, &input, false)
                .await?;
            Ok(Redirect::to(&page.href(&format!("/members/{}/contacts", editor.member))).into_response())
        }
        Err(errors) => {
            let mut view = view(&state, page, member).await?;
            view.new_point = fields;
            view.point_errors = errors;
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &view)
        }
    }
}

#[derive(Deserialize)]
pub struct FocalPointPath {
    id: String,
}

#[derive(Deserialize)]
pub struct RemoveForm {}

pub async fn remove_focal_point(
    State(state): State<AppState>,
    editor: MemberContactEditor,
    RequestIdText(request_id): RequestIdText,
    page: Page,
    Path(path): Path<FocalPointPath>,
    CsrfForm(_): CsrfForm<RemoveForm>,
) -> AppResult<Response> {
    let id: i64 = path.id.parse().map_err(|_| AppError::NotFound)?;
    registry::remove_focal_point(state.db(), &actor(&editor.user, request_id), editor.member, id).await?;
    Ok(Redirect::to(&page.href(&format!("/members/{}/contacts", editor.member))).into_response())
}
