//! The staff home (`/{lang}/admin`): what needs attention now, each a count linking to its
//! queue; and the translation queue (`/{lang}/admin/translations`), per language.

use crate::auth::Staff;
use crate::error::{AppError, AppResult};
use crate::page::{Page, render};
use crate::state::AppState;
use apdc_domain::project::CONTENT_LANGUAGES;
use apdc_store::attention::{self, Attention};
use apdc_store::contents::{self, QueueItem};
use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use serde::Deserialize;

#[derive(Template)]
#[template(path = "admin/home.html")]
struct HomePage {
    page: Page,
    attention: Attention,
    translations: Vec<(&'static str, i64)>,
}

impl HomePage {
    fn language_name(&self, code: &str) -> String {
        self.page.t(&format!("content-language-{code}"))
    }

    fn nothing_waits(&self) -> bool {
        let a = &self.attention;
        a.stories_in_review == 0
            && a.pages_in_review == 0
            && a.translations_out_of_date == 0
            && a.updates_submitted == 0
            && a.nominations.is_empty()
            && a.imports.is_empty()
    }
}

/// `/{lang}/admin`
pub async fn home(State(state): State<AppState>, Staff(_): Staff, page: Page) -> AppResult<Response> {
    let attention = attention::attention(state.db()).await?;
    let translations = contents::queue_counts(state.db()).await?;
    let title = page.t("staff-home-title");
    render(&HomePage { page: page.titled(title), attention, translations })
}

#[derive(Debug, Default, Deserialize)]
pub struct QueueQuery {
    #[serde(default)]
    language: String,
}

#[derive(Template)]
#[template(path = "admin/translations.html")]
struct QueuePage {
    page: Page,
    language: &'static str,
    counts: Vec<(&'static str, i64)>,
    items: Vec<QueueItem>,
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
}

/// `/{lang}/admin/translations?language=fr`: what waits for a translation into one
/// language (the reader's own by default, French for a reader of English).
pub async fn queue(
    State(state): State<AppState>,
    Staff(_): Staff,
    page: Page,
    Query(query): Query<QueueQuery>,
) -> AppResult<Response> {
    let language = if query.language.is_empty() {
        if page.lang.code() == "en" { "fr" } else { page.lang.code() }
    } else {
        query.language.as_str()
    };
    let language = CONTENT_LANGUAGES
        .iter()
        .copied()
        .find(|l| *l == language)
        .ok_or(AppError::BadRequest { code: "invalid_parameter", field: Some("language") })?;
    let items = contents::translation_queue(state.db(), language).await?;
    let counts = contents::queue_counts(state.db()).await?;
    let title = page.lang.t_args(
        "translation-queue-title",
        &[("language", crate::i18n::text(page.t(&format!("content-language-{language}"))))],
    );
    render(&QueuePage { page: page.titled(title), language, counts, items })
}
