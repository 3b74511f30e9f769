//! `/api/v1/pages`: the published pages staff write ("About the Action Plan", "Get
//! involved" for each audience, "How we work"), as readers see them, with their place
//! in the site's navigation. Drafts, reviews and revisions never appear here.

use crate::api::contract::{ApiQuery, PAGE, PageSize, Param, QueryContract};
use crate::api::stories::{ApiStoryText, LanguageQuery, text_of};
use crate::documented_query;
use crate::error::{AppError, AppResult};
use crate::site::stories::{fresh_until, next_appearance};
use crate::state::AppState;
use apdc_domain::content::{ContentKind, moment};
use apdc_store::contents::{self, PublicFilter};
use axum::Json;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// The page number of the list.
#[derive(Debug, Default, Deserialize)]
pub struct PagesQuery {
    #[serde(default)]
    pub page: String,
}

impl QueryContract for PagesQuery {
    const PARAMS: &'static [Param] = &[PAGE];
}

documented_query!(PagesQuery);

/// A page in a list.
#[derive(Serialize, ToSchema)]
pub struct ApiPageSummary {
    pub slug: String,
    pub source_language: String,
    /// RFC 3339, UTC.
    pub published_at: String,
    pub text: ApiStoryText,
    pub html_url: String,
}

/// One page of published pages.
#[derive(Serialize, ToSchema)]
pub struct PageList {
    pub items: Vec<ApiPageSummary>,
    pub total: usize,
    pub page: usize,
    pub per_page: usize,
    pub pages: usize,
}

/// One published page.
#[derive(Serialize, ToSchema)]
pub struct ApiPage {
    pub slug: String,
    pub source_language: String,
    /// RFC 3339, UTC.
    pub published_at: String,
    /// When the published text was last replaced; RFC 3339, UTC.
    pub updated_at: String,
    pub text: ApiStoryText,
    /// The body in CommonMark, as written.
    pub body: String,
    /// The body rendered as sanitised HTML.
    pub body_html: String,
    /// The picture at the head of the page, if any.
    pub image: Option<crate::api::stories::ApiImage>,
    /// The languages the page can be read in.
    pub languages: Vec<String>,
    /// Where the site shows a link to it: header, footer or get_involved; absent when
    /// it is reached only by its address.
    pub placement: Option<String>,
    /// Its order among the pages of the same placement (1 first).
    pub position: Option<i64>,
    pub html_url: String,
}

/// List published pages, newest first.
#[utoipa::path(
    get,
    path = "/api/v1/pages",
    params(PagesQuery, LanguageQuery, PageSize),
    responses((status = 200, description = "A page of published pages", body = PageList)),
    tag = "pages"
)]
pub async fn list(
    State(state): State<AppState>,
    ApiQuery(query): ApiQuery<PagesQuery>,
    ApiQuery(language): ApiQuery<LanguageQuery>,
    ApiQuery(size): ApiQuery<PageSize>,
) -> AppResult<Response> {
    let page = crate::error::page_number(&query.page)?;
    let lang = language.get();
    let filter = PublicFilter::default();
    let result =
        contents::public_list(state.db(), ContentKind::Page, &filter, lang, apdc_store::now(), page, size.get())
            .await?;
    let list = PageList {
        total: result.total,
        page: result.page,
        per_page: result.per_page,
        pages: result.pages(),
        items: result
            .items
            .into_iter()
            .map(|s| ApiPageSummary {
                html_url: format!("/{lang}/pages/{}", s.slug),
                text: text_of(&s.shown, s.state),
                published_at: moment::to_rfc3339(s.published_at),
                slug: s.slug,
                source_language: s.source_language,
            })
            .collect(),
    };
    let until = next_appearance(&state).await?;
    Ok(fresh_until(Json(list).into_response(), until))
}

/// One published page, in the language asked for where translated.
#[utoipa::path(
    get,
    path = "/api/v1/pages/{slug}",
    params(("slug" = String, Path, description = "The page's slug"), LanguageQuery),
    responses(
        (status = 200, description = "The page", body = ApiPage),
        (status = 404, description = "No such published page", body = crate::api::members::ApiError),
    ),
    tag = "pages"
)]
pub async fn show(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    ApiQuery(language): ApiQuery<LanguageQuery>,
) -> AppResult<Json<ApiPage>> {
    let lang = language.get();
    let p = contents::public_get(state.db(), ContentKind::Page, &slug, lang, apdc_store::now())
        .await?
        .ok_or(AppError::NotFound)?;
    let (body_html, image) = crate::api::stories::shown_images(&state, &p).await?;
    Ok(Json(ApiPage {
        html_url: format!("/{lang}/pages/{}", p.slug),
        text: text_of(&p.shown, p.state),
        body_html,
        image,
        body: p.shown.body.clone(),
        languages: p.texts.iter().map(|t| t.language.clone()).collect(),
        placement: p.links.placement.map(|x| x.as_str().to_owned()),
        position: p.links.position,
        published_at: moment::to_rfc3339(p.published_at),
        updated_at: moment::to_rfc3339(p.live_at),
        slug: p.slug,
        source_language: p.source_language,
    }))
}
