//! Amounts of money: stored as whole hundredths of the currency unit, so sums are exact.

use crate::codelists::{self, CURRENCIES};

/// An ISO 4217 currency code from the IATI list.
pub fn currency(raw: &str) -> Result<String, &'static str> {
    let code = raw.trim().to_ascii_uppercase();
    if code.is_empty() {
        Err("required")
    } else if codelists::contains(CURRENCIES, &code) {
        Ok(code)
    } else {
        Err("invalid_currency")
    }
}

/// Parses a non-negative amount with at most two decimals (`1500`, `1 500.25`, `1500,5`)
/// into hundredths. Spaces (also no-break) may group thousands; a comma or a point may
/// mark decimals, but not both, so `1,500.25` is refused rather than guessed at.
pub fn amount_hundredths(raw: &str) -> Result<i64, &'static str> {
    let compact: String = raw.chars().filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}')).collect();
    if compact.is_empty() {
        return Err("required");
    }
    if compact.contains(',') && compact.contains('.') {
        return Err("invalid_amount");
    }
    let (whole, fraction) = match compact.split_once(['.', ',']) {
        Some((w, f)) => (w, f),
        None => (compact.as_str(), ""),
    };
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    if !digits(whole) || fraction.len() > 2 || (!fraction.is_empty() && !digits(fraction)) {
        return Err("invalid_amount");
    }
    let whole: i64 = whole.parse().map_err(|_| "invalid_amount")?;
    let cents: i64 = format!("{fraction:0<2}").parse().map_err(|_| "invalid_amount")?;
    whole.checked_mul(100).and_then(|w| w.checked_add(cents)).ok_or("invalid_amount")
}

/// Hundredths written back as a plain decimal (`150025` → `1500.25`, `150000` → `1500`).
pub fn format_hundredths(value: i64) -> String {
    let (whole, cents) = (value / 100, (value % 100).abs());
    if cents == 0 { whole.to_string() } else { format!("{whole}.{cents:02}") }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_are_exact_hundredths() {
        assert_eq!(amount_hundredths("1500"), Ok(150_000));
        assert_eq!(amount_hundredths("1 500.25"), Ok(150_025));
        assert_eq!(amount_hundredths("1500,5"), Ok(150_050));
        assert_eq!(amount_hundredths("1,500.25"), Err("invalid_amount"));
        assert_eq!(amount_hundredths("-5"), Err("invalid_amount"));
        assert_eq!(amount_hundredths("1.234"), Err("invalid_amount"));
        assert_eq!(amount_hundredths(""), Err("required"));
        assert_eq!(format_hundredths(150_025), "1500.25");
        assert_eq!(format_hundredths(150_000), "1500");
        assert_eq!(format_hundredths(150_005), "1500.05");
    }

    #[test]
    fn currencies_come_from_the_list() {
        assert_eq!(currency(" chf "), Ok("CHF".into()));
        assert_eq!(currency("XYZ"), Err("invalid_currency"));
    }
}
