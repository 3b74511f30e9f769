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
pub mod images;
pub mod memo;
pub mod middleware;
pub mod page;
pub mod portal;
pub mod reads;
pub mod refresh;
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
    let results = tokio::spawn(refresh::keep_results_current(state.clone(), refresh::instance_id()));
    let served = server::run(listener, router(state), timeouts, shutdown).await;
    housekeeping.abort();
    results.abort();
    served
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
