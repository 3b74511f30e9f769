//! `/{lang}/search`: projects, stories, pages and members found by the words a reader
//! types, in any of the five languages, titles first; each result shows the passage
//! where its words were found, marked. An empty query, one of punctuation only, or an
//! endless one gets the page with a sentence saying so, never an error.

use crate::error::{AppError, AppResult};
use crate::page::{Page, render};
use crate::site::stories::{foreign_attributes, fresh_until, next_appearance};
use crate::state::AppState;
use crate::widgets::{Pager, escape};
use apdc_search::{Query, QueryError, Snippets};
use apdc_store::search::{self, Hit, KINDS};

use askama::Template;
use axum::extract::{Query as UrlQuery, State};
use axum::response::Response;
use serde::Deserialize;

/// Results per page.
pub const PER_PAGE: usize = 20;

/// The page's query parameters; the API takes the same ones (`api::search`).
#[derive(Debug, Default, Deserialize, Clone)]
pub struct SearchQuery {
    /// The words searched for.
    #[serde(default)]
    pub q: String,
    /// `project`, `story`, `page` or `member`; empty for every kind.
    #[serde(default)]
    pub kind: String,
    /// Page number, from 1.
    #[serde(default)]
    pub page: String,
}

impl SearchQuery {
    /// The kind asked for, or an error naming the parameter.
    pub fn kind(&self) -> AppResult<Option<&'static str>> {
        if self.kind.is_empty() {
            return Ok(None);
        }
        KINDS
            .iter()
            .copied()
            .find(|k| *k == self.kind)
            .map(Some)
            .ok_or(AppError::BadRequest { code: "invalid_parameter", field: Some("kind") })
    }
}

/// The address of a hit's page, in `lang`.
pub fn hit_path(hit: &Hit) -> String {
    let section = match hit.kind.as_str() {
        "project" => "projects",
        "story" => "stories",
        "page" => "pages",
        _ => "members",
    };
    format!("/{section}/{}", hit.record_key)
}

/// The passage of a hit's text where the words were found, as HTML with `<mark>`.
pub fn snippet_html(hit: &Hit, snippets: &mut Snippets<'_>) -> String {
    snippets
        .cut(&hit.body, &hit.language)
        .iter()
        .map(|s| if s.marked { format!("<mark>{}</mark>", escape(&s.text)) } else { escape(&s.text) })
        .collect()
}

/// One result, ready to show.
pub struct SearchResult {
    pub href: String,
    pub title: String,
    pub kind: String,
    pub snippet: String,
    pub attributes: String,
}

#[derive(Template)]
#[template(path = "search.html")]
struct SearchPage {
    page: Page,
    query: SearchQuery,
    kind: Option<&'static str>,
    /// Why nothing was searched, when nothing was.
    notice: Option<String>,
    results: Vec<SearchResult>,
    total: usize,
    /// The total is a floor: more were found than are counted.
    capped: bool,
    pages: usize,
    current: usize,
}

impl SearchPage {
    fn kind_label(&self, kind: &str) -> String {
        self.page.t(&format!("search-kind-{kind}"))
    }

    fn kinds(&self) -> [&'static str; 4] {
        KINDS
    }

    fn is_kind(&self, kind: &str) -> bool {
        self.kind == Some(kind)
    }

    fn kind_href(&self, kind: &str) -> String {
        let pairs = [("q", self.query.q.as_str()), ("kind", kind)];
        format!("{}{}", self.page.href("/search"), crate::widgets::query_string(&pairs))
    }

    fn pager(&self) -> String {
        let base = self.page.href("/search");
        Pager::new(&self.page, self.current, self.pages).html(|n| {
            let page = n.to_string();
            let pairs = [("q", self.query.q.as_str()), ("kind", self.query.kind.as_str()), ("page", page.as_str())];
            format!("{base}{}", crate::widgets::query_string(&pairs))
        })
    }
}

/// `/{lang}/search?q=…&kind=…`
pub async fn search(
    State(state): State<AppState>,
    page: Page,
    UrlQuery(query): UrlQuery<SearchQuery>,
) -> AppResult<Response> {
    let kind = query.kind()?;
    let current = crate::error::page_number(&query.page)?;
    let title = page.t("search-title");
    let parsed = Query::parse(&query.q);
    let (notice, results, total, capped, pages) = match &parsed {
        Err(QueryError::Empty) => (None, Vec::new(), 0, false, 1),
        Err(error) => {
            let notice = page.t(&format!("search-notice-{}", error.code().replace('_', "-")));
            (Some(notice), Vec::new(), 0, false, 1)
        }
        Ok(words) => {
            let lang = page.lang.code();
            let found = search::search(state.db(), words, lang, kind, apdc_store::now(), current, PER_PAGE).await?;
            if current > found.hits.pages() {
                return Err(AppError::NotFound);
            }
            let mut snippets = Snippets::new(words);
            let results = found
                .hits
                .items
                .iter()
                .map(|hit| SearchResult {
                    href: page.href(&hit_path(hit)),
                    title: hit.title.clone(),
                    kind: hit.kind.clone(),
                    snippet: snippet_html(hit, &mut snippets),
                    attributes: foreign_attributes(&page, &hit.language),
                })
                .collect();
            (None, results, found.hits.total, found.capped, found.hits.pages())
        }
    };
    let page = if query.q.trim().is_empty() {
        page.titled(title)
    } else {
        let heading = page
            .lang
            .t_args("search-title-for", &[("query", crate::i18n::text(query.q.chars().take(80).collect::<String>()))]);
        page.titled(heading)
    };
    let until = next_appearance(&state).await?;
    let response = render(&SearchPage { page, query, kind, notice, results, total, capped, pages, current })?;
    Ok(fresh_until(response, until))
}
