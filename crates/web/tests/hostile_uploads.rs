//! Uploads made to exhaust the server are refused with a message naming the limit, write
//! nothing, and leave the server answering; CSV exports carry no formula. On the engine
//! under test.

mod common;

use apdc_domain::Role;
use axum::http::StatusCode;
use common::delivery::{actor, elearning, sample_project};
use common::{Client, TestApp};

fn hostile(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/../sheets/tests/files/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

async fn activity(app: &TestApp) -> i64 {
    let project = sample_project(app, "APDC-KE-1").await;
    apdc_store::activities::create(&app.db, &actor(), &project.code, &elearning("Standards 101")).await.unwrap().id
}

async fn refused(client: &mut Client, uri: &str, file: &str, message: &str) {
    let reply = client.post_file(uri, file, &hostile(file)).await;
    reply.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(reply.text().contains(message), "{file}: expected {message:?} in {}", reply.text());
}

#[tokio::test]
async fn participant_lists_beyond_the_limits_are_refused_and_nothing_is_kept() {
    let app = TestApp::new().await;
    let activity = activity(&app).await;
    let mut officer = app.signed_in(Role::ProgrammeOfficer, None).await;
    let uri = format!("/en/admin/activities/{activity}/import");
    refused(
        &mut officer,
        &uri,
        "sparse-last-cell.xlsx",
        "The workbook says its sheet spans A1:XFD1048576, more than the 20000 rows and 100 columns read.",
    )
    .await;
    refused(&mut officer, &uri, "sparse-undeclared.xlsx", "The sheet has more than 100 columns.").await;
    refused(&mut officer, &uri, "expanding-string.xlsx", "The workbook unpacks to more than 64 MB.").await;
    let long = format!("Name,Email\n{},a@example.org\n", "x".repeat(1_001));
    let reply = officer.post_file(&uri, "long.csv", long.as_bytes()).await;
    reply.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(reply.text().contains("The cell on line 2, column 1 is longer than 1000 characters."), "{}", reply.text());
    assert_eq!(app.count("SELECT COUNT(*) FROM participant_imports").await, 0, "no pending import was kept");
    // The server still answers, and a sound file still reads.
    let reply = officer.post_file(&uri, "small-list.xlsx", &hostile("small-list.xlsx")).await;
    reply.assert_status(StatusCode::SEE_OTHER);
    assert_eq!(app.count("SELECT COUNT(*) FROM participant_imports").await, 1);
}

#[tokio::test]
async fn member_data_files_beyond_the_limits_are_refused() {
    let app = TestApp::new().await;
    common::results::plan(&app).await;
    let mut staff = app.signed_in(Role::ProgrammeOfficer, None).await;
    let uri = "/en/admin/results/AP-TEST/import";
    refused(&mut staff, uri, "sparse-last-cell.xlsx", "spans A1:XFD1048576").await;
    refused(&mut staff, uri, "expanding-string.xlsx", "The workbook unpacks to more than 64 MB.").await;
    assert_eq!(app.count("SELECT COUNT(*) FROM indicator_updates").await, 0);
}

#[tokio::test]
async fn member_csv_files_are_read_whatever_their_delimiter_and_line_endings() {
    let app = TestApp::new().await;
    let mut staff = app.signed_in(Role::ProgrammeOfficer, None).await;
    let uri = "/en/admin/members/import";
    // Semicolons and Windows line endings: the bad row is named by its true line.
    let csv =
        "alpha2;category;developing;developing_basis\r\nKE;member;true;iso_list\r\n\r\nZZ;member;true;iso_list\r\n";
    let reply = staff.post_file(uri, "members.csv", csv.as_bytes()).await;
    reply.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let html = reply.text();
    assert!(!html.contains("Required columns are missing"), "{html}");
    assert!(html.contains("<td class=\"num\">4</td><td>ZZ</td>"), "the unknown country is on line 4: {html}");
    let nul = "alpha2,category,developing,developing_basis\nKE,member,true,iso_list\nK\0E,member,true,iso_list\n";
    let reply = staff.post_file(uri, "members.csv", nul.as_bytes()).await;
    reply.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(reply.text().contains("Line 3 holds a NUL character"), "{}", reply.text());
}

#[tokio::test]
async fn csv_exports_neutralise_formulas_while_xlsx_and_json_keep_the_text() {
    let app = TestApp::new().await;
    let activity = activity(&app).await;
    let names = ["=HYPERLINK(\"http://example.org\",\"open\")", "+SUM(1,2)", "@cmd", "-2+3"];
    for (i, name) in names.iter().enumerate() {
        let person = common::delivery::person(name, &format!("p{i}@example.org"), "female", "KE");
        apdc_store::participations::enrol(
            &app.db,
            &actor(),
            activity,
            &person,
            apdc_domain::person::ParticipationStatus::Completed,
            None,
        )
        .await
        .unwrap();
    }
    let mut officer = app.signed_in(Role::ProgrammeOfficer, None).await;
    let csv = officer.get("/en/admin/exports/participations.csv").await.text();
    let mut reader = csv::ReaderBuilder::new().from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
    let column = reader.headers().unwrap().iter().position(|h| h == "name").unwrap();
    let exported: Vec<String> = reader.records().map(|r| r.unwrap()[column].to_owned()).collect();
    for name in names {
        assert!(exported.contains(&format!("'{name}")), "{name} neutralised in {exported:?}");
    }
    let json = officer.get("/en/admin/exports/participations.json").await.json();
    let from_json: Vec<&str> = json.as_array().unwrap().iter().map(|p| p["name"].as_str().unwrap()).collect();
    let xlsx = officer.get("/en/admin/exports/participations.xlsx").await;
    use calamine::Reader;
    let mut workbook: calamine::Xlsx<_> = calamine::Xlsx::new(std::io::Cursor::new(xlsx.body.to_vec())).unwrap();
    let range = workbook.worksheet_range_at(0).unwrap().unwrap();
    let header: Vec<String> = range.rows().next().unwrap().iter().map(ToString::to_string).collect();
    let column = header.iter().position(|h| h == "name").unwrap();
    let from_xlsx: Vec<String> = range.rows().skip(1).map(|row| row[column].to_string()).collect();
    for name in names {
        assert!(from_json.contains(&name), "JSON keeps {name}");
        assert!(from_xlsx.iter().any(|n| n == name), "XLSX keeps {name} as text");
    }
}
