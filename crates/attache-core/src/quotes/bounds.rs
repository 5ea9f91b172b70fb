//! The editor's moves of a quote's boundaries: the analyzer may cut a quote
//! short or run it on, and the editor says which words it spans. A move is
//! kept by the quote's anchor with the editor's words, applied at every
//! reading where those words still stand around the analyzer's quote, and
//! lapses quietly where an edit removed them. The quote keeps its anchor, so
//! its other corrections stay with it.

use super::Quotes;
use crate::analysis::{Quote, QuoteKind, FRAGMENT_WORDS};
use crate::clock::now;
use crate::error::{Error, Result};
use crate::quotes::stored::{QuoteRef, StoredQuote};
use rusqlite::{params, Connection, OptionalExtension};

/// Char offsets of the occurrence of `words` in `text` that overlaps the
/// span `around` (char offsets), the one starting nearest it if several do.
pub(crate) fn locate(text: &str, words: &str, around: (usize, usize)) -> Option<(usize, usize)> {
    let length = words.chars().count();
    let (mut chars_before, mut bytes_counted) = (0, 0);
    let mut best: Option<(usize, usize)> = None;
    for (byte, _) in text.match_indices(words) {
        chars_before += text[bytes_counted..byte].chars().count();
        bytes_counted = byte;
        let (start, end) = (chars_before, chars_before + length);
        let overlaps = start < around.1 && around.0 < end;
        let nearer = best.is_none_or(|(s, _)| start.abs_diff(around.0) < s.abs_diff(around.0));
        if overlaps && nearer {
            best = Some((start, end));
        }
    }
    best
}

/// A quote or a fragment, by the number of words.
fn kind_of(words: &str) -> QuoteKind {
    if words.split_whitespace().count() < FRAGMENT_WORDS {
        QuoteKind::Fragment
    } else {
        QuoteKind::Quote
    }
}

/// Applies the editor's moves to a fresh reading of a story's `text`.
pub(crate) fn apply_moves(conn: &Connection, story_id: i64, text: &str, quotes: &mut [Quote]) -> Result<()> {
    let moves: Vec<(String, String)> = conn
        .prepare_cached("SELECT anchor, words FROM quote_bounds_fix WHERE story_id = ?1")?
        .query_map([story_id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    for quote in quotes.iter_mut() {
        let Some((_, words)) = moves.iter().find(|(anchor, _)| *anchor == quote.anchor) else { continue };
        if let Some((start, end)) = locate(text, words, (quote.start, quote.end)) {
            (quote.start, quote.end, quote.text, quote.kind) = (start, end, words.clone(), kind_of(words));
        }
    }
    Ok(())
}

impl Quotes<'_> {
    /// Moves the boundaries of a quote to `words`, which must stand in the
    /// story overlapping the quote. Returns the quote as it now reads.
    pub fn move_bounds(&self, quote: &QuoteRef, words: &str) -> Result<StoredQuote> {
        let words = words.trim();
        if words.is_empty() {
            return Err(Error::InvalidInput("a quote needs at least one word".into()));
        }
        let (story_id, anchor) = (quote.story_id, quote.anchor.as_str());
        let (start, end, text): (i64, i64, String) = self
            .library
            .conn()
            .query_row(
                "SELECT start, \"end\", text FROM quote WHERE story_id = ?1 AND anchor = ?2",
                params![story_id, anchor],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?
            .ok_or_else(|| Error::InvalidInput(format!("story {story_id} has no quote {anchor}")))?;
        let story = self.library.stories().get(story_id)?;
        let full = format!("{}\n{}", story.draft.headline, story.draft.body);
        let Some((new_start, new_end)) = locate(&full, words, (start as usize, end as usize)) else {
            return Err(Error::InvalidInput(format!("“{words}” is not in the story where the quote “{text}” is")));
        };
        let analyzed: String = self
            .library
            .conn()
            .query_row(
                "SELECT analyzed FROM quote_bounds_fix WHERE story_id = ?1 AND anchor = ?2",
                params![story_id, anchor],
                |r| r.get(0),
            )
            .optional()?
            .unwrap_or(text);
        self.library.write(|tx| {
            tx.execute(
                "INSERT INTO quote_bounds_fix (story_id, anchor, analyzed, words, fixed_at) VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (story_id, anchor) DO UPDATE SET words = excluded.words, fixed_at = excluded.fixed_at",
                params![story_id, anchor, analyzed, words, now()],
            )?;
            tx.execute(
                "UPDATE quote SET start = ?3, \"end\" = ?4, text = ?5, kind = ?6 WHERE story_id = ?1 AND anchor = ?2",
                params![story_id, anchor, new_start as i64, new_end as i64, words, kind_of(words).as_str()],
            )?;
            Ok(())
        })?;
        let quotes = self.of_story(story_id)?.quotes;
        quotes
            .into_iter()
            .find(|q| q.anchor == anchor)
            .ok_or_else(|| Error::Corrupt(format!("the moved quote “{words}” was not stored")))
    }
}

#[cfg(test)]
mod tests {
    use super::locate;

    #[test]
    fn the_occurrence_around_the_quote_is_chosen() {
        let text = "“Go now,” she said. Later: “Go now, and quickly,” she added.";
        // The second quote, "Go now, and quickly," starts at char 28.
        assert_eq!(locate(text, "Go now, and quickly", (28, 48)), Some((28, 47)));
        assert_eq!(locate(text, "Go now", (28, 48)), Some((28, 34)), "not the first “Go now”");
        assert_eq!(locate(text, "she said", (28, 48)), None, "outside the quote");
        assert_eq!(locate("“Déjà vu, again,” he said", "vu, again, he", (1, 16)), None);
        assert_eq!(locate("“Déjà vu, again,” he said", "Déjà vu, again,” he said", (1, 16)), Some((1, 25)));
    }
}
