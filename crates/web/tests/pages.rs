//! Pages staff write, the staff home and the translation queue, through the real HTTP
//! application on the engine under test: a page written, reviewed and published by
//! another officer appears where staff placed it (main navigation, footer, "Get
//! involved") and in the API, never before; bad placement, order or address are refused
//! naming the field; the staff home counts what waits and links to its queue.

mod common;

use apdc_domain::Role;
use axum::http::StatusCode;
use common::{Client, TestApp};

async fn write_page(client: &mut Client, fields: &[(&str, &str)]) -> common::Reply {
    client.post_form("/en/admin/pages", fields).await
}

async fn step(client: &mut Client, page: &str, action: &str) {
    client
        .post_form(&format!("{page}/workflow"), &[("action", action), ("publish_at", ""), ("time_zone", "UTC")])
        .await
        .assert_status(StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn a_page_appears_where_staff_placed_it_once_published() {
    let app = TestApp::new().await;
    let mut author = app.signed_in(Role::ProgrammeOfficer, None).await;
    let mut reviewer = app.signed_in(Role::ProgrammeOfficer, None).await;
    let mut reader = app.anonymous();

    let reply = write_page(
        &mut author,
        &[
            ("source_language", "en"),
            ("title", "For experts"),
            ("standfirst", "Share what you know."),
            ("body", "## Trainers wanted\n\nCalls for experts appear here."),
            ("placement", "get_involved"),
            ("position", "2"),
        ],
    )
    .await;
    reply.assert_status(StatusCode::SEE_OTHER);
    let page = reply.location();
    assert!(page.starts_with("/en/admin/pages/"), "{page}");
    let about = write_page(
        &mut author,
        &[
            ("source_language", "en"),
            ("slug", "about-us"),
            ("title", "About the programme"),
            ("body", "What we do."),
            ("placement", "header"),
        ],
    )
    .await
    .location();

    // A draft is nowhere public: not its address, the navigation, "Get involved" or the API.
    reader.get("/en/pages/for-experts").await.assert_status(StatusCode::NOT_FOUND);
    let involved = reader.get("/en/get-involved").await;
    involved.assert_status(StatusCode::OK);
    assert!(!involved.text().contains("For experts"));
    assert!(involved.text().contains("The ways to take part will be described here soon."));
    assert_eq!(reader.get("/api/v1/pages").await.json()["total"], 0);
    assert!(!reader.get("/en/").await.text().contains("About the programme"));

    // The staff home counts the pages in review and links to their queue.
    step(&mut author, &page, "submit").await;
    step(&mut author, &about, "submit").await;
    let home = author.get("/en/admin").await;
    home.assert_status(StatusCode::OK);
    assert!(home.text().contains("2 pages in review"), "{}", home.text());
    assert!(home.text().contains("/en/admin/pages?status=in_review"));
    let queue = author.get("/en/admin/pages?status=in_review").await.text();
    assert!(queue.contains("For experts") && queue.contains("About the programme"), "{queue}");

    step(&mut reviewer, &page, "publish").await;
    step(&mut reviewer, &about, "publish").await;
    let shown = reader.get("/en/pages/for-experts").await;
    shown.assert_status(StatusCode::OK);
    assert!(shown.text().contains("<h2>Trainers wanted</h2>"), "{}", shown.text());
    let involved = reader.get("/en/get-involved").await.text();
    assert!(involved.contains("href=\"/en/pages/for-experts\"") && involved.contains("Share what you know."));
    // Placed in the main navigation, on every page; in French, marked as English text.
    let home = reader.get("/en/projects").await.text();
    assert!(home.contains("<a href=\"/en/pages/about-us\">About the programme</a>"), "{home}");
    let french = reader.get("/fr/pages/about-us").await.text();
    assert!(french.contains("<a href=\"/fr/pages/about-us\" lang=\"en\" dir=\"ltr\">About the programme</a>"));
    assert!(french.contains("Cette page n’a pas encore été traduite dans votre langue"), "{french}");

    let api = reader.get("/api/v1/pages/for-experts?lang=fr").await;
    api.assert_status(StatusCode::OK);
    assert_eq!(api.json()["placement"], "get_involved");
    assert_eq!(api.json()["position"], 2);
    assert_eq!(api.json()["text"]["state"], "missing");
    assert_eq!(reader.get("/api/v1/pages").await.json()["total"], 2);
    // A page is not a story, and a story address is not a page.
    reader.get("/api/v1/stories/for-experts").await.assert_status(StatusCode::NOT_FOUND);
    author.get(&page.replace("/pages/", "/stories/")).await.assert_status(StatusCode::NOT_FOUND);

    // The translation queue lists both pages as untranslated into French.
    let queue = author.get("/en/admin/translations?language=fr").await;
    queue.assert_status(StatusCode::OK);
    let queue = queue.text();
    assert!(queue.contains("For experts") && queue.contains("Not translated"), "{queue}");
    assert!(queue.contains(&format!("{page}/translations/fr")), "{queue}");
    author.get("/en/admin/translations?language=xx").await.assert_status(StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn bad_placement_order_or_address_is_refused_naming_the_field() {
    let app = TestApp::new().await;
    let mut author = app.signed_in(Role::ProgrammeOfficer, None).await;
    write_page(&mut author, &[("source_language", "en"), ("slug", "about"), ("title", "About"), ("body", "Text.")])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let before = app.count("SELECT COUNT(*) FROM contents").await;

    let refused = write_page(
        &mut author,
        &[("source_language", "en"), ("title", "Elsewhere"), ("body", "Text."), ("placement", "sidebar")],
    )
    .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let refused = write_page(
        &mut author,
        &[
            ("source_language", "fr"),
            ("title", "Ailleurs"),
            ("body", "Texte."),
            ("placement", "footer"),
            ("position", "100"),
        ],
    )
    .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text().contains("Write a whole number from 1 to 99."), "{}", refused.text());
    let mut french = app.signed_in(Role::ProgrammeOfficer, None).await;
    let taken = french
        .post_form(
            "/fr/admin/pages",
            &[("source_language", "fr"), ("slug", "about"), ("title", "À propos"), ("body", "Texte.")],
        )
        .await;
    taken.assert_status(StatusCode::CONFLICT);
    assert!(taken.text().contains("Une autre page a déjà cette adresse."), "{}", taken.text());
    assert_eq!(app.count("SELECT COUNT(*) FROM contents").await, before, "nothing stored");

    // A story may take the address a page has: the two are apart.
    author
        .post_form(
            "/en/admin/stories",
            &[("source_language", "en"), ("slug", "about"), ("title", "About"), ("body", "Text.")],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    // Links of a story sent to the page form are not stored unseen.
    let page = write_page(
        &mut author,
        &[("source_language", "en"), ("title", "How we work"), ("body", "Text."), ("countries", "KE")],
    )
    .await
    .location();
    assert!(!author.get(&format!("{page}/edit")).await.text().contains("name=\"countries\""));
    assert_eq!(app.count("SELECT COUNT(*) FROM content_links WHERE link_kind = 'country'").await, 0);
}

#[tokio::test]
async fn the_staff_home_is_for_staff_and_says_when_nothing_waits() {
    let app = TestApp::new().await;
    let mut officer = app.signed_in(Role::ProgrammeOfficer, None).await;
    let home = officer.get("/ar/admin").await;
    home.assert_status(StatusCode::OK);
    assert!(home.text().contains("لا شيء في الانتظار"), "{}", home.text());
    assert!(home.text().contains("class=\"staff-nav\""));
    let mut reader = app.anonymous();
    let reply = reader.get("/en/admin").await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "anonymous readers are sent to sign in");
    let mut focal = app.signed_in(Role::FocalPoint, Some("KE")).await;
    focal.get("/en/admin").await.assert_status(StatusCode::FORBIDDEN);
    assert!(!focal.get("/en/").await.text().contains("class=\"staff-nav\""));
}

#[tokio::test]
async fn the_staff_home_counts_every_nomination_not_only_those_listed() {
    use apdc_domain::person::ParticipationStatus;
    let app = TestApp::new().await;
    common::delivery::sample_project(&app, "DEMO-0001").await;
    let actor = common::delivery::actor();
    // More activities with nominations than the home lists (ten).
    for n in 0..12 {
        let activity = apdc_store::activities::create(
            &app.db,
            &actor,
            "DEMO-0001",
            &common::delivery::elearning(&format!("Course {n}")),
        )
        .await
        .unwrap();
        let person = common::delivery::person(&format!("Person {n}"), &format!("p{n}@example.org"), "female", "KE");
        apdc_store::participations::enrol(&app.db, &actor, activity.id, &person, ParticipationStatus::Nominated, None)
            .await
            .unwrap();
    }
    let mut officer = app.signed_in(Role::ProgrammeOfficer, None).await;
    let home = officer.get("/en/admin").await.text();
    assert!(home.contains("12 nominations waiting for a decision"), "{home}");
    assert_eq!(home.matches("/en/admin/activities/").count(), 10, "ten activities listed");
}

#[tokio::test]
async fn a_page_s_refusals_speak_of_the_page() {
    let app = TestApp::new().await;
    let mut author = app.signed_in(Role::ProgrammeOfficer, None).await;
    let mut reviewer = app.signed_in(Role::ProgrammeOfficer, None).await;
    author.get("/en/admin/pages/new").await.assert_status(StatusCode::OK);
    let fields = [("source_language", "en"), ("slug", "how-we-work"), ("title", "How we work"), ("body", "Text.")];
    let page = write_page(&mut author, &fields).await.location();
    step(&mut author, &page, "submit").await;
    step(&mut reviewer, &page, "publish").await;

    author.get(&format!("{page}/edit")).await.assert_status(StatusCode::OK);
    let moved = [("source_language", "en"), ("slug", "our-work"), ("title", "How we work"), ("body", "Text.")];
    let reply = author.post_form(&format!("{page}/edit"), &moved).await;
    reply.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(reply.text().contains("The address of a published page cannot change."), "{}", reply.text());

    let reply = reviewer
        .post_form(&format!("{page}/workflow"), &[("action", "publish"), ("publish_at", ""), ("time_zone", "UTC")])
        .await;
    reply.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(reply.text().contains("This step is not possible in the page&#39;s current status."), "{}", reply.text());
}
