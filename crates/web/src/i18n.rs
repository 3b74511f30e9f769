//! Translations (Fluent files under `locales/`) and the choice of the reader's language.
//!
//! The languages offered are exactly the folders of `locales/`: adding a language is
//! adding a folder with its `.ftl` file; the writing direction follows from the language.

use apdc_domain::language::Direction;
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "../../locales",
        fallback_language: "en",
        // Without this, Fluent wraps every argument in invisible isolation marks.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// The name of the cookie that keeps a reader's language choice.
pub const LANG_COOKIE: &str = "apdc_lang";

struct Available {
    code: String,
    id: LanguageIdentifier,
}

static AVAILABLE: LazyLock<Vec<Available>> = LazyLock::new(|| {
    let mut all: Vec<Available> =
        LOCALES.locales().map(|id| Available { code: id.language.as_str().to_owned(), id: id.clone() }).collect();
    // English first (the fallback), the others in code order, for a stable switcher.
    all.sort_by_key(|a| (a.code != "en", a.code.clone()));
    all.dedup_by(|a, b| a.code == b.code);
    all
});

/// A language the site is translated into.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Lang(usize);

impl Lang {
    /// The default language.
    pub fn fallback() -> Self {
        Self(0)
    }

    /// Every language offered, fallback first.
    pub fn all() -> impl Iterator<Item = Lang> {
        (0..AVAILABLE.len()).map(Lang)
    }

    /// The language with this primary subtag (`en`, `fr`), if it is offered.
    pub fn parse(code: &str) -> Option<Self> {
        let primary = code.split(['-', '_']).next()?.to_ascii_lowercase();
        AVAILABLE.iter().position(|a| a.code == primary).map(Lang)
    }

    pub fn code(self) -> &'static str {
        &AVAILABLE[self.0].code
    }

    pub fn dir(self) -> &'static str {
        Direction::of(self.code()).as_attr()
    }

    /// The translation of `key`.
    pub fn t(self, key: &str) -> String {
        LOCALES.lookup(&AVAILABLE[self.0].id, key)
    }

    /// The translation of `key` with named arguments.
    pub fn t_args(self, key: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
        let map: HashMap<Cow<'static, str>, FluentValue<'static>> =
            args.iter().map(|(k, v)| (Cow::Borrowed(*k), v.clone())).collect();
        LOCALES.lookup_with_args(&AVAILABLE[self.0].id, key, &map)
    }

    /// The translation of `key` if one exists in this language or the fallback.
    pub fn try_t(self, key: &str) -> Option<String> {
        LOCALES.try_lookup(&AVAILABLE[self.0].id, key)
    }

    /// The translation of `key` with arguments, if one exists in this language or the fallback.
    pub fn try_t_args(self, key: &str, args: &[(&'static str, FluentValue<'static>)]) -> Option<String> {
        let map: HashMap<Cow<'static, str>, FluentValue<'static>> =
            args.iter().map(|(k, v)| (Cow::Borrowed(*k), v.clone())).collect();
        LOCALES.try_lookup_with_args(&AVAILABLE[self.0].id, key, &map)
    }

    /// The language whose code is exactly `segment` (a URL's first path segment).
    pub fn from_segment(segment: &str) -> Option<Self> {
        Self::parse(segment).filter(|l| l.code() == segment)
    }

    /// The language's own name, for the language switcher.
    pub fn native_name(self) -> String {
        self.t("language-name")
    }

    /// The best offered language for an `Accept-Language` header.
    pub fn negotiate(accept_language: &str) -> Option<Self> {
        let mut ranges: Vec<(f32, &str)> = accept_language
            .split(',')
            .filter_map(|part| {
                let mut pieces = part.trim().split(';');
                let tag = pieces.next()?.trim();
                let quality = pieces
                    .find_map(|p| p.trim().strip_prefix("q="))
                    .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
                (!tag.is_empty() && quality > 0.0).then_some((quality, tag))
            })
            .collect();
        // Stable sort keeps the header's order among equal qualities.
        ranges.sort_by(|a, b| b.0.total_cmp(&a.0));
        ranges.into_iter().find_map(|(_, tag)| Self::parse(tag))
    }
}

/// A number as a Fluent argument.
pub fn num(n: impl std::borrow::Borrow<usize>) -> FluentValue<'static> {
    FluentValue::from(*n.borrow())
}

/// A string as a Fluent argument.
pub fn text(s: impl Into<String>) -> FluentValue<'static> {
    FluentValue::from(s.into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn english_and_french_are_offered_english_first() {
        let codes: Vec<_> = Lang::all().map(Lang::code).collect();
        assert_eq!(codes.first(), Some(&"en"));
        assert!(codes.contains(&"fr"));
        assert_eq!(Lang::parse("FR-ca").map(Lang::code), Some("fr"));
        assert_eq!(Lang::parse("xx"), None);
    }

    #[test]
    fn accept_language_is_negotiated_by_quality() {
        assert_eq!(Lang::negotiate("de-DE,fr;q=0.8,en;q=0.5").map(Lang::code), Some("fr"));
        assert_eq!(Lang::negotiate("en;q=0.4, fr-FR;q=0.9").map(Lang::code), Some("fr"));
        assert_eq!(Lang::negotiate("de, it"), None);
        assert_eq!(Lang::negotiate("fr;q=0, en").map(Lang::code), Some("en"));
    }

    /// What a language's messages are made of, by message (and attribute) id: the
    /// variables each uses and the plural categories its selectors name.
    fn messages(lang: &str) -> std::collections::BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)> {
        use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey};
        fn inline(e: &InlineExpression<&str>, vars: &mut BTreeSet<String>, keys: &mut BTreeSet<String>) {
            match e {
                InlineExpression::VariableReference { id } => {
                    vars.insert(id.name.to_owned());
                }
                InlineExpression::FunctionReference { arguments, .. } => {
                    arguments.positional.iter().for_each(|a| inline(a, vars, keys));
                    arguments.named.iter().for_each(|a| inline(&a.value, vars, keys));
                }
                InlineExpression::Placeable { expression } => expression_parts(expression, vars, keys),
                _ => {}
            }
        }
        fn expression_parts(e: &Expression<&str>, vars: &mut BTreeSet<String>, keys: &mut BTreeSet<String>) {
            match e {
                Expression::Inline(e) => inline(e, vars, keys),
                Expression::Select { selector, variants } => {
                    inline(selector, vars, keys);
                    assert!(variants.iter().any(|v| v.default), "a selector without a default variant");
                    for variant in variants {
                        if let VariantKey::Identifier { name } = variant.key {
                            keys.insert(name.to_owned());
                        }
                        pattern(&variant.value, vars, keys);
                    }
                }
            }
        }
        fn pattern(p: &Pattern<&str>, vars: &mut BTreeSet<String>, keys: &mut BTreeSet<String>) {
            for element in &p.elements {
                if let PatternElement::Placeable { expression } = element {
                    expression_parts(expression, vars, keys);
                }
            }
        }
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales").join(lang);
        let mut out = std::collections::BTreeMap::new();
        for file in std::fs::read_dir(&root).unwrap() {
            let path = file.unwrap().path();
            let text = std::fs::read_to_string(&path).unwrap();
            let resource = fluent_syntax::parser::parse(text.as_str())
                .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", path.display()));
            for entry in &resource.body {
                let Entry::Message(message) = entry else {
                    assert!(!matches!(entry, Entry::Junk { .. }), "{}: unreadable entry", path.display());
                    continue;
                };
                let mut parts = vec![(message.id.name.to_owned(), message.value.as_ref())];
                parts.extend(
                    message.attributes.iter().map(|a| (format!("{}.{}", message.id.name, a.id.name), Some(&a.value))),
                );
                for (id, value) in parts {
                    let (mut vars, mut keys) = (BTreeSet::new(), BTreeSet::new());
                    if let Some(value) = value {
                        pattern(value, &mut vars, &mut keys);
                    }
                    out.insert(id, (vars, keys));
                }
            }
        }
        out
    }

    /// Each translation uses the variables its English message does (a number or a
    /// name is never dropped or invented) and selects only among its own language's
    /// plural categories (CLDR), with a default variant.
    #[test]
    fn translations_use_the_english_variables_and_their_own_plural_categories() {
        let english = messages("en");
        for lang in Lang::all() {
            let categories: &[&str] = match lang.code() {
                "en" => &["one", "other"],
                "fr" | "es" => &["one", "many", "other"],
                "ru" => &["one", "few", "many", "other"],
                "ar" => &["zero", "one", "two", "few", "many", "other"],
                other => panic!("no plural categories listed for {other}"),
            };
            for (id, (vars, keys)) in messages(lang.code()) {
                let Some((english_vars, _)) = english.get(&id) else { continue };
                assert_eq!(&vars, english_vars, "{}: {id} uses other variables than English", lang.code());
                let wrong: Vec<_> = keys.iter().filter(|k| !categories.contains(&k.as_str())).collect();
                assert!(wrong.is_empty(), "{}: {id} selects on {wrong:?}, not plural categories", lang.code());
            }
        }
    }

    /// Every message exists in every language, so no reader meets a missing string.
    #[test]
    fn every_locale_has_every_key() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
        let keys = |lang: &str| -> std::collections::BTreeSet<String> {
            let mut keys = std::collections::BTreeSet::new();
            for entry in std::fs::read_dir(root.join(lang)).unwrap() {
                let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
                for line in text.lines() {
                    let key = line.split_once(" =").map(|(key, _)| key);
                    if let Some(key) = key.filter(|k| !k.is_empty() && !k.starts_with([' ', '#', '.', '*', '['])) {
                        keys.insert(key.trim().to_owned());
                    }
                }
            }
            keys
        };
        let english = keys("en");
        assert!(english.len() > 50, "English messages found: {}", english.len());
        for lang in Lang::all().filter(|l| l.code() != "en") {
            let other = keys(lang.code());
            let missing: Vec<_> = english.difference(&other).collect();
            let extra: Vec<_> = other.difference(&english).collect();
            assert!(missing.is_empty() && extra.is_empty(), "{}: missing {missing:?}, extra {extra:?}", lang.code());
        }
    }
}
