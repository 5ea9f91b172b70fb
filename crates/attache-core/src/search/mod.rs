//! Finding stories: ranked full-text search (FTS5, BM25) with highlighted
//! snippets, and filters by date range, outlet, tag and trash.

mod ranked;

use crate::clock::parse_stored_date;
use crate::error::Result;
use crate::snippet::{snippet, Terms};
use crate::story::Stories;
use crate::story::StorySummary;
use chrono::NaiveDate;
use rusqlite::types::Value;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What to list: words to search for and filters. Empty means everything.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct StoryQuery {
    /// Words to find (all of them; the last may be a prefix); `"…"` for a phrase.
    pub text: Option<String>,
    /// Published on or after this date.
    #[ts(type = "string | null")]
    pub from: Option<NaiveDate>,
    /// Published on or before this date.
    #[ts(type = "string | null")]
    pub to: Option<NaiveDate>,
    /// Only this outlet (case-insensitive).
    pub outlet: Option<String>,
    /// Only stories with this tag.
    pub tag: Option<String>,
    /// List the trash instead of the library.
    pub trash: bool,
    /// At most this many stories (default 200).
    pub limit: Option<u32>,
    /// Skip this many first.
    pub offset: Option<u32>,
}

/// One page of a listing.
#[derive(Debug, Clone, Serialize, TS)]
pub struct StoryPage {
    /// How many stories match in all.
    pub total: i64,
    /// The stories of this page, best match (or newest) first.
    pub stories: Vec<StorySummary>,
}

/// The values the story list can be filtered by.
#[derive(Debug, Clone, Serialize, TS)]
pub struct StoryFilters {
    /// Every outlet of a story in the library.
    pub outlets: Vec<String>,
    /// Every tag in use.
    pub tags: Vec<String>,
}

/// The columns of a listed story, in the order [`summary_of`] reads them;
/// the body (or NULL) follows them, for the snippet.
const SUMMARY_COLUMNS: &str = "s.id, s.headline, s.outlet, s.byline, s.published, s.url, s.deleted_at IS NOT NULL,
    (SELECT json_group_array(tag) FROM (SELECT tag FROM story_tag WHERE story_id = s.id ORDER BY tag))";

/// A listed story from a row of [`SUMMARY_COLUMNS`] and the body, with a
/// snippet around the searched words.
fn summary_of(row: &rusqlite::Row, terms: Option<&Terms>) -> rusqlite::Result<StorySummary> {
    let tags: String = row.get(7)?;
    Ok(StorySummary {
        id: row.get(0)?,
        headline: row.get(1)?,
        outlet: row.get(2)?,
        byline: row.get(3)?,
        published: parse_stored_date(row.get(4)?)?,
        url: row.get(5)?,
        snippet: match (terms, row.get_ref(8)?.as_str_or_null()?) {
            (Some(terms), Some(body)) => snippet(body, terms),
            _ => None,
        },
        in_trash: row.get(6)?,
        tags: serde_json::from_str(&tags).unwrap_or_default(),
    })
}

/// Turns what an editor typed into an FTS5 query: every word must appear,
/// quoted phrases are kept, the last word also matches as a prefix, and no
/// FTS5 operator syntax from the input is interpreted.
pub fn fts_query(text: &str) -> Option<String> {
    let mut terms: Vec<String> = Vec::new();
    for (index, part) in text.split('"').enumerate() {
        let quoted = index % 2 == 1;
        if quoted {
            let words: Vec<&str> = part.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
            if !words.is_empty() {
                terms.push(format!("\"{}\"", words.join(" ")));
            }
        } else {
            terms.extend(
                part.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(|w| format!("\"{w}\"")),
            );
        }
    }
    let last = terms.last_mut()?;
    if !last.contains(' ') && !text.trim_end().ends_with('"') {
        last.push('*');
    }
    Some(terms.join(" "))
}

impl Stories<'_> {
    /// Lists stories matching `query`: by relevance when there are words to
    /// find, else newest first.
    pub fn search(&self, query: &StoryQuery) -> Result<StoryPage> {
        let fts = query.text.as_deref().and_then(fts_query);
        let mut filters =
            vec![if query.trash { "s.deleted_at IS NOT NULL" } else { "s.deleted_at IS NULL" }.to_string()];
        let mut args: Vec<Value> = Vec::new();
        if let Some(from) = query.from {
            args.push(Value::Text(from.to_string()));
            filters.push(format!("s.published >= ?{}", args.len()));
        }
        if let Some(to) = query.to {
            args.push(Value::Text(to.to_string()));
            filters.push(format!("s.published <= ?{}", args.len()));
        }
        if let Some(outlet) = query.outlet.as_deref().filter(|o| !o.trim().is_empty()) {
            args.push(Value::Text(outlet.trim().to_string()));
            filters.push(format!("s.outlet = ?{} COLLATE NOCASE", args.len()));
        }
        if let Some(tag) = query.tag.as_deref().filter(|t| !t.trim().is_empty()) {
            args.push(Value::Text(tag.trim().to_string()));
            filters.push(format!(
                "EXISTS (SELECT 1 FROM story_tag t WHERE t.story_id = s.id AND t.tag = ?{})",
                args.len()
            ));
        }
        let terms = query.text.as_deref().map(Terms::of);
        if let Some(ids) =
            fts.as_deref().map(|q| self.ranked_matches(q, &filters.join(" AND "), &args)).transpose()?.flatten()
        {
            return self.page_of(&ids, query, terms.as_ref());
        }
        let only_words = filters.len() == 1 && !query.trash;
        let (from_clause, body, order) = match &fts {
            Some(q) => {
                args.push(Value::Text(q.clone()));
                filters.push(format!("story_search MATCH ?{}", args.len()));
                ("story_search JOIN story s ON s.id = story_search.rowid", "s.body", "story_search.rank")
            }
            // SQLite sorts NULL lowest, so undated stories come last, and the
            // order matches the listing index (deleted_at, published DESC, id DESC).
            None => ("story s", "NULL", "s.published DESC, s.id DESC"),
        };
        let filter = filters.join(" AND ");
        let total = match (&fts, only_words) {
            // Words and no other filter: count in the index alone, then take
            // away the few matches in the trash (much faster than joining
            // every match to its story).
            (Some(q), true) => self.count_live_matches(q)?,
            _ => self
                .library
                .conn()
                .query_row(
                    &format!("SELECT count(*) FROM {from_clause} WHERE {filter}"),
                    rusqlite::params_from_iter(&args),
                    |r| r.get(0),
                )
                .map_err(|e| self.library.sqlite_error(e))?,
        };
        let limit = query.limit.unwrap_or(200).min(10_000);
        let sql = format!(
            "SELECT {SUMMARY_COLUMNS}, {body}
             FROM {from_clause} WHERE {filter} ORDER BY {order} LIMIT {limit} OFFSET {}",
            query.offset.unwrap_or(0)
        );
        let mut stmt = self.library.conn().prepare_cached(&sql)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(&args), |row| summary_of(row, terms.as_ref()))?;
        let stories = rows.collect::<Result<Vec<_>, _>>()?;
        Ok(StoryPage { total, stories })
    }

    /// One page of stories given in order (best first), with snippets.
    fn page_of(&self, ids: &[i64], query: &StoryQuery, terms: Option<&Terms>) -> Result<StoryPage> {
        let offset = (query.offset.unwrap_or(0) as usize).min(ids.len());
        let limit = query.limit.unwrap_or(200).min(10_000) as usize;
        let page = &ids[offset..(offset + limit).min(ids.len())];
        let list = serde_json::to_string(page).map_err(|e| crate::error::Error::Corrupt(e.to_string()))?;
        let mut stmt = self.library.conn().prepare_cached(&format!(
            "SELECT {SUMMARY_COLUMNS}, s.body FROM json_each(?1) j CROSS JOIN story s ON s.id = j.value"
        ))?;
        let mut found: Vec<StorySummary> =
            stmt.query_map([list], |row| summary_of(row, terms))?.collect::<Result<_, _>>()?;
        found.sort_by_key(|s| page.iter().position(|id| *id == s.id));
        Ok(StoryPage { total: ids.len() as i64, stories: found })
    }

    /// How many stories outside the trash match an FTS5 query.
    fn count_live_matches(&self, fts: &str) -> Result<i64> {
        let count = |sql: &str| {
            self.library.conn().query_row(sql, [fts], |r| r.get::<_, i64>(0)).map_err(|e| self.library.sqlite_error(e))
        };
        let all = count("SELECT count(*) FROM story_search WHERE story_search MATCH ?1")?;
        // CROSS JOIN keeps the trash (small, found by the listing index) as the
        // outer loop, so each trashed story costs one lookup in the index.
        let trashed = count(
            "SELECT count(*) FROM story s CROSS JOIN story_search ON story_search.rowid = s.id
             WHERE s.deleted_at IS NOT NULL AND story_search MATCH ?1",
        )?;
        Ok(all - trashed)
    }
}

#[cfg(test)]
mod tests {
    use super::fts_query;

    #[test]
    fn words_are_quoted_and_the_last_is_a_prefix() {
        assert_eq!(fts_query("Blinken Herz").as_deref(), Some("\"Blinken\" \"Herz\"*"));
    }

    #[test]
    fn operators_from_the_input_are_not_interpreted() {
        assert_eq!(fts_query("NEAR(a b) OR c-").as_deref(), Some("\"NEAR\" \"a\" \"b\" \"OR\" \"c\"*"));
        assert_eq!(fts_query("  ** ( ) "), None);
    }

    #[test]
    fn quoted_phrases_stay_phrases() {
        assert_eq!(fts_query("\"last opportunity\" gaza").as_deref(), Some("\"last opportunity\" \"gaza\"*"));
        assert_eq!(fts_query("gaza \"last opportunity\"").as_deref(), Some("\"gaza\" \"last opportunity\""));
    }
}
