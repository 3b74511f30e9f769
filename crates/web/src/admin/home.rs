//! The staff home (`/{lang}/admin`): what needs attention now, each a count linking to its
//! queue (the translation queue is `admin::translations`).

use crate::auth::Staff;
use crate::error::AppResult;
use crate::page::{Page, render};
use crate::state::AppState;
use apdc_store::attention::{self, Attention};
use apdc_store::contents;
use askama::Template;
use axum::extract::State;
use axum::response::Response;

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
