//! Translation files (XLIFF 2.0) through the real HTTP application on the engine under
//! test: the queue of a language is written as a file, translated outside apdc and read
//! back — following the source version it was made from, so a source changed meanwhile
//! leaves it out of date; a file for another language, of another format, naming an
//! item or text apdc does not know, or whose translation changes the source's markup or
//! pictures is refused with every reason listed, and nothing is saved. Project texts
//! fall behind their English source the same way.

mod common;

use apdc_domain::Role;
use apdc_xliff::Document;
use axum::http::StatusCode;
use common::{Client, TestApp};

async fn write_story(client: &mut Client, slug: &str, title: &str, body: &str) -> String {
    client.get("/en/admin/stories/new").await.assert_status(StatusCode::OK);
    let reply = client
        .post_form(
            "/en/admin/stories",
            &[
                ("source_language", "en"),
                ("slug", slug),
                ("title", title),
                ("standfirst", "A short introduction."),
                ("body", body),
            ],
        )
        .await;
    reply.assert_status(StatusCode::SEE_OTHER);
    reply.location()
}

/// The queue's file of stories written in English, for `language`, read back.
async fn export(client: &mut Client, language: &str) -> Document {
    let reply = client.get(&format!("/en/admin/translations.xlf?language={language}&source=en")).await;
    reply.assert_status(StatusCode::OK);
    assert_eq!(reply.header("content-type"), "application/xliff+xml; charset=utf-8");
    assert!(reply.header("content-disposition").contains(&format!("apdc-translations-en-{language}.xlf")));
    apdc_xliff::read(&reply.body, &apdc_xliff::Limits::default()).expect("apdc reads its own files")
}

fn translate(document: &mut Document, file: &str, targets: &[(&str, &str)]) {
    let file = document.files.iter_mut().find(|f| f.id == file).expect("the file");
    for (unit, target) in targets {
        file.units.iter_mut().find(|u| u.id == *unit).expect("the unit").target = Some((*target).to_owned());
    }
}

async fn import(client: &mut Client, language: &str, bytes: &[u8]) -> common::Reply {
    client.get(&format!("/en/admin/translations?language={language}")).await.assert_status(StatusCode::OK);
    client.post_file_with("/en/admin/translations/import", &[("language", language)], "fr.xlf", bytes).await
}

#[tokio::test]
async fn a_queue_goes_out_as_a_file_and_comes_back_translated() {
    let app = TestApp::new().await;
    let mut officer = app.signed_in(Role::ProgrammeOfficer, None).await;
    let solar = write_story(&mut officer, "solar", "Solar heaters tested", "## A bench\n\nMakers test heaters.").await;
    let mango = write_story(&mut officer, "mango", "Mango standards", "Growers & buyers agree.").await;
    let solar_id = solar.rsplit('/').next().unwrap().to_owned();
    let mango_id = mango.rsplit('/').next().unwrap().to_owned();

    let queue = officer.get("/en/admin/translations?language=fr").await.text();
    assert!(queue.contains("Download the texts written in English (2 items)"), "{queue}");
    let mut document = export(&mut officer, "fr").await;
    assert_eq!((document.source_language.as_str(), document.target_language.as_str()), ("en", "fr"));
    let ids: Vec<&str> = document.files.iter().map(|f| f.id.as_str()).collect();
    assert!(ids.contains(&format!("story-{solar_id}").as_str()) && ids.contains(&format!("story-{mango_id}").as_str()));
    let solar_file = document.files.iter().find(|f| f.id == format!("story-{solar_id}")).unwrap();
    assert_eq!(solar_file.note("source-version"), Some("1"));
    assert_eq!(solar_file.original.as_deref(), Some("/en/stories/solar"));
    let units: Vec<&str> = solar_file.units.iter().map(|u| u.id.as_str()).collect();
    assert_eq!(units, ["title", "standfirst", "body"]);
    assert_eq!(solar_file.units[2].source, "## A bench\n\nMakers test heaters.");

    // The source of one story changes after the file went out.
    officer.get(&format!("{mango}/edit")).await.assert_status(StatusCode::OK);
    officer
        .post_form(
            &format!("{mango}/edit"),
            &[
                ("source_language", "en"),
                ("slug", "mango"),
                ("title", "Mango standards"),
                ("body", "Growers, packers & buyers agree."),
            ],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);

    let solar_file = format!("story-{solar_id}");
    let mango_file = format!("story-{mango_id}");
    translate(
        &mut document,
        &solar_file,
        &[
            ("title", "Des chauffe-eau solaires testés"),
            ("standfirst", "Une courte introduction."),
            ("body", "## Un banc\n\nLes fabricants testent."),
        ],
    );
    translate(
        &mut document,
        &mango_file,
        &[("title", "Normes pour la mangue"), ("body", "Producteurs & acheteurs s’accordent.")],
    );
    let revisions = app.count("SELECT COUNT(*) FROM content_revisions").await;
    let reply = import(&mut officer, "fr", &apdc_xliff::write(&document)).await;
    reply.assert_status(StatusCode::SEE_OTHER);
    let queue = officer.get(&reply.location()).await.text();
    assert!(queue.contains("2 translations were saved from the file."), "{queue}");
    assert_eq!(app.count("SELECT COUNT(*) FROM content_revisions").await, revisions + 2);

    // The first follows its source; the second was made from the older source: behind.
    let solar_page = officer.get(&solar).await.text();
    assert!(solar_page.contains("translation imported from an XLIFF file"), "{solar_page}");
    let behind = officer.get("/en/admin/translations?language=fr").await.text();
    assert!(behind.contains("Mango standards") && !behind.contains("Solar heaters tested"), "{behind}");
    let form = officer.get(&format!("{mango}/translations/fr")).await.text();
    assert!(form.contains("Normes pour la mangue") && form.contains("Producteurs &amp; acheteurs"), "{form}");
}

#[tokio::test]
async fn a_bad_file_is_refused_with_every_reason_and_nothing_is_saved() {
    let app = TestApp::new().await;
    let mut officer = app.signed_in(Role::ProgrammeOfficer, None).await;
    let story = write_story(&mut officer, "bench", "A test bench", "Makers test heaters.").await;
    let id = story.rsplit('/').next().unwrap().to_owned();
    let good = export(&mut officer, "fr").await;
    let file = format!("story-{id}");
    let texts = app.count("SELECT COUNT(*) FROM content_texts").await;
    let revisions = app.count("SELECT COUNT(*) FROM content_revisions").await;

    // A file for Spanish uploaded on the French queue.
    let mut spanish = export(&mut officer, "es").await;
    translate(&mut spanish, &file, &[("title", "Un banco de pruebas"), ("body", "Los fabricantes prueban.")]);
    let reply = import(&mut officer, "fr", &apdc_xliff::write(&spanish)).await;
    reply.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        reply.text().contains("This file&#39;s target language (Spanish) is not this queue&#39;s (French)"),
        "{}",
        reply.text()
    );

    // Other formats and broken files.
    for (bytes, message) in [
        (
            br#"<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"/>"#.to_vec(),
            "This file is in XLIFF 1.2",
        ),
        (b"<html><body>hello</body></html>".to_vec(), "This file is not an XLIFF 2 file."),
        (b"<xliff".to_vec(), "This file is not well-formed XML"),
        (Vec::new(), "Choose a translated file to upload."),
    ] {
        let reply = import(&mut officer, "fr", &bytes).await;
        reply.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
        assert!(reply.text().contains(message), "{message}: {}", reply.text());
    }

    // Every refused unit is named; the good translation in the same file is not saved.
    let mut bad = good.clone();
    translate(&mut bad, &file, &[("title", "Un banc d’essai"), ("body", "Les fabricants <script>testent</script>.")]);
    let mut ghost = bad.files[0].clone();
    ghost.id = "story-999999".into();
    bad.files.push(ghost);
    let mut extra = bad.files[0].clone();
    extra.units.push(apdc_xliff::Unit {
        id: "secret".into(),
        source: "x".into(),
        target: Some("y".into()),
        problem: None,
    });
    extra.units.retain(|u| u.id != "body");
    extra.units.push(apdc_xliff::Unit {
        id: "body".into(),
        source: "Makers test heaters.".into(),
        target: Some("Voir ![une photo](/media/0123456789abcdef0123456789abcdef)".into()),
        problem: None,
    });
    bad.files.push(extra);
    let mut bytes = String::from_utf8(apdc_xliff::write(&bad)).unwrap();
    // A translation tool's inline code the source does not have.
    bytes = bytes.replacen("<target>Un banc d’essai</target>", "<target>Un <pc id=\"1\">banc</pc> d’essai</target>", 1);
    let reply = import(&mut officer, "fr", bytes.as_bytes()).await;
    reply.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let html = reply.text();
    for message in [
        "texts of this file were refused, so nothing has been saved",
        "The translation holds formatting codes the source does not have",
        "HTML is not accepted",
        "No story or page has this file",
        "There is no text of this name",
        "The translation must show the same pictures as the source",
    ] {
        assert!(html.contains(message), "{message}: {html}");
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM content_texts").await, texts);
    assert_eq!(app.count("SELECT COUNT(*) FROM content_revisions").await, revisions);

    // In the reader's language.
    officer.get("/fr/admin/translations?language=fr").await.assert_status(StatusCode::OK);
    let reply = officer
        .post_file_with("/fr/admin/translations/import", &[("language", "fr")], "es.xlf", &apdc_xliff::write(&spanish))
        .await;
    reply.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        reply.text().contains("La langue cible de ce fichier (Espagnol) n’est pas celle de cette file (Français)"),
        "{}",
        reply.text()
    );
}

/// A project's translation falls behind when its English text changes: staff see it on
/// the project and in the queue; readers of that language are told; saving the
/// translation again brings it up to date.
#[tokio::test]
async fn a_project_translation_goes_stale_when_its_english_text_changes() {
    let app = TestApp::new().await;
    let mut officer = app.signed_in(Role::ProgrammeOfficer, None).await;
    let mut reader = app.anonymous();
    officer.get("/en/admin/projects/new").await.assert_status(StatusCode::OK);
    let fields = |title_en: &'static str, title_fr: &'static str| {
        vec![
            ("code", "STALE-1"),
            ("status", "implementation"),
            ("scope", "national"),
            ("public", "true"),
            ("countries", "SN"),
            ("title_en", title_en),
            ("title_fr", title_fr),
        ]
    };
    officer
        .post_form("/en/admin/projects", &fields("Water standards", "Normes de l’eau"))
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let notice = "Le texte anglais de ce projet a changé depuis que cette traduction a été faite";
    assert!(!reader.get("/fr/projects/STALE-1").await.text().contains(notice));
    assert!(officer.get("/en/admin/projects/STALE-1").await.text().contains("French — Up to date"));

    // The English text changes; the French one is left as it was.
    officer.get("/en/admin/projects/STALE-1/edit").await.assert_status(StatusCode::OK);
    officer
        .post_form("/en/admin/projects/STALE-1/edit", &fields("Clean water standards", "Normes de l’eau"))
        .await
        .assert_status(StatusCode::SEE_OTHER);
    assert!(officer.get("/en/admin/projects/STALE-1").await.text().contains("French — Out of date"));
    let queue = officer.get("/en/admin/translations?language=fr").await.text();
    assert!(
        queue.contains("Projects whose translation is behind") && queue.contains("Clean water standards"),
        "{queue}"
    );
    let home = officer.get("/en/admin").await.text();
    assert!(home.contains("One translation out of date"), "the staff home counts it: {home}");
    // The project has no Spanish text: it waits in the Spanish queue, English title shown.
    let spanish = officer.get("/en/admin/translations?language=es").await.text();
    assert!(
        spanish.contains("One public project without a text in this language")
            && spanish.contains("/en/admin/projects/STALE-1/edit\" lang=\"en\">Clean water standards"),
        "{spanish}"
    );
    officer.get("/en/admin/translations?language=es&page=2").await.assert_status(StatusCode::NOT_FOUND);
    let french = reader.get("/fr/projects/STALE-1?fresh=1").await.text();
    assert!(french.contains(notice), "{french}");
    // Readers of English are not told anything; a language without a translation says
    // it is shown in another language, as before.
    assert!(!reader.get("/en/projects/STALE-1?fresh=1").await.text().contains("may be behind"));

    // Saving the French text again, revised, brings it up to date.
    officer
        .post_form("/en/admin/projects/STALE-1/edit", &fields("Clean water standards", "Normes de l’eau potable"))
        .await
        .assert_status(StatusCode::SEE_OTHER);
    assert!(officer.get("/en/admin/projects/STALE-1").await.text().contains("French — Up to date"));
    assert!(!reader.get("/fr/projects/STALE-1?fresh=2").await.text().contains(notice));
    assert!(!officer.get("/en/admin/translations?language=fr").await.text().contains("Clean water standards"));
}
