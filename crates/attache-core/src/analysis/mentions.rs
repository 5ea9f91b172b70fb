//! Mentions of people and organizations: names (with the titles before
//! them), pronouns and descriptions ("the secretary"), gathered into one
//! record per entity so that "Blinken" later in a story is the "Antony
//! Blinken" introduced earlier.

use super::lexicon::{WordSet, CUE_VERBS, DESCRIPTIONS, KNOWN_ORGS, ORG_NOUNS, ORG_WORDS, TITLE_WORDS};
use super::places::{CITIES, COUNTRIES, REGIONS};
use super::titles::{gender_of, lead_title};
use super::tokens::Token;
use std::borrow::Cow;

/// A person's usual pronoun.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Female,
    Male,
}

/// A person or organization mentioned in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    /// The full name as first written ("Antony Blinken", "State Department").
    pub name: String,
    /// True for an organization.
    pub org: bool,
    /// Titles written before the name ("US Secretary of State").
    pub titles: Vec<String>,
    pub gender: Option<Gender>,
    /// Byte ranges of every mention by name.
    pub mentions: Vec<(usize, usize)>,
}

/// What a mention refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refers {
    /// An entity, by index.
    Entity(usize),
    /// "he" or "she".
    Pronoun(Gender),
    /// "they" or "it": an organization or group.
    Plural,
    /// "the secretary": the most recent person with that title.
    Description(&'static str),
    /// "officials", "a source": someone not named.
    Unnamed,
}

/// A mention at a place in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub refers: Refers,
}

/// Words that start a sentence but never a name.
static FUNCTION_CAPS: WordSet = WordSet::new(&[
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "For",
    "But",
    "And",
    "When",
    "While",
    "After",
    "Before",
    "As",
    "If",
    "Later",
    "Earlier",
    "Asked",
    "Speaking",
    "According",
    "Under",
    "With",
    "Without",
    "Since",
    "During",
    "It",
    "This",
    "That",
    "Those",
    "These",
    "Then",
    "Still",
    "Yet",
    "Both",
    "Some",
    "Many",
    "Most",
    "Meanwhile",
    "Separately",
    "Last",
    "Next",
    "On",
    "By",
    "From",
    "To",
    "Of",
    "He",
    "She",
    "They",
    "We",
    "I",
    "Its",
    "Their",
    "His",
    "Her",
    "Our",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan",
    "Feb",
    "Aug",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
    "One",
    "Two",
    "Three",
    "Several",
    "Each",
    "Every",
    "No",
    "Not",
    "All",
    "Any",
]);

/// Lower-case words that may sit inside a name or organization.
static CONNECTORS: WordSet =
    WordSet::new(&["of", "for", "the", "al", "bin", "de", "da", "del", "van", "von", "der", "la", "le", "du", "di"]);

/// Words for people nobody names.
static UNNAMED: WordSet = WordSet::new(&[
    "officials",
    "official",
    "source",
    "sources",
    "critics",
    "analysts",
    "diplomats",
    "diplomat",
    "aides",
    "people",
    "residents",
    "witnesses",
    "experts",
    "observers",
    "reporters",
    "negotiators",
    "mediators",
]);

fn is_place(name: &str) -> bool {
    let name = name.trim_start_matches("the ").trim_start_matches("The ");
    COUNTRIES.contains(name) || CITIES.contains(name) || REGIONS.contains(name)
}

/// The entities and mentions of a text.
#[derive(Debug, Default)]
pub struct Reading {
    pub entities: Vec<Entity>,
    /// Every mention, in text order.
    pub mentions: Vec<Mention>,
}

impl Reading {
    /// The mentions that start in `start..end` (mentions are in text order).
    pub fn between(&self, start: usize, end: usize) -> &[Mention] {
        let from = self.mentions.partition_point(|m| m.start < start);
        let to = self.mentions.partition_point(|m| m.start < end);
        &self.mentions[from..to.max(from)]
    }

    /// Reads the mentions in the given words (one paragraph's, in order).
    pub fn read(&mut self, input: &str, words: &[Token]) {
        let mut i = 0;
        while i < words.len() {
            let consumed = self
                .pronoun(input, words, i)
                .or_else(|| self.description(input, words, i))
                .or_else(|| self.name(input, words, i));
            i += consumed.unwrap_or(1);
        }
    }

    fn push(&mut self, start: usize, end: usize, refers: Refers) {
        self.mentions.push(Mention { start, end, refers });
    }

    fn pronoun(&mut self, input: &str, words: &[Token], i: usize) -> Option<usize> {
        let w = &words[i];
        let text = w.text(input);
        if text.len() > 12 || text.starts_with(char::is_uppercase) && text.len() > 4 {
            return None;
        }
        let lower: Cow<str> =
            if text.starts_with(char::is_uppercase) { Cow::Owned(text.to_lowercase()) } else { Cow::Borrowed(text) };
        let refers = match lower.as_ref() {
            "he" => Refers::Pronoun(Gender::Male),
            "she" => Refers::Pronoun(Gender::Female),
            "they" | "it" => Refers::Plural,
            "his" | "her" => {
                self.learn_gender(w.text(input).eq_ignore_ascii_case("her"));
                return Some(1);
            }
            word if UNNAMED.contains(word) => Refers::Unnamed,
            _ => return None,
        };
        self.push(w.start, w.end, refers);
        Some(1)
    }

    /// "his"/"her" right after a person's name tells their gender.
    fn learn_gender(&mut self, female: bool) {
        if let Some(Mention { refers: Refers::Entity(e), .. }) = self.mentions.last() {
            let entity = &mut self.entities[*e];
            if !entity.org && entity.gender.is_none() {
                entity.gender = Some(if female { Gender::Female } else { Gender::Male });
            }
        }
    }

    /// "the secretary", "the top US diplomat", "the Israeli military".
    fn description(&mut self, input: &str, words: &[Token], i: usize) -> Option<usize> {
        if !words[i].text(input).eq_ignore_ascii_case("the") {
            return None;
        }
        let lower: Vec<String> =
            words[i + 1..words.len().min(i + 5)].iter().map(|t| t.text(input).to_lowercase()).collect();
        let joined = lower.join(" ");
        if let Some(&(_, key)) =
            DESCRIPTIONS.iter().find(|(phrase, _)| joined == *phrase || joined.starts_with(&format!("{phrase} ")))
        {
            let phrase = DESCRIPTIONS.iter().find(|(_, k)| *k == key).map_or(key, |(p, _)| p);
            let len = phrase.split(' ').count().min(lower.len());
            if words[i + 1..=i + len]
                .iter()
                .all(|t| !t.capitalized(input) || t.text(input) == "US" || t.text(input) == "U.S")
            {
                self.push(words[i].start, words[i + len].end, Refers::Description(key));
                return Some(len + 1);
            }
        }
        // "the Israeli military": capitalized adjectives, then an organization noun.
        let caps = words[i + 1..].iter().take_while(|t| t.capitalized(input)).count();
        let noun = words.get(i + 1 + caps)?;
        if caps > 0 && ORG_NOUNS.contains(&noun.text(input).to_lowercase()) {
            let name = input[words[i + 1].start..noun.end].to_string();
            let e = self.entity(name, true, Vec::new(), None);
            self.entities[e].mentions.push((words[i + 1].start, noun.end));
            self.push(words[i + 1].start, noun.end, Refers::Entity(e));
            return Some(caps + 2);
        }
        None
    }

    /// A capitalized run of words: an organization, or titles and a name.
    fn name(&mut self, input: &str, words: &[Token], i: usize) -> Option<usize> {
        let first = &words[i];
        if !first.capitalized(input) || FUNCTION_CAPS.contains(first.text(input)) {
            return None;
        }
        let mut end = i + 1;
        while end < words.len() {
            let gap = &input[words[end - 1].end..words[end].start];
            if gap != " " || words[end - 1].possessive(input) && !self.org_ahead(input, words, end) {
                break;
            }
            let w = &words[end];
            let is_connector = |t: &Token| CONNECTORS.contains(t.text(input)) || t.text(input).starts_with("al-");
            // Connectors may chain ("Office of the UN …") but must lead to a capital.
            let next_capital = words[end..].iter().find(|t| !is_connector(t)).is_some_and(|t| t.capitalized(input));
            if w.capitalized(input) || (is_connector(w) && next_capital) {
                end += 1;
            } else {
                break;
            }
        }
        while end > i + 1 && !words[end - 1].capitalized(input) {
            end -= 1;
        }
        let run = &words[i..end];
        let text = input[run[0].start..run[end - i - 1].end].to_string();
        let lower: Vec<String> = run.iter().map(|t| t.base(input).to_lowercase()).collect();
        let (start, stop) = (run[0].start, run[end - i - 1].end);
        if KNOWN_ORGS.contains(run[0].base(input)) && run.len() == 1 || lower.iter().any(|w| ORG_WORDS.contains(w)) {
            let name = text.strip_suffix("’s").or_else(|| text.strip_suffix("'s")).unwrap_or(&text).to_string();
            let e = self.entity(name, true, Vec::new(), None);
            self.entities[e].mentions.push((start, stop));
            self.push(start, stop, Refers::Entity(e));
            return Some(end - i);
        }
        self.person(input, run, &lower, lead_title(input, &words[..i]));
        Some(end - i)
    }

    /// True when the words from `at` on form an organization ("Qatar’s Ministry …").
    fn org_ahead(&self, input: &str, words: &[Token], at: usize) -> bool {
        words[at..].iter().take(4).any(|t| ORG_WORDS.contains(&t.text(input).to_lowercase()))
    }

    /// Titles, then a name: a new person, or a later mention of a known one.
    fn person(&mut self, input: &str, run: &[Token], lower: &[String], lead: Option<String>) {
        let title_end = lower.iter().rposition(|w| TITLE_WORDS.contains(w)).map_or(0, |p| p + 1);
        // A nationality or office before a title ("Israeli President") belongs to the title.
        let name_words = &run[title_end..];
        if name_words.is_empty() {
            return;
        }
        let (start, end) = (name_words[0].start, name_words[name_words.len() - 1].end);
        let name = input[start..name_words[name_words.len() - 1].start].to_string()
            + name_words[name_words.len() - 1].base(input);
        // "a senior Spanish trade official": a word before a title is an
        // adjective, not a name.
        let next_word = input[end..].trim_start().split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        let lowercase_next = next_word.starts_with(char::is_lowercase) && input[end..].starts_with(' ');
        // "Indian negotiators", "Kenyan diplomats": a nationality before a noun.
        let demonym = ["an", "ese", "ish", "i"].iter().any(|end| name.ends_with(end))
            && lowercase_next
            && !CUE_VERBS.contains(next_word);
        let adjective = name_words.len() == 1 && (TITLE_WORDS.contains(&next_word.to_lowercase()) || demonym);
        if adjective || is_place(&name) || is_place(&input[run[0].start..end]) {
            return;
        }
        let titles: Vec<String> = lead
            .into_iter()
            .chain((title_end > 0).then(|| input[run[0].start..run[title_end - 1].end].to_string()))
            .collect();
        let known = self.entities.iter().position(|e| {
            !e.org
                && (e.name == name
                    || e.name.rsplit(' ').next() == Some(name.as_str())
                    || e.name.split(' ').next() == Some(name.as_str()) && name_words.len() == 1)
        });
        let e = match known {
            Some(e) => {
                self.entities[e].titles.extend(titles);
                e
            }
            None if name_words.len() >= 2 || !titles.is_empty() => {
                let first = name_words[0].text(input).to_lowercase();
                let gender = gender_of(&first, &titles.join(" ").to_lowercase());
                self.entity(name, false, titles, gender)
            }
            None => return,
        };
        self.entities[e].mentions.push((start, end));
        self.push(start, end, Refers::Entity(e));
    }

    fn entity(&mut self, name: String, org: bool, titles: Vec<String>, gender: Option<Gender>) -> usize {
        if let Some(e) = self.entities.iter().position(|e| e.name == name) {
            return e;
        }
        self.entities.push(Entity { name, org, titles, gender, mentions: Vec::new() });
        self.entities.len() - 1
    }
}
