//! Verifying quotes against the library's sources: against one source, or
//! across all of them (a full-text prefilter, then alignment, best first);
//! and the editor's status for each quote, kept as an append-only history.

use super::SourceSummary;
use super::Sources;
use crate::error::{Error, Result};
use crate::verify::{check, Check, Verdict};
use rusqlite::params;
use serde::Serialize;
use ts_rs::TS;

/// How many sources the full-text prefilter hands to the alignment.
const CANDIDATES: usize = 20;

/// A quote checked against one source.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Verification {
    #[serde(flatten)]
    pub check: Check,
    /// The source's title (or file).
    pub source: String,
    pub source_id: Option<i64>,
    pub source_meta: Option<SourceSummary>,
    /// The person record the matched turn's speaker resolves to, by name.
    pub person_in_source: Option<String>,
}

impl Sources<'_> {
    /// Checks a quote against one stored source.
    pub fn verify_against(&self, quote: &str, speaker: Option<&str>, source_id: i64) -> Result<Verification> {
        require_words(quote)?;
        let source = self.get(source_id)?;
        let meta = SourceSummary {
            id: source.id,
            title: source.title.clone(),
            issuer: source.issuer.clone(),
            date: source.date,
            url: source.url.clone(),
            kind: source.kind,
        };
        let mut check = check(quote, speaker, &source.body);
        let in_source =
            check.speaker_in_source.as_deref().map(|l| self.library.people().of_label(l)).transpose()?.flatten();
        let reported = speaker.map(|s| self.library.people().named(s)).transpose()?.flatten();
        // Person records, where both sides have one, say better than
        // surnames whether the turn's speaker is the reported one.
        if let (Some(turn), Some(reported)) = (&in_source, &reported) {
            check.misattributed = Some(turn.id != reported.id);
        }
        Ok(Verification {
            check,
            source: source.title,
            source_id: Some(source_id),
            source_meta: Some(meta),
            person_in_source: in_source.map(|p| p.name),
        })
    }

    /// Finds where a quote came from among all sources: the best passages,
    /// best first (at most `limit`); empty when no source shares its words.
    pub fn verify_in_library(&self, quote: &str, speaker: Option<&str>, limit: usize) -> Result<Vec<Verification>> {
        require_words(quote)?;
        let mut stmt = self
            .library
            .conn()
            .prepare_cached("SELECT rowid FROM source_search WHERE source_search MATCH ?1 ORDER BY rank LIMIT ?2")?;
        let Some(query) = prefilter(quote) else { return Ok(Vec::new()) };
        let ids = stmt
            .query_map(params![query, CANDIDATES as i64], |r| r.get::<_, i64>(0))?
            .collect::<Result<Vec<_>, _>>()?;
        // Rank the candidates by the passages around their distinctive words
        // (cheap), then check the best few against their whole text.
        let mut body = self.library.conn().prepare_cached("SELECT body FROM source WHERE id = ?1")?;
        let mut ranked = Vec::with_capacity(ids.len());
        for id in ids {
            let text: String = body.query_row([id], |r| r.get(0))?;
            ranked.push((window_score(quote, &text), id));
        }
        ranked.sort_by(|a, b| b.0.partial_cmp(&a.0).unwrap_or(std::cmp::Ordering::Equal));
        let mut found = ranked
            .into_iter()
            .take(limit.max(1))
            .map(|(_, id)| self.verify_against(quote, speaker, id))
            .collect::<Result<Vec<_>>>()?;
        found.sort_by(|a, b| rank(b).partial_cmp(&rank(a)).unwrap_or(std::cmp::Ordering::Equal));
        Ok(found)
    }
}

/// Best first: a corresponding passage before none, then the higher score.
fn rank(v: &Verification) -> (bool, f64) {
    (v.check.verdict != Verdict::Absent, v.check.score)
}

/// How well the quote matches the passages of `text` around its distinctive
/// words: the score of the best window, or 0 when none of them occur.
fn window_score(quote: &str, text: &str) -> (bool, f64) {
    let lower = text.to_lowercase();
    let reach = quote.len() * 2 + 200;
    let mut windows: Vec<(usize, usize)> = Vec::new();
    for word in distinctive(quote).iter().take(4) {
        for (at, _) in lower.match_indices(word.as_str()).take(8) {
            let (mut a, mut b) = (at.saturating_sub(reach), (at + reach).min(lower.len()));
            while !lower.is_char_boundary(a) {
                a -= 1;
            }
            while !lower.is_char_boundary(b) {
                b += 1;
            }
            match windows.last_mut() {
                Some(last) if a <= last.1 && at >= last.0 => last.1 = last.1.max(b),
                _ => windows.push((a, b)),
            }
        }
    }
    windows
        .iter()
        .map(|(a, b)| check(quote, None, &lower[*a..*b]))
        .map(|c| (c.verdict != Verdict::Absent, c.score))
        .fold((false, 0.0), |best, next| if next > best { next } else { best })
}

fn require_words(quote: &str) -> Result<()> {
    if quote.chars().any(char::is_alphanumeric) {
        Ok(())
    } else {
        Err(Error::InvalidInput("the quote is empty: give the words to verify".into()))
    }
}

/// The quote's distinctive words, lowercased: content words of three
/// letters or more, longest first.
pub(super) fn distinctive(quote: &str) -> Vec<String> {
    let mut words: Vec<String> = quote
        .split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .filter(|w| w.chars().count() >= 3 && !crate::verify::is_function_word(w))
        .collect();
    words.sort();
    words.dedup();
    words.sort_by_key(|w| std::cmp::Reverse(w.len()));
    words
}

/// An FTS query for sources sharing the quote's distinctive words.
fn prefilter(quote: &str) -> Option<String> {
    let words: Vec<String> = distinctive(quote).into_iter().take(12).map(|w| format!("\"{w}\"")).collect();
    (!words.is_empty()).then(|| words.join(" OR "))
}
