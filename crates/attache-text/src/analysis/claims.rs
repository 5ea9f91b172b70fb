//! Check-worthy claims: clauses with ordinals, figures, superlatives or
//! comparisons over time. A sentence is cut into its clauses first, so that
//! "Blinken arrived on Monday, his ninth visit to the region" yields the
//! claim "his ninth visit to the region" (read further in `ordinals.rs`);
//! what makes a clause a claim is in `claim_kinds.rs`.

use super::quotes::QuoteSpan;

/// What makes a sentence check-worthy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum ClaimKind {
    Ordinal,
    Figure,
    Superlative,
    Comparison,
}

impl ClaimKind {
    /// Every kind, in the order a story's panel lists them.
    pub const ALL: [ClaimKind; 4] =
        [ClaimKind::Ordinal, ClaimKind::Figure, ClaimKind::Superlative, ClaimKind::Comparison];

    /// The kind a stored word names.
    pub fn parse(word: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == word)
    }

    /// The word stored and printed for it.
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimKind::Ordinal => "ordinal",
            ClaimKind::Figure => "figure",
            ClaimKind::Superlative => "superlative",
            ClaimKind::Comparison => "comparison",
        }
    }
}

const ORDINALS: &[&str] = &[
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
];

/// "ninth" → 9, "11th" → 11.
pub(super) fn ordinal_number(word: &str) -> Option<u32> {
    // Every ordinal, in words or digits, ends so: most words are not one.
    if !["st", "nd", "rd", "th"].iter().any(|end| word.ends_with(end)) {
        return None;
    }
    if let Some(n) = ORDINALS.iter().position(|o| *o == word) {
        return Some(n as u32 + 1);
    }
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    matches!(&word[digits.len()..], "st" | "nd" | "rd" | "th").then(|| digits.parse().ok()).flatten()
}

/// The text of `input[start..end]` with every quotation blanked out: what
/// a speaker said is theirs to check, not the story's claim.
pub fn unquoted<'a>(input: &'a str, range: (usize, usize), spans: &[QuoteSpan]) -> std::borrow::Cow<'a, str> {
    let (start, end) = range;
    // Spans are in text order: only those overlapping the range are looked at.
    let first = spans.partition_point(|q| q.close <= start);
    let overlapping: Vec<&QuoteSpan> = spans[first..].iter().take_while(|q| q.open < end).collect();
    if overlapping.is_empty() {
        return std::borrow::Cow::Borrowed(&input[start..end]);
    }
    // Both the text and the spans are in order: one pass over each.
    let mut spans = overlapping.into_iter().peekable();
    input[start..end]
        .char_indices()
        .map(|(i, c)| {
            let at = start + i;
            while spans.peek().is_some_and(|q| q.close <= at) {
                spans.next();
            }
            if spans.peek().is_some_and(|q| q.open <= at) {
                ' '
            } else {
                c
            }
        })
        .collect()
}

/// Where a sentence divides into clauses: the new clause starts after the
/// marker, or (`true`) at its last word ("…, his ninth trip" → "his ninth trip").
const CLAUSE_MARKS: &[(&str, bool)] = &[
    (", and ", false),
    (", but ", false),
    ("; ", false),
    (" — ", false),
    (" – ", false),
    (" -- ", false),
    (", while ", false),
    (", whereas ", false),
    (", which ", false),
    (", where ", false),
    (", his ", true),
    (", her ", true),
    (", their ", true),
    (", its ", true),
    (", the first ", true),
    (", the second ", true),
    (", the third ", true),
    (", the latest ", true),
    (" and his ", true),
    (" and her ", true),
    (" and their ", true),
];

/// Byte ranges of the clauses of the sentence `input[start..end]`.
pub fn clauses(input: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let sentence = &input[start..end];
    // One pass: every mark begins with a comma, a semicolon or a space.
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    for (at, c) in sentence.char_indices().filter(|(_, c)| matches!(c, ',' | ';' | ' ')) {
        let rest = &sentence[at..];
        let found = CLAUSE_MARKS.iter().find(|(mark, _)| mark.starts_with(c) && rest.starts_with(mark));
        if let Some((mark, keep_word)) = found {
            let next = if *keep_word { at + mark.trim_end().rfind(' ').map_or(0, |k| k + 1) } else { at + mark.len() };
            cuts.push((at, next));
        }
    }
    let mut out = Vec::new();
    let mut from = 0;
    for (at, next) in cuts {
        if at < from {
            continue;
        }
        out.push((start + from, start + at));
        from = next;
    }
    out.push((start + from, end));
    out.retain(|(a, b)| input[*a..*b].split_whitespace().count() >= 3);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(sentence: &str) -> Vec<&str> {
        clauses(sentence, 0, sentence.len()).into_iter().map(|(a, b)| &sentence[a..b]).collect()
    }

    #[test]
    fn sentences_divide_into_clauses() {
        assert_eq!(
            parts("Blinken arrived in Tel Aviv on Monday, his ninth trip to the region since the war began."),
            ["Blinken arrived in Tel Aviv on Monday", "his ninth trip to the region since the war began."]
        );
        assert_eq!(
            parts("Exports rose 12 percent to $3 billion, and imports fell for a third year."),
            ["Exports rose 12 percent to $3 billion", "imports fell for a third year."]
        );
        assert_eq!(parts("In 2023, exports rose 12 percent."), ["In 2023, exports rose 12 percent."]);
    }
}
