//! Mentions of people and organizations: names (read in `names.rs`),
//! pronouns and descriptions ("the secretary"), gathered into one record per
//! entity so that "Blinken" later in a story is the "Antony Blinken"
//! introduced earlier.

use super::lexicon::UNNAMED;
use super::places::{CITIES, COUNTRIES, REGIONS, US_PLACES};
pub use super::titles::Gender;
use super::tokens::Token;
use std::borrow::Cow;
use std::collections::HashMap;

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
    /// The office the records give a leader the story did not title
    /// ("President of Ukraine"): read for "the president", never shown as
    /// the story's words.
    pub office: Option<String>,
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
    /// "the ministry": the most recent organization with that word in its name.
    OrgDescription(&'static str),
    /// "the letter", "the report": a document speaks for the organization
    /// named most recently.
    Document,
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

impl Mention {
    /// True when the mention is an owner ("Rousseau's mother", "Mercy’s
    /// master"), not someone who acts.
    pub fn owner(&self, input: &str) -> bool {
        let text = &input[self.start..self.end];
        text.ends_with("’s") || text.ends_with("'s")
    }
}

/// True for a country, city or region, or a short name of one ("U.S.").
pub(super) fn is_place(name: &str) -> bool {
    let name = name.trim_start_matches("the ").trim_start_matches("The ");
    const ALIASES: &[&str] = &["U.S", "U.S.", "US", "USA", "America", "U.K", "UK", "Britain", "Great Britain"];
    COUNTRIES.contains(name)
        || CITIES.contains(name)
        || REGIONS.contains(name)
        || US_PLACES.contains(name)
        || ALIASES.contains(&name)
}

/// The entities and mentions of a text.
#[derive(Debug, Default)]
pub struct Reading {
    pub entities: Vec<Entity>,
    /// Every mention, in text order.
    pub mentions: Vec<Mention>,
    /// Entities by name, so that a story naming thousands stays linear.
    by_name: HashMap<String, usize>,
    /// People by the names a later mention may use: the whole name, each
    /// ending of it ("Le Drian", "Drian") and the surname less a suffix.
    by_surname: HashMap<String, usize>,
    /// People by first name, for a later mention by it alone ("Michèle").
    by_first_name: HashMap<String, usize>,
    /// The capitalized words of the headline: a surname the headline gives
    /// is a name in the body too ("Dempsey, Israeli Counterpart Pledge …").
    headline: std::collections::HashSet<String>,
}

impl Entity {
    /// The titles the story gives, then the office the records know.
    pub fn known_titles(&self) -> impl Iterator<Item = &String> {
        self.titles.iter().chain(&self.office)
    }
}

impl Reading {
    /// Gives each person the story names the office the records know them
    /// by on the day of publication: a Secretary of State or President by
    /// their term, a foreign leader by their visit nearest it. A title the
    /// story gives may not say whose ("Prime Minister Benjamin Netanyahu"
    /// is "the Israeli leader").
    pub(super) fn learn_offices(&mut self, published: Option<chrono::NaiveDate>) {
        for e in self.entities.iter_mut().filter(|e| !e.org) {
            // "Netanyahu" alone is the leader the records know by that surname.
            let full = super::leaders::leader_by_surname(&e.name, published).unwrap_or(&e.name);
            e.office = super::leaders::official_office(&e.name, published)
                .map(str::to_string)
                .or_else(|| super::leaders::leader_title(full, published));
        }
    }

    /// The mentions that start in `start..end` (mentions are in text order).
    pub fn between(&self, start: usize, end: usize) -> &[Mention] {
        let from = self.mentions.partition_point(|m| m.start < start);
        let to = self.mentions.partition_point(|m| m.start < end);
        &self.mentions[from..to.max(from)]
    }

    /// Notes the headline's capitalized words, before the body is read.
    pub fn note_headline(&mut self, headline: &str) {
        let words = headline.split(|c: char| !c.is_alphanumeric() && c != '-');
        self.headline = words.filter(|w| w.starts_with(char::is_uppercase)).map(str::to_string).collect();
    }

    /// True when the headline holds `word`.
    pub(super) fn in_headline(&self, word: &str) -> bool {
        self.headline.contains(word)
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

    /// Records a mention (in text order).
    pub(super) fn push(&mut self, start: usize, end: usize, refers: Refers) {
        self.mentions.push(Mention { start, end, refers });
    }

    fn pronoun(&mut self, input: &str, words: &[Token], i: usize) -> Option<usize> {
        let w = &words[i];
        let text = w.text(input);
        if text.len() > 12 {
            return None;
        }
        let lower: Cow<str> =
            if text.starts_with(char::is_uppercase) { Cow::Owned(text.to_lowercase()) } else { Cow::Borrowed(text) };
        let refers = match lower.as_ref() {
            "he" => Refers::Pronoun(Gender::Male),
            "she" => Refers::Pronoun(Gender::Female),
            "they" | "it" => Refers::Plural,
            "his" | "her" => {
                self.learn_gender(input, w.start, w.text(input).eq_ignore_ascii_case("her"));
                return Some(1);
            }
            word if UNNAMED.contains(word) => Refers::Unnamed,
            _ => return None,
        };
        self.push(w.start, w.end, refers);
        Some(1)
    }

    /// "his"/"her" soon after a person's name, in the same sentence and
    /// with no quotation between, tells their gender.
    fn learn_gender(&mut self, input: &str, at: usize, female: bool) {
        if let Some(Mention { refers: Refers::Entity(e), end, .. }) = self.mentions.last() {
            let between = &input[(*end).min(at)..at];
            // "Panetta lauded Flourney for her work": another name between
            // (even one not read as a person) may be whose it is.
            let other_name = between.split_whitespace().any(|w| w.starts_with(char::is_uppercase));
            if between.len() > 60 || other_name || between.contains(['.', '!', '?', '“', '”', '"', ';']) {
                return;
            }
            let entity = &mut self.entities[*e];
            if !entity.org && entity.gender.is_none() {
                entity.gender = Some(if female { Gender::Female } else { Gender::Male });
            }
        }
    }

    /// The entity named `name`, made if new.
    pub(super) fn entity(&mut self, name: String, org: bool, titles: Vec<String>, gender: Option<Gender>) -> usize {
        if let Some(&e) = self.by_name.get(&name) {
            return e;
        }
        let e = self.entities.len();
        if !org {
            self.learn_name(&name, e);
            self.by_surname.entry(surname(&name).to_string()).or_insert(e);
        }
        self.by_name.insert(name.clone(), e);
        self.entities.push(Entity { name, org, titles, gender, office: None, mentions: Vec::new() });
        e
    }

    /// "Antony Blinken" after a headline's "Blinken": the person first named
    /// by surname alone, now given in full (the record takes the full name).
    pub(super) fn fuller_name_of(&mut self, name: &str) -> Option<usize> {
        let surname = surname(name);
        if surname == name {
            return None;
        }
        let e = *self.by_name.get(surname)?;
        if self.entities[e].org || self.entities[e].name != surname {
            return None;
        }
        self.entities[e].name = name.to_string();
        self.by_name.insert(name.to_string(), e);
        self.learn_name(name, e);
        Some(e)
    }

    /// Files person `e` under each ending of `name` ("Le Drian", "Drian"),
    /// an ending less its article ("el-Sisi" is "Sisi" too) and its first name.
    fn learn_name(&mut self, name: &str, e: usize) {
        let words: Vec<&str> = name.split(' ').collect();
        for from in 0..words.len() {
            self.by_surname.entry(words[from..].join(" ")).or_insert(e);
        }
        let last = words[words.len() - 1];
        if let Some(bare) = ["el-", "al-", "El-", "Al-"].iter().find_map(|a| last.strip_prefix(a)) {
            self.by_surname.entry(bare.to_string()).or_insert(e);
        }
        self.by_first_name.entry(words[0].to_string()).or_insert(e);
    }

    /// The person a later mention by `name` stands for: by the whole name or
    /// an ending of it, or (for one word) a first name.
    pub(super) fn person_named(&self, name: &str, one_word: bool) -> Option<usize> {
        let found = self.by_surname.get(name).or_else(|| one_word.then(|| self.by_first_name.get(name)).flatten());
        // "Von der Leyen's spokesman" at a sentence's start is "von der Leyen".
        let particle = || {
            let first = name.split(' ').next().filter(|w| super::lexicon::CONNECTORS.contains(&w.to_lowercase()))?;
            self.by_surname.get(&format!("{}{}", first.to_lowercase(), &name[first.len()..]))
        };
        found.or_else(particle).copied()
    }
}

/// A name's surname: its last word, less a suffix ("Lloyd J. Austin III",
/// "Harry B. Harris Jr.").
pub(super) fn surname(name: &str) -> &str {
    let mut words = name.rsplit(' ').filter(|w| !matches!(*w, "Jr." | "Jr" | "Sr." | "Sr" | "II" | "III" | "IV"));
    words.next().unwrap_or(name).trim_end_matches(',')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::tokens::tokens;

    fn read(input: &str) -> Reading {
        let mut reading = Reading::default();
        reading.read(input, &tokens(input, 0, input.len()));
        reading
    }

    fn speakers(reading: &Reading) -> Vec<&str> {
        reading
            .mentions
            .iter()
            .filter_map(|m| match m.refers {
                Refers::Entity(e) => Some(reading.entities[e].name.as_str()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_middle_initial_stays_inside_the_name() {
        let reading =
            read("Secretary of State Antony J. Blinken met ministers. Later Blinken left, as John F. Kennedy had.");
        assert_eq!(speakers(&reading), ["Antony J. Blinken", "Antony J. Blinken", "John F. Kennedy"]);
        assert_eq!(reading.entities[0].titles, ["Secretary of State"]);
    }

    #[test]
    fn a_surname_beside_a_cue_is_a_name() {
        assert_eq!(speakers(&read("“Derail nothing now,” Blinken said in a statement.")), ["Blinken"]);
        assert_eq!(speakers(&read("the talks, said Blinken.")), ["Blinken"]);
        assert!(speakers(&read("Safadi met Tamir.")).is_empty());
        assert!(speakers(&read("Officials said the talks would go on.")).is_empty());
    }

    #[test]
    fn an_official_of_the_records_is_a_name_alone_and_one_person_once_given_in_full() {
        let reading = read("Blinken in Israel. Secretary of State Antony Blinken met Tamir. Blinken left.");
        assert_eq!(speakers(&reading), ["Antony Blinken", "Antony Blinken", "Antony Blinken"]);
        assert_eq!(reading.entities.len(), 1);
        assert_eq!(reading.entities[0].gender, Some(Gender::Male));
    }

    #[test]
    fn an_acronym_is_the_organization_spelled_out_before_it() {
        let reading = read("the Economic Community of West African States met. ECOWAS said it was open.");
        assert_eq!(speakers(&reading), ["Economic Community of West African States"; 2]);
    }

    #[test]
    fn and_joins_the_words_of_an_organization_only() {
        let reading = read("The Hostages and Missing Families Forum met Israel and Egypt.");
        assert_eq!(speakers(&reading), ["Hostages and Missing Families Forum"]);
    }
}
