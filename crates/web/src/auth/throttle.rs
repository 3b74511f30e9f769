//! Sign-in throttling by progressive delay, never a hard lock.
//!
//! Failures are counted over the last hour for three keys: the account (the email
//! tried), the pair of account and client address, and the client address. Each key has
//! a number of failures that cost nothing; past it, the next attempt on that key must
//! wait a delay that doubles with every further failure, up to a ceiling, counted from
//! the key's last failure. An attempt that must wait is answered `429` with
//! `Retry-After`, without checking the password.
//!
//! | key | free failures | delay after that | ceiling |
//! |---|---|---|---|
//! | account and address | 5 | 1 s, doubling | 15 min |
//! | account, all addresses | 20 | 1 s, doubling | 60 s |
//! | address, all accounts | 50 | 1 s, doubling | 60 s |
//!
//! What follows (OWASP ASVS 4.0, V2.2.1, anti-automation with soft lock-out):
//! - A person who mistypes waits only at their own address; other people behind the
//!   same address, and the account's owner elsewhere, are not slowed.
//! - Guessing one account's password from many addresses allows at most about 85
//!   failures an hour (20, then the ramp, then one a minute), within ASVS's 100.
//! - Nobody can lock an account: the longest an attacker elsewhere makes its owner
//!   wait is one minute per attempt. A correct password for an account whose keys
//!   are not waiting signs in at once, whatever other accounts suffer.
//! - Many failures over many accounts from one address (password spraying) slow that
//!   address to one attempt a minute past fifty; an office behind one address stays far
//!   below that by mistyping alone.
//!
//! Counts live in the database, so every instance sees the same ones; the client
//! address is the one [`crate::auth::client::ClientAddress`] trusts.

use crate::error::AppError;
use apdc_store::users::{self, FailureCounts};
use apdc_store::{Db, now};

/// How long failures are remembered.
pub const WINDOW_SECS: i64 = 60 * 60;

/// One key's rule: failures that cost nothing, and the longest delay past them.
#[derive(Debug, Clone, Copy)]
struct Rule {
    free: i64,
    ceiling_secs: i64,
}

const PAIR: Rule = Rule { free: 5, ceiling_secs: 15 * 60 };
const ACCOUNT: Rule = Rule { free: 20, ceiling_secs: 60 };
const ADDRESS: Rule = Rule { free: 50, ceiling_secs: 60 };

impl Rule {
    /// Seconds still to wait after `failures`, the last at `last`, at `now`.
    fn wait(self, failures: i64, last: Option<i64>, now: i64) -> i64 {
        let Some(last) = last else { return 0 };
        if failures < self.free {
            return 0;
        }
        let doublings = u32::try_from((failures - self.free).min(30)).unwrap_or(30);
        let delay = (1_i64 << doublings).min(self.ceiling_secs);
        (last + delay - now).max(0)
    }
}

/// The seconds an attempt must wait given the counts, or 0.
fn wait_secs(counts: &FailureCounts, now: i64) -> i64 {
    [
        PAIR.wait(counts.pair, counts.pair_last, now),
        ACCOUNT.wait(counts.account, counts.account_last, now),
        ADDRESS.wait(counts.address, counts.address_last, now),
    ]
    .into_iter()
    .max()
    .unwrap_or(0)
}

/// Refuses the attempt while one of its keys must wait.
pub async fn check(db: &Db, email: &str, address: &str) -> Result<(), AppError> {
    let now = now();
    let counts = users::login_failure_counts(db, email, address, now - WINDOW_SECS).await?;
    match wait_secs(&counts, now) {
        0 => Ok(()),
        secs => Err(AppError::TooManyRequests { retry_after_secs: secs.unsigned_abs() }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(pair: i64, account: i64, address: i64, last: i64) -> FailureCounts {
        FailureCounts {
            pair,
            pair_last: (pair > 0).then_some(last),
            account,
            account_last: (account > 0).then_some(last),
            address,
            address_last: (address > 0).then_some(last),
        }
    }

    #[test]
    fn the_first_failures_cost_nothing() {
        assert_eq!(wait_secs(&counts(4, 19, 49, 1_000), 1_000), 0);
    }

    #[test]
    fn delays_double_from_one_second_to_their_ceiling() {
        assert_eq!(wait_secs(&counts(5, 5, 5, 1_000), 1_000), 1);
        assert_eq!(wait_secs(&counts(7, 7, 7, 1_000), 1_000), 4);
        assert_eq!(wait_secs(&counts(7, 7, 7, 1_000), 1_003), 1, "counted from the last failure");
        assert_eq!(wait_secs(&counts(7, 7, 7, 1_000), 1_004), 0);
        assert_eq!(wait_secs(&counts(40, 40, 40, 1_000), 1_000), 15 * 60, "one address on one account");
        assert_eq!(wait_secs(&counts(0, 40, 0, 1_000), 1_000), 60, "an account from many addresses");
        assert_eq!(wait_secs(&counts(0, 0, 80, 1_000), 1_000), 60, "an address over many accounts");
        assert_eq!(wait_secs(&counts(10_000, 10_000, 10_000, 0), 0), 15 * 60, "no overflow");
    }

    #[test]
    fn thirty_failures_over_thirty_accounts_slow_no_one() {
        assert_eq!(wait_secs(&counts(0, 0, 30, 1_000), 1_000), 0);
    }

    #[test]
    fn an_hour_of_guessing_one_account_from_many_addresses_stays_within_asvs() {
        // Always retrying the moment the delay allows: how many failures fit in an hour?
        let (mut at, mut failures) = (0_i64, 0_i64);
        while at < 3_600 {
            let wait = ACCOUNT.wait(failures, (failures > 0).then_some(at), at);
            at += wait.max(0);
            if at >= 3_600 {
                break;
            }
            failures += 1;
        }
        assert!(failures <= 100, "{failures} failures in an hour");
    }
}
