//! Person records: the people and organizations that stories name, gathered
//! across the whole library into one record each, found again through every
//! name they are written as. Readings link stories to records (`link`); the
//! editor merges records that are one person and splits off a name that is
//! someone else (`edit`), on this desk or on another of its team (`replay`).

mod edit;
mod link;
mod replay;

pub(crate) use link::link_story_people;
pub(crate) use replay::replay;

use crate::error::{Error, Result};
use crate::library::Library;
use rusqlite::params;
use serde::Serialize;
use ts_rs::TS;

/// The person store: the only reader and writer of person records, their names, links to stories and edits.
pub struct People<'a> {
    pub(crate) library: &'a Library,
}

/// At most this many records are listed at once (the panel searches for more).
const PEOPLE_LISTED: i64 = 100;

/// Titles are read from this many of a person's latest stories.
const TITLE_STORIES: i64 = 200;

/// One person (or organization) across the library.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct PersonRecord {
    pub id: i64,
    /// The name shown for the record.
    pub name: String,
    pub organization: bool,
    /// Every name it is written as, the record's own name first.
    pub names: Vec<String>,
    /// Titles and roles stories give it, the most used first.
    pub titles: Vec<String>,
    /// Stories naming it, outside the trash.
    pub stories: u32,
    /// Quotes attributed to any of its names, outside the trash.
    pub quotes: u32,
}

impl People<'_> {
    /// The person records some story names (or the editor worked on), those
    /// named in the most stories first, at most [`PEOPLE_LISTED`]; with
    /// `search`, only those with a name containing it (case-insensitive).
    pub fn list(&self, search: Option<&str>) -> Result<Vec<PersonRecord>> {
        let pattern = search.map(|s| format!("%{}%", s.trim().replace(['%', '_'], "")));
        let ids: Vec<i64> = {
            let mut stmt = self.library.conn().prepare_cached(
                "SELECT p.id FROM person p
                 WHERE (p.edited = 1 OR EXISTS (SELECT 1 FROM story_person sp WHERE sp.person_id = p.id))
                 AND (?1 IS NULL OR EXISTS
                     (SELECT 1 FROM person_name n WHERE n.person_id = p.id AND n.name LIKE ?1))
                 ORDER BY (SELECT count(*) FROM story_person sp WHERE sp.person_id = p.id) DESC,
                     p.name COLLATE NOCASE
                 LIMIT ?2",
            )?;
            let ids = stmt.query_map(params![pattern, PEOPLE_LISTED], |r| r.get(0))?.collect::<Result<_, _>>()?;
            ids
        };
        ids.into_iter().map(|id| self.get(id)).collect()
    }

    /// One person record.
    pub fn get(&self, id: i64) -> Result<PersonRecord> {
        let conn = self.library.conn();
        let (name, organization): (String, bool) = conn
            .query_row("SELECT name, organization FROM person WHERE id = ?1", [id], |r| Ok((r.get(0)?, r.get(1)?)))
            .map_err(|e| match e {
                rusqlite::Error::QueryReturnedNoRows => Error::NotFound { kind: "person", id },
                other => other.into(),
            })?;
        let mut names: Vec<String> = conn
            .prepare_cached("SELECT name FROM person_name WHERE person_id = ?1 ORDER BY name COLLATE NOCASE")?
            .query_map([id], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        names.sort_by_key(|n| !n.eq_ignore_ascii_case(&name));
        let titles = self.titles(id)?;
        // Counts are taken over every story, less those in the trash: the
        // trash is small, while checking each story of a record named in
        // thousands read thousands of story rows (2.5 s to list 100 records
        // on a library of 100,000 stories).
        let stories: u32 = conn.query_row(
            "SELECT (SELECT count(DISTINCT story_id) FROM story_person WHERE person_id = ?1)
                  - (SELECT count(DISTINCT sp.story_id) FROM story s
                     CROSS JOIN story_person sp ON sp.story_id = s.id
                     WHERE s.deleted_at IS NOT NULL AND sp.person_id = ?1)",
            [id],
            |r| r.get(0),
        )?;
        // Quotes the analyzer gives to one of the names (unless the editor
        // gave them to someone else), and quotes the editor gave to one:
        // look-ups from the names outwards (CROSS JOIN keeps that order),
        // never a scan of every quote.
        let quotes: u32 = conn.query_row(
            "SELECT
               (SELECT count(*) FROM person_name n
                JOIN quote q ON q.speaker = n.name COLLATE NOCASE
                WHERE n.person_id = ?1 AND q.kind = 'quote'
                AND NOT EXISTS (SELECT 1 FROM quote_speaker_fix f WHERE f.story_id = q.story_id AND f.anchor = q.anchor))
             - (SELECT count(*) FROM story s
                CROSS JOIN quote q ON q.story_id = s.id
                JOIN person_name n ON n.name = q.speaker
                WHERE s.deleted_at IS NOT NULL AND n.person_id = ?1 AND q.kind = 'quote'
                AND NOT EXISTS (SELECT 1 FROM quote_speaker_fix f WHERE f.story_id = q.story_id AND f.anchor = q.anchor))
             + (SELECT count(*) FROM person_name n
                CROSS JOIN quote_speaker_fix f ON f.speaker = n.name COLLATE NOCASE
                CROSS JOIN quote q ON q.story_id = f.story_id AND q.anchor = f.anchor
                CROSS JOIN story s ON s.id = q.story_id
                WHERE n.person_id = ?1 AND s.deleted_at IS NULL AND q.kind = 'quote')",
            [id],
            |r| r.get(0),
        )?;
        Ok(PersonRecord { id, name, organization, names, titles, stories, quotes })
    }

    /// The person record a name (as written, any case) belongs to.
    pub fn named(&self, name: &str) -> Result<Option<PersonRecord>> {
        let id: Option<i64> = rusqlite::OptionalExtension::optional(self.library.conn().query_row(
            "SELECT person_id FROM person_name WHERE name = ?1",
            [name.trim()],
            |r| r.get(0),
        ))?;
        id.map(|id| self.get(id)).transpose()
    }

    /// The person a transcript's turn label names ("SECRETARY BLINKEN",
    /// "Secretary Blinken"): the one record, not an organization, with a name
    /// ending in the label's last word. None for "Q", "MODERATOR", or a
    /// surname two records share.
    pub fn of_label(&self, label: &str) -> Result<Option<PersonRecord>> {
        let Some(surname) = label.split_whitespace().last().filter(|w| w.chars().count() > 1) else {
            return Ok(None);
        };
        let owners: Vec<i64> = self
            .library
            .conn()
            .prepare_cached(
                "SELECT DISTINCT n.person_id FROM person_name n JOIN person p ON p.id = n.person_id
                 WHERE p.organization = 0 AND (n.name LIKE '% ' || ?1 OR n.name = ?1)",
            )?
            .query_map([surname], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        match owners[..] {
            [only] => self.get(only).map(Some),
            _ => Ok(None),
        }
    }

    /// Titles the latest stories give a person, the most used first.
    fn titles(&self, id: i64) -> Result<Vec<String>> {
        let mut counts: Vec<(String, usize)> = Vec::new();
        let mut stmt = self
            .library
            .conn()
            .prepare_cached("SELECT titles FROM story_person WHERE person_id = ?1 ORDER BY story_id DESC LIMIT ?2")?;
        for row in stmt.query_map(params![id, TITLE_STORIES], |r| r.get::<_, String>(0))? {
            let titles: Vec<String> = serde_json::from_str(&row?).map_err(|e| Error::Corrupt(e.to_string()))?;
            for title in titles {
                match counts.iter_mut().find(|(t, _)| *t == title) {
                    Some((_, n)) => *n += 1,
                    None => counts.push((title, 1)),
                }
            }
        }
        // The most used first; on a tie, the fuller title ("US Secretary of State").
        counts.sort_by_key(|(title, n)| std::cmp::Reverse((*n, title.len())));
        Ok(counts.into_iter().map(|(t, _)| t).collect())
    }
}
