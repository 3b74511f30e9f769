//! Syndication and discovery formats, written with an XML library so that every text is
//! escaped: Atom 1.0 feeds ([`atom`], RFC 4287) and XML sitemaps with their language
//! alternates ([`sitemap`], sitemaps.org 0.9 and the `xhtml:link` hreflang extension).
//!
//! The callers gather what to write; nothing here reads a database or knows a route.

pub mod atom;
pub mod sitemap;

/// Writes one element holding only text: `<name attrs…>text</name>`.
pub(crate) fn text_element<W: std::io::Write>(
    writer: &mut quick_xml::Writer<W>,
    name: &str,
    attributes: &[(&str, &str)],
    text: &str,
) -> std::io::Result<()> {
    writer
        .create_element(name)
        .with_attributes(attributes.iter().copied())
        .write_text_content(quick_xml::events::BytesText::new(text))?;
    Ok(())
}
