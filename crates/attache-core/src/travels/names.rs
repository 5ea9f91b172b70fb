//! Officials as editors write them: every form of a name the records give
//! ("Antony Blinken", "Blinken"), a title before a surname ("President
//! Biden", "Secretary Clinton"), and the nicknames and spellings kept as data
//! (`data/officials.tsv`, which an editor extends). A name that fits several
//! officials is answered with the candidates, never a silent guess.

use super::Official;
use crate::error::{Error, Result};
use std::collections::HashMap;
use std::sync::OnceLock;
use unicode_normalization::UnicodeNormalization;

const OFFICIALS_TSV: &str = include_str!("../../data/officials.tsv");

/// Titles before a name, and the role each one narrows the search to.
const TITLES: &[(&[&str], Option<&str>)] = &[
    (&["secretary", "of", "state"], Some("secretary")),
    (&["us", "secretary", "of", "state"], Some("secretary")),
    (&["secretary"], Some("secretary")),
    (&["sec"], Some("secretary")),
    (&["president"], Some("president")),
    (&["us", "president"], Some("president")),
    (&["former"], None),
    (&["mr"], None),
    (&["mrs"], None),
    (&["ms"], None),
    (&["dr"], None),
];

/// The officials a name refers to: exactly one, or an error that says there
/// is none or lists the candidates.
pub fn find<'a>(all: &'a [Official], name: &str) -> Result<&'a Official> {
    let wanted = words(name);
    if wanted.is_empty() {
        return Err(Error::InvalidInput("no official named: give a name such as \"Antony Blinken\"".into()));
    }
    let key = name.trim().to_lowercase();
    if let Some(found) = all.iter().find(|o| o.key == key) {
        return Ok(found);
    }
    // The records' own name first ("George W. Bush" is not also "George
    // H.W. Bush"), then the forms the data file lists, then any form of a name.
    if let [one] = all.iter().filter(|o| words(&o.name) == wanted).collect::<Vec<_>>()[..] {
        return Ok(one);
    }
    let (role, rest) = strip_titles(&wanted);
    let in_role = |o: &&Official| role.is_none_or(|r| o.role == r) && !rest.is_empty();
    let listed: Vec<&Official> = all.iter().filter(in_role).filter(|o| listed_form(o, rest)).collect();
    let matches = if listed.is_empty() {
        all.iter().filter(in_role).filter(|o| form_of_name(&o.name, rest)).collect()
    } else {
        listed
    };
    match matches.as_slice() {
        [one] => Ok(one),
        [] => Err(Error::InvalidInput(format!("no official named {name:?} in the travel records"))),
        many => Err(Error::Ambiguous {
            name: name.trim().to_string(),
            candidates: many.iter().map(|o| describe(o)).collect(),
        }),
    }
}

/// "Hillary Rodham Clinton (secretary, abroad 2009–2013)".
fn describe(o: &Official) -> String {
    let years = match (o.term_start, o.term_end) {
        (Some(a), Some(b)) => format!(", abroad {}–{}", a.format("%Y"), b.format("%Y")),
        _ => String::new(),
    };
    format!("{} ({}{years})", o.name, o.role)
}

/// Leading titles removed, with the role the last of them names.
fn strip_titles(wanted: &[String]) -> (Option<&'static str>, &[String]) {
    let mut rest = wanted;
    let mut role = None;
    'strip: loop {
        for (title, narrows) in TITLES {
            if rest.len() > title.len() && rest.iter().zip(title.iter()).all(|(w, t)| w == t) {
                rest = &rest[title.len()..];
                role = narrows.or(role);
                continue 'strip;
            }
        }
        return (role, rest);
    }
}

/// True when the words are one of the forms `data/officials.tsv` lists.
fn listed_form(o: &Official, wanted: &[String]) -> bool {
    forms().get(o.key.as_str()).is_some_and(|forms| forms.iter().any(|f| f.as_slice() == wanted))
}

/// True when every word is one of the name's (or its initial) and the last
/// is its surname: "Blinken", "Antony Blinken", "Antony J. Blinken".
fn form_of_name(name: &str, wanted: &[String]) -> bool {
    let have = words(name);
    have.last() == wanted.last() && wanted.iter().all(|w| have.iter().any(|h| h == w || initial_of(w, h)))
}

/// The listed forms by official key, parsed once.
fn forms() -> &'static HashMap<String, Vec<Vec<String>>> {
    static FORMS: OnceLock<HashMap<String, Vec<Vec<String>>>> = OnceLock::new();
    FORMS.get_or_init(|| parse_forms(OFFICIALS_TSV))
}

fn parse_forms(tsv: &str) -> HashMap<String, Vec<Vec<String>>> {
    tsv.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split_once('\t'))
        .map(|(key, forms)| (key.trim().to_string(), forms.split(" | ").map(words).collect()))
        .collect()
}

/// A name's words, lowercased, without accents, dots, commas or brackets.
pub(crate) fn words(name: &str) -> Vec<String> {
    let folded: String = name.nfd().filter(|c| !unicode_normalization::char::is_combining_mark(*c)).collect();
    folded
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | '(' | ')'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// True when `short` is the initial of `full` ("j" for "john").
fn initial_of(short: &str, full: &str) -> bool {
    short.chars().count() == 1 && full.starts_with(short)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn official(key: &str, name: &str, role: &str) -> Official {
        Official {
            id: 0,
            key: key.into(),
            name: name.into(),
            role: role.into(),
            term_start: None,
            term_end: None,
            stops: 0,
        }
    }

    fn sample() -> Vec<Official> {
        vec![
            official("clinton-hillary-rodham", "Hillary Rodham Clinton", "secretary"),
            official("clinton-william-j", "William J. Clinton", "president"),
            official("biden-joseph-r", "Joseph R. Biden", "president"),
            official("kissinger-henry-a", "Henry A. (Heinz Alfred) Kissinger", "secretary"),
            official("bush-george-h-w", "George H.W. Bush", "president"),
            official("bush-george-w", "George W. Bush", "president"),
        ]
    }

    fn key(name: &str) -> String {
        find(&sample(), name).map(|o| o.key.clone()).unwrap_or_else(|e| e.to_string())
    }

    #[test]
    fn names_as_editors_write_them() {
        assert_eq!(key("Joe Biden"), "biden-joseph-r");
        assert_eq!(key("President Biden"), "biden-joseph-r");
        assert_eq!(key("Secretary Clinton"), "clinton-hillary-rodham");
        assert_eq!(key("Hillary Clinton"), "clinton-hillary-rodham");
        assert_eq!(key("President Clinton"), "clinton-william-j");
        assert_eq!(key("Bill Clinton"), "clinton-william-j");
        assert_eq!(key("Kissinger"), "kissinger-henry-a");
        assert_eq!(key("Heinz Kissinger"), "kissinger-henry-a");
        assert_eq!(key("secretary of state Kissinger"), "kissinger-henry-a");
        assert_eq!(key("George W. Bush"), "bush-george-w", "the full name, though its words are also H.W.'s");
        assert_eq!(key("George H. W. Bush"), "bush-george-h-w");
    }

    #[test]
    fn an_ambiguous_name_lists_the_candidates() {
        let err = find(&sample(), "Clinton").unwrap_err();
        assert_eq!(err.code(), crate::error::ErrorCode::Ambiguous);
        let message = err.to_string();
        assert!(message.contains("Hillary Rodham Clinton") && message.contains("William J. Clinton"), "{message}");
        assert_eq!(find(&sample(), "George Bush").unwrap_err().code(), crate::error::ErrorCode::Ambiguous);
        assert!(key("President Kissinger").starts_with("no official named"));
        assert!(key("Secretary").starts_with("no official named"), "a title alone names no one");
    }

    #[test]
    fn every_row_of_the_forms_file_parses() {
        let rows = OFFICIALS_TSV.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()).count();
        assert_eq!(parse_forms(OFFICIALS_TSV).len(), rows);
    }
}
