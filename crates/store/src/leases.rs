//! Leases on background jobs, so that instances sharing one database take turns.
//!
//! A lease is one row of `job_leases`: the job's name, who holds it and until when. It is
//! taken (or renewed by its holder) with one atomic upsert that succeeds only if the row
//! is absent, expired or already the caller's; both engines decide that under the row's
//! lock, so two instances asking at once never both succeed. A holder that stops without
//! releasing (killed, disconnected) blocks the job only until the lease expires.
//!
//! Expiry is compared with the asking instance's clock: the time to live must be far
//! longer than clocks differ between machines (NTP keeps that under a second).
//!
//! Leases are statements read through `fetch_*`: they are not data any page shows, so
//! taking or releasing one does not count as a write (which would empty the response
//! cache and make the results refresher think delivery data changed).

use crate::db::{Db, Sql};
use crate::error::Result;

/// Takes the lease `name` for `holder` until `ttl_secs` from now, or extends it if
/// `holder` has it already. False when another holder's lease has not expired.
pub async fn try_acquire(db: &Db, name: &str, holder: &str, ttl_secs: i64) -> Result<bool> {
    let now = crate::now();
    let taken: Option<(String,)> = db
        .fetch_optional(
            Sql::new(
                "INSERT INTO job_leases (name, holder, expires_at) VALUES ($1, $2, $3) \
                 ON CONFLICT (name) DO UPDATE SET holder = $2, expires_at = $3 \
                 WHERE job_leases.expires_at < $4 OR job_leases.holder = $2 \
                 RETURNING holder",
            )
            .bind(name)
            .bind(holder)
            .bind(now + ttl_secs)
            .bind(now),
        )
        .await?;
    Ok(taken.is_some())
}

/// Gives the lease `name` up if `holder` has it; true if it did.
pub async fn release(db: &Db, name: &str, holder: &str) -> Result<bool> {
    let released: Option<(String,)> = db
        .fetch_optional(
            Sql::new("DELETE FROM job_leases WHERE name = $1 AND holder = $2 RETURNING name").bind(name).bind(holder),
        )
        .await?;
    Ok(released.is_some())
}

/// A lease as stored.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Lease {
    pub holder: String,
    /// Unix seconds.
    pub expires_at: i64,
}

/// Who holds the lease `name` and until when, if anyone ever took it and did not release
/// it (the lease may have expired).
pub async fn current(db: &Db, name: &str) -> Result<Option<Lease>> {
    db.fetch_optional(Sql::new("SELECT holder, expires_at FROM job_leases WHERE name = $1").bind(name)).await
}
