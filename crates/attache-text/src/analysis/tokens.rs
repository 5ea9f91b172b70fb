//! Words of a text with their byte ranges, the way the analysis needs them:
//! names keep their hyphens, apostrophes and inner full stops ("al-Mansouri",
//! "Herzog’s", "U.S.").

/// A word of the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
}

impl Token {
    /// The word as written.
    pub fn text<'a>(&self, input: &'a str) -> &'a str {
        &input[self.start..self.end]
    }

    /// True when the word starts with a capital letter, or is a name with a
    /// lower-case particle joined to it ("al-Mansouri", "el-Sisi").
    pub fn capitalized(&self, input: &str) -> bool {
        let text = self.text(input);
        let name = ["al-", "el-", "ad-", "bin-"].iter().find_map(|p| text.strip_prefix(p)).unwrap_or(text);
        name.starts_with(char::is_uppercase)
    }

    /// The word without a possessive ending ("Herzog’s" → "Herzog").
    pub fn base<'a>(&self, input: &'a str) -> &'a str {
        let text = self.text(input);
        text.strip_suffix("’s").or_else(|| text.strip_suffix("'s")).unwrap_or(text)
    }

    /// True when the word is possessive ("Herzog’s").
    pub fn possessive(&self, input: &str) -> bool {
        self.base(input).len() != self.text(input).len()
    }
}

/// The words of `input[start..end]`.
pub fn tokens(input: &str, start: usize, end: usize) -> Vec<Token> {
    let text = &input[start..end];
    let mut out = Vec::with_capacity(text.len() / 5);
    let mut from: Option<usize> = None;
    for (i, c) in text.char_indices() {
        let next_is_word = || text[i + c.len_utf8()..].starts_with(char::is_alphanumeric);
        if c.is_alphanumeric() || (matches!(c, '-' | '\'' | '’' | '.') && from.is_some() && next_is_word()) {
            from.get_or_insert(i);
        } else if let Some(s) = from.take() {
            out.push(Token { start: start + s, end: start + i });
        }
    }
    if let Some(s) = from {
        out.push(Token { start: start + s, end });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_keep_their_joining_marks() {
        let input = "Khalid al-Mansouri met Herzog’s aide in the U.S. capital.";
        let words: Vec<&str> = tokens(input, 0, input.len()).iter().map(|t| t.text(input)).collect();
        assert_eq!(words, ["Khalid", "al-Mansouri", "met", "Herzog’s", "aide", "in", "the", "U.S", "capital"]);
    }
}
