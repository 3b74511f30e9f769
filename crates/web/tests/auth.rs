//! Signing in and out, sessions, CSRF and throttling.

mod common;

use apdc_domain::Role;
use axum::http::StatusCode;
use common::{PASSWORD, TestApp};

#[tokio::test]
async fn signing_in_starts_a_session_and_follows_only_local_next() {
    let app = TestApp::new().await;
    app.create_user("officer@example.org", Role::ProgrammeOfficer, None).await;
    let mut client = app.anonymous();

    // Public pages set no cookie (so they can be cached).
    let home = client.get("/en/").await;
    assert!(home.header("set-cookie").is_empty());

    // A staff page sends the visitor to sign in, and back afterwards.
    let r = client.get("/en/admin/members/KE/edit").await;
    r.assert_status(StatusCode::SEE_OTHER);
    assert_eq!(r.location(), "/en/login?next=/en/admin/members/KE/edit");

    let form = client.get("/en/login?next=/en/admin/members/KE/edit").await;
    let cookie = form.header("set-cookie");
    assert!(cookie.starts_with("apdc_session="), "{cookie}");
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), "{cookie}");
    assert!(!cookie.contains("Secure"), "plain-HTTP local site");
    let r = client
        .post_form(
            "/en/login",
            &[("email", "Officer@Example.org"), ("password", PASSWORD), ("next", "/en/admin/members/KE/edit")],
        )
        .await;
    r.assert_status(StatusCode::SEE_OTHER);
    assert_eq!(r.location(), "/en/admin/members/KE/edit");
    let page = client.get("/en/admin/members/KE/edit").await.assert_status(StatusCode::OK).text();
    assert!(page.contains("Signed in as Test User (programme officer)"));

    // Signing out ends the session.
    client.post_form("/en/logout", &[]).await.assert_status(StatusCode::SEE_OTHER);
    client.get("/en/admin/members/KE/edit").await.assert_status(StatusCode::SEE_OTHER);

    // A form sent without a session leads to the sign-in page, without a destination
    // (a post cannot be replayed).
    let mut stranger = app.anonymous();
    let r = stranger.post_form("/en/logout", &[]).await;
    assert_eq!(r.location(), "/en/login");

    // `next` never leads off the site.
    client.get("/en/login").await;
    let r = client
        .post_form(
            "/en/login",
            &[("email", "officer@example.org"), ("password", PASSWORD), ("next", "//evil.example/x")],
        )
        .await;
    assert_eq!(r.location(), "/en/");
}

#[tokio::test]
async fn session_cookies_are_secure_on_an_https_site() {
    let app = TestApp::with_public_url("https://apdc.example.org").await;
    let r = app.anonymous().get("/en/login").await;
    assert!(r.header("set-cookie").contains("Secure"));
    assert!(r.header("strict-transport-security").contains("max-age="));
    let r = app.anonymous().get("/language/fr?next=/").await;
    assert!(r.header("set-cookie").starts_with("apdc_lang=fr;") && r.header("set-cookie").contains("Secure"));
}

#[tokio::test]
async fn wrong_credentials_are_refused_alike_and_then_throttled() {
    let app = TestApp::new().await;
    app.create_user("admin@example.org", Role::Administrator, None).await;
    let mut client = app.anonymous();
    client.get("/en/login").await;
    let unknown = client.post_form("/en/login", &[("email", "nobody@example.org"), ("password", PASSWORD)]).await;
    unknown.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let wrong =
        client.post_form("/en/login", &[("email", "admin@example.org"), ("password", "not the password")]).await;
    wrong.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let message = "The email address or password is not correct, or the account is disabled.";
    assert!(unknown.text().contains(message) && wrong.text().contains(message), "no hint which one was wrong");
    assert!(wrong.text().contains("value=\"admin@example.org\""), "the address is kept");
    // Five failures cost nothing; each further one doubles the wait, from one second.
    apdc_store::users::record_login_failure(&app.db, "admin@example.org", "unknown").await.unwrap();
    for _ in 0..8 {
        apdc_store::users::record_login_failure(&app.db, "admin@example.org", "unknown").await.unwrap();
    }
    // Ten failures: even the right password waits 32 seconds from the last one.
    let locked = client.post_form("/en/login", &[("email", "admin@example.org"), ("password", PASSWORD)]).await;
    locked.assert_status(StatusCode::TOO_MANY_REQUESTS);
    let wait: u64 = locked.header("retry-after").parse().unwrap();
    assert!((31..=32).contains(&wait), "{wait}");
    assert!(
        locked.text().contains(&format!("Too many attempts. Wait {wait} seconds and try again.")),
        "{}",
        locked.text()
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM login_failures WHERE email = 'admin@example.org'").await, 10);
}

#[tokio::test]
async fn forms_without_the_sessions_token_are_refused() {
    let app = TestApp::new().await;
    let mut staff = app.signed_in(Role::Administrator, None).await;
    let fields =
        [("acronym", "HACK"), ("category", "member_body"), ("developing", "true"), ("developing_basis", "iso_list")];
    let mut forged: Vec<(&str, &str)> = fields.to_vec();
    forged.push(("csrf", "0000"));
    let r = staff.post_form("/en/admin/members/KE/edit", &forged).await;
    r.assert_status(StatusCode::FORBIDDEN);
    assert!(r.text().contains("This form has expired or was not sent from this site."));
    // The token of another session does not work either.
    let other = app.signed_in(Role::Administrator, None).await;
    let mut stolen: Vec<(&str, &str)> = fields.to_vec();
    stolen.push(("csrf", &other.csrf));
    staff.post_form("/en/admin/members/KE/edit", &stolen).await.assert_status(StatusCode::FORBIDDEN);
    assert_eq!(app.anonymous().get("/api/v1/members/KE").await.json()["acronym"], "KEBS");
    // The login form is protected too.
    let mut fresh = app.anonymous();
    let r = fresh.post_form("/en/login", &[("email", "a@example.org"), ("password", PASSWORD), ("csrf", "")]).await;
    r.assert_status(StatusCode::FORBIDDEN);
}
