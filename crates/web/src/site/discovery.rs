//! How readers and search engines find what the site publishes: the Atom feed of stories
//! per language (`/{lang}/stories.atom`), the sitemap (`/sitemap.xml`, an index of
//! `/sitemaps/{n}.xml`, every public page in each language with its alternates) and
//! `robots.txt`. Addresses are absolute, made from the configured public address.
//!
//! Only what readers may see is listed: the store applies the pages' own conditions.

use crate::error::{AppError, AppResult};
use crate::i18n::Lang;
use crate::page::Page;
use crate::site::stories::{fresh_until, next_appearance};
use crate::state::AppState;
use apdc_domain::content::{ContentKind, moment};
use apdc_feeds::{atom, sitemap};
use apdc_store::contents::{self, PublicFilter};
use apdc_store::discovery::{self, PublicPath};
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};

/// The stories an Atom feed carries.
pub const FEED_ENTRIES: usize = 20;
/// Pages per sitemap: each is listed once per language with all its alternates, which
/// keeps one sitemap to a few megabytes before compression.
pub const PAGES_PER_SITEMAP: usize = 1_000;
/// The pages of the site that are not records: home and lists.
const SECTIONS: [&str; 6] = ["/", "/projects", "/members", "/results", "/stories", "/get-involved"];

fn base(state: &AppState) -> String {
    state.config().public_url.trim_end_matches('/').to_owned()
}

fn xml(content_type: &'static str, body: Vec<u8>) -> Response {
    ([(header::CONTENT_TYPE, content_type)], body).into_response()
}

/// `/{lang}/stories.atom`: the latest published stories, in the feed's language where
/// translated, else in their source language (marked `xml:lang`).
pub async fn stories_feed(State(state): State<AppState>, page: Page) -> AppResult<Response> {
    let lang = page.lang.code();
    let at = apdc_store::now();
    let found =
        contents::public_list(state.db(), ContentKind::Story, &PublicFilter::default(), lang, at, 1, FEED_ENTRIES)
            .await?;
    let base = base(&state);
    let entries: Vec<atom::Entry> = found
        .items
        .iter()
        .map(|s| {
            let href = format!("{base}/{lang}/stories/{}", s.slug);
            atom::Entry {
                id: href.clone(),
                language: s.shown.language.clone(),
                title: s.shown.title.clone(),
                published: moment::to_rfc3339(s.published_at),
                updated: moment::to_rfc3339(s.shown.updated_at.max(s.published_at)),
                href,
                summary: s.shown.standfirst.clone(),
                content_html: apdc_markdown::render(&s.shown.body),
            }
        })
        .collect();
    let updated = found.items.iter().map(|s| s.shown.updated_at.max(s.published_at)).max().unwrap_or(at);
    let feed = atom::Feed {
        id: format!("{base}/{lang}/stories"),
        language: lang.to_owned(),
        title: format!("{} · {}", page.t("stories-title"), page.t("site-name")),
        subtitle: Some(page.t("stories-intro")),
        updated: moment::to_rfc3339(updated),
        self_href: format!("{base}/{lang}/stories.atom"),
        alternate_href: format!("{base}/{lang}/stories"),
        author: page.t("site-name"),
        entries,
    };
    let until = next_appearance(&state).await?;
    Ok(fresh_until(xml("application/atom+xml; charset=utf-8", atom::write(&feed)), until))
}

/// Every public page, sections first.
async fn all_paths(state: &AppState) -> AppResult<Vec<PublicPath>> {
    let mut paths: Vec<PublicPath> =
        SECTIONS.iter().map(|p| PublicPath { path: (*p).to_owned(), updated_at: None }).collect();
    paths.extend(discovery::public_paths(state.db(), apdc_store::now()).await?);
    Ok(paths)
}

/// `/sitemap.xml`: the index of the sitemaps.
pub async fn sitemap_index(State(state): State<AppState>) -> AppResult<Response> {
    let count = all_paths(&state).await?.len().div_ceil(PAGES_PER_SITEMAP).max(1);
    let base = base(&state);
    let locations: Vec<String> = (1..=count).map(|n| format!("{base}/sitemaps/{n}.xml")).collect();
    let until = next_appearance(&state).await?;
    Ok(fresh_until(xml("application/xml; charset=utf-8", sitemap::write_index(&locations)), until))
}

/// `/sitemaps/{n}.xml`: one part of the sitemap.
pub async fn sitemap_part(State(state): State<AppState>, Path(file): Path<String>) -> AppResult<Response> {
    let number: usize =
        file.strip_suffix(".xml").and_then(|n| n.parse().ok()).filter(|n| *n >= 1).ok_or(AppError::NotFound)?;
    let paths = all_paths(&state).await?;
    let start = (number - 1).saturating_mul(PAGES_PER_SITEMAP);
    if start >= paths.len() {
        return Err(AppError::NotFound);
    }
    let base = base(&state);
    let pages: Vec<sitemap::Page> = paths[start..paths.len().min(start + PAGES_PER_SITEMAP)]
        .iter()
        .map(|p| sitemap::Page {
            versions: Lang::all().map(|l| (l.code().to_owned(), format!("{base}/{}{}", l.code(), p.path))).collect(),
            default: Some(format!("{base}/en{}", p.path)),
            lastmod: p.updated_at.map(moment::to_rfc3339),
        })
        .collect();
    let until = next_appearance(&state).await?;
    Ok(fresh_until(xml("application/xml; charset=utf-8", sitemap::write(&pages)), until))
}

/// `/robots.txt`: everything public may be indexed; staff, portal and sign-in pages and
/// the API may not; where the sitemap is.
pub async fn robots(State(state): State<AppState>) -> Response {
    let mut body = String::from("User-agent: *\n");
    for lang in Lang::all() {
        let code = lang.code();
        for private in ["admin", "account", "login", "reports"] {
            body.push_str(&format!("Disallow: /{code}/{private}\n"));
        }
    }
    body.push_str("Disallow: /api/\nDisallow: /language/\nAllow: /\n\n");
    body.push_str(&format!("Sitemap: {}/sitemap.xml\n", base(&state)));
    ([(header::CONTENT_TYPE, "text/plain; charset=utf-8")], body).into_response()
}
