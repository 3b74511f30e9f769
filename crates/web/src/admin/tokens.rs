//! A staff member's API tokens: create one (its secret shown once), list, revoke.

use crate::auth::{RequestIdText, Staff, actor, token_digest};
use crate::error::{AppError, AppResult};
use crate::form::CsrfForm;
use crate::page::{Page, render, render_status};
use crate::state::AppState;
use apdc_domain::FieldErrors;
use apdc_store::tokens::{self, Token};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

#[derive(Template)]
#[template(path = "admin/tokens.html")]
struct TokensPage {
    page: Page,
    tokens: Vec<Token>,
    /// A token just created, shown this once.
    created: Option<String>,
    errors: FieldErrors,
}

pub async fn list(State(state): State<AppState>, Staff(user): Staff, page: Page) -> AppResult<Response> {
    let tokens = tokens::of_user(state.db(), user.id).await?;
    let title = page.t("tokens-title");
    render(&TokensPage { page: page.titled(title), tokens, created: None, errors: FieldErrors::default() })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NewToken {
    name: String,
}

pub async fn create(
    State(state): State<AppState>,
    Staff(user): Staff,
    RequestIdText(request_id): RequestIdText,
    page: Page,
    CsrfForm(fields): CsrfForm<NewToken>,
) -> AppResult<Response> {
    let mut errors = FieldErrors::default();
    let name = errors.check("name", apdc_domain::validation::required_text(&fields.name, 100));
    let title = page.t("tokens-title");
    let Some(name) = name else {
        let tokens = tokens::of_user(state.db(), user.id).await?;
        return render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &TokensPage { page: page.titled(title), tokens, created: None, errors },
        );
    };
    let secret = crate::auth::new_token_secret().map_err(|e| AppError::Internal(format!("token generation: {e}")))?;
    tokens::create(state.db(), &actor(&user, request_id), user.id, &name, &token_digest(&secret)).await?;
    let tokens = tokens::of_user(state.db(), user.id).await?;
    // Shown once, never stored: the page must not be kept by caches.
    let mut response = render(&TokensPage {
        page: page.titled(title),
        tokens,
        created: Some(secret),
        errors: FieldErrors::default(),
    })?;
    response.headers_mut().insert(axum::http::header::CACHE_CONTROL, axum::http::HeaderValue::from_static("no-store"));
    Ok(response)
}

pub async fn revoke(
    State(state): State<AppState>,
    Staff(user): Staff,
    RequestIdText(request_id): RequestIdText,
    page: Page,
    Path((_, id)): Path<(String, String)>,
    CsrfForm(_): CsrfForm<std::collections::HashMap<String, String>>,
) -> AppResult<Response> {
    let id = crate::api::path_id(&id)?;
    match tokens::revoke(state.db(), &actor(&user, request_id), user.id, id).await {
        Ok(()) => Ok(Redirect::to(&page.href("/account/tokens")).into_response()),
        Err(apdc_store::StoreError::NotFound) => Err(AppError::NotFound),
        Err(e) => Err(e.into()),
    }
}
