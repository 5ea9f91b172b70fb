//! Reading a primary-source file into a draft: text, Markdown and HTML as
//! stories are read (title on the first line, or from the page), and Word
//! documents (.docx) from their paragraphs. Unlike a story's headline, a
//! text source's first line stays in its text: every word of a transcript
//! is something a quote may have come from.

use super::SourceDraft;
use crate::error::{Error, ErrorCode, Result};
use crate::import::{decode_text, StoryFormat};
use std::io::Read;
use std::path::Path;

/// The largest source file accepted: a long transcript is a few megabytes.
pub const MAX_SOURCE_BYTES: u64 = 32 * 1024 * 1024;

/// Reads a source file (.txt, .md, .html or .docx) into a draft.
pub fn read_source_file(path: &Path) -> Result<SourceDraft> {
    let io = |source| Error::Io { path: path.to_path_buf(), source };
    let size = std::fs::metadata(path).map_err(io)?.len();
    if size > MAX_SOURCE_BYTES {
        let problem =
            format!("is {:.1} MB; a source file may be at most {} MB", size as f64 / 1e6, MAX_SOURCE_BYTES >> 20);
        return Err(Error::import(path, ErrorCode::FileTooLarge, problem));
    }
    let bytes = std::fs::read(path).map_err(io)?;
    let is_docx = path.extension().and_then(|e| e.to_str()).is_some_and(|e| e.eq_ignore_ascii_case("docx"));
    // The first line names the source, and it stays in the text too: a
    // transcript that opens with a speaker's turn must keep that turn.
    let (title, body) = if is_docx {
        let paragraphs: Vec<String> =
            docx_paragraphs(path, &bytes)?.into_iter().filter(|p| !p.trim().is_empty()).collect();
        (paragraphs.first().cloned().unwrap_or_default(), paragraphs.join("\n\n"))
    } else {
        let format = StoryFormat::of(path).ok_or_else(|| {
            Error::import(
                path,
                ErrorCode::UnsupportedFile,
                "is not a source file Attaché reads (.txt, .md, .html or .docx)",
            )
        })?;
        let (title, body, _) = title_and_body(format, &decode_text(path, &bytes)?);
        (title, body)
    };
    if body.trim().is_empty() {
        return Err(Error::import(path, ErrorCode::EmptyFile, "has no text to check quotes against"));
    }
    Ok(SourceDraft {
        title: title.trim().to_string(),
        body,
        origin: Some(path.display().to_string()),
        ..SourceDraft::default()
    })
}

/// A source's title, words and date from text of `format`: a page's title
/// and article; a text's first line, which stays in its words.
pub(crate) fn title_and_body(format: StoryFormat, text: &str) -> (String, String, Option<chrono::NaiveDate>) {
    let draft = format.parse(text);
    match format {
        StoryFormat::Html => (draft.headline, draft.body, draft.published),
        StoryFormat::Text | StoryFormat::Markdown => {
            let body = whole_text(&draft.headline, &draft.body);
            (draft.headline, body, draft.published)
        }
    }
}

/// A text source's words: its first line, which names it, and the rest.
fn whole_text(first: &str, rest: &str) -> String {
    match (first.trim().is_empty(), rest.trim().is_empty()) {
        (true, _) => rest.to_string(),
        (false, true) => first.to_string(),
        (false, false) => format!("{first}\n\n{rest}"),
    }
}

/// The most document XML a .docx may inflate to: a very long transcript is
/// a few megabytes of text, tens with Word's markup.
const MAX_DOCUMENT_XML: u64 = 64 * 1024 * 1024;

/// The most XML nodes read from one document.
const MAX_DOCUMENT_NODES: u32 = 4_000_000;

/// The text of each paragraph of a Word document (`word/document.xml`).
fn docx_paragraphs(path: &Path, bytes: &[u8]) -> Result<Vec<String>> {
    let malformed = |problem: String| Error::import(path, ErrorCode::MalformedFile, problem);
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| malformed(format!("is not a Word document (.docx): {e}")))?;
    let entry = archive
        .by_name("word/document.xml")
        .map_err(|_| malformed("is not a Word document: it has no word/document.xml".into()))?;
    // A zip may claim any size and inflate to gigabytes: what is read is
    // capped, whatever the archive says, and a larger document is refused.
    let too_large =
        || malformed(format!("inflates past {} MB of document text; it is not read", MAX_DOCUMENT_XML >> 20));
    if entry.size() > MAX_DOCUMENT_XML {
        return Err(too_large());
    }
    let mut xml = String::new();
    entry
        .take(MAX_DOCUMENT_XML + 1)
        .read_to_string(&mut xml)
        .map_err(|e| malformed(format!("its document text cannot be read: {e}")))?;
    if xml.len() as u64 > MAX_DOCUMENT_XML {
        return Err(too_large());
    }
    let options = roxmltree::ParsingOptions { nodes_limit: MAX_DOCUMENT_NODES, ..roxmltree::ParsingOptions::default() };
    let doc = roxmltree::Document::parse_with_options(&xml, options)
        .map_err(|e| malformed(format!("its document XML is malformed: {e}")))?;
    let paragraphs = doc
        .descendants()
        .filter(|n| n.tag_name().name() == "p")
        .map(|p| {
            p.descendants()
                .filter_map(|n| match n.tag_name().name() {
                    "t" => n.text().map(str::to_string),
                    "tab" => Some("\t".into()),
                    "br" => Some("\n".into()),
                    _ => None,
                })
                .collect::<String>()
        })
        .collect();
    Ok(paragraphs)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    /// A minimal .docx: just the document part.
    pub fn docx(paragraphs: &[&str]) -> Vec<u8> {
        let body: String = paragraphs.iter().map(|p| format!("<w:p><w:r><w:t>{p}</w:t></w:r></w:p>")).collect();
        let xml = format!(
            r#"<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#
        );
        let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        out.start_file("word/document.xml", zip::write::SimpleFileOptions::default()).unwrap();
        out.write_all(xml.as_bytes()).unwrap();
        out.finish().unwrap().into_inner()
    }

    #[test]
    fn a_word_document_gives_its_title_and_paragraphs() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("remarks.docx");
        std::fs::write(&path, docx(&["Remarks to the Press", "SECRETARY BLINKEN: Good morning.", "Q: Thank you."]))
            .unwrap();
        let draft = read_source_file(&path).unwrap();
        assert_eq!(draft.title, "Remarks to the Press");
        assert_eq!(draft.body, "Remarks to the Press\n\nSECRETARY BLINKEN: Good morning.\n\nQ: Thank you.");
    }

    #[test]
    fn a_transcript_that_opens_with_a_turn_keeps_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("briefing.txt");
        std::fs::write(&path, "SECRETARY BLINKEN: We are working to get a deal done.\nQUESTION: When?\n").unwrap();
        let draft = read_source_file(&path).unwrap();
        assert_eq!(draft.title, "SECRETARY BLINKEN: We are working to get a deal done.");
        assert!(draft.body.starts_with("SECRETARY BLINKEN: We are working"), "{}", draft.body);
        let check = crate::verify::check("We are working to get a deal done.", Some("Antony Blinken"), &draft.body);
        assert_eq!((check.verdict, check.misattributed), (crate::verify::Verdict::Exact, Some(false)));
    }

    #[test]
    fn a_zip_bomb_is_refused_early_by_name() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bomb.docx");
        let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        out.start_file("word/document.xml", zip::write::SimpleFileOptions::default()).unwrap();
        let block = vec![b' '; 1 << 20];
        for _ in 0..80 {
            out.write_all(&block).unwrap();
        }
        std::fs::write(&path, out.finish().unwrap().into_inner()).unwrap();
        assert!(std::fs::metadata(&path).unwrap().len() < 2 << 20, "80 MB that zip to under 2 MB");
        let err = read_source_file(&path).unwrap_err();
        assert_eq!(err.code(), ErrorCode::MalformedFile);
        assert!(err.to_string().contains("bomb.docx: inflates past 64 MB"), "{err}");
    }

    #[test]
    fn a_file_that_is_not_a_docx_is_refused_by_name() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("fake.docx");
        std::fs::write(&path, b"plain text").unwrap();
        let err = read_source_file(&path).unwrap_err();
        assert_eq!(err.code(), ErrorCode::MalformedFile);
        assert!(err.to_string().contains("fake.docx: is not a Word document"), "{err}");
    }
}
