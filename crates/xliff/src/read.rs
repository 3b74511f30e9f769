//! Reading an exchange file as a stream of XML events, within [`Limits`].

use crate::{Document, File, NAMESPACE, Unit, UnitProblem};
use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

/// How much a file may ask of the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    pub max_bytes: usize,
    pub max_units: usize,
    /// The longest source or target, in characters.
    pub max_text_chars: usize,
    /// The deepest nesting of elements.
    pub max_depth: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self { max_bytes: 5 * 1024 * 1024, max_units: 10_000, max_text_chars: 100_000, max_depth: 32 }
    }
}

/// Why a whole file cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadProblem {
    Empty,
    TooLarge {
        max_bytes: usize,
    },
    /// Not well-formed XML, with the parser's words and where.
    NotXml(String),
    /// A document type declaration: refused, so that no entity is ever expanded.
    DocumentType,
    NotXliff,
    /// XLIFF of another version (1.2 is the common one).
    UnsupportedVersion(String),
    MissingLanguage {
        attribute: &'static str,
    },
    TooManyUnits {
        max: usize,
    },
    TextTooLong {
        unit: String,
        max_chars: usize,
    },
    TooDeep {
        max: usize,
    },
    /// A file or unit without its `id`.
    MissingId {
        element: &'static str,
    },
}

/// Where the reader is within a unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Source,
    Target,
}

#[derive(Default)]
struct UnitState {
    unit: Unit,
    target: String,
    has_target: bool,
    /// Inline elements met in the source and in the target: (name, id).
    source_markup: Vec<(String, String)>,
    target_markup: Vec<(String, String)>,
}

/// Reads `bytes` as an XLIFF 2 file.
pub fn read(bytes: &[u8], limits: &Limits) -> Result<Document, ReadProblem> {
    if bytes.is_empty() {
        return Err(ReadProblem::Empty);
    }
    if bytes.len() > limits.max_bytes {
        return Err(ReadProblem::TooLarge { max_bytes: limits.max_bytes });
    }
    let mut reader = Reader::from_reader(bytes);
    reader.config_mut().check_end_names = true;
    reader.config_mut().expand_empty_elements = true;
    let mut document: Option<Document> = None;
    let mut file: Option<File> = None;
    let mut note: Option<(String, String)> = None;
    let mut unit: Option<UnitState> = None;
    let mut part: Option<Part> = None;
    // Elements open inside the current source or target (inline markup).
    let mut inline_depth = 0usize;
    let mut depth = 0usize;
    let mut units = 0usize;
    let mut buf = Vec::new();
    loop {
        let event = reader.read_event_into(&mut buf).map_err(|e| not_xml(&reader, &e))?;
        match event {
            Event::DocType(_) => return Err(ReadProblem::DocumentType),
            Event::Start(start) => {
                depth += 1;
                if depth > limits.max_depth {
                    return Err(ReadProblem::TooDeep { max: limits.max_depth });
                }
                let name = String::from_utf8_lossy(start.local_name().as_ref()).into_owned();
                if document.is_none() {
                    document = Some(root(&start, &name)?);
                    continue;
                }
                if let (Some(state), Some(current)) = (unit.as_mut(), part) {
                    // An element inside a source or target is inline markup.
                    inline_depth += 1;
                    let id = attribute(&start, "id").unwrap_or_default();
                    match current {
                        Part::Source => state.source_markup.push((name, id)),
                        Part::Target => state.target_markup.push((name, id)),
                    }
                    continue;
                }
                match (name.as_str(), depth) {
                    ("file", 2) => {
                        let id = attribute(&start, "id").ok_or(ReadProblem::MissingId { element: "file" })?;
                        file = Some(File { id, original: attribute(&start, "original"), ..File::default() });
                    }
                    ("note", _) if file.is_some() && unit.is_none() => {
                        note = Some((attribute(&start, "category").unwrap_or_default(), String::new()));
                    }
                    ("unit", _) if file.is_some() => {
                        units += 1;
                        if units > limits.max_units {
                            return Err(ReadProblem::TooManyUnits { max: limits.max_units });
                        }
                        let id = attribute(&start, "id").ok_or(ReadProblem::MissingId { element: "unit" })?;
                        unit = Some(UnitState { unit: Unit { id, ..Unit::default() }, ..UnitState::default() });
                    }
                    ("source", _) if unit.is_some() => part = Some(Part::Source),
                    ("target", _) if unit.is_some() => {
                        part = Some(Part::Target);
                        if let Some(state) = unit.as_mut() {
                            state.has_target = true;
                        }
                    }
                    _ => {}
                }
            }
            Event::End(end) => {
                depth = depth.saturating_sub(1);
                if inline_depth > 0 {
                    inline_depth -= 1;
                    continue;
                }
                match end.local_name().as_ref() {
                    b"source" | b"target" => part = None,
                    b"note" => {
                        if let (Some(file), Some(done)) = (file.as_mut(), note.take()) {
                            file.notes.push(done);
                        }
                    }
                    b"unit" => {
                        if let (Some(file), Some(state)) = (file.as_mut(), unit.take()) {
                            file.units.push(finish(state));
                        }
                    }
                    b"file" => {
                        if let (Some(document), Some(done)) = (document.as_mut(), file.take()) {
                            document.files.push(done);
                        }
                    }
                    _ => {}
                }
            }
            Event::Text(text) => {
                let decoded = text.xml_content().map_err(|e| ReadProblem::NotXml(e.to_string()))?;
                push_text(&mut unit, part, &mut note, &decoded, limits)?;
            }
            Event::CData(data) => {
                let decoded = data.decode().map_err(|e| ReadProblem::NotXml(e.to_string()))?;
                push_text(&mut unit, part, &mut note, &decoded, limits)?;
            }
            Event::GeneralRef(reference) => {
                let resolved = match reference.resolve_char_ref().map_err(|e| not_xml(&reader, &e))? {
                    Some(c) => c.to_string(),
                    None => {
                        let name = reference.decode().map_err(|e| ReadProblem::NotXml(e.to_string()))?;
                        quick_xml::escape::resolve_predefined_entity(&name)
                            .ok_or_else(|| ReadProblem::NotXml(format!("unknown entity &{name};")))?
                            .to_owned()
                    }
                };
                push_text(&mut unit, part, &mut note, &resolved, limits)?;
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    document.ok_or(ReadProblem::NotXliff)
}

fn not_xml<R>(reader: &Reader<R>, error: &dyn std::fmt::Display) -> ReadProblem {
    ReadProblem::NotXml(format!("{error} (at byte {})", reader.buffer_position()))
}

/// The root element: `xliff`, in the XLIFF 2 namespace, with both languages.
fn root(start: &BytesStart<'_>, name: &str) -> Result<Document, ReadProblem> {
    if name != "xliff" {
        return Err(ReadProblem::NotXliff);
    }
    let version = attribute(start, "version").unwrap_or_default();
    if !version.starts_with("2.") {
        return Err(ReadProblem::UnsupportedVersion(version));
    }
    if attribute(start, "xmlns").as_deref() != Some(NAMESPACE) {
        return Err(ReadProblem::NotXliff);
    }
    let language = |attribute_name: &'static str| {
        attribute(start, attribute_name)
            .filter(|l| !l.trim().is_empty())
            .ok_or(ReadProblem::MissingLanguage { attribute: attribute_name })
    };
    Ok(Document { source_language: language("srcLang")?, target_language: language("trgLang")?, files: Vec::new() })
}

fn attribute(start: &BytesStart<'_>, name: &str) -> Option<String> {
    start
        .attributes()
        .flatten()
        .find(|a| a.key.as_ref() == name.as_bytes())
        .and_then(|a| a.decode_and_unescape_value(start.decoder()).ok().map(|v| v.into_owned()))
}

fn push_text(
    unit: &mut Option<UnitState>,
    part: Option<Part>,
    note: &mut Option<(String, String)>,
    text: &str,
    limits: &Limits,
) -> Result<(), ReadProblem> {
    let (Some(state), Some(part)) = (unit.as_mut(), part) else {
        if let Some((_, note_text)) = note.as_mut()
            && note_text.len() + text.len() <= limits.max_text_chars * 4
        {
            note_text.push_str(text);
        }
        return Ok(());
    };
    let into = match part {
        Part::Source => &mut state.unit.source,
        Part::Target => &mut state.target,
    };
    // Bytes bound characters from above: count only when the bytes could exceed.
    if into.len() + text.len() > limits.max_text_chars
        && into.chars().count() + text.chars().count() > limits.max_text_chars
    {
        return Err(ReadProblem::TextTooLong { unit: state.unit.id.clone(), max_chars: limits.max_text_chars });
    }
    into.push_str(text);
    Ok(())
}

fn finish(state: UnitState) -> Unit {
    let mut unit = state.unit;
    let translated = state.has_target && !state.target.trim().is_empty();
    // Markup is compared only where there is a translation to compare.
    if (translated || !state.target_markup.is_empty()) && state.source_markup != state.target_markup {
        unit.problem = Some(UnitProblem::MarkupMismatch);
    }
    if translated {
        unit.target = Some(state.target);
    }
    unit
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::write;

    fn sample() -> Document {
        Document {
            source_language: "en".into(),
            target_language: "fr".into(),
            files: vec![File {
                id: "story-7".into(),
                original: Some("/en/stories/a-story".into()),
                notes: vec![("source-version".into(), "3".into())],
                units: vec![
                    Unit { id: "title".into(), source: "Tests & <results>".into(), target: None, problem: None },
                    Unit {
                        id: "body".into(),
                        source: "## Heading\n\n- one\n- two \"quoted\"\n".into(),
                        target: Some("## Titre\n\n- un\n- deux « cités »\n".into()),
                        problem: None,
                    },
                ],
            }],
        }
    }

    #[test]
    fn what_is_written_reads_back_the_same() {
        let document = sample();
        let bytes = write(&document);
        let text = String::from_utf8(bytes.clone()).unwrap();
        assert!(
            text.contains(
                "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" trgLang=\"fr\">"
            ),
            "{text}"
        );
        assert!(text.contains("Tests &amp; &lt;results&gt;"), "{text}");
        assert_eq!(read(&bytes, &Limits::default()).unwrap(), document);
        assert_eq!(read(&bytes, &Limits::default()).unwrap().files[0].note("source-version"), Some("3"));
    }

    #[test]
    fn a_tool_s_own_layout_is_read() {
        let file = r#"<?xml version="1.0"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0" version="2.1" srcLang="en-GB" trgLang="ar">
<file id="page-2"><mda:metadata><mda:metaGroup><mda:meta type="x">y</mda:meta></mda:metaGroup></mda:metadata>
<unit id="title"><segment state="translated"><source>About</source><target>حول &#x627;&amp;</target></segment></unit>
<unit id="body"><segment><source>One.</source><target><![CDATA[واحد <b>]]></target></segment><ignorable><source> </source><target> </target></ignorable><segment><source>Two.</source><target>اثنان.</target></segment></unit>
<unit id="people"><segment><source>A</source><target/></segment></unit>
</file></xliff>"#;
        let document = read(file.as_bytes(), &Limits::default()).unwrap();
        assert_eq!((document.source_language.as_str(), document.target_language.as_str()), ("en-GB", "ar"));
        let units = &document.files[0].units;
        assert_eq!(units[0].target.as_deref(), Some("حول ا&"));
        assert_eq!(units[1].source, "One. Two.");
        assert_eq!(units[1].target.as_deref(), Some("واحد <b> اثنان."));
        assert_eq!(units[2].target, None, "an empty target is no translation");
        assert!(units.iter().all(|u| u.problem.is_none()));
    }

    #[test]
    fn inline_markup_the_source_does_not_have_is_refused_on_its_unit() {
        let file = r#"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr">
<file id="story-1"><unit id="title"><segment><source>Plain</source><target>Un <pc id="1">gras</pc></target></segment></unit>
<unit id="body"><segment><source>Text</source><target>Texte</target></segment></unit></file></xliff>"#;
        let document = read(file.as_bytes(), &Limits::default()).unwrap();
        assert_eq!(document.files[0].units[0].problem, Some(UnitProblem::MarkupMismatch));
        assert_eq!(document.files[0].units[0].target.as_deref(), Some("Un gras"));
        assert_eq!(document.files[0].units[1].problem, None);
    }

    #[test]
    fn what_is_not_an_xliff_2_file_is_refused_whole() {
        let limits = Limits::default();
        assert_eq!(read(b"", &limits), Err(ReadProblem::Empty));
        assert!(matches!(read(b"not xml <", &limits), Err(ReadProblem::NotXml(_)) | Err(ReadProblem::NotXliff)));
        assert_eq!(read(b"<html></html>", &limits), Err(ReadProblem::NotXliff));
        let old = br#"<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file/></xliff>"#;
        assert_eq!(read(old, &limits), Err(ReadProblem::UnsupportedVersion("1.2".into())));
        let no_target = br#"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en"></xliff>"#;
        assert_eq!(read(no_target, &limits), Err(ReadProblem::MissingLanguage { attribute: "trgLang" }));
        let entities =
            br#"<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><xliff/>"#;
        assert_eq!(read(entities, &limits), Err(ReadProblem::DocumentType));
        let unknown = br#"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr"><file id="f"><unit id="u"><segment><source>&nbsp;</source></segment></unit></file></xliff>"#;
        assert!(matches!(read(unknown, &limits), Err(ReadProblem::NotXml(_))));
        let unclosed = br#"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr"><file id="f"></xliff>"#;
        assert!(matches!(read(unclosed, &limits), Err(ReadProblem::NotXml(_))));
    }

    #[test]
    fn limits_are_kept() {
        let small = Limits { max_bytes: 10, ..Limits::default() };
        assert_eq!(read(&write(&sample()), &small), Err(ReadProblem::TooLarge { max_bytes: 10 }));
        let one_unit = Limits { max_units: 1, ..Limits::default() };
        assert_eq!(read(&write(&sample()), &one_unit), Err(ReadProblem::TooManyUnits { max: 1 }));
        let short = Limits { max_text_chars: 10, ..Limits::default() };
        assert_eq!(
            read(&write(&sample()), &short),
            Err(ReadProblem::TextTooLong { unit: "title".into(), max_chars: 10 })
        );
        let deep = format!(
            r#"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr">{}"#,
            "<a>".repeat(100)
        );
        assert_eq!(read(deep.as_bytes(), &Limits::default()), Err(ReadProblem::TooDeep { max: 32 }));
    }
}
