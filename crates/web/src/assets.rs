//! The one stylesheet, compiled in and served with a long cache lifetime; its URL
//! carries a hash of its content so a new version is never served stale.

use axum::extract::Path;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};
use std::sync::LazyLock;

const STYLESHEET: &str = include_str!("../assets/app.css");

/// `app.<hash>.css`
pub static STYLESHEET_NAME: LazyLock<String> = LazyLock::new(|| {
    let digest = Sha256::digest(STYLESHEET.as_bytes());
    let short: String = digest.iter().take(6).map(|b| format!("{b:02x}")).collect();
    format!("app.{short}.css")
});

/// The stylesheet's URL for templates.
pub fn stylesheet_url() -> String {
    format!("/assets/{}", *STYLESHEET_NAME)
}

/// The stylesheet's bytes (the page-weight test adds them to each page).
pub fn stylesheet() -> &'static str {
    STYLESHEET
}

pub async fn serve(Path(file): Path<String>) -> Response {
    if file == *STYLESHEET_NAME {
        (
            [
                (header::CONTENT_TYPE, "text/css; charset=utf-8"),
                (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
            ],
            STYLESHEET,
        )
            .into_response()
    } else {
        StatusCode::NOT_FOUND.into_response()
    }
}
