//! Delivery records for tests: a sample project, people and activities.

use super::TestApp;
use apdc_domain::activity::{ActivityFields, ActivityInput};
use apdc_domain::person::{PersonFields, PersonInput};
use apdc_domain::project::{ProjectFields, ProjectInput, ThemeFields, ThemeInput};
use apdc_store::{Actor, organisations, projects};

pub fn actor() -> Actor {
    Actor::system("test")
}

pub async fn sample_project(app: &TestApp, code: &str) -> projects::Project {
    organisations::save_theme(
        &app.db,
        &actor(),
        &ThemeInput::parse(&ThemeFields { slug: "smes".into(), name_en: "SMEs".into(), name_fr: "PME".into() })
            .unwrap(),
    )
    .await
    .unwrap();
    let fields = ProjectFields {
        code: code.into(),
        status: "implementation".into(),
        scope: "national".into(),
        planned_start: "2026-01-01".into(),
        planned_end: "2027-06-30".into(),
        public: "true".into(),
        title_en: "Standards for SMEs in Kenya".into(),
        summary_en: "Helping small firms use standards.".into(),
        title_fr: "Normes pour les PME au Kenya".into(),
        countries: vec!["KE".into()],
        regions: vec!["Eastern Africa".into()],
        members: vec!["KE".into()],
        themes: vec!["smes".into()],
        sdg_targets: "9.3".into(),
        ..ProjectFields::default()
    };
    projects::create(&app.db, &actor(), &ProjectInput::parse(&fields).unwrap()).await.unwrap()
}

pub fn person(name: &str, email: &str, sex: &str, member: &str) -> PersonInput {
    PersonInput::parse(&PersonFields {
        name: name.into(),
        email: email.into(),
        sex: sex.into(),
        country: member.into(),
        stakeholder_group: "industry".into(),
        nominated_by: member.into(),
        ..PersonFields::default()
    })
    .unwrap()
}

pub fn elearning(title: &str) -> ActivityInput {
    ActivityInput::parse(&ActivityFields {
        mode: "elearning".into(),
        title: title.into(),
        status: "open".into(),
        platform: "ISO Academy".into(),
        start_date: "2026-03-01".into(),
        members: vec!["KE".into()],
        ..ActivityFields::default()
    })
    .unwrap()
}
