//! The Quotes section's list: a page of the library's quotes at a time,
//! newest stories first, narrowed by words or by speaker, so that a library
//! of a million quotes lists as quickly as a small one.
//!
//! Unfiltered, a page walks the stories' listing index and stops when it is
//! full. Filtered, the quote table is first read once for the quotes that
//! could match (their words or the speaker's name contain the filter, or the
//! editor changed their speaker), and only those are checked and sorted: a
//! filter matching nothing must not walk every story.

use super::Quotes;
use crate::error::Result;
use crate::library::Library;
use crate::quotes::stored::{stored_quote, StoredQuote, QUOTE_COLUMNS, QUOTE_JOINS};
use rusqlite::{Connection, OptionalExtension, ToSql};
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

/// The SQL that finds a query's quotes, and the values it binds.
struct Plan {
    /// Walks the stories newest first, checking each quote.
    walk: String,
    /// Reads a filter's candidates first; none without a filter.
    narrowed: Option<String>,
    pattern: Option<String>,
    speaker: Option<String>,
    record: Option<i64>,
    /// Rows to fetch (-1: all) and to skip.
    limit: i64,
    offset: i64,
}

impl Plan {
    /// The plan for `query`; `limit` rows at most, or all with `None`.
    fn new(library: &Library, query: &QuoteQuery, limit: Option<i64>) -> Result<Plan> {
        // LIKE ignores the case of ASCII letters; the filter's own `%`, `_`
        // and `\` are escaped to mean themselves.
        let pattern = query.text.as_deref().map(str::trim).filter(|t| !t.is_empty()).map(|text| {
            let escaped = text.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
            format!("%{escaped}%")
        });
        let speaker = query.speaker.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(String::from);
        let record = match &speaker {
            Some(name) => library
                .conn()
                .query_row("SELECT person_id FROM person_name WHERE name = ?1", [name], |r| r.get::<_, i64>(0))
                .optional()?,
            None => None,
        };
        let mut checks = vec!["s.deleted_at IS NULL"];
        let mut candidates = Vec::new();
        if !query.fragments {
            checks.push("q.kind = 'quote'");
        }
        if pattern.is_some() {
            checks.push(
                "(q.text LIKE :pattern ESCAPE '\\' OR who LIKE :pattern ESCAPE '\\' OR p.name LIKE :pattern ESCAPE '\\')",
            );
            candidates.push(
                "(c.text LIKE :pattern ESCAPE '\\' OR c.speaker LIKE :pattern ESCAPE '\\'
                  OR c.speaker COLLATE NOCASE IN (SELECT n.name FROM person_name n JOIN person r ON r.id = n.person_id
                                                  WHERE r.name LIKE :pattern ESCAPE '\\'))",
            );
        }
        if record.is_some() {
            checks.push("p.id = :record");
            candidates.push("c.speaker COLLATE NOCASE IN (SELECT name FROM person_name WHERE person_id = :record)");
        } else if speaker.is_some() {
            checks.push(
                "(lower(who) = lower(:speaker) OR substr(lower(who), -length(:speaker) - 1) = ' ' || lower(:speaker))",
            );
            candidates.push("instr(lower(coalesce(c.speaker, '')), lower(:speaker))");
        }
        let checks = checks.join(" AND ");
        let walk = format!(
            "{QUOTE_COLUMNS} FROM quote q {QUOTE_JOINS} WHERE {checks} ORDER BY {ORDER} LIMIT :limit OFFSET :offset"
        );
        // The candidates are read first (CROSS JOIN keeps that order), then
        // checked and sorted. A quote whose speaker the editor changed is
        // always a candidate: its stored speaker is not the one shown.
        let narrowed = (!candidates.is_empty()).then(|| {
            format!(
                "WITH candidate AS MATERIALIZED (
                     SELECT c.id FROM quote c WHERE {}
                     UNION SELECT fixed.id FROM quote_speaker_fix x
                           JOIN quote fixed ON fixed.story_id = x.story_id AND fixed.anchor = x.anchor)
                 {QUOTE_COLUMNS} FROM candidate CROSS JOIN quote q ON q.id = candidate.id {QUOTE_JOINS}
                 WHERE {checks} ORDER BY {ORDER} LIMIT :limit OFFSET :offset",
                candidates.join(" AND "),
            )
        });
        let (limit, offset) = (limit.unwrap_or(-1), i64::from(query.offset.unwrap_or(0)));
        Ok(Plan { walk, narrowed, pattern, speaker: speaker.filter(|_| record.is_none()), record, limit, offset })
    }

    /// The values the plan's SQL names.
    fn params(&self) -> Vec<(&str, &dyn ToSql)> {
        let mut params: Vec<(&str, &dyn ToSql)> = vec![(":limit", &self.limit), (":offset", &self.offset)];
        if let Some(pattern) = &self.pattern {
            params.push((":pattern", pattern));
        }
        if let Some(record) = &self.record {
            params.push((":record", record));
        }
        if let Some(speaker) = &self.speaker {
            params.push((":speaker", speaker));
        }
        params
    }
}

impl Quotes<'_> {
    /// Every quote and fragment of one speaker (as [`QuoteQuery::speaker`]
    /// reads it), newest stories first, read from the candidates.
    pub(crate) fn of_speaker(&self, speaker: &str) -> Result<Vec<StoredQuote>> {
        let query = QuoteQuery { speaker: Some(speaker.into()), fragments: true, ..QuoteQuery::default() };
        let plan = Plan::new(self.library, &query, None)?;
        Ok(fetch(self.library.conn(), plan.narrowed.as_ref().unwrap_or(&plan.walk), &plan.params())?)
    }
}

/// A page of the quotes of stories outside the trash, newest first. It
/// takes the library mutably, unlike the store's reads: bounding a walk sets
/// SQLite's progress handler, which only an exclusive connection may.
pub fn page(library: &mut Library, query: &QuoteQuery) -> Result<QuotePage> {
    page_by(library, query, Some(WALK_BUDGET))
}

/// A page, walking the stories for at most `budget` (none: to the end)
/// before reading a filter's candidates instead.
fn page_by(library: &mut Library, query: &QuoteQuery, budget: Option<u32>) -> Result<QuotePage> {
    let limit = query.limit.unwrap_or(DEFAULT_LIMIT).clamp(1, MAX_LIMIT);
    let plan = Plan::new(library, query, Some(i64::from(limit) + 1))?;
    let params = plan.params();
    let mut quotes = match &plan.narrowed {
        None => fetch(library.conn(), &plan.walk, &params)?,
        // A filter many quotes match fills its page a few stories into
        // the walk; one that few match would walk every story. So the
        // walk gets a small budget, and past it the candidates are read.
        Some(narrowed) => match walk_within(library, &plan.walk, &params, budget) {
            Err(rusqlite::Error::SqliteFailure(e, _)) if e.code == rusqlite::ErrorCode::OperationInterrupted => {
                fetch(library.conn(), narrowed, &params)?
            }
            walked => walked?,
        },
    };
    let more = quotes.len() > limit as usize;
    quotes.truncate(limit as usize);
    Ok(QuotePage { quotes, more })
}

/// Runs a walk; with a budget (in thousands of SQLite's steps), stops it
/// with `OperationInterrupted` once the budget is spent (at once when it
/// is 0).
fn walk_within(
    library: &mut Library,
    sql: &str,
    params: &[(&str, &dyn ToSql)],
    budget: Option<u32>,
) -> rusqlite::Result<Vec<StoredQuote>> {
    let Some(budget) = budget else { return fetch(library.conn(), sql, params) };
    let conn = library.conn_mut();
    let mut spent = 0;
    let steps = if budget == 0 { 1 } else { 1_000 };
    conn.progress_handler(
        steps,
        Some(move || {
            spent += 1;
            spent > budget
        }),
    )?;
    let quotes = fetch(conn, sql, params);
    conn.progress_handler(0, None::<fn() -> bool>)?;
    quotes
}

/// The quotes a query of `QUOTE_COLUMNS` finds.
fn fetch(conn: &Connection, sql: &str, params: &[(&str, &dyn ToSql)]) -> rusqlite::Result<Vec<StoredQuote>> {
    let mut stmt = conn.prepare_cached(sql)?;
    let rows = stmt.query_map(params, stored_quote)?;
    rows.collect()
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
            library.stories().add(draft, None).unwrap();
        }
        let fixed = page(&mut library, &QuoteQuery::default()).unwrap().quotes.remove(3);
        library.quotes().fix_speaker(&fixed.reference(), Some("Isaac Herzog")).unwrap();
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
                let walked = page_by(&mut library, &q, None).unwrap();
                let read = page_by(&mut library, &q, Some(0)).unwrap();
                assert_eq!(walked, read, "{q:?}");
            }
        }
        assert!(!page_by(&mut library, &query(Some("day"), None, 0), Some(0)).unwrap().quotes.is_empty());
    }
}
