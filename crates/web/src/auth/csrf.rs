//! CSRF tokens: one random token per session, sent back in every state-changing form.

use crate::error::AppError;
use sha2::{Digest, Sha256};
use tower_sessions::Session;

const CSRF_KEY: &str = "csrf";

/// The session's token, created on first use.
pub async fn token(session: &Session) -> Result<String, AppError> {
    if let Some(token) = session.get::<String>(CSRF_KEY).await? {
        return Ok(token);
    }
    let token = random_token().map_err(|e| AppError::Internal(format!("random: {e}")))?;
    session.insert(CSRF_KEY, &token).await?;
    Ok(token)
}

/// The session's token if it has one (pages without forms never create one).
pub async fn existing(session: &Session) -> Result<Option<String>, AppError> {
    Ok(session.get::<String>(CSRF_KEY).await?)
}

/// Replaces the token (after signing in, so a token seen before cannot be reused).
pub async fn rotate(session: &Session) -> Result<String, AppError> {
    session.remove::<String>(CSRF_KEY).await?;
    token(session).await
}

/// Checks a submitted token against the session's.
pub async fn verify(session: &Session, submitted: Option<&str>) -> Result<(), AppError> {
    let expected = session.get::<String>(CSRF_KEY).await?;
    match (expected, submitted) {
        (Some(expected), Some(submitted)) if constant_time_eq(&expected, submitted) => Ok(()),
        _ => Err(AppError::Csrf),
    }
}

/// Compares digests so the time taken says nothing about where the strings differ.
fn constant_time_eq(a: &str, b: &str) -> bool {
    let (da, db) = (Sha256::digest(a.as_bytes()), Sha256::digest(b.as_bytes()));
    da.iter().zip(db.iter()).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// 32 random bytes as hex.
pub fn random_token() -> Result<String, getrandom::Error> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes)?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_random_hex_and_compared_exactly() {
        let a = random_token().unwrap();
        assert_eq!(a.len(), 64);
        assert_ne!(a, random_token().unwrap());
        assert!(constant_time_eq(&a, &a.clone()));
        assert!(!constant_time_eq(&a, &a[1..]));
        assert!(!constant_time_eq(&a, ""));
    }
}
