//! The layout of a text to analyse: headline, paragraphs and sentences, as
//! byte ranges of the input, and the conversion of byte offsets to the
//! character offsets reported to users.

use super::lexicon::ABBREVIATED_TITLES;

/// A paragraph of the body: a byte range of the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paragraph {
    pub start: usize,
    pub end: usize,
}

/// Splits the input into its headline (the first non-empty line) and the
/// paragraphs after it (non-empty lines).
pub fn layout(input: &str) -> (Option<Paragraph>, Vec<Paragraph>) {
    let mut lines = Vec::new();
    let mut start = 0;
    for (i, c) in input.char_indices() {
        if c == '\n' {
            lines.push(trimmed(input, start, i));
            start = i + 1;
        }
    }
    lines.push(trimmed(input, start, input.len()));
    let mut lines = lines.into_iter().filter(|p| p.start < p.end);
    let headline = lines.next();
    (headline, lines.collect())
}

/// True when a paragraph is a subheading: a few words, most of them
/// capitalized, with no sentence's punctuation and no quotation.
pub fn is_subheading(input: &str, p: Paragraph) -> bool {
    let line = &input[p.start..p.end];
    // Nine words are too many for a subheading: count no further.
    let (mut words, mut capitalized) = (0, 0);
    for word in line.split_whitespace().take(9) {
        words += 1;
        capitalized += usize::from(word.starts_with(char::is_uppercase));
    }
    (1..=8).contains(&words) && capitalized * 2 > words && !line.contains(['.', '?', '!', ':', ';', ',', '"', '“', '”'])
}

fn trimmed(input: &str, start: usize, end: usize) -> Paragraph {
    let line = &input[start..end];
    let lead = line.len() - line.trim_start().len();
    let trail = line.len() - line.trim_end().len();
    Paragraph { start: start + lead, end: (end - trail).max(start + lead) }
}

/// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "sen", "rep", "gov", "st", "jr", "sr", "no", "vs", "u.s", "u.n",
    "u.k", "e.u", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "corp",
    "ltd", "co", "prof", "amb", "adm", "sgt", "capt", "maj", "pres", "min", "sec", "gov", "dept",
];

/// Byte ranges of the sentences of `input[start..end]`. A sentence ends at
/// `.`, `!` or `?` (with any closing quote or bracket) followed by a space
/// and a capital or an opening quote, unless the word before is a known
/// abbreviation or a single initial.
pub fn sentences(input: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let text = &input[start..end];
    let mut out = Vec::new();
    let mut from = 0;
    for (i, c) in text.char_indices().filter(|(_, c)| matches!(c, '.' | '!' | '?')) {
        // The stop takes any closing marks with it; `stop` is the byte after them.
        let stop = text.len() - text[i + 1..].trim_start_matches(['"', '”', '’', '\'', ')', ']']).len();
        let mut next = text[stop..].chars();
        let spaced = next.next() == Some(' ');
        let starts_sentence =
            next.next().is_some_and(|c| c.is_uppercase() || matches!(c, '"' | '“' | '‘' | '(') || c.is_ascii_digit());
        if !(spaced && starts_sentence) || (c == '.' && is_abbreviation(&text[from..i])) {
            continue;
        }
        out.push((start + from, start + stop));
        from = stop + 1;
    }
    if from < text.len() {
        out.push((start + from, end));
    }
    out
}

/// True when `before` ends in a known abbreviation or a single initial.
pub(super) fn is_abbreviation(before: &str) -> bool {
    let word = before.rsplit(|c: char| c.is_whitespace() || c == '(').next().unwrap_or("");
    let lower = word.to_lowercase();
    // "A.E. Dick Howard": dotted initials, like one initial, end no sentence.
    let initials = word.contains('.') && word.split('.').all(|part| part.chars().count() == 1);
    ABBREVIATIONS.contains(&lower.as_str()) || word.chars().all(char::is_uppercase) && word.chars().count() == 1 || {
        initials && word.chars().all(|c| c == '.' || c.is_uppercase())
    }
}

/// The byte where the sentence going on from `from` ends: at a full stop, a
/// question or an exclamation mark, quoted words within it included (“…” both
/// of them and “…” for repatriation, said the president).
pub(super) fn sentence_end(input: &str, from: usize, limit: usize) -> usize {
    let text = &input[from..limit];
    for (i, c) in text.char_indices() {
        if matches!(c, '.' | '!' | '?') {
            let rest = &text[i + 1..];
            let initial = c == '.' && is_initial(&text[..i]);
            if (rest.is_empty() || rest.starts_with(' ')) && !initial {
                return from + i;
            }
        }
    }
    limit
}

/// True when `before` ends in a middle initial ("Antony J") or an
/// abbreviated title ("said Lt"), after which a full stop ends nothing.
fn is_initial(before: &str) -> bool {
    let word = before.rsplit(' ').next().unwrap_or("");
    word.chars().count() == 1 && word.chars().all(char::is_uppercase)
        || ABBREVIATED_TITLES.contains(&word.to_lowercase())
        || is_abbreviation(before)
}

/// The byte where the sentence containing `pos` starts.
pub(super) fn sentence_start(input: &str, p: Paragraph, pos: usize, inside: &dyn Fn(usize) -> bool) -> usize {
    let p = Paragraph { start: window_start(input, p.start, pos), end: p.end };
    let text = &input[p.start..pos];
    for (i, c) in text.char_indices().rev() {
        if matches!(c, '.' | '!' | '?') && !inside(p.start + i) && text[i + 1..].starts_with(' ') {
            let before = &text[..i];
            let word = before.rsplit(' ').next().unwrap_or("");
            if word.chars().count() > 3 || word.chars().all(|c| c.is_lowercase()) {
                return p.start + i + 1;
            }
        }
    }
    p.start
}

/// No sentence is searched back further than this many bytes, so that a
/// pathological paragraph (megabytes without a full stop) stays linear.
const SENTENCE_WINDOW: usize = 4_000;

/// Where a backward search for a sentence start from `pos` begins.
pub(super) fn window_start(input: &str, paragraph_start: usize, pos: usize) -> usize {
    let mut from = pos.saturating_sub(SENTENCE_WINDOW).max(paragraph_start);
    while !input.is_char_boundary(from) {
        from += 1;
    }
    from
}

/// Converts byte offsets of `input` to character offsets.
pub struct CharOffsets {
    /// The byte offset of each character, in order.
    starts: Vec<usize>,
}

impl CharOffsets {
    pub fn new(input: &str) -> CharOffsets {
        CharOffsets { starts: input.char_indices().map(|(i, _)| i).collect() }
    }

    /// The character index of byte offset `byte` (which must be a boundary).
    pub fn of(&self, byte: usize) -> usize {
        self.starts.partition_point(|&b| b < byte)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headline_then_paragraphs() {
        let input = "Headline here\n\nFirst para.  \n  Second para.\n";
        let (headline, paragraphs) = layout(input);
        let text = |p: Paragraph| &input[p.start..p.end];
        assert_eq!(text(headline.unwrap()), "Headline here");
        assert_eq!(paragraphs.iter().map(|&p| text(p)).collect::<Vec<_>>(), ["First para.", "Second para."]);
    }

    #[test]
    fn sentences_respect_abbreviations_and_quotes() {
        let text = "Sec. Blinken met Mr. Herzog in the U.S. embassy on Oct. 7. “It is time,” he said. Then he left!";
        let got: Vec<&str> = sentences(text, 0, text.len()).into_iter().map(|(s, e)| &text[s..e]).collect();
        assert_eq!(
            got,
            ["Sec. Blinken met Mr. Herzog in the U.S. embassy on Oct. 7.", "“It is time,” he said.", "Then he left!"]
        );
    }

    #[test]
    fn char_offsets_count_characters_not_bytes() {
        let input = "“Héllo”";
        let offsets = CharOffsets::new(input);
        assert_eq!(offsets.of(0), 0);
        assert_eq!(offsets.of("“".len()), 1);
        assert_eq!(offsets.of(input.len()), 7);
    }
}
