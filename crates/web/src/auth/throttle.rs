//! Sign-in throttling: too many failures for one address, or from one IP, in a window
//! lock further attempts until the window has passed. Counts live in the database, so
//! every instance sees the same ones.

use crate::error::AppError;
use apdc_store::{Db, users};

/// The window failures are counted in.
pub const WINDOW_SECS: i64 = 15 * 60;
/// Failures allowed per address within the window.
pub const MAX_PER_EMAIL: i64 = 5;
/// Failures allowed per IP within the window (an office may share one address).
pub const MAX_PER_IP: i64 = 30;

/// Refuses the attempt when the limits are reached.
pub async fn check(db: &Db, email: &str, ip: &str) -> Result<(), AppError> {
    let since = apdc_store::now() - WINDOW_SECS;
    let (by_email, by_ip) = users::recent_login_failures(db, email, ip, since).await?;
    if by_email >= MAX_PER_EMAIL || by_ip >= MAX_PER_IP {
        return Err(AppError::TooManyRequests { retry_after_secs: WINDOW_SECS as u64 });
    }
    Ok(())
}
