//! What hostile or careless requests get: text no database stores, page numbers past any
//! list, search wildcards, and API tokens reading what their owner may read. Each
//! answer is the same on both engines.

mod common;

use apdc_domain::Role;
use axum::body::Body;
use axum::http::{Method, StatusCode};
use common::TestApp;
use common::delivery::sample_project;

async fn api(app: &TestApp, method: Method, uri: &str, token: &str, body: &str) -> common::Reply {
    let auth = format!("Bearer {token}");
    app.anonymous()
        .request(
            method,
            uri,
            &[("content-type", "application/json"), ("authorization", &auth)],
            Body::from(body.to_owned()),
        )
        .await
}

#[tokio::test]
async fn a_nul_character_is_refused_at_the_edge_naming_the_field() {
    let app = TestApp::new().await;
    sample_project(&app, "APDC-KE-1").await;
    let mut anonymous = app.anonymous();
    let page = anonymous.get("/en/projects?q=%00").await;
    page.assert_status(StatusCode::BAD_REQUEST);
    assert!(page.text().contains("The value of “q” holds a NUL character"), "{}", page.text());
    let json = anonymous.get("/api/v1/projects/A%00B").await;
    json.assert_status(StatusCode::BAD_REQUEST);
    assert_eq!(json.json()["error"]["code"], "invalid_text");
    assert_eq!(json.json()["error"]["field"], "path");
    let listed = anonymous.get("/api/v1/projects?q=a%00").await;
    listed.assert_status(StatusCode::BAD_REQUEST);
    assert_eq!(listed.json()["error"]["field"], "q");

    anonymous.get("/en/login").await.assert_status(StatusCode::OK);
    let login = anonymous.post_form("/en/login", &[("email", "a\0@example.org"), ("password", "x")]).await;
    login.assert_status(StatusCode::BAD_REQUEST);
    assert!(login.text().contains("“email”"), "{}", login.text());
    assert_eq!(app.count("SELECT COUNT(*) FROM login_failures").await, 0, "refused before any handler ran");

    let mut staff = app.signed_in(Role::ProgrammeOfficer, None).await;
    staff.get("/en/admin/projects/new").await.assert_status(StatusCode::OK);
    let form = staff.post_form("/en/admin/projects", &[("code", "NUL-1"), ("title_en", "Bad\0title")]).await;
    form.assert_status(StatusCode::BAD_REQUEST);
    assert!(form.text().contains("“title_en”"));

    let token = app.api_token(Role::ProgrammeOfficer, None).await;
    let body = r#"{"code": "NUL-2", "status": "pipeline", "scope": "global", "title_en": "T\u0000"}"#;
    let created = api(&app, Method::POST, "/api/v1/projects", &token, body).await;
    created.assert_status(StatusCode::BAD_REQUEST);
    assert_eq!(created.json()["error"]["field"], "title_en");
    assert_eq!(app.count("SELECT COUNT(*) FROM projects WHERE code LIKE 'NUL-%'").await, 0);
}

#[tokio::test]
async fn page_numbers_past_any_list_are_refused_not_wrapped() {
    let app = TestApp::new().await;
    let mut anonymous = app.anonymous();
    for uri in [
        "/en/projects?page=9223372036854775807",
        "/en/members?page=18446744073709551616",
        "/api/v1/projects?page=9223372036854775807",
        "/api/v1/members?page=1000001",
    ] {
        anonymous.get(uri).await.assert_status(StatusCode::BAD_REQUEST);
    }
    // The highest page accepted is past this list's end: not found, like any such page.
    anonymous.get("/en/projects?page=1000000").await.assert_status(StatusCode::NOT_FOUND);
    anonymous.get("/en/projects?page=1").await.assert_status(StatusCode::OK);
}

#[tokio::test]
async fn search_takes_percent_and_underscore_literally() {
    let app = TestApp::new().await;
    sample_project(&app, "APDC-KE-1").await;
    let mut anonymous = app.anonymous();
    for (q, found) in [("%", 0), ("_", 0), ("APDC_KE", 0), ("APDC-KE", 1), ("SMEs", 1), ("\\", 0)] {
        let encoded: String = form_urlencoded::byte_serialize(q.as_bytes()).collect();
        let list = anonymous.get(&format!("/api/v1/projects?q={encoded}")).await;
        list.assert_status(StatusCode::OK);
        assert_eq!(list.json()["total"], found, "q={q:?}");
    }
    let members = anonymous.get("/api/v1/members?q=%25").await;
    assert_eq!(members.json()["total"], 0, "no member's name contains a percent sign");
}

#[tokio::test]
async fn an_api_token_reads_what_its_owner_may_read() {
    let app = TestApp::new().await;
    let token = app.api_token(Role::ProgrammeOfficer, None).await;
    let body = r#"{"code": "PRIV-1", "status": "pipeline", "scope": "global", "title_en": "Private by default"}"#;
    api(&app, Method::POST, "/api/v1/projects", &token, body).await.assert_status(StatusCode::CREATED);
    let read = api(&app, Method::GET, "/api/v1/projects/PRIV-1", &token, "").await;
    read.assert_status(StatusCode::OK);
    assert_eq!(read.json()["public"], false);
    let listed = api(&app, Method::GET, "/api/v1/projects?q=PRIV", &token, "").await;
    assert_eq!(listed.json()["total"], 1, "the list shows the private project to its staff");
    // Anonymous readers do not see it, and a cached public answer is not served to the token.
    let mut anonymous = app.anonymous();
    anonymous.get("/api/v1/projects/PRIV-1").await.assert_status(StatusCode::NOT_FOUND);
    assert_eq!(anonymous.get("/api/v1/projects?q=PRIV").await.json()["total"], 0);
    assert_eq!(api(&app, Method::GET, "/api/v1/projects?q=PRIV", &token, "").await.json()["total"], 1);
    // A wrong token is refused, even where anonymous reading is allowed.
    api(&app, Method::GET, "/api/v1/projects", "not-a-token", "").await.assert_status(StatusCode::UNAUTHORIZED);
    // A focal point's token reads as the focal point: no private project.
    let fp = app.api_token(Role::FocalPoint, Some("KE")).await;
    api(&app, Method::GET, "/api/v1/projects/PRIV-1", &fp, "").await.assert_status(StatusCode::NOT_FOUND);
}
