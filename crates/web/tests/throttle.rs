//! Sign-in throttling behind a trusted proxy: by account, by client address and by both,
//! with the client address taken from `X-Forwarded-For` only when the proxy is trusted.

mod common;

use apdc_domain::Role;
use apdc_web::WebConfig;
use axum::body::Body;
use axum::http::{Method, StatusCode};
use common::{Client, PASSWORD, TestApp};

const PROXY: &str = "127.0.0.1:40000";

async fn app() -> TestApp {
    let config = WebConfig { trusted_proxies: vec!["127.0.0.1/32".parse().unwrap()], ..WebConfig::default() };
    TestApp::with_config(config).await
}

/// A browser at `client`, reaching the server through the trusted proxy.
async fn behind_proxy(app: &TestApp) -> Client {
    let mut client = app.anonymous();
    client.peer = Some(PROXY.parse().unwrap());
    client.get("/en/login").await.assert_status(StatusCode::OK);
    client
}

async fn sign_in(client: &mut Client, forwarded_for: &str, email: &str, password: &str) -> StatusCode {
    let form = format!(
        "email={}&password={}&csrf={}",
        form_urlencoded::byte_serialize(email.as_bytes()).collect::<String>(),
        form_urlencoded::byte_serialize(password.as_bytes()).collect::<String>(),
        client.csrf
    );
    let headers = [("content-type", "application/x-www-form-urlencoded"), ("x-forwarded-for", forwarded_for)];
    client.request(Method::POST, "/en/login", &headers, Body::from(form)).await.status
}

#[tokio::test]
async fn failures_over_many_accounts_from_one_address_lock_no_one_out() {
    let app = app().await;
    app.create_user("owner@example.org", Role::ProgrammeOfficer, None).await;
    let mut attacker = behind_proxy(&app).await;
    for i in 0..30 {
        let status = sign_in(&mut attacker, "198.51.100.7", &format!("guess{i}@example.org"), "wrong").await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "attempt {i}");
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM login_failures WHERE ip = '198.51.100.7'").await, 30);
    assert_eq!(app.count("SELECT COUNT(*) FROM login_failures WHERE ip = '127.0.0.1'").await, 0, "not the proxy");
    // The owner signs in, from elsewhere and even from the attacker's own address.
    let mut owner = behind_proxy(&app).await;
    assert_eq!(sign_in(&mut owner, "203.0.113.5", "owner@example.org", PASSWORD).await, StatusCode::SEE_OTHER);
    let mut neighbour = behind_proxy(&app).await;
    assert_eq!(sign_in(&mut neighbour, "198.51.100.7", "owner@example.org", PASSWORD).await, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn one_address_failing_on_one_account_waits_while_the_owner_elsewhere_signs_in() {
    let app = app().await;
    app.create_user("owner@example.org", Role::ProgrammeOfficer, None).await;
    let mut attacker = behind_proxy(&app).await;
    for _ in 0..10 {
        sign_in(&mut attacker, "198.51.100.7", "owner@example.org", "wrong").await;
    }
    // Past the first failures the attacker's attempts wait, even with the right password.
    assert_eq!(
        sign_in(&mut attacker, "198.51.100.7", "owner@example.org", PASSWORD).await,
        StatusCode::TOO_MANY_REQUESTS
    );
    let mut owner = behind_proxy(&app).await;
    assert_eq!(sign_in(&mut owner, "203.0.113.5", "owner@example.org", PASSWORD).await, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn guessing_one_account_from_many_addresses_is_slowed_not_locked() {
    let app = app().await;
    app.create_user("owner@example.org", Role::ProgrammeOfficer, None).await;
    let mut attacker = behind_proxy(&app).await;
    for i in 0..25 {
        sign_in(&mut attacker, &format!("198.51.100.{i}"), "owner@example.org", "wrong").await;
    }
    let mut owner = behind_proxy(&app).await;
    let headers = [("x-forwarded-for", "203.0.113.5")];
    owner.request(Method::GET, "/en/login", &headers, Body::empty()).await;
    let form = format!("email=owner%40example.org&password=x&csrf={}", owner.csrf);
    let headers = [("content-type", "application/x-www-form-urlencoded"), ("x-forwarded-for", "203.0.113.5")];
    let waiting = owner.request(Method::POST, "/en/login", &headers, Body::from(form)).await;
    waiting.assert_status(StatusCode::TOO_MANY_REQUESTS);
    let wait: u64 = waiting.header("retry-after").parse().unwrap();
    assert!((1..=60).contains(&wait), "the account waits at most a minute: {wait}");
}

#[tokio::test]
async fn a_forwarded_header_from_an_untrusted_peer_is_ignored() {
    let app = app().await;
    let mut client = app.anonymous();
    client.peer = Some("192.0.2.50:5000".parse().unwrap());
    client.get("/en/login").await;
    sign_in(&mut client, "10.9.9.9", "someone@example.org", "wrong").await;
    assert_eq!(app.count("SELECT COUNT(*) FROM login_failures WHERE ip = '192.0.2.50'").await, 1);
}

#[tokio::test]
async fn signing_in_or_failing_to_changes_no_data_and_keeps_kept_pages() {
    let app = app().await;
    app.create_user("ana@example.org", Role::ProgrammeOfficer, None).await;
    let mut client = behind_proxy(&app).await;
    let before = app.db.version();
    for _ in 0..3 {
        assert_eq!(
            sign_in(&mut client, "203.0.113.9", "ana@example.org", "wrong password").await,
            StatusCode::UNPROCESSABLE_ENTITY
        );
    }
    assert_eq!(sign_in(&mut client, "203.0.113.9", "ana@example.org", PASSWORD).await, StatusCode::SEE_OTHER);
    assert_eq!(
        app.db.version(),
        before,
        "sign-in bookkeeping is no change of data: caches stay, indicators are not counted again"
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM login_failures").await, 0, "a success clears the failures");
}
