//! The audit trail: who changed which record, when, from what to what.
//!
//! Entries are written inside the transaction of the change they describe, so a change
//! and its entry are committed (or lost) together.

use crate::db::{Sql, Tx};
use crate::error::Result;
use crate::{Db, now};
use serde::Serialize;

/// Who is making a change.
#[derive(Debug, Clone)]
pub struct Actor {
    /// The signed-in account, if any (`None` for the command line and the seeder).
    pub user_id: Option<i64>,
    /// A readable name kept even if the account is later removed.
    pub label: String,
    /// The HTTP request that caused the change, to join logs and audit.
    pub request_id: Option<String>,
}

impl Actor {
    /// The command line or another process acting without an account.
    pub fn system(label: &str) -> Self {
        Self { user_id: None, label: label.to_owned(), request_id: None }
    }
}

/// One change to record.
pub struct Change<'a> {
    pub action: &'a str,
    pub record_type: &'a str,
    pub record_key: &'a str,
    pub before: Option<serde_json::Value>,
    pub after: Option<serde_json::Value>,
}

/// Records `change` by `actor` inside `tx`.
pub async fn record(tx: &mut Tx, actor: &Actor, change: Change<'_>) -> Result<()> {
    let before = change.before.map(|v| v.to_string());
    let after = change.after.map(|v| v.to_string());
    tx.execute(
        Sql::new(
            "INSERT INTO audit_log (at, actor_id, actor, action, record_type, record_key, before_json, after_json, request_id) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        )
        .bind(now())
        .bind(actor.user_id)
        .bind(actor.label.as_str())
        .bind(change.action)
        .bind(change.record_type)
        .bind(change.record_key)
        .bind(before)
        .bind(after)
        .bind(actor.request_id.clone()),
    )
    .await?;
    Ok(())
}

/// A stored audit entry.
#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Entry {
    pub id: i64,
    pub at: i64,
    pub actor: String,
    pub action: String,
    pub record_type: String,
    pub record_key: String,
    pub before_json: Option<String>,
    pub after_json: Option<String>,
    pub request_id: Option<String>,
}

impl Entry {
    /// The fields whose value differs between before and after, with both values as
    /// display text, in the order the after-record lists them.
    pub fn changed_fields(&self) -> Vec<(String, String, String)> {
        let parse = |s: &Option<String>| {
            s.as_deref()
                .and_then(|t| serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(t).ok())
                .unwrap_or_default()
        };
        let before = parse(&self.before_json);
        let after = parse(&self.after_json);
        let mut keys: Vec<&String> = after.keys().collect();
        keys.extend(before.keys().filter(|k| !after.contains_key(*k)));
        keys.into_iter()
            .filter(|k| before.get(*k) != after.get(*k))
            .map(|k| (k.clone(), display(before.get(k)), display(after.get(k))))
            .collect()
    }
}

fn display(value: Option<&serde_json::Value>) -> String {
    match value {
        None | Some(serde_json::Value::Null) => String::new(),
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    }
}

/// The trail of one record, newest first.
pub async fn for_record(db: &Db, record_type: &str, record_key: &str, limit: i64, offset: i64) -> Result<Vec<Entry>> {
    db.fetch_all(
        Sql::new(
            "SELECT id, at, actor, action, record_type, record_key, before_json, after_json, request_id \
             FROM audit_log WHERE record_type = $1 AND record_key = $2 ORDER BY id DESC LIMIT $3 OFFSET $4",
        )
        .bind(record_type)
        .bind(record_key)
        .bind(limit)
        .bind(offset),
    )
    .await
}

/// How many entries one record has.
pub async fn count_for_record(db: &Db, record_type: &str, record_key: &str) -> Result<i64> {
    let (n,): (i64,) = db
        .fetch_one(
            Sql::new("SELECT COUNT(*) FROM audit_log WHERE record_type = $1 AND record_key = $2")
                .bind(record_type)
                .bind(record_key),
        )
        .await?;
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changed_fields_lists_only_differences() {
        let entry = Entry {
            id: 1,
            at: 0,
            actor: "a".into(),
            action: "member.update".into(),
            record_type: "member".into(),
            record_key: "KE".into(),
            before_json: Some(r#"{"acronym":"KBS","name":"Kenya","developing":true}"#.into()),
            after_json: Some(
                r#"{"acronym":"KEBS","name":"Kenya","developing":true,"website":"https://kebs.org"}"#.into(),
            ),
            request_id: None,
        };
        assert_eq!(
            entry.changed_fields(),
            vec![
                ("acronym".into(), "KBS".into(), "KEBS".into()),
                ("website".into(), String::new(), "https://kebs.org".into()),
            ]
        );
    }
}
