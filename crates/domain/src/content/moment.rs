//! Moments given by people: a local date and time with its time zone (forms) or an
//! RFC 3339 timestamp with its offset (the API). A moment without a zone is refused:
//! "09:00" means a different instant in Nairobi and in Lima.

use jiff::Timestamp;
use jiff::civil::DateTime;
use jiff::tz::TimeZone;

/// A form's local date and time (`2026-12-24T09:00`, as a `datetime-local` control sends
/// it) in the IANA zone `zone`, as Unix seconds; `None` when both are empty.
pub fn local_moment(local: &str, zone: &str) -> Result<Option<i64>, &'static str> {
    let (local, zone) = (local.trim(), zone.trim());
    if local.is_empty() {
        return Ok(None);
    }
    let civil: DateTime = local.parse().map_err(|_| "invalid_datetime")?;
    if zone.is_empty() {
        return Err("time_zone_required");
    }
    let tz = TimeZone::get(zone).map_err(|_| "invalid_time_zone")?;
    // A time skipped or repeated by a clock change is read as the clocks' "compatible"
    // choice (the later instant for a gap, the earlier for a fold), as calendars do.
    let at = tz.to_ambiguous_timestamp(civil).compatible().map_err(|_| "invalid_datetime")?;
    Ok(Some(at.as_second()))
}

/// An RFC 3339 timestamp (`2026-12-24T09:00:00+03:00` or `…Z`) as Unix seconds.
pub fn rfc3339(raw: &str) -> Result<i64, &'static str> {
    let raw = raw.trim();
    match raw.parse::<Timestamp>() {
        Ok(ts) => Ok(ts.as_second()),
        Err(_) if raw.parse::<DateTime>().is_ok() => Err("time_zone_required"),
        Err(_) => Err("invalid_datetime"),
    }
}

/// Unix seconds as RFC 3339 in UTC (`2026-12-24T06:00:00Z`).
pub fn to_rfc3339(seconds: i64) -> String {
    Timestamp::from_second(seconds).map(|t| t.to_string()).unwrap_or_default()
}

/// The zones a form offers, by their IANA names.
pub fn time_zones() -> Vec<String> {
    let mut zones: Vec<String> = jiff::tz::db()
        .available()
        .map(|name| name.to_string())
        .filter(|name| name.contains('/') && !name.starts_with("Etc/") && !name.starts_with("SystemV/"))
        .collect();
    zones.push("UTC".to_owned());
    zones.sort();
    zones.dedup();
    zones
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_local_time_needs_its_zone() {
        assert_eq!(local_moment("", ""), Ok(None));
        assert_eq!(local_moment("2030-01-02T09:00", ""), Err("time_zone_required"));
        assert_eq!(local_moment("2030-01-02T09:00", "Mars/Olympus"), Err("invalid_time_zone"));
        assert_eq!(local_moment("tomorrow", "UTC"), Err("invalid_datetime"));
        assert_eq!(local_moment("2030-01-02T09:00", "UTC"), Ok(Some(1_893_574_800)));
        assert_eq!(local_moment("2030-01-02T09:00", "America/Lima"), Ok(Some(1_893_574_800 + 5 * 3600)));
    }

    #[test]
    fn api_timestamps_carry_their_offset() {
        assert_eq!(rfc3339("2030-01-02T09:00:00Z"), Ok(1_893_574_800));
        assert_eq!(rfc3339("2030-01-02T12:00:00+03:00"), Ok(1_893_574_800));
        assert_eq!(rfc3339("2030-01-02T09:00:00"), Err("time_zone_required"));
        assert_eq!(rfc3339("soon"), Err("invalid_datetime"));
        assert_eq!(to_rfc3339(1_893_574_800), "2030-01-02T09:00:00Z");
        assert!(time_zones().iter().any(|z| z == "Africa/Nairobi"));
    }
}
