//! Story and page bodies: any text is either refused by the check with a reason or
//! rendered, and what is rendered never carries a script, an event handler, a
//! `javascript:` address or (for an accepted body) an image from elsewhere.
#![no_main]

use libfuzzer_sys::fuzz_target;

/// The tags of sanitised HTML (text has its `<` and `>` escaped), lower-cased.
fn tags(html: &str) -> Vec<String> {
    html.split('<').skip(1).map(|rest| rest.split('>').next().unwrap_or("").to_ascii_lowercase()).collect()
}

/// A tag's attributes as (name, value); values are double-quoted by the serialiser,
/// with quotes inside them escaped.
fn attributes(tag: &str) -> Vec<(String, String)> {
    let mut found = Vec::new();
    let mut rest = tag.split_once(char::is_whitespace).map_or("", |(_, r)| r);
    loop {
        rest = rest.trim_start();
        if rest.is_empty() || rest == "/" {
            return found;
        }
        let end = rest.find(|c: char| c == '=' || c.is_whitespace()).unwrap_or(rest.len());
        let name = rest[..end].to_owned();
        rest = &rest[end..];
        let mut value = String::new();
        if let Some(after) = rest.strip_prefix("=\"") {
            let close = after.find('"').unwrap_or(after.len());
            value = after[..close].to_owned();
            rest = after.get(close + 1..).unwrap_or("");
        }
        found.push((name, value));
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(body) = std::str::from_utf8(data) else { return };
    let accepted = apdc_markdown::check(body).is_ok();
    let html = apdc_markdown::render(body);
    for tag in tags(&html) {
        assert!(!tag.starts_with("script") && !tag.starts_with("style"), "<{tag}> in {html}");
        for (name, value) in attributes(&tag) {
            assert!(!name.starts_with("on"), "an event handler in <{tag}>");
            if name == "href" || name == "src" {
                assert!(!value.trim_start().starts_with("javascript:"), "a javascript: address in <{tag}>");
            }
            if accepted && name == "src" {
                assert!(value.starts_with("/media/"), "an image from elsewhere in <{tag}>");
            }
        }
    }
    let _ = apdc_markdown::plain_text(body, 300);
});
