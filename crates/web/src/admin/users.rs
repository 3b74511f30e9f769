//! Accounts and roles, for administrators: list, create, edit, deactivate, reset a
//! password. New passwords are generated and shown once; nobody chooses another
//! person's password.

use crate::auth::{Administrator, RequestIdText, actor, password};
use crate::error::{AppError, AppResult, form_errors, page_number};
use crate::form::CsrfForm;
use crate::page::{Page, render, render_status};
use crate::state::AppState;
use apdc_domain::{FieldErrors, Role, UserFields, UserInput};
use apdc_store::Paged;
use apdc_store::audit::{self, Entry};
use apdc_store::members::{self as registry, Member, MemberFilter};
use apdc_store::users::{self, NewUser, User};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

/// Accounts per page of the list.
const PER_PAGE: usize = 50;
/// Length of generated passwords.
const GENERATED_PASSWORD_CHARS: usize = 20;

fn role_label(page: &Page, role: &Role) -> String {
    page.t(&format!("role-{}", role.as_str().replace('_', "-")))
}

#[derive(Template)]
#[template(path = "admin/users.html")]
struct UsersPage {
    page: Page,
    result: Paged<User>,
    role: String,
    roles: [Role; 5],
}

impl UsersPage {
    fn role_label(&self, role: &Role) -> String {
        role_label(&self.page, role)
    }

    fn page_link(&self, number: impl std::borrow::Borrow<usize>) -> String {
        let mut query = format!("?page={}", number.borrow());
        if !self.role.is_empty() {
            query.push_str(&format!("&role={}", self.role));
        }
        query
    }

    fn is_current(&self, number: impl std::borrow::Borrow<usize>) -> bool {
        *number.borrow() == self.result.page
    }
}

#[derive(Deserialize, Default)]
pub struct ListQuery {
    #[serde(default)]
    role: String,
    #[serde(default)]
    page: String,
}

pub async fn list(
    State(state): State<AppState>,
    Administrator(_): Administrator,
    page: Page,
    Query(query): Query<ListQuery>,
) -> AppResult<Response> {
    let bad = |field| AppError::BadRequest { code: "invalid_parameter", field: Some(field) };
    let role = match query.role.as_str() {
        "" => None,
        r => Some(Role::parse(r).map_err(|_| bad("role"))?),
    };
    let number = page_number(&query.page)?;
    let result = users::list(state.db(), role, number, PER_PAGE).await?;
    if number > result.pages() {
        return Err(AppError::NotFound);
    }
    let title = page.t("users-title");
    render(&UsersPage { page: page.titled(title), result, role: query.role, roles: Role::ALL })
}

#[derive(Template)]
#[template(path = "admin/user_form.html")]
struct UserFormPage {
    page: Page,
    /// `None` when creating an account.
    existing: Option<User>,
    fields: UserFields,
    errors: FieldErrors,
    roles: [Role; 5],
    members: Vec<Member>,
    /// Organisations a donor viewer can be linked to: id and name.
    organisations: Vec<(String, String)>,
    trail: Vec<Entry>,
}

impl UserFormPage {
    /// The organisation form shows for donor viewers, and with its error after a refusal.
    fn shows_organisation(&self) -> bool {
        self.existing.as_ref().is_some_and(|u| u.role == Role::DonorViewer)
            || self.errors.for_field("organisation").is_some()
    }

    fn organisation_of(&self) -> String {
        self.existing.as_ref().and_then(|u| u.organisation_id).map(|id| id.to_string()).unwrap_or_default()
    }

    fn role_label(&self, role: &Role) -> String {
        role_label(&self.page, role)
    }

    fn error(&self, field: &str) -> Option<String> {
        self.page.field_error(&self.errors, field)
    }

    fn member_label(&self, member: &Member) -> String {
        let country = member.country_names.get(self.page.lang.code());
        match &member.acronym {
            Some(acronym) => format!("{country} — {acronym}"),
            None => country.to_owned(),
        }
    }
}

async fn form_page(
    state: &AppState,
    page: Page,
    existing: Option<User>,
    fields: UserFields,
    errors: FieldErrors,
) -> AppResult<UserFormPage> {
    let mut members = registry::matching(state.db(), &MemberFilter::default()).await?;
    let lang = page.lang.code();
    members.sort_by_cached_key(|m| registry::sort_key(m.country_names.get(lang)));
    let trail = match &existing {
        Some(user) => audit::for_record(state.db(), "user", &user.id.to_string(), 20, 0).await?,
        None => Vec::new(),
    };
    let title = match &existing {
        Some(user) => page.lang.t_args("user-edit-title", &[("name", crate::i18n::text(user.display_name.clone()))]),
        None => page.t("user-new-title"),
    };
    let organisations = apdc_store::organisations::list(state.db())
        .await?
        .into_iter()
        .map(|o| (o.id.to_string(), o.label().to_owned()))
        .collect();
    Ok(UserFormPage {
        page: page.titled(title),
        existing,
        fields,
        errors,
        roles: Role::ALL,
        members,
        organisations,
        trail,
    })
}

fn fields_of(user: &User) -> UserFields {
    UserFields {
        email: user.email.clone(),
        display_name: user.display_name.clone(),
        role: user.role.as_str().to_owned(),
        member: user.member.map(|m| m.to_string()).unwrap_or_default(),
        active: user.active.to_string(),
    }
}

#[derive(Template)]
#[template(path = "admin/user_password.html")]
struct PasswordPage {
    page: Page,
    user: User,
    password: String,
}

fn generated_password() -> AppResult<(String, String)> {
    let password =
        password::generate(GENERATED_PASSWORD_CHARS).map_err(|e| AppError::Internal(format!("random: {e}")))?;
    let hash = password::hash(&password).map_err(|e| AppError::Internal(format!("hashing: {e}")))?;
    Ok((password, hash))
}

pub async fn new_form(
    State(state): State<AppState>,
    Administrator(_): Administrator,
    page: Page,
) -> AppResult<Response> {
    let fields = UserFields { role: Role::ProgrammeOfficer.as_str().to_owned(), ..UserFields::default() };
    render(&form_page(&state, page, None, fields, FieldErrors::default()).await?)
}

pub async fn create(
    State(state): State<AppState>,
    Administrator(admin): Administrator,
    RequestIdText(request_id): RequestIdText,
    page: Page,
    CsrfForm(mut fields): CsrfForm<UserFields>,
) -> AppResult<Response> {
    // A new account can sign in; deactivation is an edit.
    fields.active = "true".to_owned();
    let input = match UserInput::parse(&fields) {
        Ok(input) => input,
        Err(errors) => {
            let view = form_page(&state, page, None, fields, errors).await?;
            return render_status(StatusCode::UNPROCESSABLE_ENTITY, &view);
        }
    };
    let (password, hash) = generated_password()?;
    let new = NewUser {
        email: &input.email,
        display_name: &input.display_name,
        role: input.role,
        member: input.member,
        password_hash: &hash,
        is_demo: false,
    };
    match users::create(state.db(), &actor(&admin, request_id), &new).await {
        Ok(user) => {
            let title = page.t("user-password-title");
            render_status(StatusCode::CREATED, &PasswordPage { page: page.titled(title), user, password })
        }
        Err(error) => {
            let (status, errors) = form_errors(error, "email_in_use")?;
            let view = form_page(&state, page, None, fields, errors).await?;
            render_status(status, &view)
        }
    }
}

#[derive(Deserialize)]
pub struct UserPath {
    id: String,
}

async fn load(state: &AppState, path: &UserPath) -> AppResult<User> {
    let id: i64 = path.id.parse().map_err(|_| AppError::NotFound)?;
    users::get(state.db(), id).await?.ok_or(AppError::NotFound)
}

pub async fn edit_form(
    State(state): State<AppState>,
    Administrator(_): Administrator,
    page: Page,
    Path(path): Path<UserPath>,
) -> AppResult<Response> {
    let user = load(&state, &path).await?;
    let fields = fields_of(&user);
    render(&form_page(&state, page, Some(user), fields, FieldErrors::default()).await?)
}

pub async fn update(
    State(state): State<AppState>,
    Administrator(admin): Administrator,
    RequestIdText(request_id): RequestIdText,
    page: Page,
    Path(path): Path<UserPath>,
    CsrfForm(fields): CsrfForm<UserFields>,
) -> AppResult<Response> {
    let user = load(&state, &path).await?;
    let mut parsed = UserInput::parse(&fields);
    // An administrator cannot lock themselves out: their own role and access stay.
    let locks_out = |input: &UserInput| input.role != Role::Administrator || !input.active;
    if user.id == admin.id && parsed.as_ref().is_ok_and(locks_out) {
        let mut errors = FieldErrors::default();
        errors.push("role", "cannot_demote_yourself");
        parsed = Err(errors);
    }
    let input = match parsed {
        Ok(input) => input,
        Err(errors) => {
            let view = form_page(&state, page, Some(user), fields, errors).await?;
            return render_status(StatusCode::UNPROCESSABLE_ENTITY, &view);
        }
    };
    match users::update(state.db(), &actor(&admin, request_id), user.id, &input).await {
        Ok(_) => Ok(Redirect::to(&page.href("/admin/users")).into_response()),
        Err(error) => {
            let (status, errors) = form_errors(error, "email_in_use")?;
            let view = form_page(&state, page, Some(user), fields, errors).await?;
            render_status(status, &view)
        }
    }
}

#[derive(Deserialize, Default)]
pub struct OrganisationForm {
    #[serde(default)]
    organisation: String,
}

/// Links a donor viewer's account to the organisation whose funded projects they see.
pub async fn set_organisation(
    State(state): State<AppState>,
    Administrator(admin): Administrator,
    RequestIdText(request_id): RequestIdText,
    page: Page,
    Path(path): Path<UserPath>,
    CsrfForm(form): CsrfForm<OrganisationForm>,
) -> AppResult<Response> {
    let user = load(&state, &path).await?;
    let organisation = match form.organisation.trim() {
        "" => None,
        raw => Some(
            raw.parse::<i64>()
                .map_err(|_| AppError::BadRequest { code: "invalid_number", field: Some("organisation") })?,
        ),
    };
    match users::set_organisation(state.db(), &actor(&admin, request_id), user.id, organisation).await {
        Ok(()) => Ok(Redirect::to(&page.href(&format!("/admin/users/{}/edit", user.id))).into_response()),
        Err(apdc_store::StoreError::Invalid(errors)) => {
            let fields = fields_of(&user);
            let view = form_page(&state, page, Some(user), fields, errors).await?;
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &view)
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize)]
pub struct ResetForm {}

pub async fn reset_password(
    State(state): State<AppState>,
    Administrator(admin): Administrator,
    RequestIdText(request_id): RequestIdText,
    page: Page,
    Path(path): Path<UserPath>,
    CsrfForm(_): CsrfForm<ResetForm>,
) -> AppResult<Response> {
    let user = load(&state, &path).await?;
    let (password, hash) = generated_password()?;
    users::set_password(state.db(), &actor(&admin, request_id), user.id, &hash).await?;
    let title = page.t("user-password-title");
    render(&PasswordPage { page: page.titled(title), user, password })
}
