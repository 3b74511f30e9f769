//! Administrators manage accounts and roles; passwords are generated and shown once.

mod common;

use apdc_domain::Role;
use axum::http::StatusCode;
use common::TestApp;

/// The generated password on a "new password" page.
fn shown_password(html: &str) -> String {
    let start = html.find("<code class=\"secret\">").expect("password shown") + "<code class=\"secret\">".len();
    html[start..start + html[start..].find('<').unwrap()].to_owned()
}

#[tokio::test]
async fn administrators_create_focal_points_who_can_then_sign_in() {
    let app = TestApp::new().await;
    let mut admin = app.signed_in(Role::Administrator, None).await;
    let form = admin.get("/en/admin/users/new").await.assert_status(StatusCode::OK).text();
    assert!(form.contains("<option value=\"KE\">Kenya — KEBS</option>"));

    // A focal point without a member is refused, with the reason at the field.
    let r = admin
        .post_form(
            "/en/admin/users",
            &[("email", "fp@kebs.example"), ("display_name", "Jane"), ("role", "focal_point")],
        )
        .await;
    r.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.text().contains("A member focal point must be attached to a member."));

    let created = admin
        .post_form(
            "/en/admin/users",
            &[
                ("email", "FP@kebs.example"),
                ("display_name", "Jane Wanjiru"),
                ("role", "focal_point"),
                ("member", "KE"),
            ],
        )
        .await;
    created.assert_status(StatusCode::CREATED);
    let password = shown_password(&created.text());
    assert_eq!(password.len(), 20);
    assert!(created.text().contains("fp@kebs.example"));

    // The same address again is a conflict named at the field.
    let again = admin
        .post_form("/en/admin/users", &[("email", "fp@kebs.example"), ("display_name", "X"), ("role", "participant")])
        .await;
    again.assert_status(StatusCode::CONFLICT);
    assert!(again.text().contains("Another account already uses this email address."));

    let mut focal = app.anonymous();
    focal.sign_in("fp@kebs.example", &password).await.assert_status(StatusCode::SEE_OTHER);
    let home = focal.get("/en/").await.text();
    assert!(home.contains("/en/members/KE/support"), "a focal point is offered their member");
    focal.get("/en/members/KE/contacts").await.assert_status(StatusCode::OK);
    focal.get("/en/admin/users").await.assert_status(StatusCode::FORBIDDEN);

    let list = admin.get("/en/admin/users?role=focal_point").await.assert_status(StatusCode::OK).text();
    assert!(list.contains("fp@kebs.example") && list.contains("One account."), "{list}");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'user.create' AND actor_id IS NOT NULL").await,
        1
    );
}

#[tokio::test]
async fn deactivating_an_account_ends_its_sessions_and_a_reset_replaces_the_password() {
    let app = TestApp::new().await;
    let mut admin = app.signed_in(Role::Administrator, None).await;
    app.create_user("officer@example.org", Role::ProgrammeOfficer, None).await;
    let mut officer = app.anonymous();
    officer.sign_in("officer@example.org", common::PASSWORD).await.assert_status(StatusCode::SEE_OTHER);
    officer.get("/en/admin/members/KE/edit").await.assert_status(StatusCode::OK);
    let (id,): (i64,) = app
        .db
        .fetch_one(apdc_store::Sql::new("SELECT id FROM users WHERE email = 'officer@example.org'"))
        .await
        .unwrap();

    admin.get(&format!("/en/admin/users/{id}/edit")).await.assert_status(StatusCode::OK);
    let r = admin
        .post_form(
            &format!("/en/admin/users/{id}/edit"),
            &[("email", "officer@example.org"), ("display_name", "Officer"), ("role", "programme_officer")],
        )
        .await;
    r.assert_status(StatusCode::SEE_OTHER);
    // Unchecked "active": the officer's open session no longer works.
    officer.get("/en/admin/members/KE/edit").await.assert_status(StatusCode::SEE_OTHER);
    let mut again = app.anonymous();
    again.sign_in("officer@example.org", common::PASSWORD).await.assert_status(StatusCode::UNPROCESSABLE_ENTITY);

    // Reactivate and reset the password: the old one stops working, the new one works.
    admin.get(&format!("/en/admin/users/{id}/edit")).await;
    admin
        .post_form(
            &format!("/en/admin/users/{id}/edit"),
            &[
                ("email", "officer@example.org"),
                ("display_name", "Officer"),
                ("role", "programme_officer"),
                ("active", "true"),
            ],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let mut before_reset = app.anonymous();
    before_reset.sign_in("officer@example.org", common::PASSWORD).await.assert_status(StatusCode::SEE_OTHER);
    before_reset.get("/en/admin/members/KE/edit").await.assert_status(StatusCode::OK);
    admin.get(&format!("/en/admin/users/{id}/edit")).await;
    let reset = admin.post_form(&format!("/en/admin/users/{id}/password"), &[]).await;
    reset.assert_status(StatusCode::OK);
    let password = shown_password(&reset.text());
    let mut old = app.anonymous();
    old.sign_in("officer@example.org", common::PASSWORD).await.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    // A session opened with the old password ends with it.
    before_reset.get("/en/admin/members/KE/edit").await.assert_status(StatusCode::SEE_OTHER);
    let mut new = app.anonymous();
    new.sign_in("officer@example.org", &password).await.assert_status(StatusCode::SEE_OTHER);

    let history = admin.get(&format!("/en/admin/users/{id}/edit")).await.text();
    assert!(history.contains("Password changed") && history.contains("Account edited"));
    assert!(history.contains("<strong>active</strong>: <del>true</del> → <ins>false</ins>"), "{history}");
    assert!(!history.contains("argon2"), "no password hash in the trail");
}

#[tokio::test]
async fn administrators_cannot_lock_themselves_out() {
    let app = TestApp::new().await;
    let mut admin = app.signed_in(Role::Administrator, None).await;
    let (id, email): (i64, String) = app
        .db
        .fetch_one(apdc_store::Sql::new("SELECT id, email FROM users WHERE role = 'administrator'"))
        .await
        .unwrap();
    admin.get(&format!("/en/admin/users/{id}/edit")).await.assert_status(StatusCode::OK);
    let r = admin
        .post_form(
            &format!("/en/admin/users/{id}/edit"),
            &[("email", &email), ("display_name", "Me"), ("role", "participant"), ("active", "true")],
        )
        .await;
    r.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.text().contains("You cannot remove your own administrator role"));
    admin.get("/en/admin/users").await.assert_status(StatusCode::OK);
    admin.get("/en/admin/users/999999/edit").await.assert_status(StatusCode::NOT_FOUND);
    admin.get("/en/admin/users?role=king").await.assert_status(StatusCode::BAD_REQUEST);
}
