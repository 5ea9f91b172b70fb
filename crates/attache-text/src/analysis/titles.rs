//! Titles and genders: the lower-case title an editor's copy puts before a
//! name ("Commission spokeswoman Ilse Vermeulen") or beside it between commas
//! ("Ghana's president, Kwame Asante-Boateng,"), and the usual pronoun of a
//! person from their first name or title.

use super::lexicon::{FEMALE_NAMES, MALE_NAMES, TITLE_WORDS};
use super::tokens::Token;

/// A person's usual pronoun.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Female,
    Male,
}

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
    // "northwest of Kathmandu": connecting words alone are no title.
    let connector = |w: &Token| matches!(w.text(input), "of" | "for" | "and" | "the");
    let has_title = words
        .iter()
        .any(|w| !w.capitalized(input) && !connector(w) && TITLE_WORDS.contains(&w.text(input).to_lowercase()));
    let last = words.last()?;
    input[last.end..].starts_with(' ').then_some(()).filter(|_| has_title)?;
    Some(input[words[0].start..last.end].to_string())
}

/// A title set off by a comma beside a name: before it ("Ghana's president,
/// Kwame Asante-Boateng") or after it ("Marta Lindqvist, the agency's
/// country director for Sudan,"). `start..end` is the name with any titles
/// written into it.
pub fn appositive_title(input: &str, start: usize, end: usize) -> Option<String> {
    let stops = [',', '.', ';', ':', '“', '”', '"', '(', ')', '\n'];
    let before = input[..start].strip_suffix(", ").and_then(|head| {
        let from = head.rfind(stops).map_or(0, |at| at + head[at..].chars().next().map_or(1, char::len_utf8));
        title_in(&head[from..], false)
    });
    before.or_else(|| {
        let tail = input[end..].strip_prefix(", ")?;
        title_in(&tail[..tail.find(stops).unwrap_or(tail.len())], true)
    })
}

/// Prepositions that end a title written after a name ("adviser to …").
const AFTER_TITLE: &[&str] = &["to", "of", "for", "at", "in", "with", "from", "on"];

/// Title words that are not titles on their own.
const NOT_TITLES: &[&str] = &["of", "for", "the", "and", "state", "security", "affairs", "high", "top", "under"];

/// The title in a phrase beside a name: an optional article, an optional
/// owner ("Ghana's", "the agency's"), then lower-case words with a title
/// among them.
pub fn title_in(phrase: &str, after_name: bool) -> Option<String> {
    let mut words: Vec<&str> = phrase.split_whitespace().collect();
    if after_name {
        words.truncate(words.iter().position(|w| AFTER_TITLE.contains(w)).unwrap_or(words.len()));
    } else if words.first().is_some_and(|w| matches!(*w, "while" | "and" | "but" | "whereas")) {
        words.remove(0);
    }
    let mut k = usize::from(words.first().is_some_and(|w| matches!(w.to_lowercase().as_str(), "the" | "a" | "an")));
    let possessive = |w: &str| w.ends_with("’s") || w.ends_with("'s");
    if let Some(p) = words.iter().rposition(|w| possessive(w)).filter(|&p| p >= k) {
        let owner = &words[k..=p];
        let named = owner.iter().all(|w| w.starts_with(char::is_uppercase) || matches!(*w, "of" | "the" | "and"));
        if !(named || owner.len() == 1) {
            return None;
        }
        k = p + 1;
    }
    let title = &words[k..];
    let lower_case = title.iter().all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'));
    let has_title = title.iter().any(|w| TITLE_WORDS.contains(w) && !NOT_TITLES.contains(w));
    // "Africom, the secretary discussed …": after a name, a title ends the
    // phrase set off; words after it make it a new clause's subject.
    let ends_in_title = !after_name || title.last().is_some_and(|w| TITLE_WORDS.contains(w));
    (lower_case && has_title && ends_in_title && title.len() <= 5).then(|| title.join(" "))
}

/// The usual pronoun of a person with this first name and these titles.
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

#[cfg(test)]
mod tests {
    use super::appositive_title;

    fn title(input: &str, name: &str) -> Option<String> {
        let start = input.find(name).unwrap();
        appositive_title(input, start, start + name.len())
    }

    #[test]
    fn titles_beside_a_name() {
        assert_eq!(title("Ghana's president, Kwame Mensah, said", "Kwame Mensah").as_deref(), Some("president"));
        let after = "Marta Lind, the World Food Programme's country director for Sudan, said";
        assert_eq!(title(after, "Marta Lind").as_deref(), Some("country director"));
        let adviser = "Elchin Mamedov, a foreign policy adviser to Azerbaijan's president, said";
        assert_eq!(title(adviser, "Elchin Mamedov").as_deref(), Some("foreign policy adviser"));
    }

    #[test]
    fn other_phrases_beside_a_name_are_not_titles() {
        assert_eq!(title("After meeting the president, Antony Blinken said", "Antony Blinken"), None);
        assert_eq!(title("Hafiz Rahman, who led the delegation, argued", "Hafiz Rahman"), None);
        assert_eq!(title("Rousseau's mother, Catherine Rousseau, said", "Catherine Rousseau"), None);
        assert_eq!(title("In his visit to Africom, the secretary discussed aid", "Africom"), None);
    }
}
