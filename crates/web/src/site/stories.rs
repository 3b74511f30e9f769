//! Success stories for readers: the list with its filters, one story, and the few
//! latest on the home, project and member pages.
//!
//! Readers see the live copy only (see `apdc_store::contents`). A story is shown in the
//! reader's language where translated; otherwise in its source language, marked with that
//! language and direction and a notice saying so. A translation behind its source says so
//! too.

use crate::error::{AppError, AppResult};
use crate::page::{Page, render};
use crate::site::projects::{country, m49_region, optional};
use crate::state::AppState;
use crate::widgets::Pager;
use apdc_domain::content::ContentKind;
use apdc_domain::language::Direction;
use apdc_store::Paged;
use apdc_store::contents::{self, PublicContent, PublicFilter, PublicSummary, TranslationState};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::HeaderValue;
use axum::response::Response;
use serde::Deserialize;

/// Stories per page.
pub const PER_PAGE: usize = 12;

/// The list's query parameters; the API takes the same ones (`api::stories`).
#[derive(Debug, Default, Deserialize, Clone)]
pub struct StoriesQuery {
    /// M49 region of a country or member the story is about.
    #[serde(default)]
    pub region: String,
    /// Member, by its country code.
    #[serde(default)]
    pub member: String,
    /// Country, ISO 3166-1 alpha-2.
    #[serde(default)]
    pub country: String,
    /// Project code.
    #[serde(default)]
    pub project: String,
    /// SDG goal number, 1 to 17.
    #[serde(default)]
    pub sdg: String,
    /// Theme slug.
    #[serde(default)]
    pub theme: String,
    /// Year of publication.
    #[serde(default)]
    pub year: String,
    /// Page number, from 1.
    #[serde(default)]
    pub page: String,
}

impl StoriesQuery {
    /// The filter and page number asked for; an unknown value is an error naming it.
    pub fn parse(&self) -> AppResult<(PublicFilter, usize)> {
        let filter = PublicFilter {
            region: optional(&self.region, "region", m49_region)?,
            member: optional(&self.member, "member", country)?,
            country: optional(&self.country, "country", country)?,
            project: optional(&self.project, "project", apdc_domain::project::project_code)?,
            sdg: optional(&self.sdg, "sdg", apdc_domain::project::sdg_goal)?,
            theme: optional(&self.theme, "theme", apdc_domain::project::theme_slug)?,
            year: optional(&self.year, "year", apdc_domain::dates::year)?,
        };
        Ok((filter, crate::error::page_number(&self.page)?))
    }

    /// The query string for another page, keeping the filters.
    pub fn with_page(&self, page: usize) -> String {
        let page = if page > 1 { page.to_string() } else { String::new() };
        let pairs = [
            ("region", self.region.as_str()),
            ("member", self.member.as_str()),
            ("country", self.country.as_str()),
            ("project", self.project.as_str()),
            ("sdg", self.sdg.as_str()),
            ("theme", self.theme.as_str()),
            ("year", self.year.as_str()),
            ("page", page.as_str()),
        ];
        crate::widgets::query_string(&pairs)
    }

    pub fn is_filtered(&self) -> bool {
        !self.with_page(1).is_empty()
    }
}

/// ` lang=".." dir=".."` for a text in `language` shown on a page in another language.
pub fn foreign_attributes(page: &Page, language: &str) -> String {
    if language == page.lang.code() {
        return String::new();
    }
    let language: String = language.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-').collect();
    format!(" lang=\"{language}\" dir=\"{}\"", Direction::of(&language).as_attr())
}

/// A publication date as the page's language writes it (`7 December 2026`).
pub fn long_date(page: &Page, at: i64) -> String {
    let Ok(moment) = time::OffsetDateTime::from_unix_timestamp(at) else { return String::new() };
    page.lang.t_args(
        &format!("date-long-{}", u8::from(moment.month())),
        &[("day", crate::i18n::num(usize::from(moment.day()))), ("year", crate::i18n::text(moment.year().to_string()))],
    )
}

/// The name of a content language in the page's language.
pub fn language_name(page: &Page, language: &str) -> String {
    page.t(&format!("content-language-{language}"))
}

/// A story in a list, ready to show.
pub struct StoryCard {
    pub slug: String,
    pub title: String,
    pub standfirst: Option<String>,
    pub date: String,
    /// ` lang dir` when its text is not in the page's language.
    pub attributes: String,
}

pub fn cards(page: &Page, items: &[PublicSummary]) -> Vec<StoryCard> {
    items
        .iter()
        .map(|s| StoryCard {
            slug: s.slug.clone(),
            title: s.shown.title.clone(),
            standfirst: s.shown.standfirst.clone(),
            date: long_date(page, s.published_at),
            attributes: foreign_attributes(page, &s.shown.language),
        })
        .collect()
}

/// The moment the next scheduled item appears, if any: pages that list stories are not
/// kept in the response cache past it, so a scheduled story appears exactly then.
pub async fn next_appearance(state: &AppState) -> AppResult<Option<i64>> {
    Ok(contents::next_scheduled(state.db(), apdc_store::now()).await?)
}

/// Marks `response` as not to be served from the cache from `until` on.
pub fn fresh_until(mut response: Response, until: Option<i64>) -> Response {
    if let Some(until) = until
        && let Ok(value) = HeaderValue::from_str(&until.to_string())
    {
        response.headers_mut().insert(crate::cache::FRESH_UNTIL, value);
    }
    response
}

/// The latest stories matching `filter`, for the home, project and member pages.
pub async fn latest(state: &AppState, page: &Page, filter: &PublicFilter, count: usize) -> AppResult<Vec<StoryCard>> {
    let found =
        contents::public_list(state.db(), ContentKind::Story, filter, page.lang.code(), apdc_store::now(), 1, count)
            .await?;
    Ok(cards(page, &found.items))
}

#[derive(Template)]
#[template(path = "stories.html")]
struct ListPage {
    page: Page,
    query: StoriesQuery,
    result: Paged<PublicSummary>,
    stories: Vec<StoryCard>,
    years: Vec<i64>,
    members: Vec<(String, String)>,
    themes: Vec<(String, String)>,
}

impl ListPage {
    fn regions(&self) -> [&'static str; 5] {
        apdc_domain::country::M49_REGIONS
    }

    fn region_label(&self, region: &str) -> String {
        self.page.t(&format!("region-{}", region.to_lowercase()))
    }

    fn sdgs(&self) -> std::ops::RangeInclusive<i64> {
        1..=17
    }

    fn pager(&self) -> String {
        let base = self.page.href("/stories");
        Pager::new(&self.page, self.result.page, self.result.pages())
            .html(|n| format!("{base}{}", self.query.with_page(n)))
    }
}

/// `/{lang}/stories`
pub async fn list(State(state): State<AppState>, page: Page, Query(query): Query<StoriesQuery>) -> AppResult<Response> {
    let (filter, number) = query.parse()?;
    let lang = page.lang.code();
    let at = apdc_store::now();
    let result = contents::public_list(state.db(), ContentKind::Story, &filter, lang, at, number, PER_PAGE).await?;
    if number > result.pages() {
        return Err(AppError::NotFound);
    }
    let years = contents::public_years(state.db(), ContentKind::Story, at).await?;
    let choices = state.public_facet_choices(lang).await?;
    let members = choices.members.clone();
    let themes = apdc_store::organisations::themes(state.db())
        .await?
        .iter()
        .map(|t| (t.slug.clone(), t.name(lang).to_owned()))
        .collect();
    let stories = cards(&page, &result.items);
    let title = page.t("stories-title");
    let until = next_appearance(&state).await?;
    let intro = page.t("stories-intro");
    let page = page.titled(title).described(Some(intro));
    let response = render(&ListPage { page, query, result, stories, years, members, themes })?;
    Ok(fresh_until(response, until))
}

#[derive(Template)]
#[template(path = "story.html")]
struct StoryPage {
    page: Page,
    story: PublicContent,
    body: String,
    lead: Option<crate::images::Lead>,
    date: String,
    updated: Option<String>,
    projects: Vec<(String, String, String)>,
    members: Vec<(String, String)>,
    countries: Vec<String>,
    sdgs: Vec<(i64, String)>,
    themes: Vec<(String, String)>,
}

impl StoryPage {
    fn attributes(&self) -> String {
        foreign_attributes(&self.page, &self.story.shown.language)
    }

    /// The notice about the language of the text shown, if it is not simply the
    /// page's language.
    fn language_notice(&self) -> Option<String> {
        let shown = language_name(&self.page, &self.story.shown.language);
        match self.story.state {
            TranslationState::Missing => {
                Some(self.page.lang.t_args("story-shown-in-source", &[("language", crate::i18n::text(shown))]))
            }
            TranslationState::OutOfDate => {
                let source = language_name(&self.page, &self.story.source_language);
                Some(self.page.lang.t_args("story-translation-behind", &[("language", crate::i18n::text(source))]))
            }
            _ => None,
        }
    }

    /// The other languages it can be read in: (code, own name).
    fn other_languages(&self) -> Vec<(String, String)> {
        self.story
            .texts
            .iter()
            .filter(|t| t.language != self.page.lang.code())
            .filter_map(|t| crate::i18n::Lang::from_segment(&t.language).map(|l| (t.language.clone(), l.native_name())))
            .collect()
    }

    fn people(&self) -> Vec<&str> {
        self.story.shown.people.as_deref().unwrap_or("").lines().map(str::trim).filter(|l| !l.is_empty()).collect()
    }

    fn has_links(&self) -> bool {
        !(self.projects.is_empty()
            && self.members.is_empty()
            && self.countries.is_empty()
            && self.sdgs.is_empty()
            && self.themes.is_empty())
    }
}

/// `/{lang}/stories/{slug}`
pub async fn show(
    State(state): State<AppState>,
    page: Page,
    Path((_, slug)): Path<(String, String)>,
) -> AppResult<Response> {
    let lang = page.lang.code();
    let story = contents::public_get(state.db(), ContentKind::Story, &slug, lang, apdc_store::now())
        .await?
        .ok_or(AppError::NotFound)?;
    let mut projects: Vec<(String, String, String)> = Vec::new();
    for code in &story.links.projects {
        let titles: Vec<_> = story.projects.iter().filter(|p| &p.code == code).collect();
        let chosen = titles.iter().find(|p| p.language == lang).or_else(|| titles.iter().find(|p| p.language == "en"));
        if let Some(p) = chosen {
            projects.push((code.clone(), p.title.clone(), foreign_attributes(&page, &p.language)));
        }
    }
    let members = story.links.members.iter().map(|m| (m.clone(), state.country_name(m, lang))).collect();
    let countries = story.links.countries.iter().map(|c| state.country_name(c, lang)).collect();
    let goals = apdc_store::reference::sdgs(state.db()).await?;
    let sdgs = story
        .links
        .sdgs
        .iter()
        .map(|n| (*n, goals.iter().find(|g| g.number == *n).map(|g| g.title(lang).to_owned()).unwrap_or_default()))
        .collect();
    let all_themes = apdc_store::organisations::themes(state.db()).await?;
    let themes = story
        .links
        .themes
        .iter()
        .filter_map(|s| all_themes.iter().find(|t| &t.slug == s).map(|t| (t.slug.clone(), t.name(lang).to_owned())))
        .collect();
    let shown = crate::images::Shown::load(&state, story.links.image.as_ref(), &story.shown.body).await?;
    let body = shown.body_html(&story.shown.body);
    let lead = crate::images::lead(&page, &story, &shown);
    let preview = lead.as_ref().map(|l| (l.preview.clone(), l.alt.clone()));
    let date = long_date(&page, story.published_at);
    let updated = (story.live_at > story.published_at + 86_400).then(|| long_date(&page, story.live_at));
    let title = story.shown.title.clone();
    let until = next_appearance(&state).await?;
    let description = story.shown.standfirst.clone();
    let response = render(&StoryPage {
        page: page.titled(title).described(description).article().pictured(preview),
        story,
        body,
        lead,
        date,
        updated,
        projects,
        members,
        countries,
        sdgs,
        themes,
    })?;
    Ok(fresh_until(response, until))
}
