//! The web layer's error type.
//!
//! Handlers return [`AppError`]; its response carries only a status and an [`ErrorInfo`]
//! extension. The error middleware (see [`crate::middleware`]) then renders it as a
//! localized HTML page or a JSON body, depending on where the request went, and logs
//! server errors once with the request id.

use apdc_domain::FieldErrors;
use apdc_store::StoreError;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use std::borrow::Cow;

#[derive(Debug)]
pub enum AppError {
    NotFound,
    /// Not signed in: pages redirect to the sign-in page, the API answers 401.
    Unauthenticated,
    Forbidden,
    /// The CSRF token is missing or wrong.
    Csrf,
    BadRequest {
        code: &'static str,
        field: Option<&'static str>,
    },
    /// Text no database can store (a NUL character), in this field.
    InvalidText {
        field: String,
    },
    Invalid(FieldErrors),
    /// A JSON body of the wrong shape, at this path (empty: the whole body).
    InvalidBody {
        field: String,
    },
    Conflict {
        field: &'static str,
    },
    TooManyRequests {
        retry_after_secs: u64,
    },
    PayloadTooLarge,
    Internal(String),
}

/// What the error middleware needs to render an error.
#[derive(Debug, Clone)]
pub struct ErrorInfo {
    pub code: &'static str,
    pub field: Option<Cow<'static, str>>,
    pub errors: Option<FieldErrors>,
    /// Details for the log only, never shown to users.
    pub internal: Option<String>,
}

impl AppError {
    pub fn status(&self) -> StatusCode {
        match self {
            Self::NotFound => StatusCode::NOT_FOUND,
            Self::Unauthenticated => StatusCode::UNAUTHORIZED,
            Self::Forbidden | Self::Csrf => StatusCode::FORBIDDEN,
            Self::BadRequest { .. } | Self::InvalidText { .. } => StatusCode::BAD_REQUEST,
            Self::Invalid(_) | Self::InvalidBody { .. } => StatusCode::UNPROCESSABLE_ENTITY,
            Self::Conflict { .. } => StatusCode::CONFLICT,
            Self::TooManyRequests { .. } => StatusCode::TOO_MANY_REQUESTS,
            Self::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Self::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn info(self) -> ErrorInfo {
        let plain = |code| ErrorInfo { code, field: None, errors: None, internal: None };
        match self {
            Self::NotFound => plain("not_found"),
            Self::Unauthenticated => plain("unauthenticated"),
            Self::Forbidden => plain("forbidden"),
            Self::Csrf => plain("csrf_failed"),
            Self::BadRequest { code, field } => {
                ErrorInfo { code, field: field.map(Cow::Borrowed), errors: None, internal: None }
            }
            Self::InvalidText { field } => {
                ErrorInfo { code: "invalid_text", field: Some(Cow::Owned(field)), errors: None, internal: None }
            }
            Self::Invalid(errors) => ErrorInfo {
                code: "invalid",
                field: errors.0.first().map(|e| Cow::Borrowed(e.field)),
                errors: Some(errors),
                internal: None,
            },
            Self::InvalidBody { field } => ErrorInfo {
                code: "invalid_body",
                field: Some(Cow::<'static, str>::Owned(field)).filter(|f| !f.is_empty()),
                errors: None,
                internal: None,
            },
            Self::Conflict { field } => {
                ErrorInfo { code: "conflict", field: Some(Cow::Borrowed(field)), errors: None, internal: None }
            }
            Self::TooManyRequests { .. } => plain("too_many_requests"),
            Self::PayloadTooLarge => plain("payload_too_large"),
            Self::Internal(detail) => ErrorInfo { code: "internal", field: None, errors: None, internal: Some(detail) },
        }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let status = self.status();
        let retry_after = match &self {
            Self::TooManyRequests { retry_after_secs } => Some(*retry_after_secs),
            _ => None,
        };
        let mut response = status.into_response();
        if let Some(secs) = retry_after {
            response.headers_mut().insert(axum::http::header::RETRY_AFTER, secs.into());
        }
        response.extensions_mut().insert(self.info());
        response
    }
}

impl From<StoreError> for AppError {
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::NotFound => Self::NotFound,
            StoreError::Conflict { field } => Self::Conflict { field },
            StoreError::Invalid(errors) => Self::Invalid(errors),
            other => Self::Internal(other.to_string()),
        }
    }
}

impl From<askama::Error> for AppError {
    fn from(error: askama::Error) -> Self {
        Self::Internal(format!("template: {error}"))
    }
}

impl From<tower_sessions::session::Error> for AppError {
    fn from(error: tower_sessions::session::Error) -> Self {
        Self::Internal(format!("session: {error}"))
    }
}

pub type AppResult<T> = Result<T, AppError>;

/// A store error about a form's input, as the status and field errors to show the form
/// again with: invalid input is 422, a value already taken is 409 with `conflict_code`
/// at the field. Any other error stays an error.
pub fn form_errors(error: StoreError, conflict_code: &'static str) -> AppResult<(StatusCode, FieldErrors)> {
    match error {
        StoreError::Invalid(errors) => Ok((StatusCode::UNPROCESSABLE_ENTITY, errors)),
        StoreError::Conflict { field } => {
            let mut errors = FieldErrors::default();
            errors.push(field, conflict_code);
            Ok((StatusCode::CONFLICT, errors))
        }
        other => Err(other.into()),
    }
}

/// The highest page number any list accepts: far beyond the longest list at 500 a
/// page, and small enough that no offset computed from it can overflow.
pub const MAX_PAGE: usize = 1_000_000;

/// A page number from a query string: empty means the first page; beyond [`MAX_PAGE`]
/// is refused, never wrapped.
pub fn page_number(raw: &str) -> AppResult<usize> {
    match raw {
        "" => Ok(1),
        p => p
            .parse::<usize>()
            .ok()
            .filter(|n| (1..=MAX_PAGE).contains(n))
            .ok_or(AppError::BadRequest { code: "invalid_parameter", field: Some("page") }),
    }
}
