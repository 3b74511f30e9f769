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

#[cfg(test)]
mod tests {
    use super::*;

    /// Right-to-left languages need logical properties (inline/block, start/end), not
    /// physical ones (left/right), so that one stylesheet serves both directions.
    #[test]
    fn stylesheet_uses_only_logical_properties() {
        let css = STYLESHEET.replace(' ', "");
        for physical in [
            "margin-left",
            "margin-right",
            "padding-left",
            "padding-right",
            "border-left",
            "border-right",
            "text-align:left",
            "text-align:right",
            "float:left",
            "float:right",
            "{left:",
            ";left:",
            "{right:",
            ";right:",
        ] {
            assert!(!css.contains(physical), "{physical} in app.css");
        }
        assert!(STYLESHEET.len() < 8 * 1024, "one small stylesheet");
    }

    #[test]
    fn stylesheet_name_carries_its_hash() {
        assert!(STYLESHEET_NAME.starts_with("app.") && STYLESHEET_NAME.ends_with(".css"));
        assert_eq!(STYLESHEET_NAME.len(), "app.".len() + 12 + ".css".len());
    }
}
