//! Bodies written in CommonMark (stories, pages): what they may contain, and how they are
//! shown. Authors write Markdown, never HTML: raw HTML, links to anything but web pages,
//! mail addresses and the site's own pages, and images that are not the site's own
//! uploads (or have no description) are refused by [`check`] with a reason, so that an
//! author learns why instead of finding their text silently changed. [`render`] turns an
//! accepted body into HTML and sanitises it again with ammonia, so that a rule missed on
//! one side is still enforced on the other; the body's highest heading is shown as `h2`,
//! under the page's title, whichever level the author wrote it at.
//!
//! No web or database dependency, so that it is tested and fuzzed alone. Parsing is
//! linear in the body, whose length the caller bounds.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd, html};
use std::collections::HashSet;
use std::sync::LazyLock;

/// The CommonMark extensions bodies may use.
pub fn options() -> Options {
    Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TABLES
}

/// Where images placed in a body must come from: the site's own image store.
pub const IMAGE_PREFIX: &str = "/media/";

/// Whether the body may be published: `Ok`, or the reason it may not.
pub fn check(body: &str) -> Result<(), &'static str> {
    let mut in_image = false;
    let mut alt = String::new();
    for event in Parser::new_ext(body, options()) {
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
            Event::End(TagEnd::Image) => {
                in_image = false;
                if alt.trim().is_empty() {
                    return Err("image_alt_required");
                }
            }
            _ => {}
        }
    }
    Ok(())
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

/// The level a body heading is shown at: the body's highest heading becomes `h2` (the
/// page's title is the one `h1`), and the others keep their distance to it.
fn shown_level(level: HeadingLevel, highest: usize) -> HeadingLevel {
    let levels = [HeadingLevel::H2, HeadingLevel::H3, HeadingLevel::H4, HeadingLevel::H5, HeadingLevel::H6];
    levels[(level as usize).saturating_sub(highest).min(levels.len() - 1)]
}

static SANITISER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let tags: HashSet<&str> = [
        "p",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "li",
        "a",
        "blockquote",
        "em",
        "strong",
        "del",
        "code",
        "pre",
        "img",
        "br",
        "hr",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
    ]
    .into_iter()
    .collect();
    let mut builder = ammonia::Builder::default();
    builder
        .tags(tags)
        .url_schemes(["http", "https", "mailto"].into_iter().collect())
        .url_relative(ammonia::UrlRelative::PassThrough)
        .link_rel(Some("noopener"))
        .add_tag_attributes("img", ["loading", "decoding"])
        .attribute_filter(|element, attribute, value| match (element, attribute) {
            // Images come from the site's own store only.
            ("img", "src") if !value.starts_with(IMAGE_PREFIX) => None,
            _ => Some(value.into()),
        });
    builder
});

/// The body as sanitised HTML.
pub fn render(body: &str) -> String {
    let highest = Parser::new_ext(body, options())
        .filter_map(|event| match event {
            Event::Start(Tag::Heading { level, .. }) => Some(level as usize),
            _ => None,
        })
        .min()
        .unwrap_or(1);
    let events = Parser::new_ext(body, options()).map(|event| match event {
        Event::Start(Tag::Heading { level, id, classes, attrs }) => {
            Event::Start(Tag::Heading { level: shown_level(level, highest), id, classes, attrs })
        }
        Event::End(TagEnd::Heading(level)) => Event::End(TagEnd::Heading(shown_level(level, highest))),
        // Raw HTML is refused on saving; should any reach here, it is shown as text.
        Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
        other => other,
    });
    let mut unsafe_html = String::with_capacity(body.len() * 3 / 2);
    html::push_html(&mut unsafe_html, events);
    SANITISER.clean(&unsafe_html).to_string()
}

/// Plain text of a body for summaries and search snippets: the words, no markup.
pub fn plain_text(body: &str, max_chars: usize) -> String {
    let mut text = String::new();
    for event in Parser::new_ext(body, options()) {
        match event {
            Event::Text(t) | Event::Code(t) => text.push_str(&t),
            Event::SoftBreak | Event::HardBreak | Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item) => {
                text.push(' ');
            }
            _ => {}
        }
        if text.chars().count() > max_chars {
            break;
        }
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let joined = words.join(" ");
    if joined.chars().count() <= max_chars {
        return joined;
    }
    let cut: String = joined.chars().take(max_chars).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head).to_owned();
    format!("{cut}…")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn checked(body: &str) -> Result<(), &'static str> {
        check(body)
    }

    #[test]
    fn markdown_with_headings_lists_links_quotes_and_images_passes() {
        let body = "## Results\n\n- one\n- two\n\n> Quoted.\n\n[ISO](https://www.iso.org) and [our projects](/en/projects).\n\n![A training room](/media/abc.jpg)";
        assert_eq!(checked(body), Ok(()));
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
        assert_eq!(checked("Code `<b>` stays text."), Ok(()));
    }

    #[test]
    fn bodies_render_with_their_highest_heading_under_the_title() {
        assert!(render("## Results\n\n### Detail").contains("<h2>Results</h2>\n<h3>Detail</h3>"));
        let html = render("# Results\n\nA **bold** [link](https://www.iso.org).\n\n> Quote\n\n![Room](/media/a.jpg)");
        assert!(html.contains("<h2>Results</h2>"), "{html}");
        assert!(html.contains("<strong>bold</strong>"), "{html}");
        assert!(html.contains("<a href=\"https://www.iso.org\" rel=\"noopener\">link</a>"), "{html}");
        assert!(html.contains("<blockquote>"), "{html}");
        assert!(html.contains("<img src=\"/media/a.jpg\" alt=\"Room\">"), "{html}");
    }

    #[test]
    fn whatever_slips_past_the_checks_is_made_harmless() {
        let html = render("<script>alert(1)</script>");
        assert!(!html.contains("<script"), "{html}");
        let html = render("A [x](javascript:alert(1)) and ![y](https://t.example/p.png).");
        assert!(!html.contains("javascript:"), "{html}");
        assert!(!html.contains("t.example"), "{html}");
        let html = render("<img src=x onerror=alert(1)>");
        assert!(!html.contains("<img"), "{html}");
    }

    #[test]
    fn plain_text_keeps_the_words_and_cuts_at_a_word() {
        assert_eq!(plain_text("## Title\n\nSome *emphasis* and `code`.", 100), "Title Some emphasis and code.");
        assert_eq!(plain_text("one two three four", 9), "one two…");
    }
}
