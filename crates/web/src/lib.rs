//! apdc's web application: the public site, the staff and member pages, and the JSON API.
//!
//! [`router`] builds the whole application from the [`routes`] table, which also declares
//! who may use each route; [`serve`] runs it on a listener until shutdown. Pages are
//! rendered on the server from auto-escaping templates and work without JavaScript.

pub mod admin;
pub mod api;
pub mod assets;
pub mod auth;
pub mod config;
pub mod error;
pub mod form;
pub mod i18n;
pub mod middleware;
pub mod page;
pub mod portal;
pub mod routes;
pub mod site;
pub mod state;

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
    let app = router(state).into_make_service_with_connect_info::<std::net::SocketAddr>();
    axum::serve(listener, app).with_graceful_shutdown(shutdown).await
}
