//! Staff editing of members: add, edit, audit trail, CSV export in the import format.

use crate::auth::{RequestIdText, Staff, actor};
use crate::error::{AppError, AppResult, form_errors};
use crate::form::CsrfForm;
use crate::page::{Page, render, render_status};
use crate::state::AppState;
use apdc_domain::member::{MemberFields, MemberInput};
use apdc_domain::{CountryCode, DevelopingBasis, FieldErrors, MemberCategory};
use apdc_store::audit::{self, Entry};
use apdc_store::members::{self as registry, Member, MemberFilter};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

#[derive(Template)]
#[template(path = "admin/member_form.html")]
pub struct MemberFormPage {
    page: Page,
    /// `None` when adding a member.
    existing: Option<Member>,
    fields: MemberFields,
    errors: FieldErrors,
    categories: [MemberCategory; 3],
    bases: [DevelopingBasis; 6],
}

impl MemberFormPage {
    fn error(&self, field: &str) -> Option<String> {
        self.page.field_error(&self.errors, field)
    }

    fn category_label(&self, category: &MemberCategory) -> String {
        self.page.t(&format!("category-{}", category.as_str().replace('_', "-")))
    }

    fn basis_label(&self, basis: &DevelopingBasis) -> String {
        self.page.t(&format!("basis-{}", basis.as_str().replace('_', "-")))
    }

    fn country(&self) -> String {
        self.existing.as_ref().map(|m| m.country_names.get(self.page.lang.code()).to_owned()).unwrap_or_default()
    }
}

fn fields_of(member: &Member) -> MemberFields {
    MemberFields {
        alpha2: member.alpha2.to_string(),
        acronym: member.acronym.clone().unwrap_or_default(),
        name: member.name.clone().unwrap_or_default(),
        category: member.category.as_str().to_owned(),
        developing: member.developing.to_string(),
        developing_basis: member.developing_basis.as_str().to_owned(),
        developing_note: member.developing_note.clone().unwrap_or_default(),
        website: member.website.clone().unwrap_or_default(),
    }
}

fn form_page(page: Page, existing: Option<Member>, fields: MemberFields, errors: FieldErrors) -> MemberFormPage {
    let title = match &existing {
        Some(m) => page.lang.t_args(
            "member-edit-title",
            &[("member", crate::i18n::text(m.acronym.clone().unwrap_or_else(|| m.alpha2.to_string())))],
        ),
        None => page.t("member-new-title"),
    };
    MemberFormPage {
        page: page.titled(title),
        existing,
        fields,
        errors,
        categories: MemberCategory::ALL,
        bases: DevelopingBasis::ALL,
    }
}

#[derive(Deserialize)]
pub struct MemberPath {
    alpha2: String,
}

fn code_of(path: &MemberPath) -> AppResult<CountryCode> {
    CountryCode::parse(&path.alpha2).map_err(|_| AppError::NotFound)
}

pub async fn new_form(Staff(_): Staff, page: Page) -> AppResult<Response> {
    let fields = MemberFields {
        category: MemberCategory::MemberBody.as_str().to_owned(),
        developing: "true".to_owned(),
        developing_basis: DevelopingBasis::IsoList.as_str().to_owned(),
        ..MemberFields::default()
    };
    render(&form_page(page, None, fields, FieldErrors::default()))
}

pub async fn create(
    State(state): State<AppState>,
    Staff(user): Staff,
    RequestIdText(request_id): RequestIdText,
    page: Page,
    CsrfForm(fields): CsrfForm<MemberFields>,
) -> AppResult<Response> {
    let input = match MemberInput::parse(&fields) {
        Ok(input) => input,
        Err(errors) => return render_status(StatusCode::UNPROCESSABLE_ENTITY, &form_page(page, None, fields, errors)),
    };
    match registry::create(state.db(), &actor(&user, request_id), &input).await {
        Ok(member) => Ok(Redirect::to(&page.href(&format!("/members/{}", member.alpha2))).into_response()),
        Err(error) => {
            let (status, errors) = form_errors(error, "member_exists")?;
            render_status(status, &form_page(page, None, fields, errors))
        }
    }
}

pub async fn edit_form(
    State(state): State<AppState>,
    Staff(_): Staff,
    page: Page,
    Path(path): Path<MemberPath>,
) -> AppResult<Response> {
    let member = registry::get(state.db(), code_of(&path)?).await?;
    let fields = fields_of(&member);
    render(&form_page(page, Some(member), fields, FieldErrors::default()))
}

pub async fn update(
    State(state): State<AppState>,
    Staff(user): Staff,
    RequestIdText(request_id): RequestIdText,
    page: Page,
    Path(path): Path<MemberPath>,
    CsrfForm(mut fields): CsrfForm<MemberFields>,
) -> AppResult<Response> {
    let code = code_of(&path)?;
    let member = registry::get(state.db(), code).await?;
    // The country of a member is its identity; the path decides it, not the form.
    fields.alpha2 = code.to_string();
    let input = match MemberInput::parse(&fields) {
        Ok(input) => input,
        Err(errors) => {
            return render_status(StatusCode::UNPROCESSABLE_ENTITY, &form_page(page, Some(member), fields, errors));
        }
    };
    registry::update(state.db(), &actor(&user, request_id), &input).await?;
    Ok(Redirect::to(&page.href(&format!("/members/{code}"))).into_response())
}

#[derive(Template)]
#[template(path = "admin/audit.html")]
struct AuditPage {
    page: Page,
    member: Member,
    trail: Vec<Entry>,
    total: i64,
    page_number: i64,
    pages: i64,
}

impl AuditPage {
    fn is_current(&self, n: impl std::borrow::Borrow<i64>) -> bool {
        *n.borrow() == self.page_number
    }

    fn total_entries(&self) -> usize {
        usize::try_from(self.total).unwrap_or(0)
    }
}

#[derive(Deserialize, Default)]
pub struct PageQuery {
    #[serde(default)]
    page: Option<i64>,
}

const AUDIT_PER_PAGE: i64 = 25;

pub async fn audit(
    State(state): State<AppState>,
    Staff(_): Staff,
    page: Page,
    Path(path): Path<MemberPath>,
    Query(query): Query<PageQuery>,
) -> AppResult<Response> {
    let member = registry::get(state.db(), code_of(&path)?).await?;
    let key = member.alpha2.to_string();
    let total = audit::count_for_record(state.db(), "member", &key).await?;
    let pages = ((total + AUDIT_PER_PAGE - 1) / AUDIT_PER_PAGE).max(1);
    let page_number = query.page.unwrap_or(1);
    if page_number < 1 || page_number > pages {
        return Err(AppError::NotFound);
    }
    let trail =
        audit::for_record(state.db(), "member", &key, AUDIT_PER_PAGE, (page_number - 1) * AUDIT_PER_PAGE).await?;
    let title =
        page.lang.t_args("audit-title", &[("member", crate::i18n::text(member.acronym.clone().unwrap_or(key)))]);
    render(&AuditPage { page: page.titled(title), member, trail, total, page_number, pages })
}

/// The registry as a CSV file in the import format, to edit and import back.
pub async fn export(State(state): State<AppState>, Staff(_): Staff) -> AppResult<Response> {
    let mut members = registry::matching(state.db(), &MemberFilter::default()).await?;
    members.sort_by_key(|m| m.alpha2);
    let header =
        ["alpha2", "acronym", "name", "category", "developing", "developing_basis", "developing_note", "website"];
    let rows: Vec<Vec<String>> = members
        .iter()
        .map(|m| {
            let f = fields_of(m);
            vec![
                f.alpha2,
                f.acronym,
                f.name,
                f.category,
                f.developing,
                f.developing_basis,
                f.developing_note,
                f.website,
            ]
        })
        .collect();
    let bytes = apdc_sheets::write_csv(&header, &rows).map_err(|e| AppError::Internal(format!("csv: {e}")))?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (header::CONTENT_DISPOSITION, "attachment; filename=\"apdc-members.csv\""),
        ],
        bytes,
    )
        .into_response())
}
