//! The layers around every route: request ids, logging, compression, security headers,
//! sessions, and the rendering of errors as localized pages or JSON bodies.

use crate::error::ErrorInfo;
use crate::i18n::Lang;
use crate::page::{ErrorPage, Page};
use crate::state::AppState;
use askama::Template;
use axum::Router;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderName, HeaderValue, StatusCode, header};
use axum::middleware::{Next, from_fn, from_fn_with_state};
use axum::response::{IntoResponse, Redirect, Response};
use tower::ServiceBuilder;
use tower_http::compression::CompressionLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, RequestId, SetRequestIdLayer};
use tower_http::trace::TraceLayer;
use tower_sessions::cookie::SameSite;
use tower_sessions::{Expiry, SessionManagerLayer};

const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// Content Security Policy of every page: nothing inline, nothing from elsewhere.
pub const CSP: &str = "default-src 'none'; style-src 'self'; img-src 'self' data:; script-src 'self'; \
     connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/// The API documentation viewer needs inline styles of its own; nothing else differs.
const CSP_API_DOCS: &str = "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; \
     script-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/// Wraps the routes in the application's layers.
pub fn wrap(app: Router, state: AppState) -> Router {
    let sessions = SessionManagerLayer::new(state.sessions().clone())
        .with_name("apdc_session")
        .with_secure(state.config().secure_cookies())
        .with_http_only(true)
        .with_same_site(SameSite::Lax)
        .with_expiry(Expiry::OnInactivity(time::Duration::hours(8)));
    app.layer(from_fn(crate::text_guard::refuse_nul)).layer(from_fn_with_state(state.clone(), render_errors)).layer(
        ServiceBuilder::new()
            .layer(SetRequestIdLayer::new(REQUEST_ID, MakeRequestUuid))
            // Server errors are logged once, with context, by `render_errors`; not again here.
            .layer(TraceLayer::new_for_http().on_failure(()))
            .layer(PropagateRequestIdLayer::new(REQUEST_ID))
            // Outside compression, so that cached bodies are stored compressed.
            .layer(from_fn_with_state(state.clone(), crate::cache::layer))
            .layer(CompressionLayer::new())
            .layer(from_fn_with_state(state, security_headers))
            .layer(from_fn(vary_cookie))
            .layer(sessions),
    )
}

async fn security_headers(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let api_docs = request.uri().path().starts_with("/api/docs");
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    let csp = if api_docs { CSP_API_DOCS } else { CSP };
    headers.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(csp));
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("strict-origin-when-cross-origin"));
    headers.insert(
        HeaderName::from_static("permissions-policy"),
        HeaderValue::from_static("camera=(), microphone=(), geolocation=(), interest-cohort=()"),
    );
    headers.insert(HeaderName::from_static("cross-origin-opener-policy"), HeaderValue::from_static("same-origin"));
    if state.config().secure_cookies() {
        headers.insert(header::STRICT_TRANSPORT_SECURITY, HeaderValue::from_static("max-age=31536000"));
    }
    response
}

/// Pages differ by session (the signed-in menu); caches must know.
async fn vary_cookie(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    if response.headers().get(header::CONTENT_TYPE).is_some_and(|v| v.as_bytes().starts_with(b"text/html")) {
        response.headers_mut().append(header::VARY, HeaderValue::from_static("Cookie"));
        response.headers_mut().entry(header::CACHE_CONTROL).or_insert(HeaderValue::from_static("private, no-cache"));
    }
    response
}

/// Where a request went, as far as error rendering cares.
struct RequestFacts {
    api: bool,
    lang: Lang,
    path_and_query: String,
    request_id: String,
    method: String,
}

async fn render_errors(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let path = request.uri().path().to_owned();
    let facts = RequestFacts {
        api: path.starts_with("/api/") || path == "/healthz" || path == "/readyz",
        lang: path.split('/').nth(1).and_then(Lang::from_segment).unwrap_or_else(|| {
            let accept = request.headers().get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).unwrap_or("");
            Lang::negotiate(accept).unwrap_or_else(Lang::fallback)
        }),
        path_and_query: request.uri().path_and_query().map_or(path.clone(), |p| p.as_str().to_owned()),
        request_id: request
            .extensions()
            .get::<RequestId>()
            .and_then(|id| id.header_value().to_str().ok())
            .unwrap_or("-")
            .to_owned(),
        method: request.method().to_string(),
    };
    let response = next.run(request).await;
    let status = response.status();
    if !status.is_client_error() && !status.is_server_error() {
        return response;
    }
    let info = match response.extensions().get::<ErrorInfo>() {
        Some(info) => info.clone(),
        // A rejection from the framework itself (a malformed path, query or body):
        // plain text that still deserves our page or JSON shape.
        None if is_plain_or_empty(&response) => {
            ErrorInfo { code: framework_code(status), field: None, errors: None, internal: None }
        }
        None => return response,
    };
    if status.is_server_error() {
        tracing::error!(
            request_id = %facts.request_id,
            method = %facts.method,
            path = %facts.path_and_query,
            status = status.as_u16(),
            detail = info.internal.as_deref().unwrap_or("-"),
            "request failed"
        );
    }
    let retry_after = response.headers().get(header::RETRY_AFTER).cloned();
    let mut rendered = if facts.api {
        json_error(status, &info, &facts)
    } else if status == StatusCode::UNAUTHORIZED {
        // Back to the page after signing in; a form post cannot be replayed, so its
        // sender signs in without a destination.
        let login = format!("/{}/login", facts.lang.code());
        let target =
            if facts.method == "GET" { format!("{login}?next={}", urlencode(&facts.path_and_query)) } else { login };
        return Redirect::to(&target).into_response();
    } else {
        let wait = retry_after.as_ref().and_then(|v| v.to_str().ok()).and_then(|v| v.parse::<u64>().ok());
        html_error(&state, status, &info, &facts, wait)
    };
    if let Some(value) = retry_after {
        rendered.headers_mut().insert(header::RETRY_AFTER, value);
    }
    rendered
}

fn is_plain_or_empty(response: &Response) -> bool {
    match response.headers().get(header::CONTENT_TYPE) {
        None => true,
        Some(v) => v.as_bytes().starts_with(b"text/plain"),
    }
}

fn framework_code(status: StatusCode) -> &'static str {
    match status {
        StatusCode::NOT_FOUND => "not_found",
        StatusCode::METHOD_NOT_ALLOWED => "method_not_allowed",
        StatusCode::PAYLOAD_TOO_LARGE => "payload_too_large",
        StatusCode::UNSUPPORTED_MEDIA_TYPE => "unsupported_media_type",
        StatusCode::UNPROCESSABLE_ENTITY => "invalid",
        s if s.is_server_error() => "internal",
        _ => "bad_request",
    }
}

fn json_error(status: StatusCode, info: &ErrorInfo, facts: &RequestFacts) -> Response {
    let message = facts.lang.try_t(&format!("error-{}", info.code.replace('_', "-"))).unwrap_or_default();
    let body = serde_json::json!({
        "error": {
            "code": info.code,
            "message": message,
            "field": info.field,
            "errors": info.errors.as_ref().map(|e| &e.0),
            "request_id": facts.request_id,
        }
    });
    (status, [(header::CONTENT_TYPE, "application/json")], body.to_string()).into_response()
}

fn html_error(
    state: &AppState,
    status: StatusCode,
    info: &ErrorInfo,
    facts: &RequestFacts,
    retry_after_secs: Option<u64>,
) -> Response {
    let mut page = Page::anonymous(facts.lang, &facts.path_and_query, state.config().demo);
    let code = info.code.replace('_', "-");
    page.title =
        facts.lang.try_t(&format!("error-{code}-title")).unwrap_or_else(|| facts.lang.t("error-generic-title"));
    let message = match (&info.field, retry_after_secs) {
        (Some(field), _) => {
            facts.lang.try_t_args(&format!("error-{code}-field"), &[("field", crate::i18n::text(field.to_string()))])
        }
        (None, Some(secs)) => {
            let secs = usize::try_from(secs).unwrap_or(usize::MAX);
            let minutes = if secs < 60 { 0 } else { secs.div_ceil(60) };
            let args = [("seconds", crate::i18n::num(secs)), ("minutes", crate::i18n::num(minutes))];
            facts.lang.try_t_args(&format!("error-{code}-wait"), &args)
        }
        (None, None) => None,
    };
    let template = ErrorPage {
        message: message
            .or_else(|| facts.lang.try_t(&format!("error-{code}")))
            .unwrap_or_else(|| facts.lang.t("error-internal")),
        status: status.as_u16(),
        request_id: status.is_server_error().then(|| facts.request_id.clone()),
        page,
    };
    match template.render() {
        Ok(html) => (status, [(header::CONTENT_TYPE, "text/html; charset=utf-8")], Body::from(html)).into_response(),
        Err(error) => {
            tracing::error!(request_id = %facts.request_id, %error, "error page failed to render");
            (status, "error").into_response()
        }
    }
}

/// Percent-encodes a path for use as a query value.
pub fn urlencode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => out.push(byte as char),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}
