//! XML sitemaps (sitemaps.org 0.9): an index of sitemaps, and sitemaps whose every
//! address lists the same page in each language (`xhtml:link rel="alternate"
//! hreflang`), including itself, as search engines ask.

use crate::text_element;
use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, Event};

/// The most addresses one sitemap may hold.
pub const MAX_URLS: usize = 50_000;

/// One page, in every language it is offered in.
#[derive(Debug, Clone)]
pub struct Page {
    /// (language code, absolute address), one per language.
    pub versions: Vec<(String, String)>,
    /// The address for readers whose language is none of these (`x-default`).
    pub default: Option<String>,
    /// RFC 3339 or `YYYY-MM-DD`: the page's last change, when known.
    pub lastmod: Option<String>,
}

/// A sitemap of `pages`: one `<url>` per page and language.
pub fn write(pages: &[Page]) -> Vec<u8> {
    let mut writer = Writer::new_with_indent(Vec::new(), b' ', 1);
    write_urlset(&mut writer, pages).expect("writing XML into memory");
    writer.into_inner()
}

fn write_urlset(writer: &mut Writer<Vec<u8>>, pages: &[Page]) -> std::io::Result<()> {
    writer.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    let mut root = BytesStart::new("urlset");
    root.push_attribute(("xmlns", "http://www.sitemaps.org/schemas/sitemap/0.9"));
    root.push_attribute(("xmlns:xhtml", "http://www.w3.org/1999/xhtml"));
    writer.write_event(Event::Start(root))?;
    for page in pages {
        for (_, loc) in &page.versions {
            writer.write_event(Event::Start(BytesStart::new("url")))?;
            text_element(writer, "loc", &[], loc)?;
            if let Some(lastmod) = &page.lastmod {
                text_element(writer, "lastmod", &[], lastmod)?;
            }
            for (language, href) in &page.versions {
                writer
                    .create_element("xhtml:link")
                    .with_attributes([("rel", "alternate"), ("hreflang", language.as_str()), ("href", href.as_str())])
                    .write_empty()?;
            }
            if let Some(default) = &page.default {
                writer
                    .create_element("xhtml:link")
                    .with_attributes([("rel", "alternate"), ("hreflang", "x-default"), ("href", default.as_str())])
                    .write_empty()?;
            }
            writer.write_event(Event::End(BytesEnd::new("url")))?;
        }
    }
    writer.write_event(Event::End(BytesEnd::new("urlset")))?;
    Ok(())
}

/// A sitemap index naming the sitemaps at `locations`.
pub fn write_index(locations: &[String]) -> Vec<u8> {
    let mut writer = Writer::new_with_indent(Vec::new(), b' ', 1);
    let result: std::io::Result<()> = (|| {
        writer.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
        let mut root = BytesStart::new("sitemapindex");
        root.push_attribute(("xmlns", "http://www.sitemaps.org/schemas/sitemap/0.9"));
        writer.write_event(Event::Start(root))?;
        for loc in locations {
            writer.write_event(Event::Start(BytesStart::new("sitemap")))?;
            text_element(&mut writer, "loc", &[], loc)?;
            writer.write_event(Event::End(BytesEnd::new("sitemap")))?;
        }
        writer.write_event(Event::End(BytesEnd::new("sitemapindex")))?;
        Ok(())
    })();
    result.expect("writing XML into memory");
    writer.into_inner()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_version_lists_all_the_others_and_itself() {
        let page = Page {
            versions: vec![
                ("en".into(), "https://apdc.example.org/en/stories/a&b".into()),
                ("ar".into(), "https://apdc.example.org/ar/stories/a&b".into()),
            ],
            default: Some("https://apdc.example.org/en/stories/a&b".into()),
            lastmod: Some("2026-12-07".into()),
        };
        let xml = String::from_utf8(write(&[page])).unwrap();
        assert_eq!(xml.matches("<url>").count(), 2);
        assert_eq!(xml.matches("hreflang=\"ar\"").count(), 2);
        assert_eq!(xml.matches("hreflang=\"x-default\"").count(), 2);
        assert!(xml.contains("<loc>https://apdc.example.org/en/stories/a&amp;b</loc>"), "{xml}");
        assert!(xml.contains("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\""));
    }

    #[test]
    fn an_index_names_its_sitemaps() {
        let xml = String::from_utf8(write_index(&["https://apdc.example.org/sitemaps/1.xml".into()])).unwrap();
        assert!(xml.contains("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"));
        assert!(xml.contains("<loc>https://apdc.example.org/sitemaps/1.xml</loc>"));
    }
}
