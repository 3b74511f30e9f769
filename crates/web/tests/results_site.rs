//! The results pages over HTTP on the engine under test: the plan at a glance, one
//! indicator with its charts, the records behind a figure as each kind of reader may see
//! them, a member's scorecard, and the weight budget.

mod common;

use apdc_domain::Role;
use apdc_domain::project::{OrgRole, OrganisationFields, OrganisationInput, PartnerInput};
use apdc_store::indicator_values;
use apdc_store::{organisations, projects, results, users};
use axum::http::{Method, StatusCode};
use common::TestApp;
use common::delivery::actor;
use common::results::{computed_plan, indicator};

/// The hand-counted programme with three indicators, computed.
async fn results_app() -> TestApp {
    let app = TestApp::new().await;
    computed_plan(&app, &[]).await;
    indicator_values::compute(&app.db, "AP-TEST").await.unwrap();
    app
}

#[tokio::test]
async fn the_dashboard_shows_every_indicator_with_its_status_and_the_map() {
    let app = results_app().await;
    let mut visitor = app.anonymous();
    let page = visitor.get("/en/results").await;
    page.assert_status(StatusCode::OK);
    let html = page.text();
    assert!(html.contains("Test plan"));
    // 2025: ELC 3 of 4 is at risk (75 %), REACH 6 of 6 on track, DEVMEM 3 of 10 off track.
    assert!(html.contains("3 / 4") && html.contains("6 / 6") && html.contains("3 / 10"), "{html}");
    for status in ["On track", "At risk", "Off track"] {
        assert!(html.contains(status), "{status}");
    }
    // The map of developing members reached, with its table.
    assert!(html.contains("role=\"img\"") && html.contains("<title>Kenya"), "map drawn");
    assert!(html.contains("/en/results/members/FJ"), "map table links the scorecards");
    let french = visitor.get("/fr/results").await;
    french.assert_status(StatusCode::OK);
    let french = french.text();
    assert!(french.contains("En bonne voie"));
    // The plan is written in English only: French readers see it in English, marked so
    // (screen readers switch voice), and are told.
    assert!(french.contains("<h1 lang=\"en\" dir=\"ltr\">Test plan</h1>"), "{french}");
    assert!(french.contains("ne sont pas encore traduits en français"), "{french}");
    assert!(html.contains("<h1>Test plan</h1>") && !html.contains("pas encore traduits"), "{html}");
}

#[tokio::test]
async fn an_indicator_page_charts_its_trend_and_breakdowns() {
    let app = results_app().await;
    let mut visitor = app.anonymous();
    let page = visitor.get("/en/results/ELC").await;
    page.assert_status(StatusCode::OK);
    let html = page.text();
    assert!(html.contains("id=\"trend-title\""), "trend chart");
    assert!(html.contains("id=\"by-sex-title\""), "breakdown chart");
    assert!(
        html.contains("Female")
            && html.contains("/en/results/ELC/evidence?period=2025&#38;dimension=sex&#38;category=female"),
        "{html}"
    );
    assert!(html.contains("Sum of the years"), "the aggregation rule is stated");
    let arabic = visitor.get("/ar/results/ELC").await.text();
    assert!(arabic.contains("<h1 lang=\"en\" dir=\"ltr\">ELC "), "the English title is marked: {arabic}");
    assert!(arabic.contains("لم يُترجم هذا المؤشر إلى العربية بعد"), "{arabic}");
    assert!(html.contains("<h1>ELC "), "nothing to mark in English: {html}");
    visitor.get("/en/results/NOPE").await.assert_status(StatusCode::NOT_FOUND);
    visitor.get("/en/results/members/KE").await.assert_status(StatusCode::OK);
    let scorecard = visitor.get("/en/results/members/KE").await.text();
    assert!(scorecard.contains("REACH") && scorecard.contains("DEVMEM"), "{scorecard}");
    visitor.get("/en/results/members/XX").await.assert_status(StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn evidence_respects_who_is_looking() {
    let app = results_app().await;
    // The public sees the activities of public projects, and no person.
    let mut visitor = app.anonymous();
    let public = visitor.get("/en/results/REACH/evidence?period=2025").await;
    public.assert_status(StatusCode::OK);
    let html = public.text();
    assert!(html.contains("A1") && html.contains("A2"), "{html}");
    assert!(!html.contains(">A3<"), "the private project's webinar is not listed");
    assert!(!html.contains("Amina"), "no personal data");
    assert!(html.contains("Only the activities you may see"));
    // Staff see every activity and every person counted; Zed was erased.
    let mut staff = app.signed_in(Role::ProgrammeOfficer, None).await;
    let html = staff.get("/en/results/REACH/evidence?period=2025").await.text();
    assert!(html.contains(">A3<") && html.contains("Amina") && html.contains("personal data erased"), "{html}");
    let women = staff.get("/en/results/ELC/evidence?period=2025&dimension=sex&category=female").await.text();
    assert!(women.contains("Amina") && !women.contains("Otieno"), "{women}");
    // A donor viewer sees the activities of the projects their organisation funds.
    let donor = organisations::create(
        &app.db,
        &actor(),
        &OrganisationInput::parse(&OrganisationFields {
            name: "Demo Agency".into(),
            org_type: "government".into(),
            ..OrganisationFields::default()
        })
        .unwrap(),
    )
    .await
    .unwrap();
    projects::add_partner(&app.db, &actor(), "P2", PartnerInput { organisation: donor.id, role: OrgRole::Funding })
        .await
        .unwrap();
    app.create_user("donor@example.org", Role::DonorViewer, None).await;
    let email = apdc_domain::Email::parse("donor@example.org").unwrap();
    let id = users::find_for_login(&app.db, &email).await.unwrap().unwrap().0.id;
    // An administrator links the account to its organisation on the account's page.
    let mut admin = app.signed_in(Role::Administrator, None).await;
    let form = admin.get(&format!("/en/admin/users/{id}/edit")).await.text();
    assert!(form.contains("Organisation (donor viewers)") && form.contains("Demo Agency"), "{form}");
    admin
        .post_form(&format!("/en/admin/users/{id}/organisation"), &[("organisation", &donor.id.to_string())])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    assert_eq!(users::get(&app.db, id).await.unwrap().unwrap().organisation_id, Some(donor.id));
    // Only a donor viewer speaks for an organisation.
    app.create_user("officer@example.org", Role::ProgrammeOfficer, None).await;
    let officer = users::find_for_login(&app.db, &apdc_domain::Email::parse("officer@example.org").unwrap())
        .await
        .unwrap()
        .unwrap()
        .0
        .id;
    let refused = admin
        .post_form(&format!("/en/admin/users/{officer}/organisation"), &[("organisation", &donor.id.to_string())])
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text().contains("Only a donor viewer is linked to an organisation."));
    let mut viewer = app.anonymous();
    viewer.sign_in("donor@example.org", common::PASSWORD).await.assert_status(StatusCode::SEE_OTHER);
    let html = viewer.get("/en/results/REACH/evidence?period=2025").await.text();
    assert!(html.contains(">A3<") && !html.contains(">A1<"), "{html}");
    assert!(!html.contains("Amina"));
    // Bad requests are named.
    visitor
        .get("/en/results/ELC/evidence?period=2025&dimension=height&category=x")
        .await
        .assert_status(StatusCode::BAD_REQUEST);
    visitor.get("/en/results/ELC/evidence?period=2040").await.assert_status(StatusCode::NOT_FOUND);
    visitor
        .get("/en/results/REACH/evidence?period=2025&dimension=sex&category=female")
        .await
        .assert_status(StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_private_plan_is_for_staff_only() {
    let app = results_app().await;
    let mut input = results::framework(&app.db, "AP-TEST").await.unwrap().plan;
    input.public = false;
    let fields = apdc_domain::results::PlanFields {
        code: input.code.clone(),
        first_year: input.first_year.to_string(),
        last_year: input.last_year.to_string(),
        public: String::new(),
        title: vec!["Test plan".into()],
        ..Default::default()
    };
    results::update_plan(&app.db, &actor(), "AP-TEST", &apdc_domain::results::PlanInput::parse(&fields).unwrap())
        .await
        .unwrap();
    let mut visitor = app.anonymous();
    assert!(visitor.get("/en/results").await.text().contains("No results framework has been published yet."));
    visitor.get("/en/results/ELC").await.assert_status(StatusCode::NOT_FOUND);
    visitor.get("/en/results?plan=AP-TEST").await.assert_status(StatusCode::NOT_FOUND);
    let mut staff = app.signed_in(Role::Administrator, None).await;
    let html = staff.get("/en/results").await.text();
    assert!(html.contains("This plan is not public"), "{html}");
}

/// The results pages, charts and map included, fit the 30 KB budget with the stylesheet.
#[tokio::test]
async fn results_pages_fit_the_weight_budget() {
    const BUDGET: usize = 30 * 1024;
    let app = results_app().await;
    let mut client = app.anonymous();
    let brotli = [("accept-encoding", "br, gzip")];
    let css = client.request(Method::GET, &apdc_web::assets::stylesheet_url(), &brotli, Default::default()).await;
    let mut report = Vec::new();
    for path in [
        "/en/results",
        "/fr/results",
        "/en/results/ELC",
        "/en/results/DEVMEM",
        "/en/results/REACH/evidence?period=2025",
        "/en/results/members/KE",
    ] {
        let r = client.request(Method::GET, path, &brotli, Default::default()).await;
        r.assert_status(StatusCode::OK);
        let total = r.body.len() + css.body.len();
        report.push(format!("{path}: {total} bytes"));
        assert!(total <= BUDGET, "{path} weighs {total} bytes");
        let plain = client.get(path).await.text();
        assert!(!plain.contains("style=\"") && !plain.contains("<script"), "{path} has no inline style or script");
    }
    println!("{}", report.join("\n"));
}

/// The dashboard reads a whole plan in a fixed number of statements: more indicators,
/// years and members do not mean more round trips.
#[tokio::test]
async fn the_dashboard_costs_the_same_number_of_statements_whatever_the_plan_size() {
    let app = results_app().await;
    // Signed in, so the response cache does not answer instead of the application.
    let mut staff = app.signed_in(Role::ProgrammeOfficer, None).await;
    // What every page reads (the pages placed in the navigation) is read once per change
    // by the first page after it: read it before measuring, each time.
    staff.get("/en/members").await.assert_status(StatusCode::OK);
    let before = app.db.statements();
    staff.get("/en/results").await.assert_status(StatusCode::OK);
    let small = app.db.statements() - before;
    // Six more indicators, one more year of data in the plan, more members reached.
    for n in 0..6 {
        let code = format!("MORE{n}");
        let input = indicator(&code, "OP2", "count", "members", |f| {
            f.disaggregations = vec!["region".into(), "member_category".into()];
            f.target_period = vec!["2024".into(), "2025".into(), "2026".into()];
            f.target = vec!["1".into(), "2".into(), "3".into()];
        });
        results::create_indicator(&app.db, &actor(), "AP-TEST", &input).await.unwrap();
    }
    indicator_values::compute(&app.db, "AP-TEST").await.unwrap();
    staff.get("/en/members").await.assert_status(StatusCode::OK);
    let before = app.db.statements();
    staff.get("/en/results").await.assert_status(StatusCode::OK);
    let large = app.db.statements() - before;
    assert_eq!(small, large, "statements for 3 and for 9 indicators");
    println!("the dashboard takes {large} statements");
}
