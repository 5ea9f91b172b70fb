//! Search snippets: the passage of a story's body around the first match,
//! with every match marked. Made here from the words the editor typed
//! rather than by FTS5's `snippet()`, which re-reads and scores each whole
//! document and dominated the time of a search.

/// Marks the start of a match in a snippet (a private-use character).
pub const HIGHLIGHT_START: char = '\u{E000}';
/// Marks the end of a match in a snippet.
pub const HIGHLIGHT_END: char = '\u{E001}';

/// Words shown before the first match.
const BEFORE: usize = 8;
/// Words shown in all.
const WORDS: usize = 28;

/// What to look for: lower-case words, the last possibly a prefix.
pub struct Terms {
    words: Vec<String>,
    last_is_prefix: bool,
}

impl Terms {
    /// The words of an editor's query, as `fts_query` reads them.
    pub fn of(query: &str) -> Terms {
        let words: Vec<String> =
            query.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect();
        Terms { words, last_is_prefix: !query.trim_end().ends_with('"') }
    }

    fn matches(&self, word: &str) -> bool {
        let lower = word.to_lowercase();
        self.words.iter().enumerate().any(|(i, term)| {
            lower == *term || (self.last_is_prefix && i + 1 == self.words.len() && lower.starts_with(term.as_str()))
        })
    }
}

/// The body's passage around the first match, matches marked; `None` when
/// no word of the body matches (the match was in the headline).
pub fn snippet(body: &str, terms: &Terms) -> Option<String> {
    let words: Vec<(usize, usize)> = word_spans(body);
    let first = words.iter().position(|&(s, e)| terms.matches(&body[s..e]))?;
    let from = first.saturating_sub(BEFORE);
    let to = (from + WORDS).min(words.len());
    let mut out = String::new();
    if from > 0 {
        out.push('…');
    }
    let mut cursor = words[from].0;
    for &(start, end) in &words[from..to] {
        out.push_str(&body[cursor..start]);
        if terms.matches(&body[start..end]) {
            out.push(HIGHLIGHT_START);
            out.push_str(&body[start..end]);
            out.push(HIGHLIGHT_END);
        } else {
            out.push_str(&body[start..end]);
        }
        cursor = end;
    }
    if to < words.len() {
        out.push('…');
    } else {
        out.push_str(&body[cursor..]);
    }
    Some(out.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Byte ranges of the alphanumeric words of `text`.
fn word_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                spans.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        spans.push((s, text.len()));
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_every_match_around_the_first() {
        let body = "Blinken met Herzog. Later, herzog’s office said the talks went well.";
        let got = snippet(body, &Terms::of("Herzog")).unwrap();
        assert_eq!(
            got,
            "Blinken met \u{E000}Herzog\u{E001}. Later, \u{E000}herzog\u{E001}’s office said the talks went well."
        );
    }

    #[test]
    fn the_last_word_matches_as_a_prefix_unless_quoted() {
        assert!(snippet("Negotiations resumed.", &Terms::of("negotiat")).is_some());
        assert!(snippet("Negotiations resumed.", &Terms::of("\"negotiat\"")).is_none());
    }

    #[test]
    fn long_bodies_are_cut_with_ellipses() {
        let body = format!("{} Herzog {}", "word ".repeat(50), "more ".repeat(50));
        let got = snippet(&body, &Terms::of("herzog")).unwrap();
        assert!(got.starts_with('…') && got.ends_with('…'), "{got}");
        assert_eq!(got.split_whitespace().count(), WORDS);
    }
}
