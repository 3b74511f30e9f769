//! Importing participant lists and exporting delivery data, through the HTTP
//! application on the engine under test.

mod common;

use apdc_domain::Role;
use axum::http::StatusCode;
use common::delivery::{actor, elearning, sample_project};
use common::{Client, TestApp};

async fn activity(app: &TestApp) -> i64 {
    let project = sample_project(app, "APDC-KE-1").await;
    apdc_store::activities::create(&app.db, &actor(), &project.code, &elearning("Standards 101")).await.unwrap().id
}

/// Uploads `bytes` and follows the redirect to the preview.
async fn upload(client: &mut Client, activity: i64, name: &str, bytes: &[u8]) -> (common::Reply, String) {
    let reply = client.post_file(&format!("/en/admin/activities/{activity}/import"), name, bytes).await;
    if reply.status != StatusCode::SEE_OTHER {
        return (reply, String::new());
    }
    let location = reply.location();
    (client.get(&location).await, location)
}

#[tokio::test]
async fn a_participant_list_is_previewed_then_imported_once() {
    let app = TestApp::new().await;
    let activity = activity(&app).await;
    let mut officer = app.signed_in(Role::ProgrammeOfficer, None).await;
    officer.get(&format!("/en/admin/activities/{activity}/import")).await.assert_status(StatusCode::OK);
    // French headers, semicolons, a blank row, names split in two, labels for groups.
    let csv = "Prénom;Nom de famille;Courriel;Sexe;Pays;Organisme;Secteur;Statut\n\
               Amina;Otieno;amina@example.org;F;Kenya;KEBS;Personnel d'ONN;terminé\n\
               ;;;;;;;\n\
               Brian;Mwangi;BRIAN@example.org;M;KE;Acme Ltd;industry;completed\n";
    let (preview, location) = upload(&mut officer, activity, "participants.csv", csv.as_bytes()).await;
    preview.assert_status(StatusCode::OK);
    let html = preview.text();
    assert!(html.contains("<strong>2</strong> new people to enrol"), "{html}");
    assert!(html.contains("One blank row was skipped."));
    assert_eq!(app.count("SELECT COUNT(*) FROM people").await, 0, "a preview writes nothing");

    let applied = officer.post_form(&format!("{location}/apply"), &[]).await;
    applied.assert_status(StatusCode::OK);
    assert!(applied.text().contains("2 people added, 2 enrolments, 0 already enrolled"), "{}", applied.text());
    assert_eq!(app.count("SELECT COUNT(*) FROM participations WHERE status = 'completed'").await, 2);
    assert_eq!(app.count("SELECT COUNT(*) FROM participation_changes").await, 2, "each enrolment has its history");
    let (sex, group): (String, String) = app
        .db
        .fetch_one(apdc_store::Sql::new("SELECT sex, stakeholder_group FROM people WHERE email = 'amina@example.org'"))
        .await
        .unwrap();
    assert_eq!((sex.as_str(), group.as_str()), ("female", "nsb_staff"));
    // Applying twice is refused; importing the same file again adds nothing.
    officer.post_form(&format!("{location}/apply"), &[]).await.assert_status(StatusCode::NOT_FOUND);
    let (again, again_location) = upload(&mut officer, activity, "participants.csv", csv.as_bytes()).await;
    again.assert_status(StatusCode::OK);
    assert!(again.text().contains("<strong>2</strong> already enrolled (skipped)"));
    officer.post_form(&format!("{again_location}/apply"), &[]).await.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(app.count("SELECT COUNT(*) FROM people").await, 2);
    assert_eq!(app.count("SELECT COUNT(*) FROM participations").await, 2);
}

#[tokio::test]
async fn a_workbook_is_read_and_columns_can_be_remapped() {
    let app = TestApp::new().await;
    let activity = activity(&app).await;
    let mut officer = app.signed_in(Role::ProgrammeOfficer, None).await;
    let rows: Vec<Vec<String>> = (0..1_000)
        .map(|i| vec![format!("Person {i}"), format!("person{i}@example.org"), "Senegal".into(), "not stated".into()])
        .collect();
    // The email column has an unusual title: it is mapped by hand.
    let bytes = apdc_sheets::write_xlsx("Liste", &["Participant", "Contact", "Pays", "Genre"], &rows).unwrap();
    let (preview, location) = upload(&mut officer, activity, "liste.xlsx", &bytes).await;
    preview.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(preview.text().contains("Required columns are missing: Email"));
    officer
        .post_form(
            &format!("{location}/mapping"),
            &[("map_name", "0"), ("map_email", "1"), ("map_country", "2"), ("map_sex", "3")],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let remapped = officer.get(&location).await;
    remapped.assert_status(StatusCode::OK);
    assert!(remapped.text().contains("<strong>1000</strong> new people to enrol"));
    officer.post_form(&format!("{location}/apply"), &[]).await.assert_status(StatusCode::OK);
    assert_eq!(app.count("SELECT COUNT(*) FROM participations WHERE status = 'nominated'").await, 1_000);
    assert_eq!(app.count("SELECT COUNT(*) FROM people WHERE country = 'SN'").await, 1_000);
}

#[tokio::test]
async fn malformed_files_get_row_level_messages_and_write_nothing() {
    let app = TestApp::new().await;
    let activity = activity(&app).await;
    let mut officer = app.signed_in(Role::ProgrammeOfficer, None).await;
    let csv = "Name,Email,Country,Sex,Stakeholder group\n\
               Good Person,good@example.org,KE,F,NSB staff\n\
               ,missing-name@example.org,KE,F,\n\
               Bad Email,not-an-email,KE,F,\n\
               Unknown Country,uc@example.org,Atlantis,F,\n\
               \n\
               Bad Sex,bs@example.org,KE,unknown,\n\
               Bad Group,bg@example.org,KE,F,pirates\n\
               Twice,good@example.org,KE,F,\n";
    let (preview, location) = upload(&mut officer, activity, "list.csv", csv.as_bytes()).await;
    preview.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let html = preview.text();
    for (line, message) in [
        (3, "This field is required."),
        (4, "Enter a valid email address."),
        (5, "There is no such country in ISO 3166-1."),
        (7, "Use female, male, other or not stated"),
        (8, "Use a stakeholder group from the list."),
        (9, "This email address appears more than once in the file."),
    ] {
        let row = format!("<th scope=\"row\">{line}</th>");
        let at = html.find(&row).unwrap_or_else(|| panic!("line {line} listed in {html}"));
        assert!(html[at..].split("</tr>").next().unwrap().contains(message), "line {line}: {message}");
    }
    officer.post_form(&format!("{location}/apply"), &[]).await.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(app.count("SELECT COUNT(*) FROM people").await, 0);

    // Not a spreadsheet at all, an empty file, a header alone.
    let png = [0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d];
    for (name, bytes, message) in [
        ("photo.png", &png[..], "This is not a spreadsheet"),
        ("empty.csv", b"", "The file is empty."),
        ("header.csv", b"Name,Email\n", "The file has a header but no data rows."),
        ("broken.xlsx", b"PK\x03\x04 not really a zip", "cannot be read as a spreadsheet"),
    ] {
        let (reply, _) = upload(&mut officer, activity, name, bytes).await;
        reply.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
        assert!(reply.text().contains(message), "{name}: {}", reply.text());
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM participant_imports").await, 1);
    assert_eq!(app.count("SELECT COUNT(*) FROM participations").await, 0);
}

#[tokio::test]
async fn exports_honour_filters_and_permissions() {
    let app = TestApp::new().await;
    let activity = activity(&app).await;
    let ke = Some(apdc_domain::CountryCode::parse("KE").unwrap());
    let sn = Some(apdc_domain::CountryCode::parse("SN").unwrap());
    for (name, email, member) in [("Amina", "amina@example.org", ke), ("Awa", "awa@example.org", sn)] {
        let person =
            common::delivery::person(name, email, "female", member.map(|m| m.to_string()).as_deref().unwrap_or(""));
        apdc_store::participations::enrol(
            &app.db,
            &actor(),
            activity,
            &person,
            apdc_domain::person::ParticipationStatus::Completed,
            member,
        )
        .await
        .unwrap();
    }
    let mut officer = app.signed_in(Role::ProgrammeOfficer, None).await;
    officer.get("/en/admin/exports").await.assert_status(StatusCode::OK);
    let csv = officer.get("/en/admin/exports/participations.csv?project=APDC-KE-1").await;
    csv.assert_status(StatusCode::OK);
    assert!(csv.header("content-type").starts_with("text/csv"));
    let text = csv.text();
    assert!(text.contains("amina@example.org") && text.contains("awa@example.org"));
    let json = officer.get("/en/admin/exports/participations.json?member=SN").await.json();
    assert_eq!(json.as_array().unwrap().len(), 1);
    assert_eq!(json[0]["email"], "awa@example.org");
    let xlsx = officer.get("/en/admin/exports/projects.xlsx?status=implementation").await;
    xlsx.assert_status(StatusCode::OK);
    let table = apdc_sheets::read(&xlsx.body, &apdc_sheets::Limits::rows(100)).unwrap();
    assert_eq!(table.header[0], "code");
    assert_eq!(table.rows[0].1[0], "APDC-KE-1");
    let activities = officer.get("/en/admin/exports/activities.csv?mode=elearning").await.text();
    assert!(activities.contains("Standards 101"));
    officer.get("/en/admin/exports/people.csv").await.assert_status(StatusCode::NOT_FOUND);
    officer.get("/en/admin/exports/projects.pdf").await.assert_status(StatusCode::NOT_FOUND);
    officer
        .get("/en/admin/exports/participations.csv?participation_status=dreaming")
        .await
        .assert_status(StatusCode::BAD_REQUEST);

    // A focal point exports what concerns their member, whatever the filter says.
    let mut kenya = app.signed_in(Role::FocalPoint, Some("KE")).await;
    let own = kenya.get("/en/members/KE/exports/participations.csv?member=SN").await;
    own.assert_status(StatusCode::OK);
    assert!(own.text().contains("amina@example.org") && !own.text().contains("awa@example.org"));
    kenya.get("/en/members/SN/exports/participations.csv").await.assert_status(StatusCode::FORBIDDEN);
    kenya.get("/en/admin/exports/participations.csv").await.assert_status(StatusCode::FORBIDDEN);
}
