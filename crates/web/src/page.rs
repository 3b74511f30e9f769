//! What every page's layout needs, and rendering templates into responses.

use crate::auth::{CurrentUser, csrf};
use crate::error::{AppError, AppResult};
use crate::i18n::Lang;
use crate::state::AppState;
use apdc_store::users::User;
use askama::Template;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::response::{Html, IntoResponse, Response};
use tower_sessions::Session;

/// The context of the page layout.
pub struct Page {
    pub lang: Lang,
    /// The request path without its language prefix (`/members?page=2`), for links to
    /// the same page in another language.
    pub rest: String,
    pub user: Option<User>,
    /// The session's CSRF token, when it has one (signed-in users always do).
    pub csrf: String,
    pub demo: bool,
    pub title: String,
    /// The pages staff placed in the navigation, titled in the page's language.
    pub placed: std::sync::Arc<Vec<apdc_store::contents::PlacedPage>>,
    /// The site's public address without a final slash, for absolute links.
    pub base_url: String,
    /// A sentence or two about the page, for search results and link previews.
    pub description: Option<String>,
    /// `article` for a story or page written by staff, `website` otherwise (OpenGraph).
    pub og_type: &'static str,
    /// The picture of a link preview: its address on this site and its description.
    pub og_image: Option<(String, String)>,
}

impl Page {
    /// A page for a reader whose session is unknown (error pages).
    pub fn anonymous(lang: Lang, path_and_query: &str, demo: bool) -> Self {
        Self {
            lang,
            rest: strip_lang(path_and_query),
            user: None,
            csrf: String::new(),
            demo,
            title: String::new(),
            placed: std::sync::Arc::default(),
            base_url: String::new(),
            description: None,
            og_type: "website",
            og_image: None,
        }
    }

    /// Links to the pages placed at `placement` (header or footer).
    pub fn placed_links(&self, placement: apdc_domain::content::Placement) -> Vec<crate::site::pages::NavLink> {
        crate::site::pages::nav_links(self, &self.placed, placement)
    }

    /// Gives the page its description (search results, link previews).
    pub fn described(mut self, description: Option<String>) -> Self {
        self.description = description.filter(|d| !d.trim().is_empty());
        self
    }

    /// The picture link previews show, by its path on this site, and its description.
    pub fn pictured(mut self, image: Option<(String, String)>) -> Self {
        self.og_image = image;
        self
    }

    /// Marks the page as an article (a story or a page staff wrote).
    pub fn article(mut self) -> Self {
        self.og_type = "article";
        self
    }

    /// The page's one address: absolute, without its filters, but with its page number.
    pub fn canonical(&self) -> String {
        let (path, query) = self.rest.split_once('?').unwrap_or((&self.rest, ""));
        let page = query.split('&').find(|p| p.starts_with("page=") && *p != "page=1" && *p != "page=");
        let query = page.map(|p| format!("?{p}")).unwrap_or_default();
        format!("{}/{}{path}{query}", self.base_url, self.lang.code())
    }

    /// This page in every language, itself included, as absolute addresses (`hreflang`).
    pub fn language_versions(&self) -> Vec<(&'static str, String)> {
        let (path, _) = self.rest.split_once('?').unwrap_or((&self.rest, ""));
        Lang::all().map(|l| (l.code(), format!("{}/{}{path}", self.base_url, l.code()))).collect()
    }

    /// The OpenGraph locale of the page's language (`fr_FR`).
    pub fn og_locale(&self) -> &'static str {
        match self.lang.code() {
            "fr" => "fr_FR",
            "es" => "es_ES",
            "ar" => "ar_AR",
            "ru" => "ru_RU",
            _ => "en_GB",
        }
    }

    pub fn titled(mut self, title: impl Into<String>) -> Self {
        self.title = title.into();
        self
    }

    /// Translation shortcut for templates.
    pub fn t(&self, key: &str) -> String {
        self.lang.t(key)
    }

    /// A path in the current language: `href("/members")` is `/fr/members` in French.
    pub fn href(&self, path: &str) -> String {
        format!("/{}{}", self.lang.code(), path)
    }

    /// The other languages with the link to this page in each.
    pub fn alternates(&self) -> Vec<(Lang, String)> {
        Lang::all().filter(|l| *l != self.lang).map(|l| (l, format!("/{}{}", l.code(), self.rest))).collect()
    }

    /// The language switcher's link to this page in `lang` (it also saves the choice).
    pub fn switch_href(&self, lang: &Lang) -> String {
        format!("/language/{}?next={}", lang.code(), crate::middleware::urlencode(&self.rest))
    }

    pub fn stylesheet(&self) -> String {
        crate::assets::stylesheet_url()
    }

    /// The message for a field's first error, in this page's language.
    pub fn field_error(&self, errors: &apdc_domain::FieldErrors, field: &str) -> Option<String> {
        errors.for_field(field).map(|e| self.error_message(e.code))
    }

    /// The sentence for a validation code (`invalid_url` → "Enter a web address…").
    pub fn error_message(&self, code: &str) -> String {
        self.t(&format!("field-error-{}", code.replace('_', "-")))
    }

    /// A form control labelled with the translation of `label_key`, carrying the
    /// translated message of its error in `errors`, if any.
    pub fn control<'a>(
        &self,
        name: &'a str,
        label_key: &str,
        errors: &apdc_domain::FieldErrors,
    ) -> crate::widgets::Control<'a> {
        crate::widgets::Control::new(name, self.t(label_key)).errors(errors, |code| self.error_message(code))
    }

    /// A date-time (Unix seconds) as `YYYY-MM-DD HH:MM` UTC.
    pub fn instant(&self, at: &i64) -> String {
        time::OffsetDateTime::from_unix_timestamp(*at)
            .map(|t| {
                format!("{:04}-{:02}-{:02} {:02}:{:02}", t.year(), u8::from(t.month()), t.day(), t.hour(), t.minute())
            })
            .unwrap_or_default()
    }

    /// A whole percentage as the page's language writes it (`73%`, `73 %`, `73 %`).
    pub fn percent(&self, whole: impl std::borrow::Borrow<usize>) -> String {
        let hundredths = i64::try_from(*whole.borrow()).unwrap_or(i64::MAX / 100).saturating_mul(100);
        crate::results_view::format_hundredths(self.lang.code(), apdc_domain::results::Measure::Percentage, hundredths)
    }

    pub fn is_staff(&self) -> bool {
        self.user.as_ref().is_some_and(|u| u.role.is_staff())
    }

    pub fn is_administrator(&self) -> bool {
        self.user.as_ref().is_some_and(|u| u.role == apdc_domain::Role::Administrator)
    }

    /// The member a signed-in focal point speaks for.
    pub fn own_member(&self) -> Option<String> {
        self.user.as_ref().and_then(|u| u.member).map(|m| m.to_string())
    }

    pub fn role_label(&self) -> String {
        self.user
            .as_ref()
            .map(|u| self.lang.t(&format!("role-{}", u.role.as_str().replace('_', "-"))))
            .unwrap_or_default()
    }
}

/// `next` if it is a path on this site (no scheme, no host, no protocol-relative `//`),
/// the only kind of destination followed after signing in or switching language.
pub fn local_path(next: &str) -> Option<&str> {
    (next.starts_with('/') && !next.starts_with("//") && !next.contains('\\')).then_some(next)
}

fn strip_lang(path_and_query: &str) -> String {
    let mut segments = path_and_query.splitn(3, '/');
    segments.next();
    match segments.next() {
        Some(first) if Lang::from_segment(first).is_some() => {
            format!("/{}", segments.next().unwrap_or(""))
        }
        _ => "/".to_owned(),
    }
}

impl FromRequestParts<AppState> for Page {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let lang = parts.uri.path().split('/').nth(1).and_then(Lang::from_segment).ok_or(AppError::NotFound)?;
        let CurrentUser(user) = CurrentUser::from_request_parts(parts, state).await?;
        let session = Session::from_request_parts(parts, state)
            .await
            .map_err(|(_, msg)| AppError::Internal(format!("session layer missing: {msg}")))?;
        let csrf = csrf::existing(&session).await?.unwrap_or_default();
        let path_and_query = parts.uri.path_and_query().map_or("/", |p| p.as_str());
        let placed = state.placed_pages(lang.code()).await?;
        Ok(Self {
            lang,
            rest: strip_lang(path_and_query),
            user,
            csrf,
            demo: state.config().demo,
            title: String::new(),
            placed,
            base_url: state.config().public_url.trim_end_matches('/').to_owned(),
            description: None,
            og_type: "website",
            og_image: None,
        })
    }
}

/// Renders a template as an HTML response.
pub fn render(template: &impl Template) -> AppResult<Response> {
    Ok(Html(template.render()?).into_response())
}

/// Renders a template with a status other than 200 (a form re-shown with errors).
pub fn render_status(status: axum::http::StatusCode, template: &impl Template) -> AppResult<Response> {
    Ok((status, Html(template.render()?)).into_response())
}

#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorPage {
    pub page: Page,
    pub status: u16,
    pub message: String,
    pub request_id: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_local_paths_are_followed() {
        assert_eq!(local_path("/en/members?page=2"), Some("/en/members?page=2"));
        for foreign in ["//evil.example/", "https://evil.example/", "/\\evil.example", "evil", ""] {
            assert_eq!(local_path(foreign), None, "{foreign}");
        }
    }

    #[test]
    fn language_prefix_is_stripped_for_alternates() {
        assert_eq!(strip_lang("/en/members?page=2"), "/members?page=2");
        assert_eq!(strip_lang("/fr/"), "/");
        assert_eq!(strip_lang("/en"), "/");
        assert_eq!(strip_lang("/api/v1/members"), "/");
    }
}
