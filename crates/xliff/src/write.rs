//! Writing an exchange file, every text escaped by the XML library and kept as typed
//! (`xml:space="preserve"`: a Markdown body's line breaks are part of it).

use crate::{Document, NAMESPACE};
use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};

/// `document` as an XLIFF 2.0 file.
pub fn write(document: &Document) -> Vec<u8> {
    let mut writer = Writer::new_with_indent(Vec::new(), b' ', 1);
    write_document(&mut writer, document).expect("writing XML into memory");
    writer.into_inner()
}

fn write_document(writer: &mut Writer<Vec<u8>>, document: &Document) -> std::io::Result<()> {
    writer.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    let mut root = BytesStart::new("xliff");
    root.push_attribute(("xmlns", NAMESPACE));
    root.push_attribute(("version", "2.0"));
    root.push_attribute(("srcLang", document.source_language.as_str()));
    root.push_attribute(("trgLang", document.target_language.as_str()));
    writer.write_event(Event::Start(root))?;
    for file in &document.files {
        let mut start = BytesStart::new("file");
        start.push_attribute(("id", file.id.as_str()));
        if let Some(original) = &file.original {
            start.push_attribute(("original", original.as_str()));
        }
        start.push_attribute(("xml:space", "preserve"));
        writer.write_event(Event::Start(start))?;
        if !file.notes.is_empty() {
            writer.write_event(Event::Start(BytesStart::new("notes")))?;
            for (category, text) in &file.notes {
                writer
                    .create_element("note")
                    .with_attribute(("category", category.as_str()))
                    .write_text_content(BytesText::new(text))?;
            }
            writer.write_event(Event::End(BytesEnd::new("notes")))?;
        }
        for unit in &file.units {
            writer.write_event(Event::Start(BytesStart::new("unit").with_attributes([("id", unit.id.as_str())])))?;
            writer.write_event(Event::Start(BytesStart::new("segment")))?;
            writer.create_element("source").write_text_content(BytesText::new(&unit.source))?;
            if let Some(target) = &unit.target {
                writer.create_element("target").write_text_content(BytesText::new(target))?;
            }
            writer.write_event(Event::End(BytesEnd::new("segment")))?;
            writer.write_event(Event::End(BytesEnd::new("unit")))?;
        }
        writer.write_event(Event::End(BytesEnd::new("file")))?;
    }
    writer.write_event(Event::End(BytesEnd::new("xliff")))?;
    Ok(())
}
