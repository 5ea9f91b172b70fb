//! The Quotes section's list: a page of the library's quotes at a time,
//! newest stories first, narrowed by words or by speaker, so that a library
//! of a million quotes lists as quickly as a small one.
//!
//! Unfiltered, a page walks the stories' listing index and stops when it is
//! full. Filtered, the quote table is first read once for the quotes that
//! could match (their words or the speaker's name contain the filter, or the
//! editor changed their speaker), and only those are checked and sorted: a
//! filter matching nothing must not walk every story.

use crate::error::Result;
use crate::library::Library;
use crate::readings::{stored_quote, StoredQuote, QUOTE_COLUMNS, QUOTE_JOINS};
use rusqlite::{OptionalExtension, ToSql};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Newest stories first, each story's quotes in text order.
const ORDER: &str = "s.published DESC, s.id DESC, q.start";

/// SQLite steps, in thousands, a filtered page may walk the stories before
/// the candidates are read instead: about 50 ms on this machine.
const WALK_BUDGET: u32 = 1_000;

/// Quotes per page unless the caller asks for another number.
const DEFAULT_LIMIT: u32 = 200;

/// The most quotes one page holds.
const MAX_LIMIT: u32 = 2_000;

/// Which quotes the Quotes section (or the Visits timeline) asks for.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, TS)]
pub struct QuoteQuery {
    /// Words in the quote, its speaker's name or its person record's name (any case).
    pub text: Option<String>,
    /// Only quotes of this speaker: a person record's name (all the names it
    /// goes by), or else a name or surname as stories write it.
    pub speaker: Option<String>,
    /// Fragments (quoted phrases under six words) as well as quotes.
    pub fragments: bool,
    /// Quotes to skip: those of the pages already shown.
    pub offset: Option<u32>,
    /// At most this many (200 unless asked; never more than 2,000).
    pub limit: Option<u32>,
}

/// A page of quotes, newest stories first.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct QuotePage {
    /// The quotes, newest stories first, each story's in text order.
    pub quotes: Vec<StoredQuote>,
    /// True when more quotes match than the pages so far hold.
    pub more: bool,
}

impl Library {
    /// A page of the quotes of stories outside the trash, newest first.
    pub fn quote_page(&mut self, query: &QuoteQuery) -> Result<QuotePage> {
        self.quote_page_by(query, Some(WALK_BUDGET))
    }

    /// A page, walking the stories for at most `budget` (none: to the end)
    /// before reading a filter's candidates instead.
    fn quote_page_by(&mut self, query: &QuoteQuery, budget: Option<u32>) -> Result<QuotePage> {
        // LIKE ignores the case of ASCII letters; the filter's own `%`, `_`
        // and `\` are escaped to mean themselves.
        let pattern = query.text.as_deref().map(str::trim).filter(|t| !t.is_empty()).map(|text| {
            let escaped = text.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
            format!("%{escaped}%")
        });
        let speaker = query.speaker.as_deref().map(str::trim).filter(|s| !s.is_empty());
        let record = match speaker {
            Some(name) => self
                .conn()
                .query_row("SELECT person_id FROM person_name WHERE name = ?1", [name], |r| r.get::<_, i64>(0))
                .optional()?,
            None => None,
        };
        let limit = query.limit.unwrap_or(DEFAULT_LIMIT).clamp(1, MAX_LIMIT);
        let (limit_plus_one, offset) = (i64::from(limit) + 1, i64::from(query.offset.unwrap_or(0)));
        let mut params: Vec<(&str, &dyn ToSql)> = vec![(":limit", &limit_plus_one), (":offset", &offset)];
        let mut checks = vec!["s.deleted_at IS NULL"];
        let mut candidates = Vec::new();
        if !query.fragments {
            checks.push("q.kind = 'quote'");
        }
        if let Some(pattern) = &pattern {
            params.push((":pattern", pattern));
            checks.push(
                "(q.text LIKE :pattern ESCAPE '\\' OR who LIKE :pattern ESCAPE '\\' OR p.name LIKE :pattern ESCAPE '\\')",
            );
            candidates.push(
                "(c.text LIKE :pattern ESCAPE '\\' OR c.speaker LIKE :pattern ESCAPE '\\'
                  OR c.speaker COLLATE NOCASE IN (SELECT n.name FROM person_name n JOIN person r ON r.id = n.person_id
                                                  WHERE r.name LIKE :pattern ESCAPE '\\'))",
            );
        }
        if let Some(record) = &record {
            params.push((":record", record));
            checks.push("p.id = :record");
            candidates.push("c.speaker COLLATE NOCASE IN (SELECT name FROM person_name WHERE person_id = :record)");
        } else if let Some(speaker) = &speaker {
            params.push((":speaker", speaker));
            checks.push(
                "(lower(who) = lower(:speaker) OR substr(lower(who), -length(:speaker) - 1) = ' ' || lower(:speaker))",
            );
            candidates.push("instr(lower(coalesce(c.speaker, '')), lower(:speaker))");
        }
        let checks = checks.join(" AND ");
        let walk = format!(
            "{QUOTE_COLUMNS} FROM quote q {QUOTE_JOINS} WHERE {checks} ORDER BY {ORDER} LIMIT :limit OFFSET :offset"
        );
        let mut quotes = if candidates.is_empty() {
            self.run_quotes(&walk, &params, None)?
        } else {
            // A filter many quotes match fills its page a few stories into
            // the walk; one that few match would walk every story. So the
            // walk gets a small budget, and past it the candidates are read
            // first (CROSS JOIN keeps that order), then checked and sorted. A
            // quote whose speaker the editor changed is always a candidate:
            // its stored speaker is not the one shown.
            let narrowed = format!(
                "WITH candidate AS MATERIALIZED (
                     SELECT c.id FROM quote c WHERE {}
                     UNION SELECT fixed.id FROM quote_speaker_fix x
                           JOIN quote fixed ON fixed.story_id = x.story_id AND fixed.text = x.text)
                 {QUOTE_COLUMNS} FROM candidate CROSS JOIN quote q ON q.id = candidate.id {QUOTE_JOINS}
                 WHERE {checks} ORDER BY {ORDER} LIMIT :limit OFFSET :offset",
                candidates.join(" AND "),
            );
            match self.run_quotes(&walk, &params, budget) {
                Err(rusqlite::Error::SqliteFailure(e, _)) if e.code == rusqlite::ErrorCode::OperationInterrupted => {
                    self.run_quotes(&narrowed, &params, None)?
                }
                walked => walked?,
            }
        };
        let more = quotes.len() > limit as usize;
        quotes.truncate(limit as usize);
        Ok(QuotePage { quotes, more })
    }

    /// Runs a page's query; with a budget (in thousands of SQLite's steps),
    /// stops it with `OperationInterrupted` once the budget is spent (at
    /// once when it is 0).
    fn run_quotes(
        &mut self,
        sql: &str,
        params: &[(&str, &dyn ToSql)],
        budget: Option<u32>,
    ) -> rusqlite::Result<Vec<StoredQuote>> {
        let conn = self.conn_mut();
        if let Some(budget) = budget {
            let mut spent = 0;
            let steps = if budget == 0 { 1 } else { 1_000 };
            conn.progress_handler(
                steps,
                Some(move || {
                    spent += 1;
                    spent > budget
                }),
            )?;
        }
        let quotes = conn.prepare_cached(sql).and_then(|mut stmt| {
            let rows = stmt.query_map(params, stored_quote)?;
            rows.collect::<rusqlite::Result<Vec<_>>>()
        });
        if budget.is_some() {
            conn.progress_handler(0, None::<fn() -> bool>)?;
        }
        quotes
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::story::StoryDraft;

    /// Whichever way a filtered page is found, walking the stories or reading
    /// the candidates first, it holds the same quotes in the same order.
    #[test]
    fn walking_and_reading_candidates_find_the_same_pages() {
        let dir = tempfile::tempdir().unwrap();
        let mut library = Library::open(&dir.path().join("library.sqlite3")).unwrap();
        for day in 1..=9 {
            let body = format!(
                "“Talks on day {day} went further than we hoped,” Ayman Safadi said. \
                 “Day {day} brought a 50% rise in aid,” Herzog said. Safadi called it “a start”."
            );
            let draft = StoryDraft {
                headline: format!("Day {day}"),
                body,
                published: chrono::NaiveDate::from_ymd_opt(2024, 8, day % 4 + 1),
                ..StoryDraft::default()
            };
            library.add_story(draft, None).unwrap();
        }
        let fixed = library.quote_page(&QuoteQuery::default()).unwrap().quotes.remove(3);
        library.fix_quote_speaker(fixed.story_id, &fixed.text, Some("Isaac Herzog")).unwrap();
        let query = |text: Option<&str>, speaker: Option<&str>, offset| QuoteQuery {
            text: text.map(String::from),
            speaker: speaker.map(String::from),
            fragments: true,
            offset: Some(offset),
            limit: Some(4),
        };
        for (text, speaker) in [
            (Some("DAY"), None),
            (Some("50%"), None),
            (Some("safadi"), None),
            (None, Some("Herzog")),
            (Some("start"), Some("safadi")),
        ] {
            for offset in [0, 4, 8, 20] {
                let q = query(text, speaker, offset);
                let walked = library.quote_page_by(&q, None).unwrap();
                let read = library.quote_page_by(&q, Some(0)).unwrap();
                assert_eq!(walked, read, "{q:?}");
            }
        }
        assert!(!library.quote_page_by(&query(Some("day"), None, 0), Some(0)).unwrap().quotes.is_empty());
    }
}
