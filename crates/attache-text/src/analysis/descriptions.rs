//! Descriptions that stand for someone named earlier: "the secretary", "the
//! country director", "the top US diplomat" for a person with that title;
//! "the ministry", "the agency's statement" for an organization with that
//! word in its name; and "the Israeli military", an organization in itself.

use super::lexicon::{opens_description, CONNECTORS, CUE_VERBS, DESCRIPTIONS, ORG_NOUNS, ORG_WORDS};
use super::mentions::{Reading, Refers};
use super::tokens::Token;

/// Documents that speak for the organization that issued them.
const DOCUMENTS: &[&str] =
    &["letter", "report", "statement", "communique", "communiqué", "release", "readout", "announcement", "notice"];

/// A ministry's portfolio, written before it in lower case ("the Egyptian
/// foreign ministry").
const PORTFOLIOS: &[&str] = &[
    "foreign",
    "defense",
    "defence",
    "health",
    "interior",
    "finance",
    "justice",
    "information",
    "economy",
    "trade",
    "education",
    "energy",
    "agriculture",
    "home",
];

/// Lower-case words allowed between "the" and a title ("the country director").
const MAX_MODIFIERS: usize = 3;

impl Reading {
    /// Reads a description starting at word `i` ("the …"), returning how many
    /// words it took.
    pub(super) fn description(&mut self, input: &str, words: &[Token], i: usize) -> Option<usize> {
        // "Ukraine’s president": a country's, as "the Ukrainian president".
        let country = words[i].possessive(input) && super::mentions::is_place(words[i].base(input));
        if !words[i].text(input).eq_ignore_ascii_case("the") && !country {
            return None;
        }
        (0..=MAX_MODIFIERS)
            .take_while(|&skip| {
                words[i + 1..].iter().take(skip).all(|w| is_modifier(input, w))
                    && words[i..].windows(2).take(skip + 1).all(|pair| joined(input, &pair[0], &pair[1]))
            })
            .find_map(|skip| self.title_description(input, words, i, skip))
            .or_else(|| self.org_description(input, words, i))
            .or_else(|| self.national_org(input, words, i))
    }

    /// "the secretary", "the top US diplomat", "the country director": a
    /// title phrase after `skip` modifiers.
    fn title_description(&mut self, input: &str, words: &[Token], i: usize, skip: usize) -> Option<usize> {
        let from = i + 1 + skip;
        let first = words.get(from)?.base(input);
        let opens = if first.chars().any(char::is_uppercase) {
            opens_description(&first.to_lowercase())
        } else {
            opens_description(first)
        };
        if !opens {
            return None;
        }
        let lower: Vec<String> =
            words.get(from..words.len().min(from + 4))?.iter().map(|t| t.base(input).to_lowercase()).collect();
        let joined = lower.join(" ");
        let &(phrase, key) = DESCRIPTIONS.iter().find(|(phrase, _)| {
            joined.strip_prefix(phrase).is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
        })?;
        let len = phrase.split(' ').count().min(lower.len());
        let title_words = &words[from..from + len];
        // "the top American diplomat": a nationality may be capitalized.
        // "Russia's Foreign Minister has criticized": a country's title may be
        // capitalized when no name follows it.
        let named_next = words.get(from + len).is_some_and(|w| w.capitalized(input));
        let country = words[i].possessive(input) && super::mentions::is_place(words[i].base(input));
        let country_title = country && !named_next;
        if !country_title && !title_words.iter().all(|t| !t.capitalized(input) || is_nationality(t.text(input))) {
            return None;
        }
        self.push(words[i].start, words[from + len - 1].end, Refers::Description(key));
        Some(skip + len + 1)
    }

    /// "the ministry", "the agency's statement": an organization named
    /// earlier; "the letter", "the NASS letter": a document of one.
    fn org_description(&mut self, input: &str, words: &[Token], i: usize) -> Option<usize> {
        let document = |k: usize| words.get(k).filter(|w| DOCUMENTS.contains(&w.text(input)));
        let named = words.get(i + 1).is_some_and(|w| w.capitalized(input));
        if let Some(noun) = document(i + 1).or_else(|| document(i + 2).filter(|_| named)) {
            self.push(words[i].start, noun.end, Refers::Document);
            return Some(if named { 3 } else { 2 });
        }
        let noun = words.get(i + 1)?;
        if noun.capitalized(input) || input[words[i].end..noun.start] != *" " {
            return None;
        }
        let base = noun.base(input);
        let word = ORG_WORDS.words().iter().find(|w| **w == base)?;
        self.push(words[i].start, noun.end, Refers::OrgDescription(word));
        Some(2)
    }

    /// "the Israeli military", "the Egyptian foreign ministry", "China's
    /// foreign ministry": capitalized adjectives (or a country's), then an
    /// organization noun, a ministry with its portfolio before it.
    fn national_org(&mut self, input: &str, words: &[Token], i: usize) -> Option<usize> {
        let country = !words[i].text(input).eq_ignore_ascii_case("the");
        let caps = words[i + 1..].iter().take_while(|t| t.capitalized(input)).count();
        let portfolio = words
            .get(i + 1 + caps)
            .is_some_and(|w| PORTFOLIOS.contains(&w.text(input)))
            .then(|| words.get(i + 2 + caps).filter(|w| w.text(input).eq_ignore_ascii_case("ministry")))
            .flatten();
        let noun = portfolio.or_else(|| words.get(i + 1 + caps))?;
        if caps == 0 && !country || !ORG_NOUNS.contains(&noun.text(input).to_lowercase()) {
            return None;
        }
        let first = if country { &words[i] } else { &words[i + 1] };
        let name = input[first.start..noun.end].to_string();
        let e = self.entity(name, true, Vec::new(), None);
        self.entities[e].mentions.push((first.start, noun.end));
        self.push(first.start, noun.end, Refers::Entity(e));
        Some(caps + 2 + usize::from(portfolio.is_some()))
    }
}

/// True when two words follow each other in one phrase: one space between,
/// or the full stop of "U.S." ("the U.S. envoy").
fn joined(input: &str, a: &Token, b: &Token) -> bool {
    let gap = &input[a.end..b.start];
    gap == " " || gap == ". " && matches!(a.text(input), "U.S" | "U.N" | "U.K" | "E.U")
}

/// A word that may qualify a title ("country" in "the country
/// director"), but not a verb of speech.
fn is_modifier(input: &str, word: &Token) -> bool {
    let text = word.text(input);
    // "the Israeli president", "the U.S. envoy": a nationality qualifies a title too.
    if is_nationality(text) {
        return true;
    }
    // "the Florida senator", "the New Jersey governor", "the Republican
    // nominee": a place or party before a title.
    let capitalized = text.starts_with(char::is_uppercase) && text.chars().skip(1).all(|c| c.is_lowercase());
    (capitalized || text.chars().all(|c| c.is_lowercase() || c == '-'))
        && !CUE_VERBS.contains(text)
        && !CONNECTORS.contains(text)
        && !matches!(text, "a" | "an" | "and" | "or")
}

/// A nationality or country adjective ("Israeli", "French", "U.S").
pub(super) fn is_nationality(word: &str) -> bool {
    let demonym = ["an", "ese", "ish", "i", "ch"].iter().any(|end| word.ends_with(end)) && word.len() > 3;
    // "the South Sudanese president": a compass word before a nationality.
    let compass = matches!(word, "South" | "North" | "East" | "West");
    word.starts_with(char::is_uppercase) && demonym
        || compass
        || matches!(word, "U.S" | "U.S." | "US" | "U.N" | "U.N." | "UN" | "Thai" | "Greek")
}

#[cfg(test)]
mod tests {
    use crate::analysis::mentions::{Reading, Refers};
    use crate::analysis::tokens::tokens;

    fn refers(input: &str) -> Vec<Refers> {
        let mut reading = Reading::default();
        reading.read(input, &tokens(input, 0, input.len()));
        reading.mentions.iter().map(|m| m.refers).collect()
    }

    #[test]
    fn a_title_after_modifiers_is_a_description() {
        assert_eq!(refers("as the country director said"), [Refers::Description("director")]);
        assert_eq!(refers("the top US diplomat said"), [Refers::Description("secretary of state")]);
        assert_eq!(refers("the U.S. president told her"), [Refers::Description("president")]);
        assert_eq!(refers("the close of the meeting, the secretary said"), [Refers::Description("secretary")]);
        assert_eq!(refers("Norway's Foreign Minister has criticized"), [Refers::Description("foreign minister")]);
        assert_ne!(refers("Norway's Foreign Minister Ola Berg said"), [Refers::Description("foreign minister")]);
    }

    #[test]
    fn an_organization_word_refers_to_an_organization() {
        assert_eq!(refers("the agency's statement said"), [Refers::OrgDescription("agency")]);
        assert_eq!(refers("the new agency said"), []);
    }
}
