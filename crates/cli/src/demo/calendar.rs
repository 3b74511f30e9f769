//! Dates for the demonstration data, all relative to one fixed day.
//!
//! The records describe the plan as it stood on [`AS_OF`]: what ended before it is
//! completed, what starts soon after it is open for nominations. A fixed day rather than
//! today keeps the generator deterministic: every run writes the same records.

use rand::Rng;
use time::macros::date;
use time::{Date, Duration};

/// The day the demonstration data describes.
pub const AS_OF: Date = date!(2026 - 11 - 01);

/// The first and last days any generated date may fall on.
pub const FIRST_DAY: Date = date!(2021 - 01 - 04);
pub const LAST_DAY: Date = date!(2027 - 12 - 17);

/// `date` moved by `days` (negative moves back).
pub fn add_days(date: Date, days: i64) -> Date {
    date.checked_add(Duration::days(days)).unwrap_or(date)
}

/// Days from `from` to `to` (negative when `to` comes first).
pub fn days_between(from: Date, to: Date) -> i64 {
    (to - from).whole_days()
}

/// A day between `from` and `to`, both included; `from` when the range is empty.
pub fn between(rng: &mut impl Rng, from: Date, to: Date) -> Date {
    let span = days_between(from, to);
    if span <= 0 { from } else { add_days(from, rng.random_range(0..=span)) }
}

/// A date in the canonical form the database keeps (`2026-03-31`).
pub fn iso(date: Date) -> String {
    date.to_string()
}

/// Unix seconds at `hour`:00 UTC on `date`.
pub fn instant(date: Date, hour: u8) -> i64 {
    date.with_hms(hour.min(23), 0, 0).map_or(0, |moment| moment.assume_utc().unix_timestamp())
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;
    use rand::rngs::StdRng;

    #[test]
    fn dates_stay_in_range_and_print_canonically() {
        let mut rng = StdRng::seed_from_u64(3);
        for _ in 0..100 {
            let day = between(&mut rng, FIRST_DAY, LAST_DAY);
            assert!(FIRST_DAY <= day && day <= LAST_DAY);
        }
        assert_eq!(between(&mut rng, AS_OF, FIRST_DAY), AS_OF);
        assert_eq!(iso(add_days(AS_OF, 30)), "2026-12-01");
        assert_eq!(days_between(AS_OF, add_days(AS_OF, -3)), -3);
        assert_eq!(apdc_domain::dates::optional_date(&iso(AS_OF)), Ok(Some("2026-11-01".to_owned())));
        assert_eq!(instant(date!(1970 - 01 - 02), 1), 90_000);
    }
}
