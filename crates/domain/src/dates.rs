//! Calendar dates and years as entered in forms and spreadsheets.

use time::Date;
use time::macros::format_description;

/// The years a plan, budget or funding line may refer to.
pub const YEARS: std::ops::RangeInclusive<i64> = 1990..=2100;

/// An ISO 8601 calendar date (`2026-03-31`), returned in that same canonical form.
pub fn optional_date(raw: &str) -> Result<Option<String>, &'static str> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(None);
    }
    let date = Date::parse(raw, format_description!("[year]-[month]-[day]")).map_err(|_| "invalid_date")?;
    if !YEARS.contains(&i64::from(date.year())) {
        return Err("date_out_of_range");
    }
    Ok(Some(date.to_string()))
}

/// A date and time without offset, as an HTML `datetime-local` control sends it
/// (`2026-03-31T14:00`); seconds are dropped.
pub fn optional_local_datetime(raw: &str) -> Result<Option<String>, &'static str> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(None);
    }
    let (date, clock) = raw.split_once(['T', ' ']).ok_or("invalid_datetime")?;
    let date = optional_date(date).map_err(|_| "invalid_datetime")?.ok_or("invalid_datetime")?;
    let clock = clock.get(..5).filter(|c| c.len() == 5).ok_or("invalid_datetime")?;
    time::Time::parse(clock, format_description!("[hour]:[minute]")).map_err(|_| "invalid_datetime")?;
    Ok(Some(format!("{date}T{clock}")))
}

/// A year within [`YEARS`].
pub fn year(raw: &str) -> Result<i64, &'static str> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Err("required");
    }
    let year: i64 = raw.parse().map_err(|_| "invalid_year")?;
    if YEARS.contains(&year) { Ok(year) } else { Err("invalid_year") }
}

/// Checks that an optional end does not come before an optional start (canonical dates
/// compare correctly as text).
pub fn ordered(start: &Option<String>, end: &Option<String>) -> bool {
    match (start, end) {
        (Some(s), Some(e)) => s <= e,
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_checked_and_canonical() {
        assert_eq!(optional_date(" 2026-02-28 "), Ok(Some("2026-02-28".into())));
        assert_eq!(optional_date(""), Ok(None));
        assert_eq!(optional_date("2026-02-30"), Err("invalid_date"));
        assert_eq!(optional_date("28/02/2026"), Err("invalid_date"));
        assert_eq!(optional_date("1850-01-01"), Err("date_out_of_range"));
        assert_eq!(optional_local_datetime("2026-03-31T14:00:00"), Ok(Some("2026-03-31T14:00".into())));
        assert_eq!(optional_local_datetime("2026-03-31T25:00"), Err("invalid_datetime"));
        assert_eq!(optional_local_datetime("2026-03-31"), Err("invalid_datetime"));
        assert_eq!(year("2024"), Ok(2024));
        assert_eq!(year("24"), Err("invalid_year"));
        assert!(ordered(&Some("2026-01-01".into()), &Some("2026-01-01".into())));
        assert!(!ordered(&Some("2026-01-02".into()), &Some("2026-01-01".into())));
    }
}
