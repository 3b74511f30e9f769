//! Demonstration data: clearly fictional records on top of the real reference data.
//!
//! Focal points for a few members, a demo administrator whose password is new at every
//! start, and delivery data (projects, activities, people, participation) written in
//! batches of about 40 projects and 10 000 participations each. `--scale N` asks for N
//! batches; a batch whose first project is already there is skipped, so seeding again
//! adds nothing and a larger scale adds only the missing batches. Over the delivery data,
//! an illustrative results plan ([`results`]) with member reports and computed values,
//! a dozen fictional success stories ([`stories`]) and the pages staff write ([`pages`]).

mod activities;
mod calendar;
mod catalogue;
mod delivery;
mod names;
mod pages;
mod participants;
mod pictures;
mod results;
mod stories;
mod write;

use anyhow::{Context, Result};
use apdc_domain::member::FocalPointFields;
use apdc_domain::{CountryCode, Email, FocalPointInput, Role};
use apdc_store::bulk::{self, Added, NewOrganisation, NewTheme};
use apdc_store::members::MemberFilter;
use apdc_store::{Actor, Db, Tx, members, users};
use indicatif::{ProgressBar, ProgressStyle};
use std::time::{Duration, Instant};

pub const ADMIN_EMAIL: &str = "admin@demo.apdc.invalid";

/// The largest `--scale`: a thousand batches is some ten million participations.
pub const MAX_SCALE: u32 = 1000;

/// Fictional focal points (the `.invalid` domain can never receive mail).
const FOCAL_POINTS: &[(&str, &str, &str)] = &[
    ("KE", "Amina Demo (fictional)", "amina.demo@ke.demo.apdc.invalid"),
    ("SN", "Ousmane Exemple (fictif)", "ousmane.exemple@sn.demo.apdc.invalid"),
    ("PE", "Lucía Ejemplo (ficticia)", "lucia.ejemplo@pe.demo.apdc.invalid"),
    ("VN", "Linh Demo (fictional)", "linh.demo@vn.demo.apdc.invalid"),
    ("FJ", "Mere Demo (fictional)", "mere.demo@fj.demo.apdc.invalid"),
];

/// What a seeding run added.
#[derive(Debug, Default)]
pub struct Report {
    pub focal_points: usize,
    pub added: Added,
    /// Batches that were there already and were left alone.
    pub batches_present: u32,
    pub batches: u32,
    pub results: results::Added,
    pub stories: usize,
    pub pages: usize,
    pub elapsed: Duration,
}

impl std::fmt::Display for Report {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let a = &self.added;
        write!(
            f,
            "added {} projects, {} activities, {} people, {} participations and {} focal points in {:.1} s; \
             {} of {} batches were already there; {}; {} stories; {} pages",
            a.projects,
            a.activities,
            a.people,
            a.participations,
            self.focal_points,
            self.elapsed.as_secs_f64(),
            self.batches_present,
            self.batches,
            self.results,
            self.stories,
            self.pages,
        )
    }
}

/// Adds the demonstration records that are not there yet: the focal points and `scale`
/// batches of delivery data. Reference data must be loaded first.
pub async fn seed(db: &Db, scale: u32) -> Result<Report> {
    let started = Instant::now();
    let actor = Actor::system("apdc demo data");
    let focal_points = add_focal_points(db, &actor).await?;
    let developing = members::matching(db, &MemberFilter { developing: Some(true), ..MemberFilter::default() }).await?;
    let world = delivery::World::new(developing)?;
    let bar = progress_bar(scale);
    let mut report = Report { focal_points, batches: scale, ..Report::default() };
    for number in 1..=scale {
        let key = delivery::Batch::first_code(number);
        let mut tx = db.begin().await?;
        // Checked inside the transaction: SQLite's write lock keeps a second seeder waiting, and on
        // PostgreSQL a second seeder of the same batch fails on the unique project code.
        if bulk::project_code_exists(&mut tx, &key).await? {
            report.batches_present += 1;
        } else {
            let (links, organisations, themes) = links(&mut tx).await?;
            let batch = delivery::generate(&world, &links, number);
            let mut added =
                write::write(&mut tx, &actor, batch).await.with_context(|| format!("writing demo batch {key}"))?;
            added.organisations = organisations;
            added.themes = themes;
            bulk::record_seed(&mut tx, &actor, &key, &added).await?;
            tx.commit().await?;
            report.added += added;
        }
        bar.inc(1);
        bar.set_message(format!("{} people, {} participations", report.added.people, report.added.participations));
    }
    bar.finish_and_clear();
    if report.added.projects > 0 {
        // Freshly bulk-loaded tables have no planner statistics yet (PostgreSQL's
        // autovacuum gathers them later, SQLite never by itself): without them the first
        // queries on a large programme can pick plans that scan whole tables.
        db.analyze().await?;
        apdc_store::search::compact(db).await?;
    }
    report.results = results::seed(db, &actor, report.added.projects > 0).await?;
    report.stories = stories::seed(db, &actor).await?;
    report.pages = pages::seed(db, &actor).await?;
    report.elapsed = started.elapsed();
    Ok(report)
}

/// A bar on standard error (hidden when it is not a terminal) counting batches.
fn progress_bar(batches: u32) -> ProgressBar {
    let bar = ProgressBar::new(u64::from(batches));
    if let Ok(style) = ProgressStyle::with_template("demo data [{bar:30}] {pos}/{len} batches, {msg} ({elapsed})") {
        bar.set_style(style.progress_chars("=> "));
    }
    bar
}

/// The fictional donors, implementers and themes every batch links to, added when
/// missing; returns their ids and how many organisations and themes were added.
async fn links(tx: &mut Tx) -> Result<(delivery::Links, usize, usize)> {
    let mut organisations: Vec<NewOrganisation> = catalogue::DONORS
        .iter()
        .map(|d| NewOrganisation {
            name: d.name.to_owned(),
            acronym: Some(d.acronym.to_owned()),
            org_type: d.org_type,
            iati_ref: Some(d.iati_ref.to_owned()),
            country: None,
            website: None,
        })
        .collect();
    organisations.extend(catalogue::IMPLEMENTERS.iter().map(|(name, acronym, org_type, iati_ref)| NewOrganisation {
        name: (*name).to_owned(),
        acronym: Some((*acronym).to_owned()),
        org_type: *org_type,
        iati_ref: Some((*iati_ref).to_owned()),
        country: None,
        website: None,
    }));
    let themes: Vec<NewTheme> = catalogue::THEMES
        .iter()
        .map(|t| NewTheme {
            slug: t.slug.to_owned(),
            name_en: t.name_en.to_owned(),
            name_fr: Some(t.name_fr.to_owned()),
        })
        .collect();
    let (mut organisation_ids, organisations_added) = bulk::ensure_organisations(tx, &organisations).await?;
    let implementers = organisation_ids.split_off(catalogue::DONORS.len());
    let (theme_ids, themes_added) = bulk::ensure_themes(tx, &themes).await?;
    let links = delivery::Links { donors: organisation_ids, implementers, themes: theme_ids };
    Ok((links, organisations_added, themes_added))
}

/// Adds the fictional focal points that are not there yet; returns how many.
async fn add_focal_points(db: &Db, actor: &Actor) -> Result<usize> {
    let mut added = 0;
    for (alpha2, name, email) in FOCAL_POINTS {
        let code = CountryCode::parse(alpha2).map_err(anyhow::Error::msg)?;
        let member = match members::get(db, code).await {
            Ok(member) => member,
            Err(apdc_store::StoreError::NotFound) => continue,
            Err(other) => return Err(other.into()),
        };
        let existing = members::focal_points(db, member.id).await?;
        if existing.iter().any(|f| f.email == *email) {
            continue;
        }
        let input = FocalPointInput::parse(&FocalPointFields {
            name: (*name).to_owned(),
            position: "Demonstration contact".to_owned(),
            email: (*email).to_owned(),
            phone: String::new(),
        })
        .map_err(|e| anyhow::anyhow!("demo focal point {alpha2}: {e}"))?;
        members::add_focal_point(db, actor, code, &input, true).await?;
        added += 1;
    }
    Ok(added)
}

/// Creates the demo administrator if needed and gives it a new random password.
pub async fn reset_admin_password(db: &Db) -> Result<String> {
    let password = apdc_web::auth::password::generate(20).map_err(|e| anyhow::anyhow!("generating a password: {e}"))?;
    let hash = apdc_web::auth::password::hash(&password).map_err(|e| anyhow::anyhow!("hashing: {e}"))?;
    let email = Email::parse(ADMIN_EMAIL).map_err(anyhow::Error::msg)?;
    let actor = Actor::system("apdc serve --demo");
    match users::find_for_login(db, &email).await? {
        Some((user, _)) => users::set_password(db, &actor, user.id, &hash).await?,
        None => {
            let new = users::NewUser {
                email: &email,
                display_name: "Demo administrator",
                role: Role::Administrator,
                member: None,
                password_hash: &hash,
                is_demo: true,
            };
            users::create(db, &actor, &new).await?;
        }
    }
    Ok(password)
}
