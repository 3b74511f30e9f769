//! Staff pages: the member registry and its imports, projects, activities, people and
//! participation, API tokens, audit trails; and, for administrators, accounts and roles.

pub mod activities;
pub mod exports;
pub mod import;
pub mod members;
pub mod organisations;
pub mod participant_import;
pub mod people;
pub mod projects;
pub mod results;
pub mod results_import;
pub mod stories;
pub mod story_review;
pub mod tokens;
pub mod trail;
pub mod updates;
pub mod users;
