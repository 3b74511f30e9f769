//! The OpenAPI document and its offline documentation viewer.

use crate::api::{members, reference};
use axum::extract::Path;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use std::sync::{Arc, LazyLock};
use utoipa::OpenApi;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "apdc API",
        description = "Read the Action Plan's member registry and reference data. Errors are JSON objects \
            `{\"error\": {\"code\", \"message\", \"field\", \"request_id\"}}`.",
        license(name = "AGPL-3.0-or-later")
    ),
    paths(members::list, members::show, reference::countries, reference::sdgs),
    components(schemas(
        members::ApiMember,
        members::ApiCountryNames,
        members::MemberList,
        members::ApiError,
        members::ApiErrorDetail,
        reference::ApiCountry,
        reference::ApiSdg
    )),
    tags(
        (name = "members", description = "ISO members and their developing-country status"),
        (name = "reference", description = "Countries and SDGs")
    )
)]
pub struct ApiDoc;

static DOCUMENT: LazyLock<String> =
    LazyLock::new(|| ApiDoc::openapi().to_pretty_json().unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}")));

pub async fn document() -> Response {
    ([(header::CONTENT_TYPE, "application/json")], DOCUMENT.as_str()).into_response()
}

pub async fn docs_redirect() -> Redirect {
    Redirect::permanent("/api/docs/")
}

static VIEWER_CONFIG: LazyLock<Arc<utoipa_swagger_ui::Config<'static>>> =
    LazyLock::new(|| Arc::new(utoipa_swagger_ui::Config::from("/api/v1/openapi.json")));

/// Files of the bundled Swagger UI (no download, no third-party request).
pub async fn docs_file(file: Option<Path<String>>) -> Response {
    let file = file.map(|Path(f)| f).unwrap_or_default();
    match utoipa_swagger_ui::serve(&file, VIEWER_CONFIG.clone()) {
        Ok(Some(found)) => ([(header::CONTENT_TYPE, found.content_type)], found.bytes.into_owned()).into_response(),
        Ok(None) => StatusCode::NOT_FOUND.into_response(),
        Err(error) => {
            tracing::error!(%error, "API documentation viewer failed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}
