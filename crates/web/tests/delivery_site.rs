//! The public projects pages and the projects API, on the engine under test: filters
//! shared by page and API, private projects and personal data kept out of public view,
//! staff writes through an API token, and the weight budget.

mod common;

use apdc_domain::Role;
use apdc_domain::activity::{ActivityFields, ActivityInput};
use apdc_domain::person::ParticipationStatus;
use apdc_domain::project::ProjectInput;
use apdc_store::{activities, participations, people, projects, tokens};
use axum::body::Body;
use axum::http::{Method, StatusCode};
use common::TestApp;
use common::delivery::{actor, person, sample_project};

async fn webinar(app: &TestApp, code: &str) -> activities::Activity {
    let input = ActivityInput::parse(&ActivityFields {
        mode: "webinar".into(),
        title: "Webinar on ISO 9001 for SMEs".into(),
        status: "completed".into(),
        starts_at: "2026-04-14T14:00".into(),
        time_zone: "Africa/Nairobi".into(),
        meeting_link: "https://meet.example.org/secret-room".into(),
        members: vec!["KE".into()],
        ..ActivityFields::default()
    })
    .unwrap();
    activities::create(&app.db, &actor(), code, &input).await.unwrap()
}

#[tokio::test]
async fn the_project_list_filters_and_shows_an_empty_state() {
    let app = TestApp::new().await;
    let mut visitor = app.anonymous();
    let empty = visitor.get("/en/projects").await;
    empty.assert_status(StatusCode::OK);
    assert!(empty.text().contains("No project matches"));

    sample_project(&app, "APDC-KE-1").await;
    let all = visitor.get("/en/projects").await;
    assert!(all.text().contains("Standards for SMEs in Kenya"));
    let french = visitor.get("/fr/projects").await;
    assert!(french.text().contains("Normes pour les PME au Kenya"));
    for (query, found) in [
        ("?sdg=9", true),
        ("?sdg=5", false),
        ("?region=Africa&theme=smes&status=implementation", true),
        ("?country=KE&member=KE&year=2026", true),
        ("?year=2030", false),
        ("?mode=webinar", false),
        ("?q=smes", true),
    ] {
        let page = visitor.get(&format!("/en/projects{query}")).await;
        page.assert_status(StatusCode::OK);
        assert_eq!(page.text().contains("Standards for SMEs in Kenya"), found, "page {query}");
        let api = visitor.get(&format!("/api/v1/projects{query}")).await;
        api.assert_status(StatusCode::OK);
        assert_eq!(api.json()["total"], if found { 1 } else { 0 }, "API {query}");
    }
    for (query, field) in
        [("?sdg=18", "sdg"), ("?status=dreaming", "status"), ("?region=Atlantis", "region"), ("?year=x", "year")]
    {
        let page = visitor.get(&format!("/en/projects{query}")).await;
        page.assert_status(StatusCode::BAD_REQUEST);
        let api = visitor.get(&format!("/api/v1/projects{query}")).await;
        api.assert_status(StatusCode::BAD_REQUEST);
        assert_eq!(api.json()["error"]["field"], field);
    }
    visitor.get("/en/projects?page=9").await.assert_status(StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_project_page_shows_reach_without_personal_data() {
    let app = TestApp::new().await;
    let project = sample_project(&app, "APDC-KE-1").await;
    let activity = webinar(&app, &project.code).await;
    let amina =
        people::create(&app.db, &actor(), &person("Amina Otieno", "amina@example.org", "female", "KE")).await.unwrap();
    let ke = Some(apdc_domain::CountryCode::parse("KE").unwrap());
    participations::add(&app.db, &actor(), activity.id, amina.id, ParticipationStatus::Attended, ke).await.unwrap();

    let mut visitor = app.anonymous();
    let page = visitor.get("/en/projects/APDC-KE-1").await;
    page.assert_status(StatusCode::OK);
    let html = page.text();
    assert!(html.contains("Standards for SMEs in Kenya") && html.contains("Webinar on ISO 9001 for SMEs"));
    assert!(html.contains("Kenya"), "countries by name");
    assert!(html.contains("<strong>1</strong> people reached"), "{html}");
    for private in ["Amina", "amina@example.org", "secret-room"] {
        assert!(!html.contains(private), "{private} must not appear publicly");
    }
    assert!(html.contains("<h1>Standards for SMEs in Kenya</h1>"), "in the page's own language: {html}");
    // Written in English and French only: an Arabic reader is told, and the English
    // text is marked as English, left to right, inside the right-to-left page.
    let arabic = visitor.get("/ar/projects/APDC-KE-1").await.text();
    assert!(arabic.contains("<h1 lang=\"en\" dir=\"ltr\">Standards for SMEs in Kenya</h1>"), "{arabic}");
    assert!(arabic.contains("<p class=\"muted\">هذا النص"), "the notice is in Arabic: {arabic}");
    let api = visitor.get("/api/v1/projects/APDC-KE-1").await;
    api.assert_status(StatusCode::OK);
    let body = api.text();
    assert!(!body.contains("secret-room") && !body.contains("Amina"));
    assert_eq!(api.json()["reach"]["people"], 1);
    assert_eq!(api.json()["reach"]["by_sex"][0][0], "female");
    let listed = visitor.get("/api/v1/activities?project=APDC-KE-1&mode=webinar").await;
    assert_eq!(listed.json()["total"], 1);
    assert!(listed.json()["items"][0].get("meeting_link").is_none());
    visitor.get(&format!("/api/v1/activities/{}", activity.id)).await.assert_status(StatusCode::OK);

    // Staff see the private link.
    let mut officer = app.signed_in(Role::ProgrammeOfficer, None).await;
    let staff = officer.get(&format!("/api/v1/activities/{}", activity.id)).await;
    assert_eq!(staff.json()["meeting_link"], "https://meet.example.org/secret-room");

    // A private project is invisible to the public, visible to staff.
    let mut fields = project.fields();
    fields.public = String::new();
    projects::update(&app.db, &actor(), "APDC-KE-1", &ProjectInput::parse(&fields).unwrap()).await.unwrap();
    visitor.get("/en/projects/APDC-KE-1").await.assert_status(StatusCode::NOT_FOUND);
    visitor.get("/api/v1/projects/APDC-KE-1").await.assert_status(StatusCode::NOT_FOUND);
    visitor.get(&format!("/api/v1/activities/{}", activity.id)).await.assert_status(StatusCode::NOT_FOUND);
    assert_eq!(visitor.get("/api/v1/projects").await.json()["total"], 0);
    officer.get("/en/projects/APDC-KE-1").await.assert_status(StatusCode::OK);
    assert_eq!(officer.get("/api/v1/projects").await.json()["total"], 1);
}

#[tokio::test]
async fn staff_write_projects_and_activities_through_the_api_with_a_token() {
    let app = TestApp::new().await;
    app.create_user("officer@example.org", Role::ProgrammeOfficer, None).await;
    app.create_user("fp@example.org", Role::FocalPoint, Some("KE")).await;
    let officer =
        apdc_store::users::find_for_login(&app.db, &apdc_domain::Email::parse("officer@example.org").unwrap())
            .await
            .unwrap()
            .unwrap()
            .0;
    let fp = apdc_store::users::find_for_login(&app.db, &apdc_domain::Email::parse("fp@example.org").unwrap())
        .await
        .unwrap()
        .unwrap()
        .0;
    let secret = "test-token-0123456789abcdefghijklmnop";
    tokens::create(&app.db, &actor(), officer.id, "integration", &apdc_web::auth::token_digest(secret)).await.unwrap();
    let fp_secret = "focal-point-token-0123456789abcdefgh";
    tokens::create(&app.db, &actor(), fp.id, "fp", &apdc_web::auth::token_digest(fp_secret)).await.unwrap();

    let mut client = app.anonymous();
    let body = r#"{"code": "api-1", "status": "pipeline", "scope": "regional", "title_en": "Made through the API",
        "regions": ["Western Africa"], "countries": ["SN", "CI"], "sdgs": [9], "public": true}"#;
    let send =
        |client: &mut common::Client, method: Method, path: &'static str, token: &'static str, body: &'static str| {
            let auth = format!("Bearer {token}");
            let mut client = client.clone();
            async move {
                client
                    .request(
                        method,
                        path,
                        &[("content-type", "application/json"), ("authorization", auth.as_str())],
                        Body::from(body),
                    )
                    .await
            }
        };
    send(&mut client, Method::POST, "/api/v1/projects", "wrong-token", body)
        .await
        .assert_status(StatusCode::UNAUTHORIZED);
    send(&mut client, Method::POST, "/api/v1/projects", fp_secret, body).await.assert_status(StatusCode::FORBIDDEN);
    let created = send(&mut client, Method::POST, "/api/v1/projects", secret, body).await;
    created.assert_status(StatusCode::CREATED);
    assert_eq!(created.json()["code"], "API-1");
    assert_eq!(created.json()["countries"], serde_json::json!(["CI", "SN"]));
    send(&mut client, Method::POST, "/api/v1/projects", secret, body).await.assert_status(StatusCode::CONFLICT);

    let invalid =
        send(&mut client, Method::POST, "/api/v1/projects", secret, r#"{"code": "bad code", "status": "x"}"#).await;
    invalid.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let text = invalid.text();
    for field in ["code", "status", "scope", "title_en"] {
        assert!(text.contains(&format!("\"{field}\"")), "{field} named in {text}");
    }
    send(&mut client, Method::POST, "/api/v1/projects", secret, "{not json")
        .await
        .assert_status(StatusCode::BAD_REQUEST);

    let activity = send(
        &mut client,
        Method::POST,
        "/api/v1/projects/API-1/activities",
        secret,
        r#"{"mode": "training", "title": "Workshop on conformity assessment", "status": "planned",
            "start_date": "2026-09-01", "end_date": "2026-09-03", "venue_country": "SN", "venue_city": "Dakar",
            "languages": ["fr"]}"#,
    )
    .await;
    activity.assert_status(StatusCode::CREATED);
    assert_eq!(activity.json()["venue_city"], "Dakar");
    let missing = send(
        &mut client,
        Method::POST,
        "/api/v1/projects/API-1/activities",
        secret,
        r#"{"mode": "training", "title": "x", "status": "planned"}"#,
    )
    .await;
    missing.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(missing.text().contains("venue_city"));
    assert_eq!(app.count("SELECT COUNT(*) FROM activities").await, 1, "nothing half-written");
    assert!(app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'project.create'").await == 1);
}

#[tokio::test]
async fn project_pages_fit_the_weight_budget() {
    const BUDGET: usize = 30 * 1024;
    let app = TestApp::new().await;
    let project = sample_project(&app, "APDC-KE-1").await;
    // Enough projects and countries for a full filter form and a long pagination.
    for (i, country) in ["SN", "PE", "VN", "FJ", "CI", "GH", "NG", "TZ", "UG", "RW", "ET", "BD", "NP", "KH", "BO", "EC"]
        .iter()
        .cycle()
        .take(60)
        .enumerate()
    {
        let mut fields = project.fields();
        fields.code = format!("APDC-X-{i}");
        fields.countries = vec![(*country).into()];
        fields.members = vec![];
        fields.description_en = "A long description of what the project does. ".repeat(40);
        projects::create(&app.db, &actor(), &ProjectInput::parse(&fields).unwrap()).await.unwrap();
    }
    for _ in 0..20 {
        webinar(&app, "APDC-KE-1").await;
    }
    let mut client = app.anonymous();
    let css = client
        .request(Method::GET, &apdc_web::assets::stylesheet_url(), &[("accept-encoding", "br")], Body::empty())
        .await;
    for path in ["/en/projects", "/fr/projects?page=2", "/en/projects/APDC-KE-1", "/en/projects/APDC-X-3"] {
        let r = client.request(Method::GET, path, &[("accept-encoding", "br, gzip")], Body::empty()).await;
        r.assert_status(StatusCode::OK);
        let total = r.body.len() + css.body.len();
        assert!(total <= BUDGET, "{path} weighs {total} bytes");
    }
}

#[tokio::test]
async fn member_profiles_show_the_support_received() {
    let app = TestApp::new().await;
    let mut visitor = app.anonymous();
    assert!(
        visitor.get("/en/members/KE").await.text().contains("No public project or activity names this member yet.")
    );
    let project = sample_project(&app, "APDC-KE-1").await;
    let activity = webinar(&app, &project.code).await;
    let amina = people::create(&app.db, &actor(), &person("Amina", "amina@example.org", "female", "KE")).await.unwrap();
    let ke = Some(apdc_domain::CountryCode::parse("KE").unwrap());
    participations::add(&app.db, &actor(), activity.id, amina.id, ParticipationStatus::Completed, ke).await.unwrap();
    let html = visitor.get("/en/members/KE").await.text();
    assert!(html.contains("Support received") && html.contains("Standards for SMEs in Kenya"));
    assert!(html.contains("<strong>1</strong> people reached"), "{html}");
    assert!(html.contains("<strong>1</strong> activities aimed at or requested by this member"));
    assert!(!html.contains("Amina"));
    let french = visitor.get("/fr/members/KE").await.text();
    assert!(french.contains("Soutien reçu"));
}
