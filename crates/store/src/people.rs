//! People (participants, experts, coaches, trainers): records, duplicates and merging,
//! and the rights of the person: everything held on them, and erasure.

use crate::audit::{self, Actor, Change};
use crate::db::{Sql, Tx};
use crate::error::{Result, StoreError};
use crate::paging::Paged;
use crate::{Db, now};
use apdc_domain::person::{ParticipationStatus, PersonInput, Sex, StakeholderGroup};
use serde::Serialize;

pub(crate) const PERSON_COLUMNS: &str = "pe.id, pe.name, pe.email, pe.sex, pe.country, pe.organisation, \
     pe.stakeholder_group, nm.alpha2 AS nominated_by, pe.erased_at, pe.created_at, pe.updated_at";
pub(crate) const PERSON_FROM: &str = "FROM people pe LEFT JOIN members nm ON nm.id = pe.nominated_by_member_id";

#[derive(Debug, sqlx::FromRow)]
pub(crate) struct PersonRow {
    id: i64,
    name: Option<String>,
    email: Option<String>,
    sex: String,
    country: Option<String>,
    organisation: Option<String>,
    stakeholder_group: Option<String>,
    nominated_by: Option<String>,
    erased_at: Option<i64>,
    created_at: i64,
    updated_at: i64,
}

/// A person. After erasure, name, email and organisation are gone; what totals need
/// (sex, country, stakeholder group, nominating member) stays.
#[derive(Debug, Clone, Serialize)]
pub struct Person {
    pub id: i64,
    pub name: Option<String>,
    pub email: Option<String>,
    pub sex: Sex,
    pub country: Option<String>,
    pub organisation: Option<String>,
    pub stakeholder_group: Option<StakeholderGroup>,
    /// The member (country code) that nominated the person.
    pub nominated_by: Option<String>,
    pub erased_at: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
}

impl TryFrom<PersonRow> for Person {
    type Error = StoreError;
    fn try_from(r: PersonRow) -> Result<Self> {
        let corrupt = |what: &str, v: &str| StoreError::Corrupt(format!("person {}: {what} {v:?}", r.id));
        Ok(Self {
            sex: Sex::parse(&r.sex).map_err(|_| corrupt("sex", &r.sex))?,
            stakeholder_group: r
                .stakeholder_group
                .as_deref()
                .map(StakeholderGroup::parse)
                .transpose()
                .map_err(|_| corrupt("stakeholder_group", r.stakeholder_group.as_deref().unwrap_or_default()))?,
            id: r.id,
            name: r.name,
            email: r.email,
            country: r.country,
            organisation: r.organisation,
            nominated_by: r.nominated_by,
            erased_at: r.erased_at,
            created_at: r.created_at,
            updated_at: r.updated_at,
        })
    }
}

impl Person {
    /// The name to show staff: the name, or a neutral label once erased.
    pub fn display_name(&self) -> String {
        self.name.clone().unwrap_or_else(|| format!("#{}", self.id))
    }

    pub(crate) fn snapshot(&self) -> serde_json::Value {
        serde_json::json!({
            "name": self.name,
            "email": self.email,
            "sex": self.sex.as_str(),
            "country": self.country,
            "organisation": self.organisation,
            "stakeholder_group": self.stakeholder_group.map(|g| g.as_str()),
            "nominated_by": self.nominated_by,
        })
    }
}

/// Which people to list.
#[derive(Debug, Clone, Default)]
pub struct PersonFilter {
    /// Text in the name, email or organisation.
    pub text: Option<String>,
    /// Nominated by this member (country code): the people a focal point may see.
    pub member: Option<String>,
}

pub async fn list(db: &Db, filter: &PersonFilter, page: usize, per_page: usize) -> Result<Paged<Person>> {
    let per_page = per_page.clamp(1, 500);
    let page = page.max(1);
    let conditions = |sql: &mut Sql| {
        if let Some(text) = filter.text.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
            let t = sql.param(crate::db::contains_pattern(text));
            sql.push(&format!(
                " AND (LOWER(COALESCE(pe.name, '')) LIKE {t} ESCAPE '\\' OR LOWER(COALESCE(pe.email, '')) LIKE {t} ESCAPE '\\' \
                 OR LOWER(COALESCE(pe.organisation, '')) LIKE {t} ESCAPE '\\')"
            ));
        }
        if let Some(member) = &filter.member {
            let m = sql.param(member.as_str());
            sql.push(&format!(
                " AND (nm.alpha2 = {m} OR EXISTS (SELECT 1 FROM participations pa JOIN members pm \
                 ON pm.id = pa.nominated_by_member_id WHERE pa.person_id = pe.id AND pm.alpha2 = {m}))"
            ));
        }
    };
    let mut count = Sql::new(format!("SELECT COUNT(*) {PERSON_FROM} WHERE 1 = 1"));
    conditions(&mut count);
    let (total,): (i64,) = db.fetch_one(count).await?;
    let mut sql = Sql::new(format!("SELECT {PERSON_COLUMNS} {PERSON_FROM} WHERE 1 = 1"));
    conditions(&mut sql);
    let limit = sql.param(i64::try_from(per_page).unwrap_or(50));
    let offset = sql.param(i64::try_from((page - 1) * per_page).unwrap_or(0));
    sql.push(&format!(" ORDER BY pe.erased_at IS NOT NULL, LOWER(pe.name), pe.id LIMIT {limit} OFFSET {offset}"));
    let rows: Vec<PersonRow> = db.fetch_all(sql).await?;
    let items = rows.into_iter().map(Person::try_from).collect::<Result<Vec<_>>>()?;
    Ok(Paged { items, total: usize::try_from(total).unwrap_or(0), page, per_page })
}

pub async fn get(db: &Db, id: i64) -> Result<Person> {
    let row: PersonRow =
        db.fetch_one(Sql::new(format!("SELECT {PERSON_COLUMNS} {PERSON_FROM} WHERE pe.id = $1")).bind(id)).await?;
    row.try_into()
}

pub(crate) async fn get_in(tx: &mut Tx, id: i64) -> Result<Person> {
    let row: PersonRow =
        tx.fetch_one(Sql::new(format!("SELECT {PERSON_COLUMNS} {PERSON_FROM} WHERE pe.id = $1")).bind(id)).await?;
    row.try_into()
}

/// The oldest person not erased with this (already normalised) email.
pub async fn find_by_email(db: &Db, email: &str) -> Result<Option<i64>> {
    let mut tx = db.begin_read().await?;
    let found = find_by_email_in(&mut tx, email).await?;
    tx.commit().await?;
    Ok(found)
}

pub(crate) async fn find_by_email_in(tx: &mut Tx, email: &str) -> Result<Option<i64>> {
    let found: Option<(i64,)> = tx
        .fetch_optional(
            Sql::new("SELECT id FROM people WHERE email = $1 AND erased_at IS NULL ORDER BY id LIMIT 1").bind(email),
        )
        .await?;
    Ok(found.map(|(id,)| id))
}

/// Checks the country and nominating member of `input`; returns the member's row id.
async fn resolve(tx: &mut Tx, input: &PersonInput) -> Result<Option<i64>> {
    if let Some(country) = input.country {
        let found: Option<(String,)> = tx
            .fetch_optional(Sql::new("SELECT alpha2 FROM countries WHERE alpha2 = $1").bind(country.as_str()))
            .await?;
        if found.is_none() {
            return Err(StoreError::invalid("country", "unknown_country"));
        }
    }
    match input.nominated_by {
        Some(code) => Ok(Some(crate::members::member_id(tx, code, "nominated_by").await?)),
        None => Ok(None),
    }
}

pub async fn create(db: &Db, actor: &Actor, input: &PersonInput) -> Result<Person> {
    let mut tx = db.begin().await?;
    let person = create_in(&mut tx, actor, input).await?;
    tx.commit().await?;
    Ok(person)
}

pub(crate) async fn create_in(tx: &mut Tx, actor: &Actor, input: &PersonInput) -> Result<Person> {
    let member = resolve(tx, input).await?;
    let at = now();
    let (id,): (i64,) = tx
        .fetch_one(
            Sql::new(
                "INSERT INTO people (name, email, sex, country, organisation, stakeholder_group, \
                 nominated_by_member_id, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id",
            )
            .bind(input.name.as_str())
            .bind(input.email.as_str())
            .bind(input.sex.as_str())
            .bind(input.country.map(|c| c.to_string()))
            .bind(input.organisation.clone())
            .bind(input.stakeholder_group.map(|g| g.as_str()))
            .bind(member)
            .bind(at),
        )
        .await?;
    let person = get_in(tx, id).await?;
    let key = id.to_string();
    let change = Change {
        action: "person.create",
        record_type: "person",
        record_key: &key,
        before: None,
        after: Some(person.snapshot()),
    };
    audit::record(tx, actor, change).await?;
    Ok(person)
}

pub async fn update(db: &Db, actor: &Actor, id: i64, input: &PersonInput) -> Result<Person> {
    let mut tx = db.begin().await?;
    let person = update_in(&mut tx, actor, id, input).await?;
    tx.commit().await?;
    Ok(person)
}

pub(crate) async fn update_in(tx: &mut Tx, actor: &Actor, id: i64, input: &PersonInput) -> Result<Person> {
    let before = get_in(tx, id).await?;
    if before.erased_at.is_some() {
        return Err(StoreError::invalid("person", "person_erased"));
    }
    let member = resolve(tx, input).await?;
    tx.execute(
        Sql::new(
            "UPDATE people SET name = $2, email = $3, sex = $4, country = $5, organisation = $6, stakeholder_group = $7, \
             nominated_by_member_id = $8, updated_at = $9 WHERE id = $1",
        )
        .bind(id)
        .bind(input.name.as_str())
        .bind(input.email.as_str())
        .bind(input.sex.as_str())
        .bind(input.country.map(|c| c.to_string()))
        .bind(input.organisation.clone())
        .bind(input.stakeholder_group.map(|g| g.as_str()))
        .bind(member)
        .bind(now()),
    )
    .await?;
    let after = get_in(tx, id).await?;
    if before.snapshot() != after.snapshot() {
        let key = id.to_string();
        let change = Change {
            action: "person.update",
            record_type: "person",
            record_key: &key,
            before: Some(before.snapshot()),
            after: Some(after.snapshot()),
        };
        audit::record(tx, actor, change).await?;
    }
    Ok(after)
}

/// People sharing an email address, the candidates for merging: groups of two or more,
/// largest first.
pub async fn duplicates(db: &Db, limit: i64) -> Result<Vec<Vec<Person>>> {
    let emails: Vec<(String,)> = db
        .fetch_all(
            Sql::new(
                "SELECT email FROM people WHERE email IS NOT NULL AND erased_at IS NULL GROUP BY email \
                 HAVING COUNT(*) > 1 ORDER BY COUNT(*) DESC, email LIMIT $1",
            )
            .bind(limit),
        )
        .await?;
    if emails.is_empty() {
        return Ok(Vec::new());
    }
    let mut sql =
        Sql::new(format!("SELECT {PERSON_COLUMNS} {PERSON_FROM} WHERE pe.erased_at IS NULL AND pe.email IN "));
    let list = sql.param_list(emails.iter().map(|(e,)| e.as_str()));
    sql.push(&format!("{list} ORDER BY pe.id"));
    let rows: Vec<PersonRow> = db.fetch_all(sql).await?;
    let people = rows.into_iter().map(Person::try_from).collect::<Result<Vec<_>>>()?;
    Ok(emails
        .iter()
        .map(|(email,)| people.iter().filter(|p| p.email.as_deref() == Some(email)).cloned().collect())
        .collect())
}

/// How far along a participation is, to decide which of two to keep when merging.
fn progress(status: ParticipationStatus) -> u8 {
    use ParticipationStatus::*;
    match status {
        Withdrawn => 0,
        Rejected => 1,
        Applied => 2,
        Nominated => 3,
        Waitlisted => 4,
        Accepted => 5,
        NoShow => 6,
        Attended => 7,
        Completed => 8,
    }
}

/// Merges `duplicate` into `keep`: its participations and roles move to `keep` (where
/// both took part in the same activity, the further-advanced participation stays, with
/// the history of both), then the duplicate is removed.
pub async fn merge(db: &Db, actor: &Actor, keep: i64, duplicate: i64) -> Result<Person> {
    if keep == duplicate {
        return Err(StoreError::invalid("duplicate", "same_person"));
    }
    let mut tx = db.begin().await?;
    let kept = get_in(&mut tx, keep).await?;
    let gone = get_in(&mut tx, duplicate).await?;
    if kept.erased_at.is_some() || gone.erased_at.is_some() {
        return Err(StoreError::invalid("duplicate", "person_erased"));
    }
    let theirs: Vec<(i64, i64, String)> = tx
        .fetch_all(Sql::new("SELECT id, activity_id, status FROM participations WHERE person_id = $1").bind(duplicate))
        .await?;
    for (their_id, activity_id, their_status) in theirs {
        let ours: Option<(i64, String)> = tx
            .fetch_optional(
                Sql::new("SELECT id, status FROM participations WHERE person_id = $1 AND activity_id = $2")
                    .bind(keep)
                    .bind(activity_id),
            )
            .await?;
        match ours {
            None => {
                tx.execute(
                    Sql::new("UPDATE participations SET person_id = $2 WHERE id = $1").bind(their_id).bind(keep),
                )
                .await?;
            }
            Some((our_id, our_status)) => {
                let parse = |s: &str| {
                    ParticipationStatus::parse(s)
                        .map_err(|_| StoreError::Corrupt(format!("participation status {s:?}")))
                };
                let (winner, loser) = if progress(parse(&their_status)?) > progress(parse(&our_status)?) {
                    (their_id, our_id)
                } else {
                    (our_id, their_id)
                };
                tx.execute(
                    Sql::new("UPDATE participation_changes SET participation_id = $2 WHERE participation_id = $1")
                        .bind(loser)
                        .bind(winner),
                )
                .await?;
                tx.execute(Sql::new("DELETE FROM participations WHERE id = $1").bind(loser)).await?;
                tx.execute(Sql::new("UPDATE participations SET person_id = $2 WHERE id = $1").bind(winner).bind(keep))
                    .await?;
            }
        }
    }
    tx.execute(
        Sql::new(
            "INSERT INTO activity_staff (activity_id, person_id, role) SELECT activity_id, $2, role FROM activity_staff \
             WHERE person_id = $1 ON CONFLICT (activity_id, person_id, role) DO NOTHING",
        )
        .bind(duplicate)
        .bind(keep),
    )
    .await?;
    tx.execute(Sql::new("DELETE FROM activity_staff WHERE person_id = $1").bind(duplicate)).await?;
    tx.execute(Sql::new("DELETE FROM people WHERE id = $1").bind(duplicate)).await?;
    let key = keep.to_string();
    let mut merged = gone.snapshot();
    merged["merged_person"] = serde_json::json!(duplicate);
    let change = Change {
        action: "person.merge",
        record_type: "person",
        record_key: &key,
        before: Some(merged),
        after: Some(kept.snapshot()),
    };
    audit::record(&mut tx, actor, change).await?;
    let dup_key = duplicate.to_string();
    let change = Change {
        action: "person.merged_into",
        record_type: "person",
        record_key: &dup_key,
        before: None,
        after: Some(serde_json::json!({"merged_into": keep})),
    };
    audit::record(&mut tx, actor, change).await?;
    tx.execute(Sql::new("UPDATE people SET updated_at = $2 WHERE id = $1").bind(keep).bind(now())).await?;
    let person = get_in(&mut tx, keep).await?;
    tx.commit().await?;
    Ok(person)
}

/// Erases a person: name, email and organisation are removed, and so are the personal
/// values in the audit trail of the person. Participations stay (anonymous), so every
/// total stays true.
pub async fn erase(db: &Db, actor: &Actor, id: i64) -> Result<Person> {
    let mut tx = db.begin().await?;
    let before = get_in(&mut tx, id).await?;
    if before.erased_at.is_some() {
        return Ok(before);
    }
    let at = now();
    tx.execute(
        Sql::new("UPDATE people SET name = NULL, email = NULL, organisation = NULL, erased_at = $2, updated_at = $2 WHERE id = $1")
            .bind(id)
            .bind(at),
    )
    .await?;
    let key = id.to_string();
    tx.execute(
        Sql::new("UPDATE audit_log SET before_json = NULL, after_json = NULL WHERE record_type = 'person' AND record_key = $1")
            .bind(key.as_str()),
    )
    .await?;
    let change = Change { action: "person.erase", record_type: "person", record_key: &key, before: None, after: None };
    audit::record(&mut tx, actor, change).await?;
    let after = get_in(&mut tx, id).await?;
    tx.commit().await?;
    Ok(after)
}

/// One participation as the person's record shows it.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct HeldParticipation {
    pub participation_id: i64,
    pub activity_id: i64,
    pub activity_title: String,
    pub mode: String,
    pub project_code: String,
    pub status: String,
    pub start_date: Option<String>,
}

/// One status change of a participation.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct HeldChange {
    pub participation_id: i64,
    pub at: i64,
    pub from_status: Option<String>,
    pub to_status: String,
    pub actor: String,
    pub note: Option<String>,
}

/// Everything held on one person, for a subject access request.
#[derive(Debug, Clone, Serialize)]
pub struct PersonRecord {
    pub person: Person,
    pub participations: Vec<HeldParticipation>,
    pub participation_changes: Vec<HeldChange>,
    pub roles: Vec<(i64, String, String)>,
    pub audit_trail: Vec<audit::Entry>,
}

pub async fn everything_held(db: &Db, id: i64) -> Result<PersonRecord> {
    let person = get(db, id).await?;
    let participations: Vec<HeldParticipation> = db
        .fetch_all(
            Sql::new(
                "SELECT pa.id AS participation_id, a.id AS activity_id, a.title AS activity_title, a.mode, \
                 p.code AS project_code, pa.status, a.start_date FROM participations pa \
                 JOIN activities a ON a.id = pa.activity_id JOIN projects p ON p.id = a.project_id \
                 WHERE pa.person_id = $1 ORDER BY a.start_date, pa.id",
            )
            .bind(id),
        )
        .await?;
    let participation_changes: Vec<HeldChange> = db
        .fetch_all(
            Sql::new(
                "SELECT c.participation_id, c.at, c.from_status, c.to_status, c.actor, c.note FROM participation_changes c \
                 JOIN participations pa ON pa.id = c.participation_id WHERE pa.person_id = $1 ORDER BY c.id",
            )
            .bind(id),
        )
        .await?;
    let roles: Vec<(i64, String, String)> = db
        .fetch_all(
            Sql::new(
                "SELECT s.activity_id, a.title, s.role FROM activity_staff s JOIN activities a ON a.id = s.activity_id \
                 WHERE s.person_id = $1 ORDER BY s.activity_id",
            )
            .bind(id),
        )
        .await?;
    let audit_trail = audit::for_record(db, "person", &id.to_string(), 1_000, 0).await?;
    Ok(PersonRecord { person, participations, participation_changes, roles, audit_trail })
}
