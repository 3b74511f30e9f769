//! Closed lists of codes (statuses, modes, categories) declared once.
//!
//! Each list is an enum whose variants have a stable snake_case code: the value stored in
//! the database, used in URLs and CSV files, and the suffix of its translation key.

/// Declares an enum with `ALL`, `as_str`, `parse` (which fails with `invalid_code`, or
/// `required` for an empty value) and serde in its codes.
#[macro_export]
macro_rules! code_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident { $( $(#[$vmeta:meta])* $variant:ident = $code:literal ),+ $(,)? }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        pub enum $name { $( $(#[$vmeta])* #[serde(rename = $code)] $variant ),+ }

        impl $name {
            pub const ALL: &'static [Self] = &[$(Self::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $(Self::$variant => $code),+ }
            }

            /// Parses a code, ignoring case, surrounding spaces, and spaces or hyphens
            /// written for underscores.
            pub fn parse(raw: &str) -> Result<Self, &'static str> {
                let normalised = raw.trim().to_ascii_lowercase().replace([' ', '-'], "_");
                match normalised.as_str() {
                    $($code => Ok(Self::$variant),)+
                    "" => Err("required"),
                    _ => Err("invalid_code"),
                }
            }

            /// The translation key of this code: `prefix-code` with hyphens.
            pub fn key(self, prefix: &str) -> String {
                format!("{prefix}-{}", self.as_str().replace('_', "-"))
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

#[cfg(test)]
mod tests {
    code_enum! {
        /// A test list.
        pub enum Colour { Light = "light_blue", Dark = "dark" }
    }

    #[test]
    fn codes_round_trip_and_parse_leniently() {
        for c in Colour::ALL {
            assert_eq!(Colour::parse(c.as_str()), Ok(*c));
        }
        assert_eq!(Colour::parse(" Light Blue "), Ok(Colour::Light));
        assert_eq!(Colour::parse("light-blue"), Ok(Colour::Light));
        assert_eq!(Colour::parse(""), Err("required"));
        assert_eq!(Colour::parse("red"), Err("invalid_code"));
        assert_eq!(Colour::Light.key("colour"), "colour-light-blue");
        assert_eq!(serde_json::to_string(&Colour::Light).unwrap(), "\"light_blue\"");
    }
}
