//! Staff and focal-point journeys through the real HTTP application, on the engine under
//! test: create a project and its activities with forms, enrol and move participants,
//! manage people (duplicates, merge, export, erasure), and focal points nominating and
//! withdrawing for their own member only.

mod common;

use apdc_domain::Role;
use axum::http::StatusCode;
use common::TestApp;
use common::delivery::sample_project;

#[tokio::test]
async fn an_officer_creates_a_project_with_its_partners_money_and_activities() {
    let app = TestApp::new().await;
    let mut officer = app.signed_in(Role::ProgrammeOfficer, None).await;
    officer.get("/en/admin/projects").await.assert_status(StatusCode::OK);
    officer.get("/en/admin/projects/new").await.assert_status(StatusCode::OK);
    officer
        .post_form(
            "/en/admin/themes",
            &[("slug", "climate-action"), ("name_en", "Climate action"), ("name_fr", "Action climatique")],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);

    // Every problem named at once, nothing written.
    let bad = officer
        .post_form(
            "/en/admin/projects",
            &[
                ("code", "bad code"),
                ("status", "implementation"),
                ("scope", "national"),
                ("planned_start", "2026-02-30"),
            ],
        )
        .await;
    bad.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let html = bad.text();
    for message in [
        "Use letters, digits",
        "Enter a date as YYYY-MM-DD",
        "A national project needs its country",
        "This field is required",
    ] {
        assert!(html.contains(message), "{message}");
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM projects").await, 0);

    let created = officer
        .post_form(
            "/en/admin/projects",
            &[
                ("code", "apdc-2026-001"),
                ("status", "implementation"),
                ("scope", "regional"),
                ("planned_start", "2026-01-01"),
                ("planned_end", "2027-12-31"),
                ("public", "true"),
                ("title_en", "Climate standards for West Africa"),
                ("title_fr", "Normes climatiques pour l'Afrique de l'Ouest"),
                ("summary_en", "Helping NSBs adopt climate standards."),
                // As a browser sends a textarea: paragraphs with Windows line endings.
                ("description_en", "Two workshops in Dakar.\r\n\r\nThen coaching at a distance."),
                ("countries", "SN"),
                ("countries", "CI"),
                ("regions", "Western Africa"),
                ("members", "SN"),
                ("themes", "climate-action"),
                ("sdgs", "13"),
                ("sdg_targets", "9.1"),
            ],
        )
        .await;
    created.assert_status(StatusCode::SEE_OTHER);
    assert_eq!(created.location(), "/en/admin/projects/APDC-2026-001");
    let page = officer.get("/en/admin/projects/APDC-2026-001").await;
    page.assert_status(StatusCode::OK);
    assert!(page.text().contains("Climate standards for West Africa"));

    // An organisation, linked as donor, with a commitment and a budget.
    officer
        .post_form(
            "/en/admin/organisations",
            &[("name", "Demo Agency"), ("acronym", "DA"), ("org_type", "government"), ("iati_ref", "XX-1")],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let (org,): (i64,) = app.db.fetch_one(apdc_store::Sql::new("SELECT id FROM organisations")).await.unwrap();
    let org = org.to_string();
    officer
        .post_form("/en/admin/projects/APDC-2026-001/partners", &[("organisation", &org), ("role", "funding")])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let bad_money = officer
        .post_form(
            "/en/admin/projects/APDC-2026-001/finances",
            &[
                ("kind", "commitment"),
                ("organisation", &org),
                ("year", "2026"),
                ("currency", "XYZ"),
                ("amount", "1,000.5"),
            ],
        )
        .await;
    bad_money.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad_money.text().contains("ISO 4217"));
    officer
        .post_form(
            "/en/admin/projects/APDC-2026-001/finances",
            &[
                ("kind", "commitment"),
                ("organisation", &org),
                ("year", "2026"),
                ("currency", "eur"),
                ("amount", "250 000"),
            ],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    officer
        .post_form(
            "/en/admin/projects/APDC-2026-001/budgets",
            &[("year", "2026"), ("currency", "EUR"), ("amount", "125000.50")],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let public = app.anonymous().get("/en/projects/APDC-2026-001").await.text();
    assert!(public.contains("Demo Agency"), "donor shown publicly");
    assert!(
        public.contains("<p>Two workshops in Dakar.</p><p>Then coaching at a distance.</p>"),
        "a description of several paragraphs is kept and shown as paragraphs"
    );
    let api = app.anonymous().get("/api/v1/projects/APDC-2026-001").await.json();
    assert_eq!(api["finances"][0]["amount"], "250000");
    assert_eq!(api["budgets"][0]["amount"], "125000.50");

    // Activities: a mission needs its requesting member; then recommendations follow up.
    officer.get("/en/admin/projects/APDC-2026-001/activities/new?mode=mission").await.assert_status(StatusCode::OK);
    let incomplete = officer
        .post_form(
            "/en/admin/projects/APDC-2026-001/activities",
            &[("mode", "mission"), ("title", "Advisory mission"), ("status", "planned")],
        )
        .await;
    incomplete.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(incomplete.text().contains("This mode of activity needs this field."));
    let mission = officer
        .post_form(
            "/en/admin/projects/APDC-2026-001/activities",
            &[
                ("mode", "mission"),
                ("title", "Advisory mission on climate standards"),
                ("status", "completed"),
                ("start_date", "2026-05-04"),
                ("end_date", "2026-05-08"),
                ("requesting_member", "SN"),
                ("members", "SN"),
                ("languages", "fr"),
            ],
        )
        .await;
    mission.assert_status(StatusCode::SEE_OTHER);
    let mission_path = mission.location();
    officer
        .post_form(
            &format!("{mission_path}/recommendations"),
            &[("text", "Adopt ISO 14064-1 nationally"), ("follow_up", "open")],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let (rec,): (i64,) =
        app.db.fetch_one(apdc_store::Sql::new("SELECT id FROM mission_recommendations")).await.unwrap();
    officer
        .post_form(&format!("{mission_path}/recommendations/{rec}"), &[("follow_up", "implemented")])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let coaching = officer
        .post_form(
            "/en/admin/projects/APDC-2026-001/activities",
            &[
                ("mode", "coaching"),
                ("title", "Coaching on strategy"),
                ("status", "ongoing"),
                ("goals", "A national standardization strategy"),
            ],
        )
        .await;
    coaching.assert_status(StatusCode::SEE_OTHER);
    let coaching_path = coaching.location();
    officer
        .post_form(&format!("{coaching_path}/sessions"), &[("held_on", "2026-03-02"), ("notes", "First call")])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    officer
        .post_form(&format!("{mission_path}/sessions"), &[("held_on", "2026-03-02")])
        .await
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let page = officer.get(&mission_path).await.text();
    assert!(page.contains("Adopt ISO 14064-1 nationally") && page.contains("Implemented"));
    // The completed mission reaches its requesting member.
    let reach = app.anonymous().get("/api/v1/projects/APDC-2026-001").await.json();
    assert_eq!(reach["reach"]["members"], serde_json::json!(["SN"]));
    officer.get("/en/admin/projects/APDC-2026-001/audit").await.assert_status(StatusCode::OK);
    assert!(officer.get(&format!("{mission_path}/audit")).await.text().contains("activity.recommendation.follow_up"));
}

#[tokio::test]
async fn participants_are_enrolled_moved_along_and_their_people_managed() {
    let app = TestApp::new().await;
    let project = sample_project(&app, "APDC-KE-1").await;
    let activity = apdc_store::activities::create(
        &app.db,
        &common::delivery::actor(),
        &project.code,
        &common::delivery::elearning("Standards 101"),
    )
    .await
    .unwrap();
    let base = format!("/en/admin/activities/{}", activity.id);
    let mut officer = app.signed_in(Role::ProgrammeOfficer, None).await;
    let enrol = |email: &'static str, name: &'static str| {
        vec![
            ("email", email),
            ("name", name),
            ("sex", "female"),
            ("country", "KE"),
            ("stakeholder_group", "nsb_staff"),
            ("nominated_by", "KE"),
            ("status", "nominated"),
        ]
    };
    officer
        .post_form(&format!("{base}/participants"), &enrol("wanjiru@example.org", "Wanjiru"))
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let twice = officer.post_form(&format!("{base}/participants"), &enrol("WANJIRU@example.org", "Wanjiru K.")).await;
    twice.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(twice.text().contains("already takes part"));
    let invalid =
        officer.post_form(&format!("{base}/participants"), &[("email", "nope"), ("status", "nominated")]).await;
    invalid.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(app.count("SELECT COUNT(*) FROM people").await, 1);

    let (participation,): (i64,) =
        app.db.fetch_one(apdc_store::Sql::new("SELECT id FROM participations")).await.unwrap();
    let move_to = |status: &'static str| vec![("status", status)];
    let path = format!("{base}/participations/{participation}");
    officer.post_form(&path, &move_to("completed")).await.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    for status in ["accepted", "attended", "completed"] {
        officer.post_form(&path, &move_to(status)).await.assert_status(StatusCode::SEE_OTHER);
    }
    let page = officer.get(&base).await.text();
    assert!(page.contains("Wanjiru") && page.contains("Completed"));

    // People: a second record with the same address is listed as a duplicate and merged.
    officer
        .post_form(
            "/en/admin/people",
            &[("name", "W. Kamau"), ("email", "wanjiru@example.org"), ("sex", "female"), ("country", "KE")],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let duplicates = officer.get("/en/admin/people/duplicates").await.text();
    assert!(duplicates.contains("W. Kamau") && duplicates.contains("Merge"));
    let ids: Vec<(i64,)> = app.db.fetch_all(apdc_store::Sql::new("SELECT id FROM people ORDER BY id")).await.unwrap();
    officer
        .post_form("/en/admin/people/merge", &[("keep", &ids[0].0.to_string()), ("duplicate", &ids[1].0.to_string())])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    assert_eq!(app.count("SELECT COUNT(*) FROM people").await, 1);

    // Everything held, then erasure: the totals stay, the identity goes.
    let person = format!("/en/admin/people/{}", ids[0].0);
    let export = officer.get(&format!("{person}/export")).await;
    export.assert_status(StatusCode::OK);
    assert!(export.header("content-disposition").contains("attachment"));
    assert_eq!(export.json()["person"]["email"], "wanjiru@example.org");
    assert_eq!(export.json()["participations"][0]["status"], "completed");
    officer
        .post_form(&format!("{person}/erase"), &[("confirm", "no")])
        .await
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    officer.post_form(&format!("{person}/erase"), &[("confirm", "ERASE")]).await.assert_status(StatusCode::SEE_OTHER);
    let after = officer.get(&base).await.text();
    assert!(!after.contains("Wanjiru") && !after.contains("wanjiru@example.org"));
    let reach = app.anonymous().get("/api/v1/projects/APDC-KE-1").await.json();
    assert_eq!(reach["reach"]["people"], 1, "the erased person is still counted");
}

#[tokio::test]
async fn focal_points_nominate_and_withdraw_for_their_own_member_only() {
    let app = TestApp::new().await;
    let project = sample_project(&app, "APDC-KE-1").await;
    let mut input = common::delivery::elearning("Open course for Kenya");
    input.status = apdc_domain::activity::ActivityStatus::Open;
    let open =
        apdc_store::activities::create(&app.db, &common::delivery::actor(), &project.code, &input).await.unwrap();
    let mut closed_input = common::delivery::elearning("Closed course");
    closed_input.status = apdc_domain::activity::ActivityStatus::Completed;
    let closed = apdc_store::activities::create(&app.db, &common::delivery::actor(), &project.code, &closed_input)
        .await
        .unwrap();

    let mut kenya = app.signed_in(Role::FocalPoint, Some("KE")).await;
    let support = kenya.get("/en/members/KE/support").await;
    support.assert_status(StatusCode::OK);
    assert!(support.text().contains("Standards for SMEs in Kenya"), "the member sees its project");
    let form = kenya.get("/en/members/KE/nominate").await.text();
    assert!(form.contains("Open course for Kenya") && !form.contains("Closed course"));
    let nominate = |activity: i64| {
        vec![
            ("activity", activity.to_string()),
            ("name", "Achieng Odhiambo".to_owned()),
            ("email", "achieng@example.org".to_owned()),
            ("sex", "female".to_owned()),
            ("country", "KE".to_owned()),
            ("stakeholder_group", "industry".to_owned()),
            // Whatever the form says, the member nominating is the one in the path.
            ("nominated_by", "SN".to_owned()),
        ]
    };
    let as_refs = |v: &Vec<(&'static str, String)>| v.iter().map(|(k, v)| (*k, v.clone())).collect::<Vec<_>>();
    let fields = as_refs(&nominate(closed.id));
    let refs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let refused = kenya.post_form("/en/members/KE/nominations", &refs).await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text().contains("not open for nominations"));
    let fields = as_refs(&nominate(open.id));
    let refs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    kenya.post_form("/en/members/KE/nominations", &refs).await.assert_status(StatusCode::SEE_OTHER);
    let (id, member): (i64, String) = app
        .db
        .fetch_one(apdc_store::Sql::new(
            "SELECT pa.id, m.alpha2 FROM participations pa JOIN members m ON m.id = pa.nominated_by_member_id",
        ))
        .await
        .unwrap();
    assert_eq!(member, "KE");
    assert!(kenya.get("/en/members/KE/support").await.text().contains("Achieng Odhiambo"));

    // Another member's focal point sees none of it and cannot withdraw it.
    let mut senegal = app.signed_in(Role::FocalPoint, Some("SN")).await;
    senegal.get("/en/members/KE/support").await.assert_status(StatusCode::FORBIDDEN);
    senegal
        .post_form(&format!("/en/members/KE/nominations/{id}/withdraw"), &[])
        .await
        .assert_status(StatusCode::FORBIDDEN);
    senegal
        .post_form(&format!("/en/members/SN/nominations/{id}/withdraw"), &[])
        .await
        .assert_status(StatusCode::NOT_FOUND);
    assert!(!senegal.get("/en/members/SN/support").await.text().contains("Achieng"));

    kenya
        .post_form(&format!("/en/members/KE/nominations/{id}/withdraw"), &[])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let (status,): (String,) = app
        .db
        .fetch_one(apdc_store::Sql::new(format!("SELECT status FROM participations WHERE id = {id}")))
        .await
        .unwrap();
    assert_eq!(status, "withdrawn");
    let again = kenya.post_form(&format!("/en/members/KE/nominations/{id}/withdraw"), &[]).await;
    again.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn staff_create_and_revoke_their_api_tokens() {
    let app = TestApp::new().await;
    let mut officer = app.signed_in(Role::ProgrammeOfficer, None).await;
    officer.get("/en/account/tokens").await.assert_status(StatusCode::OK);
    let created = officer.post_form("/en/account/tokens", &[("name", "Monthly export")]).await;
    created.assert_status(StatusCode::OK);
    assert_eq!(created.header("cache-control"), "no-store");
    let html = created.text();
    let start = html.find("apdc_").expect("the new token is shown");
    let token: String = html[start..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
    let mut program = app.anonymous();
    let auth = format!("Bearer {token}");
    let body = r#"{"code": "tok-1", "status": "pipeline", "scope": "global", "title_en": "Via token"}"#;
    program
        .request(
            axum::http::Method::POST,
            "/api/v1/projects",
            &[("content-type", "application/json"), ("authorization", &auth)],
            axum::body::Body::from(body),
        )
        .await
        .assert_status(StatusCode::CREATED);
    let (id,): (i64,) = app.db.fetch_one(apdc_store::Sql::new("SELECT id FROM api_tokens")).await.unwrap();
    officer.post_form(&format!("/en/account/tokens/{id}/revoke"), &[]).await.assert_status(StatusCode::SEE_OTHER);
    program
        .request(
            axum::http::Method::POST,
            "/api/v1/projects",
            &[("content-type", "application/json"), ("authorization", &auth)],
            axum::body::Body::from(body),
        )
        .await
        .assert_status(StatusCode::UNAUTHORIZED);
    // Another user cannot revoke someone else's token.
    let mut other = app.signed_in(Role::Administrator, None).await;
    other.post_form(&format!("/en/account/tokens/{id}/revoke"), &[]).await.assert_status(StatusCode::NOT_FOUND);
}
