//! Atom 1.0 feeds (RFC 4287): one feed of entries, each with its own language where it
//! differs from the feed's (`xml:lang`), its summary and its HTML content.

use crate::text_element;
use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, Event};

/// The feed.
#[derive(Debug, Clone)]
pub struct Feed {
    /// A permanent IRI naming the feed (its web address will do).
    pub id: String,
    /// The language of the feed's own texts (`fr`).
    pub language: String,
    pub title: String,
    pub subtitle: Option<String>,
    /// RFC 3339: the latest change of any entry, or of the feed.
    pub updated: String,
    /// The feed's own address.
    pub self_href: String,
    /// The web page the feed follows.
    pub alternate_href: String,
    /// Who publishes it.
    pub author: String,
    pub entries: Vec<Entry>,
}

/// One entry.
#[derive(Debug, Clone)]
pub struct Entry {
    /// A permanent IRI naming the entry.
    pub id: String,
    /// The language of the entry's texts.
    pub language: String,
    pub title: String,
    /// RFC 3339.
    pub published: String,
    /// RFC 3339.
    pub updated: String,
    pub href: String,
    pub summary: Option<String>,
    /// Sanitised HTML, written as escaped text (`type="html"`).
    pub content_html: String,
}

/// The feed as an XML document.
pub fn write(feed: &Feed) -> Vec<u8> {
    let mut writer = Writer::new_with_indent(Vec::new(), b' ', 1);
    // Writing into memory cannot fail.
    write_into(&mut writer, feed).expect("writing XML into memory");
    writer.into_inner()
}

fn write_into(writer: &mut Writer<Vec<u8>>, feed: &Feed) -> std::io::Result<()> {
    writer.write_event(Event::Decl(BytesDecl::new("1.0", Some("utf-8"), None)))?;
    let mut root = BytesStart::new("feed");
    root.push_attribute(("xmlns", "http://www.w3.org/2005/Atom"));
    root.push_attribute(("xml:lang", feed.language.as_str()));
    writer.write_event(Event::Start(root))?;
    text_element(writer, "id", &[], &feed.id)?;
    text_element(writer, "title", &[], &feed.title)?;
    if let Some(subtitle) = &feed.subtitle {
        text_element(writer, "subtitle", &[], subtitle)?;
    }
    text_element(writer, "updated", &[], &feed.updated)?;
    writer
        .create_element("link")
        .with_attributes([("rel", "self"), ("type", "application/atom+xml"), ("href", feed.self_href.as_str())])
        .write_empty()?;
    writer
        .create_element("link")
        .with_attributes([("rel", "alternate"), ("type", "text/html"), ("href", feed.alternate_href.as_str())])
        .write_empty()?;
    writer.write_event(Event::Start(BytesStart::new("author")))?;
    text_element(writer, "name", &[], &feed.author)?;
    writer.write_event(Event::End(BytesEnd::new("author")))?;
    for entry in &feed.entries {
        let mut start = BytesStart::new("entry");
        if entry.language != feed.language {
            start.push_attribute(("xml:lang", entry.language.as_str()));
        }
        writer.write_event(Event::Start(start))?;
        text_element(writer, "id", &[], &entry.id)?;
        text_element(writer, "title", &[], &entry.title)?;
        text_element(writer, "published", &[], &entry.published)?;
        text_element(writer, "updated", &[], &entry.updated)?;
        writer
            .create_element("link")
            .with_attributes([("rel", "alternate"), ("type", "text/html"), ("href", entry.href.as_str())])
            .write_empty()?;
        if let Some(summary) = &entry.summary {
            text_element(writer, "summary", &[], summary)?;
        }
        text_element(writer, "content", &[("type", "html")], &entry.content_html)?;
        writer.write_event(Event::End(BytesEnd::new("entry")))?;
    }
    writer.write_event(Event::End(BytesEnd::new("feed")))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn feed() -> Feed {
        Feed {
            id: "https://apdc.example.org/fr/stories".into(),
            language: "fr".into(),
            title: "Récits & réussites".into(),
            subtitle: None,
            updated: "2026-12-07T10:00:00Z".into(),
            self_href: "https://apdc.example.org/fr/stories.atom".into(),
            alternate_href: "https://apdc.example.org/fr/stories".into(),
            author: "apdc".into(),
            entries: vec![Entry {
                id: "https://apdc.example.org/stories/heaters".into(),
                language: "en".into(),
                title: "Heaters <tested>".into(),
                published: "2026-12-01T09:00:00Z".into(),
                updated: "2026-12-02T09:00:00Z".into(),
                href: "https://apdc.example.org/fr/stories/heaters".into(),
                summary: Some("A \"short\" one".into()),
                content_html: "<p>Body &amp; more</p>".into(),
            }],
        }
    }

    #[test]
    fn texts_are_escaped_and_a_foreign_entry_names_its_language() {
        let xml = String::from_utf8(write(&feed())).unwrap();
        assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"utf-8\"?>"));
        assert!(xml.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"fr\">"), "{xml}");
        assert!(xml.contains("<title>Récits &amp; réussites</title>"), "{xml}");
        assert!(xml.contains("<entry xml:lang=\"en\">"), "{xml}");
        assert!(xml.contains("<title>Heaters &lt;tested&gt;</title>"), "{xml}");
        assert!(xml.contains("<content type=\"html\">&lt;p&gt;Body &amp;amp; more&lt;/p&gt;</content>"), "{xml}");
    }

    #[test]
    fn the_document_reads_back_as_well_formed_xml() {
        let xml = write(&feed());
        let mut reader = quick_xml::Reader::from_reader(xml.as_slice());
        let mut buf = Vec::new();
        let mut entries = 0;
        loop {
            match reader.read_event_into(&mut buf).expect("well-formed") {
                Event::Start(e) if e.name().as_ref() == b"entry" => entries += 1,
                Event::Eof => break,
                _ => {}
            }
            buf.clear();
        }
        assert_eq!(entries, 1);
    }
}
