//! The application state shared by every request.

use crate::config::WebConfig;
use apdc_store::Db;
use apdc_store::sessions::Sessions;
use std::collections::HashMap;
use std::sync::Arc;

/// A country's names in the reference data's languages, and its M49 region.
#[derive(Debug, Clone)]
pub struct CountryInfo {
    pub names: apdc_store::members::CountryNames,
    pub region: Option<String>,
}

/// A cheap handle on everything handlers need.
#[derive(Clone)]
pub struct AppState {
    inner: Arc<Inner>,
}

struct Inner {
    db: Db,
    sessions: Sessions,
    config: WebConfig,
    /// Reference data changes only with a new release of the data, so it is read once.
    countries: HashMap<String, CountryInfo>,
    cache: crate::cache::PageCache,
    /// Reads that pages share, kept while the data is unchanged (see `reads.rs`).
    memo: crate::memo::Memo,
}

impl AppState {
    /// Prepares the state; creates the session table if needed.
    pub async fn new(db: Db, config: WebConfig) -> Result<Self, apdc_store::StoreError> {
        let sessions = Sessions::open(&db).await.map_err(|e| apdc_store::StoreError::Config(e.to_string()))?;
        let countries = apdc_store::reference::countries(&db)
            .await?
            .into_iter()
            .map(|c| {
                let names = apdc_store::members::CountryNames {
                    en: c.name_en,
                    fr: c.name_fr,
                    es: c.name_es,
                    ar: c.name_ar,
                    ru: c.name_ru,
                };
                (c.alpha2, CountryInfo { names, region: c.m49_region })
            })
            .collect();
        Ok(Self {
            inner: Arc::new(Inner {
                db,
                sessions,
                config,
                countries,
                cache: Default::default(),
                memo: Default::default(),
            }),
        })
    }

    pub fn db(&self) -> &Db {
        &self.inner.db
    }

    pub fn sessions(&self) -> &Sessions {
        &self.inner.sessions
    }

    /// The name of country `alpha2` in `language` (the code itself if unknown).
    pub fn country_name(&self, alpha2: &str, language: &str) -> String {
        self.inner.countries.get(alpha2).map_or_else(|| alpha2.to_owned(), |c| c.names.get(language).to_owned())
    }

    pub fn country(&self, alpha2: &str) -> Option<&CountryInfo> {
        self.inner.countries.get(alpha2)
    }

    /// Every country code with its name in `language`, sorted by that name.
    pub fn countries_by_name(&self, language: &str) -> Vec<(String, String)> {
        let mut all: Vec<(String, String)> =
            self.inner.countries.iter().map(|(code, c)| (code.clone(), c.names.get(language).to_owned())).collect();
        all.sort_by_cached_key(|(_, name)| apdc_store::members::sort_key(name));
        all
    }

    /// Reads kept while the data is unchanged.
    pub fn memo(&self) -> &crate::memo::Memo {
        &self.inner.memo
    }

    /// The response cache of public pages.
    pub fn cache(&self) -> &crate::cache::PageCache {
        &self.inner.cache
    }

    pub fn config(&self) -> &WebConfig {
        &self.inner.config
    }
}
