//! Primary sources in the library: transcripts, statements, readouts,
//! releases and interviews that reported quotes are checked against. Each is
//! stored with its speaker turns and indexed for search.

mod drift;
mod read;
mod verification;

use crate::clock::now;
use crate::error::{Error, Result};
use crate::library::Library;
use crate::verify::turns;
use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The sources store: the only reader and writer of primary sources, their speaker turns and search index.
pub struct Sources<'a> {
    pub(crate) library: &'a Library,
}

pub use drift::DriftVersion;
pub(crate) use read::title_and_body;
pub use read::{read_source_file, MAX_SOURCE_BYTES};
pub use verification::Verification;

/// What kind of document a source is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    Transcript,
    Statement,
    Readout,
    Release,
    Interview,
    #[default]
    Other,
}

impl SourceKind {
    /// The word stored in the library and used on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            SourceKind::Transcript => "transcript",
            SourceKind::Statement => "statement",
            SourceKind::Readout => "readout",
            SourceKind::Release => "release",
            SourceKind::Interview => "interview",
            SourceKind::Other => "other",
        }
    }

    fn parse(word: &str) -> SourceKind {
        [Self::Transcript, Self::Statement, Self::Readout, Self::Release, Self::Interview]
            .into_iter()
            .find(|k| k.as_str() == word)
            .unwrap_or(Self::Other)
    }
}

/// A source as the editor adds it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct SourceDraft {
    pub title: String,
    pub issuer: Option<String>,
    pub date: Option<NaiveDate>,
    pub url: Option<String>,
    /// `None`: a transcript when the text has speaker turns, else `other`.
    pub kind: Option<SourceKind>,
    pub body: String,
    /// The file it came from.
    pub origin: Option<String>,
}

/// A speaker's turn in a stored source.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct SourceTurn {
    pub start: i64,
    pub end: i64,
    /// As the transcript labels it: "SECRETARY BLINKEN".
    pub label: String,
    /// The person record the label names, by its name, when one does.
    pub person: Option<String>,
}

/// A stored source.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Source {
    pub id: i64,
    pub title: String,
    pub issuer: Option<String>,
    pub date: Option<NaiveDate>,
    pub url: Option<String>,
    pub kind: SourceKind,
    pub body: String,
    pub origin: Option<String>,
    pub created_at: String,
    pub turns: Vec<SourceTurn>,
}

/// A source in a listing: everything but the body.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct SourceSummary {
    pub id: i64,
    pub title: String,
    pub issuer: Option<String>,
    pub date: Option<NaiveDate>,
    pub url: Option<String>,
    pub kind: SourceKind,
}

impl Sources<'_> {
    /// Stores a source and its speaker turns; returns its id.
    pub fn add(&self, draft: &SourceDraft) -> Result<i64> {
        self.library.write(|tx| insert(tx, draft))
    }

    /// Reads a source file and stores it; `meta` overrides what the file says.
    pub fn import_file(&self, path: &std::path::Path, meta: &SourceDraft) -> Result<i64> {
        let mut draft = read_source_file(path)?;
        if !meta.title.trim().is_empty() {
            draft.title = meta.title.clone();
        }
        draft.date = meta.date.or(draft.date);
        draft.kind = meta.kind.or(draft.kind);
        draft.issuer = meta.issuer.clone().or(draft.issuer);
        draft.url = meta.url.clone().or(draft.url);
        if draft.title.trim().is_empty() {
            draft.title = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        }
        self.add(&draft)
    }

    /// One source with its text and turns.
    pub fn get(&self, id: i64) -> Result<Source> {
        let conn = self.library.conn();
        let row = conn
            .query_row(
                "SELECT id, title, issuer, date, url, kind, body, origin, created_at FROM source WHERE id = ?1",
                [id],
                |r| Ok((summary(r)?, r.get::<_, String>(6)?, r.get(7)?, r.get(8)?)),
            )
            .optional()?
            .ok_or(Error::NotFound { kind: "source", id })?;
        let mut stmt =
            conn.prepare("SELECT start, \"end\", label FROM source_turn WHERE source_id = ?1 ORDER BY start")?;
        let mut turns = stmt
            .query_map([id], |r| Ok(SourceTurn { start: r.get(0)?, end: r.get(1)?, label: r.get(2)?, person: None }))?
            .collect::<Result<Vec<_>, _>>()?;
        let mut people = std::collections::HashMap::new();
        for turn in &mut turns {
            if !people.contains_key(&turn.label) {
                let person = self.library.people().of_label(&turn.label)?.map(|p| p.name);
                people.insert(turn.label.clone(), person);
            }
            turn.person = people[&turn.label].clone();
        }
        let (s, body, origin, created_at) = row;
        Ok(Source {
            id: s.id,
            title: s.title,
            issuer: s.issuer,
            date: s.date,
            url: s.url,
            kind: s.kind,
            body,
            origin,
            created_at,
            turns,
        })
    }

    /// Every source, newest first, or those matching words (ranked).
    pub fn list(&self, search: Option<&str>) -> Result<Vec<SourceSummary>> {
        let columns = "s.id, s.title, s.issuer, s.date, s.url, s.kind";
        let words = search.and_then(crate::fts_query);
        let rows = match words {
            Some(query) => {
                let sql = format!(
                    "SELECT {columns} FROM source_search JOIN source s ON s.id = source_search.rowid
                     WHERE source_search MATCH ?1 ORDER BY source_search.rank LIMIT 500"
                );
                let mut stmt = self.library.conn().prepare(&sql)?;
                let found = stmt.query_map([query], summary)?.collect::<Result<Vec<_>, _>>()?;
                found
            }
            None => {
                let sql = format!("SELECT {columns} FROM source s ORDER BY s.date DESC, s.id DESC");
                let mut stmt = self.library.conn().prepare(&sql)?;
                let found = stmt.query_map([], summary)?.collect::<Result<Vec<_>, _>>()?;
                found
            }
        };
        Ok(rows)
    }
}

fn summary(r: &Row) -> rusqlite::Result<SourceSummary> {
    Ok(SourceSummary {
        id: r.get(0)?,
        title: r.get(1)?,
        issuer: r.get(2)?,
        date: r.get::<_, Option<String>>(3)?.and_then(|d| d.parse().ok()),
        url: r.get(4)?,
        kind: SourceKind::parse(&r.get::<_, String>(5)?),
    })
}

/// Stores a source and its speaker turns inside `tx`; returns its id.
pub(crate) fn insert(tx: &rusqlite::Connection, draft: &SourceDraft) -> Result<i64> {
    if draft.title.trim().is_empty() {
        return Err(Error::InvalidInput("a source needs a title".into()));
    }
    if draft.body.trim().is_empty() {
        return Err(Error::InvalidInput(format!("the source {:?} has no text", draft.title)));
    }
    let found = turns(&draft.body);
    let kind = draft.kind.unwrap_or(if found.is_empty() { SourceKind::Other } else { SourceKind::Transcript });
    tx.execute(
        "INSERT INTO source (title, issuer, date, url, kind, body, origin, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            draft.title.trim(),
            draft.issuer,
            draft.date.map(|d| d.to_string()),
            draft.url,
            kind.as_str(),
            draft.body,
            draft.origin,
            now()
        ],
    )?;
    let id = tx.last_insert_rowid();
    insert_turns(tx, id, &found)?;
    Ok(id)
}

fn insert_turns(tx: &rusqlite::Connection, id: i64, found: &[attache_text::verify::Turn]) -> Result<()> {
    let mut insert =
        tx.prepare_cached("INSERT INTO source_turn (source_id, start, \"end\", label) VALUES (?1, ?2, ?3, ?4)")?;
    for turn in found {
        insert.execute(params![id, turn.start as i64, turn.end as i64, turn.label])?;
    }
    Ok(())
}

/// Finds a source's speaker turns again from its body (a source whose text
/// came from another desk).
pub(crate) fn keep_turns(tx: &rusqlite::Connection, id: i64) -> Result<()> {
    let body: String = tx.query_row("SELECT body FROM source WHERE id = ?1", [id], |r| r.get(0))?;
    tx.prepare_cached("DELETE FROM source_turn WHERE source_id = ?1")?.execute([id])?;
    insert_turns(tx, id, &turns(&body))
}
