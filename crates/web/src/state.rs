//! The application state shared by every request.

use crate::config::WebConfig;
use apdc_store::Db;
use apdc_store::sessions::Sessions;
use std::sync::Arc;

/// A cheap handle on everything handlers need.
#[derive(Clone)]
pub struct AppState {
    inner: Arc<Inner>,
}

struct Inner {
    db: Db,
    sessions: Sessions,
    config: WebConfig,
}

impl AppState {
    /// Prepares the state; creates the session table if needed.
    pub async fn new(db: Db, config: WebConfig) -> Result<Self, apdc_store::StoreError> {
        let sessions = Sessions::open(&db).await.map_err(|e| apdc_store::StoreError::Config(e.to_string()))?;
        Ok(Self { inner: Arc::new(Inner { db, sessions, config }) })
    }

    pub fn db(&self) -> &Db {
        &self.inner.db
    }

    pub fn sessions(&self) -> &Sessions {
        &self.inner.sessions
    }

    pub fn config(&self) -> &WebConfig {
        &self.inner.config
    }
}
