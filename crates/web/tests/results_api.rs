//! The results API on the engine under test: plans, indicators and their figures against
//! the hand-counted programme, private plans kept from anonymous callers, staff reporting
//! and reviewing updates with an API token, and the OpenAPI document.

mod common;

use apdc_domain::Role;
use apdc_domain::results::{PlanFields, PlanInput};
use apdc_store::indicator_updates;
use apdc_store::indicator_values;
use apdc_store::{results, tokens, users};
use axum::body::Body;
use axum::http::{Method, StatusCode};
use common::delivery::actor;
use common::results::{computed_plan, define, indicator};
use common::{Client, Reply, TestApp};
use serde_json::{Value, json};

/// The hand-counted programme with three computed indicators (as on the results pages)
/// and two reported ones.
async fn results_app() -> TestApp {
    let app = TestApp::new().await;
    computed_plan(&app, &[]).await;
    define(
        &app,
        indicator("PMEM", "OC1", "count", "", |f| {
            f.source = "reported".into();
            f.member_level = "true".into();
            f.aggregation = "latest".into();
            f.disaggregations = vec!["sex".into()];
            f.target_period = vec!["2025".into()];
            f.target = vec!["20".into()];
        }),
    )
    .await;
    define(
        &app,
        indicator("SAT", "OP1", "percentage", "", |f| {
            f.source = "reported".into();
            f.target_period = vec!["2025".into()];
            f.target = vec!["50".into()];
        }),
    )
    .await;
    indicator_values::compute(&app.db, "AP-TEST").await.unwrap();
    app
}

/// The figures of `year` in an indicator's JSON.
fn period(indicator: &Value, year: i64) -> &Value {
    indicator["periods"].as_array().unwrap().iter().find(|p| p["period"] == year).unwrap()
}

/// The indicator `code` in a list's JSON.
fn item<'a>(list: &'a Value, code: &str) -> &'a Value {
    list["items"].as_array().unwrap().iter().find(|i| i["code"] == code).unwrap_or_else(|| panic!("{code} in {list}"))
}

/// The fields named by a validation error.
fn fields(reply: &Reply) -> Vec<String> {
    let json = reply.json();
    json["error"]["errors"]
        .as_array()
        .map(|e| e.iter().map(|e| e["field"].as_str().unwrap().to_owned()).collect())
        .unwrap_or_default()
}

/// Sends JSON with an optional API token.
async fn send(client: &Client, method: Method, path: &str, token: Option<&str>, body: Value) -> Reply {
    let mut client = client.clone();
    let auth = token.map(|t| format!("Bearer {t}"));
    let mut headers = vec![("content-type", "application/json")];
    if let Some(auth) = &auth {
        headers.push(("authorization", auth.as_str()));
    }
    client.request(method, path, &headers, Body::from(body.to_string())).await
}

async fn get_with(client: &Client, path: &str, token: &str) -> Reply {
    let mut client = client.clone();
    let auth = format!("Bearer {token}");
    client.request(Method::GET, path, &[("authorization", auth.as_str())], Body::empty()).await
}

/// Creates a user with `role` and an API token for them.
async fn token_for(app: &TestApp, email: &str, role: Role, member: Option<&str>, secret: &str) {
    app.create_user(email, role, member).await;
    let user = users::find_for_login(&app.db, &apdc_domain::Email::parse(email).unwrap()).await.unwrap().unwrap().0;
    tokens::create(&app.db, &actor(), user.id, "integration", &apdc_web::auth::token_digest(secret)).await.unwrap();
}

#[tokio::test]
async fn figures_match_the_hand_counts() {
    let app = results_app().await;
    let mut visitor = app.anonymous();

    let plans = visitor.get("/api/v1/plans").await;
    plans.assert_status(StatusCode::OK);
    let plans = plans.json();
    assert_eq!(plans["total"], 1);
    assert_eq!(plans["items"][0]["code"], "AP-TEST");
    assert_eq!(
        (plans["items"][0]["first_year"].as_i64(), plans["items"][0]["last_year"].as_i64()),
        (Some(2024), Some(2026))
    );
    assert_eq!(plans["items"][0]["texts"][0]["title"], "Test plan");
    assert!(plans["items"][0]["computed_at"].as_str().is_some_and(|t| t.ends_with('Z')), "{plans}");

    let framework = visitor.get("/api/v1/plans/AP-TEST").await;
    framework.assert_status(StatusCode::OK);
    let framework = framework.json();
    let results: Vec<(&str, &str, Option<&str>)> = framework["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["code"].as_str().unwrap(), r["level"].as_str().unwrap(), r["parent"].as_str()))
        .collect();
    assert_eq!(results, vec![("OC1", "outcome", None), ("OP1", "output", Some("OC1")), ("OP2", "output", Some("OC1"))]);
    let elc = framework["indicators"].as_array().unwrap().iter().find(|i| i["code"] == "ELC").unwrap();
    assert_eq!(elc["computation"]["counts"], "people");
    assert_eq!(elc["computation"]["modes"], json!(["elearning"]));
    assert_eq!(elc["computation"]["statuses"], json!(["completed"]));
    assert_eq!(elc["targets"], json!([{"period": 2025, "target": "4"}]));
    assert_eq!(elc["disaggregations"], json!(["sex"]));
    let devmem = framework["indicators"].as_array().unwrap().iter().find(|i| i["code"] == "DEVMEM").unwrap();
    assert_eq!(devmem["computation"]["filter"], "developing=yes");
    let pmem = framework["indicators"].as_array().unwrap().iter().find(|i| i["code"] == "PMEM").unwrap();
    assert_eq!((pmem["source"].as_str(), pmem["member_level"].as_bool()), (Some("reported"), Some(true)));
    assert!(pmem["computation"].is_null());

    // 2025: ELC 3 of 4 is at risk, REACH 6 of 6 on track, DEVMEM 3 of 10 off track.
    let list = visitor.get("/api/v1/indicators").await;
    list.assert_status(StatusCode::OK);
    let list = list.json();
    assert_eq!(
        (list["plan"].as_str(), list["total"].as_u64(), list["pages"].as_u64()),
        (Some("AP-TEST"), Some(5), Some(1))
    );
    let reach = period(item(&list, "REACH"), 2025);
    assert_eq!(reach["actual"], json!({"numerator": 6, "denominator": null, "value": "6"}));
    assert_eq!((reach["target"].as_str(), reach["status"].as_str()), (Some("6"), Some("on_track")));
    let elc = period(item(&list, "ELC"), 2025);
    assert_eq!((elc["actual"]["value"].as_str(), elc["status"].as_str()), (Some("3"), Some("at_risk")));
    assert_eq!(period(item(&list, "DEVMEM"), 2025)["status"], "off_track");
    // A year that has begun and counted nothing is zero, not missing.
    assert_eq!(period(item(&list, "ELC"), 2024)["actual"]["value"], "0");
    // REACH adds its years (6 + 2); DEVMEM takes the highest (3).
    assert_eq!(item(&list, "REACH")["total"]["value"], "8");
    assert_eq!(item(&list, "DEVMEM")["total"]["value"], "3");
    assert_eq!(item(&list, "REACH")["status"], "on_track");
    assert_eq!(item(&list, "REACH")["status_period"], 2025);
    assert!(item(&list, "PMEM")["total"].is_null());

    let paged = visitor.get("/api/v1/indicators?plan=AP-TEST&per_page=2&page=3").await.json();
    assert_eq!((paged["pages"].as_u64(), paged["items"].as_array().unwrap().len()), (Some(3), 1));
    visitor.get("/api/v1/indicators?plan=NOPE").await.assert_status(StatusCode::NOT_FOUND);
    for query in ["per_page=0", "per_page=501", "plan=", "page=x", "plan=A%20B"] {
        let bad = visitor.get(&format!("/api/v1/indicators?{query}")).await;
        bad.assert_status(StatusCode::BAD_REQUEST);
        assert_eq!(bad.json()["error"]["field"].as_str(), query.split('=').next(), "{query}");
    }

    // One indicator: eLearning completions by sex (Amina and Zed, Otieno) and by member.
    let elc = visitor.get("/api/v1/indicators/ELC").await;
    elc.assert_status(StatusCode::OK);
    let elc = elc.json();
    assert_eq!(elc["plan"], "AP-TEST");
    assert_eq!(elc["measure"], "count");
    assert_eq!(period(&elc, 2025)["actual"]["value"], "3");
    assert_eq!(
        elc["breakdowns"]["sex"]["female"],
        json!([{"period": 2025, "numerator": 2, "denominator": null, "value": "2"}])
    );
    assert_eq!(elc["breakdowns"]["sex"]["male"][0]["value"], "1");
    assert_eq!(elc["members"]["KE"][0]["value"], "2");
    assert_eq!(elc["members"]["SN"][0]["value"], "1");
    // Reached in 2025 by member: Bob (France), Amina and Otieno (Kenya), Awa and Zed
    // (Senegal); Noor has no member.
    let reach = visitor.get("/api/v1/indicators/REACH").await.json();
    let members: Vec<(String, Value)> = reach["members"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(m, v)| {
            (m.clone(), v.as_array().unwrap().iter().find(|p| p["period"] == 2025).unwrap()["numerator"].clone())
        })
        .collect();
    assert_eq!(members, vec![("FR".into(), json!(1)), ("KE".into(), json!(2)), ("SN".into(), json!(2))]);
    assert_eq!(reach["breakdowns"], json!({}));

    // Every value as rows.
    let values = visitor.get("/api/v1/indicators/ELC/values").await;
    values.assert_status(StatusCode::OK);
    let values = values.json();
    let rows = values["values"].as_array().unwrap();
    let row = |dimension: Value, category: Value| {
        rows.iter().find(|r| r["period"] == 2025 && r["dimension"] == dimension && r["category"] == category).cloned()
    };
    assert_eq!(row(Value::Null, Value::Null).unwrap()["value"], "3");
    assert_eq!(row(json!("sex"), json!("female")).unwrap()["numerator"], 2);
    assert_eq!(row(json!("member"), json!("KE")).unwrap()["numerator"], 2);
    assert_eq!(rows.len(), 1 + 2 + 2 + 2, "2025's total, two sexes, two members; zero totals for 2024 and 2026");

    // The periods of the plan: none locked; in 2025 one indicator on track, one at risk,
    // one off track, and the two reported ones have nothing yet.
    let periods = visitor.get("/api/v1/plans/AP-TEST/periods").await;
    periods.assert_status(StatusCode::OK);
    let periods = periods.json();
    let y2025 = periods["items"].as_array().unwrap().iter().find(|p| p["period"] == 2025).unwrap();
    assert_eq!(
        y2025,
        &json!({"period": 2025, "locked": false, "started": true, "on_track": 1, "at_risk": 1, "off_track": 1,
            "no_data": 2, "no_target": 0})
    );
    assert_eq!(periods["items"].as_array().unwrap().len(), 3);

    for path in ["/api/v1/indicators/NOPE", "/api/v1/indicators/NOPE/values", "/api/v1/plans/NOPE/periods"] {
        let reply = visitor.get(path).await;
        reply.assert_status(StatusCode::NOT_FOUND);
        assert_eq!(reply.json()["error"]["code"], "not_found");
    }
}

#[tokio::test]
async fn a_private_plan_is_hidden_from_anonymous_callers() {
    let app = results_app().await;
    let fields = PlanFields {
        code: "AP-TEST".into(),
        first_year: "2024".into(),
        last_year: "2026".into(),
        public: String::new(),
        title: vec!["Test plan".into()],
        ..Default::default()
    };
    results::update_plan(&app.db, &actor(), "AP-TEST", &PlanInput::parse(&fields).unwrap()).await.unwrap();
    let mut visitor = app.anonymous();
    assert_eq!(visitor.get("/api/v1/plans").await.json()["total"], 0);
    assert!(visitor.get("/api/v1/indicators").await.json()["plan"].is_null());
    for path in [
        "/api/v1/plans/AP-TEST",
        "/api/v1/plans/AP-TEST/periods",
        "/api/v1/indicators/ELC",
        "/api/v1/indicators/ELC/values",
    ] {
        visitor.get(path).await.assert_status(StatusCode::NOT_FOUND);
    }
    visitor.get("/api/v1/indicators?plan=AP-TEST").await.assert_status(StatusCode::NOT_FOUND);
    // A focal point is no staff member either.
    let mut focal_point = app.signed_in(Role::FocalPoint, Some("KE")).await;
    focal_point.get("/api/v1/indicators/ELC").await.assert_status(StatusCode::NOT_FOUND);

    // Staff see it, signed in or with a token; a wrong token is refused.
    let mut staff = app.signed_in(Role::ProgrammeOfficer, None).await;
    let plans = staff.get("/api/v1/plans").await.json();
    assert_eq!((plans["total"].as_u64(), plans["items"][0]["public"].as_bool()), (Some(1), Some(false)));
    staff.get("/api/v1/indicators/ELC").await.assert_status(StatusCode::OK);
    let secret = "results-token-0123456789abcdefghijkl";
    token_for(&app, "officer@example.org", Role::ProgrammeOfficer, None, secret).await;
    let client = app.anonymous();
    let elc = get_with(&client, "/api/v1/indicators/ELC", secret).await;
    elc.assert_status(StatusCode::OK);
    assert_eq!(period(&elc.json(), 2025)["actual"]["value"], "3");
    get_with(&client, "/api/v1/plans/AP-TEST", secret).await.assert_status(StatusCode::OK);
    get_with(&client, "/api/v1/indicators/ELC", "wrong-token").await.assert_status(StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn staff_report_and_approve_updates_through_the_api() {
    let app = results_app().await;
    let secret = "results-token-0123456789abcdefghijkl";
    token_for(&app, "officer@example.org", Role::ProgrammeOfficer, None, secret).await;
    let fp_secret = "focal-point-token-0123456789abcdefgh";
    token_for(&app, "fp@example.org", Role::FocalPoint, Some("KE"), fp_secret).await;
    let client = app.anonymous();
    let token = Some(secret);
    let post = |path: &str, body: Value| {
        let (client, path) = (client.clone(), path.to_owned());
        async move { send(&client, Method::POST, &path, token, body).await }
    };

    let kenya = json!({"indicator": "PMEM", "period": 2025, "member": "KE", "value": 12,
        "parts": [{"dimension": "sex", "category": "female", "numerator": 5}], "submit": true});
    send(&client, Method::POST, "/api/v1/updates", None, kenya.clone()).await.assert_status(StatusCode::UNAUTHORIZED);
    send(&client, Method::POST, "/api/v1/updates", Some(fp_secret), kenya.clone())
        .await
        .assert_status(StatusCode::FORBIDDEN);
    let mut anonymous = app.anonymous();
    anonymous.get("/api/v1/updates").await.assert_status(StatusCode::UNAUTHORIZED);
    get_with(&client, "/api/v1/updates", fp_secret).await.assert_status(StatusCode::FORBIDDEN);

    // Validation names each field.
    let unknown = post("/api/v1/updates", json!({"indicator": "NOPE", "period": 2025})).await;
    unknown.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(unknown.json()["error"]["field"], "indicator");
    let computed = post("/api/v1/updates", json!({"indicator": "ELC", "period": 2025, "value": 3})).await;
    computed.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(computed.json()["error"]["errors"][0]["code"], "indicator_not_reported");
    let missing = post(
        "/api/v1/updates",
        json!({"indicator": "PMEM", "period": 1800, "parts": [{"dimension": "sex", "category": "tall",
        "numerator": 3}]}),
    )
    .await;
    missing.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let named = fields(&missing);
    for field in ["period", "member", "value", "part"] {
        assert!(named.contains(&field.to_owned()), "{field} in {named:?}");
    }
    let outside =
        post("/api/v1/updates", json!({"indicator": "PMEM", "period": 2030, "member": "KE", "value": 1})).await;
    outside.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(outside.json()["error"]["field"], "period");
    // A body of the wrong shape is refused naming the field by its path.
    for (body, path) in [
        (json!({"indicator": "PMEM", "period": 2025, "value": {"x": 1}}), "value"),
        (json!({"indicator": "PMEM", "period": "2025"}), "period"),
        (
            json!({"indicator": "PMEM", "period": 2025, "parts": [{"dimension": "sex", "category": "x"}]}),
            "parts[0].numerator",
        ),
        (json!({"indicator": "PMEM", "period": 2025, "colour": "blue"}), "colour"),
    ] {
        let reply = post("/api/v1/updates", body.clone()).await;
        reply.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
        let error = &reply.json()["error"];
        assert_eq!(error["code"], "invalid_body", "{body}");
        assert_eq!(error["field"].as_str().unwrap_or(""), path, "{body}");
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM indicator_updates").await, 0, "nothing written");

    // Kenya's 12 P-memberships, 5 of them with a woman as head of delegation.
    let created = post("/api/v1/updates", kenya).await;
    created.assert_status(StatusCode::CREATED);
    let created = created.json();
    assert_eq!((created["status"].as_str(), created["value"].as_str()), (Some("submitted"), Some("12")));
    assert_eq!(created["member"], "KE");
    assert_eq!(
        created["parts"],
        json!([{"dimension": "sex", "category": "female", "numerator": 5,
        "denominator": null, "value": "5"}])
    );
    assert_eq!(created["history"].as_array().unwrap().len(), 1);
    let id = created["id"].as_i64().unwrap();
    let status_path = &format!("/api/v1/updates/{id}/status");

    // Not counted before approval.
    assert!(period(&client.clone().get("/api/v1/indicators/PMEM").await.json(), 2025)["actual"].is_null());

    // Review: a return needs its reason; only real steps are taken.
    let no_reason = post(status_path, json!({"status": "returned", "reason": "  "})).await;
    no_reason.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(no_reason.json()["error"]["field"], "reason");
    let long = post(status_path, json!({"status": "returned", "reason": "x".repeat(2_001)})).await;
    long.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(long.json()["error"]["errors"][0]["code"], "too_long");
    for body in [json!({"status": "draft"}), json!({"status": "bogus"}), json!({})] {
        let reply = post(status_path, body).await;
        reply.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(reply.json()["error"]["field"], "status");
    }
    post("/api/v1/updates/999999/status", json!({"status": "approved"})).await.assert_status(StatusCode::NOT_FOUND);
    let approved = post(status_path, json!({"status": "approved"})).await;
    approved.assert_status(StatusCode::OK);
    let approved = approved.json();
    assert_eq!(approved["status"], "approved");
    let steps: Vec<&str> =
        approved["history"].as_array().unwrap().iter().map(|h| h["to_status"].as_str().unwrap()).collect();
    assert_eq!(steps, vec!["submitted", "approved"]);
    let again = post(status_path, json!({"status": "approved"})).await;
    again.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(again.json()["error"]["field"], "status");

    // The approved value is now the indicator's, with its breakdown and member.
    let pmem = client.clone().get("/api/v1/indicators/PMEM").await.json();
    assert_eq!(period(&pmem, 2025)["actual"]["value"], "12");
    assert_eq!(pmem["total"]["value"], "12");
    assert_eq!(pmem["breakdowns"]["sex"]["female"][0]["numerator"], 5);
    assert_eq!(pmem["members"]["KE"][0]["value"], "12");

    // A share, sent with numbers: 91 of 200 satisfied is 45.5 %.
    let share = post(
        "/api/v1/updates",
        json!({"indicator": "SAT", "period": 2025, "numerator": 91,
        "denominator": 200, "submit": true}),
    )
    .await;
    share.assert_status(StatusCode::CREATED);
    assert_eq!(share.json()["value"], "45.5");
    let share_status = &format!("/api/v1/updates/{}/status", share.json()["id"].as_i64().unwrap());
    post(share_status, json!({"status": "approved"})).await.assert_status(StatusCode::OK);
    let sat = client.clone().get("/api/v1/indicators/SAT").await.json();
    assert_eq!(period(&sat, 2025)["actual"], json!({"numerator": 91, "denominator": 200, "value": "45.5"}));
    assert_eq!(period(&sat, 2025)["status"], "at_risk");

    // A draft, then the list and its filters.
    let draft = post("/api/v1/updates", json!({"indicator": "PMEM", "period": 2025, "member": "SN", "value": 4})).await;
    draft.assert_status(StatusCode::CREATED);
    assert_eq!(draft.json()["status"], "draft");
    let draft_id = draft.json()["id"].as_i64().unwrap();
    let all = get_with(&client, "/api/v1/updates", secret).await;
    all.assert_status(StatusCode::OK);
    assert_eq!(all.json()["total"], 3);
    let approved_only = get_with(&client, "/api/v1/updates?status=approved&plan=AP-TEST", secret).await.json();
    assert_eq!(approved_only["total"], 2);
    let kenya_only = get_with(&client, "/api/v1/updates?indicator=PMEM&member=KE&period=2025", secret).await.json();
    assert_eq!((kenya_only["total"].as_u64(), kenya_only["items"][0]["id"].as_i64()), (Some(1), Some(id)));
    let paged = get_with(&client, "/api/v1/updates?per_page=2&page=2", secret).await.json();
    assert_eq!((paged["pages"].as_u64(), paged["items"].as_array().unwrap().len()), (Some(2), 1));
    assert_eq!(get_with(&client, "/api/v1/updates?plan=NOPE", secret).await.json()["total"], 0, "an unknown plan");
    for (query, field) in
        [("status=bogus", "status"), ("period=x", "period"), ("member=1", "member"), ("member=ke", "member")]
    {
        let reply = get_with(&client, &format!("/api/v1/updates?{query}"), secret).await;
        reply.assert_status(StatusCode::BAD_REQUEST);
        assert_eq!(reply.json()["error"]["field"], field, "{query}");
    }
    let one = get_with(&client, &format!("/api/v1/updates/{id}"), secret).await;
    one.assert_status(StatusCode::OK);
    assert_eq!(one.json()["history"][1]["to_status"], "approved");
    assert!(one.json()["history"][1]["actor"].as_str().unwrap().contains("officer@example.org"));
    get_with(&client, "/api/v1/updates/999999", secret).await.assert_status(StatusCode::NOT_FOUND);

    // A locked period takes no new update and no review step.
    let framework = results::framework(&app.db, "AP-TEST").await.unwrap();
    indicator_updates::set_locks(&app.db, &actor(), &framework, &[2025], true).await.unwrap();
    let late = post("/api/v1/updates", json!({"indicator": "PMEM", "period": 2025, "member": "FJ", "value": 2})).await;
    late.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(late.json()["error"]["field"], "period");
    let draft_status = &format!("/api/v1/updates/{draft_id}/status");
    let locked = post(draft_status, json!({"status": "submitted"})).await;
    locked.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(locked.json()["error"]["field"], "period");
    let periods = client.clone().get("/api/v1/plans/AP-TEST/periods").await.json();
    let locked: Vec<bool> =
        periods["items"].as_array().unwrap().iter().map(|p| p["locked"].as_bool().unwrap()).collect();
    assert_eq!(locked, vec![false, true, false]);
}

#[tokio::test]
async fn the_openapi_document_lists_the_results_api() {
    let app = TestApp::new().await;
    let mut client = app.anonymous();
    let document = client.get("/api/v1/openapi.json").await;
    document.assert_status(StatusCode::OK);
    let document = document.json();
    let paths = document["paths"].as_object().unwrap();
    for (path, method) in [
        ("/api/v1/plans", "get"),
        ("/api/v1/plans/{code}", "get"),
        ("/api/v1/plans/{code}/periods", "get"),
        ("/api/v1/indicators", "get"),
        ("/api/v1/indicators/{code}", "get"),
        ("/api/v1/indicators/{code}/values", "get"),
        ("/api/v1/updates", "get"),
        ("/api/v1/updates", "post"),
        ("/api/v1/updates/{id}", "get"),
        ("/api/v1/updates/{id}/status", "post"),
    ] {
        assert!(paths.get(path).and_then(|p| p.get(method)).is_some(), "{method} {path} documented");
    }
    assert!(paths["/api/v1/updates"]["post"]["security"].is_array(), "writing needs a token");
    assert_eq!(paths["/api/v1/updates/{id}"]["get"]["operationId"], "get_update");
    let schemas = document["components"]["schemas"].as_object().unwrap();
    for schema in ["ApiIndicator", "ApiFigure", "UpdateBody", "ApiUpdateDetail", "ApiFramework", "ApiPlanPeriod"] {
        assert!(schemas.contains_key(schema), "{schema}");
    }
    assert!(document["tags"].as_array().unwrap().iter().any(|t| t["name"] == "results"));
}
