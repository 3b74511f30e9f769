//! The delivery store on the engine under test: projects with their links, activities of
//! each mode, people, participation paths, reach figures, merging and erasure.

mod common;

use apdc_domain::CountryCode;
use apdc_domain::person::{ParticipationStatus, Sex};
use apdc_domain::project::{
    FinanceFields, FinanceInput, OrgRole, OrganisationFields, OrganisationInput, PartnerInput, ProjectInput,
};
use apdc_store::{StoreError, activities, organisations, participations, people, projects};
use common::TestApp;
use common::delivery::{actor, elearning, person, sample_project};

#[tokio::test]
async fn projects_keep_their_texts_links_partners_and_money() {
    let app = TestApp::new().await;
    let project = sample_project(&app, "APDC-KE-1").await;
    assert_eq!(project.title("fr"), "Normes pour les PME au Kenya");
    assert_eq!(project.title("ar"), "Standards for SMEs in Kenya", "falls back to English");
    assert_eq!(project.sdgs, vec![(9, vec!["9.3".to_owned()])]);
    assert_eq!(project.members[0].alpha2, "KE");

    let sida = organisations::create(
        &app.db,
        &actor(),
        &OrganisationInput::parse(&OrganisationFields {
            name: "Swedish International Development Cooperation Agency".into(),
            acronym: "Sida".into(),
            org_type: "government".into(),
            iati_ref: "SE-0".into(),
            country: "SE".into(),
            ..OrganisationFields::default()
        })
        .unwrap(),
    )
    .await
    .unwrap();
    let partner = PartnerInput { organisation: sida.id, role: OrgRole::Funding };
    projects::add_partner(&app.db, &actor(), "APDC-KE-1", partner).await.unwrap();
    let finance = FinanceInput::parse(&FinanceFields {
        kind: "commitment".into(),
        organisation: sida.id.to_string(),
        year: "2026".into(),
        currency: "SEK".into(),
        amount: "2500000".into(),
    })
    .unwrap();
    let project = projects::add_finance(&app.db, &actor(), "APDC-KE-1", &finance).await.unwrap();
    assert_eq!(project.partners_in(OrgRole::Funding)[0].label(), "Sida");
    assert_eq!(project.finances[0].amount_hundredths, 250_000_000);

    // Unknown references are named, and nothing is written.
    let mut bad = project.fields();
    bad.code = "APDC-KE-2".into();
    bad.countries = vec!["KE".into(), "XK".into()];
    bad.themes = vec!["unknown-theme".into()];
    match projects::create(&app.db, &actor(), &ProjectInput::parse(&bad).unwrap()).await {
        Err(StoreError::Invalid(errors)) => {
            assert!(errors.for_field("countries").is_some() && errors.for_field("themes").is_some(), "{errors}");
        }
        other => panic!("expected invalid input, got {other:?}"),
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM projects").await, 1);

    // A duplicate code is a conflict on the code.
    let mut same = project.fields();
    same.title_en = "Another".into();
    let err = projects::create(&app.db, &actor(), &ProjectInput::parse(&same).unwrap()).await.unwrap_err();
    assert!(matches!(err, StoreError::Conflict { field: "code" }), "{err:?}");

    // Filters.
    let public = projects::ProjectFilter { public_only: true, ..Default::default() };
    let found = |filter: projects::ProjectFilter| {
        let db = app.db.clone();
        async move { projects::list(&db, &filter, "en", 1, 20).await.unwrap().total }
    };
    assert_eq!(found(public.clone()).await, 1);
    assert_eq!(found(projects::ProjectFilter { region: Some("Africa".into()), ..public.clone() }).await, 1);
    assert_eq!(found(projects::ProjectFilter { region: Some("Europe".into()), ..public.clone() }).await, 0);
    assert_eq!(found(projects::ProjectFilter { sdg: Some(9), ..public.clone() }).await, 1);
    assert_eq!(found(projects::ProjectFilter { theme: Some("smes".into()), ..public.clone() }).await, 1);
    assert_eq!(found(projects::ProjectFilter { year: Some(2027), ..public.clone() }).await, 1);
    assert_eq!(found(projects::ProjectFilter { year: Some(2025), ..public.clone() }).await, 0);
    assert_eq!(found(projects::ProjectFilter { organisation: Some(sida.id), ..public.clone() }).await, 1);
    assert_eq!(found(projects::ProjectFilter { text: Some("pme".into()), ..public.clone() }).await, 1);
    assert_eq!(
        found(projects::ProjectFilter { mode: Some(apdc_domain::activity::ActivityMode::Mission), ..public }).await,
        0
    );
}

#[tokio::test]
async fn participation_follows_its_path_and_reach_counts_people_once() {
    let app = TestApp::new().await;
    let project = sample_project(&app, "APDC-KE-1").await;
    let first = activities::create(&app.db, &actor(), &project.code, &elearning("Standards 101")).await.unwrap();
    let second = activities::create(&app.db, &actor(), &project.code, &elearning("Standards 102")).await.unwrap();
    let amina = people::create(&app.db, &actor(), &person("Amina", "amina@example.org", "female", "KE")).await.unwrap();
    let otieno =
        people::create(&app.db, &actor(), &person("Otieno", "otieno@example.org", "male", "KE")).await.unwrap();
    let ke = Some(CountryCode::parse("KE").unwrap());

    let p =
        participations::add(&app.db, &actor(), first.id, amina.id, ParticipationStatus::Nominated, ke).await.unwrap();
    for to in [ParticipationStatus::Accepted, ParticipationStatus::Attended, ParticipationStatus::Completed] {
        participations::transition(&app.db, &actor(), p.id, to, None, None).await.unwrap();
    }
    let refused = participations::transition(&app.db, &actor(), p.id, ParticipationStatus::Withdrawn, None, None).await;
    assert!(matches!(refused, Err(StoreError::Invalid(_))), "completed cannot be withdrawn");
    assert_eq!(participations::history(&app.db, p.id).await.unwrap().len(), 4);
    // The same person again in the second activity; Otieno nominated but not reached.
    participations::add(&app.db, &actor(), second.id, amina.id, ParticipationStatus::Completed, ke).await.unwrap();
    participations::add(&app.db, &actor(), second.id, otieno.id, ParticipationStatus::Nominated, ke).await.unwrap();
    let twice = participations::add(&app.db, &actor(), second.id, otieno.id, ParticipationStatus::Applied, ke).await;
    assert!(matches!(twice, Err(StoreError::Invalid(ref e)) if e.for_field("person").is_some()), "{twice:?}");

    let reach = projects::reach(&app.db, project.id).await.unwrap();
    assert_eq!(reach.people, 1, "Amina counted once across two activities; Otieno not reached");
    assert_eq!(reach.by_sex, vec![(Sex::Female, 1)]);
    assert_eq!(reach.members.iter().map(|m| m.alpha2.as_str()).collect::<Vec<_>>(), vec!["KE"]);

    // A focal point of another member cannot touch Kenya's nominations.
    let other = participations::list(
        &app.db,
        &participations::ParticipationFilter { activity_id: Some(second.id), ..Default::default() },
        1,
        50,
    )
    .await
    .unwrap();
    let otieno_p = other.items.iter().find(|p| p.person_id == otieno.id).unwrap().id;
    let foreign =
        participations::transition(&app.db, &actor(), otieno_p, ParticipationStatus::Withdrawn, None, Some("SN")).await;
    assert!(matches!(foreign, Err(StoreError::NotFound)));
    participations::transition(&app.db, &actor(), otieno_p, ParticipationStatus::Withdrawn, None, Some("KE"))
        .await
        .unwrap();

    // Erasure keeps totals, removes identity, scrubs the person's audit values.
    people::erase(&app.db, &actor(), amina.id).await.unwrap();
    let erased = people::get(&app.db, amina.id).await.unwrap();
    assert_eq!((erased.name, erased.email, erased.erased_at.is_some()), (None, None, true));
    assert_eq!(projects::reach(&app.db, project.id).await.unwrap().people, 1);
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM audit_log WHERE record_type = 'person' AND record_key = '{}' AND after_json LIKE '%Amina%'",
            amina.id
        ))
        .await,
        0
    );
}

#[tokio::test]
async fn duplicates_are_found_and_merged_keeping_the_furthest_participation() {
    let app = TestApp::new().await;
    let project = sample_project(&app, "APDC-KE-1").await;
    let course = activities::create(&app.db, &actor(), &project.code, &elearning("Standards 101")).await.unwrap();
    let other = activities::create(&app.db, &actor(), &project.code, &elearning("Standards 102")).await.unwrap();
    let a = people::create(&app.db, &actor(), &person("Jane Doe", "info@kebs.example", "female", "KE")).await.unwrap();
    let b = people::create(&app.db, &actor(), &person("J. Doe", "INFO@kebs.example", "female", "KE")).await.unwrap();
    let groups = people::duplicates(&app.db, 50).await.unwrap();
    assert_eq!(groups.len(), 1);
    assert_eq!(groups[0].len(), 2);

    participations::add(&app.db, &actor(), course.id, a.id, ParticipationStatus::Nominated, None).await.unwrap();
    participations::add(&app.db, &actor(), course.id, b.id, ParticipationStatus::Completed, None).await.unwrap();
    participations::add(&app.db, &actor(), other.id, b.id, ParticipationStatus::Applied, None).await.unwrap();
    people::merge(&app.db, &actor(), a.id, b.id).await.unwrap();

    let left = participations::list(
        &app.db,
        &participations::ParticipationFilter { person_id: Some(a.id), ..Default::default() },
        1,
        50,
    )
    .await
    .unwrap();
    let mut statuses: Vec<_> = left.items.iter().map(|p| (p.activity_id, p.status)).collect();
    statuses.sort();
    assert_eq!(statuses, vec![(course.id, ParticipationStatus::Completed), (other.id, ParticipationStatus::Applied)]);
    assert!(matches!(people::get(&app.db, b.id).await, Err(StoreError::NotFound)));
    assert!(people::duplicates(&app.db, 50).await.unwrap().is_empty());
    let record = people::everything_held(&app.db, a.id).await.unwrap();
    assert_eq!(record.participations.len(), 2);
    assert!(record.participation_changes.len() >= 3, "history of both participations kept");
}
