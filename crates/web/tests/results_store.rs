//! Computed indicators on the engine under test, checked against figures worked out by
//! hand from a small programme: people counted once across activities, erased people
//! still counted, members reached, shares, breakdowns, output scope and the evidence
//! behind each figure.

mod common;

use apdc_domain::results::{
    Aggregation, Dimension, Figure, IndicatorInput, PlanFields, PlanInput, ResultFields, ResultInput, UpdateFields,
    UpdateInput, UpdateStatus, aggregate,
};
use apdc_store::StoreError;
use apdc_store::indicator_updates::{self as updates, Reporter};
use apdc_store::indicator_values::{self, Cell, EvidenceScope, Values};
use apdc_store::results::{self, Linked};
use common::TestApp;
use common::delivery::actor;
use common::results::{indicator, plan, programme};

fn total(values: &Values, period: i64) -> Option<(i64, Option<i64>)> {
    values.total(period).map(|f| (f.numerator, f.denominator))
}

fn breakdown(values: &Values, period: i64, dimension: Dimension) -> Vec<(String, i64, Option<i64>)> {
    values.breakdown(period, dimension).into_iter().map(|(c, f)| (c.to_owned(), f.numerator, f.denominator)).collect()
}

#[tokio::test]
async fn computed_indicators_match_hand_counts() {
    let app = TestApp::new().await;
    plan(&app).await;
    let ids = programme(&app).await;
    let define = |i: IndicatorInput| {
        let db = app.db.clone();
        async move { results::create_indicator(&db, &actor(), "AP-TEST", &i).await.unwrap() }
    };
    define(indicator("ELC", "OP1", "count", "people", |f| {
        f.modes = vec!["elearning".into()];
        f.statuses = vec!["completed".into()];
        f.disaggregations = vec!["sex".into(), "region".into()];
    }))
    .await;
    define(indicator("REACH", "OC1", "count", "people", |f| {
        f.disaggregations = vec!["ldc".into(), "member_category".into(), "stakeholder_group".into()];
    }))
    .await;
    define(indicator("DEVMEM", "OC1", "count", "members", |f| {
        f.aggregation = "maximum".into();
        f.filter = "developing=yes".into();
        f.disaggregations = vec!["region".into()];
    }))
    .await;
    define(indicator("WOMEN", "OC1", "percentage", "people", |f| {
        f.numerator = "sex=female".into();
        f.disaggregations = vec!["region".into()];
    }))
    .await;
    define(indicator("MISSIONS", "OP2", "count", "activities", |f| f.modes = vec!["mission".into()])).await;
    define(indicator("OP1REACH", "OP1", "count", "people", |f| f.output_only = "true".into())).await;

    let computed = indicator_values::compute(&app.db, "AP-TEST").await.unwrap();
    assert_eq!(computed.indicators, 6);
    let plan = results::framework(&app.db, "AP-TEST").await.unwrap();
    assert!(plan.plan.computed_at.is_some());
    let values = indicator_values::plan_values(&app.db, &plan).await.unwrap();
    let of = |code: &str| values.get(&plan.indicator(code).unwrap().id).cloned().unwrap_or_default();

    // eLearning completions, 2025: Amina (twice), Otieno, Zed (erased, still counted).
    // A6 has no start date and counts in no year; A4 is a training event.
    let elc = of("ELC");
    assert_eq!(total(&elc, 2025), Some((3, None)));
    // Years that have begun and counted nothing show zero.
    assert_eq!(total(&elc, 2026), Some((0, None)));
    assert_eq!(total(&elc, 2024), Some((0, None)));
    assert_eq!(breakdown(&elc, 2025, Dimension::Sex), vec![("female".into(), 2, None), ("male".into(), 1, None)]);
    assert_eq!(breakdown(&elc, 2025, Dimension::Region), vec![("africa".into(), 3, None)]);

    // Reached (attended or completed), 2025: Amina, Otieno, Awa, Zed, Bob, Noor; Bob's
    // nomination in A1 does not count but his attendance in A3 does. 2026: Amina, Otieno.
    let reach = of("REACH");
    assert_eq!(total(&reach, 2025), Some((6, None)));
    assert_eq!(total(&reach, 2026), Some((2, None)));
    let sum = aggregate(Aggregation::Sum, &reach.totals()).unwrap();
    assert_eq!(sum, Figure::count(8));
    assert_eq!(aggregate(Aggregation::Latest, &reach.totals()), Some(Figure::count(2)));
    assert_eq!(aggregate(Aggregation::Maximum, &reach.totals()), Some(Figure::count(6)));
    // Senegal is a least developed country; Noor has no country.
    assert_eq!(
        breakdown(&reach, 2025, Dimension::Ldc),
        vec![("no".into(), 3, None), ("not_recorded".into(), 1, None), ("yes".into(), 2, None)]
    );
    assert_eq!(
        breakdown(&reach, 2025, Dimension::MemberCategory),
        vec![("member_body".into(), 5, None), ("not_recorded".into(), 1, None)]
    );
    // By member (for the map and the scorecards): Noor has no member.
    let members: Vec<(String, i64)> =
        reach.by_member().iter().filter(|((p, _), _)| *p == 2025).map(|((_, m), f)| (m.clone(), f.numerator)).collect();
    assert_eq!(members, vec![("FR".into(), 1), ("KE".into(), 2), ("SN".into(), 2)]);
    // Noor's group is not recorded; everyone else's is industry.
    assert_eq!(
        breakdown(&reach, 2025, Dimension::StakeholderGroup),
        vec![("industry".into(), 5, None), ("not_recorded".into(), 1, None)]
    );

    // Developing members reached, 2025: Kenya and Senegal through their people, Fiji
    // through the completed mission; France is not a developing member. 2026: Kenya.
    let devmem = of("DEVMEM");
    assert_eq!(total(&devmem, 2025), Some((3, None)));
    assert_eq!(total(&devmem, 2026), Some((1, None)));
    assert_eq!(aggregate(Aggregation::Maximum, &devmem.totals()), Some(Figure::count(3)));
    assert_eq!(devmem.member(2025, "FJ"), Some(Figure::count(1)));
    assert_eq!(devmem.member(2025, "FR"), None);
    assert_eq!(
        breakdown(&devmem, 2025, Dimension::Region),
        vec![("africa".into(), 2, None), ("oceania".into(), 1, None)]
    );

    // Share of women among people reached: 3 of 6 in 2025 (Amina, Awa, Zed), 1 of 2 in
    // 2026; by region in 2025, Africa 3 of 4 (Amina, Otieno, Awa, Zed), Europe 0 of 1.
    let women = of("WOMEN");
    assert_eq!(total(&women, 2025), Some((3, Some(6))));
    assert_eq!(women.total(2025).unwrap().hundredths(), Some(5_000));
    assert_eq!(total(&women, 2026), Some((1, Some(2))));
    assert_eq!(aggregate(Aggregation::Sum, &women.totals()), Some(Figure { numerator: 4, denominator: Some(8) }));
    assert_eq!(
        breakdown(&women, 2025, Dimension::Region),
        vec![("africa".into(), 3, Some(4)), ("europe".into(), 0, Some(1)), ("not_recorded".into(), 0, Some(1))]
    );
    assert_eq!(women.breakdown(2025, Dimension::Region)[0].1.hundredths(), Some(7_500));

    assert_eq!(total(&of("MISSIONS"), 2025), Some((1, None)));

    // Through output OP1 (project P1): 2025 A1 and A2 reach Amina, Otieno, Awa, Zed;
    // the private webinar is not P1's.
    let op1 = of("OP1REACH");
    assert_eq!(total(&op1, 2025), Some((4, None)));
    assert_eq!(total(&op1, 2026), Some((2, None)));

    // Linking the webinar itself to OP1 brings Bob and Noor in (Awa was already there).
    results::set_output_link(&app.db, &actor(), "AP-TEST", "OP1", Linked::Activity, &ids["A3"].to_string(), true)
        .await
        .unwrap();
    indicator_values::compute(&app.db, "AP-TEST").await.unwrap();
    let values = indicator_values::plan_values(&app.db, &plan).await.unwrap();
    assert_eq!(total(&values[&plan.indicator("OP1REACH").unwrap().id], 2025), Some((6, None)));

    // Evidence: the two eLearning courses behind 2025's completions, each with its own
    // people; the figure counts Amina once.
    let elc_indicator = plan.indicator("ELC").unwrap();
    let (rows, count) = indicator_values::evidence_activities(
        &app.db,
        &plan,
        elc_indicator,
        &Cell::total(2025),
        EvidenceScope::All,
        50,
        0,
    )
    .await
    .unwrap();
    assert_eq!(count, 2);
    let mut per_activity: Vec<(i64, i64)> = rows.iter().map(|r| (r.activity, r.units)).collect();
    per_activity.sort();
    assert_eq!(per_activity, vec![(ids["A1"], 2), (ids["A2"], 2)]);
    let (units, count) =
        indicator_values::evidence_units(&app.db, &plan, elc_indicator, &Cell::total(2025), 50, 0).await.unwrap();
    assert_eq!(count, 3);
    let zed = units.iter().find(|u| u.unit == ids["Zed"]).unwrap();
    assert_eq!(zed.label, None, "an erased person is counted but not named");
    // One category: the women.
    let female = Cell { period: 2025, dimension: Some(Dimension::Sex), category: "female".into() };
    let (_, count) = indicator_values::evidence_units(&app.db, &plan, elc_indicator, &female, 50, 0).await.unwrap();
    assert_eq!(count, 2);
    // The public sees the activities of public projects only: the private webinar is
    // behind REACH in 2025 but not shown.
    let reach_indicator = plan.indicator("REACH").unwrap();
    let (_, all) = indicator_values::evidence_activities(
        &app.db,
        &plan,
        reach_indicator,
        &Cell::total(2025),
        EvidenceScope::All,
        50,
        0,
    )
    .await
    .unwrap();
    let (_, public) = indicator_values::evidence_activities(
        &app.db,
        &plan,
        reach_indicator,
        &Cell::total(2025),
        EvidenceScope::Public,
        50,
        0,
    )
    .await
    .unwrap();
    assert_eq!((all, public), (3, 2));
    // Percentages say how many of each activity's people are in the numerator.
    let women_indicator = plan.indicator("WOMEN").unwrap();
    let (rows, _) = indicator_values::evidence_activities(
        &app.db,
        &plan,
        women_indicator,
        &Cell::total(2026),
        EvidenceScope::All,
        50,
        0,
    )
    .await
    .unwrap();
    assert_eq!((rows[0].units, rows[0].in_numerator), (2, 1));
}

#[tokio::test]
async fn plan_rules_are_enforced_by_the_store() {
    let app = TestApp::new().await;
    plan(&app).await;
    // A target outside the plan's years, and an unknown result, are named.
    let outside = indicator("X1", "OP1", "count", "people", |f| {
        f.target_period = vec!["2030".into()];
        f.target = vec!["5".into()];
    });
    let err = results::create_indicator(&app.db, &actor(), "AP-TEST", &outside).await.unwrap_err();
    assert!(matches!(err, apdc_store::StoreError::Invalid(ref e) if e.for_field("target").is_some()), "{err:?}");
    let unknown = indicator("X2", "OP9", "count", "people", |_| {});
    let err = results::create_indicator(&app.db, &actor(), "AP-TEST", &unknown).await.unwrap_err();
    assert!(matches!(err, apdc_store::StoreError::Invalid(ref e) if e.for_field("result").is_some()), "{err:?}");
    assert_eq!(app.count("SELECT COUNT(*) FROM indicators").await, 0, "nothing half-written");
    // Codes are unique; an output needs a known outcome.
    let ok = indicator("X3", "OP1", "count", "people", |_| {});
    results::create_indicator(&app.db, &actor(), "AP-TEST", &ok).await.unwrap();
    let err = results::create_indicator(&app.db, &actor(), "AP-TEST", &ok).await.unwrap_err();
    assert!(matches!(err, apdc_store::StoreError::Conflict { field: "code" }), "{err:?}");
    let orphan = ResultInput::parse(&ResultFields {
        level: "output".into(),
        parent: "OC9".into(),
        code: "OP9".into(),
        title: vec!["Orphan".into()],
        ..Default::default()
    })
    .unwrap();
    let err = results::create_result(&app.db, &actor(), "AP-TEST", &orphan).await.unwrap_err();
    assert!(matches!(err, apdc_store::StoreError::Invalid(ref e) if e.for_field("parent").is_some()), "{err:?}");
    // Shrinking the plan's years below its targets is refused.
    let with_target = indicator("X4", "OP1", "count", "people", |f| {
        f.target_period = vec!["2026".into()];
        f.target = vec!["5".into()];
    });
    results::create_indicator(&app.db, &actor(), "AP-TEST", &with_target).await.unwrap();
    let shorter = PlanInput::parse(&PlanFields {
        code: "AP-TEST".into(),
        first_year: "2024".into(),
        last_year: "2025".into(),
        title: vec!["Test plan".into()],
        ..Default::default()
    })
    .unwrap();
    let err = results::update_plan(&app.db, &actor(), "AP-TEST", &shorter).await.unwrap_err();
    assert!(matches!(err, apdc_store::StoreError::Invalid(ref e) if e.for_field("last_year").is_some()), "{err:?}");
    let plan = results::framework(&app.db, "AP-TEST").await.unwrap();
    assert_eq!(plan.plan.last_year, 2026);
    assert_eq!(plan.indicator("X4").unwrap().targets, vec![(2026, 500)]);
}

fn update(indicator: &str, member: &str, rest: impl FnOnce(&mut UpdateFields)) -> UpdateFields {
    let mut fields = UpdateFields {
        indicator: indicator.into(),
        period: "2025".into(),
        member: member.into(),
        ..Default::default()
    };
    rest(&mut fields);
    fields
}

#[tokio::test]
async fn reported_values_count_only_once_approved() {
    let app = TestApp::new().await;
    plan(&app).await;
    let define = |i: IndicatorInput| {
        let db = app.db.clone();
        async move { results::create_indicator(&db, &actor(), "AP-TEST", &i).await.unwrap() }
    };
    define(indicator("PMEM", "OC1", "count", "", |f| {
        f.source = "reported".into();
        f.member_level = "true".into();
        f.aggregation = "latest".into();
        f.disaggregations = vec!["sex".into()];
    }))
    .await;
    define(indicator("NSS", "OC1", "yes_no", "", |f| {
        f.source = "reported".into();
        f.member_level = "true".into();
        f.aggregation = "latest".into();
    }))
    .await;
    define(indicator("SAT", "OP1", "percentage", "", |f| f.source = "reported".into())).await;
    let plan = results::framework(&app.db, "AP-TEST").await.unwrap();
    let parse = |fields: UpdateFields| {
        let i = plan.indicator(&fields.indicator).unwrap();
        UpdateInput::parse(&fields, i.measure, i.member_level, &i.disaggregations).unwrap()
    };
    let staff = Reporter::Staff;

    // Kenya submits 12 P-memberships (5 of them with a woman as head of delegation);
    // Senegal drafts 4.
    let ke = parse(update("PMEM", "KE", |f| {
        f.value = "12".into();
        f.part = vec!["sex=female".into()];
        f.part_value = vec!["5".into()];
    }));
    let ke_id = updates::create(&app.db, &actor(), &plan, &ke, Reporter::Member("KE"), true).await.unwrap();
    let sn = parse(update("PMEM", "SN", |f| f.value = "4".into()));
    let sn_id = updates::create(&app.db, &actor(), &plan, &sn, Reporter::Member("SN"), false).await.unwrap();
    // A focal point cannot report for another member, nor review.
    let foreign = updates::create(&app.db, &actor(), &plan, &sn, Reporter::Member("KE"), true).await;
    assert!(matches!(foreign, Err(StoreError::NotFound)), "{foreign:?}");
    let self_approval =
        updates::transition(&app.db, &actor(), ke_id, UpdateStatus::Approved, None, Reporter::Member("KE")).await;
    assert!(matches!(self_approval, Err(StoreError::NotFound)), "{self_approval:?}");
    // A draft cannot be approved; a return needs its reason.
    let early = updates::transition(&app.db, &actor(), sn_id, UpdateStatus::Approved, None, staff).await;
    assert!(matches!(early, Err(StoreError::Invalid(_))), "{early:?}");
    let no_reason = updates::transition(&app.db, &actor(), ke_id, UpdateStatus::Returned, Some("  "), staff).await;
    assert!(matches!(no_reason, Err(StoreError::Invalid(ref e)) if e.for_field("reason").is_some()), "{no_reason:?}");

    let values = indicator_values::plan_values(&app.db, &plan).await.unwrap();
    assert!(!values.contains_key(&plan.indicator("PMEM").unwrap().id), "nothing approved, nothing counts");

    assert_eq!(updates::approve_many(&app.db, &actor(), &[ke_id, sn_id]).await.unwrap(), 1, "the draft is skipped");
    let values = indicator_values::plan_values(&app.db, &plan).await.unwrap();
    let pmem = &values[&plan.indicator("PMEM").unwrap().id];
    assert_eq!(total(pmem, 2025), Some((12, None)));
    assert_eq!(breakdown(pmem, 2025, Dimension::Sex), vec![("female".into(), 5, None)]);
    assert_eq!(pmem.member(2025, "KE"), Some(Figure::count(12)));

    // Senegal submits; staff return it with a reason, Senegal corrects and resubmits;
    // staff approve. Kenya then reports a correction, which replaces 12 only once approved.
    updates::transition(&app.db, &actor(), sn_id, UpdateStatus::Submitted, None, Reporter::Member("SN")).await.unwrap();
    updates::transition(&app.db, &actor(), sn_id, UpdateStatus::Returned, Some("Please add the SCs."), staff)
        .await
        .unwrap();
    let corrected = parse(update("PMEM", "SN", |f| f.value = "6".into()));
    updates::edit(&app.db, &actor(), &plan, sn_id, &corrected, Reporter::Member("SN"), true).await.unwrap();
    updates::transition(&app.db, &actor(), sn_id, UpdateStatus::Approved, None, staff).await.unwrap();
    let ke_again = parse(update("PMEM", "KE", |f| f.value = "15".into()));
    let ke_newer = updates::create(&app.db, &actor(), &plan, &ke_again, Reporter::Member("KE"), true).await.unwrap();
    let values = indicator_values::plan_values(&app.db, &plan).await.unwrap();
    assert_eq!(total(&values[&plan.indicator("PMEM").unwrap().id], 2025), Some((18, None)), "12 + 6");
    updates::transition(&app.db, &actor(), ke_newer, UpdateStatus::Approved, None, staff).await.unwrap();
    let values = indicator_values::plan_values(&app.db, &plan).await.unwrap();
    let pmem = &values[&plan.indicator("PMEM").unwrap().id];
    assert_eq!(total(pmem, 2025), Some((21, None)), "15 + 6; Kenya's breakdown went with its old update");
    assert_eq!(breakdown(pmem, 2025, Dimension::Sex), vec![]);
    let history = updates::get(&app.db, sn_id).await.unwrap().history;
    let steps: Vec<&str> = history.iter().map(|h| h.to_status.as_str()).collect();
    assert_eq!(steps, vec!["draft", "submitted", "returned", "submitted", "approved"]);
    assert_eq!(history[2].note.as_deref(), Some("Please add the SCs."));
    let behind = updates::approved_behind(&app.db, plan.indicator("PMEM").unwrap(), 2025, None).await.unwrap();
    assert_eq!(
        behind.iter().map(|u| (u.member.clone().unwrap(), u.numerator)).collect::<Vec<_>>(),
        vec![("KE".into(), Some(15)), ("SN".into(), Some(6))]
    );

    // Yes/no per member counts the members answering yes; a share adds its parts.
    for (member, yes) in [("KE", "yes"), ("SN", "no"), ("FJ", "yes")] {
        let id = updates::create(
            &app.db,
            &actor(),
            &plan,
            &parse(update("NSS", member, |f| f.yes = yes.into())),
            staff,
            true,
        )
        .await
        .unwrap();
        updates::transition(&app.db, &actor(), id, UpdateStatus::Approved, None, staff).await.unwrap();
    }
    let share = parse(update("SAT", "", |f| {
        f.numerator = "45".into();
        f.denominator = "60".into();
    }));
    let id = updates::create(&app.db, &actor(), &plan, &share, staff, true).await.unwrap();
    updates::transition(&app.db, &actor(), id, UpdateStatus::Approved, None, staff).await.unwrap();
    let values = indicator_values::plan_values(&app.db, &plan).await.unwrap();
    assert_eq!(total(&values[&plan.indicator("NSS").unwrap().id], 2025), Some((2, None)));
    let sat = values[&plan.indicator("SAT").unwrap().id].total(2025).unwrap();
    assert_eq!((sat.numerator, sat.denominator, sat.hundredths()), (45, Some(60), Some(7_500)));
    // A member cannot report a plan-level figure.
    let member_share = updates::create(&app.db, &actor(), &plan, &share, Reporter::Member("KE"), true).await;
    assert!(matches!(member_share, Err(StoreError::Invalid(_))), "{member_share:?}");

    // A locked period takes no new update and no review; unlocking reopens it.
    updates::set_locks(&app.db, &actor(), &plan, &[2025, 2026], true).await.unwrap();
    assert_eq!(updates::locked_periods(&app.db, plan.plan.id).await.unwrap(), vec![2025, 2026]);
    let late = updates::create(&app.db, &actor(), &plan, &ke_again, Reporter::Member("KE"), true).await;
    assert!(matches!(late, Err(StoreError::Invalid(ref e)) if e.for_field("period").is_some()), "{late:?}");
    updates::set_locks(&app.db, &actor(), &plan, &[2025], false).await.unwrap();
    assert_eq!(updates::locked_periods(&app.db, plan.plan.id).await.unwrap(), vec![2026]);
    updates::create(&app.db, &actor(), &plan, &ke_again, Reporter::Member("KE"), false).await.unwrap();
}
