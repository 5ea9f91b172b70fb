//! Titles and genders: the lower-case title an editor's copy puts before a
//! name ("Commission spokeswoman Ilse Vermeulen"), and the usual pronoun of a
//! person from their first name or title.

use super::lexicon::{FEMALE_NAMES, MALE_NAMES, TITLE_WORDS};
use super::mentions::Gender;
use super::tokens::Token;

/// A lower-case title written just before a name ("Commission spokeswoman
/// Ilse Vermeulen", "foreign minister Hakan Fidan"), with what qualifies it.
pub fn lead_title(input: &str, before: &[Token]) -> Option<String> {
    let mut first = before.len();
    while first > 0 && before.len() - first < 4 {
        let word = &before[first - 1];
        let joined = first == before.len() || &input[word.end..before[first].start] == " ";
        let lower = word.text(input).to_lowercase();
        if !joined || !(TITLE_WORDS.contains(&lower) || word.capitalized(input)) || lower == "the" {
            break;
        }
        first -= 1;
    }
    let words = &before[first..];
    let has_title = words.iter().any(|w| !w.capitalized(input) && TITLE_WORDS.contains(&w.text(input).to_lowercase()));
    let last = words.last()?;
    input[last.end..].starts_with(' ').then_some(()).filter(|_| has_title)?;
    Some(input[words[0].start..last.end].to_string())
}

pub fn gender_of(first_name: &str, titles: &str) -> Option<Gender> {
    let female_title = ["mrs", "ms", "queen", "princess", "spokeswoman", "chairwoman"]
        .iter()
        .any(|t| titles.split(' ').any(|w| w == *t));
    let male_title = ["mr", "king", "prince", "spokesman", "chairman", "sheikh", "emir"]
        .iter()
        .any(|t| titles.split(' ').any(|w| w == *t));
    if FEMALE_NAMES.contains(first_name) || female_title {
        Some(Gender::Female)
    } else if MALE_NAMES.contains(first_name) || male_title {
        Some(Gender::Male)
    } else {
        None
    }
}
