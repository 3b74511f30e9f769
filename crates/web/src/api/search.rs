//! `/api/v1/search`: what the site's search finds, with the same parameters and results
//! as `/{lang}/search`. Drafts, reviews, scheduled stories not yet out and private
//! projects are never found.

use crate::api::contract::{ApiQuery, Kind, PAGE, PageSize, Param, QueryContract};
use crate::api::stories::LanguageQuery;
use crate::documented_query;
use crate::error::AppResult;
use crate::site::search::{SearchQuery, hit_path};
use crate::site::stories::{fresh_until, next_appearance};
use crate::state::AppState;
use apdc_search::{Query, QueryError, Snippets};
use apdc_store::search::{self, KINDS};
use axum::Json;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use utoipa::ToSchema;

impl QueryContract for SearchQuery {
    const PARAMS: &'static [Param] = &[
        Param {
            name: "q",
            description: "The words searched for, in any of the five languages (at most 500 characters).",
            kind: Kind::Text { max: apdc_search::query::MAX_CHARS },
        },
        Param { name: "kind", description: "Only results of this kind.", kind: Kind::Choice(|| KINDS.to_vec()) },
        PAGE,
    ];
}

documented_query!(SearchQuery);

/// A piece of a result's snippet; the words found are `marked`.
#[derive(Serialize, ToSchema)]
pub struct ApiSnippetPart {
    pub text: String,
    pub marked: bool,
}

/// One result.
#[derive(Serialize, ToSchema)]
pub struct ApiSearchHit {
    /// project, story, page or member.
    pub kind: String,
    /// The project code, story or page slug, or member country code.
    pub key: String,
    /// The language of the title and snippet.
    pub language: String,
    pub title: String,
    /// The passage where the words were found.
    pub snippet: Vec<ApiSnippetPart>,
    pub html_url: String,
}

/// A page of results.
#[derive(Serialize, ToSchema)]
pub struct SearchResultList {
    /// Why nothing was searched: search_no_words (only punctuation or one-letter
    /// words); absent otherwise.
    pub notice: Option<String>,
    pub items: Vec<ApiSearchHit>,
    /// At most 1 000: counting stops there (see `more`).
    pub total: usize,
    /// More results were found than `total` counts; only the first 1 000 can be paged
    /// through.
    pub more: bool,
    pub page: usize,
    pub per_page: usize,
    pub pages: usize,
}

/// Search projects, stories, pages and members; words are matched in every language,
/// whatever their inflection; results in titles come first, then the newest.
#[utoipa::path(
    get,
    path = "/api/v1/search",
    params(SearchQuery, LanguageQuery, PageSize),
    responses((status = 200, description = "A page of results", body = SearchResultList)),
    tag = "search"
)]
pub async fn search(
    State(state): State<AppState>,
    ApiQuery(query): ApiQuery<SearchQuery>,
    ApiQuery(language): ApiQuery<LanguageQuery>,
    ApiQuery(size): ApiQuery<PageSize>,
) -> AppResult<Response> {
    let kind = query.kind()?;
    let page = crate::error::page_number(&query.page)?;
    let lang = language.get();
    let mut list = SearchResultList {
        notice: None,
        items: Vec::new(),
        total: 0,
        more: false,
        page,
        per_page: size.get(),
        pages: 1,
    };
    match Query::parse(&query.q) {
        Err(QueryError::Empty) => {}
        Err(error) => list.notice = Some(error.code().to_owned()),
        Ok(words) => {
            let found = search::search(state.db(), &words, lang, kind, apdc_store::now(), page, size.get()).await?;
            list.total = found.hits.total;
            list.more = found.capped;
            list.pages = found.hits.pages();
            let mut snippets = Snippets::new(&words);
            list.items = found
                .hits
                .items
                .iter()
                .map(|hit| ApiSearchHit {
                    html_url: format!("/{lang}{}", hit_path(hit)),
                    snippet: snippets
                        .cut(&hit.body, &hit.language)
                        .into_iter()
                        .map(|s| ApiSnippetPart { text: s.text, marked: s.marked })
                        .collect(),
                    kind: hit.kind.clone(),
                    key: hit.record_key.clone(),
                    language: hit.language.clone(),
                    title: hit.title.clone(),
                })
                .collect();
        }
    }
    let until = next_appearance(&state).await?;
    Ok(fresh_until(Json(list).into_response(), until))
}
