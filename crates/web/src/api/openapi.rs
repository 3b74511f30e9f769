//! The OpenAPI document and its offline documentation viewer.

use crate::api::contract::{self, ALPHA2, CONTENT_SLUG, PROJECT_CODE, RESULT_CODE, STORABLE_TEXT};
use crate::api::{activities, members, pages, projects, reference, results, search, stories, updates};
use axum::extract::Path;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde_json::{Value, json};
use std::sync::{Arc, LazyLock};
use utoipa::OpenApi;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "apdc API",
        description = "The Action Plan's member registry, reference data, projects and activities, the results framework, and published success stories and pages. Reading is public, except reported updates; writing needs a staff API token (`Authorization: Bearer …`) or a staff session. Errors are JSON objects \
            `{\"error\": {\"code\", \"message\", \"field\", \"errors\", \"request_id\"}}`. A query parameter is sent with a value or not at all; \
            no text may hold a NUL character.",
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
        activities::activities_list,
        activities::activity_show,
        activities::activity_create,
        activities::activity_update,
        results::plans,
        results::plan,
        results::periods,
        results::indicators,
        results::indicator,
        results::values,
        updates::updates,
        updates::update,
        updates::create_update,
        updates::update_status,
        stories::list,
        stories::show,
        pages::list,
        pages::show,
        search::search
    ),
    modifiers(&TokenAuth),
    components(schemas(
        members::ApiMember,
        members::ApiCountryNames,
        members::MemberList,
        members::ApiError,
        members::ApiErrorDetail,
        members::ApiFieldError,
        reference::ApiCountry,
        reference::ApiSdg,
        projects::ApiProjectSummary,
        projects::ProjectList,
        projects::ApiProject,
        projects::ApiText,
        projects::ApiPartner,
        projects::ApiMoney,
        projects::ApiProjectSdg,
        projects::ApiReach,
        projects::ProjectBody,
        activities::ApiActivity,
        activities::ActivityList,
        activities::ActivityBody,
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
        updates::ApiUpdate,
        updates::ApiUpdatePart,
        updates::ApiUpdateStep,
        updates::ApiUpdateDetail,
        updates::UpdateList,
        updates::UpdateBody,
        updates::UpdatePartBody,
        updates::StatusBody,
        stories::ApiStoryText,
        stories::ApiStorySummary,
        stories::StoryList,
        stories::ApiStoryLinks,
        stories::ApiStory,
        stories::ApiImage,
        pages::ApiPageSummary,
        pages::PageList,
        pages::ApiPage,
        search::ApiSnippetPart,
        search::ApiSearchHit,
        search::SearchResultList
    )),
    tags(
        (name = "members", description = "ISO members and their developing-country status"),
        (name = "reference", description = "Countries and SDGs"),
        (name = "projects", description = "Projects and their activities; writing needs a staff API token"),
        (name = "results", description = "The results framework, indicator figures against targets, and reported \
            updates (staff)"),
        (name = "stories", description = "Published success stories, in the language asked for where translated"),
        (name = "pages", description = "Published pages staff write (about the Action Plan, how to get involved), \
            in the language asked for where translated"),
        (name = "search", description = "Projects, stories, pages and members found by their words, in every \
            language")
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

/// The OpenAPI document as served: the operations' own descriptions, completed with
/// what the contract makes true of every operation (see [`complete`]).
pub fn document_value() -> Value {
    let mut document = serde_json::to_value(ApiDoc::openapi()).unwrap_or_else(|e| json!({ "error": e.to_string() }));
    complete(&mut document);
    document
}

static DOCUMENT: LazyLock<String> = LazyLock::new(|| {
    serde_json::to_string_pretty(&document_value()).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
});

/// Adds to the generated document what holds for every operation, so that no
/// operation's annotation can forget it:
/// - the schema of each path parameter, from the same patterns the contract checks;
/// - the answers any operation can give: `400` (a parameter, a NUL character, a body
///   that is not JSON), `401` (a token that is not valid, or none where one is
///   needed), `403` (not staff) where a token is needed, `404` where the path names a
///   record, `413` and `422` where a body is sent;
/// - the rule that no text of a request body holds a NUL character, as a pattern on
///   every free-text property of the bodies;
/// - the shared country code schema.
fn complete(document: &mut Value) {
    document["components"]["schemas"][contract::COUNTRY_SCHEMA] =
        serde_json::to_value(contract::country_schema()).unwrap_or(Value::Null);
    let mut bodies = Vec::new();
    if let Some(paths) = document["paths"].as_object_mut() {
        for (path, item) in paths.iter_mut() {
            let Some(item) = item.as_object_mut() else { continue };
            for operation in item.values_mut() {
                complete_operation(path, operation, &mut bodies);
            }
        }
    }
    let mut seen = std::collections::BTreeSet::new();
    while let Some(name) = bodies.pop() {
        if seen.insert(name.clone())
            && let Some(schema) = document["components"]["schemas"].get_mut(&name)
        {
            storable_texts(schema, &mut bodies);
        }
    }
}

fn complete_operation(path: &str, operation: &mut Value, bodies: &mut Vec<String>) {
    let secured = operation.get("security").is_some();
    let body = operation.get("requestBody").is_some();
    let mut names_record = false;
    if let Some(parameters) = operation.get_mut("parameters").and_then(Value::as_array_mut) {
        for parameter in parameters.iter_mut().filter(|p| p["in"] == "path") {
            names_record = true;
            let name = parameter["name"].as_str().unwrap_or_default().to_owned();
            parameter["schema"] = path_schema(path, &name);
        }
    }
    if let Some(schema) = operation.pointer("/requestBody/content/application~1json/schema") {
        referenced(schema, bodies);
    }
    let error = |description: &str| {
        json!({
            "description": description,
            "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ApiError" } } }
        })
    };
    let Some(responses) = operation.get_mut("responses").and_then(Value::as_object_mut) else { return };
    let mut add = |status: &str, description: &str| {
        responses.entry(status).or_insert_with(|| error(description));
    };
    add(
        "400",
        if body {
            "The request is not valid, and the error names what: a parameter (`invalid_parameter`), a text holding a \
             NUL character (`invalid_text`), a body that is not JSON (`unsupported_media_type`, `malformed_json`)"
        } else {
            "The request is not valid, and the error names what: a parameter (`invalid_parameter`) or a text holding a \
             NUL character (`invalid_text`)"
        },
    );
    add(
        "401",
        if secured {
            "No valid API token, and no staff session"
        } else {
            "An API token was sent that is not valid (reading needs none)"
        },
    );
    if secured {
        add("403", "The account is not staff");
    }
    if names_record {
        add("404", "No such record visible to the caller");
    }
    if body {
        add("413", "The body is too large");
        add(
            "422",
            "The body has the wrong shape (`invalid_body`, naming the field by its path) or invalid values \
             (`invalid`, every field at fault named)",
        );
    }
}

/// The schema of path parameter `name` of `path`.
fn path_schema(path: &str, name: &str) -> Value {
    let pattern = |p: &contract::Pattern| json!({ "type": "string", "pattern": p.source });
    match name {
        "id" => json!({ "type": "integer", "format": "int64", "minimum": 1 }),
        "alpha2" => pattern(&ALPHA2),
        "slug" => pattern(&CONTENT_SLUG),
        _ if path.starts_with("/api/v1/projects/") => pattern(&PROJECT_CODE),
        _ => pattern(&RESULT_CODE),
    }
}

/// The component schemas `schema` refers to.
fn referenced(schema: &Value, found: &mut Vec<String>) {
    match schema {
        Value::Object(map) => {
            if let Some(name) = map.get("$ref").and_then(Value::as_str).and_then(|r| r.rsplit('/').next()) {
                found.push(name.to_owned());
            }
            map.values().for_each(|v| referenced(v, found));
        }
        Value::Array(items) => items.iter().for_each(|v| referenced(v, found)),
        _ => {}
    }
}

/// Adds the NUL-free pattern to every free-text string of `schema` (one without a
/// pattern, a list of values or a format), and collects the schemas it refers to.
fn storable_texts(schema: &mut Value, found: &mut Vec<String>) {
    let Value::Object(map) = schema else { return };
    let is_string = match map.get("type") {
        Some(Value::String(t)) => t == "string",
        Some(Value::Array(types)) => types.iter().any(|t| t == "string"),
        _ => false,
    };
    if is_string && !map.contains_key("pattern") && !map.contains_key("enum") && !map.contains_key("format") {
        map.insert("pattern".to_owned(), Value::from(STORABLE_TEXT));
    }
    if let Some(name) = map.get("$ref").and_then(Value::as_str).and_then(|r| r.rsplit('/').next()) {
        found.push(name.to_owned());
    }
    for key in ["properties", "items", "allOf", "oneOf", "anyOf", "prefixItems"] {
        match map.get_mut(key) {
            Some(Value::Object(children)) if key == "properties" => {
                children.values_mut().for_each(|child| storable_texts(child, found));
            }
            Some(Value::Array(children)) => children.iter_mut().for_each(|child| storable_texts(child, found)),
            Some(child @ Value::Object(_)) => storable_texts(child, found),
            _ => {}
        }
    }
}

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
