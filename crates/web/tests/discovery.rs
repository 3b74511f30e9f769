//! How readers and search engines find what is published, through the real HTTP
//! application on the engine under test: the Atom feed of stories per language, the
//! sitemap with every language version of every public page, `robots.txt`, canonical
//! addresses and link previews. Drafts, scheduled stories and private projects appear
//! in none of them.

mod common;

use apdc_domain::Role;
use axum::http::StatusCode;
use common::{Client, TestApp};

const SITE: &str = "https://apdc.example.org";

async fn publish_story(author: &mut Client, admin: &mut Client, slug: &str, title: &str, publish_at: &str) {
    let reply = author
        .post_form(
            "/en/admin/stories",
            &[
                ("source_language", "en"),
                ("slug", slug),
                ("title", title),
                ("standfirst", "Heaters & <tests> in Kenya."),
                ("body", "## Results\n\nFourteen makers."),
            ],
        )
        .await;
    reply.assert_status(StatusCode::SEE_OTHER);
    let story = reply.location();
    author.post_form(&format!("{story}/workflow"), &[("action", "submit")]).await.assert_status(StatusCode::SEE_OTHER);
    if !publish_at.is_empty() {
        admin
            .post_form(
                &format!("{story}/workflow"),
                &[("action", "publish"), ("publish_at", publish_at), ("time_zone", "UTC")],
            )
            .await
            .assert_status(StatusCode::SEE_OTHER);
    }
}

#[tokio::test]
async fn feeds_and_sitemap_list_what_readers_may_see_in_every_language() {
    let app = TestApp::with_public_url(SITE).await;
    let mut author = app.signed_in(Role::ProgrammeOfficer, None).await;
    let mut admin = app.signed_in(Role::Administrator, None).await;
    let mut reader = app.anonymous();
    publish_story(&mut author, &mut admin, "heaters", "Testing heaters", "2026-01-05T09:00").await;
    publish_story(&mut author, &mut admin, "in-review", "Still in review", "").await;
    publish_story(&mut author, &mut admin, "later", "Coming later", "2099-01-01T09:00").await;
    let public = common::delivery::sample_project(&app, "DEMO-0001").await;
    assert!(public.public);
    let mut private = apdc_domain::project::ProjectFields {
        code: "DEMO-0002".into(),
        status: "pipeline".into(),
        scope: "national".into(),
        title_en: "A project not yet public".into(),
        countries: vec!["KE".into()],
        ..Default::default()
    };
    private.public = String::new();
    apdc_store::projects::create(
        &app.db,
        &common::delivery::actor(),
        &apdc_domain::project::ProjectInput::parse(&private).unwrap(),
    )
    .await
    .unwrap();

    // The French feed carries the English story, marked as English, and nothing else.
    let feed = reader.get("/fr/stories.atom").await;
    feed.assert_status(StatusCode::OK);
    assert!(feed.header("content-type").starts_with("application/atom+xml"));
    let xml = feed.text();
    assert!(xml.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"fr\">"), "{xml}");
    assert!(xml.contains("<entry xml:lang=\"en\">"), "{xml}");
    assert!(xml.contains(&format!("<link rel=\"alternate\" type=\"text/html\" href=\"{SITE}/fr/stories/heaters\"/>")));
    assert!(xml.contains("<summary>Heaters &amp; &lt;tests&gt; in Kenya.</summary>"), "{xml}");
    assert!(xml.contains("<published>2026-01-05T09:00:00Z</published>"), "{xml}");
    assert!(!xml.contains("Still in review") && !xml.contains("Coming later"), "{xml}");
    reader.get("/xx/stories.atom").await.assert_status(StatusCode::NOT_FOUND);

    let index = reader.get("/sitemap.xml").await;
    index.assert_status(StatusCode::OK);
    assert!(index.text().contains(&format!("<loc>{SITE}/sitemaps/1.xml</loc>")), "{}", index.text());
    let sitemap = reader.get("/sitemaps/1.xml").await.text();
    for lang in ["en", "fr", "es", "ar", "ru"] {
        assert!(sitemap.contains(&format!("<loc>{SITE}/{lang}/stories/heaters</loc>")), "{lang}: {sitemap}");
        assert!(sitemap.contains(&format!("<loc>{SITE}/{lang}/projects/DEMO-0001</loc>")), "{lang}");
        assert!(sitemap.contains(&format!("hreflang=\"{lang}\" href=\"{SITE}/{lang}/members/KE\"")), "{lang}");
    }
    assert!(sitemap.contains(&format!("hreflang=\"x-default\" href=\"{SITE}/en/\"")), "{sitemap}");
    for hidden in ["in-review", "later", "DEMO-0002", "/admin"] {
        assert!(!sitemap.contains(hidden), "{hidden} is listed");
    }
    reader.get("/sitemaps/2.xml").await.assert_status(StatusCode::NOT_FOUND);
    reader.get("/sitemaps/zero.xml").await.assert_status(StatusCode::NOT_FOUND);

    let robots = reader.get("/robots.txt").await.text();
    assert!(robots.contains("Disallow: /ar/admin\n") && robots.contains("Disallow: /api/\n"), "{robots}");
    assert!(robots.contains(&format!("Sitemap: {SITE}/sitemap.xml")), "{robots}");
}

#[tokio::test]
async fn pages_name_their_one_address_and_describe_themselves_for_previews() {
    let app = TestApp::with_public_url(SITE).await;
    let mut author = app.signed_in(Role::ProgrammeOfficer, None).await;
    let mut admin = app.signed_in(Role::Administrator, None).await;
    let mut reader = app.anonymous();
    publish_story(&mut author, &mut admin, "heaters", "Testing heaters", "2026-01-05T09:00").await;

    let story = reader.get("/ru/stories/heaters").await.text();
    assert!(story.contains(&format!("<link rel=\"canonical\" href=\"{SITE}/ru/stories/heaters\">")), "{story}");
    assert!(story.contains(&format!("<link rel=\"alternate\" hreflang=\"ar\" href=\"{SITE}/ar/stories/heaters\">")));
    assert!(story.contains(&format!("<link rel=\"alternate\" hreflang=\"ru\" href=\"{SITE}/ru/stories/heaters\">")));
    assert!(story.contains("<meta property=\"og:type\" content=\"article\">"), "{story}");
    assert!(story.contains("<meta property=\"og:title\" content=\"Testing heaters\">"), "{story}");
    assert!(
        story.contains("<meta property=\"og:description\" content=\"Heaters &#38; &#60;tests&#62; in Kenya.\">")
            || story.contains("<meta property=\"og:description\" content=\"Heaters &amp; &lt;tests&gt; in Kenya.\">"),
        "{story}"
    );
    assert!(story.contains("<meta property=\"og:locale\" content=\"ru_RU\">"));
    assert!(story.contains("type=\"application/atom+xml\" href=\"/ru/stories.atom\""), "{story}");

    // Filters are not part of the one address; the page number is.
    let list = reader.get("/en/stories?sdg=9&page=1").await.text();
    assert!(list.contains(&format!("<link rel=\"canonical\" href=\"{SITE}/en/stories\">")), "{list}");
    common::delivery::sample_project(&app, "DEMO-0001").await;
    let project = reader.get("/en/projects/DEMO-0001").await.text();
    assert!(
        project.contains("<meta name=\"description\" content=\"Helping small firms use standards.\">"),
        "{project}"
    );
    assert!(project.contains("<meta property=\"og:type\" content=\"website\">"));
}
