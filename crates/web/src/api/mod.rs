//! The JSON API under `/api/v1`, described by an OpenAPI document.
//!
//! Read-only and public in this version. Errors are JSON bodies with a machine-readable
//! `code` and the offending `field` (rendered by the error middleware).

pub mod members;
pub mod openapi;
pub mod projects;
pub mod reference;
pub mod results;

use crate::error::AppError;
use axum::extract::{FromRequest, Request};
use serde::de::DeserializeOwned;

/// A JSON request body whose rejection is an API error (`malformed_json`,
/// `unsupported_media_type`) rather than a plain-text response.
pub struct ApiJson<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for ApiJson<T> {
    type Rejection = AppError;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        match axum::Json::<T>::from_request(request, state).await {
            Ok(axum::Json(value)) => Ok(Self(value)),
            Err(axum::extract::rejection::JsonRejection::MissingJsonContentType(_)) => {
                Err(AppError::BadRequest { code: "unsupported_media_type", field: None })
            }
            Err(axum::extract::rejection::JsonRejection::BytesRejection(_)) => Err(AppError::PayloadTooLarge),
            Err(_) => Err(AppError::BadRequest { code: "malformed_json", field: None }),
        }
    }
}

/// A record id from a path segment; anything else is "not found".
pub fn path_id(raw: &str) -> Result<i64, AppError> {
    raw.parse::<i64>().ok().filter(|id| *id > 0).ok_or(AppError::NotFound)
}
