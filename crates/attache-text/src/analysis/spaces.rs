//! Spaces other than the plain one (no-break, narrow no-break, thin, em…),
//! which web pages and text pasted from them are full of, read as a space:
//! "Antony J.\u{202F}Blinken" is a name as "Antony J. Blinken" is. The reading
//! runs on a copy with plain spaces, character for character, so offsets in
//! characters are the same; the words it reports are cut from the text as
//! written.

use super::text::CharOffsets;
use std::borrow::Cow;

/// A space character of Unicode's space separators other than the plain one.
fn is_other_space(c: char) -> bool {
    matches!(c, '\u{00A0}' | '\u{1680}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}')
}

/// The text with every other space made a plain one; the text itself when it
/// has none, as nearly every text does.
pub fn plain_spaces(written: &str) -> Cow<'_, str> {
    if !written.contains(is_other_space) {
        return Cow::Borrowed(written);
    }
    Cow::Owned(written.chars().map(|c| if is_other_space(c) { ' ' } else { c }).collect())
}

/// Cuts the words of a reading of the plain copy from the text as written.
pub struct AsWritten<'a> {
    written: &'a str,
    /// The byte offset of each character of the written text and its end,
    /// where the copy differs from it.
    starts: Option<Vec<usize>>,
}

impl<'a> AsWritten<'a> {
    /// For a reading of `plain`, made from `written` by [`plain_spaces`].
    pub fn new(written: &'a str, plain: &str) -> AsWritten<'a> {
        let differs = written.len() != plain.len();
        let starts = differs.then(|| written.char_indices().map(|(i, _)| i).chain([written.len()]).collect());
        AsWritten { written, starts }
    }

    /// The written words at bytes `start..end` of the plain copy, whose
    /// character offsets are `offsets`.
    pub fn words(&self, start: usize, end: usize, offsets: &CharOffsets) -> String {
        match &self.starts {
            None => self.written[start..end].to_string(),
            Some(starts) => self.written[starts[offsets.of(start)]..starts[offsets.of(end)]].to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn other_spaces_read_as_plain_ones_and_words_are_cut_as_written() {
        let written = "Antony J.\u{202F}Blinken said:\u{00A0}“Go.”";
        let plain = plain_spaces(written);
        assert_eq!(plain, "Antony J. Blinken said: “Go.”");
        assert_eq!(plain.chars().count(), written.chars().count());
        let offsets = CharOffsets::new(&plain);
        let at = plain.find("Blinken said").unwrap();
        let cut = AsWritten::new(written, &plain).words(at - 3, at + 12, &offsets);
        assert_eq!(cut, "J.\u{202F}Blinken said");
        assert!(matches!(plain_spaces("Plain text."), Cow::Borrowed(_)));
    }
}
