//! What a body written in CommonMark may contain. Authors write Markdown, never HTML:
//! raw HTML, links to anything but web pages, mail addresses and the site's own pages,
//! and images that are not the site's own uploads are refused with a reason, so that an
//! author learns why instead of finding their text silently changed. The web layer still
//! sanitises the rendered HTML, as a second line.

use pulldown_cmark::{Event, Options, Parser, Tag};

/// The CommonMark extensions bodies may use.
pub fn options() -> Options {
    Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TABLES
}

/// Where images placed in a body must come from: the site's own image store.
pub const IMAGE_PREFIX: &str = "/media/";

/// Returns the body unchanged if it may be published, or the reason it may not.
pub fn check(body: String) -> Result<String, &'static str> {
    let mut in_image = false;
    let mut alt = String::new();
    for event in Parser::new_ext(&body, options()) {
        match event {
            Event::Html(_) | Event::InlineHtml(_) => return Err("raw_html"),
            Event::Start(Tag::Link { dest_url, .. }) if !is_safe_link(&dest_url) => return Err("unsafe_link"),
            Event::Start(Tag::Image { dest_url, .. }) => {
                if !dest_url.starts_with(IMAGE_PREFIX) || dest_url.contains("..") {
                    return Err("image_not_uploaded");
                }
                in_image = true;
                alt.clear();
            }
            Event::Text(text) | Event::Code(text) if in_image => alt.push_str(&text),
            Event::End(pulldown_cmark::TagEnd::Image) => {
                in_image = false;
                if alt.trim().is_empty() {
                    return Err("image_alt_required");
                }
            }
            _ => {}
        }
    }
    Ok(body)
}

/// Web pages, mail addresses, and the site's own pages and anchors.
fn is_safe_link(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    if lower.starts_with("https://") || lower.starts_with("http://") || lower.starts_with("mailto:") {
        return true;
    }
    // A path on this site (not `//host`, which a browser reads as another site).
    (lower.starts_with('/') && !lower.starts_with("//")) || lower.starts_with('#')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn checked(body: &str) -> Result<String, &'static str> {
        check(body.to_owned())
    }

    #[test]
    fn markdown_with_headings_lists_links_quotes_and_images_passes() {
        let body = "## Results\n\n- one\n- two\n\n> Quoted.\n\n[ISO](https://www.iso.org) and [our projects](/en/projects).\n\n![A training room](/media/abc.jpg)";
        assert_eq!(checked(body), Ok(body.to_owned()));
    }

    #[test]
    fn html_and_dangerous_links_are_refused_with_a_reason() {
        assert_eq!(checked("Hello <script>alert(1)</script>"), Err("raw_html"));
        assert_eq!(checked("<img src=x onerror=alert(1)>"), Err("raw_html"));
        assert_eq!(checked("[click](javascript:alert(1))"), Err("unsafe_link"));
        assert_eq!(checked("[click](JavaScript:alert(1))"), Err("unsafe_link"));
        assert_eq!(checked("[click](data:text/html,hi)"), Err("unsafe_link"));
        assert_eq!(checked("[elsewhere](//evil.example)"), Err("unsafe_link"));
        assert_eq!(checked("![x](https://tracker.example/x.png)"), Err("image_not_uploaded"));
        assert_eq!(checked("![](/media/abc.jpg)"), Err("image_alt_required"));
        assert_eq!(checked("Code `<b>` stays text."), Ok("Code `<b>` stays text.".to_owned()));
    }
}
