//! Reported updates: values that member focal points and staff report for an indicator
//! and period, their review (draft → submitted → approved, or returned with a reason),
//! the history of every step, and the locking of periods.
//!
//! Only approved updates count. For each indicator, period and member the latest
//! approved update is the current one; earlier ones stay as history.

use crate::audit::{self, Actor, Change};
use crate::db::{Sql, Tx};
use crate::error::{Result, StoreError};
use crate::paging::Paged;
use crate::results::{Framework, Indicator};
use crate::{Db, now};
use apdc_domain::results::{IndicatorSource, UpdateInput, UpdateStatus};
use serde::Serialize;

/// Who acts on an update, and for which member they may.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reporter<'a> {
    /// Staff: any member, and the plan's own (not member-level) indicators; reviews.
    Staff,
    /// A member focal point: that member's updates only, never a review.
    Member(&'a str),
}

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct UpdateSummary {
    pub id: i64,
    pub indicator: String,
    pub period: i64,
    /// The member reported for (alpha-2).
    pub member: Option<String>,
    pub numerator: Option<i64>,
    pub denominator: Option<i64>,
    pub yes: Option<bool>,
    pub narrative: Option<String>,
    pub evidence_url: Option<String>,
    pub status: String,
    pub return_reason: Option<String>,
    pub author: Option<String>,
    pub updated_at: i64,
}

impl UpdateSummary {
    pub fn status(&self) -> UpdateStatus {
        UpdateStatus::parse(&self.status).unwrap_or(UpdateStatus::Draft)
    }
}

/// One step of an update's review.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct UpdateChange {
    pub at: i64,
    pub from_status: Option<String>,
    pub to_status: String,
    pub actor: String,
    pub note: Option<String>,
}

/// An update with its breakdown and history.
#[derive(Debug, Clone, Serialize)]
pub struct Update {
    #[serde(flatten)]
    pub summary: UpdateSummary,
    /// `dimension=category`, numerator, denominator.
    pub parts: Vec<(String, i64, Option<i64>)>,
    pub history: Vec<UpdateChange>,
}

const SUMMARY_SELECT: &str = "SELECT u.id, i.code AS indicator, u.period, m.alpha2 AS member, u.numerator, u.denominator, \
     u.yes, u.narrative, u.evidence_url, u.status, u.return_reason, us.display_name AS author, u.updated_at \
     FROM indicator_updates u JOIN indicators i ON i.id = u.indicator_id \
     LEFT JOIN members m ON m.id = u.member_id LEFT JOIN users us ON us.id = u.created_by";

/// Which updates to list.
#[derive(Debug, Clone, Default)]
pub struct UpdateFilter {
    pub plan_id: Option<i64>,
    pub indicator: Option<String>,
    pub period: Option<i64>,
    pub status: Option<UpdateStatus>,
    pub member: Option<String>,
}

pub async fn list(db: &Db, filter: &UpdateFilter, page: usize, per_page: usize) -> Result<Paged<UpdateSummary>> {
    let mut sql = Sql::new("");
    let mut conditions = vec!["TRUE".to_owned()];
    if let Some(plan) = filter.plan_id {
        conditions.push(format!("i.plan_id = {}", sql.param(plan)));
    }
    if let Some(code) = &filter.indicator {
        conditions.push(format!("i.code = {}", sql.param(code.as_str())));
    }
    if let Some(period) = filter.period {
        conditions.push(format!("u.period = {}", sql.param(period)));
    }
    if let Some(status) = filter.status {
        conditions.push(format!("u.status = {}", sql.param(status.as_str())));
    }
    if let Some(member) = &filter.member {
        conditions.push(format!("m.alpha2 = {}", sql.param(member.as_str())));
    }
    let where_clause = conditions.join(" AND ");
    let mut count = sql.clone();
    count.push(&format!(
        "SELECT COUNT(*) FROM indicator_updates u JOIN indicators i ON i.id = u.indicator_id \
         LEFT JOIN members m ON m.id = u.member_id WHERE {where_clause}"
    ));
    let (total,): (i64,) = db.fetch_one(count).await?;
    let limit = sql.param(i64::try_from(per_page).unwrap_or(50));
    let offset = sql.param(i64::try_from(page.saturating_sub(1) * per_page).unwrap_or(0));
    sql.push(&format!(
        "{SUMMARY_SELECT} WHERE {where_clause} ORDER BY u.updated_at DESC, u.id DESC LIMIT {limit} OFFSET {offset}"
    ));
    let items = db.fetch_all(sql).await?;
    Ok(Paged { items, total: usize::try_from(total).unwrap_or(0), page, per_page })
}

async fn get_in(tx: &mut Tx, id: i64) -> Result<Update> {
    let summary: UpdateSummary = tx
        .fetch_optional(Sql::new(format!("{SUMMARY_SELECT} WHERE u.id = $1")).bind(id))
        .await?
        .ok_or(StoreError::NotFound)?;
    let parts: Vec<(String, String, i64, Option<i64>)> = tx
        .fetch_all(
            Sql::new(
                "SELECT dimension, category, numerator, denominator FROM indicator_update_values \
                 WHERE update_id = $1 ORDER BY dimension, category",
            )
            .bind(id),
        )
        .await?;
    let history = tx
        .fetch_all(
            Sql::new(
                "SELECT at, from_status, to_status, actor, note FROM indicator_update_changes \
                 WHERE update_id = $1 ORDER BY id",
            )
            .bind(id),
        )
        .await?;
    Ok(Update {
        summary,
        parts: parts.into_iter().map(|(d, c, n, den)| (format!("{d}={c}"), n, den)).collect(),
        history,
    })
}

pub async fn get(db: &Db, id: i64) -> Result<Update> {
    let mut tx = db.begin_read().await?;
    let update = get_in(&mut tx, id).await?;
    tx.commit().await?;
    Ok(update)
}

/// Refuses anything on a locked period.
async fn check_unlocked(tx: &mut Tx, plan_id: i64, period: i64) -> Result<()> {
    let locked: Option<(i64,)> = tx
        .fetch_optional(
            Sql::new("SELECT period FROM period_locks WHERE plan_id = $1 AND period = $2").bind(plan_id).bind(period),
        )
        .await?;
    if locked.is_some() { Err(StoreError::invalid("period", "period_locked")) } else { Ok(()) }
}

/// Checks `input` against its indicator and the reporter's rights; returns the member id.
async fn check(
    tx: &mut Tx,
    plan: &Framework,
    indicator: &Indicator,
    input: &UpdateInput,
    by: Reporter<'_>,
) -> Result<Option<i64>> {
    if indicator.source != IndicatorSource::Reported {
        return Err(StoreError::invalid("indicator", "indicator_not_reported"));
    }
    if input.period < plan.plan.first_year || input.period > plan.plan.last_year {
        return Err(StoreError::invalid("period", "period_outside_plan"));
    }
    check_unlocked(tx, plan.plan.id, input.period).await?;
    let member = input.member.as_ref().map(|m| m.to_string());
    match (by, &member) {
        (Reporter::Member(own), Some(m)) if own != m => return Err(StoreError::NotFound),
        (Reporter::Member(_), None) => return Err(StoreError::invalid("indicator", "indicator_not_member_level")),
        _ => {}
    }
    let Some(member) = member else { return Ok(None) };
    let row: Option<(i64,)> =
        tx.fetch_optional(Sql::new("SELECT id FROM members WHERE alpha2 = $1").bind(member.as_str())).await?;
    row.map(|(id,)| Some(id)).ok_or_else(|| StoreError::invalid("member", "unknown_member"))
}

async fn write_parts(tx: &mut Tx, id: i64, input: &UpdateInput) -> Result<()> {
    tx.execute(Sql::new("DELETE FROM indicator_update_values WHERE update_id = $1").bind(id)).await?;
    for (selector, numerator, denominator) in &input.parts {
        tx.execute(
            Sql::new(
                "INSERT INTO indicator_update_values (update_id, dimension, category, numerator, denominator) \
                 VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(id)
            .bind(selector.dimension.as_str())
            .bind(selector.category)
            .bind(*numerator)
            .bind(*denominator),
        )
        .await?;
    }
    Ok(())
}

async fn record_step(
    tx: &mut Tx,
    actor: &Actor,
    id: i64,
    from: Option<UpdateStatus>,
    to: UpdateStatus,
    note: Option<&str>,
) -> Result<()> {
    tx.execute(
        Sql::new(
            "INSERT INTO indicator_update_changes (update_id, at, from_status, to_status, actor_id, actor, note) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(id)
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

async fn audit_update(tx: &mut Tx, actor: &Actor, action: &str, id: i64) -> Result<()> {
    let after = serde_json::to_value(get_in(tx, id).await?).unwrap_or(serde_json::Value::Null);
    audit::record(
        tx,
        actor,
        Change {
            action,
            record_type: "indicator_update",
            record_key: &id.to_string(),
            before: None,
            after: Some(after),
        },
    )
    .await
}

/// Records a new update, as a draft or already submitted.
pub async fn create(
    db: &Db,
    actor: &Actor,
    plan: &Framework,
    input: &UpdateInput,
    by: Reporter<'_>,
    submit: bool,
) -> Result<i64> {
    let mut tx = db.begin().await?;
    let status = if submit { UpdateStatus::Submitted } else { UpdateStatus::Draft };
    let id = create_in(&mut tx, actor, plan, input, by, status).await?;
    tx.commit().await?;
    Ok(id)
}

async fn create_in(
    tx: &mut Tx,
    actor: &Actor,
    plan: &Framework,
    input: &UpdateInput,
    by: Reporter<'_>,
    status: UpdateStatus,
) -> Result<i64> {
    let indicator =
        plan.indicator(&input.indicator).ok_or_else(|| StoreError::invalid("indicator", "unknown_indicator"))?;
    let member_id = check(tx, plan, indicator, input, by).await?;
    let at = now();
    let (id,): (i64,) = tx
        .fetch_one(
            Sql::new(
                "INSERT INTO indicator_updates (indicator_id, period, member_id, numerator, denominator, yes, narrative, \
                 evidence_url, status, created_by, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11) RETURNING id",
            )
            .bind(indicator.id)
            .bind(input.period)
            .bind(member_id)
            .bind(input.numerator)
            .bind(input.denominator)
            .bind(input.yes)
            .bind(input.narrative.clone())
            .bind(input.evidence_url.clone())
            .bind(status.as_str())
            .bind(actor.user_id)
            .bind(at),
        )
        .await?;
    write_parts(tx, id, input).await?;
    record_step(tx, actor, id, None, status, None).await?;
    audit_update(tx, actor, "indicator_update.create", id).await?;
    Ok(id)
}

/// Records imported updates (staff), all or none: submitted for review, or approved at
/// once when `approve`. A row the store refuses is reported with its position in
/// `inputs` (from 0) and nothing is written.
pub async fn import(
    db: &Db,
    actor: &Actor,
    plan: &Framework,
    inputs: &[UpdateInput],
    approve: bool,
) -> std::result::Result<usize, (usize, StoreError)> {
    let mut tx = db.begin().await.map_err(|e| (0, e))?;
    for (index, input) in inputs.iter().enumerate() {
        let id = create_in(&mut tx, actor, plan, input, Reporter::Staff, UpdateStatus::Submitted)
            .await
            .map_err(|e| (index, e))?;
        if approve {
            transition_in(&mut tx, actor, id, UpdateStatus::Approved, None, Reporter::Staff)
                .await
                .map_err(|e| (index, e))?;
        }
    }
    tx.commit().await.map_err(|e| (0, e))?;
    Ok(inputs.len())
}

/// The update `id` if `by` may see it.
async fn owned(tx: &mut Tx, id: i64, by: Reporter<'_>) -> Result<(UpdateSummary, i64)> {
    let update = get_in(tx, id).await?.summary;
    if let Reporter::Member(own) = by
        && update.member.as_deref() != Some(own)
    {
        return Err(StoreError::NotFound);
    }
    let (plan_id,): (i64,) = tx
        .fetch_one(
            Sql::new(
                "SELECT i.plan_id FROM indicator_updates u JOIN indicators i ON i.id = u.indicator_id WHERE u.id = $1",
            )
            .bind(id),
        )
        .await?;
    check_unlocked(tx, plan_id, update.period).await?;
    Ok((update, plan_id))
}

/// Changes a draft or returned update; `submit` sends it for review.
pub async fn edit(
    db: &Db,
    actor: &Actor,
    plan: &Framework,
    id: i64,
    input: &UpdateInput,
    by: Reporter<'_>,
    submit: bool,
) -> Result<()> {
    let mut tx = db.begin().await?;
    let (before, _) = owned(&mut tx, id, by).await?;
    if !before.status().editable() {
        return Err(StoreError::invalid("status", "update_not_editable"));
    }
    if before.indicator != input.indicator
        || before.period != input.period
        || before.member != input.member.as_ref().map(|m| m.to_string())
    {
        return Err(StoreError::invalid("indicator", "update_key_cannot_change"));
    }
    let indicator = plan.indicator(&input.indicator).ok_or(StoreError::NotFound)?;
    check(&mut tx, plan, indicator, input, by).await?;
    let status = if submit { UpdateStatus::Submitted } else { before.status() };
    tx.execute(
        Sql::new(
            "UPDATE indicator_updates SET numerator = $2, denominator = $3, yes = $4, narrative = $5, evidence_url = $6, \
             status = $7, updated_at = $8 WHERE id = $1",
        )
        .bind(id)
        .bind(input.numerator)
        .bind(input.denominator)
        .bind(input.yes)
        .bind(input.narrative.clone())
        .bind(input.evidence_url.clone())
        .bind(status.as_str())
        .bind(now()),
    )
    .await?;
    write_parts(&mut tx, id, input).await?;
    if status != before.status() {
        record_step(&mut tx, actor, id, Some(before.status()), status, None).await?;
    }
    audit_update(&mut tx, actor, "indicator_update.edit", id).await?;
    tx.commit().await?;
    Ok(())
}

/// Moves update `id` to `to`. Reviews (approve, return) are for staff; a return needs
/// its reason.
pub async fn transition(
    db: &Db,
    actor: &Actor,
    id: i64,
    to: UpdateStatus,
    reason: Option<&str>,
    by: Reporter<'_>,
) -> Result<()> {
    let mut tx = db.begin().await?;
    transition_in(&mut tx, actor, id, to, reason, by).await?;
    tx.commit().await?;
    Ok(())
}

/// The longest reason a return may give.
pub const MAX_REASON_CHARS: usize = 2_000;

async fn transition_in(
    tx: &mut Tx,
    actor: &Actor,
    id: i64,
    to: UpdateStatus,
    reason: Option<&str>,
    by: Reporter<'_>,
) -> Result<()> {
    let (before, _) = owned(tx, id, by).await?;
    let from = before.status();
    if !from.can_move_to(to) {
        return Err(StoreError::invalid("status", "invalid_transition"));
    }
    if matches!(to, UpdateStatus::Approved | UpdateStatus::Returned) && by != Reporter::Staff {
        return Err(StoreError::NotFound);
    }
    let reason = reason.map(str::trim).filter(|r| !r.is_empty());
    if to == UpdateStatus::Returned && reason.is_none() {
        return Err(StoreError::invalid("reason", "reason_required"));
    }
    if reason.is_some_and(|r| r.chars().count() > MAX_REASON_CHARS) {
        return Err(StoreError::invalid("reason", "too_long"));
    }
    tx.execute(
        Sql::new("UPDATE indicator_updates SET status = $2, return_reason = $3, updated_at = $4 WHERE id = $1")
            .bind(id)
            .bind(to.as_str())
            .bind(if to == UpdateStatus::Returned { reason } else { None })
            .bind(now()),
    )
    .await?;
    record_step(tx, actor, id, Some(from), to, reason).await?;
    audit_update(tx, actor, &format!("indicator_update.{}", to.as_str()), id).await?;
    Ok(())
}

/// Approves every submitted update among `ids` in one transaction; returns how many.
/// Updates not awaiting review, or in a locked period, are left as they are.
pub async fn approve_many(db: &Db, actor: &Actor, ids: &[i64]) -> Result<usize> {
    let mut tx = db.begin().await?;
    let mut approved = 0;
    for id in ids {
        match transition_in(&mut tx, actor, *id, UpdateStatus::Approved, None, Reporter::Staff).await {
            Ok(()) => approved += 1,
            Err(StoreError::Invalid(_) | StoreError::NotFound) => {}
            Err(e) => return Err(e),
        }
    }
    tx.commit().await?;
    Ok(approved)
}

/// The periods of plan `plan_id` that are locked.
pub async fn locked_periods(db: &Db, plan_id: i64) -> Result<Vec<i64>> {
    let rows: Vec<(i64,)> = db
        .fetch_all(Sql::new("SELECT period FROM period_locks WHERE plan_id = $1 ORDER BY period").bind(plan_id))
        .await?;
    Ok(rows.into_iter().map(|(p,)| p).collect())
}

/// Locks (or unlocks) `periods` of plan `plan_id` together.
pub async fn set_locks(db: &Db, actor: &Actor, plan: &Framework, periods: &[i64], locked: bool) -> Result<()> {
    if periods.iter().any(|p| *p < plan.plan.first_year || *p > plan.plan.last_year) {
        return Err(StoreError::invalid("periods", "period_outside_plan"));
    }
    let mut tx = db.begin().await?;
    for period in periods {
        tx.execute(
            Sql::new("DELETE FROM period_locks WHERE plan_id = $1 AND period = $2").bind(plan.plan.id).bind(*period),
        )
        .await?;
        if locked {
            tx.execute(
                Sql::new("INSERT INTO period_locks (plan_id, period, locked_at, locked_by) VALUES ($1, $2, $3, $4)")
                    .bind(plan.plan.id)
                    .bind(*period)
                    .bind(now())
                    .bind(actor.user_id),
            )
            .await?;
        }
    }
    let action = if locked { "plan.periods.lock" } else { "plan.periods.unlock" };
    let after = serde_json::json!({ "periods": periods });
    audit::record(
        &mut tx,
        actor,
        Change { action, record_type: "plan", record_key: &plan.plan.code, before: None, after: Some(after) },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The current approved updates behind one reported figure: indicator `indicator`,
/// `period`, optionally one member.
pub async fn approved_behind(
    db: &Db,
    indicator: &Indicator,
    period: i64,
    member: Option<&str>,
) -> Result<Vec<UpdateSummary>> {
    let mut sql = Sql::new(format!(
        "{SUMMARY_SELECT} WHERE u.indicator_id = $1 AND u.period = $2 AND u.status = 'approved' \
         AND u.id = (SELECT MAX(l.id) FROM indicator_updates l WHERE l.indicator_id = u.indicator_id \
         AND l.period = u.period AND COALESCE(l.member_id, 0) = COALESCE(u.member_id, 0) AND l.status = 'approved')"
    ))
    .bind(indicator.id)
    .bind(period);
    if let Some(member) = member {
        let p = sql.param(member);
        sql.push(&format!(" AND m.alpha2 = {p}"));
    }
    sql.push(" ORDER BY m.alpha2, u.id");
    db.fetch_all(sql).await
}
