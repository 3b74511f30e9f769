//! Staff pages: the member registry and its imports, projects, activities, people and
//! participation, success stories and the pages staff write, API tokens, audit trails; and, for administrators, accounts and roles.

pub mod activities;
pub mod content;
pub mod content_review;
pub mod exports;
pub mod home;
pub mod images;
pub mod import;
pub mod members;
pub mod organisations;
pub mod participant_import;
pub mod people;
pub mod projects;
pub mod results;
pub mod results_import;
pub mod tokens;
pub mod trail;
pub mod translations;
pub mod updates;
pub mod users;

use crate::error::AppResult;
use crate::state::AppState;

/// Every member as a form's choice: (country code, "Country — ACRONYM") in `language`,
/// ordered by name as the reader's language orders it.
pub async fn member_choices(state: &AppState, language: &str) -> AppResult<Vec<(String, String)>> {
    let members = apdc_store::members::matching(state.db(), &Default::default()).await?;
    let mut choices: Vec<(String, String)> = members
        .into_iter()
        .map(|m| {
            let name = m.country_names.get(language).to_owned();
            let label = m.acronym.as_ref().map_or_else(|| name.clone(), |a| format!("{name} — {a}"));
            (m.alpha2.to_string(), label)
        })
        .collect();
    choices.sort_by_cached_key(|(_, l)| apdc_store::members::sort_key(l));
    Ok(choices)
}

/// Every theme as a form's choice: (slug, name in `language`).
pub async fn theme_choices(state: &AppState, language: &str) -> AppResult<Vec<(String, String)>> {
    let themes = apdc_store::organisations::themes(state.db()).await?;
    Ok(themes.iter().map(|t| (t.slug.clone(), t.name(language).to_owned())).collect())
}

/// The seventeen SDGs as a form's choices: (number, "number — title").
pub async fn goal_choices(state: &AppState, language: &str) -> AppResult<Vec<(String, String)>> {
    let sdgs = apdc_store::reference::sdgs(state.db()).await?;
    Ok(sdgs.into_iter().map(|g| (g.number.to_string(), format!("{} — {}", g.number, g.title(language)))).collect())
}
