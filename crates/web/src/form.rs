//! Form extraction with CSRF verification, so that every state-changing form handler
//! checks the token simply by taking its input.

use crate::auth::csrf;
use crate::error::AppError;
use crate::state::AppState;
use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use serde::de::DeserializeOwned;
use tower_sessions::Session;

/// The largest urlencoded form accepted.
const MAX_FORM_BYTES: usize = 64 * 1024;

/// A urlencoded form whose `csrf` field matched the session's token.
pub struct CsrfForm<T>(pub T);

impl<T: DeserializeOwned> FromRequest<AppState> for CsrfForm<T> {
    type Rejection = AppError;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let (mut parts, body) = request.into_parts();
        let session = <Session as axum::extract::FromRequestParts<AppState>>::from_request_parts(&mut parts, state)
            .await
            .map_err(|(_, msg)| AppError::Internal(format!("session layer missing: {msg}")))?;
        let is_form = parts
            .headers
            .get(axum::http::header::CONTENT_TYPE)
            .is_some_and(|v| v.as_bytes().starts_with(b"application/x-www-form-urlencoded"));
        let bytes = Bytes::from_request(Request::from_parts(parts, body), state)
            .await
            .map_err(|_| AppError::PayloadTooLarge)?;
        if bytes.len() > MAX_FORM_BYTES {
            return Err(AppError::PayloadTooLarge);
        }
        let pairs: Vec<(String, String)> = if is_form || bytes.is_empty() {
            serde_urlencoded::from_bytes(&bytes)
                .map_err(|_| AppError::BadRequest { code: "malformed_form", field: None })?
        } else {
            return Err(AppError::BadRequest { code: "unsupported_media_type", field: None });
        };
        let submitted = pairs.iter().find(|(k, _)| k == "csrf").map(|(_, v)| v.as_str());
        csrf::verify(&session, submitted).await?;
        // Repeated fields (checkboxes, multiple selects) become lists.
        let value = serde_html_form::from_bytes(&bytes)
            .map_err(|_| AppError::BadRequest { code: "malformed_form", field: None })?;
        Ok(Self(value))
    }
}
