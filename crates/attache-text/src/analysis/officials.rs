//! Officials the travel records hold, and foreign leaders the visits records
//! hold, known by surname: a story may write "Blinken" or "Netanyahu" alone,
//! with no title or cue beside him, and still name a person ("Blinken is
//! making his ninth visit…").

use super::given_names::usual_gender;
use super::titles::{gender_of, Gender};

include!(concat!(env!("OUT_DIR"), "/official_names.rs"));

/// Surnames that are everyday words at a sentence's start ("Root causes…").
const EVERYDAY: &[&str] = &["hay", "root", "hull"];

/// For a capitalized word that is the surname of an official of the records,
/// the gender their given names tell (`Some(None)` when officials sharing it
/// differ, as the Clintons do); `None` for any other word.
pub fn official_surname(word: &str) -> Option<Option<Gender>> {
    if !word.starts_with(char::is_uppercase) || word.chars().skip(1).any(char::is_uppercase) {
        return None;
    }
    if EVERYDAY.iter().any(|w| w.eq_ignore_ascii_case(word)) {
        return None;
    }
    let named = |surname: &&(&str, &str)| surname.0.eq_ignore_ascii_case(word);
    let given = |name: &str| gender_of(name, "").or_else(|| usual_gender(name));
    let mut genders = OFFICIAL_NAMES.iter().filter(named).map(|(_, g)| given(g));
    // A foreign leader of the visits records ("Netanyahu") is a name alone too.
    let Some(first) = genders.next() else {
        let leader = super::leaders::leader_by_surname(word, None)?;
        return Some(given(&leader.split(' ').next().unwrap_or("").to_lowercase()));
    };
    Some(if genders.all(|g| g == first) { first } else { None })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surnames_of_the_records_are_known_with_their_gender() {
        assert_eq!(official_surname("Blinken"), Some(Some(Gender::Male)));
        assert_eq!(official_surname("Rice"), Some(Some(Gender::Female)));
        assert_eq!(official_surname("Clinton"), Some(None));
        assert_eq!(official_surname("Tamir"), None);
        // A foreign leader of the visits records, by the given name of the record.
        assert_eq!(official_surname("Netanyahu"), Some(Some(Gender::Male)));
        assert_eq!(official_surname("blinken"), None);
        assert_eq!(official_surname("BLINKEN"), None);
        assert_eq!(official_surname("Root"), None);
    }
}
