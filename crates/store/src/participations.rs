//! Participation of people in activities and its history: applied → nominated →
//! accepted / waitlisted / rejected → attended / no-show → completed.

use crate::audit::Actor;
use crate::db::{Sql, Tx};
use crate::error::{Result, StoreError};
use crate::paging::Paged;
use crate::{Db, now};
use apdc_domain::person::{ParticipationStatus, Sex, StakeholderGroup};
use serde::Serialize;

const PARTICIPATION_COLUMNS: &str = "pa.id, pa.activity_id, a.title AS activity_title, a.mode, p.code AS project_code, \
     pa.person_id, pe.name AS person_name, pe.email AS person_email, pe.sex, pe.country, pe.organisation, \
     pe.stakeholder_group, pa.status, nm.alpha2 AS nominated_by, pa.status_changed_at";

const PARTICIPATION_FROM: &str = "FROM participations pa JOIN activities a ON a.id = pa.activity_id \
     JOIN projects p ON p.id = a.project_id JOIN people pe ON pe.id = pa.person_id \
     LEFT JOIN members nm ON nm.id = pa.nominated_by_member_id";

#[derive(Debug, sqlx::FromRow)]
struct ParticipationRow {
    id: i64,
    activity_id: i64,
    activity_title: String,
    mode: String,
    project_code: String,
    person_id: i64,
    person_name: Option<String>,
    person_email: Option<String>,
    sex: String,
    country: Option<String>,
    organisation: Option<String>,
    stakeholder_group: Option<String>,
    status: String,
    nominated_by: Option<String>,
    status_changed_at: i64,
}

/// A person's participation in an activity, with what lists need of both.
#[derive(Debug, Clone, Serialize)]
pub struct Participation {
    pub id: i64,
    pub activity_id: i64,
    pub activity_title: String,
    pub mode: String,
    pub project_code: String,
    pub person_id: i64,
    /// `None` once the person is erased.
    pub person_name: Option<String>,
    pub person_email: Option<String>,
    pub sex: Sex,
    pub country: Option<String>,
    pub organisation: Option<String>,
    pub stakeholder_group: Option<StakeholderGroup>,
    pub status: ParticipationStatus,
    /// The member (country code) that nominated the person for this activity.
    pub nominated_by: Option<String>,
    pub status_changed_at: i64,
}

impl TryFrom<ParticipationRow> for Participation {
    type Error = StoreError;
    fn try_from(r: ParticipationRow) -> Result<Self> {
        let corrupt = |what: &str, v: &str| StoreError::Corrupt(format!("participation {}: {what} {v:?}", r.id));
        Ok(Self {
            sex: Sex::parse(&r.sex).map_err(|_| corrupt("sex", &r.sex))?,
            status: ParticipationStatus::parse(&r.status).map_err(|_| corrupt("status", &r.status))?,
            stakeholder_group: r
                .stakeholder_group
                .as_deref()
                .map(StakeholderGroup::parse)
                .transpose()
                .map_err(|_| corrupt("stakeholder_group", r.stakeholder_group.as_deref().unwrap_or_default()))?,
            id: r.id,
            activity_id: r.activity_id,
            activity_title: r.activity_title,
            mode: r.mode,
            project_code: r.project_code,
            person_id: r.person_id,
            person_name: r.person_name,
            person_email: r.person_email,
            country: r.country,
            organisation: r.organisation,
            nominated_by: r.nominated_by,
            status_changed_at: r.status_changed_at,
        })
    }
}

/// Which participations to list.
#[derive(Debug, Clone, Default)]
pub struct ParticipationFilter {
    pub activity_id: Option<i64>,
    pub project_id: Option<i64>,
    pub person_id: Option<i64>,
    /// Nominated by this member (country code), or a person the member nominated.
    pub member: Option<String>,
    pub status: Option<ParticipationStatus>,
}

impl ParticipationFilter {
    fn push_conditions(&self, sql: &mut Sql) {
        if let Some(activity) = self.activity_id {
            let p = sql.param(activity);
            sql.push(&format!(" AND pa.activity_id = {p}"));
        }
        if let Some(project) = self.project_id {
            let p = sql.param(project);
            sql.push(&format!(" AND a.project_id = {p}"));
        }
        if let Some(person) = self.person_id {
            let p = sql.param(person);
            sql.push(&format!(" AND pa.person_id = {p}"));
        }
        if let Some(member) = &self.member {
            let m = sql.param(member.as_str());
            sql.push(&format!(
                " AND (nm.alpha2 = {m} OR pe.nominated_by_member_id = (SELECT id FROM members WHERE alpha2 = {m}))"
            ));
        }
        if let Some(status) = self.status {
            let s = sql.param(status.as_str());
            sql.push(&format!(" AND pa.status = {s}"));
        }
    }
}

pub async fn list(db: &Db, filter: &ParticipationFilter, page: usize, per_page: usize) -> Result<Paged<Participation>> {
    let per_page = per_page.clamp(1, 100_000);
    let page = page.max(1);
    let mut count = Sql::new(format!("SELECT COUNT(*) {PARTICIPATION_FROM} WHERE 1 = 1"));
    filter.push_conditions(&mut count);
    let (total,): (i64,) = db.fetch_one(count).await?;
    let mut sql = Sql::new(format!("SELECT {PARTICIPATION_COLUMNS} {PARTICIPATION_FROM} WHERE 1 = 1"));
    filter.push_conditions(&mut sql);
    let limit = sql.param(i64::try_from(per_page).unwrap_or(50));
    let offset = sql.param(i64::try_from((page - 1) * per_page).unwrap_or(0));
    sql.push(&format!(
        " ORDER BY a.start_date IS NULL, a.start_date DESC, pa.activity_id DESC, pe.name IS NULL, LOWER(pe.name), pa.id \
         LIMIT {limit} OFFSET {offset}"
    ));
    let rows: Vec<ParticipationRow> = db.fetch_all(sql).await?;
    let items = rows.into_iter().map(Participation::try_from).collect::<Result<Vec<_>>>()?;
    Ok(Paged { items, total: usize::try_from(total).unwrap_or(0), page, per_page })
}

pub async fn get(db: &Db, id: i64) -> Result<Participation> {
    let row: ParticipationRow = db
        .fetch_one(Sql::new(format!("SELECT {PARTICIPATION_COLUMNS} {PARTICIPATION_FROM} WHERE pa.id = $1")).bind(id))
        .await?;
    row.try_into()
}

async fn get_in(tx: &mut Tx, id: i64) -> Result<Participation> {
    let row: ParticipationRow = tx
        .fetch_one(Sql::new(format!("SELECT {PARTICIPATION_COLUMNS} {PARTICIPATION_FROM} WHERE pa.id = $1")).bind(id))
        .await?;
    row.try_into()
}

async fn record_change(
    tx: &mut Tx,
    actor: &Actor,
    participation_id: i64,
    from: Option<ParticipationStatus>,
    to: ParticipationStatus,
    note: Option<&str>,
) -> Result<()> {
    tx.execute(
        Sql::new(
            "INSERT INTO participation_changes (participation_id, at, from_status, to_status, actor_id, actor, note) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(participation_id)
        .bind(now())
        .bind(from.map(|s| s.as_str()))
        .bind(to.as_str())
        .bind(actor.user_id)
        .bind(actor.label.as_str())
        .bind(note),
    )
    .await?;
    Ok(())
}

/// Enrols person `person_id` in activity `activity_id` with `status`. A person already
/// enrolled is an error on `person` (`already_participating`).
pub async fn add(
    db: &Db,
    actor: &Actor,
    activity_id: i64,
    person_id: i64,
    status: ParticipationStatus,
    nominated_by: Option<apdc_domain::CountryCode>,
) -> Result<Participation> {
    let mut tx = db.begin().await?;
    let member = match nominated_by {
        Some(code) => Some(crate::members::member_id(&mut tx, code, "nominated_by").await?),
        None => None,
    };
    let id = add_in(&mut tx, actor, activity_id, person_id, status, member).await?;
    let participation = get_in(&mut tx, id).await?;
    tx.commit().await?;
    Ok(participation)
}

pub(crate) async fn add_in(
    tx: &mut Tx,
    actor: &Actor,
    activity_id: i64,
    person_id: i64,
    status: ParticipationStatus,
    member_id: Option<i64>,
) -> Result<i64> {
    let person: Option<(Option<i64>,)> =
        tx.fetch_optional(Sql::new("SELECT erased_at FROM people WHERE id = $1").bind(person_id)).await?;
    match person {
        None => return Err(StoreError::invalid("person", "unknown_person")),
        Some((Some(_),)) => return Err(StoreError::invalid("person", "person_erased")),
        Some((None,)) => {}
    }
    let at = now();
    let (id,): (i64,) = tx
        .fetch_one(
            Sql::new(
                "INSERT INTO participations (activity_id, person_id, status, nominated_by_member_id, status_changed_at, \
                 created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5, $5) RETURNING id",
            )
            .bind(activity_id)
            .bind(person_id)
            .bind(status.as_str())
            .bind(member_id)
            .bind(at),
        )
        .await
        .map_err(|e| match e.on_unique("person") {
            StoreError::Conflict { .. } => StoreError::invalid("person", "already_participating"),
            other => other,
        })?;
    record_change(tx, actor, id, None, status, None).await?;
    Ok(id)
}

/// Moves a participation to `to`, if the documented path allows it. With `member`, only
/// a participation that member nominated may be changed (a focal point's own).
pub async fn transition(
    db: &Db,
    actor: &Actor,
    id: i64,
    to: ParticipationStatus,
    note: Option<&str>,
    member: Option<&str>,
) -> Result<Participation> {
    let mut tx = db.begin().await?;
    let current = get_in(&mut tx, id).await?;
    if member.is_some_and(|m| current.nominated_by.as_deref() != Some(m)) {
        return Err(StoreError::NotFound);
    }
    if !current.status.can_move_to(to) {
        return Err(StoreError::invalid("status", "transition_not_allowed"));
    }
    let at = now();
    tx.execute(
        Sql::new("UPDATE participations SET status = $2, status_changed_at = $3, updated_at = $3 WHERE id = $1")
            .bind(id)
            .bind(to.as_str())
            .bind(at),
    )
    .await?;
    record_change(&mut tx, actor, id, Some(current.status), to, note).await?;
    let after = get_in(&mut tx, id).await?;
    tx.commit().await?;
    Ok(after)
}

/// One step of a participation's history.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct StatusChange {
    pub at: i64,
    pub from_status: Option<String>,
    pub to_status: String,
    pub actor: String,
    pub note: Option<String>,
}

pub async fn history(db: &Db, id: i64) -> Result<Vec<StatusChange>> {
    db.fetch_all(
        Sql::new(
            "SELECT at, from_status, to_status, actor, note FROM participation_changes WHERE participation_id = $1 ORDER BY id",
        )
        .bind(id),
    )
    .await
}

/// How many participations of an activity are in each status.
pub async fn status_counts(db: &Db, activity_id: i64) -> Result<Vec<(ParticipationStatus, i64)>> {
    let rows: Vec<(String, i64)> = db
        .fetch_all(
            Sql::new("SELECT status, COUNT(*) FROM participations WHERE activity_id = $1 GROUP BY status")
                .bind(activity_id),
        )
        .await?;
    let mut counts = rows
        .into_iter()
        .map(|(s, n)| {
            ParticipationStatus::parse(&s)
                .map(|s| (s, n))
                .map_err(|_| StoreError::Corrupt(format!("activity {activity_id}: participation status {s:?}")))
        })
        .collect::<Result<Vec<_>>>()?;
    counts.sort();
    Ok(counts)
}

/// Enrols the person described by `person` in an activity, in one transaction: the
/// existing person with that email when there is one (their record is left as it is),
/// otherwise a new person. Returns the participation.
pub async fn enrol(
    db: &Db,
    actor: &Actor,
    activity_id: i64,
    person: &apdc_domain::person::PersonInput,
    status: ParticipationStatus,
    nominated_by: Option<apdc_domain::CountryCode>,
) -> Result<Participation> {
    let mut tx = db.begin().await?;
    let member = match nominated_by {
        Some(code) => Some(crate::members::member_id(&mut tx, code, "nominated_by").await?),
        None => None,
    };
    let person_id = match crate::people::find_by_email_in(&mut tx, person.email.as_str()).await? {
        Some(id) => id,
        None => crate::people::create_in(&mut tx, actor, person).await?.id,
    };
    let id = add_in(&mut tx, actor, activity_id, person_id, status, member).await?;
    let participation = get_in(&mut tx, id).await?;
    tx.commit().await?;
    Ok(participation)
}
