//! Signing in and out.

use crate::auth::client::ClientAddress;
use crate::auth::{SIGNED_IN_AT_KEY, SignedIn, USER_KEY, csrf, password, throttle};
use crate::error::AppResult;
use crate::form::CsrfForm;
use crate::page::{Page, render, render_status};
use crate::state::AppState;
use apdc_domain::Email;
use apdc_store::users;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use tower_sessions::Session;

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage {
    page: Page,
    email: String,
    next: String,
    failed: bool,
}

#[derive(Deserialize, Default)]
pub struct NextQuery {
    #[serde(default)]
    next: String,
}

pub async fn form(session: Session, page: Page, Query(query): Query<NextQuery>) -> AppResult<Response> {
    let mut page = page;
    page.csrf = csrf::token(&session).await?;
    let title = page.t("login-title");
    render(&LoginPage { page: page.titled(title), email: String::new(), next: query.next, failed: false })
}

#[derive(Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    next: String,
}

pub async fn submit(
    State(state): State<AppState>,
    session: Session,
    ClientAddress(ip): ClientAddress,
    page: Page,
    CsrfForm(form): CsrfForm<LoginForm>,
) -> AppResult<Response> {
    let email_text = form.email.trim().to_lowercase();
    throttle::check(state.db(), &email_text, &ip).await?;
    let found = match Email::parse(&form.email) {
        Ok(email) => users::find_for_login(state.db(), &email).await?,
        Err(_) => None,
    };
    let user = match found {
        Some((user, hash)) if user.active && password::verify(&form.password, &hash) => Some(user),
        Some(_) => None,
        None => {
            password::verify_dummy(&form.password);
            None
        }
    };
    let Some(user) = user else {
        users::record_login_failure(state.db(), &email_text, &ip).await?;
        tracing::info!(email = %email_text, %ip, "sign-in failed");
        let title = page.t("login-title");
        let next = form.next.clone();
        // 422, not 401: the form is shown again, and 401 would promise an HTTP challenge.
        return render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &LoginPage { page: page.titled(title), email: form.email, next, failed: true },
        );
    };
    users::clear_login_failures(state.db(), &email_text).await?;
    // A new session id on privilege change defeats session fixation.
    session.cycle_id().await?;
    session.insert(USER_KEY, user.id).await?;
    session.insert(SIGNED_IN_AT_KEY, users::now_millis()).await?;
    csrf::rotate(&session).await?;
    tracing::info!(user_id = user.id, role = user.role.as_str(), "signed in");
    let home = page.href("/");
    Ok(Redirect::to(crate::page::local_path(&form.next).unwrap_or(&home)).into_response())
}

#[derive(Deserialize)]
pub struct LogoutForm {}

pub async fn logout(
    session: Session,
    page: Page,
    SignedIn(_): SignedIn,
    CsrfForm(_): CsrfForm<LogoutForm>,
) -> AppResult<Response> {
    session.flush().await?;
    Ok(Redirect::to(&page.href("/")).into_response())
}
