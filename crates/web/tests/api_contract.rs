//! The OpenAPI document is the API's contract: every API route is described, with every
//! status it can answer, and what the document says a request may hold is what the
//! server accepts. (The running server is also checked against the document by
//! schemathesis in CI; these tests keep the declarations themselves honest.)

mod common;

use apdc_domain::activity::{ActivityFields, ActivityInput};
use apdc_domain::project::{ProjectFields, ProjectInput};
use apdc_domain::results::{Measure, UpdateFields, UpdateInput};
use apdc_web::api::activities::ActivityBody;
use apdc_web::api::openapi::document_value;
use apdc_web::api::projects::ProjectBody;
use apdc_web::api::updates::UpdateBody;
use axum::http::{Method, StatusCode};
use common::TestApp;
use serde_json::{Value, json};

fn operations(document: &Value) -> Vec<(String, String, Value)> {
    let mut all = Vec::new();
    for (path, item) in document["paths"].as_object().unwrap() {
        for (method, operation) in item.as_object().unwrap() {
            all.push((path.clone(), method.to_uppercase(), operation.clone()));
        }
    }
    all
}

#[test]
fn every_api_route_is_documented_with_every_status_it_can_answer() {
    let document = document_value();
    let documented: Vec<(String, String)> = operations(&document).into_iter().map(|(p, m, _)| (p, m)).collect();
    let routes: Vec<(String, String)> = apdc_web::routes::table()
        .into_iter()
        .filter(|r| r.spec.path.starts_with("/api/v1/") && r.spec.path != "/api/v1/openapi.json")
        .map(|r| (r.spec.path.to_owned(), r.spec.method.to_string()))
        .collect();
    for route in &routes {
        assert!(documented.contains(route), "{route:?} is documented");
    }
    for operation in &documented {
        assert!(routes.contains(operation), "{operation:?} is served");
    }

    for (path, method, operation) in operations(&document) {
        let statuses: Vec<&str> = operation["responses"].as_object().unwrap().keys().map(String::as_str).collect();
        let mut expected = vec!["400", "401"];
        if operation.get("security").is_some() {
            expected.push("403");
        }
        if path.contains('{') {
            expected.push("404");
        }
        if operation.get("requestBody").is_some() {
            expected.extend(["413", "422"]);
            let body = &operation["requestBody"]["content"]["application/json"]["schema"]["$ref"];
            let name = body.as_str().unwrap().rsplit('/').next().unwrap();
            assert_eq!(
                document["components"]["schemas"][name]["additionalProperties"], false,
                "{method} {path}: unknown fields are refused"
            );
        }
        for status in expected {
            assert!(statuses.contains(&status), "{method} {path} documents {status}: {statuses:?}");
        }
        for parameter in operation["parameters"].as_array().into_iter().flatten() {
            let schema = &parameter["schema"];
            let typed = schema.get("$ref").is_some()
                || schema.get("enum").is_some()
                || schema.get("pattern").is_some()
                || schema["type"] == "integer";
            assert!(typed, "{method} {path}: {} says what it accepts: {schema}", parameter["name"]);
        }
    }
}

#[test]
fn free_text_in_request_bodies_excludes_the_nul_character() {
    let document = document_value();
    let schemas = &document["components"]["schemas"];
    for body in ["ProjectBody", "ActivityBody", "UpdateBody", "StatusBody"] {
        for (name, property) in schemas[body]["properties"].as_object().unwrap() {
            let is_text = property["type"] == "string"
                || property["type"].as_array().is_some_and(|t| t.contains(&json!("string")));
            if is_text && property.get("enum").is_none() && property.get("format").is_none() {
                assert!(property.get("pattern").is_some(), "{body}.{name} has a pattern: {property}");
            }
        }
    }
    assert_eq!(schemas["ProjectBody"]["properties"]["title_en"]["pattern"], apdc_web::api::contract::STORABLE_TEXT);
}

/// For every text property of `body` with a maximum length: a value of exactly that
/// length passes the domain's check of that field, and one character more fails it.
fn check_lengths(body: &str, base: Value, relevant: impl Fn(&str) -> bool, errors_at: impl Fn(Value) -> Vec<String>) {
    let document = document_value();
    let properties = document["components"]["schemas"][body]["properties"].as_object().unwrap().clone();
    let mut checked = 0;
    for (name, property) in properties {
        let Some(max) = property["maxLength"].as_u64().filter(|_| relevant(&name)) else { continue };
        let fill = |len: usize| -> String {
            let (prefix, letter) = match name.as_str() {
                "course_iri" | "meeting_link" | "evidence_url" => ("https://example.org/", "a"),
                "time_zone" => ("Africa/", "A"),
                "committee" => ("ISO/", "a"),
                _ => ("", "a"),
            };
            format!("{prefix}{}", letter.repeat(len - prefix.len()))
        };
        let with = |len: usize| {
            let mut value = base.clone();
            value[name.as_str()] = Value::from(fill(len));
            value
        };
        let max = usize::try_from(max).unwrap();
        assert!(!errors_at(with(max)).contains(&name), "{body}.{name}: {max} characters are accepted");
        assert!(errors_at(with(max + 1)).contains(&name), "{body}.{name}: {} characters are refused", max + 1);
        checked += 1;
    }
    assert!(checked >= 2, "{body}: {checked} lengths checked");
}

fn fields_at_fault(errors: apdc_domain::FieldErrors) -> Vec<String> {
    errors.0.iter().map(|e| e.field.to_owned()).collect()
}

#[test]
fn documented_lengths_are_those_the_domain_checks() {
    let base = json!({"code": "C-1", "status": "pipeline", "scope": "global", "title_en": "T"});
    check_lengths(
        "ProjectBody",
        base,
        |_| true,
        |v| {
            let body: ProjectBody = serde_json::from_value(v).unwrap();
            ProjectInput::parse(&ProjectFields::from(body)).err().map(fields_at_fault).unwrap_or_default()
        },
    );
    // Only the fields of the chosen mode are kept (and checked).
    let modes = [
        ("elearning", &["platform", "course_iri"][..]),
        ("webinar", &["time_zone", "meeting_link"]),
        ("training", &["venue_city"]),
        ("coaching", &["goals"]),
        ("mission", &["terms_of_reference", "report"]),
        ("sponsorship", &["committee", "meeting"]),
    ];
    let of_a_mode = |name: &str| modes.iter().any(|(_, fields)| fields.contains(&name));
    for (mode, fields) in modes {
        let relevant = |name: &str| fields.contains(&name) || !of_a_mode(name);
        check_lengths("ActivityBody", json!({"mode": mode, "title": "T", "status": "planned"}), relevant, |v| {
            let body: ActivityBody = serde_json::from_value(v).unwrap();
            ActivityInput::parse(&ActivityFields::from(body)).err().map(fields_at_fault).unwrap_or_default()
        });
    }
    check_lengths(
        "UpdateBody",
        json!({"indicator": "NAR", "period": 2025}),
        |_| true,
        |v| {
            let body: UpdateBody = serde_json::from_value(v).unwrap();
            UpdateInput::parse(&UpdateFields::from(body), Measure::Narrative, false, &[])
                .err()
                .map(fields_at_fault)
                .unwrap_or_default()
        },
    );
}

#[tokio::test]
async fn every_query_parameter_is_checked_as_documented() {
    let app = TestApp::new().await;
    let token = app.api_token(apdc_domain::Role::ProgrammeOfficer, None).await;
    let auth = format!("Bearer {token}");
    let mut client = app.anonymous();
    let document = document_value();
    for (path, method, operation) in operations(&document) {
        if method != "GET" || path.contains('{') {
            continue;
        }
        for parameter in operation["parameters"].as_array().into_iter().flatten() {
            let name = parameter["name"].as_str().unwrap();
            for value in ["", "%00", "x%20y%20z", "%2B"] {
                let uri = format!("{path}?{name}={value}");
                let reply = client
                    .request(Method::GET, &uri, &[("authorization", auth.as_str())], axum::body::Body::empty())
                    .await;
                // Every documented parameter refuses these, but free text takes
                // spaces and signs.
                if name == "q" && !value.is_empty() && value != "%00" {
                    reply.assert_status(StatusCode::OK);
                    continue;
                }
                reply.assert_status(StatusCode::BAD_REQUEST);
                let field = reply.json()["error"]["field"].clone();
                assert_eq!(field, name, "{uri}");
            }
        }
    }
}
