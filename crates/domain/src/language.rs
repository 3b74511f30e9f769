//! Writing direction of the languages apdc may be translated into.

/// Text direction of a language, for the `dir` attribute of pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    LeftToRight,
    RightToLeft,
}

impl Direction {
    /// The direction of a primary language subtag (`ar`, `fr-CA`…). Languages written in
    /// Arabic or Hebrew script are right-to-left; adding such a translation needs no code.
    pub fn of(language: &str) -> Self {
        let primary = language.split(['-', '_']).next().unwrap_or("");
        match primary.to_ascii_lowercase().as_str() {
            "ar" | "he" | "fa" | "ur" | "ps" | "sd" | "yi" | "dv" | "ckb" => Self::RightToLeft,
            _ => Self::LeftToRight,
        }
    }

    pub fn as_attr(self) -> &'static str {
        match self {
            Self::LeftToRight => "ltr",
            Self::RightToLeft => "rtl",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_is_right_to_left() {
        assert_eq!(Direction::of("ar").as_attr(), "rtl");
        assert_eq!(Direction::of("ar-EG").as_attr(), "rtl");
        assert_eq!(Direction::of("fr").as_attr(), "ltr");
        assert_eq!(Direction::of("en").as_attr(), "ltr");
    }
}
