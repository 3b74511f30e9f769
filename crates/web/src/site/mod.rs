//! The public site: home, members directory and profiles, signing in.

pub mod discovery;
pub mod login;
pub mod members;
pub mod pages;
pub mod projects;
pub mod results;
pub mod search;
pub mod stories;

use crate::error::{AppError, AppResult};
use crate::i18n::{LANG_COOKIE, Lang};
use crate::page::{Page, render};
use crate::state::AppState;
use apdc_store::members::KeyFigures;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use tower_sessions::cookie::Cookie;

/// `/`: to the saved language, else the best match of `Accept-Language`, else English.
pub async fn root(headers: HeaderMap) -> Response {
    let saved = headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(Cookie::split_parse)
        .filter_map(Result::ok)
        .find(|c| c.name() == LANG_COOKIE)
        .and_then(|c| Lang::from_segment(c.value()));
    let negotiated = || headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).and_then(Lang::negotiate);
    let lang = saved.or_else(negotiated).unwrap_or_else(Lang::fallback);
    (
        [(header::VARY, "Cookie, Accept-Language"), (header::CACHE_CONTROL, "private, no-cache")],
        Redirect::to(&format!("/{}/", lang.code())),
    )
        .into_response()
}

#[derive(Deserialize)]
pub struct SwitchQuery {
    #[serde(default)]
    next: String,
}

/// `/language/{code}?next=/members`: saves the choice and goes to `next` in that language.
pub async fn switch_language(
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(query): Query<SwitchQuery>,
) -> AppResult<Response> {
    let lang = Lang::from_segment(&code).ok_or(AppError::NotFound)?;
    let next = crate::page::local_path(&query.next).unwrap_or("/");
    let secure = if state.config().secure_cookies() { "; Secure" } else { "" };
    let cookie = format!("{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax{secure}", lang.code());
    Ok(([(header::SET_COOKIE, cookie)], Redirect::to(&format!("/{}{next}", lang.code()))).into_response())
}

pub async fn lang_root(page: Page) -> Redirect {
    Redirect::permanent(&page.href("/"))
}

/// The process is up.
pub async fn healthz() -> impl IntoResponse {
    axum::Json(serde_json::json!({ "status": "ok" }))
}

/// The database answers.
pub async fn readyz(State(state): State<AppState>) -> Response {
    match state.db().ping().await {
        Ok(()) => {
            axum::Json(serde_json::json!({ "status": "ok", "database": state.db().engine().as_str() })).into_response()
        }
        Err(error) => {
            tracing::warn!(%error, "readiness check failed");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                axum::Json(serde_json::json!({ "status": "unavailable", "database": state.db().engine().as_str() })),
            )
                .into_response()
        }
    }
}

pub async fn not_found() -> AppError {
    AppError::NotFound
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    page: Page,
    figures: std::sync::Arc<KeyFigures>,
    stories: Vec<stories::StoryCard>,
}

impl HomePage {
    fn region_share(&self, members: impl std::borrow::Borrow<usize>) -> usize {
        let members = *members.borrow();
        (members * 100 + self.figures.members / 2).checked_div(self.figures.members).unwrap_or(0)
    }
}

pub async fn home(State(state): State<AppState>, page: Page) -> AppResult<Response> {
    let figures = state.key_figures().await?;
    let stories = stories::latest(&state, &page, &Default::default(), 3).await?;
    let until = stories::next_appearance(&state).await?;
    let title = page.t("home-title");
    let about = page.t("footer-about");
    let page = page.titled(title).described(Some(about));
    Ok(stories::fresh_until(render(&HomePage { page, figures, stories })?, until))
}
