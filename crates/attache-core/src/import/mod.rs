//! Importing stories from files: `.txt`, `.md` and `.html`, one story each.
//!
//! Reading a file never touches the library; each file is then added in its
//! own transaction, so a bad file leaves nothing behind and never stops the
//! others.

mod decode;
mod flat_html;
mod html;
mod masthead;
mod text;

pub use decode::decode_text;
pub use html::parse_html;
pub use text::{parse_markdown, parse_plain};

use crate::error::{Error, ErrorCode, Result};
use crate::library::Library;
use crate::story::{Added, StoryDraft};
use serde::Serialize;
use std::path::Path;
use ts_rs::TS;

/// The largest story file Attaché imports; a longer file is not an article.
pub const MAX_FILE_BYTES: u64 = 10 * 1024 * 1024;

/// The kinds of file a story is imported from, by extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoryFormat {
    /// Plain text: headline on the first line.
    Text,
    /// Markdown, with optional front matter.
    Markdown,
    /// An HTML page, reduced to its article.
    Html,
}

impl StoryFormat {
    /// The format for a file name, if Attaché reads it.
    pub fn of(path: &Path) -> Option<StoryFormat> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "txt" | "text" => Some(StoryFormat::Text),
            "md" | "markdown" => Some(StoryFormat::Markdown),
            "html" | "htm" | "xhtml" => Some(StoryFormat::Html),
            _ => None,
        }
    }

    /// Parses decoded text of this format into a draft.
    pub fn parse(self, text: &str) -> StoryDraft {
        match self {
            StoryFormat::Text => parse_plain(text),
            StoryFormat::Markdown => parse_markdown(text),
            StoryFormat::Html => parse_html(text),
        }
    }
}

/// Reads one file into a draft, or says what is wrong with it.
pub fn read_story_file(path: &Path) -> Result<StoryDraft> {
    let io = |source| Error::Io { path: path.to_path_buf(), source };
    let format = StoryFormat::of(path).ok_or_else(|| {
        Error::import(path, ErrorCode::UnsupportedFile, "is not a story file Attaché reads (.txt, .md or .html)")
    })?;
    let size = std::fs::metadata(path).map_err(io)?.len();
    if size > MAX_FILE_BYTES {
        return Err(Error::import(
            path,
            ErrorCode::FileTooLarge,
            format!(
                "is {:.1} MB; a story file may be at most {} MB",
                size as f64 / 1e6,
                MAX_FILE_BYTES / (1024 * 1024)
            ),
        ));
    }
    let bytes = std::fs::read(path).map_err(io)?;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Error::import(path, ErrorCode::EmptyFile, "is empty"));
    }
    let mut draft = format.parse(&decode_text(path, &bytes)?);
    if draft.published.is_none() {
        draft.published = date_in_file_name(path);
    }
    if draft.headline.trim().is_empty() {
        return Err(Error::import(path, ErrorCode::EmptyFile, "has no text to make a story of"));
    }
    Ok(draft)
}

/// A `YYYY-MM-DD` date in the file's name, as editors often name saved
/// articles ("seed-article-2024-08-19.txt").
fn date_in_file_name(path: &Path) -> Option<chrono::NaiveDate> {
    let stem = path.file_stem()?.to_str()?;
    (0..stem.len().saturating_sub(9))
        .filter(|&i| stem.is_char_boundary(i) && stem.is_char_boundary(i + 10))
        .filter(|&i| {
            stem[i..i + 10]
                .bytes()
                .enumerate()
                .all(|(k, b)| if k == 4 || k == 7 { b == b'-' } else { b.is_ascii_digit() })
        })
        .find_map(|i| chrono::NaiveDate::parse_from_str(&stem[i..i + 10], "%Y-%m-%d").ok())
}

/// What became of one file of an import.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ImportResult {
    /// The file, as given.
    pub file: String,
    /// The new story's id, or the existing one's for a duplicate.
    pub added: Option<Added>,
    /// Why the file was refused.
    pub error: Option<crate::ErrorPayload>,
}

/// Progress of an import of many files.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ImportProgress {
    /// Files done so far.
    pub done: u32,
    /// Files in all.
    pub total: u32,
    /// The file just done.
    pub file: String,
}

/// Files read and written per transaction: large enough that commits do not
/// dominate, small enough that progress stays lively.
const FILES_PER_TRANSACTION: usize = 256;

/// Imports each file as a story, reporting progress after each; returns
/// what became of every file, in order. Each file is atomic: one that
/// fails leaves nothing behind and does not stop the others.
pub fn import_files(
    library: &Library,
    paths: &[impl AsRef<Path>],
    mut progress: impl FnMut(ImportProgress),
) -> Vec<ImportResult> {
    import_files_each(library, paths, |_, step| progress(step))
}

/// As [`Library::import_files`], handing each file's result to `each`
/// as soon as the transaction holding it is committed: a caller that
/// prints it has acknowledged only what is stored, whatever stops it.
pub fn import_files_each(
    library: &Library,
    paths: &[impl AsRef<Path>],
    mut each: impl FnMut(&ImportResult, ImportProgress),
) -> Vec<ImportResult> {
    let total = paths.len() as u32;
    let mut results = Vec::with_capacity(paths.len());
    for chunk in paths.chunks(FILES_PER_TRANSACTION) {
        let mut unreadable = Vec::with_capacity(chunk.len());
        let mut drafts = Vec::with_capacity(chunk.len());
        for path in chunk.iter().map(AsRef::as_ref) {
            match read_story_file(path) {
                Ok(draft) => {
                    drafts.push((draft, path.file_name().map(|n| n.to_string_lossy().into_owned())));
                    unreadable.push(None);
                }
                Err(err) => unreadable.push(Some(err)),
            }
        }
        let (mut written, chunk_error) = match library.stories().add_all(drafts) {
            Ok(outcomes) => (outcomes.into_iter(), None),
            Err(err) => (Vec::new().into_iter(), Some(err)),
        };
        for (path, read_error) in chunk.iter().map(AsRef::as_ref).zip(unreadable) {
            let outcome = match (read_error, &chunk_error) {
                (Some(err), _) => Err(payload(err, path)),
                (None, Some(err)) => Err(payload(Error::import(path, err.code(), err.to_string()), path)),
                (None, None) => written
                    .next()
                    .unwrap_or_else(|| Err(Error::Corrupt("an import lost track of a file".into())))
                    .map_err(|err| payload(err, path)),
            };
            let file = path.display().to_string();
            let (added, error) = match outcome {
                Ok(added) => (Some(added), None),
                Err(error) => (None, Some(error)),
            };
            results.push(ImportResult { file: file.clone(), added, error });
            let step = ImportProgress { done: results.len() as u32, total, file };
            each(&results[results.len() - 1], step);
        }
    }
    results
}

/// The error as the editor sees it: library errors also name the file that
/// was being imported.
fn payload(err: Error, path: &Path) -> crate::ErrorPayload {
    let err = match err {
        Error::Import { .. } | Error::Io { .. } => err,
        other => Error::import(path, other.code(), other.to_string()),
    };
    crate::ErrorPayload::from(&err)
}
