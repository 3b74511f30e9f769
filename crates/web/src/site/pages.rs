//! The pages staff write, for readers: one page (`/{lang}/pages/{slug}`), the pages placed
//! in the site's navigation (header and footer of every page), and "Get involved", which
//! gathers the pages written for each audience.
//!
//! Pages follow the stories' rules (see `site::stories`): the live copy only, in the
//! reader's language where translated, otherwise in the source language marked as such.

use crate::error::{AppError, AppResult};
use crate::page::{Page, render};
use crate::site::stories::{foreign_attributes, fresh_until, language_name, next_appearance};
use crate::state::AppState;
use apdc_domain::content::{ContentKind, Placement};
use apdc_store::contents::{self, PlacedPage, PublicContent, TranslationState};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use std::sync::Arc;

/// A link to a placed page, ready for the navigation.
#[derive(Debug, Clone)]
pub struct NavLink {
    pub placement: Placement,
    pub href: String,
    pub title: String,
    pub standfirst: Option<String>,
    /// ` lang dir` when its title is not in the page's language.
    pub attributes: String,
}

impl AppState {
    /// The pages placed in the navigation, titled in `language` where translated. Kept
    /// in the memo: every page of the site shows them.
    pub async fn placed_pages(&self, language: &str) -> AppResult<Arc<Vec<PlacedPage>>> {
        let at = apdc_store::now();
        Ok(self
            .memo()
            .get(self.db(), "placed-pages", language, || contents::placed_pages(self.db(), language, at))
            .await?)
    }
}

/// The navigation links of `placement`, in order.
pub fn nav_links(page: &Page, pages: &[PlacedPage], placement: Placement) -> Vec<NavLink> {
    pages
        .iter()
        .filter(|p| p.placement == placement)
        .map(|p| NavLink {
            placement: p.placement,
            href: page.href(&format!("/pages/{}", p.slug)),
            title: p.shown.title.clone(),
            standfirst: p.shown.standfirst.clone(),
            attributes: foreign_attributes(page, &p.shown.language),
        })
        .collect()
}

#[derive(Template)]
#[template(path = "content_page.html")]
struct ContentPage {
    page: Page,
    item: PublicContent,
    body: String,
    lead: Option<crate::images::Lead>,
}

impl ContentPage {
    fn attributes(&self) -> String {
        foreign_attributes(&self.page, &self.item.shown.language)
    }

    fn language_notice(&self) -> Option<String> {
        let shown = language_name(&self.page, &self.item.shown.language);
        match self.item.state {
            TranslationState::Missing => {
                Some(self.page.lang.t_args("page-shown-in-source", &[("language", crate::i18n::text(shown))]))
            }
            TranslationState::OutOfDate => {
                let source = language_name(&self.page, &self.item.source_language);
                Some(self.page.lang.t_args("page-translation-behind", &[("language", crate::i18n::text(source))]))
            }
            _ => None,
        }
    }

    fn other_languages(&self) -> Vec<(String, String)> {
        self.item
            .texts
            .iter()
            .filter(|t| t.language != self.page.lang.code())
            .filter_map(|t| crate::i18n::Lang::from_segment(&t.language).map(|l| (t.language.clone(), l.native_name())))
            .collect()
    }
}

/// `/{lang}/pages/{slug}`
pub async fn show(
    State(state): State<AppState>,
    page: Page,
    Path((_, slug)): Path<(String, String)>,
) -> AppResult<Response> {
    let item = contents::public_get(state.db(), ContentKind::Page, &slug, page.lang.code(), apdc_store::now())
        .await?
        .ok_or(AppError::NotFound)?;
    let shown = crate::images::Shown::load(&state, item.links.image.as_ref(), &item.shown.body).await?;
    let body = shown.body_html(&item.shown.body);
    let lead = crate::images::lead(&page, &item, &shown);
    let preview = lead.as_ref().map(|l| (l.preview.clone(), l.alt.clone()));
    let title = item.shown.title.clone();
    let until = next_appearance(&state).await?;
    let page = page.titled(title).described(item.shown.standfirst.clone()).article().pictured(preview);
    Ok(fresh_until(render(&ContentPage { page, item, body, lead })?, until))
}

#[derive(Template)]
#[template(path = "get_involved.html")]
struct GetInvolvedPage {
    page: Page,
    audiences: Vec<NavLink>,
}

/// `/{lang}/get-involved`: how members and their stakeholders take part — one section
/// per audience page placed here. Open calls join this page when they exist.
pub async fn get_involved(State(state): State<AppState>, page: Page) -> AppResult<Response> {
    let placed = state.placed_pages(page.lang.code()).await?;
    let audiences = nav_links(&page, &placed, Placement::GetInvolved);
    let title = page.t("get-involved-title");
    let intro = page.t("get-involved-intro");
    let page = page.described(Some(intro));
    let until = next_appearance(&state).await?;
    Ok(fresh_until(render(&GetInvolvedPage { page: page.titled(title), audiences })?, until))
}
