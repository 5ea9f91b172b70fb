//! Who made the trip: the person owning the ordinal, the person the story
//! is about, or, for "the top U.S. diplomat's ninth trip", the office.

use super::Context;
use crate::analysis::lexicon::TITLE_WORDS;
use crate::analysis::mentions::{Gender, Refers};

impl Context<'_> {
    /// The traveller: a name or description owning the ordinal ("Blinken's
    /// ninth", "the top US diplomat's ninth"), else the first person of the
    /// clause, else (for "his ninth" or no one) the person the story is about.
    pub(super) fn official(&self, start: usize, ordinal_at: usize, end: usize) -> Option<String> {
        let reading = self.reading;
        let person = |e: usize| (!reading.entities[e].org).then_some(e);
        let in_clause = reading.between(start, end);
        let owner = in_clause.iter().rfind(|m| m.end <= ordinal_at && m.end + 4 >= ordinal_at.saturating_sub(2));
        let resolved = |refers: Refers| match refers {
            Refers::Entity(e) => person(e),
            Refers::Description(key) => self.described(key, start),
            _ => None,
        };
        let pronoun = self.input[start..ordinal_at].split_whitespace().last().map(str::to_lowercase);
        let gender = match pronoun.as_deref() {
            Some("his") => Some(Gender::Male),
            Some("her") => Some(Gender::Female),
            _ => None,
        };
        let fits = |e: &usize| gender.is_none_or(|g| reading.entities[*e].gender.is_none_or(|have| have == g));
        // "his ninth": the story's subject when the sentence names them before
        // it, else the first person before it; with no pronoun, anyone named.
        let named = |m: &&crate::analysis::mentions::Mention| gender.is_none() || m.end <= ordinal_at;
        let mut people = in_clause.iter().filter(named).filter_map(|m| resolved(m.refers)).filter(fits);
        let found = owner
            .and_then(|m| resolved(m.refers))
            .or_else(|| people.clone().find(|e| Some(*e) == self.subject).or_else(|| people.next()));
        // "the secretary's fifth visit and his third to…": a description
        // before it that stands for no one named leaves the traveller unknown.
        let unresolved = || {
            in_clause.iter().filter(|m| m.end <= ordinal_at).any(|m| match m.refers {
                Refers::Description(key) => self.described(key, start).is_none(),
                _ => false,
            })
        };
        if found.is_none() && unresolved() {
            return None;
        }
        // "Blinken's ninth trip": an owner the reading did not take for a name.
        // ("the President's first trip" is a title's, found like "the secretary's".)
        let owner = self.input[start..ordinal_at].split_whitespace().last().unwrap_or("");
        let base = owner.strip_suffix("’s").or_else(|| owner.strip_suffix("'s"));
        let title = base.map(str::to_lowercase).filter(|b| TITLE_WORDS.contains(b));
        let owner_word = || {
            let base = base.filter(|_| title.is_none())?;
            (base.starts_with(char::is_uppercase) && base.chars().all(char::is_alphabetic)).then(|| base.to_string())
        };
        let titled = || title.as_deref().and_then(|t| self.titled(t, start));
        let name = |e: usize| reading.entities[e].name.clone();
        if title.is_some() && found.is_none() {
            // "the President's first trip" in a story that names no president: nobody.
            return titled().map(name);
        }
        found.map(name).or_else(owner_word).or_else(|| self.subject.filter(fits).map(name))
    }

    /// The office of one named after the trip: "the 11th trip by America's
    /// top diplomat".
    pub(super) fn office_after(&self, noun_end: usize, end: usize) -> Option<&'static str> {
        let after = crate::analysis::events::fold(&self.input[noun_end..end]);
        let by: String = after.strip_prefix("by ")?.split(' ').take(5).collect::<Vec<_>>().join(" ");
        DIPLOMAT.iter().any(|d| by.contains(d)).then_some("secretary")
    }

    /// The office whose holder on the day of publication made the trip, when
    /// the claim names no one but the office ("the top U.S. diplomat's ninth
    /// trip", "the President's first trip"): the Secretary of State or the
    /// US President, the offices the records hold, never another country's.
    pub(super) fn office(&self, start: usize, ordinal_at: usize) -> Option<&'static str> {
        let before = crate::analysis::events::fold(&self.input[start..ordinal_at]);
        let owner = before.split(' ').next_back().unwrap_or("");
        if before.ends_with("secretary of state's") || DIPLOMAT.iter().any(|d| before.contains(d)) {
            return Some("secretary");
        }
        if owner == "president's" {
            let title = before.split(' ').rev().nth(1).unwrap_or("");
            let ours = matches!(title, "the" | "us" | "american" | "america's") || title.is_empty();
            return ours.then_some("president");
        }
        let described = self.reading.between(start, ordinal_at).iter().rev().find_map(|m| match m.refers {
            Refers::Description(key) => Some((key, &self.input[m.start..m.end])),
            _ => None,
        });
        match described {
            Some(("secretary of state", _)) => Some("secretary"),
            Some(("president", text)) => {
                let ours = |w: &str| matches!(w, "The" | "U.S." | "U.S" | "US" | "American" | "President");
                let foreign = text.split(' ').any(|w| w.starts_with(char::is_uppercase) && !ours(w));
                (!foreign).then_some("president")
            }
            _ => None,
        }
    }

    /// The person titled `key` named last before `before`, or the story's
    /// subject if titled so; nobody else.
    pub(super) fn titled(&self, key: &str, before: usize) -> Option<usize> {
        let reading = self.reading;
        let has = |e: &usize| reading.entities[*e].titles.iter().any(|t| t.to_lowercase().contains(key));
        let earlier = reading.mentions.iter().filter(|m| m.start < before).rev();
        let person = |m: &crate::analysis::mentions::Mention| match m.refers {
            Refers::Entity(e) if !reading.entities[e].org => Some(e),
            _ => None,
        };
        earlier.filter_map(person).find(has).or(self.subject.filter(has))
    }

    /// The person a description before `before` stands for ("the secretary"):
    /// the one titled so, else the person the story is about.
    pub(super) fn described(&self, key: &str, before: usize) -> Option<usize> {
        let untitled = |e: &usize| self.reading.entities[*e].titles.is_empty();
        self.titled(key, before).or(self.subject.filter(untitled))
    }
}

/// Words that name the Secretary of State's office, folded.
const DIPLOMAT: [&str; 4] = ["top diplomat", "top us diplomat", "top american diplomat", "secretary of state"];
