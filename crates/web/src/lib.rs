//! apdc's web application: the public site, the staff and member pages, and the JSON API.
//!
//! [`router`] builds the whole application from the [`routes`] table, which also declares
//! who may use each route; [`serve`] runs it on a listener until shutdown. Pages are
//! rendered on the server from auto-escaping templates and work without JavaScript.

pub mod admin;
pub mod api;
pub mod assets;
pub mod auth;
pub mod cache;
pub mod charts;
pub mod config;
pub mod error;
pub mod form;
pub mod i18n;
pub mod memo;
pub mod middleware;
pub mod page;
pub mod portal;
pub mod reads;
pub mod reports;
pub mod results_view;
pub mod routes;
pub mod server;
pub mod site;
pub mod state;
pub mod text_guard;
pub mod uploads;
pub mod widgets;

pub use config::WebConfig;
pub use state::AppState;

use axum::Router;
use std::future::Future;
use tokio::net::TcpListener;

/// The whole application with its middleware.
pub fn router(state: AppState) -> Router {
    let mut app = Router::new();
    for route in routes::table() {
        app = app.route(route.spec.path, route.handler);
    }
    middleware::wrap(app.fallback(site::not_found).with_state(state.clone()), state)
}

/// Serves the application on `listener` until `shutdown` completes.
pub async fn serve(
    listener: TcpListener,
    state: AppState,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    serve_with(listener, state, server::Timeouts::default(), shutdown).await
}

/// As [`serve`], with other connection time limits.
pub async fn serve_with(
    listener: TcpListener,
    state: AppState,
    timeouts: server::Timeouts,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let housekeeping = tokio::spawn(housekeeping(state.clone()));
    let results = tokio::spawn(keep_results_current(state.clone()));
    let served = server::run(listener, router(state), timeouts, shutdown).await;
    housekeeping.abort();
    results.abort();
    served
}

/// How often the results refresher looks for changed delivery data.
const RESULTS_CHECK_SECS: u64 = 20;
/// Computed figures are made again at least this often even without a local write, for
/// changes made through another instance sharing the database.
const RESULTS_MAX_AGE_SECS: u64 = 15 * 60;
/// A computation waits at least this many times as long as the last one took, so that a
/// large programme under constant edits is not counted over and over.
const RESULTS_PAUSE_FACTOR: u32 = 10;

/// Keeps computed indicator values current: after writes through this instance (checked
/// every few seconds, so a burst of writes leads to one computation, and spaced by ten
/// times the last computation's duration), and every quarter of an hour for writes made
/// elsewhere. Staff can also compute a plan on demand.
async fn keep_results_current(state: AppState) {
    let mut seen: Option<u64> = None;
    let mut last = std::time::Instant::now();
    let mut pause = std::time::Duration::ZERO;
    let mut every = tokio::time::interval(std::time::Duration::from_secs(RESULTS_CHECK_SECS));
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
        seen = match apdc_store::indicator_values::compute_all(state.db()).await {
            Ok((plans, indicators)) => {
                let elapsed_ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
                tracing::info!(plans, indicators, elapsed_ms, "computed indicator values");
                Some(version + plans as u64)
            }
            Err(error) => {
                tracing::warn!(%error, "computing indicator values failed");
                Some(version)
            }
        };
        pause = started.elapsed() * RESULTS_PAUSE_FACTOR;
        last = std::time::Instant::now();
    }
}

/// How long a previewed import can wait to be applied.
const PENDING_IMPORT_SECS: i64 = 24 * 3600;

/// Hourly clean-up of what expires: sessions, old sign-in failures, stale import previews. Every instance
/// runs it; the deletes are idempotent, so instances need not coordinate.
async fn housekeeping(state: AppState) {
    use tower_sessions::session_store::ExpiredDeletion;
    let mut every_hour = tokio::time::interval(std::time::Duration::from_secs(3600));
    loop {
        every_hour.tick().await;
        if let Err(error) = state.sessions().delete_expired().await {
            tracing::warn!(%error, "deleting expired sessions failed");
        }
        let before = apdc_store::now() - auth::throttle::WINDOW_SECS;
        if let Err(error) = apdc_store::users::forget_login_failures_before(state.db(), before).await {
            tracing::warn!(%error, "deleting old sign-in failures failed");
        }
        let stale = apdc_store::now() - PENDING_IMPORT_SECS;
        if let Err(error) = apdc_store::imports::forget_pending_before(state.db(), stale).await {
            tracing::warn!(%error, "deleting stale import previews failed");
        }
        if let Err(error) = apdc_store::participant_imports::forget_pending_before(state.db(), stale).await {
            tracing::warn!(%error, "deleting stale participant import previews failed");
        }
    }
}
