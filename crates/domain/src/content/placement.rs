//! Where a staff-written page is placed in the site's navigation, and its order there.

use crate::code_enum;

code_enum! {
    /// Where a staff-written page appears in the site's navigation.
    pub enum Placement {
        /// In the main navigation, on every page.
        Header = "header",
        /// In the footer, on every page.
        Footer = "footer",
        /// On the "Get involved" page, one section per audience.
        GetInvolved = "get_involved",
    }
}

/// The highest position a placed page may take among its neighbours.
pub const POSITION_MAX: i64 = 99;

pub(super) fn optional_placement(raw: &str) -> Result<Option<Placement>, &'static str> {
    if raw.trim().is_empty() || raw.trim() == "none" { Ok(None) } else { Placement::parse(raw).map(Some) }
}

/// A placed page's position, 1 to [`POSITION_MAX`] (1 when left empty); none when the
/// page is not placed.
pub(super) fn position(raw: &str, placed: bool) -> Result<Option<i64>, &'static str> {
    let raw = raw.trim();
    if !placed {
        return Ok(None);
    }
    if raw.is_empty() {
        return Ok(Some(1));
    }
    match raw.parse::<i64>() {
        Ok(n) if (1..=POSITION_MAX).contains(&n) => Ok(Some(n)),
        _ => Err("invalid_position"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_position_is_kept_only_for_a_placed_page() {
        assert_eq!(optional_placement(""), Ok(None));
        assert_eq!(optional_placement("none"), Ok(None));
        assert_eq!(optional_placement("get-involved"), Ok(Some(Placement::GetInvolved)));
        assert_eq!(optional_placement("sidebar"), Err("invalid_code"));
        assert_eq!(position("4", false), Ok(None));
        assert_eq!(position("", true), Ok(Some(1)));
        assert_eq!(position(" 7 ", true), Ok(Some(7)));
        for bad in ["0", "100", "-1", "two", "1.5"] {
            assert_eq!(position(bad, true), Err("invalid_position"), "{bad}");
        }
    }
}
