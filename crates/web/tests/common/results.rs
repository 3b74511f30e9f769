//! A small programme and plan whose figures are worked out by hand in the tests.

use super::TestApp;
use super::delivery::{actor, person, sample_project};
use apdc_domain::CountryCode;
use apdc_domain::activity::{ActivityFields, ActivityInput};
use apdc_domain::person::{ParticipationStatus as S, PersonFields, PersonInput};
use apdc_domain::project::ProjectInput;
use apdc_domain::results::{IndicatorFields, IndicatorInput, PlanFields, PlanInput, ResultFields, ResultInput};
use apdc_store::results::{self, Linked};
use apdc_store::{activities, participations, people, projects};
use std::collections::HashMap;

pub fn activity(mode: &str, title: &str, start: &str, status: &str) -> ActivityInput {
    let mut fields = ActivityFields {
        mode: mode.into(),
        title: title.into(),
        status: status.into(),
        start_date: start.into(),
        ..ActivityFields::default()
    };
    match mode {
        "elearning" => fields.platform = "ISO Academy".into(),
        "webinar" => {
            fields.starts_at = format!("{start}T10:00");
            fields.time_zone = "UTC".into();
        }
        "training" => {
            fields.venue_country = "KE".into();
            fields.venue_city = "Nairobi".into();
        }
        "mission" => {
            fields.requesting_member = "FJ".into();
            fields.members = vec!["FJ".into()];
        }
        _ => {}
    }
    ActivityInput::parse(&fields).unwrap()
}

pub async fn plan(app: &TestApp) {
    let plan = PlanInput::parse(&PlanFields {
        code: "AP-TEST".into(),
        first_year: "2024".into(),
        last_year: "2026".into(),
        public: "true".into(),
        title: vec!["Test plan".into()],
        objective: vec!["Members contribute and use standards.".into()],
        ..Default::default()
    })
    .unwrap();
    results::create_plan(&app.db, &actor(), &plan).await.unwrap();
    for (level, parent, code) in [("outcome", "", "OC1"), ("output", "OC1", "OP1"), ("output", "OC1", "OP2")] {
        let input = ResultInput::parse(&ResultFields {
            level: level.into(),
            parent: parent.into(),
            code: code.into(),
            title: vec![format!("Result {code}")],
            ..Default::default()
        })
        .unwrap();
        results::create_result(&app.db, &actor(), "AP-TEST", &input).await.unwrap();
    }
}

pub fn indicator(
    code: &str,
    result: &str,
    measure: &str,
    counts: &str,
    rest: impl FnOnce(&mut IndicatorFields),
) -> IndicatorInput {
    let mut fields = IndicatorFields {
        code: code.into(),
        result: result.into(),
        measure: measure.into(),
        aggregation: "sum".into(),
        source: "computed".into(),
        counts: counts.into(),
        title: vec![format!("Indicator {code}")],
        ..Default::default()
    };
    rest(&mut fields);
    IndicatorInput::parse(&fields).unwrap_or_else(|e| panic!("{code}: {e}"))
}

/// The programme behind every figure below (years are the activities' start years):
///
/// | activity | project | mode | year | participants (status) |
/// |---|---|---|---|---|
/// | A1 | P1 | eLearning | 2025 | Amina F KE (completed), Otieno M KE (completed), Awa F SN (attended), Bob M FR (nominated) |
/// | A2 | P1 | eLearning | 2025 | Amina (completed), Zed F SN (completed, later erased) |
/// | A3 | P2 (private) | webinar | 2025 | Awa (attended), Bob (attended), Noor (no sex stated, no country or member; completed) |
/// | A4 | P1 | training | 2026 | Amina (attended), Otieno (completed) |
/// | A5 | P2 | mission, completed, for FJ | 2025 | — |
/// | A6 | P1 | eLearning, no start date | — | Otieno (completed) |
///
/// P1 serves output OP1.
pub async fn programme(app: &TestApp) -> HashMap<&'static str, i64> {
    let p1 = sample_project(app, "P1").await;
    let mut private = p1.fields();
    private.code = "P2".into();
    private.public = String::new();
    projects::create(&app.db, &actor(), &ProjectInput::parse(&private).unwrap()).await.unwrap();
    let mut ids = HashMap::new();
    for (key, project, mode, start, status) in [
        ("A1", "P1", "elearning", "2025-03-01", "completed"),
        ("A2", "P1", "elearning", "2025-09-01", "completed"),
        ("A3", "P2", "webinar", "2025-05-01", "completed"),
        ("A4", "P1", "training", "2026-02-01", "completed"),
        ("A5", "P2", "mission", "2025-06-01", "completed"),
        ("A6", "P1", "elearning", "", "open"),
    ] {
        let a = activities::create(&app.db, &actor(), project, &activity(mode, key, start, status)).await.unwrap();
        ids.insert(key, a.id);
    }
    let noor = PersonInput::parse(&PersonFields {
        name: "Noor".into(),
        email: "noor@example.org".into(),
        sex: "not_stated".into(),
        ..PersonFields::default()
    })
    .unwrap();
    for (key, input) in [
        ("Amina", person("Amina", "amina@example.org", "female", "KE")),
        ("Otieno", person("Otieno", "otieno@example.org", "male", "KE")),
        ("Awa", person("Awa", "awa@example.org", "female", "SN")),
        ("Bob", person("Bob", "bob@example.org", "male", "FR")),
        ("Zed", person("Zed", "zed@example.org", "female", "SN")),
        ("Noor", noor),
    ] {
        ids.insert(key, people::create(&app.db, &actor(), &input).await.unwrap().id);
    }
    let member = |m: &str| Some(CountryCode::parse(m).unwrap());
    for (activity, who, status, nominated_by) in [
        ("A1", "Amina", S::Completed, member("KE")),
        ("A1", "Otieno", S::Completed, member("KE")),
        ("A1", "Awa", S::Attended, member("SN")),
        ("A1", "Bob", S::Nominated, member("FR")),
        ("A2", "Amina", S::Completed, member("KE")),
        ("A2", "Zed", S::Completed, member("SN")),
        ("A3", "Awa", S::Attended, None),
        ("A3", "Bob", S::Attended, None),
        ("A3", "Noor", S::Completed, None),
        ("A4", "Amina", S::Attended, None),
        ("A4", "Otieno", S::Completed, None),
        ("A6", "Otieno", S::Completed, None),
    ] {
        participations::add(&app.db, &actor(), ids[activity], ids[who], status, nominated_by).await.unwrap();
    }
    people::erase(&app.db, &actor(), ids["Zed"]).await.unwrap();
    results::set_output_link(&app.db, &actor(), "AP-TEST", "OP1", Linked::Project, "P1", true).await.unwrap();
    ids
}

/// Adds indicator `input` to the test plan.
pub async fn define(app: &TestApp, input: IndicatorInput) {
    results::create_indicator(&app.db, &actor(), "AP-TEST", &input).await.unwrap();
}

/// The plan and programme above with the three computed indicators the results pages,
/// API and reports are checked with (2025 targets 4, 6 and 10); `reach_by` breaks down
/// REACH. Values are not computed yet: callers add their own indicators first.
pub async fn computed_plan(app: &TestApp, reach_by: &[&str]) {
    plan(app).await;
    programme(app).await;
    define(
        app,
        indicator("ELC", "OP1", "count", "people", |f| {
            f.modes = vec!["elearning".into()];
            f.statuses = vec!["completed".into()];
            f.disaggregations = vec!["sex".into()];
            f.target_period = vec!["2025".into()];
            f.target = vec!["4".into()];
        }),
    )
    .await;
    define(
        app,
        indicator("REACH", "OC1", "count", "people", |f| {
            f.disaggregations = reach_by.iter().map(|d| (*d).to_owned()).collect();
            f.target_period = vec!["2025".into()];
            f.target = vec!["6".into()];
        }),
    )
    .await;
    define(
        app,
        indicator("DEVMEM", "OC1", "count", "members", |f| {
            f.aggregation = "maximum".into();
            f.filter = "developing=yes".into();
            f.target_period = vec!["2025".into()];
            f.target = vec!["10".into()];
        }),
    )
    .await;
}
