//! Staff writing of success stories and of the pages staff write: the list, a new item,
//! its source texts and links (a page's place in the navigation), and its translations.
//! Review, revisions and publication are in `content_review`.
//!
//! Both kinds share these handlers; the route table gives each route its kind as an
//! extension, so `/admin/stories/…` and `/admin/pages/…` differ only in what they list
//! and in the wording of a few messages.

use crate::auth::{RequestIdText, Staff, actor};
use crate::error::{AppError, AppResult, form_errors};
use crate::form::CsrfForm;
use crate::page::{Page, render, render_status};
use crate::state::AppState;
use crate::widgets::Pager;
use apdc_domain::FieldErrors;
use apdc_domain::content::{
    ContentKind, ContentStatus, ContentText, Placement, StoryFields, StoryInput, TextFields, ticked,
};
use apdc_domain::language::Direction;
use apdc_domain::project::CONTENT_LANGUAGES;
use apdc_store::Paged;
use apdc_store::contents::{self, Content, ContentSummary};
use askama::Template;
use axum::Extension;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

/// Items per page of the staff list.
const PER_PAGE: usize = 50;

impl Page {
    /// The staff address of `kind` in the reader's language: `/fr/admin/pages`.
    pub fn content_admin(&self, kind: impl std::borrow::Borrow<ContentKind>) -> String {
        self.href(&format!("/admin/{}", kind.borrow().section()))
    }

    /// The message `key`, worded for `kind`: a page's messages are the story messages'
    /// keys with `page` for `story` (`page-new-title` for `story-new-title`).
    pub fn kind_t(&self, kind: impl std::borrow::Borrow<ContentKind>, key: &str) -> String {
        self.t(&kind_key(*kind.borrow(), key))
    }
}

/// The key of `story_key` worded for `kind`.
pub fn kind_key(kind: ContentKind, story_key: &str) -> String {
    match kind {
        ContentKind::Story => story_key.to_owned(),
        ContentKind::Page => story_key.replacen("stories", "pages", 1).replacen("story", "page", 1),
    }
}

/// What a form of `kind` may set: a story's links, or a page's place. The other kind's
/// fields are dropped rather than stored unseen.
fn keep_fields_of(kind: ContentKind, fields: &mut StoryFields) {
    match kind {
        ContentKind::Story => {
            fields.placement.clear();
            fields.position.clear();
        }
        ContentKind::Page => {
            let StoryFields { projects, members, countries, sdgs, themes, .. } = fields;
            for list in [projects, members, countries, sdgs, themes] {
                list.clear();
            }
        }
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct ListQuery {
    #[serde(default)]
    status: String,
    #[serde(default)]
    page: String,
}

#[derive(Template)]
#[template(path = "admin/contents.html")]
struct ListPage {
    page: Page,
    kind: ContentKind,
    status: Option<ContentStatus>,
    counts: Vec<(ContentStatus, i64)>,
    result: Paged<ContentSummary>,
}

impl ListPage {
    fn status_label(&self, code: &str) -> String {
        self.page.t(&format!("content-status-{}", code.replace('_', "-")))
    }

    fn is_current(&self, status: &ContentStatus) -> bool {
        self.status == Some(*status)
    }

    fn pager(&self) -> String {
        let base = self.page.content_admin(self.kind);
        let status = self.status.map(|s| format!("status={}&", s.as_str())).unwrap_or_default();
        Pager::new(&self.page, self.result.page, self.result.pages()).html(|n| format!("{base}?{status}page={n}"))
    }
}

/// `/{lang}/admin/stories`, `/{lang}/admin/pages`: every item, newest change first, by
/// status.
pub async fn list(
    State(state): State<AppState>,
    Extension(kind): Extension<ContentKind>,
    Staff(_): Staff,
    page: Page,
    Query(query): Query<ListQuery>,
) -> AppResult<Response> {
    let status = if query.status.is_empty() {
        None
    } else {
        Some(
            ContentStatus::parse(&query.status)
                .map_err(|_| AppError::BadRequest { code: "invalid_parameter", field: Some("status") })?,
        )
    };
    let number = crate::error::page_number(&query.page)?;
    let result = contents::list(state.db(), kind, status, page.lang.code(), number, PER_PAGE).await?;
    if number > result.pages() {
        return Err(AppError::NotFound);
    }
    let stored = contents::status_counts(state.db(), kind).await?;
    let counts = ContentStatus::ALL
        .iter()
        .map(|s| (*s, stored.iter().find(|(code, _)| code == s.as_str()).map_or(0, |(_, n)| *n)))
        .collect();
    let title = page.kind_t(kind, "admin-stories-title");
    render(&ListPage { page: page.titled(title), kind, status, counts, result })
}

/// The choices of the story form.
pub struct Choices {
    languages: Vec<(String, String)>,
    countries: Vec<(String, String)>,
    members: Vec<(String, String)>,
    themes: Vec<(String, String)>,
    goals: Vec<(String, String)>,
    placements: Vec<(String, String)>,
}

async fn choices(state: &AppState, page: &Page) -> AppResult<Choices> {
    let lang = page.lang.code();
    Ok(Choices {
        languages: CONTENT_LANGUAGES
            .iter()
            .map(|l| ((*l).to_owned(), page.t(&format!("content-language-{l}"))))
            .collect(),
        countries: state.countries_by_name(lang),
        members: super::member_choices(state, lang).await?,
        themes: super::theme_choices(state, lang).await?,
        goals: super::goal_choices(state, lang).await?,
        placements: Placement::ALL.iter().map(|p| (p.as_str().to_owned(), page.t(&p.key("placement")))).collect(),
    })
}

#[derive(Template)]
#[template(path = "admin/content_form.html")]
struct FormPage {
    page: Page,
    kind: ContentKind,
    existing: Option<Content>,
    fields: StoryFields,
    errors: FieldErrors,
    choices: Choices,
}

impl FormPage {
    fn action(&self) -> String {
        match &self.existing {
            Some(item) => format!("{}/{}/edit", self.page.content_admin(self.kind), item.id),
            None => self.page.content_admin(self.kind),
        }
    }

    fn cancel(&self) -> String {
        match &self.existing {
            Some(item) => format!("{}/{}", self.page.content_admin(self.kind), item.id),
            None => self.page.content_admin(self.kind),
        }
    }

    fn text_language(&self) -> &str {
        if self.fields.source_language.is_empty() { "en" } else { &self.fields.source_language }
    }

    fn direction(&self) -> &'static str {
        Direction::of(self.text_language()).as_attr()
    }

    fn slug_fixed(&self) -> bool {
        self.existing.as_ref().is_some_and(|s| s.live_revision.is_some())
    }

    fn has_translations(&self) -> bool {
        self.existing.as_ref().is_some_and(|s| s.texts.len() > 1)
    }

    fn projects_text(&self) -> String {
        self.fields.projects.join(", ")
    }

    fn is_story(&self) -> bool {
        self.kind == ContentKind::Story
    }
}

async fn form_page(
    state: &AppState,
    kind: ContentKind,
    page: Page,
    existing: Option<Content>,
    fields: StoryFields,
    errors: FieldErrors,
) -> AppResult<FormPage> {
    let title = match &existing {
        Some(item) => page
            .lang
            .t_args(&kind_key(kind, "story-edit-title"), &[("title", crate::i18n::text(item.source().title.clone()))]),
        None => page.kind_t(kind, "story-new-title"),
    };
    let choices = choices(state, &page).await?;
    Ok(FormPage { page: page.titled(title), kind, existing, fields, errors, choices })
}

pub async fn new_form(
    State(state): State<AppState>,
    Extension(kind): Extension<ContentKind>,
    Staff(_): Staff,
    page: Page,
) -> AppResult<Response> {
    let fields = StoryFields { source_language: page.lang.code().to_owned(), ..StoryFields::default() };
    render(&form_page(&state, kind, page, None, fields, FieldErrors::default()).await?)
}

pub async fn create(
    State(state): State<AppState>,
    Extension(kind): Extension<ContentKind>,
    Staff(user): Staff,
    RequestIdText(request_id): RequestIdText,
    page: Page,
    CsrfForm(mut fields): CsrfForm<StoryFields>,
) -> AppResult<Response> {
    keep_fields_of(kind, &mut fields);
    let input = match StoryInput::parse(&fields) {
        Ok(input) => input,
        Err(errors) => {
            return render_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &form_page(&state, kind, page, None, fields, errors).await?,
            );
        }
    };
    match contents::create(state.db(), &actor(&user, request_id), kind, &input).await {
        Ok(item) => Ok(Redirect::to(&format!("{}/{}", page.content_admin(kind), item.id)).into_response()),
        Err(error) => {
            let (status, errors) = content_errors(kind, error)?;
            render_status(status, &form_page(&state, kind, page, None, fields, errors).await?)
        }
    }
}

/// The error code of a taken address, worded for `kind`.
pub fn slug_exists(kind: ContentKind) -> &'static str {
    match kind {
        ContentKind::Story => "slug_exists",
        ContentKind::Page => "page_slug_exists",
    }
}

/// The field errors of a refused save or step of an item of `kind`, worded for its kind:
/// a page's refusals speak of the page, not of a story.
pub fn content_errors(kind: ContentKind, error: apdc_store::StoreError) -> AppResult<(StatusCode, FieldErrors)> {
    let (status, mut errors) = form_errors(error, slug_exists(kind))?;
    if kind == ContentKind::Page {
        for error in &mut errors.0 {
            error.code = match error.code {
                "slug_fixed_once_published" => "page_slug_fixed_once_published",
                "archived_not_editable" => "page_archived_not_editable",
                "already_published" => "page_already_published",
                "is_source_language" => "page_is_source_language",
                "not_allowed_now" => "page_not_allowed_now",
                "source_language_fixed" => "page_source_language_fixed",
                other => other,
            };
        }
    }
    Ok((status, errors))
}

/// Item `id` of `kind`, or 404.
pub async fn content_of(state: &AppState, kind: ContentKind, id: &str) -> AppResult<Content> {
    let id: i64 = id.parse().map_err(|_| AppError::NotFound)?;
    match contents::get(state.db(), id).await {
        Ok(item) if item.kind == kind => Ok(item),
        Ok(_) | Err(apdc_store::StoreError::NotFound) => Err(AppError::NotFound),
        Err(e) => Err(e.into()),
    }
}

fn fields_of(story: &Content) -> StoryFields {
    let mut fields = StoryFields {
        slug: story.slug.clone(),
        source_language: story.source_language.clone(),
        ..StoryFields::default()
    };
    fields.set_text(&story.source().content_text());
    fields.set_links(&story.links);
    fields
}

pub async fn edit_form(
    State(state): State<AppState>,
    Extension(kind): Extension<ContentKind>,
    Staff(_): Staff,
    page: Page,
    Path((_, id)): Path<(String, String)>,
) -> AppResult<Response> {
    let item = content_of(&state, kind, &id).await?;
    let fields = fields_of(&item);
    render(&form_page(&state, kind, page, Some(item), fields, FieldErrors::default()).await?)
}

pub async fn update(
    State(state): State<AppState>,
    Extension(kind): Extension<ContentKind>,
    Staff(user): Staff,
    RequestIdText(request_id): RequestIdText,
    page: Page,
    Path((_, id)): Path<(String, String)>,
    CsrfForm(mut fields): CsrfForm<StoryFields>,
) -> AppResult<Response> {
    let story = content_of(&state, kind, &id).await?;
    keep_fields_of(kind, &mut fields);
    // The source language is chosen once, when the story is created.
    fields.source_language = story.source_language.clone();
    let input = match StoryInput::parse(&fields) {
        Ok(input) => input,
        Err(errors) => {
            let form = form_page(&state, kind, page, Some(story), fields, errors).await?;
            return render_status(StatusCode::UNPROCESSABLE_ENTITY, &form);
        }
    };
    match contents::update(state.db(), &actor(&user, request_id), story.id, &input).await {
        Ok(updated) => Ok(Redirect::to(&format!("{}/{}", page.content_admin(kind), updated.id)).into_response()),
        Err(error) => {
            let (status, errors) = content_errors(kind, error)?;
            render_status(status, &form_page(&state, kind, page, Some(story), fields, errors).await?)
        }
    }
}

#[derive(Template)]
#[template(path = "admin/content_translation.html")]
struct TranslationPage {
    page: Page,
    story: Content,
    language: String,
    fields: TextFields,
    errors: FieldErrors,
}

impl TranslationPage {
    fn direction(&self) -> &'static str {
        Direction::of(&self.language).as_attr()
    }

    fn source_direction(&self) -> &'static str {
        Direction::of(&self.story.source_language).as_attr()
    }

    fn source_name(&self) -> String {
        self.page.t(&format!("content-language-{}", self.story.source_language))
    }

    fn is_out_of_date(&self) -> bool {
        self.story.translation_state(&self.language) == apdc_store::contents::TranslationState::OutOfDate
    }

    fn is_current_ticked(&self) -> bool {
        ticked(&self.fields.current)
    }

    fn has_lead_image(&self) -> bool {
        self.story.links.image.is_some()
    }
}

/// The language in a translation path: a content language other than the source.
fn translation_language(story: &Content, raw: &str) -> AppResult<String> {
    match CONTENT_LANGUAGES.iter().find(|l| **l == raw) {
        Some(language) if *language != story.source_language => Ok((*language).to_owned()),
        _ => Err(AppError::NotFound),
    }
}

fn translation_page(
    page: Page,
    story: Content,
    language: String,
    fields: TextFields,
    errors: FieldErrors,
) -> TranslationPage {
    let name = page.t(&format!("content-language-{language}"));
    let title = page.lang.t_args(
        &kind_key(story.kind, "story-translate-title"),
        &[("language", crate::i18n::text(name)), ("title", crate::i18n::text(story.source().title.clone()))],
    );
    TranslationPage { page: page.titled(title), story, language, fields, errors }
}

pub async fn translation_form(
    State(state): State<AppState>,
    Extension(kind): Extension<ContentKind>,
    Staff(_): Staff,
    page: Page,
    Path((_, id, language)): Path<(String, String, String)>,
) -> AppResult<Response> {
    let story = content_of(&state, kind, &id).await?;
    let language = translation_language(&story, &language)?;
    let fields = story.text(&language).map_or_else(
        || TextFields { current: "true".into(), ..TextFields::default() },
        |t| TextFields {
            title: t.title.clone(),
            standfirst: t.standfirst.clone().unwrap_or_default(),
            body: t.body.clone(),
            people: t.people.clone().unwrap_or_default(),
            image_alt: t.image_alt.clone().unwrap_or_default(),
            // An out-of-date translation stays so until the translator says otherwise.
            current: if story.translation_state(&language) == apdc_store::contents::TranslationState::OutOfDate {
                String::new()
            } else {
                "true".into()
            },
        },
    );
    render(&translation_page(page, story, language, fields, FieldErrors::default()))
}

pub async fn save_translation(
    State(state): State<AppState>,
    Extension(kind): Extension<ContentKind>,
    Staff(user): Staff,
    RequestIdText(request_id): RequestIdText,
    page: Page,
    Path((_, id, language)): Path<(String, String, String)>,
    CsrfForm(fields): CsrfForm<TextFields>,
) -> AppResult<Response> {
    let story = content_of(&state, kind, &id).await?;
    let language = translation_language(&story, &language)?;
    let text: ContentText = match ContentText::parse(&language, &fields) {
        Ok(text) => text,
        Err(errors) => {
            return render_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &translation_page(page, story, language, fields, errors),
            );
        }
    };
    match contents::translate(state.db(), &actor(&user, request_id), story.id, &text, ticked(&fields.current)).await {
        Ok(updated) => Ok(Redirect::to(&format!("{}/{}", page.content_admin(kind), updated.id)).into_response()),
        Err(error) => {
            let (status, errors) = content_errors(kind, error)?;
            render_status(status, &translation_page(page, story, language, fields, errors))
        }
    }
}
