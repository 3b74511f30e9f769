//! Countries: ISO 3166-1 codes and the developing-region convention of UN M49.

use serde::{Deserialize, Serialize};

/// An ISO 3166-1 alpha-2 code, always upper case (`KE`, `FR`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct CountryCode([u8; 2]);

impl CountryCode {
    /// Accepts two ASCII letters in either case. Whether the code is assigned is a
    /// question for the reference data, not for this type.
    pub fn parse(raw: &str) -> Result<Self, &'static str> {
        let bytes = raw.trim().as_bytes();
        match bytes {
            [a, b] if a.is_ascii_alphabetic() && b.is_ascii_alphabetic() => {
                Ok(Self([a.to_ascii_uppercase(), b.to_ascii_uppercase()]))
            }
            [] => Err("required"),
            _ => Err("invalid_country_code"),
        }
    }

    pub fn as_str(&self) -> &str {
        // Both bytes are ASCII letters by construction.
        std::str::from_utf8(&self.0).unwrap_or("??")
    }
}

impl std::fmt::Display for CountryCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl TryFrom<String> for CountryCode {
    type Error = &'static str;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<CountryCode> for String {
    fn from(code: CountryCode) -> Self {
        code.as_str().to_owned()
    }
}

/// The five M49 regions, in the order the UN lists them.
pub const M49_REGIONS: [&str; 5] = ["Africa", "Americas", "Asia", "Europe", "Oceania"];

/// Whether a country lies outside the UN's traditional "developed regions" (Europe,
/// Northern America, Japan, Australia and New Zealand). This is the convention under which
/// the share of developing-country ISO members comes out near the ~75 % ISO reports; apdc
/// uses it only as the initial, stated basis of a member's status, which staff can change.
pub fn in_developing_region(code: CountryCode, region: Option<&str>, subregion: Option<&str>) -> bool {
    let developed = region == Some("Europe")
        || subregion == Some("Northern America")
        || matches!(code.as_str(), "JP" | "AU" | "NZ");
    !developed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_normalised_to_upper_case() {
        assert_eq!(CountryCode::parse(" ke ").unwrap().as_str(), "KE");
        assert_eq!(CountryCode::parse("").unwrap_err(), "required");
        assert_eq!(CountryCode::parse("KEN").unwrap_err(), "invalid_country_code");
        assert_eq!(CountryCode::parse("K1").unwrap_err(), "invalid_country_code");
        assert_eq!(CountryCode::parse("é").unwrap_err(), "invalid_country_code");
    }

    #[test]
    fn developed_regions_follow_the_un_convention() {
        let code = |c| CountryCode::parse(c).unwrap();
        assert!(!in_developing_region(code("FR"), Some("Europe"), Some("Western Europe")));
        assert!(!in_developing_region(code("CA"), Some("Americas"), Some("Northern America")));
        assert!(!in_developing_region(code("JP"), Some("Asia"), Some("Eastern Asia")));
        assert!(!in_developing_region(code("NZ"), Some("Oceania"), Some("Australia and New Zealand")));
        assert!(in_developing_region(code("KE"), Some("Africa"), Some("Sub-Saharan Africa")));
        assert!(in_developing_region(code("SG"), Some("Asia"), Some("South-eastern Asia")));
        assert!(in_developing_region(code("FJ"), Some("Oceania"), Some("Melanesia")));
    }
}
