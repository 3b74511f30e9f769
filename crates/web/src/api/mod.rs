//! The JSON API under `/api/v1`, described by an OpenAPI document.
//!
//! Reading is public (staff also see what is not); writing needs a staff API token or
//! session. What each operation accepts is declared in [`contract`] and described by
//! the OpenAPI document. Errors are JSON bodies with a machine-readable `code` and the
//! offending `field` (rendered by the error middleware).

pub mod activities;
pub mod contract;
pub mod members;
pub mod openapi;
pub mod pages;
pub mod projects;
pub mod reference;
pub mod results;
pub mod search;
pub mod stories;
pub mod updates;

use crate::error::AppError;
use axum::extract::{FromRequest, Request};
use serde::de::DeserializeOwned;

/// A JSON request body. A body sent without a JSON content type is refused with
/// `400 unsupported_media_type`, one that is not JSON with `400 malformed_json`, and
/// JSON of the wrong shape (a missing or unknown field, a value of the wrong type) with
/// `422 invalid_body` naming the field by its path (`texts[0].title`).
pub struct ApiJson<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for ApiJson<T> {
    type Rejection = AppError;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        if !is_json(request.headers()) {
            return Err(AppError::BadRequest { code: "unsupported_media_type", field: None });
        }
        let bytes = axum::body::Bytes::from_request(request, state).await.map_err(|_| AppError::PayloadTooLarge)?;
        let mut deserializer = serde_json::Deserializer::from_slice(&bytes);
        let value = serde_path_to_error::deserialize(&mut deserializer).map_err(|error| {
            if error.inner().is_data() {
                AppError::InvalidBody { field: body_field(&error.path().to_string(), &error.inner().to_string()) }
            } else {
                AppError::BadRequest { code: "malformed_json", field: None }
            }
        })?;
        deserializer.end().map_err(|_| AppError::BadRequest { code: "malformed_json", field: None })?;
        Ok(Self(value))
    }
}

/// The path of the value at fault in a JSON body: where the error happened, and the
/// field that is missing or unknown there, if that is the error.
fn body_field(path: &str, message: &str) -> String {
    let base = if path == "." { "" } else { path };
    let named = ["missing field `", "unknown field `"]
        .iter()
        .find_map(|prefix| message.strip_prefix(prefix))
        .and_then(|rest| rest.split('`').next());
    match named {
        Some(name) if !base.ends_with(name) && base.is_empty() => name.to_owned(),
        Some(name) if !base.ends_with(name) => format!("{base}.{name}"),
        _ => base.to_owned(),
    }
}

/// Whether the request says its body is JSON (`application/json`, or a `+json` type).
fn is_json(headers: &axum::http::HeaderMap) -> bool {
    let Some(value) = headers.get(axum::http::header::CONTENT_TYPE).and_then(|v| v.to_str().ok()) else {
        return false;
    };
    let essence = value.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    essence == "application/json" || (essence.starts_with("application/") && essence.ends_with("+json"))
}

/// A record id from a path segment; anything else is "not found".
pub fn path_id(raw: &str) -> Result<i64, AppError> {
    raw.parse::<i64>().ok().filter(|id| *id > 0).ok_or(AppError::NotFound)
}
