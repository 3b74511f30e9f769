//! Staff and focal points working on the results framework over HTTP, on the engine
//! under test: defining a plan through its forms, linking outputs, computing figures,
//! locking years, reporting member data, and reviewing it.

mod common;

use apdc_domain::Role;
use axum::http::StatusCode;
use common::TestApp;
use common::results::{plan, programme};

const PLAN: &str = "/en/admin/results/AP-WEB";

async fn define_plan(staff: &mut common::Client) {
    let r = staff
        .post_form(
            "/en/admin/results",
            &[
                ("code", "AP-WEB"),
                ("first_year", "2024"),
                ("last_year", "2026"),
                ("public", "true"),
                ("title", "Web plan"),
                ("title", "Plan web"),
                ("objective", "Members use standards."),
            ],
        )
        .await;
    r.assert_status(StatusCode::SEE_OTHER);
    assert_eq!(r.location(), PLAN);
    for fields in [
        vec![("level", "outcome"), ("code", "OC1"), ("title", "Members take part")],
        vec![("level", "output"), ("parent", "OC1"), ("code", "OP1"), ("title", "Training delivered")],
    ] {
        staff.post_form(&format!("{PLAN}/results"), &fields).await.assert_status(StatusCode::SEE_OTHER);
    }
}

#[tokio::test]
async fn staff_define_a_plan_and_its_indicators_through_the_forms() {
    let app = TestApp::new().await;
    plan(&app).await;
    programme(&app).await;
    let mut staff = app.signed_in(Role::ProgrammeOfficer, None).await;
    staff.get("/en/admin/results").await.assert_status(StatusCode::OK);
    staff.get("/en/admin/results/new").await.assert_status(StatusCode::OK);
    define_plan(&mut staff).await;

    // Mistakes are named, and nothing is written.
    let bad = staff
        .post_form(
            &format!("{PLAN}/indicators"),
            &[
                ("code", "OP1.1"),
                ("result", "OP1"),
                ("measure", "percentage"),
                ("aggregation", "sum"),
                ("source", "computed"),
                ("counts", "people"),
                ("target_period", "2025"),
                ("target", "150"),
                ("title", ""),
            ],
        )
        .await;
    bad.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let html = bad.text();
    assert!(html.contains("A percentage cannot exceed 100."), "{html}");
    assert!(html.contains("A percentage needs the category counted in its numerator."));
    assert!(html.contains("aria-invalid=\"true\""));
    assert_eq!(app.count("SELECT COUNT(*) FROM indicators").await, 0);

    // A computed indicator limited to its output, and one reported per member.
    let created = staff
        .post_form(
            &format!("{PLAN}/indicators"),
            &[
                ("code", "OP1.1"),
                ("result", "OP1"),
                ("measure", "count"),
                ("aggregation", "sum"),
                ("source", "computed"),
                ("counts", "people"),
                ("output_only", "true"),
                ("disaggregations", "sex"),
                ("target_period", "2024"),
                ("target", ""),
                ("target_period", "2025"),
                ("target", "5"),
                ("title", "People trained through OP1"),
                ("title", "Personnes formées par OP1"),
            ],
        )
        .await;
    created.assert_status(StatusCode::SEE_OTHER);
    staff
        .post_form(
            &format!("{PLAN}/indicators"),
            &[
                ("code", "OC1.1"),
                ("result", "OC1"),
                ("measure", "count"),
                ("aggregation", "latest"),
                ("source", "reported"),
                ("member_level", "true"),
                ("title", "P-memberships held"),
            ],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let edit = staff.get("/en/admin/indicators/OP1.1/edit").await;
    edit.assert_status(StatusCode::OK);
    assert!(edit.text().contains("Personnes formées par OP1"), "French title kept");

    // Link project P1 to the output (an unknown project is named), then compute.
    let unknown = staff.post_form(&format!("{PLAN}/results/OP1/links"), &[("kind", "project"), ("key", "NOPE")]).await;
    unknown.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(unknown.text().contains("No project has this code."));
    staff
        .post_form(&format!("{PLAN}/results/OP1/links"), &[("kind", "project"), ("key", "P1"), ("action", "link")])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    staff.post_form(&format!("{PLAN}/compute"), &[]).await.assert_status(StatusCode::SEE_OTHER);
    let manage = staff.get(PLAN).await.text();
    assert!(manage.contains("P1") && manage.contains("OP1.1") && manage.contains("OC1.1"), "{manage}");
    // Through P1 in 2025: Amina, Otieno, Awa, Zed (see the fixture) against a target of 5.
    let indicator = staff.get("/en/results/OP1.1").await.text();
    assert!(indicator.contains(">4<") && indicator.contains("At risk"), "{indicator}");

    // Editing keeps the code's page; changing the rule to a share without numerator fails.
    let invalid_edit = staff
        .post_form(
            "/en/admin/indicators/OP1.1/edit",
            &[
                ("code", "OP1.1"),
                ("result", "OP1"),
                ("measure", "percentage"),
                ("aggregation", "sum"),
                ("source", "computed"),
                ("counts", "people"),
                ("title", "People trained through OP1"),
            ],
        )
        .await;
    invalid_edit.assert_status(StatusCode::UNPROCESSABLE_ENTITY);

    // Years can be locked and unlocked in bulk; choosing none is named.
    let none = staff.post_form(&format!("{PLAN}/locks"), &[("action", "lock")]).await;
    none.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    staff
        .post_form(&format!("{PLAN}/locks"), &[("action", "lock"), ("periods", "2024"), ("periods", "2025")])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    assert_eq!(app.count("SELECT COUNT(*) FROM period_locks").await, 2);
    staff
        .post_form(&format!("{PLAN}/locks"), &[("action", "unlock"), ("periods", "2025")])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    assert_eq!(app.count("SELECT COUNT(*) FROM period_locks").await, 1);
}

#[tokio::test]
async fn focal_points_report_for_their_member_and_staff_review() {
    let app = TestApp::new().await;
    let mut staff = app.signed_in(Role::Administrator, None).await;
    define_plan(&mut staff).await;
    staff
        .post_form(
            &format!("{PLAN}/indicators"),
            &[
                ("code", "OC1.1"),
                ("result", "OC1"),
                ("measure", "count"),
                ("aggregation", "latest"),
                ("source", "reported"),
                ("member_level", "true"),
                ("disaggregations", "sex"),
                ("title", "P-memberships held"),
            ],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);

    let mut kenya = app.signed_in(Role::FocalPoint, Some("KE")).await;
    let overview = kenya.get("/en/members/KE/reporting").await;
    overview.assert_status(StatusCode::OK);
    assert!(overview.text().contains("/en/members/KE/reporting/new?indicator=OC1.1&amp;period=2025"));
    // Another member's reporting is not theirs.
    kenya.get("/en/members/SN/reporting").await.assert_status(StatusCode::FORBIDDEN);
    kenya.get("/en/members/KE/reporting/new?indicator=OC1.1&period=2025").await.assert_status(StatusCode::OK);
    // A bad value is named; a member in the form cannot redirect the update elsewhere.
    let bad = kenya
        .post_form("/en/members/KE/reporting", &[("indicator", "OC1.1"), ("period", "2025"), ("value", "-3")])
        .await;
    bad.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.text().contains("Enter a whole number of 0 or more."));
    kenya
        .post_form(
            "/en/members/KE/reporting",
            &[
                ("indicator", "OC1.1"),
                ("period", "2025"),
                ("member", "SN"),
                ("value", "12"),
                ("part", "sex=female"),
                ("part_value", "5"),
                ("narrative", "Includes two new TCs."),
                ("intent", "submit"),
            ],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM indicator_updates u JOIN members m ON m.id = u.member_id \
             WHERE m.alpha2 = 'KE' AND u.status = 'submitted'"
        )
        .await,
        1
    );
    let id = app.count("SELECT MAX(id) FROM indicator_updates").await;

    // Staff see it in the queue, return it without a reason (refused), then with one.
    let queue = staff.get("/en/admin/updates").await.text();
    assert!(queue.contains("OC1.1") && queue.contains(&format!("value=\"{id}\"")), "{queue}");
    let refused = staff.post_form(&format!("/en/admin/updates/{id}/status"), &[("status", "returned")]).await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text().contains("Say why the update is returned."));
    staff
        .post_form(&format!("/en/admin/updates/{id}/status"), &[("status", "returned"), ("reason", "Count SCs too.")])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    // Kenya corrects and resubmits; staff approve in bulk; the figure appears.
    let form = kenya.get(&format!("/en/members/KE/reporting/{id}")).await.text();
    assert!(form.contains("Count SCs too."), "the reason is shown");
    kenya
        .post_form(
            &format!("/en/members/KE/reporting/{id}"),
            &[("indicator", "OC1.1"), ("period", "2025"), ("value", "14"), ("intent", "submit")],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let approved = staff.post_form("/en/admin/updates/approve", &[("ids", &id.to_string())]).await;
    approved.assert_status(StatusCode::SEE_OTHER);
    assert!(staff.get(&approved.location()).await.text().contains("1 updates approved"));
    let page = app.anonymous().get("/en/results/OC1.1").await.text();
    assert!(page.contains(">14<"), "{page}");
    let history = staff.get(&format!("/en/admin/updates/{id}")).await.text();
    assert!(history.contains("Count SCs too.") && history.contains("Approved"));
    // Senegal's focal point cannot open Kenya's update.
    let mut senegal = app.signed_in(Role::FocalPoint, Some("SN")).await;
    senegal.get(&format!("/en/members/SN/reporting/{id}")).await.assert_status(StatusCode::NOT_FOUND);
    // Staff report the plan's own figure through the staff form.
    staff.get("/en/admin/updates/new?indicator=OC1.1").await.assert_status(StatusCode::OK);
}

#[tokio::test]
async fn member_data_is_imported_from_a_spreadsheet_all_or_nothing() {
    let app = TestApp::new().await;
    let mut staff = app.signed_in(Role::ProgrammeOfficer, None).await;
    define_plan(&mut staff).await;
    for (code, measure) in [("OC1.1", "count"), ("OC1.2", "yes_no")] {
        staff
            .post_form(
                &format!("{PLAN}/indicators"),
                &[
                    ("code", code),
                    ("result", "OC1"),
                    ("measure", measure),
                    ("aggregation", "latest"),
                    ("source", "reported"),
                    ("member_level", "true"),
                    ("title", code),
                ],
            )
            .await
            .assert_status(StatusCode::SEE_OTHER);
    }
    staff.get(&format!("{PLAN}/import")).await.assert_status(StatusCode::OK);
    let bad = "indicator,member,year,value,narrative\nOC1.1,KE,2025,12,\nOC1.1,SN,2031,4,\nOC1.2,KE,2025,maybe,\nOC1.9,KE,2025,1,\n";
    let reply = staff.post_file(&format!("{PLAN}/import"), "data.csv", bad.as_bytes()).await;
    reply.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let html = reply.text();
    assert!(html.contains("<th scope=\"row\">3</th>") && html.contains("<th scope=\"row\">4</th>"), "{html}");
    assert!(html.contains("<th scope=\"row\">5</th>") && html.contains("No indicator has this code."), "{html}");
    assert_eq!(app.count("SELECT COUNT(*) FROM indicator_updates").await, 0, "nothing written");
    let missing = staff.post_file(&format!("{PLAN}/import"), "data.csv", b"indicator,member\nOC1.1,KE\n").await;
    missing.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(missing.text().contains("year, value"));

    let good = "Indicator;Member;Year;Value;Narrative\nOC1.1;KE;2025;12;From ISO records\nOC1.1;SN;2025;4;\nOC1.2;KE;2025;oui;\n";
    let reply = staff.post_file(&format!("{PLAN}/import"), "data.csv", good.as_bytes()).await;
    reply.assert_status(StatusCode::SEE_OTHER);
    assert!(staff.get(&reply.location()).await.text().contains("3 updates imported"));
    assert_eq!(app.count("SELECT COUNT(*) FROM indicator_updates WHERE status = 'submitted'").await, 3);
    assert_eq!(app.count("SELECT COUNT(*) FROM indicator_updates WHERE yes = TRUE").await, 1);
    // Locking the year makes the same file fail on its first row, naming it.
    staff.post_form(&format!("{PLAN}/locks"), &[("action", "lock"), ("periods", "2025")]).await;
    let locked = staff.post_file(&format!("{PLAN}/import"), "data.csv", good.as_bytes()).await;
    locked.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(locked.text().contains("This year is locked"));
    assert_eq!(app.count("SELECT COUNT(*) FROM indicator_updates").await, 3);
}
