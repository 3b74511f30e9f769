//! Correcting the member registry: staff edits, focal points, imports, audit trail.

mod common;

use apdc_domain::Role;
use apdc_store::{Actor, reference};
use axum::http::StatusCode;
use common::TestApp;

fn member_form<'a>(acronym: &'a str, basis: &'a str, note: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("acronym", acronym),
        ("name", "Kenya Bureau of Standards"),
        ("category", "member_body"),
        ("developing", "true"),
        ("developing_basis", basis),
        ("developing_note", note),
        ("website", "https://www.kebs.org"),
    ]
}

#[tokio::test]
async fn staff_edit_is_audited_and_survives_a_reseed() {
    let app = TestApp::new().await;
    let mut staff = app.signed_in(Role::ProgrammeOfficer, None).await;
    staff.get("/en/admin/members/KE/edit").await.assert_status(StatusCode::OK);
    let r = staff.post_form("/en/admin/members/KE/edit", &member_form("KEBS-X", "iso_list", "")).await;
    r.assert_status(StatusCode::SEE_OTHER);
    assert_eq!(r.location(), "/en/members/KE");

    let page = staff.get("/en/members/KE").await.text();
    assert!(page.contains("KEBS-X") && page.contains("ISO list of developing countries"));
    assert!(page.contains("Corrected by staff."));

    // The audit entry names the actor and the before → after of each changed field.
    let trail = staff.get("/en/admin/members/KE/audit").await.assert_status(StatusCode::OK).text();
    assert!(trail.contains("Member edited"));
    assert!(trail.contains("<strong>acronym</strong>: <del>KEBS</del> → <ins>KEBS-X</ins>"), "{trail}");
    assert!(trail.contains("<strong>developing_basis</strong>: <del>un_m49_regions</del> → <ins>iso_list</ins>"));
    assert!(trail.contains("Test User &#60;programme_officer-"), "{trail}");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM audit_log WHERE record_key = 'KE' AND action = 'member.update' AND request_id IS NOT NULL").await,
        1
    );

    // Re-seeding refreshes reference rows but keeps the staff correction.
    let report = reference::seed(&app.db, &Actor::system("re-seed")).await.unwrap();
    assert_eq!(report.members_added, 0);
    assert!(report.members_kept >= 165);
    let api = staff.get("/api/v1/members/KE").await.json();
    assert_eq!(api["acronym"], "KEBS-X");
    assert_eq!(api["developing_basis"], "iso_list");
}

#[tokio::test]
async fn invalid_edits_are_refused_with_messages_and_change_nothing() {
    let app = TestApp::new().await;
    let mut staff = app.signed_in(Role::Administrator, None).await;
    staff.get("/en/admin/members/KE/edit").await;
    let mut fields = member_form("KEBS", "other", "");
    fields.retain(|(k, _)| *k != "website");
    fields.push(("website", "kebs.org"));
    let r = staff.post_form("/en/admin/members/KE/edit", &fields).await;
    r.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text();
    assert!(html.contains("Enter a web address starting with http:// or https://."));
    assert!(html.contains("Explain the basis in the note when it is &#34;other&#34;."), "{html}");
    assert!(html.contains("aria-invalid=\"true\""));
    assert!(html.contains("value=\"kebs.org\""), "the form keeps what was typed");
    assert_eq!(app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'member.update'").await, 0);
    let api = staff.get("/api/v1/members/KE").await.json();
    assert_eq!(api["developing_basis"], "un_m49_regions");
}

#[tokio::test]
async fn staff_add_a_missing_member_once() {
    let app = TestApp::new().await;
    let mut staff = app.signed_in(Role::ProgrammeOfficer, None).await;
    staff.get("/en/admin/members/new").await.assert_status(StatusCode::OK);
    let mut fields = member_form("TST", "dac_list", "");
    fields.push(("alpha2", "tv"));
    let r = staff.post_form("/en/admin/members", &fields).await;
    r.assert_status(StatusCode::SEE_OTHER);
    assert_eq!(r.location(), "/en/members/TV");
    assert_eq!(app.count("SELECT COUNT(*) FROM members").await, 166);
    assert_eq!(app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'member.create' AND record_key = 'TV' AND actor_id IS NOT NULL").await, 1);

    // The same country again: a conflict naming the field.
    let again = staff.post_form("/en/admin/members", &fields).await;
    again.assert_status(StatusCode::CONFLICT);
    assert!(again.text().contains("This country already has a member."));
    // A code that is no country.
    let mut unknown = member_form("X", "dac_list", "");
    unknown.push(("alpha2", "QQ"));
    let r = staff.post_form("/en/admin/members", &unknown).await;
    r.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.text().contains("There is no such country in ISO 3166-1."));
    assert_eq!(app.count("SELECT COUNT(*) FROM members").await, 166);
}

#[tokio::test]
async fn focal_points_keep_their_own_members_contacts_only() {
    let app = TestApp::new().await;
    let mut kenya = app.signed_in(Role::FocalPoint, Some("KE")).await;
    let form = kenya.get("/en/members/KE/contacts").await.assert_status(StatusCode::OK).text();
    assert!(form.contains("Contact details of KEBS"));
    let r = kenya
        .post_form(
            "/en/members/KE/contacts",
            &[
                ("website", "https://www.kebs.org"),
                ("email", "info@kebs.org"),
                ("phone", "+254 20 6948000"),
                ("address", "Popo Road, Nairobi"),
            ],
        )
        .await;
    r.assert_status(StatusCode::SEE_OTHER);
    let r = kenya
        .post_form(
            "/en/members/KE/focal-points",
            &[("name", "Jane Focal"), ("email", "Jane@Example.org"), ("position", "Head of international relations")],
        )
        .await;
    r.assert_status(StatusCode::SEE_OTHER);
    let bad = kenya.post_form("/en/members/KE/focal-points", &[("name", ""), ("email", "nope")]).await;
    bad.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.text().contains("Enter a valid email address."));

    let profile = kenya.get("/en/members/KE").await.text();
    assert!(profile.contains("info@kebs.org") && profile.contains("Jane Focal"));
    assert!(profile.contains("jane@example.org"), "emails are stored lower-cased");
    // The public sees the member's contact details but not the named focal points.
    let public = app.anonymous().get("/en/members/KE").await.text();
    assert!(public.contains("info@kebs.org"));
    assert!(!public.contains("Jane Focal"));

    // Another member's contacts are out of reach, to read and to write.
    kenya.get("/en/members/SN/contacts").await.assert_status(StatusCode::FORBIDDEN);
    kenya
        .post_form("/en/members/SN/contacts", &[("website", "https://x.org")])
        .await
        .assert_status(StatusCode::FORBIDDEN);
    // And so is staff editing.
    kenya.get("/en/admin/members/KE/edit").await.assert_status(StatusCode::FORBIDDEN);

    let id: (i64,) = app
        .db
        .fetch_one(apdc_store::Sql::new("SELECT id FROM focal_points WHERE email = 'jane@example.org'"))
        .await
        .unwrap();
    let mut senegal = app.signed_in(Role::FocalPoint, Some("SN")).await;
    senegal
        .post_form(&format!("/en/members/KE/focal-points/{}/delete", id.0), &[])
        .await
        .assert_status(StatusCode::FORBIDDEN);
    // Removing it through another member's address does not find it.
    senegal
        .post_form(&format!("/en/members/SN/focal-points/{}/delete", id.0), &[])
        .await
        .assert_status(StatusCode::NOT_FOUND);
    kenya.get("/en/members/KE/contacts").await;
    kenya
        .post_form(&format!("/en/members/KE/focal-points/{}/delete", id.0), &[])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    assert_eq!(app.count("SELECT COUNT(*) FROM focal_points").await, 0);
    let actions = app.count("SELECT COUNT(*) FROM audit_log WHERE record_key = 'KE' AND action IN ('member.update_contacts', 'member.focal_point.add', 'member.focal_point.remove')").await;
    assert_eq!(actions, 3);
}

const GOOD_IMPORT: &str = "alpha2,acronym,category,developing,developing_basis,website\n\
    KE,KEBS,member_body,true,iso_list,https://www.kebs.org\n\
    TV,TVSB,subscriber,true,ldc,\n\
    FR,AFNOR,member_body,false,dac_list,\n";

#[tokio::test]
async fn import_previews_row_by_row_then_applies_everything_at_once() {
    let app = TestApp::new().await;
    let mut staff = app.signed_in(Role::ProgrammeOfficer, None).await;
    staff.get("/en/admin/members/import").await.assert_status(StatusCode::OK);
    let preview = staff.post_file("/en/admin/members/import", "members.csv", GOOD_IMPORT.as_bytes()).await;
    preview.assert_status(StatusCode::OK);
    let html = preview.text();
    assert!(html.contains("Preview of members.csv"));
    assert!(html.contains("website: (empty) → https://www.kebs.org"), "{html}");
    assert!(html.contains("<td>TV</td><td>to add</td>"));
    assert!(html.contains("developing_basis: un_m49_regions → dac_list"));
    // Nothing is written by a preview.
    assert_eq!(app.count("SELECT COUNT(*) FROM members").await, 165);
    assert_eq!(app.count("SELECT COUNT(*) FROM audit_log WHERE actor_id IS NOT NULL").await, 0);

    let action = html.split("action=\"/en/admin/members/import/").nth(1).unwrap().split('"').next().unwrap();
    let applied = staff.post_form(&format!("/en/admin/members/import/{action}"), &[]).await;
    applied.assert_status(StatusCode::OK);
    assert!(applied.text().contains("Import applied: 1 added, 2 updated, 0 unchanged."));
    assert_eq!(app.count("SELECT COUNT(*) FROM members").await, 166);
    let france = staff.get("/api/v1/members/FR").await.json();
    assert_eq!(france["developing_basis"], "dac_list");
    assert_eq!(france["name"], "Association française de normalisation", "a column left out keeps its value");
    assert_eq!(app.count("SELECT COUNT(*) FROM audit_log WHERE actor_id IS NOT NULL").await, 3);

    // Applying the same import twice is refused.
    staff.post_form(&format!("/en/admin/members/import/{action}"), &[]).await.assert_status(StatusCode::CONFLICT);
    // The same file again now changes nothing.
    let again = staff.post_file("/en/admin/members/import", "members.csv", GOOD_IMPORT.as_bytes()).await;
    assert!(again.text().contains("The file matches the registry: there is nothing to import."));
}

#[tokio::test]
async fn a_file_with_one_bad_row_writes_nothing_and_says_why() {
    let app = TestApp::new().await;
    let mut staff = app.signed_in(Role::ProgrammeOfficer, None).await;
    staff.get("/en/admin/members/import").await;
    let file = "alpha2,acronym,category,developing,developing_basis\n\
        KE,KEBS2,member_body,true,iso_list\n\
        ,,,,\n\
        XX,NONE,member_body,true,iso_list\n\
        SN,ASN,observer,perhaps,iso_list\n\
        KE,KEBS3,member_body,true,iso_list\n";
    let r = staff.post_file("/en/admin/members/import", "bad.csv", file.as_bytes()).await;
    r.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text();
    assert!(html.contains("Some rows are rejected, so nothing can be imported."));
    assert!(html.contains("alpha2: There is no such country in ISO 3166-1."));
    assert!(html.contains("category: Use member_body, correspondent or subscriber."));
    assert!(html.contains("developing: Use true or false (yes or no)."));
    assert!(html.contains("alpha2: This country appears more than once in the file."));
    assert!(html.contains("One blank row was skipped."));
    assert!(!html.contains("Apply the import"), "no way to apply a rejected file");
    assert_eq!(app.count("SELECT COUNT(*) FROM member_imports").await, 0);
    assert_eq!(app.anonymous().get("/api/v1/members/KE").await.json()["acronym"], "KEBS");

    // Whole-file problems, in the user's language.
    staff.get("/fr/admin/members/import").await;
    for (name, bytes, message) in [
        ("empty.csv", &b""[..], "Le fichier est vide."),
        ("photo.png", &b"\x89PNG\r\n\x1a\n\x00\x00"[..], "UTF-8"),
        ("cols.csv", &b"alpha2,acronym\nKE,KEBS\n"[..], "developing, developing_basis"),
        (
            "extra.csv",
            &b"alpha2,category,developing,developing_basis,colour\nKE,member_body,true,ldc,red\n"[..],
            "colour",
        ),
    ] {
        let r = staff.post_file("/fr/admin/members/import", name, bytes).await;
        r.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.text().contains(message), "{name}: {}", r.text());
        assert!(r.text().contains("Aucune donnée n&#39;a été enregistrée."), "{name}: {}", r.text());
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM member_imports").await, 0);
}

#[tokio::test]
async fn staff_can_export_the_list_in_the_import_format() {
    let app = TestApp::new().await;
    let mut staff = app.signed_in(Role::Administrator, None).await;
    let r = staff.get("/en/admin/members/export").await;
    r.assert_status(StatusCode::OK);
    assert!(r.header("content-type").starts_with("text/csv"));
    let text = r.text();
    assert!(
        text.starts_with("\u{feff}alpha2,acronym,name,category,developing,developing_basis,developing_note,website\n")
    );
    assert_eq!(text.lines().count(), 166);
    // Importing the export back changes nothing.
    staff.get("/en/admin/members/import").await;
    let back = staff.post_file("/en/admin/members/import", "export.csv", text.as_bytes()).await;
    assert!(back.text().contains("The file matches the registry"), "{}", back.text());
}

/// Many writers at once (several instances, or many staff): every change lands, each
/// with its audit entry, on both engines.
#[tokio::test]
async fn concurrent_changes_all_land_with_their_audit_entries() {
    use apdc_domain::member::MemberContactFields;
    let app = TestApp::new().await;
    let kenya = apdc_domain::CountryCode::parse("KE").unwrap();
    let mut tasks = Vec::new();
    for i in 0..16 {
        let db = app.db.clone();
        tasks.push(tokio::spawn(async move {
            let input = apdc_domain::MemberContactInput::parse(&MemberContactFields {
                phone: format!("+254 20 000 {i:04}"),
                ..MemberContactFields::default()
            })
            .unwrap();
            apdc_store::members::update_contacts(&db, &Actor::system(&format!("writer {i}")), kenya, &input).await
        }));
    }
    for task in tasks {
        task.await.unwrap().expect("every concurrent write succeeds");
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'member.update_contacts'").await, 16);
}

#[tokio::test]
async fn stale_import_previews_are_forgotten_applied_ones_kept() {
    let app = TestApp::new().await;
    let mut staff = app.signed_in(Role::ProgrammeOfficer, None).await;
    staff.get("/en/admin/members/import").await;
    let preview = staff.post_file("/en/admin/members/import", "members.csv", GOOD_IMPORT.as_bytes()).await;
    preview.assert_status(StatusCode::OK);
    assert_eq!(app.count("SELECT COUNT(*) FROM member_imports WHERE status = 'pending'").await, 1);
    let now = apdc_store::now();
    assert_eq!(
        apdc_store::imports::forget_pending_before(&app.db, now - 60).await.unwrap(),
        0,
        "a fresh preview stays"
    );
    assert_eq!(apdc_store::imports::forget_pending_before(&app.db, now + 60).await.unwrap(), 1);
    assert_eq!(app.count("SELECT COUNT(*) FROM member_imports").await, 0);
}
