//! The OpenAPI document and its offline documentation viewer.

use crate::api::{members, projects, reference, results};
use axum::extract::Path;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use std::sync::{Arc, LazyLock};
use utoipa::OpenApi;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "apdc API",
        description = "The Action Plan's member registry, reference data, projects and activities, and the results framework. Reading is public, except reported updates; writing needs a staff API token (`Authorization: Bearer …`) or a staff session. Errors are JSON objects \
            `{\"error\": {\"code\", \"message\", \"field\", \"request_id\"}}`.",
        license(name = "AGPL-3.0-or-later")
    ),
    paths(
        members::list,
        members::show,
        reference::countries,
        reference::sdgs,
        projects::list,
        projects::show,
        projects::create,
        projects::update,
        projects::activities_list,
        projects::activity_show,
        projects::activity_create,
        projects::activity_update,
        results::plans,
        results::plan,
        results::periods,
        results::indicators,
        results::indicator,
        results::values,
        results::updates,
        results::update,
        results::create_update,
        results::update_status
    ),
    modifiers(&TokenAuth),
    components(schemas(
        members::ApiMember,
        members::ApiCountryNames,
        members::MemberList,
        members::ApiError,
        members::ApiErrorDetail,
        reference::ApiCountry,
        reference::ApiSdg,
        projects::ApiProjectSummary,
        projects::ProjectList,
        projects::ApiProject,
        projects::ApiText,
        projects::ApiPartner,
        projects::ApiMoney,
        projects::ApiSdg,
        projects::ApiReach,
        projects::ApiActivity,
        projects::ActivityList,
        results::ApiPlan,
        results::ApiPlanText,
        results::PlanList,
        results::ApiResult,
        results::ApiResultText,
        results::ApiIndicatorText,
        results::ApiTarget,
        results::ApiComputation,
        results::ApiIndicatorDefinition,
        results::ApiFramework,
        results::ApiFigure,
        results::ApiPeriodFigure,
        results::ApiFigures,
        results::ApiIndicatorSummary,
        results::IndicatorList,
        results::ApiPeriodValue,
        results::ApiIndicator,
        results::ApiValueRow,
        results::ApiValues,
        results::ApiPlanPeriod,
        results::PeriodList,
        results::ApiUpdate,
        results::ApiUpdatePart,
        results::ApiUpdateStep,
        results::ApiUpdateDetail,
        results::UpdateList,
        results::ApiUpdateBody,
        results::ApiStatusBody
    )),
    tags(
        (name = "members", description = "ISO members and their developing-country status"),
        (name = "reference", description = "Countries and SDGs"),
        (name = "projects", description = "Projects and their activities; writing needs a staff API token"),
        (name = "results", description = "The results framework, indicator figures against targets, and reported \
            updates (staff)")
    )
)]
pub struct ApiDoc;

/// Declares the bearer-token scheme that write operations use.
struct TokenAuth;

impl utoipa::Modify for TokenAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "token",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some("A staff API token, created on the account's API tokens page."))
                    .build(),
            ),
        );
    }
}

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
