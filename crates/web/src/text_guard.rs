//! Text no database can store is refused at the edge, once, for every route.
//!
//! PostgreSQL cannot keep a NUL character in `TEXT`; SQLite can. So that both engines
//! answer alike — and no query ever fails on it — a request whose path, query, form or
//! JSON body holds a NUL is answered `400` with `invalid_text`, naming the field, before
//! any handler runs. Uploaded files are binary and are not scanned here: the spreadsheet
//! reader refuses a NUL in any cell it reads, and file names are cleaned where they are
//! kept ([`crate::uploads::file_name`]).

use crate::error::AppError;
use axum::body::{Body, to_bytes};
use axum::extract::Request;
use axum::http::header;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// The largest form or JSON body read; larger ones are refused as the extractors would.
const MAX_BODY_BYTES: usize = 2 * 1024 * 1024;

pub async fn refuse_nul(request: Request, next: Next) -> Response {
    if let Some(field) = in_path(request.uri().path()).or_else(|| request.uri().query().and_then(in_query)) {
        return AppError::InvalidText { field }.into_response();
    }
    let kind = body_kind(&request);
    if kind == BodyKind::Other {
        return next.run(request).await;
    }
    let (parts, body) = request.into_parts();
    let Ok(bytes) = to_bytes(body, MAX_BODY_BYTES).await else {
        return AppError::PayloadTooLarge.into_response();
    };
    let found = match kind {
        BodyKind::Form => in_query(std::str::from_utf8(&bytes).unwrap_or("")),
        BodyKind::Json => in_json(&bytes),
        BodyKind::Other => None,
    };
    if let Some(field) = found {
        return AppError::InvalidText { field }.into_response();
    }
    next.run(Request::from_parts(parts, Body::from(bytes))).await
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum BodyKind {
    Form,
    Json,
    Other,
}

fn body_kind(request: &Request) -> BodyKind {
    let content_type = request.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
    let essence = content_type.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    if essence == "application/x-www-form-urlencoded" {
        BodyKind::Form
    } else if essence == "application/json" || essence.ends_with("+json") {
        BodyKind::Json
    } else {
        BodyKind::Other
    }
}

/// `path` when a segment of the decoded path holds a NUL.
fn in_path(path: &str) -> Option<String> {
    percent_encoding::percent_decode_str(path).any(|b| b == 0).then(|| "path".to_owned())
}

/// The name of the first field of an URL-encoded query or form that holds a NUL.
fn in_query(query: &str) -> Option<String> {
    form_urlencoded::parse(query.as_bytes())
        .find(|(name, value)| name.contains('\0') || value.contains('\0'))
        .map(|(name, _)| name.replace('\0', ""))
}

/// The name of the first member of a JSON body whose name or text holds a NUL.
fn in_json(bytes: &[u8]) -> Option<String> {
    // A body that is not JSON is left to the handler's extractor to refuse.
    let value: serde_json::Value = serde_json::from_slice(bytes).ok()?;
    fn walk(value: &serde_json::Value, name: &str) -> Option<String> {
        match value {
            serde_json::Value::String(s) if s.contains('\0') => Some(name.to_owned()),
            serde_json::Value::Array(items) => items.iter().find_map(|item| walk(item, name)),
            serde_json::Value::Object(members) => members
                .iter()
                .find_map(|(key, item)| if key.contains('\0') { Some(key.replace('\0', "")) } else { walk(item, key) }),
            _ => None,
        }
    }
    walk(&value, "body")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_nul_anywhere_is_found_and_named() {
        assert_eq!(in_path("/api/v1/projects/A%00B").as_deref(), Some("path"));
        assert_eq!(in_path("/api/v1/projects/A%20B"), None);
        assert_eq!(in_query("q=%00&page=2").as_deref(), Some("q"));
        assert_eq!(in_query("email=a%40b.org&password=x%00").as_deref(), Some("password"));
        assert_eq!(in_query("q=fine+text"), None);
        assert_eq!(in_json(br#"{"code":"P1","texts":[{"title":"a\u0000b"}]}"#).as_deref(), Some("title"));
        assert_eq!(in_json(br#"["\u0000"]"#).as_deref(), Some("body"));
        assert_eq!(in_json(br#"{"title":"a\\u0000b"}"#), None, "an escaped backslash is no NUL");
        assert_eq!(in_json(b"not json \0"), None);
    }
}
