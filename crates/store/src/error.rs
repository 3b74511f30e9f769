//! The store's error type.

use apdc_domain::FieldErrors;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database could not be reached or answered with an error.
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    /// The record asked for does not exist.
    #[error("not found")]
    NotFound,
    /// A unique value is already taken; names the field.
    #[error("{field} is already in use")]
    Conflict { field: &'static str },
    /// The input broke a rule that needs the database to check (e.g. an unknown country).
    #[error("invalid input: {0}")]
    Invalid(FieldErrors),
    /// Stored data could not be read back (corrupt JSON, unknown enum code).
    #[error("stored data is inconsistent: {0}")]
    Corrupt(String),
    #[error("{0}")]
    Config(String),
    /// An operation refused, for the reason the message names (a backup or restore).
    #[error("{0}")]
    Refused(String),
    /// A file could not be read or written; `what` names the file and the step.
    #[error("{what}: {source}")]
    Io { what: String, source: std::io::Error },
}

impl StoreError {
    /// One invalid field.
    pub fn invalid(field: &'static str, code: &'static str) -> Self {
        let mut errors = FieldErrors::default();
        errors.push(field, code);
        Self::Invalid(errors)
    }

    /// Maps a unique-constraint violation to [`StoreError::Conflict`] on `field`.
    pub fn on_unique(self, field: &'static str) -> Self {
        match &self {
            Self::Database(sqlx::Error::Database(db)) if db.is_unique_violation() => Self::Conflict { field },
            _ => self,
        }
    }
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;
