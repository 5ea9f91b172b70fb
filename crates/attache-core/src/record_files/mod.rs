//! Official record files: travel records, terms of office and foreign
//! leaders' visits, whether an editor imports them or they come built in
//! (`reference.rs`). This module sits above `travels` and `visits`: it reads
//! a file, tells which kind of record it holds, and hands the records to the
//! module that stores that kind.

mod reference;

pub use reference::{TRAVEL_FILES, VISIT_FILES};

use crate::error::{Error, ErrorCode, Result};
use crate::import::decode_text;
use crate::library::Library;
use crate::travels::{
    is_terms_document, read_csv, read_terms, read_xml, store_records, store_terms, StopRecord, Term, TravelImport,
};
use crate::visits::{read_visits, store_visits, VisitRecord};
use std::path::{Path, PathBuf};

/// The largest travel-record file accepted. The whole record of every
/// Secretary of State and President is a few megabytes.
pub const MAX_RECORD_FILE: u64 = 64 * 1024 * 1024;

/// Imports travel-record files (`.xml` in the official format, or `.csv`)
/// in one transaction: a bad file leaves the library as it was.
/// A file of visits to the United States or of terms of office is
/// recognised by its root element and stored as such.
pub fn import_travel_files(library: &Library, paths: &[PathBuf]) -> Result<Vec<TravelImport>> {
    let files = paths.iter().map(|p| Ok((p, read_records(p)?))).collect::<Result<Vec<_>>>()?;
    library.write(|tx| {
        files
            .iter()
            .map(|(path, records)| {
                let file = path.display().to_string();
                match records {
                    Records::Stops(stops) => store_records(tx, &file, stops),
                    Records::Visits(visits) => store_visits(tx, &file, visits),
                    Records::Terms(terms) => {
                        let added = store_terms(tx, terms)?;
                        Ok(TravelImport { file, added, duplicates: 0, flagged: Vec::new() })
                    }
                }
            })
            .collect()
    })
}

/// What a travel-record file holds.
enum Records {
    Stops(Vec<StopRecord>),
    Visits(Vec<VisitRecord>),
    Terms(Vec<Term>),
}

/// Reads one file's records, refusing what is too large or not a record.
fn read_records(path: &Path) -> Result<Records> {
    let io = |source| Error::Io { path: path.to_path_buf(), source };
    let size = std::fs::metadata(path).map_err(io)?.len();
    if size > MAX_RECORD_FILE {
        let problem =
            format!("the file is {} MB; travel records over {} MB are refused", size >> 20, MAX_RECORD_FILE >> 20);
        return Err(Error::import(path, ErrorCode::FileTooLarge, problem));
    }
    let bytes = std::fs::read(path).map_err(io)?;
    let text = decode_text(path, &bytes)?;
    let extension = path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
    match extension.as_str() {
        "xml" => match root_element(&text) {
            "visits" => Ok(Records::Visits(read_visits(path, &text)?)),
            root if is_terms_document(root) => Ok(Records::Terms(read_terms(path, &text)?)),
            _ => Ok(Records::Stops(read_xml(path, &text)?)),
        },
        "csv" => Ok(Records::Stops(read_csv(path, &text)?)),
        _ => Err(Error::import(
            path,
            ErrorCode::UnsupportedFile,
            "travel records must be .xml (official format) or .csv",
        )),
    }
}

/// The name of an XML document's first element ("" when there is none);
/// the reader chosen by it checks the rest.
fn root_element(text: &str) -> &str {
    let mut rest = text;
    while let Some(at) = rest.find('<') {
        rest = &rest[at + 1..];
        if !rest.starts_with('?') && !rest.starts_with('!') {
            let end = rest.find(|c: char| c.is_whitespace() || c == '>' || c == '/').unwrap_or(rest.len());
            return &rest[..end];
        }
    }
    ""
}
