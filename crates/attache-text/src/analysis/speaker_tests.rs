//! Unit tests of the speaker rules, one family at a time, on sentences
//! written for them (the real-news corpus measures the rules together).

use crate::analysis::analyze;

fn speakers(body: &str) -> Vec<Option<String>> {
    analyze(&format!("Headline\n\n{body}"), None).quotes.into_iter().map(|q| q.speaker).collect()
}

fn one(body: &str) -> Option<String> {
    let all = speakers(body);
    assert_eq!(all.len(), 1, "{body}: {all:?}");
    all.into_iter().next().flatten()
}

fn named(name: &str) -> Option<String> {
    Some(name.to_string())
}

#[test]
fn a_surname_never_given_in_full_still_speaks() {
    let body = "“No one should take steps that could derail this process now,” Blinken said in a statement.";
    assert_eq!(speakers(body), [Some("Blinken".to_string())]);
}

#[test]
fn a_surname_resolves_to_a_name_with_a_middle_initial() {
    let body =
        "Secretary of State Antony J. Blinken met ministers.\n\n“We are closer than ever to a deal,” Blinken said.";
    assert_eq!(speakers(body), [Some("Antony J. Blinken".to_string())]);
}

#[test]
fn a_cue_in_the_next_clause_is_not_the_quotes() {
    let body = "Ibrahim Kanu said it was “a floor, not a ceiling,” while Dmitri Volkov said it went too far.";
    assert_eq!(speakers(body), [Some("Ibrahim Kanu".to_string())]);
}

#[test]
fn an_ambiguous_subject_gets_nobody() {
    let body = "An official said President Joe Biden had been briefed and described the mood as “cautiously hopeful.”";
    assert_eq!(speakers(body), [None]);
}

#[test]
fn the_name_an_appositive_describes_speaks() {
    let body = "The Energy Agency met. Sophie Hartmann, Germany's envoy to the agency, said: “We have given them every chance to answer.”";
    assert_eq!(speakers(body), [Some("Sophie Hartmann".to_string())]);
}

#[test]
fn ranks_and_abbreviated_titles_stay_before_the_name() {
    let body =
        "“We are proud of the work our troops are doing out there,” said Lt. Col. James Waskom, deputy commander.";
    assert_eq!(one(body), named("James Waskom"));
    let body = "“Our ground segment provides the glue for the whole network,” said Dr. Derek Tournear.";
    assert_eq!(one(body), named("Derek Tournear"));
    let body = "“We are still counting the damage across the city,” U.N. spokesman Stephane Dujarric told reporters.";
    assert_eq!(one(body), named("Stephane Dujarric"));
}

#[test]
fn an_office_glued_to_a_name_ends_at_the_given_name() {
    let body = "Secretary of the Air Force Deborah Lee James spoke.\n\n“This is one of the most diverse classes ever,” James said.";
    assert_eq!(one(body), named("Deborah Lee James"));
}

#[test]
fn a_home_town_is_not_part_of_the_name() {
    let body = "“It was nice having a member of our government come down,” said Sgt. Zachary B. Mueller of Tampa, Fla.";
    assert_eq!(one(body), named("Zachary B. Mueller"));
}

#[test]
fn a_paragraph_of_quotation_continues_the_speaker_before() {
    let body = "“We will keep the corridor open for as long as it takes,” Amina Yusuf said.\n\n“Nobody will be left behind on our watch, not one family.”";
    assert_eq!(speakers(body), [named("Amina Yusuf"), named("Amina Yusuf")]);
}

#[test]
fn a_colon_at_the_end_of_a_paragraph_introduces_the_next() {
    let body = "Foreign Minister Carlos Mendes told reporters in Lisbon:\n\n“We are not there yet, and we will keep working on it.”";
    assert_eq!(one(body), named("Carlos Mendes"));
}

#[test]
fn a_paragraph_lead_with_a_speaker_attributes_its_quotation() {
    let body = "Carlos Mendes spoke to reporters in Lisbon on Monday. “We are not there yet. We will keep working on it every day.”";
    assert_eq!(one(body), named("Carlos Mendes"));
    let body = "Carlos Mendes spoke to reporters, who asked whether it was the “last” round.";
    assert_eq!(one(body), None, "a phrase inside the reporter's sentence is not the lead's");
}

#[test]
fn he_is_the_person_last_introduced_when_newer_than_the_last_speaker() {
    let body = "“We will not move,” said Grant Turner, the finance chief.\n\nDavid Kligerman, the general counsel, also left.\n\n“I was disappointed to learn of these actions,” he said.";
    assert_eq!(speakers(body), [named("Grant Turner"), named("David Kligerman")]);
}

#[test]
fn his_or_her_teaches_a_gender_only_right_after_a_name() {
    let body = "Leon Panetta said so.\n\nPanetta lauded Flourney for her work.\n\n“She has been invaluable to the department,” he said.";
    assert_eq!(one(body), named("Leon Panetta"));
}

#[test]
fn a_nationality_picks_the_person_whose_title_carries_it() {
    let body = "Israeli President Isaac Herzog met U.S. President Joe Biden.\n\n“There is no greater mission than this one,” the Israeli president said.";
    assert_eq!(one(body), named("Isaac Herzog"));
}

#[test]
fn a_document_speaks_for_the_organization_named_last() {
    let body = "The National Association of Secretaries of State wrote to the agency.\n\n“We favor continuity of the core resources above all,” the letter said.";
    assert_eq!(one(body), named("National Association of Secretaries of State"));
}

#[test]
fn a_signed_quote_with_no_verb_is_the_signers() {
    let body = "“The carrier strike group team is trained and ready,” Rear Adm. Jim Kirk, commander, CSG 11.";
    assert_eq!(one(body), named("Jim Kirk"));
}

#[test]
fn words_that_are_not_people_never_speak() {
    let body = "Emergency officials in Kathmandu say they are “overwhelmed with requests from across the country.”";
    assert_eq!(one(body), None, "a place after a preposition");
    let body = "Mohammed Ali met the minister.\n\n“We will meet again next week in the capital,” said Santiago Ruiz. “The talks are going well,” Santiago said.";
    assert_eq!(speakers(body), [named("Santiago Ruiz"), named("Santiago Ruiz")]);
    let body = "The oversight of DOD policy changed, and “the review will go on for months,” DOD said.";
    assert_eq!(one(body), named("DOD"));
}

#[test]
fn a_name_is_kept_whole_and_its_suffix_with_its_stop() {
    let body = "Somali government spokesman Abdirahman Omar Osman told VOA the attacks were new.\n\n“This is something new to the city,” Osman said.";
    assert_eq!(one(body), named("Abdirahman Omar Osman"));
    let body = "“Submarines proved their worth in the operation,” said Adm. Harry B. Harris Jr., the commander.";
    assert_eq!(one(body), named("Harry B. Harris Jr."));
}

#[test]
fn ships_and_words_like_another_are_no_speakers() {
    let body = "“We worked hand in hand with the people there,” USNS Mercy said in a release.";
    assert_eq!(one(body), None);
    let body = "Koichiro Katsumata spoke first. Another lawmaker, unnamed, said the islands were at risk: “We are in a critical situation.”";
    assert_ne!(one(body), named("Another"));
}

#[test]
fn a_document_speaks_for_the_organization_named_beside_it_first() {
    let body = "The association sent a letter to the agency, the National Association of Secretaries of State said. The Cybersecurity and Infrastructure Security Agency has not replied.\n\n“We favor continuity of the core resources above all,” the letter said.";
    assert_eq!(one(body), named("National Association of Secretaries of State"));
}

#[test]
fn the_top_us_diplomat_is_the_secretary_of_state_however_us_is_written() {
    for us in ["US", "U.S."] {
        let body = format!("U.S. Secretary of State Antony Blinken met Isaac Herzog.\n\nThe top {us} diplomat later told reporters:\n\n“It is time for everyone to get to yes and stop looking for excuses.”");
        assert_eq!(one(&body), named("Antony Blinken"), "{us}");
    }
}

#[test]
fn a_participle_speaks_for_its_clauses_subject() {
    let body = "The Foreign Ministry of Ruritania responded to Anna Berg in a statement saying: “We will not attend.”";
    assert_eq!(one(body), named("Foreign Ministry of Ruritania"));
    let body = "The Ruritanian Retail Federation opposed the plan, writing, “This will raise prices for every family.”";
    assert_eq!(one(body), named("Ruritanian Retail Federation"));
}

#[test]
fn a_title_in_plain_words_after_the_cue_describes_the_name() {
    let body = "“We are ready to talk,” said Ruritanian foreign ministry spokesperson Olga Marsh.";
    assert_eq!(one(body), named("Olga Marsh"));
}

#[test]
fn a_surname_with_a_lowercase_particle_speaks() {
    let body = "Analyst Armida van Rij studies defense budgets.\n\n“It will take time,” said van Rij.";
    assert_eq!(one(body), named("Armida van Rij"));
}

#[test]
fn organizations_named_with_on_and_and_are_one_name() {
    let body = "“The talks are stalled,” said Liana Fix, a fellow at the Council on Foreign Relations.\n\n\
                “Both sides are waiting,” she said.";
    assert_eq!(speakers(body), [named("Liana Fix"), named("Liana Fix")]);
    let body = "The Department of Trade and Industry said in a statement, “Exports rose.”";
    assert_eq!(one(body), named("Department of Trade and Industry"));
}

#[test]
fn a_platform_and_a_name_are_not_cues_or_people() {
    let body = "The ambassadors posted a video on X saying they were “united in purpose.”";
    assert_eq!(one(body), None);
    let body = "Anna Berg visited the United States to listen. “We came to hear them,” she said.";
    assert_eq!(one(body), named("Anna Berg"));
}

#[test]
fn an_acronym_may_leave_out_the_opening_words_of_its_name() {
    let body = "The Office of the Ruritanian Trade Representative (RTR) published a report.\n\n\
                The RTR found that the policy “distorts every market it touches.”";
    assert_eq!(one(body), named("Office of the Ruritanian Trade Representative"));
}

#[test]
fn a_cue_past_another_clause_is_not_the_quotes() {
    let body = "Fu Ming, a vice minister, told reporters conditions are “ripe” for talks, but that all parties \
                must follow the code, officially called the Declaration on the Conduct of Parties.";
    assert_eq!(one(body), named("Fu Ming"));
}

#[test]
fn a_name_with_dos_or_ibn_is_one_name_found_again_by_its_surname() {
    let body = "Angolan President Jose Eduardo dos Santos joined the critics. Radio said Mr. dos Santos called for \
                an end to “all acts of intimidation and violence.”";
    assert_eq!(one(body), named("Jose Eduardo dos Santos"));
}

#[test]
fn the_full_stop_of_an_abbreviation_does_not_open_a_new_subject() {
    let body = "They pulled Jens Kraus from the ruins.\n\nDave Hutchins, a U.S. rescue worker says Kraus appeared \
                to be in good shape.\n\n“It took us four hours to get to him,” he said.";
    assert_eq!(one(body), named("Dave Hutchins"));
}

#[test]
fn a_paragraph_of_quotation_alone_takes_the_speaker_of_the_cue_before_it() {
    let body = "Maria Ortega, a nurse at the clinic, said supplies ran out on Friday.\n\n\
                “We had nothing left to give the children.”";
    assert_eq!(one(body), named("Maria Ortega"));
    let body = "Supplies ran out on Friday.\n\n“We had nothing left to give the children.”";
    assert_eq!(one(body), None, "no cue before it: nobody");
}

#[test]
fn a_station_with_a_number_is_no_person_and_a_first_lady_has_a_title() {
    let body = "The interview was carried live by Ukraine's Channel 5 network. Foreign Minister Borys Tarasyuk \
                said ties were strong.\n\n“Our relations have been extraordinarily positive,” he said.";
    assert_eq!(one(body), named("Borys Tarasyuk"));
    let body = "“We are so proud of you,” First Lady Michelle Obama told the children.";
    assert_eq!(one(body), named("Michelle Obama"));
}

#[test]
fn the_us_president_is_a_description_of_the_president_named() {
    let body = "Greta Van Susteren interviewed President Trump.\n\nIn the interview, the U.S. president told \
                Van Susteren that “good things are going to happen.”";
    assert_eq!(one(body), named("Trump"));
}

#[test]
fn a_spokesperson_after_the_cue_speaks_not_the_organization_before_the_title() {
    let body = "“We will keep at it,” said State Department spokeswoman Marie Harf.";
    assert_eq!(one(body), named("Marie Harf"));
}

#[test]
fn he_after_a_description_opening_the_sentence_is_the_person_described() {
    let body =
        "Secretary of State John Kerry met Russian Foreign Minister Sergey Lavrov.\n\n“We can agree on a plan,” \
                Lavrov said.\n\nThe top U.S. diplomat struck a cautious note. “We have been here before,” he said.";
    assert_eq!(speakers(body), [named("Sergey Lavrov"), named("John Kerry")]);
}

#[test]
fn a_sentence_pointing_back_at_a_quote_names_its_speaker() {
    let body = "KHARTOUM, Sudan — “The window for a ceasefire is closing.” That was the warning from U.N. envoy \
                Ramtane Lamamra on Tuesday.";
    assert_eq!(one(body), named("Ramtane Lamamra"));
}

#[test]
fn a_leader_or_a_president_of_a_nation_is_the_one_the_story_named() {
    let body = "Ukrainian President Volodymyr Zelenskyy visited Berlin.\n\n“Every system saves lives,” the Ukrainian \
                leader said.";
    assert_eq!(one(body), named("Volodymyr Zelenskyy"));
    let body = "South Sudanese President Salva Kiir offered to host talks. “We are ready,” the South Sudanese \
                president said.";
    assert_eq!(one(body), named("Salva Kiir"));
}

#[test]
fn a_name_with_particles_after_an_office_is_one_person_found_again_at_a_sentence_start() {
    let body = "European Commission President Ursula von der Leyen met Mark Rutte.\n\n“Europe must do more,” \
                von der Leyen told reporters.\n\nVon der Leyen's spokesman later spoke. “Now is the time,” she said.";
    assert_eq!(speakers(body), [named("Ursula von der Leyen"), named("Ursula von der Leyen")]);
}

#[test]
fn a_dateline_a_weekday_and_a_place_in_a_title_are_no_part_of_a_speaker() {
    let body = "PENTAGON — Officials met. The Pentagon Wednesday called them “high-threat illegal aliens.”";
    assert_eq!(one(body), named("Pentagon"));
    let body =
        "U.S. special envoy for North Korea Sung Kim arrived Saturday.\n\n“We expect productive talks,” Kim said.";
    assert_eq!(one(body), named("Sung Kim"));
    let body = "“We will kill this bill,” President-elect Donald Trump said.";
    assert_eq!(one(body), named("Donald Trump"));
}

#[test]
fn a_countrys_president_is_a_description_and_never_another_nations() {
    let body = "President Donald Trump spoke on Monday.\n\nUkraine’s president reiterated the need for air defense. \
                He said Russia is “focusing primarily” on the energy sector.";
    assert_eq!(one(body), None, "not Trump: the story names no Ukrainian president");
    let body =
        "“We want a deal,” U.S. President Donald Trump said.\n\nUkraine’s president reiterated the need for air \
                defense. He said Russia is “focusing primarily” on the energy sector.";
    assert_eq!(speakers(body), [named("Donald Trump"), None], "not the U.S. president who spoke before");
    let body = "“We have seized more chemicals than in all of 2022,” said Mexico's deputy security secretary, \
                Lorena Ibarra.";
    assert_eq!(one(body), named("Lorena Ibarra"));
}

#[test]
fn a_joined_verb_a_participle_and_a_closing_attribution_have_the_sentences_subject() {
    let body = "Donald Trump acknowledged the tariffs could hit prices but said they would be “worth the price.”";
    assert_eq!(one(body), named("Donald Trump"));
    let body = "Kristi Noem posted photos of the migrants, calling them “the worst of the worst.”";
    assert_eq!(one(body), named("Kristi Noem"));
    let body = "Marco Rubio visited a base.\n\n“Certain individuals” can be extradited, and they are “strategic \
                objectives” for the allies, Rubio said while visiting the base.";
    assert_eq!(speakers(body), [named("Marco Rubio"), named("Marco Rubio")]);
}

#[test]
fn a_house_of_government_is_an_organization_not_a_speaker_before_a_name() {
    let body = "White House press secretary Karoline Leavitt told reporters that Trump wanted a deal. “The president \
                has been very clear,” she said.";
    assert_eq!(one(body), named("Karoline Leavitt"));
}

#[test]
fn a_ministry_named_by_its_country_and_portfolio_speaks() {
    assert_eq!(
        one("The Egyptian foreign ministry said the talks were “serious and constructive.”"),
        named("Egyptian foreign ministry")
    );
    assert_eq!(
        one("China's foreign ministry said the ships were “conducting routine patrols.”"),
        named("China's foreign ministry")
    );
    assert_eq!(one("The Israeli military said the strike was “precise and necessary.”"), named("Israeli military"));
    // A portfolio word with no ministry after it names no organization.
    assert_eq!(one("The Egyptian foreign minister said the talks were “serious.”"), None);
}

#[test]
fn an_abbreviated_title_is_the_description_spelled_out() {
    let body = "Navy Adm. Ruth Okafor met the committee on Monday.\n\n\
        The budget, Okafor said, was tight. It left the fleet “stretched past what we planned for,” the admiral told them.";
    assert_eq!(one(body), named("Ruth Okafor"));
}

#[test]
fn a_lede_that_describes_its_subject_is_answered_by_the_next_name() {
    let body = "The alliance must plan for two threats at once, the chairman of the defense committee said today.\n\n\
        Senator Paul Ferreira and other members ended two days of hearings in the capital.\n\n\
        “This was the most useful hearing we have held in years,” the chairman said afterward.";
    assert_eq!(one(body), named("Paul Ferreira"));
}

#[test]
fn a_description_after_someone_is_named_is_not_a_lede() {
    let body = "Senator Paul Ferreira opened the hearing.\n\n\
        The chairman of the defense committee said today that it would last a week.\n\n\
        Maria Lopes, a witness, arrived late.\n\n\
        “This was the most useful hearing we have held in years,” the chairman said afterward.";
    assert_eq!(one(body), None);
}

#[test]
fn a_relative_clause_between_a_speaker_and_the_cue_is_passed_over() {
    let body = "“The number of ships will change as more crews are called up,” Pacific Fleet Command, which \
        oversees waters off Japan, Guam and the Philippines, announced in a statement on Monday.";
    assert_eq!(one(body), named("Pacific Fleet Command"));
}

#[test]
fn two_quotes_joined_by_but_share_the_inverted_cue_after_the_second() {
    let body =
        "The plan “is a step in the right direction, in some ways,” but “it will not end the dispute on its own,” \
        continued Amira Haddad.";
    assert_eq!(speakers(body), [named("Amira Haddad"), named("Amira Haddad")]);
}

#[test]
fn a_word_after_an_organizations_short_name_is_not_a_person() {
    let body = "UN Sahel envoy Marta Ruiz is attending the talks. She says the answer lies with the parties.\n\n\
        “Only the leaders can find the solution, and they must find it very quickly,” she said.";
    assert_eq!(one(body), named("Marta Ruiz"));
}

#[test]
fn a_relative_clause_on_an_appositives_organization_leaves_the_name() {
    let body = "Omar Haddad, president of the Reform Party, which has three seats in the Assembly, said the vote \
        showed “a peaceful transfer of power.”";
    assert_eq!(one(body), named("Omar Haddad"));
}
