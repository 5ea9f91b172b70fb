//! Telling visitors apart by name: the records write one person with a
//! title that changes and a given name spelled several ways ("Benjamin",
//! "Binyamin", "Benyamin" Netanyahu), and different people with one surname
//! (Chaim and Isaac Herzog).

use crate::travels::words;

/// Words of titles and honorifics that precede a visitor's name.
const TITLE_WORDS: &[&str] = &[
    "acting",
    "amir",
    "archbishop",
    "chairman",
    "chancellor",
    "chief",
    "council",
    "crown",
    "dr",
    "duchess",
    "duke",
    "elect",
    "emir",
    "emperor",
    "empress",
    "executive",
    "federal",
    "field",
    "first",
    "foreign",
    "general",
    "generalissimo",
    "governor",
    "grand",
    "head",
    "her",
    "highness",
    "his",
    "king",
    "lady",
    "leader",
    "majesty",
    "marshal",
    "minister",
    "mr",
    "mrs",
    "of",
    "pope",
    "premier",
    "president",
    "prime",
    "prince",
    "princess",
    "queen",
    "regent",
    "royal",
    "secretary",
    "shah",
    "sheikh",
    "state",
    "sultan",
    "supreme",
    "the",
    "vice",
];

/// The visitor's name without the title before it: "Isaac Herzog" for
/// "President Isaac Herzog".
pub fn visitor_name(visitor: &str) -> String {
    let mut rest: Vec<&str> = visitor.split_whitespace().collect();
    while rest.len() > 1 && words(rest[0]).iter().all(|w| TITLE_WORDS.contains(&w.trim_matches('-'))) {
        rest.remove(0);
    }
    rest.join(" ")
}

/// True when two visitors' names (titles stripped) are one person as the
/// records write people: the same surname and given names spelled alike
/// (the same first letter, at most two letters apart).
pub fn same_person(a: &str, b: &str) -> bool {
    let (a, b) = (words(&visitor_name(a)), words(&visitor_name(b)));
    match (a.split_last(), b.split_last()) {
        (Some((sa, ga)), Some((sb, gb))) if sa == sb => match (ga.first(), gb.first()) {
            (Some(x), Some(y)) => x.chars().next() == y.chars().next() && edit_distance(x, y) <= 2,
            _ => true,
        },
        _ => false,
    }
}

/// Levenshtein distance between two short words.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let next = (row[j + 1] + 1).min(row[j] + 1).min(diagonal + usize::from(ca != *cb));
            diagonal = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_are_not_part_of_the_name() {
        assert_eq!(visitor_name("Prime Minister Benjamin Netanyahu"), "Benjamin Netanyahu");
        assert_eq!(visitor_name("Crown Prince Mohammed bin Salman"), "Mohammed bin Salman");
        assert_eq!(visitor_name("King Mohammed VI"), "Mohammed VI");
        assert_eq!(visitor_name("President"), "President", "a lone title stays");
    }

    #[test]
    fn spellings_of_one_name_are_one_person_and_namesakes_are_not() {
        assert!(same_person("Prime Minister Benjamin Netanyahu", "Prime Minister Binyamin Netanyahu"));
        assert!(same_person("Prime Minister Benyamin Netanyahu", "Benjamin Netanyahu"));
        assert!(!same_person("President Chaim Herzog", "President Isaac Herzog"));
        assert!(!same_person("President Isaac Herzog", "President Roman Herzog"));
        assert!(same_person("President Recep Tayyip Erdoğan", "Prime Minister Recep Tayyip Erdogan"));
    }
}
