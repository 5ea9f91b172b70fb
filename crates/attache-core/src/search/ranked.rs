//! Word searches that stay fast on a large library. FTS5's BM25 weighs each
//! term by how many stories hold it, and finds that number by walking the
//! term's whole index: cheap for a name, costly for a common word, a phrase
//! of common words, or a prefix ("talks*"), whose index must be merged.
//! So the stories that match everything are found first, unranked (cheap),
//! and ranked by BM25 over the query's single words, the word being typed
//! taken as typed rather than as a prefix; quoted phrases narrow the results
//! without weighing them. Past a few thousand matches FTS5 ranks the whole
//! query itself, as it does a query of plain words only.

use crate::error::Result;
use crate::story::Stories;
use rusqlite::types::Value;
use std::collections::{HashMap, HashSet};

/// Matches up to this many are ranked here; more go to FTS5's own ranking.
const RANKED_HERE_UP_TO: usize = 5_000;

/// The query to rank by: its single words, a prefix taken as the word
/// typed. None when that is the query itself or it has no single word.
pub(crate) fn ranking_query(fts: &str) -> Option<String> {
    let words: Vec<&str> = fts
        .split(' ')
        .map(|t| t.trim_end_matches('*'))
        .filter(|t| t.len() > 2 && t.starts_with('"') && t.ends_with('"') && !t[1..t.len() - 1].contains('"'))
        .collect();
    let ranking = words.join(" ");
    (!words.is_empty() && ranking != fts).then_some(ranking)
}

impl Stories<'_> {
    /// The ids of the stories matching `fts` and the SQL `filter` (over
    /// `story s`, with `args`), best first; `None` when there are too many
    /// to rank here or the query has no plain word to rank by.
    pub(crate) fn ranked_matches(&self, fts: &str, filter: &str, args: &[Value]) -> Result<Option<Vec<i64>>> {
        let Some(ranking) = ranking_query(fts) else { return Ok(None) };
        let matching: Vec<i64> = self
            .library
            .conn()
            .prepare_cached("SELECT rowid FROM story_search WHERE story_search MATCH ?1 LIMIT ?2")?
            .query_map(rusqlite::params![fts, RANKED_HERE_UP_TO as i64 + 1], |r| r.get(0))?
            .collect::<std::result::Result<_, _>>()?;
        if matching.len() > RANKED_HERE_UP_TO {
            return Ok(None);
        }
        let kept = self.passing_filter(&matching, filter, args)?;
        let mut scores: HashMap<i64, f64> = HashMap::with_capacity(kept.len());
        let mut stmt =
            self.library.conn().prepare_cached("SELECT rowid, rank FROM story_search WHERE story_search MATCH ?1")?;
        for row in stmt.query_map([&ranking], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, f64>(1)?)))? {
            let (id, rank) = row?;
            if kept.contains(&id) {
                scores.insert(id, rank);
            }
        }
        let mut ids: Vec<i64> = kept.into_iter().collect();
        // BM25 ranks are negative, best lowest; newer stories first on a tie.
        ids.sort_by(|a, b| {
            let (ra, rb) = (scores.get(a).copied().unwrap_or(0.0), scores.get(b).copied().unwrap_or(0.0));
            ra.partial_cmp(&rb).unwrap_or(std::cmp::Ordering::Equal).then(b.cmp(a))
        });
        Ok(Some(ids))
    }

    /// Which of `ids` pass the listing's filters.
    fn passing_filter(&self, ids: &[i64], filter: &str, args: &[Value]) -> Result<HashSet<i64>> {
        let list = serde_json::to_string(ids).map_err(|e| crate::error::Error::Corrupt(e.to_string()))?;
        let mut all = args.to_vec();
        all.push(Value::Text(list));
        let sql = format!(
            // CROSS JOIN: walk the list and look each story up, never the
            // whole story table.
            "SELECT s.id FROM json_each(?{}) j CROSS JOIN story s ON s.id = j.value WHERE {filter}",
            all.len()
        );
        let mut stmt = self.library.conn().prepare_cached(&sql)?;
        let kept =
            stmt.query_map(rusqlite::params_from_iter(&all), |r| r.get(0))?.collect::<std::result::Result<_, _>>()?;
        Ok(kept)
    }
}

#[cfg(test)]
mod tests {
    use super::ranking_query;

    #[test]
    fn single_words_rank_and_phrases_only_narrow() {
        let rank = |q: &str| ranking_query(q);
        assert_eq!(rank(r#""Ayman" "Safadi" "release of hostages""#).as_deref(), Some(r#""Ayman" "Safadi""#));
        assert_eq!(rank(r#""Losa" "talks"*"#).as_deref(), Some(r#""Losa" "talks""#));
        assert_eq!(rank(r#""Blinken"*"#).as_deref(), Some(r#""Blinken""#), "the word as typed");
        assert_eq!(rank(r#""Blinken" "Herzog""#), None, "plain words: FTS5 ranks the query itself");
        assert_eq!(rank(r#""last opportunity""#), None, "no single word to rank by");
    }
}
