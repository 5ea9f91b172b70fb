//! Unit tests of the speaker rules for wire-service copy, on sentences
//! written for them: surnames that look like nationalities, Arabic name
//! articles, a nation's possessive before a title, clauses before a cue,
//! dotted initials and given names' usual sex.

use crate::analysis::analyze;

fn speakers(body: &str) -> Vec<Option<String>> {
    analyze(&format!("Headline\n\n{body}"), None).quotes.into_iter().map(|q| q.speaker).collect()
}

fn people(body: &str) -> Vec<String> {
    let analysis = analyze(&format!("Headline\n\n{body}"), None);
    analysis.people.into_iter().filter(|p| !p.organization).map(|p| p.name).collect()
}

fn named(name: &str) -> Option<String> {
    Some(name.to_string())
}

#[test]
fn a_surname_ending_like_a_nationality_is_still_the_person() {
    let body = "Blinken met Jordanian Foreign Minister Ayman Qudsi.\n\
                Qudsi rejected that view. “We do not accept that this is self-defense,” he said.";
    assert_eq!(speakers(body), [named("Ayman Qudsi")]);
}

#[test]
fn a_surname_without_its_arabic_article_is_the_same_person() {
    let body = "President Abdel Fattah el-Masri met the envoy.\n\
                “It has turned into collective punishment,” Masri said.";
    assert_eq!(speakers(body), [named("Abdel Fattah el-Masri")]);
}

#[test]
fn a_nations_possessive_before_a_title_makes_the_description_fit() {
    let body = "Ruritania’s President Karel Novak met the envoy on Monday.\n\
                “Bring them home,” the Ruritanian president said.";
    assert_eq!(speakers(body), [named("Karel Novak")]);
}

#[test]
fn a_name_right_after_the_verb_speaks_past_a_clause_before_it() {
    let body = "Polls show Maria Stone ahead.\n\
                “Many would call that a setback” if she did not win by more, said Peter Hale, an analyst.";
    assert_eq!(speakers(body), [named("Peter Hale")]);
}

#[test]
fn dotted_initials_inside_a_name_end_no_sentence() {
    let body = "Governor Tom Ridley restored the rights of 200,000 people on Friday.\n\
                “We will break the barriers down,” he said.\n\
                Ridley remarked that he had consulted scholar A.E. Alan Crane at the university.\n\
                “I want to be crystal clear about this,” he said.";
    assert_eq!(speakers(body), [named("Tom Ridley"), named("Tom Ridley")]);
}

#[test]
fn a_given_names_usual_sex_outweighs_a_later_her() {
    let body = "Senator Bernard Oakes vowed to fight on.\n\
                “We will keep fighting for every vote,” he said in an email.\n\
                Representative Deborah Wells spoke next. Oakes campaigned for her challenger.";
    assert_eq!(speakers(body), [named("Bernard Oakes")]);
}

#[test]
fn states_party_words_and_headline_verbs_are_no_people() {
    let body = "Oakes wins again;\nTakes Wisconsin as the Democratic convention nears. He won New Jersey and \
                South Dakota, said Anna Ruiz.";
    assert_eq!(people(body), ["Anna Ruiz"]);
}

#[test]
fn a_person_and_an_organization_are_two_names() {
    let body = "Blinken met Prime Minister Karel Novak and Ruritania’s war Cabinet, then drove to the West Bank.";
    let analysis = analyze(&format!("Headline\n\n{body}"), None);
    let names: Vec<(String, bool)> = analysis.people.into_iter().map(|p| (p.name, p.organization)).collect();
    assert_eq!(names, [("Blinken".to_string(), false), ("Karel Novak".into(), false), ("Cabinet".into(), true)]);
}

#[test]
fn a_titled_leader_the_records_know_is_described_by_nation() {
    let body = "Blinken met Prime Minister Benjamin Netanyahu on Friday.\n\
                The Israeli leader added that Israel “will continue with all our force.”";
    let quotes = analyze(&format!("Headline\n\n{body}"), "2023-11-03".parse().ok()).quotes;
    assert_eq!(quotes[0].speaker.as_deref(), Some("Benjamin Netanyahu"));
}

#[test]
fn a_statement_of_ones_office_is_theirs() {
    let body = "Prime Minister Karel Novak met the envoy on Monday.\n\
                Novak’s office said in a statement that the talks would go on.\n\
                “Ruritania will do whatever it must,” the statement said.";
    assert_eq!(speakers(body), [named("Karel Novak")]);
}

#[test]
fn another_nations_top_diplomat_premier_and_chief_are_its_own() {
    let body = "Secretary of State Antony Blinken met Jordan’s Foreign Minister Karel Novak.\n\
                “This war must stop now,” Jordan’s top diplomat said.\n\
                “We need a surge of aid,” the top U.S. diplomat said.\n\
                Israeli Prime Minister Jan Dvorak disagreed. “There will be no pause,” the Israeli premier said.\n\
                Hamas leader Ota Benes spoke from exile. “We will not yield,” the Hamas chief said.";
    let expected = [named("Karel Novak"), named("Antony Blinken"), named("Jan Dvorak"), named("Ota Benes")];
    assert_eq!(speakers(body), expected);
}
