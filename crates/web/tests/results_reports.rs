//! The printable reports over HTTP on the engine under test, against the hand-counted
//! programme of `common::results`: DEVCO's annual progress report (page and workbook)
//! and a donor's report, which counts the projects its organisation funds and nothing
//! else, and which each donor viewer sees for their own organisation only.
//!
//! What 2025 holds, worked out from the programme's table:
//! - people reached (attended or completed, each once): Amina, Otieno, Awa, Zed (A1, A2),
//!   Bob, Noor (A3) = 6 (Bob's A1 nomination alone would not count); 3 women, 2 men, 1
//!   not stated;
//! - developing-country members reached: KE, SN (people) and FJ (the mission) = 3;
//! - activities completed that started in 2025: A1, A2, A3, A5 = 4;
//! - countries reached: KE, SN, FR (Bob) and FJ = 4;
//! - over P2 alone (A3 and A5): Awa, Bob, Noor = 3 people, SN and FJ = 2 developing
//!   members, 2 activities, SN, FR and FJ = 3 countries;
//! - over P1 alone (A1, A2): Amina, Otieno, Awa, Zed = 4 people.

mod common;

use apdc_domain::Role;
use apdc_domain::project::{FinanceFields, FinanceInput, OrgRole, OrganisationFields, OrganisationInput, PartnerInput};
use apdc_domain::results::{UpdateFields, UpdateInput, UpdateStatus};
use apdc_store::indicator_updates::{self as updates, Reporter};
use apdc_store::{indicator_values, organisations, projects, results, users};
use axum::http::StatusCode;
use calamine::{Data, Reader, Xlsx};
use common::delivery::actor;
use common::results::{computed_plan, define, indicator};
use common::{Client, TestApp};
use std::io::Cursor;

/// The programme with computed indicators (one broken down by sex), a reported one per
/// member and a narrative one for the plan, their 2025 updates approved (and one left
/// a draft), computed.
async fn reports_app() -> TestApp {
    let app = TestApp::new().await;
    computed_plan(&app, &["sex"]).await;
    define(
        &app,
        indicator("PMEM", "OC1", "count", "", |f| {
            f.source = "reported".into();
            f.member_level = "true".into();
            f.disaggregations = vec!["sex".into()];
            f.target_period = vec!["2025".into()];
            f.target = vec!["20".into()];
        }),
    )
    .await;
    define(&app, indicator("NARR", "OP2", "narrative", "", |f| f.source = "reported".into())).await;
    let framework = results::framework(&app.db, "AP-TEST").await.unwrap();
    let report = |code: &str, member: &str, rest: &dyn Fn(&mut UpdateFields)| {
        let mut fields =
            UpdateFields { indicator: code.into(), period: "2025".into(), member: member.into(), ..Default::default() };
        rest(&mut fields);
        let i = framework.indicator(code).unwrap();
        UpdateInput::parse(&fields, i.measure, i.member_level, &i.disaggregations).unwrap()
    };
    let approved = [
        report("PMEM", "KE", &|f| {
            f.value = "12".into();
            f.part = vec!["sex=female".into()];
            f.part_value = vec!["5".into()];
            f.narrative = "Kenya joined three technical committees.".into();
        }),
        report("PMEM", "SN", &|f| {
            f.value = "4".into();
            f.narrative = "Senegal drafted its standardization strategy.".into();
        }),
        report("NARR", "", &|f| f.narrative = "The plan moved faster than expected.".into()),
    ];
    for input in &approved {
        let id = updates::create(&app.db, &actor(), &framework, input, Reporter::Staff, true).await.unwrap();
        updates::transition(&app.db, &actor(), id, UpdateStatus::Approved, None, Reporter::Staff).await.unwrap();
    }
    let draft = report("PMEM", "FJ", &|f| {
        f.value = "1".into();
        f.narrative = "Draft words that must not show.".into();
    });
    updates::create(&app.db, &actor(), &framework, &draft, Reporter::Member("FJ"), false).await.unwrap();
    indicator_values::compute(&app.db, "AP-TEST").await.unwrap();
    app
}

async fn organisation(app: &TestApp, name: &str) -> i64 {
    let fields = OrganisationFields { name: name.into(), org_type: "government".into(), ..Default::default() };
    organisations::create(&app.db, &actor(), &OrganisationInput::parse(&fields).unwrap()).await.unwrap().id
}

async fn funds(app: &TestApp, organisation: i64, project: &str) {
    projects::add_partner(&app.db, &actor(), project, PartnerInput { organisation, role: OrgRole::Funding })
        .await
        .unwrap();
}

/// A donor viewer speaking for `organisation` (none: an account not linked yet), signed in.
async fn donor_viewer(app: &TestApp, email: &str, organisation: Option<i64>) -> Client {
    app.create_user(email, Role::DonorViewer, None).await;
    let parsed = apdc_domain::Email::parse(email).unwrap();
    let id = users::find_for_login(&app.db, &parsed).await.unwrap().unwrap().0.id;
    users::set_organisation(&app.db, &actor(), id, organisation).await.unwrap();
    let mut client = app.anonymous();
    client.sign_in(email, common::PASSWORD).await.assert_status(StatusCode::SEE_OTHER);
    client
}

/// A key figure as the reports show it.
fn figure(value: &str, label: &str) -> String {
    format!("<strong>{value}</strong> {label}")
}

fn no_inline_style_or_script(html: &str) {
    assert!(!html.contains("style=\"") && !html.contains("<script"), "no inline style or script");
}

/// The sheets of a workbook, each as rows of cells.
fn workbook(bytes: &[u8]) -> Vec<(String, Vec<Vec<Data>>)> {
    assert!(bytes.starts_with(b"PK\x03\x04"), "a workbook: {}", String::from_utf8_lossy(bytes));
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes.to_vec())).unwrap();
    let names = book.sheet_names().to_vec();
    names
        .into_iter()
        .map(|name| {
            let range = book.worksheet_range(&name).unwrap();
            let rows = range.rows().map(<[Data]>::to_vec).collect();
            (name, rows)
        })
        .collect()
}

fn sheet<'a>(book: &'a [(String, Vec<Vec<Data>>)], name: &str) -> &'a [Vec<Data>] {
    &book.iter().find(|(n, _)| n == name).unwrap_or_else(|| panic!("no sheet {name}")).1
}

fn text(cell: Option<&Data>) -> String {
    match cell {
        Some(Data::String(s)) => s.clone(),
        Some(Data::Empty) | None => String::new(),
        Some(other) => other.to_string(),
    }
}

/// The row whose first cell is `code` and breakdown category `category` ("" for the
/// indicator's own row).
fn row<'a>(rows: &'a [Vec<Data>], code: &str, category: &str) -> &'a [Data] {
    rows.iter()
        .find(|r| text(r.first()) == code && text(r.get(5)) == category)
        .unwrap_or_else(|| panic!("no row {code} {category:?} in {rows:?}"))
}

fn number(cell: &Data) -> f64 {
    match cell {
        Data::Float(f) => *f,
        Data::Int(i) => *i as f64,
        other => panic!("{other:?} is not a number"),
    }
}

#[tokio::test]
async fn the_devco_report_shows_the_years_figures_indicators_and_narratives() {
    let app = reports_app().await;
    let mut staff = app.signed_in(Role::ProgrammeOfficer, None).await;
    let page = staff.get("/en/admin/reports/devco?plan=AP-TEST&year=2025").await;
    page.assert_status(StatusCode::OK);
    let html = page.text();
    assert!(html.contains("AP-TEST: DEVCO annual progress report 2025") && html.contains("Test plan"), "{html}");
    for (value, label) in [
        ("6", "People reached"),
        ("3", "Developing-country members reached"),
        ("4", "Activities completed"),
        ("4", "Countries reached"),
    ] {
        assert!(html.contains(&figure(value, label)), "{label}: {html}");
    }
    // Each indicator with its baseline, target, actual, status and whole-plan figure.
    assert!(
        html.contains(
            "<th scope=\"row\">REACH</th><td>Indicator REACH</td><td class=\"num\">—</td><td class=\"num\">6</td>\
             <td class=\"num\">6</td><td><span class=\"track on-track\">On track</span></td><td class=\"num\">8 (sum)</td>"
        ),
        "REACH: 6 of 6 in 2025, 8 over the plan (2 more in 2026): {html}"
    );
    assert!(html.contains("<td class=\"num\">3</td><td><span class=\"track at-risk\">At risk</span>"), "ELC 3 of 4");
    assert!(
        html.contains(
            "<td class=\"num\">10</td><td class=\"num\">3</td><td><span class=\"track off-track\">Off track</span></td>\
             <td class=\"num\">3 (maximum)</td>"
        ),
        "DEVMEM 3 of 10, at most 3 in a year"
    );
    // Every breakdown under its indicator, outcomes before their outputs.
    assert!(html.contains("<strong>Sex</strong> — Female: 3; Male: 2; Not stated: 1"), "REACH by sex");
    assert!(html.contains("<strong>Sex</strong> — Female: 2; Male: 1"), "ELC by sex");
    assert!(html.contains("<strong>Sex</strong> — Female: 5"), "PMEM's reported breakdown");
    let (oc1, op1, op2) = (html.find(">OC1 ").unwrap(), html.find(">OP1 ").unwrap(), html.find(">OP2 ").unwrap());
    assert!(oc1 < op1 && op1 < op2);
    // Reported values count once approved: 12 + 4.
    assert!(html.contains("<th scope=\"row\">PMEM</th><td>Indicator PMEM</td><td class=\"num\">—</td><td class=\"num\">20</td><td class=\"num\">16</td>"), "{html}");
    // The approved narratives of the year, the plan's own and each member's.
    for narrative in [
        "Kenya joined three technical committees.",
        "Senegal drafted its standardization strategy.",
        "The plan moved faster than expected.",
    ] {
        assert!(html.contains(narrative), "{narrative}");
    }
    assert!(html.contains("<dt>Kenya</dt>") && html.contains("<dt>Whole plan</dt>"));
    assert!(!html.contains("Draft words"), "drafts are not reported");
    assert!(html.contains("/en/admin/reports/devco.xlsx?plan=AP-TEST&#38;year=2025"), "the workbook is offered");
    no_inline_style_or_script(&html);

    // Without parameters: the latest plan and the last completed year within it.
    let default_year = (i64::from(time::OffsetDateTime::now_utc().year()) - 1).clamp(2024, 2026);
    let html = staff.get("/en/admin/reports/devco").await.text();
    assert!(html.contains(&format!("AP-TEST: DEVCO annual progress report {default_year}")), "{html}");
    // A year outside the plan is brought within it; an unknown plan is not found.
    let html = staff.get("/en/admin/reports/devco?plan=AP-TEST&year=2031").await.text();
    assert!(html.contains("DEVCO annual progress report 2026"));
    staff.get("/en/admin/reports/devco?plan=NOPE").await.assert_status(StatusCode::NOT_FOUND);
    staff.get("/en/admin/reports/devco?year=soon").await.assert_status(StatusCode::BAD_REQUEST);

    // In French.
    let french = staff.get("/fr/admin/reports/devco?plan=AP-TEST&year=2025").await;
    french.assert_status(StatusCode::OK);
    let html = french.text();
    assert!(html.contains("rapport annuel d’avancement 2025 pour le DEVCO"), "{html}");
    assert!(html.contains(&figure("6", "Personnes touchées")) && html.contains("Ensemble du plan"));
    assert!(html.contains("Femme\u{202f}: 3") && html.contains("En bonne voie"), "{html}");
    assert!(!html.contains("Unknown localization"), "every message is translated");
}

#[tokio::test]
async fn the_devco_workbook_has_a_row_per_indicator_and_per_category_with_numbers() {
    let app = reports_app().await;
    let mut staff = app.signed_in(Role::Administrator, None).await;
    let reply = staff.get("/en/admin/reports/devco.xlsx?plan=AP-TEST&year=2025").await;
    reply.assert_status(StatusCode::OK);
    assert!(reply.header("content-type").contains("spreadsheetml"));
    assert!(reply.header("content-disposition").contains("apdc-devco-AP-TEST-2025.xlsx"));
    let book = workbook(&reply.body);
    let names: Vec<&str> = book.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["Summary", "Outcomes", "Outputs", "Narratives"]);

    let summary = sheet(&book, "Summary");
    let value = |label: &str| number(&summary.iter().find(|r| text(r.first()) == label).unwrap()[1]);
    assert_eq!(value("People reached"), 6.0);
    assert_eq!(value("Developing-country members reached"), 3.0);
    assert_eq!(value("Activities completed"), 4.0);
    assert_eq!(value("Countries reached"), 4.0);
    assert_eq!(value("Year"), 2025.0);

    // Columns: code, indicator, level, measure, breakdown, category, baseline, target,
    // actual, status, whole plan, rule.
    let outcomes = sheet(&book, "Outcomes");
    assert_eq!(text(outcomes[0].get(7)), "Target 2025");
    assert_eq!(text(outcomes[0].get(8)), "Actual 2025");
    let reach = row(outcomes, "REACH", "");
    assert_eq!((number(&reach[7]), number(&reach[8]), number(&reach[10])), (6.0, 6.0, 8.0));
    assert_eq!(
        (text(reach.get(2)), text(reach.get(9)), text(reach.get(11))),
        ("Outcome".into(), "On track".into(), "sum".into())
    );
    assert_eq!(number(&row(outcomes, "REACH", "Female")[8]), 3.0);
    assert_eq!(number(&row(outcomes, "REACH", "Male")[8]), 2.0);
    assert_eq!(number(&row(outcomes, "REACH", "Not stated")[8]), 1.0);
    assert_eq!(text(row(outcomes, "REACH", "Female").get(4)), "Sex");
    assert_eq!(number(&row(outcomes, "DEVMEM", "")[8]), 3.0);
    assert_eq!(number(&row(outcomes, "PMEM", "")[8]), 16.0);
    assert_eq!(number(&row(outcomes, "PMEM", "Female")[8]), 5.0);
    let codes: Vec<String> = outcomes.iter().skip(1).map(|r| text(r.first())).collect();
    assert_eq!(
        codes,
        ["DEVMEM", "PMEM", "PMEM", "REACH", "REACH", "REACH", "REACH"],
        "one row per indicator and category"
    );

    let outputs = sheet(&book, "Outputs");
    let elc = row(outputs, "ELC", "");
    assert_eq!((number(&elc[7]), number(&elc[8])), (4.0, 3.0));
    assert_eq!(text(elc.get(9)), "At risk");
    assert_eq!(number(&row(outputs, "ELC", "Female")[8]), 2.0);
    assert_eq!(number(&row(outputs, "ELC", "Male")[8]), 1.0);
    assert_eq!(text(row(outputs, "NARR", "").get(8)), "", "a narrative has no figure");
    assert!(outputs.iter().all(|r| text(r.first()) != "REACH"), "outcome indicators stay on their sheet");

    let narratives = sheet(&book, "Narratives");
    assert_eq!(narratives.len(), 4, "a header and three narratives");
    assert!(narratives.iter().any(|r| text(r.get(2)) == "Kenya" && text(r.get(3)).starts_with("Kenya joined")));
    assert!(narratives.iter().any(|r| text(r.first()) == "NARR" && text(r.get(2)) == "Whole plan"));
}

#[tokio::test]
async fn a_donor_sees_its_own_projects_figures_only() {
    let app = reports_app().await;
    let agency = organisation(&app, "Demo Agency").await;
    let fund = organisation(&app, "Other Fund").await;
    funds(&app, agency, "P2").await;
    funds(&app, fund, "P1").await;
    for (kind, amount) in [("commitment", "50000"), ("disbursement", "20000.50")] {
        let fields = FinanceFields {
            kind: kind.into(),
            organisation: agency.to_string(),
            year: "2025".into(),
            currency: "USD".into(),
            amount: amount.into(),
        };
        projects::add_finance(&app.db, &actor(), "P2", &FinanceInput::parse(&fields).unwrap()).await.unwrap();
    }

    let mut donor = donor_viewer(&app, "donor@example.org", Some(agency)).await;
    assert!(donor.get("/en/").await.text().contains("/en/reports/donor"), "the report is in the menu");
    let page = donor.get("/en/reports/donor?year=2025").await;
    page.assert_status(StatusCode::OK);
    let html = page.text();
    assert!(html.contains("Demo Agency: donor report 2025"), "{html}");
    assert!(html.contains("<th scope=\"row\">P2</th>") && !html.contains("<th scope=\"row\">P1</th>"), "{html}");
    assert!(html.contains("USD 50000") && html.contains("USD 20000.50"), "the year's funding");
    for (value, label) in [
        ("3", "People reached"),
        ("2", "Developing-country members reached"),
        ("2", "Activities completed"),
        ("3", "Countries reached"),
    ] {
        assert!(html.contains(&figure(value, label)), "{label}: {html}");
    }
    // The computed indicators over P2: the webinar and the mission, no eLearning.
    assert!(html.contains("<th scope=\"row\">REACH</th><td>Indicator REACH</td><td class=\"num\">3</td>"), "{html}");
    assert!(html.contains("<strong>Sex</strong> — Female: 1; Male: 1; Not stated: 1"));
    assert!(html.contains("<th scope=\"row\">DEVMEM</th><td>Indicator DEVMEM</td><td class=\"num\">2</td>"));
    // No eLearning in P2: zero, as on the dashboards.
    assert!(html.contains("<th scope=\"row\">ELC</th><td>Indicator ELC</td><td class=\"num\">0</td>"), "{html}");
    assert!(!html.contains(">PMEM<") && !html.contains("Kenya joined"), "reported indicators are left out");
    assert!(html.contains("cannot be attributed to one donor"));
    no_inline_style_or_script(&html);

    // Another donor's viewer cannot read this report by naming the organisation.
    let mut other = donor_viewer(&app, "other@example.org", Some(fund)).await;
    let html = other.get(&format!("/en/reports/donor?year=2025&organisation={agency}")).await.text();
    assert!(html.contains("Other Fund: donor report 2025") && !html.contains("Demo Agency"), "{html}");
    assert!(html.contains("<th scope=\"row\">P1</th>") && !html.contains("<th scope=\"row\">P2</th>"));
    assert!(html.contains(&figure("4", "People reached")), "P1 reached Amina, Otieno, Awa and Zed");
    let book = workbook(&other.get(&format!("/en/reports/donor.xlsx?year=2025&organisation={agency}")).await.body);
    assert_eq!(text(sheet(&book, "Summary")[1].get(1)), "Other Fund");

    // An account not linked to an organisation is told so.
    let mut unlinked = donor_viewer(&app, "unlinked@example.org", None).await;
    let page = unlinked.get("/en/reports/donor").await;
    page.assert_status(StatusCode::OK);
    assert!(page.text().contains("not linked to an organisation yet"));

    // Focal points and participants are refused; visitors are sent to sign in; donor
    // viewers do not see the DEVCO report.
    let mut focal = app.signed_in(Role::FocalPoint, Some("KE")).await;
    focal.get("/en/reports/donor?year=2025").await.assert_status(StatusCode::FORBIDDEN);
    focal.get("/en/reports/donor.xlsx").await.assert_status(StatusCode::FORBIDDEN);
    let mut participant = app.signed_in(Role::Participant, None).await;
    participant.get("/en/reports/donor").await.assert_status(StatusCode::FORBIDDEN);
    let visitor = app.anonymous().get("/en/reports/donor").await;
    assert_eq!(visitor.status, StatusCode::SEE_OTHER);
    assert!(visitor.location().starts_with("/en/login"));
    donor.get("/en/admin/reports/devco").await.assert_status(StatusCode::FORBIDDEN);
    donor.get("/en/admin/reports/devco.xlsx").await.assert_status(StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn staff_choose_the_organisation_of_a_donor_report() {
    let app = reports_app().await;
    let agency = organisation(&app, "Demo Agency").await;
    funds(&app, agency, "P2").await;
    organisation(&app, "Funds Nothing").await;
    let mut staff = app.signed_in(Role::ProgrammeOfficer, None).await;
    assert!(staff.get("/en/admin/results").await.text().contains("/en/reports/donor"), "linked from the plans");
    let html = staff.get("/en/reports/donor").await.text();
    assert!(html.contains(&format!("<option value=\"{agency}\">Demo Agency</option>")), "{html}");
    assert!(!html.contains("Funds Nothing"), "only organisations funding a project are offered");
    assert!(html.contains("Choose an organisation to see its report."));

    let html = staff.get(&format!("/en/reports/donor?organisation={agency}&year=2025")).await.text();
    assert!(html.contains("Demo Agency: donor report 2025") && html.contains(&figure("3", "People reached")));
    assert!(html.contains(&format!("<option value=\"{agency}\" selected>Demo Agency</option>")));
    let french = staff.get(&format!("/fr/reports/donor?organisation={agency}&year=2025")).await;
    french.assert_status(StatusCode::OK);
    assert!(french.text().contains(&figure("3", "Personnes touchées")));

    let reply = staff.get(&format!("/en/reports/donor.xlsx?organisation={agency}&year=2025")).await;
    reply.assert_status(StatusCode::OK);
    let book = workbook(&reply.body);
    let names: Vec<&str> = book.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["Summary", "Projects", "Indicators"]);
    let summary = sheet(&book, "Summary");
    let people = summary.iter().find(|r| text(r.first()) == "People reached").unwrap();
    assert_eq!(number(&people[1]), 3.0);
    let indicators = sheet(&book, "Indicators");
    assert_eq!(number(&row(indicators, "REACH", "")[6]), 3.0);
    assert_eq!(number(&row(indicators, "REACH", "Not stated")[6]), 1.0);
    assert!(indicators.iter().all(|r| text(r.first()) != "PMEM"));
    assert_eq!(text(sheet(&book, "Projects")[1].first()), "P2");

    staff.get("/en/reports/donor?organisation=999999").await.assert_status(StatusCode::NOT_FOUND);
    staff.get("/en/reports/donor?organisation=abc").await.assert_status(StatusCode::BAD_REQUEST);
    staff.get("/en/reports/donor.xlsx").await.assert_status(StatusCode::BAD_REQUEST);
}
