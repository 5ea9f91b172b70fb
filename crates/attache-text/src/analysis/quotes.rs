//! Direct quotes: the text between double quotation marks, straight or
//! curly, paragraph by paragraph.
//!
//! A quotation may run over paragraphs: by news convention a paragraph that
//! opens with a quote mark while the previous one left its quote open
//! continues it. A quote still open at the end of a paragraph that is not
//! continued is unterminated: it ends with the paragraph and is flagged.

use super::text::Paragraph;

/// Quotes of fewer words than this are fragments (scare quotes and the like).
pub const FRAGMENT_WORDS: usize = 6;

/// One quoted span: byte offsets of the words inside the marks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteSpan {
    /// Index of the paragraph it is in.
    pub paragraph: usize,
    /// Byte offset of the opening mark.
    pub open: usize,
    /// First byte inside the marks.
    pub start: usize,
    /// Byte just past the last byte inside the marks.
    pub end: usize,
    /// Byte just past the closing mark (or the paragraph end).
    pub close: usize,
    /// The quote goes on in the next paragraph.
    pub continues: bool,
    /// The quote continues one from the previous paragraph.
    pub continued: bool,
    /// No closing mark: the quote was cut at the paragraph's end.
    pub unterminated: bool,
}

impl QuoteSpan {
    /// True when the quote has fewer than six words.
    pub fn is_fragment(&self, input: &str) -> bool {
        input[self.start..self.end].split_whitespace().count() < FRAGMENT_WORDS
    }
}

fn opens(c: char) -> bool {
    matches!(c, '“' | '"' | '«' | '„')
}

fn closes(c: char) -> bool {
    matches!(c, '”' | '"' | '»')
}

/// Finds every quote in the paragraphs.
pub fn find_quotes(input: &str, paragraphs: &[Paragraph]) -> Vec<QuoteSpan> {
    let mut quotes: Vec<QuoteSpan> = Vec::new();
    for (index, p) in paragraphs.iter().enumerate() {
        let text = &input[p.start..p.end];
        let continuing = quotes.last().is_some_and(|q| q.paragraph + 1 == index && q.continues);
        let mut open: Option<usize> = None;
        for (i, c) in text.char_indices() {
            let at = p.start + i;
            match open {
                None if opens(c) => open = Some(at),
                Some(start) if closes(c) => {
                    let first = start + input[start..].chars().next().map_or(1, char::len_utf8);
                    quotes.push(QuoteSpan {
                        paragraph: index,
                        open: start,
                        start: first,
                        end: at,
                        close: at + c.len_utf8(),
                        continues: false,
                        continued: continuing
                            && quotes.last().is_some_and(|q| q.paragraph + 1 == index)
                            && start == p.start,
                        unterminated: false,
                    });
                    open = None;
                }
                _ => {}
            }
        }
        if let Some(start) = open {
            let next_opens = paragraphs.get(index + 1).is_some_and(|n| input[n.start..].starts_with(opens));
            let first = start + input[start..].chars().next().map_or(1, char::len_utf8);
            quotes.push(QuoteSpan {
                paragraph: index,
                open: start,
                start: first,
                end: p.end,
                close: p.end,
                continues: next_opens,
                continued: continuing && start == p.start,
                unterminated: !next_opens,
            });
        }
    }
    quotes
}

/// The speaker found for a quote and the cue word that named them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Attribution {
    /// Index of the speaking entity in the reading.
    pub speaker: Option<usize>,
    /// The cue word ("said"), as written.
    pub cue: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::text::layout;

    fn quotes(input: &str) -> Vec<(String, bool, bool, bool)> {
        let (_, paragraphs) = layout(input);
        find_quotes(input, &paragraphs)
            .into_iter()
            .map(|q| (input[q.start..q.end].to_string(), q.continues, q.continued, q.unterminated))
            .collect()
    }

    #[test]
    fn curly_and_straight_quotes() {
        let got = quotes("H\n“It is time,” he said. She called it \"a fraught moment\" today.");
        assert_eq!(
            got,
            [("It is time,".into(), false, false, false), ("a fraught moment".into(), false, false, false)]
        );
    }

    #[test]
    fn a_quotation_continued_over_paragraphs() {
        let got = quotes("H\nShe said: “First part.\n“Second part.\n“Third part,” she added.");
        assert_eq!(
            got,
            [
                ("First part.".into(), true, false, false),
                ("Second part.".into(), true, true, false),
                ("Third part,".into(), false, true, false),
            ]
        );
    }

    #[test]
    fn an_unterminated_quote_ends_at_the_paragraph() {
        let got = quotes("H\nHe said “this never ends\nNext paragraph.");
        assert_eq!(got, [("this never ends".into(), false, false, true)]);
    }

    #[test]
    fn single_quotes_inside_stay_inside() {
        let got = quotes("H\n“He told me ‘never again’ and meant it,” she said.");
        assert_eq!(got[0].0, "He told me ‘never again’ and meant it,");
    }
}
