//! Importing a participant list into one activity: what each row will do (new person,
//! known person, already taking part), the pending upload kept between preview and
//! confirmation, and applying it all in one transaction.
//!
//! People are matched by email; a row whose person already takes part in the activity
//! is left alone, so importing the same file twice adds nothing.

use crate::audit::{self, Actor, Change};
use crate::db::{Sql, Tx};
use crate::error::{Result, StoreError};
use crate::{Db, now};
use apdc_domain::CountryCode;
use apdc_domain::person::{ParticipationStatus, PersonInput};
use serde::Serialize;
use std::collections::{HashMap, HashSet};

/// One valid row of a participant list.
#[derive(Debug, Clone)]
pub struct ImportRow {
    pub line: usize,
    pub person: PersonInput,
    pub status: ParticipationStatus,
}

/// What a valid row will do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum RowEffect {
    /// A new person, enrolled.
    NewPerson,
    /// A person already recorded (same email), enrolled.
    KnownPerson(i64),
    /// The person already takes part in this activity: nothing to do.
    AlreadyParticipating(i64),
}

/// How many rows of each kind an import wrote.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct Applied {
    pub people_added: usize,
    pub enrolled: usize,
    pub unchanged: usize,
}

/// Rows of `SELECT id, email` for the given emails, in batches small enough for any
/// engine's parameter limit.
async fn people_by_email(tx: &mut Tx, emails: &[&str]) -> Result<HashMap<String, i64>> {
    let mut found = HashMap::new();
    for chunk in emails.chunks(500) {
        let mut sql = Sql::new("SELECT id, email FROM people WHERE erased_at IS NULL AND email IN ");
        let list = sql.param_list(chunk.iter().copied());
        sql.push(&format!("{list} ORDER BY id DESC"));
        let rows: Vec<(i64, String)> = tx.fetch_all(sql).await?;
        // Descending ids, so the oldest record of a shared address wins.
        for (id, email) in rows {
            found.insert(email, id);
        }
    }
    Ok(found)
}

async fn participants(tx: &mut Tx, activity_id: i64) -> Result<HashSet<i64>> {
    let rows: Vec<(i64,)> =
        tx.fetch_all(Sql::new("SELECT person_id FROM participations WHERE activity_id = $1").bind(activity_id)).await?;
    Ok(rows.into_iter().map(|(id,)| id).collect())
}

async fn effects_in(tx: &mut Tx, activity_id: i64, rows: &[ImportRow]) -> Result<Vec<RowEffect>> {
    let emails: Vec<&str> = rows.iter().map(|r| r.person.email.as_str()).collect();
    let known = people_by_email(tx, &emails).await?;
    let taking_part = participants(tx, activity_id).await?;
    Ok(rows
        .iter()
        .map(|row| match known.get(row.person.email.as_str()) {
            Some(id) if taking_part.contains(id) => RowEffect::AlreadyParticipating(*id),
            Some(id) => RowEffect::KnownPerson(*id),
            None => RowEffect::NewPerson,
        })
        .collect())
}

/// What each row would do now.
pub async fn effects(db: &Db, activity_id: i64, rows: &[ImportRow]) -> Result<Vec<RowEffect>> {
    let mut tx = db.begin_read().await?;
    let effects = effects_in(&mut tx, activity_id, rows).await?;
    tx.commit().await?;
    Ok(effects)
}

/// The member row ids of the given codes (unknown codes are absent).
pub async fn member_ids(db: &Db) -> Result<HashMap<String, i64>> {
    let rows: Vec<(String, i64)> = db.fetch_all(Sql::new("SELECT alpha2, id FROM members")).await?;
    Ok(rows.into_iter().collect())
}

/// Keeps an uploaded, mapped file until it is applied (or cleaned up after a day).
pub async fn save(db: &Db, id: &str, activity_id: i64, created_by: i64, filename: &str, payload: &str) -> Result<()> {
    db.execute(
        Sql::new(
            "INSERT INTO participant_imports (id, activity_id, created_by, created_at, filename, rows_json, status) \
             VALUES ($1, $2, $3, $4, $5, $6, 'pending')",
        )
        .bind(id)
        .bind(activity_id)
        .bind(created_by)
        .bind(now())
        .bind(filename)
        .bind(payload),
    )
    .await?;
    Ok(())
}

/// Replaces the payload (the column mapping changed).
pub async fn update_payload(db: &Db, id: &str, activity_id: i64, payload: &str) -> Result<()> {
    let changed = db
        .execute(
            Sql::new(
                "UPDATE participant_imports SET rows_json = $3 WHERE id = $1 AND activity_id = $2 AND status = 'pending'",
            )
            .bind(id)
            .bind(activity_id)
            .bind(payload),
        )
        .await?;
    if changed == 0 { Err(StoreError::NotFound) } else { Ok(()) }
}

/// A pending import of `activity_id`: its file name and payload.
pub async fn load(db: &Db, id: &str, activity_id: i64) -> Result<(String, String)> {
    db.fetch_one(
        Sql::new(
            "SELECT filename, rows_json FROM participant_imports WHERE id = $1 AND activity_id = $2 AND status = 'pending'",
        )
        .bind(id)
        .bind(activity_id),
    )
    .await
}

/// Drops pending imports older than `before`.
pub async fn forget_pending_before(db: &Db, before: i64) -> Result<u64> {
    db.execute(Sql::new("DELETE FROM participant_imports WHERE status = 'pending' AND created_at < $1").bind(before))
        .await
}

/// Writes every row of the pending import `id` in one transaction and marks it applied.
/// Rows are classified again inside the transaction, so a person enrolled since the
/// preview is not enrolled twice.
pub async fn apply(db: &Db, actor: &Actor, id: &str, activity_id: i64, rows: &[ImportRow]) -> Result<Applied> {
    let mut tx = db.begin().await?;
    let marked = tx
        .execute(
            Sql::new(
                "UPDATE participant_imports SET status = 'applied' WHERE id = $1 AND activity_id = $2 AND status = 'pending'",
            )
            .bind(id)
            .bind(activity_id),
        )
        .await?;
    if marked == 0 {
        return Err(StoreError::Conflict { field: "import" });
    }
    let effects = effects_in(&mut tx, activity_id, rows).await?;
    let members = {
        let found: Vec<(String, i64)> = tx.fetch_all(Sql::new("SELECT alpha2, id FROM members")).await?;
        found.into_iter().collect::<HashMap<_, _>>()
    };
    let member_of = |code: Option<CountryCode>| code.and_then(|c| members.get(c.as_str()).copied());
    let at = now();

    // New people, in batches; their ids are read back by email, unique among new rows.
    let new_rows: Vec<&ImportRow> =
        rows.iter().zip(&effects).filter(|(_, e)| **e == RowEffect::NewPerson).map(|(r, _)| r).collect();
    for chunk in new_rows.chunks(200) {
        let mut sql = Sql::new(
            "INSERT INTO people (name, email, sex, country, organisation, stakeholder_group, nominated_by_member_id, \
             created_at, updated_at) VALUES ",
        );
        for (i, row) in chunk.iter().enumerate() {
            let p = &row.person;
            let values = [
                sql.param(p.name.as_str()),
                sql.param(p.email.as_str()),
                sql.param(p.sex.as_str()),
                sql.param(p.country.map(|c| c.to_string())),
                sql.param(p.organisation.clone()),
                sql.param(p.stakeholder_group.map(|g| g.as_str())),
                sql.param(member_of(p.nominated_by)),
                sql.param(at),
                sql.param(at),
            ];
            sql.push(&format!("{}({})", if i == 0 { "" } else { ", " }, values.join(", ")));
        }
        tx.execute(sql).await?;
    }
    let new_emails: Vec<&str> = new_rows.iter().map(|r| r.person.email.as_str()).collect();
    let created = people_by_email(&mut tx, &new_emails).await?;

    let mut enrolments: Vec<(i64, &ImportRow)> = Vec::new();
    for (row, effect) in rows.iter().zip(&effects) {
        match effect {
            RowEffect::NewPerson => {
                let person = created.get(row.person.email.as_str()).copied().ok_or(StoreError::NotFound)?;
                enrolments.push((person, row));
            }
            RowEffect::KnownPerson(person) => enrolments.push((*person, row)),
            RowEffect::AlreadyParticipating(_) => {}
        }
    }
    for chunk in enrolments.chunks(300) {
        let mut sql = Sql::new(
            "INSERT INTO participations (activity_id, person_id, status, nominated_by_member_id, status_changed_at, \
             created_at, updated_at) VALUES ",
        );
        for (i, (person, row)) in chunk.iter().enumerate() {
            let values = [
                sql.param(activity_id),
                sql.param(*person),
                sql.param(row.status.as_str()),
                sql.param(member_of(row.person.nominated_by)),
                sql.param(at),
                sql.param(at),
                sql.param(at),
            ];
            sql.push(&format!("{}({})", if i == 0 { "" } else { ", " }, values.join(", ")));
        }
        tx.execute(sql).await?;
    }
    // One history entry per new participation, recording the import.
    let note = format!("import {id}");
    tx.execute(
        Sql::new(
            "INSERT INTO participation_changes (participation_id, at, from_status, to_status, actor_id, actor, note) \
             SELECT id, $2, NULL, status, $3, $4, $5 FROM participations WHERE activity_id = $1 AND created_at = $2 \
             AND NOT EXISTS (SELECT 1 FROM participation_changes c WHERE c.participation_id = participations.id)",
        )
        .bind(activity_id)
        .bind(at)
        .bind(actor.user_id)
        .bind(actor.label.as_str())
        .bind(note.as_str()),
    )
    .await?;
    let applied = Applied {
        people_added: new_rows.len(),
        enrolled: enrolments.len(),
        unchanged: effects.iter().filter(|e| matches!(e, RowEffect::AlreadyParticipating(_))).count(),
    };
    let key = activity_id.to_string();
    let change = Change {
        action: "activity.import",
        record_type: "activity",
        record_key: &key,
        before: None,
        after: Some(serde_json::json!({
            "import": id,
            "people_added": applied.people_added,
            "enrolled": applied.enrolled,
            "unchanged": applied.unchanged,
        })),
    };
    audit::record(&mut tx, actor, change).await?;
    tx.commit().await?;
    Ok(applied)
}
