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
        .add_tag_attributes("img", ["loading", "decoding", "srcset", "sizes", "width", "height"])
        .attribute_filter(|element, attribute, value| match (element, attribute) {
            // Images come from the site's own store only.
            ("img", "src") if !value.starts_with(IMAGE_PREFIX) => None,
            ("img", "srcset") if !value.split(',').all(|c| c.trim().starts_with(IMAGE_PREFIX)) => None,
            _ => Some(value.into()),
        });
    builder
});

/// How a library image is shown: the address of a middle width, every width with its
/// size for the browser to choose from (`srcset`), and the picture's own size, so that
/// the page keeps its place while it loads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picture {
    pub src: String,
    pub srcset: String,
    pub width: u32,
    pub height: u32,
}

/// The `sizes` of a body or lead image: the text column's width, the whole screen on a
/// phone.
pub const IMAGE_SIZES: &str = "(min-width: 45rem) 42rem, calc(100vw - 2rem)";

/// The addresses of the images a body shows, in order.
pub fn image_sources(body: &str) -> Vec<String> {
    Parser::new_ext(body, options())
        .filter_map(|event| match event {
            Event::Start(Tag::Image { dest_url, .. }) => Some(dest_url.into_string()),
            _ => None,
        })
        .collect()
}

/// The body as sanitised HTML.
pub fn render(body: &str) -> String {
    render_with(body, &|_| None)
}

/// The body as sanitised HTML, its images shown in the widths `picture` finds for their
/// address (an image it does not know keeps its plain address).
pub fn render_with(body: &str, picture: &dyn Fn(&str) -> Option<Picture>) -> String {
    let highest = Parser::new_ext(body, options())
        .filter_map(|event| match event {
            Event::Start(Tag::Heading { level, .. }) => Some(level as usize),
            _ => None,
        })
        .min()
        .unwrap_or(1);
    let mut events = Vec::new();
    // The image being read, and its description gathered from the text inside it.
    let mut image: Option<(Picture, String)> = None;
    for event in Parser::new_ext(body, options()) {
        if let Some((_, alt)) = image.as_mut() {
            match event {
                Event::End(TagEnd::Image) => {
                    let (shown, alt) = image.take().unwrap_or_else(|| unreachable!("an image is being read"));
                    events.push(Event::Html(picture_html(&shown, &alt, false).into()));
                }
                Event::Text(text) | Event::Code(text) => alt.push_str(&text),
                _ => {}
            }
            continue;
        }
        events.push(match event {
            Event::Start(Tag::Heading { level, id, classes, attrs }) => {
                Event::Start(Tag::Heading { level: shown_level(level, highest), id, classes, attrs })
            }
            Event::End(TagEnd::Heading(level)) => Event::End(TagEnd::Heading(shown_level(level, highest))),
            // Raw HTML is refused on saving; should any reach here, it is shown as text.
            Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
            Event::Start(Tag::Image { link_type, dest_url, title, id }) => match picture(&dest_url) {
                Some(shown) => {
                    image = Some((shown, String::new()));
                    continue;
                }
                None => Event::Start(Tag::Image { link_type, dest_url, title, id }),
            },
            other => other,
        });
    }
    let mut unsafe_html = String::with_capacity(body.len() * 3 / 2);
    html::push_html(&mut unsafe_html, events.into_iter());
    SANITISER.clean(&unsafe_html).to_string()
}

/// An `<img>` showing `picture`, described by `alt`: lazily loaded in a body, first in
/// line when it leads the page.
pub fn picture_html(picture: &Picture, alt: &str, lead: bool) -> String {
    let loading = if lead { "fetchpriority=\"high\"" } else { "loading=\"lazy\" decoding=\"async\"" };
    format!(
        "<img src=\"{}\" srcset=\"{}\" sizes=\"{IMAGE_SIZES}\" width=\"{}\" height=\"{}\" alt=\"{}\" {loading}>",
        escape(&picture.src),
        escape(&picture.srcset),
        picture.width,
        picture.height,
        escape(alt)
    )
}

fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            c => escaped.push(c),
        }
    }
    escaped
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
    fn library_images_are_shown_in_their_widths() {
        let shown = |src: &str| {
            (src == "/media/k").then(|| Picture {
                src: "/media/b.jpg".into(),
                srcset: "/media/a.jpg 320w, /media/b.jpg 640w".into(),
                width: 640,
                height: 480,
            })
        };
        let html = render_with("Text.\n\n![A \"quoted\" room](/media/k)\n\n![Other](/media/x)", &shown);
        assert!(
            html.contains(
                "<img src=\"/media/b.jpg\" srcset=\"/media/a.jpg 320w, /media/b.jpg 640w\" sizes=\"(min-width: 45rem) 42rem, calc(100vw - 2rem)\" width=\"640\" height=\"480\" alt=\"A &quot;quoted&quot; room\" loading=\"lazy\" decoding=\"async\">"
            ),
            "{html}"
        );
        assert!(html.contains("<img src=\"/media/x\" alt=\"Other\">"), "{html}");
        assert_eq!(image_sources("![a](/media/k) and ![b](/media/x)"), vec!["/media/k", "/media/x"]);
        // A srcset naming anything but the library is dropped by the sanitiser.
        let foreign = |_: &str| {
            Some(Picture {
                src: "/media/a.jpg".into(),
                srcset: "https://t.example/a.jpg 1w".into(),
                width: 1,
                height: 1,
            })
        };
        assert!(!render_with("![a](/media/k)", &foreign).contains("t.example"));
    }

    #[test]
    fn plain_text_keeps_the_words_and_cuts_at_a_word() {
        assert_eq!(plain_text("## Title\n\nSome *emphasis* and `code`.", 100), "Title Some emphasis and code.");
        assert_eq!(plain_text("one two three four", 9), "one two…");
    }
}
