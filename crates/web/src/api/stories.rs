//! `/api/v1/stories`: published success stories, as readers see them. Drafts, reviews,
//! revisions and stories scheduled for later never appear here.

use crate::api::contract::{ApiQuery, Kind, PAGE, PROJECT_CODE, PageSize, Param, QueryContract, THEME_SLUG};
use crate::documented_query;
use crate::error::{AppError, AppResult};
use crate::site::stories::{StoriesQuery, fresh_until, next_appearance};
use crate::state::AppState;
use apdc_domain::content::{ContentKind, moment};
use apdc_domain::country::M49_REGIONS;
use apdc_domain::dates::YEARS;
use apdc_domain::project::CONTENT_LANGUAGES;
use apdc_store::contents::{self, PublicContent, PublicSummary, StoredText};
use axum::Json;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// The language of the texts returned.
#[derive(Debug, Default, Deserialize)]
pub struct LanguageQuery {
    #[serde(default)]
    pub lang: Option<String>,
}

impl QueryContract for LanguageQuery {
    const PARAMS: &'static [Param] = &[Param {
        name: "lang",
        description: "Language of the texts: the translation where there is one, else the source language \
            (default en).",
        kind: Kind::Choice(|| CONTENT_LANGUAGES.to_vec()),
    }];
}

documented_query!(LanguageQuery);

impl LanguageQuery {
    pub fn get(&self) -> &str {
        self.lang.as_deref().unwrap_or("en")
    }
}

impl QueryContract for StoriesQuery {
    const PARAMS: &'static [Param] = &[
        Param {
            name: "region",
            description: "UN M49 region of a country or member the story is about.",
            kind: Kind::Choice(|| M49_REGIONS.to_vec()),
        },
        Param { name: "member", description: "Member, by its country code.", kind: Kind::Country },
        Param { name: "country", description: "Country the story is about.", kind: Kind::Country },
        Param { name: "project", description: "Project code.", kind: Kind::Code(&PROJECT_CODE) },
        Param { name: "sdg", description: "SDG goal.", kind: Kind::Integer { min: 1, max: 17 } },
        Param { name: "theme", description: "Theme slug.", kind: Kind::Code(&THEME_SLUG) },
        Param {
            name: "year",
            description: "Year of publication.",
            kind: Kind::Integer { min: *YEARS.start(), max: *YEARS.end() },
        },
        PAGE,
    ];
}

documented_query!(StoriesQuery);

/// Where the texts returned stand against the story's source text.
#[derive(Serialize, ToSchema)]
pub struct ApiStoryText {
    /// The language of these texts.
    pub language: String,
    pub title: String,
    pub standfirst: Option<String>,
    /// source, current (an up-to-date translation), out_of_date (a translation behind
    /// its source) or missing (no translation in the language asked: the source is
    /// returned).
    pub state: String,
}

/// A story in a list.
#[derive(Serialize, ToSchema)]
pub struct ApiStorySummary {
    pub slug: String,
    pub source_language: String,
    /// RFC 3339, UTC.
    pub published_at: String,
    pub text: ApiStoryText,
    pub html_url: String,
}

/// One page of stories.
#[derive(Serialize, ToSchema)]
pub struct StoryList {
    pub items: Vec<ApiStorySummary>,
    pub total: usize,
    pub page: usize,
    pub per_page: usize,
    pub pages: usize,
}

/// What a story is about.
#[derive(Serialize, ToSchema)]
pub struct ApiStoryLinks {
    pub projects: Vec<String>,
    pub members: Vec<String>,
    pub countries: Vec<String>,
    pub sdgs: Vec<i64>,
    pub themes: Vec<String>,
}

/// The lead image of a story or page.
#[derive(Serialize, ToSchema)]
pub struct ApiImage {
    /// Its widest width, a path on this site.
    pub url: String,
    /// Every width with its size in pixels, as an HTML `srcset`.
    pub srcset: String,
    pub width: u32,
    pub height: u32,
    /// What it shows, for readers who cannot see it.
    pub alt: String,
    /// The language of `alt`: the text's, or the source's where the text has none.
    pub alt_language: String,
}

/// A published item's body as HTML with its pictures in their widths, and its lead image.
pub async fn shown_images(state: &AppState, item: &PublicContent) -> AppResult<(String, Option<ApiImage>)> {
    let shown = crate::images::Shown::load(state, item.links.image.as_ref(), &item.shown.body).await?;
    let body_html = shown.body_html(&item.shown.body);
    let image = item.links.image.as_ref().and_then(|key| {
        let picture = shown.pictures.get(key)?;
        let (alt, language) = crate::images::lead_alt(item);
        Some(ApiImage {
            url: crate::images::preview_of(&shown.variants, key)?,
            srcset: picture.srcset.clone(),
            width: picture.width,
            height: picture.height,
            alt,
            alt_language: language.to_owned(),
        })
    });
    Ok((body_html, image))
}

/// One published story.
#[derive(Serialize, ToSchema)]
pub struct ApiStory {
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
    /// The picture at the head of the story, if any.
    pub image: Option<ApiImage>,
    /// The people quoted, one per line.
    pub people: Vec<String>,
    /// The languages the story can be read in.
    pub languages: Vec<String>,
    pub links: ApiStoryLinks,
    pub html_url: String,
}

pub fn text_of(shown: &StoredText, state: contents::TranslationState) -> ApiStoryText {
    ApiStoryText {
        language: shown.language.clone(),
        title: shown.title.clone(),
        standfirst: shown.standfirst.clone(),
        state: state.as_str().to_owned(),
    }
}

fn summary(s: PublicSummary, lang: &str) -> ApiStorySummary {
    ApiStorySummary {
        html_url: format!("/{lang}/stories/{}", s.slug),
        text: text_of(&s.shown, s.state),
        slug: s.slug,
        source_language: s.source_language,
        published_at: moment::to_rfc3339(s.published_at),
    }
}

fn story(s: PublicContent, lang: &str, body_html: String, image: Option<ApiImage>) -> ApiStory {
    ApiStory {
        html_url: format!("/{lang}/stories/{}", s.slug),
        text: text_of(&s.shown, s.state),
        body_html,
        image,
        body: s.shown.body.clone(),
        people: s
            .shown
            .people
            .as_deref()
            .unwrap_or("")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect(),
        languages: s.texts.iter().map(|t| t.language.clone()).collect(),
        links: ApiStoryLinks {
            projects: s.links.projects,
            members: s.links.members,
            countries: s.links.countries,
            sdgs: s.links.sdgs,
            themes: s.links.themes,
        },
        published_at: moment::to_rfc3339(s.published_at),
        updated_at: moment::to_rfc3339(s.live_at),
        slug: s.slug,
        source_language: s.source_language,
    }
}

/// List published stories, newest first, with the filters of the site's story list.
#[utoipa::path(
    get,
    path = "/api/v1/stories",
    params(StoriesQuery, LanguageQuery, PageSize),
    responses((status = 200, description = "A page of published stories", body = StoryList)),
    tag = "stories"
)]
pub async fn list(
    State(state): State<AppState>,
    ApiQuery(query): ApiQuery<StoriesQuery>,
    ApiQuery(language): ApiQuery<LanguageQuery>,
    ApiQuery(size): ApiQuery<PageSize>,
) -> AppResult<Response> {
    let (filter, page) = query.parse()?;
    let lang = language.get();
    let result =
        contents::public_list(state.db(), ContentKind::Story, &filter, lang, apdc_store::now(), page, size.get())
            .await?;
    let pages = result.pages();
    let list = StoryList {
        total: result.total,
        page: result.page,
        per_page: result.per_page,
        pages,
        items: result.items.into_iter().map(|s| summary(s, lang)).collect(),
    };
    let until = next_appearance(&state).await?;
    Ok(fresh_until(Json(list).into_response(), until))
}

/// One published story, in the language asked for where translated.
#[utoipa::path(
    get,
    path = "/api/v1/stories/{slug}",
    params(("slug" = String, Path, description = "The story's slug"), LanguageQuery),
    responses(
        (status = 200, description = "The story", body = ApiStory),
        (status = 404, description = "No such published story", body = crate::api::members::ApiError),
    ),
    tag = "stories"
)]
pub async fn show(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    ApiQuery(language): ApiQuery<LanguageQuery>,
) -> AppResult<Json<ApiStory>> {
    let lang = language.get();
    let found = contents::public_get(state.db(), ContentKind::Story, &slug, lang, apdc_store::now())
        .await?
        .ok_or(AppError::NotFound)?;
    let (body_html, image) = shown_images(&state, &found).await?;
    Ok(Json(story(found, lang, body_html, image)))
}
