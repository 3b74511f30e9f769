//! The translation queue (`/{lang}/admin/translations`) and the files translators who
//! work outside apdc exchange with it (XLIFF 2.0): the queue of a language written as one
//! file per source language, and a translated file read back.
//!
//! A file coming back is checked whole before anything is saved: a file that is not
//! XLIFF 2, or is for another language, is refused with the reason; then every unit is
//! checked (an item or text apdc does not know, inline markup that does not match the
//! source, pictures other than the source's, what the story form would refuse) and every
//! refusal is listed with its item and text. Only a file without any refusal is saved,
//! all its translations in one transaction.

use crate::auth::{RequestIdText, Staff, actor};
use crate::error::{AppError, AppResult};
use crate::page::{Page, render, render_status};
use crate::state::AppState;
use crate::uploads::UploadForm;
use crate::widgets::Pager;
use apdc_domain::content::{ContentKind, ContentText, TextFields, content_language};
use apdc_domain::project::CONTENT_LANGUAGES;
use apdc_store::contents::exchange::{self, Incoming};
use apdc_store::contents::{self, Content, QueueItem};
use apdc_store::{Paged, StoreError};
use apdc_xliff::{Document, File, ReadProblem, Unit, UnitProblem};
use askama::Template;
use axum::extract::multipart::{Multipart, MultipartRejection};
use axum::extract::{Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use tower_sessions::Session;

/// The texts of an item, as units of a file: (unit id, the label of its field).
const UNITS: [(&str, &str); 5] = [
    ("title", "field-title"),
    ("standfirst", "story-field-standfirst"),
    ("body", "story-field-body"),
    ("people", "story-field-people"),
    ("image_alt", "story-field-image-alt"),
];

/// The note of a file that records the source version it was written from.
const SOURCE_VERSION: &str = "source-version";

/// What a translated file may ask of the reader.
pub const LIMITS: apdc_xliff::Limits =
    apdc_xliff::Limits { max_bytes: 5 * 1024 * 1024, max_units: 5_000, max_text_chars: 100_000, max_depth: 32 };

#[derive(Debug, Default, Deserialize)]
pub struct QueueQuery {
    #[serde(default)]
    language: String,
    /// How many translations a file just brought.
    #[serde(default)]
    imported: String,
    /// The page of the projects without a translation.
    #[serde(default)]
    page: String,
}

/// Projects without a translation listed at once.
const MISSING_PER_PAGE: usize = 50;

/// One refusal of a translated file: the item (its file id and title), the text, why.
pub struct Refusal {
    pub item: String,
    pub unit: String,
    pub reason: String,
}

#[derive(Template)]
#[template(path = "admin/translations.html")]
struct QueuePage {
    page: Page,
    language: &'static str,
    counts: Vec<(&'static str, i64)>,
    items: Vec<QueueItem>,
    /// Projects whose translation follows an older English text: (code, title).
    projects: Vec<(String, String)>,
    /// Public projects without a text in the language: (code, English title).
    missing: Paged<(String, String)>,
    notice: Option<String>,
    /// Why the whole file was refused.
    problem: Option<String>,
    refusals: Vec<Refusal>,
}

impl QueuePage {
    fn is_current(&self, code: &str) -> bool {
        code == self.language
    }

    fn language_name(&self, code: &str) -> String {
        self.page.t(&format!("content-language-{code}"))
    }

    fn state_label(&self, item: &QueueItem) -> String {
        self.page.t(&format!("translation-state-{}", item.state.as_str().replace('_', "-")))
    }

    fn kind_label(&self, item: &QueueItem) -> String {
        self.page.t(&item.kind.key("content-kind"))
    }

    fn status_label(&self, item: &QueueItem) -> String {
        self.page.t(&format!("content-status-{}", item.status.replace('_', "-")))
    }

    fn translate_href(&self, item: &QueueItem) -> String {
        format!("{}/{}/translations/{}", self.page.content_admin(item.kind), item.id, self.language)
    }

    /// The source languages of the waiting items, with how many each: one file each.
    fn sources(&self) -> Vec<(&'static str, usize)> {
        CONTENT_LANGUAGES
            .iter()
            .map(|l| (*l, self.items.iter().filter(|i| i.source_language == *l).count()))
            .filter(|(_, n)| *n > 0)
            .collect()
    }

    fn missing_pager(&self) -> String {
        let base = format!("{}?language={}", self.page.href("/admin/translations"), self.language);
        Pager::new(&self.page, self.missing.page, self.missing.pages())
            .html(|n| format!("{base}&page={n}#projects-missing"))
    }

    fn export_href(&self, source: &str) -> String {
        format!("{}?language={}&source={source}", self.page.href("/admin/translations.xlf"), self.language)
    }
}

/// The queue's language: asked for, or the reader's own (French for a reader of English).
fn queue_language(page: &Page, raw: &str) -> AppResult<&'static str> {
    let wanted = match raw {
        "" if page.lang.code() == "en" => "fr",
        "" => page.lang.code(),
        other => other,
    };
    CONTENT_LANGUAGES
        .iter()
        .copied()
        .find(|l| *l == wanted)
        .ok_or(AppError::BadRequest { code: "invalid_parameter", field: Some("language") })
}

async fn queue_page(state: &AppState, page: Page, language: &'static str, missing_page: usize) -> AppResult<QueuePage> {
    let items = contents::translation_queue(state.db(), language).await?;
    let projects = apdc_store::project_texts::translations_behind(state.db(), language).await?;
    let missing =
        apdc_store::project_texts::translations_missing(state.db(), language, missing_page, MISSING_PER_PAGE).await?;
    let counts = contents::queue_counts(state.db()).await?;
    let title = page.lang.t_args(
        "translation-queue-title",
        &[("language", crate::i18n::text(page.t(&format!("content-language-{language}"))))],
    );
    Ok(QueuePage {
        page: page.titled(title),
        language,
        counts,
        items,
        projects,
        missing,
        notice: None,
        problem: None,
        refusals: Vec::new(),
    })
}

/// `/{lang}/admin/translations?language=fr`: what waits for a translation into one
/// language.
pub async fn queue(
    State(state): State<AppState>,
    Staff(_): Staff,
    page: Page,
    Query(query): Query<QueueQuery>,
) -> AppResult<Response> {
    let language = queue_language(&page, &query.language)?;
    let missing_page = crate::error::page_number(&query.page)?;
    let mut view = queue_page(&state, page, language, missing_page).await?;
    if missing_page > view.missing.pages() {
        return Err(AppError::NotFound);
    }
    if let Ok(count) = query.imported.parse::<usize>() {
        view.notice = Some(view.page.lang.t_args("translation-file-imported", &[("count", crate::i18n::num(count))]));
    }
    render(&view)
}

#[derive(Debug, Default, Deserialize)]
pub struct ExportQuery {
    #[serde(default)]
    language: String,
    #[serde(default)]
    source: String,
}

/// `/{lang}/admin/translations.xlf?language=fr&source=en`: what waits for a translation
/// into `language` among the items written in `source`, as an XLIFF 2.0 file.
pub async fn export(
    State(state): State<AppState>,
    Staff(_): Staff,
    page: Page,
    Query(query): Query<ExportQuery>,
) -> AppResult<Response> {
    let language = queue_language(&page, &query.language)?;
    let source = content_language(&query.source)
        .ok()
        .filter(|s| s != language)
        .ok_or(AppError::BadRequest { code: "invalid_parameter", field: Some("source") })?;
    let items = exchange::to_translate(state.db(), language, &source).await?;
    let document = Document {
        source_language: source.clone(),
        target_language: language.to_owned(),
        files: items.iter().map(|item| file_of(item, language)).collect(),
    };
    let disposition = format!("attachment; filename=\"apdc-translations-{source}-{language}.xlf\"");
    Ok((
        [
            (header::CONTENT_TYPE, "application/xliff+xml; charset=utf-8".to_owned()),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        apdc_xliff::write(&document),
    )
        .into_response())
}

/// An item as a file: its source texts, with the translation it has (if any) as targets
/// to revise.
fn file_of(item: &Content, language: &str) -> File {
    let source = item.source();
    let existing = item.text(language);
    let field = |text: &apdc_store::contents::StoredText, unit: &str| -> Option<String> {
        match unit {
            "title" => Some(text.title.clone()),
            "standfirst" => text.standfirst.clone(),
            "body" => Some(text.body.clone()),
            "people" => text.people.clone(),
            _ => text.image_alt.clone(),
        }
    };
    let units = UNITS
        .iter()
        .filter_map(|(id, _)| {
            let source_text = field(source, id).filter(|t| !t.trim().is_empty())?;
            Some(Unit {
                id: (*id).to_owned(),
                source: source_text,
                target: existing.and_then(|t| field(t, id)),
                problem: None,
            })
        })
        .collect();
    File {
        id: format!("{}-{}", item.kind.as_str(), item.id),
        original: Some(format!("/{}/{}/{}", item.source_language, item.kind.section(), item.slug)),
        notes: vec![(SOURCE_VERSION.to_owned(), source.version.to_string())],
        units,
    }
}

/// The primary language of a tag (`fr-FR` → `fr`).
fn primary(tag: &str) -> String {
    tag.split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase()
}

/// What is wrong with a whole file, for the person who uploaded it.
fn describe(page: &Page, problem: &ReadProblem) -> String {
    let lang = page.lang;
    match problem {
        ReadProblem::Empty => lang.t("translation-file-empty"),
        ReadProblem::TooLarge { max_bytes } => lang
            .t_args("translation-file-too-large", &[("megabytes", crate::i18n::num(max_bytes.div_ceil(1024 * 1024)))]),
        ReadProblem::NotXml(detail) => {
            lang.t_args("translation-file-not-xml", &[("detail", crate::i18n::text(detail.clone()))])
        }
        ReadProblem::DocumentType => lang.t("translation-file-doctype"),
        ReadProblem::NotXliff => lang.t("translation-file-not-xliff"),
        ReadProblem::UnsupportedVersion(version) => {
            lang.t_args("translation-file-version", &[("version", crate::i18n::text(version.clone()))])
        }
        ReadProblem::MissingLanguage { attribute } => {
            lang.t_args("translation-file-no-language", &[("attribute", crate::i18n::text((*attribute).to_owned()))])
        }
        ReadProblem::TooManyUnits { max } => {
            lang.t_args("translation-file-too-many-units", &[("max", crate::i18n::num(*max))])
        }
        ReadProblem::TextTooLong { unit, max_chars } => lang.t_args(
            "translation-file-text-too-long",
            &[("unit", crate::i18n::text(unit.clone())), ("max", crate::i18n::num(*max_chars))],
        ),
        ReadProblem::TooDeep { max } => lang.t_args("translation-file-too-deep", &[("max", crate::i18n::num(*max))]),
        ReadProblem::MissingId { element } => {
            lang.t_args("translation-file-missing-id", &[("element", crate::i18n::text((*element).to_owned()))])
        }
    }
}

/// Receives a translated file: checked whole, then saved whole or not at all.
pub async fn import(
    State(state): State<AppState>,
    Staff(user): Staff,
    RequestIdText(request_id): RequestIdText,
    session: Session,
    page: Page,
    multipart: Result<Multipart, MultipartRejection>,
) -> AppResult<Response> {
    let form = UploadForm::read(&session, multipart).await?;
    let language = queue_language(&page, form.field("language"))?;
    let file = form.into_bytes();
    let mut view = queue_page(&state, page, language, 1).await?;
    let read = tokio::task::spawn_blocking(move || apdc_xliff::read(&file, &LIMITS))
        .await
        .map_err(|e| AppError::Internal(format!("reading a translation file: {e}")))?;
    let document = match read {
        Ok(document) => document,
        Err(problem) => {
            view.problem = Some(describe(&view.page, &problem));
            return render_status(StatusCode::UNPROCESSABLE_ENTITY, &view);
        }
    };
    if primary(&document.target_language) != language {
        let name = |code: &str| view.page.t(&format!("content-language-{}", primary(code)));
        view.problem = Some(view.page.lang.t_args(
            "translation-file-wrong-language",
            &[
                ("file", crate::i18n::text(name(&document.target_language))),
                ("language", crate::i18n::text(view.language_name(language))),
            ],
        ));
        return render_status(StatusCode::UNPROCESSABLE_ENTITY, &view);
    }
    let (incoming, refusals) = check(&state, &view.page, &document, language).await?;
    if !refusals.is_empty() {
        view.refusals = refusals;
        return render_status(StatusCode::UNPROCESSABLE_ENTITY, &view);
    }
    match exchange::import(state.db(), &actor(&user, request_id), &incoming).await {
        Ok(count) => {
            let target = view.page.href(&format!("/admin/translations?language={language}&imported={count}"));
            Ok(Redirect::to(&target).into_response())
        }
        Err(StoreError::Invalid(errors)) => {
            view.refusals = errors
                .0
                .iter()
                .map(|e| Refusal {
                    item: String::new(),
                    unit: e.field.to_owned(),
                    reason: view.page.error_message(e.code),
                })
                .collect();
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &view)
        }
        Err(other) => Err(other.into()),
    }
}

/// Checks every file and unit of `document`; returns the translations to save and every
/// refusal.
async fn check(
    state: &AppState,
    page: &Page,
    document: &Document,
    language: &str,
) -> AppResult<(Vec<Incoming>, Vec<Refusal>)> {
    let mut incoming = Vec::new();
    let mut refusals = Vec::new();
    for file in &document.files {
        let refuse = |refusals: &mut Vec<Refusal>, item: &str, unit: &str, code: &str| {
            let label = UNITS.iter().find(|(id, _)| *id == unit).map_or_else(|| unit.to_owned(), |(_, l)| page.t(l));
            refusals.push(Refusal { item: item.to_owned(), unit: label, reason: page.error_message(code) });
        };
        let Some(item) = item_of(state, &file.id).await? else {
            refuse(&mut refusals, &file.id, "", "unknown_item");
            continue;
        };
        let name = format!("{} — {}", file.id, item.source().title);
        if item.source_language != primary(&document.source_language) {
            refuse(&mut refusals, &name, "", "source_language_mismatch");
            continue;
        }
        let Some(version) = file.note(SOURCE_VERSION).and_then(|v| v.trim().parse::<i64>().ok()) else {
            refuse(&mut refusals, &name, "", "no_source_version");
            continue;
        };
        let mut fields = TextFields::default();
        let mut translated = false;
        for unit in &file.units {
            let slot = match unit.id.as_str() {
                "title" => &mut fields.title,
                "standfirst" => &mut fields.standfirst,
                "body" => &mut fields.body,
                "people" => &mut fields.people,
                "image_alt" => &mut fields.image_alt,
                other => {
                    refuse(&mut refusals, &name, other, "unknown_unit");
                    continue;
                }
            };
            if unit.problem == Some(UnitProblem::MarkupMismatch) {
                refuse(&mut refusals, &name, &unit.id, "markup_mismatch");
            }
            if let Some(target) = &unit.target {
                *slot = target.clone();
                translated = true;
            }
        }
        if !translated {
            // Nothing translated yet: the item waits, as it did.
            continue;
        }
        let text = match ContentText::parse(language, &fields) {
            Ok(text) => text,
            Err(errors) => {
                for error in errors.0 {
                    refuse(&mut refusals, &name, error.field, error.code);
                }
                continue;
            }
        };
        if let Err(errors) = text.check_image_alt(&item.links) {
            for error in errors.0 {
                refuse(&mut refusals, &name, error.field, error.code);
            }
        }
        let mut source_images = item.source().content_text().body_images();
        let mut target_images = text.body_images();
        source_images.sort();
        target_images.sort();
        if source_images != target_images {
            refuse(&mut refusals, &name, "body", "pictures_differ");
        }
        incoming.push(Incoming { id: item.id, text, source_version: version });
    }
    Ok((incoming, refusals))
}

/// The item a file names (`story-12`, `page-3`), if it exists and is of that kind.
async fn item_of(state: &AppState, file_id: &str) -> AppResult<Option<Content>> {
    let Some((kind, id)) = file_id.split_once('-') else { return Ok(None) };
    let (Ok(kind), Ok(id)) = (ContentKind::parse(kind), id.parse::<i64>()) else { return Ok(None) };
    match contents::get(state.db(), id).await {
        Ok(item) if item.kind == kind => Ok(Some(item)),
        Ok(_) | Err(StoreError::NotFound) => Ok(None),
        Err(other) => Err(other.into()),
    }
}
