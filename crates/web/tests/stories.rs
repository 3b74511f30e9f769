//! Success stories through the real HTTP application, on the engine under test: writing,
//! review with changes requested, publication by another reviewer, scheduled publishing,
//! revisions and restoring one, translations going out of date, and the refusals of bad
//! input with nothing stored changed.

mod common;

use apdc_domain::Role;
use axum::http::StatusCode;
use common::{Client, TestApp};

/// Creates a story through the form and returns its staff address.
async fn write_story(client: &mut Client, slug: &str, title: &str, body: &str) -> String {
    let reply = client
        .post_form(
            "/en/admin/stories",
            &[
                ("source_language", "en"),
                ("slug", slug),
                ("title", title),
                ("standfirst", "A short introduction."),
                ("body", body),
                ("people", "Grace Example, engineer"),
                ("countries", "KE"),
                ("sdgs", "9"),
            ],
        )
        .await;
    reply.assert_status(StatusCode::SEE_OTHER);
    reply.location()
}

async fn step(client: &mut Client, story: &str, fields: &[(&str, &str)]) -> common::Reply {
    client.post_form(&format!("{story}/workflow"), fields).await
}

#[tokio::test]
async fn a_story_is_reviewed_sent_back_and_published_by_another_officer() {
    let app = TestApp::new().await;
    let mut author = app.signed_in(Role::ProgrammeOfficer, None).await;
    let mut reviewer = app.signed_in(Role::ProgrammeOfficer, None).await;
    let mut reader = app.anonymous();
    let story =
        write_story(&mut author, "testing-heaters", "Testing heaters", "## Results\n\nThe first *draft*.").await;
    author.get(&story).await.assert_status(StatusCode::OK);

    // Drafts are nowhere public.
    reader.get("/en/stories/testing-heaters").await.assert_status(StatusCode::NOT_FOUND);
    assert!(!reader.get("/en/stories").await.text().contains("Testing heaters"));
    reader.get("/api/v1/stories/testing-heaters").await.assert_status(StatusCode::NOT_FOUND);

    step(&mut author, &story, &[("action", "submit")]).await.assert_status(StatusCode::SEE_OTHER);
    // The author cannot publish their own story; the refusal says why.
    let refused = step(&mut author, &story, &[("action", "publish")]).await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text().contains("Only a reviewer other than the author"), "{}", refused.text());
    // Changes requested need a comment.
    let no_comment = step(&mut reviewer, &story, &[("action", "request_changes")]).await;
    no_comment.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(no_comment.text().contains("Say what needs to change."));
    step(&mut reviewer, &story, &[("action", "request_changes"), ("comment", "Name the laboratory.")])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let page = author.get(&story).await.text();
    assert!(page.contains("Changes requested") && page.contains("Name the laboratory."), "{page}");

    author
        .post_form(
            &format!("{story}/edit"),
            &[
                ("slug", "testing-heaters"),
                ("title", "Testing heaters"),
                ("standfirst", "A short introduction."),
                ("body", "## Results\n\nThe national laboratory tested **14** heaters."),
                ("people", "Grace Example, engineer"),
                ("countries", "KE"),
                ("sdgs", "9"),
            ],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    step(&mut author, &story, &[("action", "submit")]).await.assert_status(StatusCode::SEE_OTHER);
    step(&mut reviewer, &story, &[("action", "publish"), ("publish_at", ""), ("time_zone", "UTC")])
        .await
        .assert_status(StatusCode::SEE_OTHER);

    let public = reader.get("/en/stories/testing-heaters").await;
    public.assert_status(StatusCode::OK);
    let html = public.text();
    assert!(html.contains("<h2>Results</h2>") && html.contains("<strong>14</strong>"), "{html}");
    assert!(html.contains("Grace Example, engineer"));
    assert!(reader.get("/en/stories").await.text().contains("Testing heaters"));
    assert!(reader.get("/en/").await.text().contains("Testing heaters"), "on the home page");
    let api = reader.get("/api/v1/stories/testing-heaters").await;
    api.assert_status(StatusCode::OK);
    assert_eq!(api.json()["text"]["title"], "Testing heaters");
    assert_eq!(api.json()["links"]["countries"][0], "KE");

    // Later edits wait for review: readers keep the published text.
    author
        .post_form(
            &format!("{story}/edit"),
            &[("slug", "testing-heaters"), ("title", "Testing heaters"), ("body", "An unreviewed rewrite.")],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let public = reader.get("/en/stories/testing-heaters").await.text();
    assert!(public.contains("<strong>14</strong>") && !public.contains("unreviewed"), "{public}");
    assert!(!reader.get("/api/v1/stories/testing-heaters").await.text().contains("unreviewed"));
    assert!(author.get(&story).await.text().contains("later changes wait for review"));
}

#[tokio::test]
async fn a_scheduled_story_appears_exactly_at_its_moment() {
    let app = TestApp::new().await;
    let mut author = app.signed_in(Role::ProgrammeOfficer, None).await;
    let mut admin = app.signed_in(Role::Administrator, None).await;
    let mut reader = app.anonymous();
    let story = write_story(&mut author, "coming-soon", "Coming soon", "Text.").await;
    step(&mut author, &story, &[("action", "submit")]).await.assert_status(StatusCode::SEE_OTHER);

    // A moment without its time zone is refused, naming the field.
    let moment = time::OffsetDateTime::now_utc() + time::Duration::seconds(3);
    let local = format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}",
        moment.year(),
        u8::from(moment.month()),
        moment.day(),
        moment.hour(),
        moment.minute(),
        moment.second()
    );
    let refused = step(&mut admin, &story, &[("action", "publish"), ("publish_at", &local), ("time_zone", "")]).await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text().contains("Choose the time zone of this date and time."));
    step(&mut admin, &story, &[("action", "publish"), ("publish_at", &local), ("time_zone", "UTC")])
        .await
        .assert_status(StatusCode::SEE_OTHER);

    // Before its moment: nowhere, and the list a reader sees is kept in the cache.
    reader.get("/en/stories/coming-soon").await.assert_status(StatusCode::NOT_FOUND);
    assert!(!reader.get("/en/stories").await.text().contains("Coming soon"));
    assert!(!reader.get("/api/v1/stories").await.text().contains("coming-soon"));
    assert!(admin.get(&story).await.text().contains("it appears on"));
    tokio::time::sleep(std::time::Duration::from_millis(4_200)).await;
    // At its moment it is there, with no job run and nothing written in between.
    reader.get("/en/stories/coming-soon").await.assert_status(StatusCode::OK);
    assert!(reader.get("/en/stories").await.text().contains("Coming soon"), "the cached list is not served past it");
    assert!(reader.get("/api/v1/stories").await.text().contains("coming-soon"));
}

#[tokio::test]
async fn revisions_show_what_changed_and_an_earlier_one_can_be_restored() {
    let app = TestApp::new().await;
    let mut officer = app.signed_in(Role::ProgrammeOfficer, None).await;
    let story = write_story(&mut officer, "river-basin", "River basin", "The old sentence stays.").await;
    officer
        .post_form(
            &format!("{story}/edit"),
            &[("slug", "river-basin"), ("title", "River basin"), ("body", "The new sentence stays.")],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let diff = officer.get(&format!("{story}/revisions/2")).await;
    diff.assert_status(StatusCode::OK);
    let html = diff.text();
    assert!(html.contains("<del>old</del><ins>new</ins>"), "{html}");
    assert!(html.contains("<del>A short introduction.</del>") || html.contains("<del>A</del>"), "{html}");
    officer.get(&format!("{story}/revisions/9")).await.assert_status(StatusCode::NOT_FOUND);

    officer.post_form(&format!("{story}/revisions/1/restore"), &[]).await.assert_status(StatusCode::SEE_OTHER);
    let page = officer.get(&story).await.text();
    assert!(page.contains("The old sentence stays.") && page.contains("revision 1 restored"), "{page}");
    assert_eq!(app.count("SELECT COUNT(*) FROM content_revisions").await, 3);
}

#[tokio::test]
async fn a_translation_falls_out_of_date_when_its_source_changes() {
    let app = TestApp::new().await;
    let mut officer = app.signed_in(Role::ProgrammeOfficer, None).await;
    let mut admin = app.signed_in(Role::Administrator, None).await;
    let mut reader = app.anonymous();
    let story = write_story(&mut officer, "quality-labs", "Quality laboratories", "Laboratories were tested.").await;
    officer
        .post_form(
            &format!("{story}/translations/fr"),
            &[
                ("title", "Des laboratoires de qualité"),
                ("body", "Les laboratoires ont été testés."),
                ("current", "true"),
            ],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    step(&mut officer, &story, &[("action", "submit")]).await;
    step(&mut admin, &story, &[("action", "publish")]).await.assert_status(StatusCode::SEE_OTHER);

    // In French: the translation, marked French, with no notice; in Spanish: the source, marked English.
    let fr = reader.get("/fr/stories/quality-labs").await.text();
    assert!(fr.contains("Des laboratoires de qualité") && !fr.contains("class=\"notice\""), "{fr}");
    let es = reader.get("/es/stories/quality-labs").await.text();
    assert!(es.contains("<header lang=\"en\" dir=\"ltr\">"), "{es}");
    assert!(es.contains("Esta historia aún no se ha traducido a su idioma"), "{es}");

    // A minor correction keeps the translation current; a real change does not.
    officer
        .post_form(
            &format!("{story}/edit"),
            &[
                ("slug", "quality-labs"),
                ("title", "Quality laboratories"),
                ("body", "Laboratories were tested!"),
                ("minor", "true"),
            ],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    assert!(officer.get(&story).await.text().contains("Up to date"));
    officer
        .post_form(
            &format!("{story}/edit"),
            &[
                ("slug", "quality-labs"),
                ("title", "Quality laboratories"),
                ("body", "Nine laboratories were accredited."),
            ],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    assert!(officer.get(&story).await.text().contains("Out of date"));
    assert!(officer.get("/en/admin/stories").await.text().contains("<td class=\"num\">1</td>"));
    step(&mut officer, &story, &[("action", "submit")]).await;
    step(&mut admin, &story, &[("action", "publish")]).await.assert_status(StatusCode::SEE_OTHER);
    let fr = reader.get("/fr/stories/quality-labs").await.text();
    assert!(fr.contains("elle n’est peut-être plus à jour"), "{fr}");
    let api = reader.get("/api/v1/stories/quality-labs?lang=fr").await.json();
    assert_eq!(api["text"]["state"], "out_of_date");
}

#[tokio::test]
async fn bad_bodies_slugs_and_moments_are_refused_in_the_readers_language_and_nothing_changes() {
    let app = TestApp::new().await;
    let mut officer = app.signed_in(Role::ProgrammeOfficer, None).await;
    write_story(&mut officer, "taken", "Taken", "Text.").await;
    let before = app.count("SELECT COUNT(*) FROM content_revisions").await;
    for (body, message) in [
        ("Hello <script>alert(1)</script>", "Le HTML n’est pas accepté"),
        ("<img src=x onerror=alert(1)>", "Le HTML n’est pas accepté"),
        ("[click](javascript:alert(1))", "Un lien ne peut mener qu’à une page web"),
    ] {
        let reply = officer
            .post_form("/fr/admin/stories", &[("source_language", "fr"), ("title", "Titre"), ("body", body)])
            .await;
        reply.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
        let html = reply.text();
        assert!(html.contains(message) && html.contains("id=\"body-error\""), "{body}: {html}");
    }
    let taken = officer
        .post_form("/en/admin/stories", &[("source_language", "en"), ("slug", "taken"), ("title", "T"), ("body", "B")])
        .await;
    taken.assert_status(StatusCode::CONFLICT);
    assert!(taken.text().contains("Another story already has this address."));
    let script =
        officer.post_form("/en/admin/stories", &[("source_language", "ar"), ("title", "قصة"), ("body", "نص")]).await;
    script.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(script.text().contains("This title has no Latin letters"));
    assert_eq!(app.count("SELECT COUNT(*) FROM contents").await, 1);
    assert_eq!(app.count("SELECT COUNT(*) FROM content_revisions").await, before);
    // Only staff write.
    let mut focal = app.signed_in(Role::FocalPoint, Some("KE")).await;
    focal.get("/en/admin/stories/new").await.assert_status(StatusCode::FORBIDDEN);
}
