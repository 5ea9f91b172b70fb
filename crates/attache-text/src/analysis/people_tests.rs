//! Unit tests of which capitalised names are people, on sentences written
//! for them: a title's qualifier before one word names a thing.

use crate::analysis::analyze;

fn people(body: &str) -> Vec<String> {
    analyze(&format!("Headline\n\n{body}"), None)
        .people
        .into_iter()
        .filter(|p| !p.organization)
        .map(|p| p.name)
        .collect()
}

#[test]
fn a_qualifier_of_titles_before_one_word_names_a_thing() {
    let body = "At the Munich Security Conference, the secretary said he saw a stronger focus on defense.\n\n\
                “You see the budgets being raised everywhere,” he said. Critics recalled the Strategic Defense \
                Initiative and the National Mall.";
    assert_eq!(people(body), Vec::<String>::new());
}

#[test]
fn a_qualifier_before_a_name_with_a_title_or_a_given_name_is_a_person() {
    let body = "National Security Adviser Jake Sullivan said talks resumed. Defense Secretary Austin agreed, \
                and Foreign Affairs Minister Kaja Tamm said so too.";
    assert_eq!(people(body), ["Jake Sullivan", "Austin", "Kaja Tamm"]);
}

#[test]
fn a_preposition_or_a_party_word_opening_a_sentence_is_no_one() {
    let body = "Alongside Warsaw calls for action, one senior Democrat said talks should go on. \
                Amid Berlin protests, Maria Stone spoke.";
    assert_eq!(people(body), ["Maria Stone"]);
}
