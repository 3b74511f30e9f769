//! API tokens: long random secrets that let a program act as the account that created
//! them. Only a SHA-256 digest is stored; the token is shown once, when created.

use crate::audit::{self, Actor, Change};
use crate::db::Sql;
use crate::error::{Result, StoreError};
use crate::users::User;
use crate::{Db, now};
use serde::Serialize;

/// A token as listed to its owner (never the secret itself).
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Token {
    pub id: i64,
    pub name: String,
    pub created_at: i64,
    pub last_used_at: Option<i64>,
    pub revoked_at: Option<i64>,
}

/// The user's tokens, newest first.
pub async fn of_user(db: &Db, user_id: i64) -> Result<Vec<Token>> {
    db.fetch_all(
        Sql::new(
            "SELECT id, name, created_at, last_used_at, revoked_at FROM api_tokens WHERE user_id = $1 ORDER BY id DESC",
        )
        .bind(user_id),
    )
    .await
}

/// Stores a new token given by its digest.
pub async fn create(db: &Db, actor: &Actor, user_id: i64, name: &str, digest: &str) -> Result<Token> {
    let mut tx = db.begin().await?;
    let (id,): (i64,) = tx
        .fetch_one(
            Sql::new(
                "INSERT INTO api_tokens (user_id, name, token_hash, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
            )
            .bind(user_id)
            .bind(name)
            .bind(digest)
            .bind(now()),
        )
        .await?;
    let key = user_id.to_string();
    let change = Change {
        action: "user.token.create",
        record_type: "user",
        record_key: &key,
        before: None,
        after: Some(serde_json::json!({"token": name})),
    };
    audit::record(&mut tx, actor, change).await?;
    let token: Token = tx
        .fetch_one(
            Sql::new("SELECT id, name, created_at, last_used_at, revoked_at FROM api_tokens WHERE id = $1").bind(id),
        )
        .await?;
    tx.commit().await?;
    Ok(token)
}

/// Revokes one of the user's tokens.
pub async fn revoke(db: &Db, actor: &Actor, user_id: i64, token_id: i64) -> Result<()> {
    let mut tx = db.begin().await?;
    let found: Option<(String,)> = tx
        .fetch_optional(
            Sql::new("SELECT name FROM api_tokens WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL")
                .bind(token_id)
                .bind(user_id),
        )
        .await?;
    let Some((name,)) = found else { return Err(StoreError::NotFound) };
    tx.execute(Sql::new("UPDATE api_tokens SET revoked_at = $2 WHERE id = $1").bind(token_id).bind(now())).await?;
    let key = user_id.to_string();
    let change = Change {
        action: "user.token.revoke",
        record_type: "user",
        record_key: &key,
        before: Some(serde_json::json!({"token": name})),
        after: None,
    };
    audit::record(&mut tx, actor, change).await?;
    tx.commit().await
}

/// The active account owning the unrevoked token with this digest; notes its use.
pub async fn authenticate(db: &Db, digest: &str) -> Result<Option<User>> {
    let found: Option<(i64, i64)> = db
        .fetch_optional(
            Sql::new("SELECT id, user_id FROM api_tokens WHERE token_hash = $1 AND revoked_at IS NULL").bind(digest),
        )
        .await?;
    let Some((token_id, user_id)) = found else { return Ok(None) };
    let user = crate::users::get(db, user_id).await?.filter(|u| u.active);
    if user.is_some() {
        // Recording the last use at minute precision keeps writes rare under heavy use.
        let at = now();
        db.execute(
            Sql::new(
                "UPDATE api_tokens SET last_used_at = $2 WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < $3)",
            )
            .bind(token_id)
            .bind(at)
            .bind(at - 60),
        )
        .await?;
    }
    Ok(user)
}
