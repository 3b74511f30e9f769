//! Keeping computed indicator values current in the background, one instance at a time.
//!
//! Every instance runs the refresher; when several share one database, the job's lease
//! ([`apdc_store::leases`]) lets one compute while the others skip, so a large programme
//! is never counted by every instance at once. The lease avoids duplicated work, not
//! wrong figures: each plan's values are replaced in one transaction, so two
//! computations at once would each leave a whole set of figures. That is also why a
//! staff member's "compute now" (one plan, someone waiting for it) does not take the
//! lease: it never waits behind a background computation.

use crate::state::AppState;
use apdc_store::{Db, StoreError, indicator_values, leases};
use std::time::Duration;

/// The lease's name in `job_leases`.
pub const LEASE: &str = "indicator-values";
/// How long the lease lasts without renewal: how long a computation by an instance that
/// died keeps the others waiting.
const LEASE_SECS: i64 = 60;
/// How often the holder renews the lease while it computes.
const RENEW_SECS: u64 = 20;

/// How often the results refresher looks for changed delivery data.
const RESULTS_CHECK_SECS: u64 = 20;
/// Computed figures are made again at least this often even without a local write, for
/// changes made through another instance sharing the database.
const RESULTS_MAX_AGE_SECS: u64 = 15 * 60;
/// A computation waits at least this many times as long as the last one took, so that a
/// large programme under constant edits is not counted over and over.
const RESULTS_PAUSE_FACTOR: u32 = 10;

/// A name for this process as a lease holder: random, so that no two instances share it
/// (process ids repeat across machines), with the process id to find it in logs.
pub fn instance_id() -> String {
    format!("pid{}-{}", std::process::id(), &uuid::Uuid::new_v4().simple().to_string()[..12])
}

/// Keeps computed indicator values current: after writes through this instance (checked
/// every few seconds, so a burst of writes leads to one computation, and spaced by ten
/// times the last computation's duration), and every quarter of an hour for writes made
/// elsewhere. A check that finds another instance computing is skipped and tried again
/// at the next one. Staff can also compute a plan on demand.
pub async fn keep_results_current(state: AppState, holder: String) {
    let mut seen: Option<u64> = None;
    let mut last = std::time::Instant::now();
    let mut pause = Duration::ZERO;
    let mut every = tokio::time::interval(Duration::from_secs(RESULTS_CHECK_SECS));
    loop {
        every.tick().await;
        let version = state.db().version();
        let stale = last.elapsed().as_secs() >= RESULTS_MAX_AGE_SECS;
        if (seen == Some(version) && !stale) || (seen.is_some() && last.elapsed() < pause) {
            continue;
        }
        let started = std::time::Instant::now();
        // The computation's own writes (one per plan) are not changes of delivery data;
        // anything else written meanwhile shows as a newer version at the next check.
        seen = match compute_under_lease(state.db(), &holder).await {
            Ok(Some((plans, _))) => Some(version + plans as u64),
            Ok(None) => {
                match leases::current(state.db(), LEASE).await {
                    Ok(Some(other)) => tracing::info!(
                        %holder, other = %other.holder, until = other.expires_at,
                        "computing indicator values skipped: another instance holds the lease"
                    ),
                    Ok(None) => tracing::info!(%holder, "computing indicator values skipped: the lease was busy"),
                    Err(error) => tracing::warn!(%error, "reading the indicator values lease failed"),
                }
                // Not computed here, so not up to date for this instance: the next check
                // tries again (the other instance may have started before our writes).
                continue;
            }
            Err(error) => {
                tracing::warn!(%error, %holder, "computing indicator values failed");
                Some(version)
            }
        };
        pause = started.elapsed() * RESULTS_PAUSE_FACTOR;
        last = std::time::Instant::now();
    }
}

/// Computes every plan's indicators if `holder` can take the lease, renewing it while
/// the computation lasts and releasing it after; `None` when another instance holds it.
pub async fn compute_under_lease(db: &Db, holder: &str) -> Result<Option<(usize, usize)>, StoreError> {
    if !leases::try_acquire(db, LEASE, holder, LEASE_SECS).await? {
        return Ok(None);
    }
    tracing::info!(%holder, "computing indicator values");
    let started = std::time::Instant::now();
    let computing = indicator_values::compute_all(db);
    tokio::pin!(computing);
    let period = Duration::from_secs(RENEW_SECS);
    let mut renew = tokio::time::interval_at(tokio::time::Instant::now() + period, period);
    // Renewing in the same task as the computation: once it is done, no renewal is under
    // way that could take the lease again after the release below.
    let computed = loop {
        tokio::select! {
            computed = &mut computing => break computed,
            _ = renew.tick() => match leases::try_acquire(db, LEASE, holder, LEASE_SECS).await {
                Ok(true) => {}
                Ok(false) => tracing::warn!(%holder, "the indicator values lease ran out during the computation"),
                Err(error) => tracing::warn!(%error, "renewing the indicator values lease failed"),
            },
        }
    };
    // Logged before the release, so that in the logs of several instances one's
    // computation always ends before the next one's begins.
    if let Ok((plans, indicators)) = &computed {
        let elapsed_ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
        tracing::info!(plans, indicators, elapsed_ms, %holder, "computed indicator values");
    }
    if let Err(error) = leases::release(db, LEASE, holder).await {
        tracing::warn!(%error, "releasing the indicator values lease failed; it expires by itself");
    }
    computed.map(Some)
}
