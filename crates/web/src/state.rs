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
    /// The public project list's filter choices, with the database write counter they
    /// were computed at: they change only when data does.
    public_facets: std::sync::Mutex<Option<(u64, Arc<apdc_store::projects::Facets>)>>,
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
                public_facets: Default::default(),
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

    /// The public project list's filter choices, computed again only after a write.
    pub async fn public_facets(&self) -> Result<Arc<apdc_store::projects::Facets>, apdc_store::StoreError> {
        let version = self.db().version();
        if let Ok(guard) = self.inner.public_facets.lock()
            && let Some((at, facets)) = guard.as_ref()
            && *at == version
        {
            return Ok(facets.clone());
        }
        let facets = Arc::new(apdc_store::projects::facets(self.db(), true).await?);
        if let Ok(mut guard) = self.inner.public_facets.lock() {
            *guard = Some((version, facets.clone()));
        }
        Ok(facets)
    }

    /// The response cache of public pages.
    pub fn cache(&self) -> &crate::cache::PageCache {
        &self.inner.cache
    }

    pub fn config(&self) -> &WebConfig {
        &self.inner.config
    }
}
