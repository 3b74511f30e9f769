//! Search through the real HTTP application, on the engine under test: a text is found by
//! another inflection of its words in each of the five languages, accents and case
//! aside; titles come first; only what readers may see is found (not drafts, scheduled
//! stories before their moment, archived ones or private projects), and the index
//! follows every change; empty, punctuation-only and endless queries get a clear page.
//! The same assertions pass on SQLite and PostgreSQL: both find the same results in the
//! same order.

mod common;

use apdc_domain::Role;
use axum::http::StatusCode;
use common::{Client, TestApp};

/// Writes a story and publishes it (at `publish_at`, UTC, or now); returns its address.
async fn story(
    author: &mut Client,
    admin: &mut Client,
    language: &str,
    slug: &str,
    title: &str,
    body: &str,
    publish_at: &str,
) -> String {
    let reply = author
        .post_form(
            "/en/admin/stories",
            &[("source_language", language), ("slug", slug), ("title", title), ("body", body)],
        )
        .await;
    reply.assert_status(StatusCode::SEE_OTHER);
    let address = reply.location();
    author
        .post_form(&format!("{address}/workflow"), &[("action", "submit")])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    admin
        .post_form(
            &format!("{address}/workflow"),
            &[("action", "publish"), ("publish_at", publish_at), ("time_zone", "UTC")],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    address
}

/// The addresses of the results of `path`, in order.
async fn found(reader: &mut Client, path: &str) -> Vec<String> {
    let reply = reader.get(path).await;
    reply.assert_status(StatusCode::OK);
    let html = reply.text();
    html.split("<h2><a href=\"").skip(1).filter_map(|s| s.split('"').next()).map(str::to_owned).collect()
}

#[tokio::test]
async fn words_are_found_in_every_language_whatever_their_inflection() {
    let app = TestApp::new().await;
    let mut author = app.signed_in(Role::ProgrammeOfficer, None).await;
    let mut admin = app.signed_in(Role::Administrator, None).await;
    let mut reader = app.anonymous();
    story(
        &mut author,
        &mut admin,
        "fr",
        "chauffe-eau",
        "Des chauffe-eau certifiés",
        "La **normalisation** des équipements solaires avance.",
        "",
    )
    .await;
    story(&mut author, &mut admin, "es", "mangos", "Mangos para exportar", "Las normas de calidad abren mercados.", "")
        .await;
    story(
        &mut author,
        &mut admin,
        "ar",
        "water-jordan",
        "مواصفات المياه في الأردن",
        "دورات للتدريب على المواصفة الجديدة.",
        "",
    )
    .await;
    story(
        &mut author,
        &mut admin,
        "ru",
        "metrology",
        "Метрология в Центральной Азии",
        "Лаборатории применяют стандарты.",
        "",
    )
    .await;
    story(
        &mut author,
        &mut admin,
        "en",
        "testing-heaters",
        "Testing solar heaters",
        "Makers test to one standard.",
        "",
    )
    .await;

    // French: another form of the word, in capitals; accents need not be typed.
    assert_eq!(found(&mut reader, "/fr/search?q=NORMALIS%C3%89ES&kind=story").await, ["/fr/stories/chauffe-eau"]);
    assert_eq!(found(&mut reader, "/fr/search?q=equipement+CERTIFIE&kind=story").await, ["/fr/stories/chauffe-eau"]);
    let page = reader.get("/fr/search?q=normalis%C3%A9es").await.text();
    assert!(page.contains("<mark>normalisation</mark>"), "{page}");
    assert_eq!(found(&mut reader, "/es/search?q=norma&kind=story").await, ["/es/stories/mangos"]);
    assert_eq!(
        found(&mut reader, "/ar/search?q=%D8%A7%D9%84%D8%AA%D8%AF%D8%B1%D9%8A%D8%A8&kind=story").await,
        ["/ar/stories/water-jordan"],
        "التدريب"
    );
    assert_eq!(
        found(&mut reader, "/ru/search?q=%D1%81%D1%82%D0%B0%D0%BD%D0%B4%D0%B0%D1%80%D1%82&kind=story").await,
        ["/ru/stories/metrology"],
        "стандарт"
    );
    // Every word must be found; another language's reader finds a text shown to them.
    assert_eq!(found(&mut reader, "/en/search?q=tested+heater").await, ["/en/stories/testing-heaters"]);
    assert!(found(&mut reader, "/en/search?q=tested+mango").await.is_empty());
    assert_eq!(
        found(&mut reader, "/fr/search?q=heaters").await,
        ["/fr/stories/testing-heaters"],
        "shown in English to French readers"
    );

    // The API answers the same.
    let api = reader.get("/api/v1/search?q=normalis%C3%A9es&lang=fr&kind=story").await;
    api.assert_status(StatusCode::OK);
    let json = api.json();
    assert_eq!(json["total"], 1);
    assert_eq!(json["items"][0]["key"], "chauffe-eau");
    assert_eq!(json["items"][0]["html_url"], "/fr/stories/chauffe-eau");
    let all = reader.get("/api/v1/search?q=normalis%C3%A9es&lang=fr").await.json();
    assert!(all["total"].as_i64().unwrap() > 1, "members whose names say normalisation too");
    assert!(json["items"][0]["snippet"].as_array().unwrap().iter().any(|p| p["marked"] == true));
}

#[tokio::test]
async fn only_what_readers_may_see_is_found_and_titles_come_first() {
    let app = TestApp::new().await;
    let mut author = app.signed_in(Role::ProgrammeOfficer, None).await;
    let mut admin = app.signed_in(Role::Administrator, None).await;
    let mut reader = app.anonymous();
    let older = story(
        &mut author,
        &mut admin,
        "en",
        "older",
        "Calibration week",
        "Quality infrastructure in Fiji.",
        "2025-03-01T09:00",
    )
    .await;
    story(
        &mut author,
        &mut admin,
        "en",
        "newer",
        "Laboratories in Fiji",
        "A calibration laboratory opened.",
        "2025-06-01T09:00",
    )
    .await;
    story(
        &mut author,
        &mut admin,
        "en",
        "newest",
        "More laboratories",
        "Calibration services grew.",
        "2025-09-01T09:00",
    )
    .await;
    story(&mut author, &mut admin, "en", "later", "Calibration ahead", "Not yet.", "2099-01-01T09:00").await;
    let draft = author
        .post_form(
            "/en/admin/stories",
            &[("source_language", "en"), ("slug", "draft"), ("title", "Calibration draft"), ("body", "Draft.")],
        )
        .await;
    draft.assert_status(StatusCode::SEE_OTHER);

    // Title first, then the newest; the draft and the scheduled story are not found.
    assert_eq!(
        found(&mut reader, "/en/search?q=calibration").await,
        ["/en/stories/older", "/en/stories/newest", "/en/stories/newer"]
    );
    let counted = reader.get("/en/search?q=calibration").await.text();
    assert!(counted.contains("3 results"), "the scheduled story is not counted either: {counted}");
    // Archived: gone from search at once.
    admin.post_form(&format!("{older}/workflow"), &[("action", "archive")]).await.assert_status(StatusCode::SEE_OTHER);
    assert_eq!(found(&mut reader, "/en/search?q=calibration").await, ["/en/stories/newest", "/en/stories/newer"]);

    // Projects: public ones are found, and the index follows an edit that hides one.
    common::delivery::sample_project(&app, "DEMO-0001").await;
    assert_eq!(found(&mut reader, "/en/search?q=small+firms").await, ["/en/projects/DEMO-0001"]);
    assert_eq!(found(&mut reader, "/fr/search?q=PME").await, ["/fr/projects/DEMO-0001"]);
    let mut fields = apdc_domain::project::ProjectFields {
        code: "DEMO-0001".into(),
        status: "implementation".into(),
        scope: "national".into(),
        title_en: "Standards for SMEs in Kenya".into(),
        summary_en: "Helping small firms use standards.".into(),
        countries: vec!["KE".into()],
        ..Default::default()
    };
    fields.public = String::new();
    apdc_store::projects::update(
        &app.db,
        &common::delivery::actor(),
        "DEMO-0001",
        &apdc_domain::project::ProjectInput::parse(&fields).unwrap(),
    )
    .await
    .unwrap();
    assert!(found(&mut reader, "/en/search?q=small+firms").await.is_empty());

    // Members are found by their country's name in the reader's language, and by kind.
    assert_eq!(found(&mut reader, "/fr/search?q=Kenya&kind=member").await, ["/fr/members/KE"]);
    assert_eq!(
        found(&mut reader, "/ar/search?q=%D9%83%D9%8A%D9%86%D9%8A%D8%A7&kind=member").await,
        ["/ar/members/KE"],
        "كينيا"
    );
    reader.get("/en/search?q=Kenya&kind=planet").await.assert_status(StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn pages_run_through_the_titles_then_the_rest() {
    let app = TestApp::new().await;
    let mut author = app.signed_in(Role::ProgrammeOfficer, None).await;
    let mut admin = app.signed_in(Role::Administrator, None).await;
    let mut reader = app.anonymous();
    // Indexed in this order: a made-up word in three titles and in two texts only.
    for (slug, title, body) in [
        ("t1", "Zorvath in Tonga", "A first visit."),
        ("b1", "A first visit", "Zorvath for fisheries."),
        ("t2", "Zorvath in Samoa", "A second visit."),
        ("b2", "A second visit", "Zorvath for tourism."),
        ("t3", "Zorvath in Fiji", "A third visit."),
    ] {
        story(&mut author, &mut admin, "en", slug, title, body, "2025-03-01T09:00").await;
    }
    let mut keys = Vec::new();
    for page in 1..=3 {
        let reply = reader.get(&format!("/api/v1/search?q=zorvath&per_page=2&page={page}")).await;
        reply.assert_status(StatusCode::OK);
        let json = reply.json();
        assert_eq!(json["total"], 5, "page {page}: {json}");
        assert_eq!(json["pages"], 3, "page {page}: {json}");
        keys.extend(json["items"].as_array().unwrap().iter().map(|i| i["key"].as_str().unwrap().to_owned()));
    }
    // Titles first, each part newest first; a page may hold the last titles and the
    // first of the rest.
    assert_eq!(keys, ["t3", "t2", "t1", "b2", "b1"]);
    let beyond = reader.get("/api/v1/search?q=zorvath&per_page=2&page=4").await.json();
    assert!(beyond["items"].as_array().is_none_or(Vec::is_empty), "{beyond}");
}

#[tokio::test]
async fn nothing_punctuation_or_an_endless_query_gets_a_clear_page() {
    let app = TestApp::new().await;
    let mut reader = app.anonymous();
    let empty = reader.get("/en/search").await;
    empty.assert_status(StatusCode::OK);
    assert!(empty.text().contains("Type one or more words to search the whole site."));
    let punctuation = reader.get("/en/search?q=%3F%21%E2%80%A6+%22+%2A").await;
    punctuation.assert_status(StatusCode::OK);
    assert!(punctuation.text().contains("There are no words to search for"), "{}", punctuation.text());
    let endless = format!("/fr/search?q={}", "mot+".repeat(2_500));
    let reply = reader.get(&endless).await;
    reply.assert_status(StatusCode::OK);
    assert!(reply.text().contains("Cette recherche est trop longue"), "{}", reply.text());
    let nothing = reader.get("/en/search?q=zzyzx+quux").await;
    assert!(nothing.text().contains("Nothing matches all these words."));
    let api = reader.get("/api/v1/search?q=%21%21").await;
    api.assert_status(StatusCode::OK);
    assert_eq!(api.json()["notice"], "search_no_words");
    reader.get(&format!("/api/v1/search?q={}", "a".repeat(501))).await.assert_status(StatusCode::BAD_REQUEST);
}
