//! Unit tests of what a speaker's pronoun, description or silence stands
//! for across sentences and paragraphs, on sentences written for them.

use crate::analysis::analyze;

fn speakers(body: &str) -> Vec<Option<String>> {
    analyze(&format!("Headline\n\n{body}"), None).quotes.into_iter().map(|q| q.speaker).collect()
}

fn named(name: &str) -> Option<String> {
    Some(name.to_string())
}

#[test]
fn a_name_inside_the_quote_is_not_whom_he_stands_for() {
    let body = "Marcus Webb, an analyst at the institute, said the plan was costly.\n\n\
                “Anton Kessler has built shields of that size before,” he said.";
    assert_eq!(speakers(body), [named("Marcus Webb")]);
}

#[test]
fn he_is_the_one_reported_speaking_not_the_one_first_named() {
    let body = "The ministry worries about the new ruler Kim Jong Un, Panetta said. \
                “We are within an inch of a crisis every day,” he said.";
    assert_eq!(speakers(body), [named("Panetta")]);
}

#[test]
fn a_subject_is_newer_than_a_name_later_in_its_own_sentence() {
    let body = "“The base is ready for the winter,” Defense Secretary Robert Hale said.\n\n\
                Gen. Peter Ortiz, who travelled with Hale on the trip, agreed.\n\n\
                “The troops here know exactly what they are doing and why,” he said.";
    assert_eq!(speakers(body), [named("Robert Hale"), named("Peter Ortiz")]);
}

#[test]
fn a_paragraph_of_quotation_goes_to_the_subject_of_the_paragraph_before() {
    let body = "Mr. Tanaka made the comment to state television after meeting the premier.\n\n\
                “I really value the role both governments have played in easing the tension on the border.”";
    assert_eq!(speakers(body), [named("Tanaka")]);
}

#[test]
fn a_paragraph_of_quotation_after_a_possessive_subject_gets_nobody() {
    let body = "Tanaka's office released no schedule for the talks.\n\n\
                “We will meet again when both sides are ready to talk about the border.”";
    assert_eq!(speakers(body), [None]);
}

#[test]
fn the_chairman_of_an_organization_is_not_the_organization() {
    let body = "The chairman of the Joint Chiefs of Staff told troops that the year would be \
                “a hard one for every enemy of this country.”";
    assert_eq!(speakers(body), [None]);
}

#[test]
fn a_thing_named_with_an_article_is_not_a_speaker() {
    let body = "Analyst Maria Lopez praised the plan on Thursday.\n\n\
                The Golden Shield would cover three states.\n\n\
                “It will take a decade to finish and nobody knows the cost,” she said.";
    assert_eq!(speakers(body), [named("Maria Lopez")]);
}

#[test]
fn a_leading_initial_is_part_of_the_name() {
    let body = "“The talks will go on for a long while yet,” C. Raja Mohan wrote in a column.";
    assert_eq!(speakers(body), [named("C. Raja Mohan")]);
}

#[test]
fn the_president_is_the_subject_before_one_merely_named() {
    let body = "U.S. President Donald Trump met Ukrainian President Volodymyr Zelenskyy in May.\n\n\
                On Friday, Trump described his exchanges with Zelenskyy. \
                The president described having “very good talks with the other side of this war.”";
    assert_eq!(speakers(body), [named("Donald Trump")]);
}

#[test]
fn a_leader_the_story_never_titled_is_known_by_the_office_the_records_give() {
    let body = "U.S. President Donald Trump spoke on Monday.\n\n\
                “They keep adjusting their strikes to our defenses,” Volodymyr Zelenskyy said in his address.\n\n\
                “There is a constant change in how this war is fought,” the president said.";
    let quotes = analyze(&format!("Headline\n\n{body}"), "2025-02-04".parse().ok()).quotes;
    let speakers: Vec<Option<String>> = quotes.into_iter().map(|q| q.speaker).collect();
    assert_eq!(speakers, [named("Volodymyr Zelenskyy"), named("Volodymyr Zelenskyy")]);
}

#[test]
fn an_official_the_story_never_titled_is_known_by_the_office_of_the_day() {
    let body = "Antony Blinken arrived in Cairo on Monday for talks.\n\n\
                “We are working every day to bring the hostages home,” America’s top diplomat said.";
    let on = "2024-02-06".parse().ok();
    let quotes = analyze(&format!("Headline\n\n{body}"), on).quotes;
    assert_eq!(quotes[0].speaker, named("Antony Blinken"));
    // Two years after his term, "the top diplomat" is someone else.
    let later = analyze(&format!("Headline\n\n{body}"), "2027-02-06".parse().ok()).quotes;
    assert_eq!(later[0].speaker, None);
}

#[test]
fn a_home_town_before_a_name_is_not_the_speaker() {
    let body =
        "“We worked hand in hand with the clinics ashore,” said Brookfield native Cmdr. Ana Ruiz, a surgeon aboard.";
    assert_eq!(speakers(body), [named("Ana Ruiz")]);
}

#[test]
fn an_owner_after_the_cue_introduces_the_one_named_after_the_comma() {
    let body = "“Only 60 mariners drove the ship all that way,” said Comfort's civil service master, Capt. Paul Lind.";
    assert_eq!(speakers(body), [named("Paul Lind")]);
}

#[test]
fn a_place_before_a_title_still_describes_the_one_titled_so() {
    let body = "Sen. Marco Rubio spoke in Iowa on Monday.\n\n\
                “We will win this state and we will win the nomination,” the Florida senator said.";
    assert_eq!(speakers(body), [named("Marco Rubio")]);
}

#[test]
fn a_long_appositive_after_the_name_still_closes_on_its_cue() {
    let body = "“A very good reporter, this one,” Trump, the party's front-runner nationally and the leader in \
                the state's polls by a wide margin after winning two primaries and a caucus in a row last month, \
                said at the news conference.";
    assert_eq!(speakers(body), [named("Trump")]);
}

#[test]
fn a_name_and_a_colon_before_a_quote_attribute_it() {
    let body = "Jeb Bush and Hillary Clinton reject the term.\n\n\
                Clinton: “Our goal is not to contain the group but to defeat it.” \
                Bush: “The mission is to destroy it, not to contain it.”";
    assert_eq!(speakers(body), [named("Hillary Clinton"), named("Jeb Bush")]);
}

#[test]
fn a_participle_after_a_fronted_phrase_is_the_subjects() {
    let body = "On Thursday, after staying neutral all spring, Elena Warrick appeared on television and endorsed \
                Marta Quinn, saying, “She is exactly the fighter this country needs right now.”";
    assert_eq!(speakers(body), [named("Elena Warrick")]);
}

#[test]
fn a_quoted_word_inside_the_clause_does_not_start_a_new_one() {
    let body = "In an interview, Tom Garber insisted it was “premature” to back Marta Quinn’s campaign while \
                adding, “I have no doubt her heart is in the right place on this issue.”";
    assert_eq!(speakers(body)[1], named("Tom Garber"));
}

#[test]
fn said_opening_a_sentence_names_its_speaker_after_it() {
    let body = "The old house is a museum now. Said Dora Pointer, who grew up on the street, \
                “We were all so proud of him and of what he did.”";
    assert_eq!(speakers(body), [named("Dora Pointer")]);
}

#[test]
fn a_digest_line_names_its_speaker_before_a_colon() {
    let body = "Pollsters agree - Carl Benton: “One of the biggest lessons was to keep calling voters late.”";
    assert_eq!(speakers(body), [named("Carl Benton")]);
}

#[test]
fn a_titled_subject_is_the_participles() {
    let body = "Former Secretary of State Marion Albury urged women to vote for Joan Kessler, saying, \
                “There is a special place for those who do not help each other.”";
    assert_eq!(speakers(body), [named("Marion Albury")]);
}

#[test]
fn a_title_word_after_a_given_name_is_a_surname() {
    let body = "“At this point, I don’t think there is bad publicity,” said Atlantic City Mayor Don Guardian.";
    assert_eq!(speakers(body), [named("Don Guardian")]);
}

#[test]
fn a_role_before_a_name_after_the_cue_describes_that_name() {
    let body = "“The field was simply too crowded this year,” said political consultant Dana Whitfield.\n\n\
                “We always knew the south would decide it,” said Democratic strategist Omar Reyes.\n\n\
                “Nothing changes before the vote,” said Pentagon press secretary Lena Park.";
    assert_eq!(speakers(body), [named("Dana Whitfield"), named("Omar Reyes"), named("Lena Park")]);
}

#[test]
fn a_word_that_is_not_a_role_leaves_the_name_unsaid() {
    // "said in a statement Friday": no description, and no one named after it.
    let body = "“We will not comment on the talks until they are over,” said a statement on Friday.";
    assert_eq!(speakers(body), [None]);
}

#[test]
fn a_participle_of_speech_takes_the_subject_of_its_clause() {
    let body = "Mayor Ines Calder answered her rival on social media, tweeting at him, “You will lose this race.”\n\n\
                Gov. Paul Anders defended the budget, noting, “Every county gets more money than last year.”";
    assert_eq!(speakers(body), [named("Ines Calder"), named("Paul Anders")]);
}

#[test]
fn he_after_his_office_said_is_the_office_holder() {
    // As in "Huckabee’s campaign said he hasn’t accepted any new gigs".
    let body = "Prime Minister Arno Veld met Secretary of State Robert Ocampo on Tuesday.\n\n\
                “We will keep working at this,” Ocampo told reporters.\n\n\
                Veld’s office said in a statement that he had told Ocampo “there is no deal without the hostages.”";
    assert_eq!(speakers(body), [named("Robert Ocampo"), named("Arno Veld")]);
}

#[test]
fn a_rank_or_firm_with_figures_still_describes_the_name() {
    let body = "“I was hoping we would see something else,” said Air Force 1st Lt. Corin Ashby.\n\n\
                “It was a sizable purchase of data,” said L2 president Harlan Voss.\n\n\
                “The court set a deadline for both parties,” the Washington Post reported.\n\n\
                “I can point to only two accomplishments,” Voss answers.";
    assert_eq!(
        speakers(body),
        [named("Corin Ashby"), named("Harlan Voss"), named("Washington Post"), named("Harlan Voss")]
    );
}

#[test]
fn a_noun_that_looks_like_a_cue_is_not_one() {
    let body = "Embassy spokesperson Liu Wen dismissed Ocampo’s remarks as “malicious slander.”";
    assert_eq!(speakers(body), [named("Liu Wen")]);
}

#[test]
fn a_cue_that_opens_the_next_quote_is_not_the_last_ones() {
    let body = "Maren Holt wrote to her aide Idris Vale in April.\n\n\
                Holt replies to Vale with, “Why now? That was on my way to Lima?” Vale then writes back, “You look tired.”";
    assert_eq!(speakers(body), [named("Maren Holt"), named("Idris Vale")]);
}

#[test]
fn a_sentence_ending_on_a_colon_gives_its_subject() {
    let body = "The union pushed for a ban, said its president, Tomas Brandt.\n\n\
                Gov. Elena Marsh resisted: “Governors do not have the power to suspend the law.”\n\n\
                When Brandt suggested a court would decide, Marsh fired back: “Then we will meet in court.”";
    assert_eq!(speakers(body), [named("Elena Marsh"), named("Elena Marsh")]);
}

#[test]
fn an_owner_speaking_through_a_campaign_opens_a_participle() {
    let body = "Senator Ryan Doyle was not endorsed by Mayor Felix Grant.\n\n\
                Doyle’s campaign shrugged off Grant’s comments, telling reporters, “Nobody here ever asked for it.”\n\n\
                News of the snub spread quickly. “It changes nothing,” reacted Grant.";
    assert_eq!(speakers(body), [named("Ryan Doyle"), named("Felix Grant")]);
}

#[test]
fn a_paragraph_opening_on_quotation_that_names_no_one_goes_on_with_the_last_speaker() {
    let body = "Speaking in the capital, Minister Tomas Brandt warned against what he described as a “debt trap.”\n\n\
                “We have seen case after case where the lender comes in with billions of dollars” and \
                “brings in its own workers” but countries are left with massive debts.";
    assert_eq!(speakers(body), [named("Tomas Brandt"), named("Tomas Brandt"), named("Tomas Brandt")]);
}

#[test]
fn a_person_in_a_phrase_before_the_subject_is_not_whom_he_stands_for() {
    let body = "Speaking Tuesday alongside Foreign Secretary Robert Hale, Kerry called the talks “critical.”\n\n\
                “It is imperative that the other side work with us in every possible effort,” he said.";
    assert_eq!(speakers(body), [named("Kerry"), named("Kerry")]);
}

#[test]
fn a_short_name_after_a_title_is_a_name_not_a_nationality() {
    let body = "Secretary-General Ban Ki-moon praised what he called the talks’ “constructive” tone.\n\n\
                Mr. Ban made the comment to state television after meeting the premier.\n\n\
                “I really appreciate the role both governments have played in reducing tension on the border.”";
    assert_eq!(speakers(body), [named("Ban Ki-moon"), named("Ban Ki-moon")]);
}

#[test]
fn a_cue_joined_by_and_to_an_earlier_one_shares_its_subject() {
    let body = "Minister Tomas Brandt said the two leaders would discuss trade and said the government wanted \
                closer ties, “including building upon recent engagements with our neighbors.”";
    assert_eq!(speakers(body), [named("Tomas Brandt")]);
}

#[test]
fn the_one_named_before_and_other_leaders_speaks() {
    let body = "Speaker Dana Whitfield and other House Republican leaders said in a statement their goal is a bill \
                “that secures our border and keeps taxes low for families.”";
    assert_eq!(speakers(body), [named("Dana Whitfield")]);
}

#[test]
fn a_country_beside_a_cue_speaks_as_its_government() {
    let body = "“We will respond to any provocation with force,” China said on Monday.\n\n\
                Officials in Russia said the move was “a dangerous escalation.”\n\n\
                Assistant Secretary Michael Dorsey said Washington welcomed the seizures but wanted “faster movement.”";
    assert_eq!(speakers(body), [named("China"), None, named("Michael Dorsey")]);
}

#[test]
fn events_places_and_units_are_not_people() {
    let body = "“Anyone who says he was not scared is a liar!” exclaimed World War II veteran Fred Garrow.\n\n\
                Garrow stood on the National Mall with the 551st Antiaircraft Artillery Battalion.\n\n\
                The Mall was awash in flags. “My job was to shoot down planes,” he said.";
    assert_eq!(speakers(body), [named("Fred Garrow"), named("Fred Garrow")]);
}

#[test]
fn plural_ranks_numbered_ranks_and_whips_describe_the_name() {
    let body = "Staff Sergeants Kara Doyle and Ben Ruiz led the convoy.\n\n\
                “We were told we needed to hustle,” said Doyle.\n\n\
                “We came out with about 20 people,” said Chief Warrant Officer 4 Mark Hale.\n\n\
                “It was a deserved walkout,” said Republican whip Roy Blount.";
    assert_eq!(speakers(body), [named("Kara Doyle"), named("Mark Hale"), named("Roy Blount")]);
}

#[test]
fn said_inside_a_sentence_is_a_name_and_commented_is_a_cue() {
    let body = "Ghani told VOA reporter Said Ashna that he was determined “to create the coordination both \
                countries need.”\n\nAsked about the talks, Ghani commented, “We have been disappointed so far.”";
    assert_eq!(speakers(body), [named("Ghani"), named("Ghani")]);
}

#[test]
fn a_sentence_of_its_own_after_a_closed_quote_keeps_its_cue() {
    let body = "Admiral Mike Mullen met General Tariq Majid, the committee chairman, in the capital.\n\n\
                “We had good meetings,” Mullen said. “We clearly are continuing to look across the full range \
                of issues.” The chairman would not comment further, saying his talks are best kept private.";
    assert_eq!(speakers(body), [named("Mike Mullen"), named("Mike Mullen")]);
}

#[test]
fn parties_subheadings_and_given_names_read_as_editors_do() {
    let body = "The senior Democrat on the committee, Jay Rockfield of West Virginia, says both are, in his words, \
                “very dangerous.”\n\n\
                Somali President Hassan Sheikh Mahad spoke on Monday.\n\n\
                In a statement, Mahad said the group wanted only “its own extremist agenda.”\n\n\
                Budgets Climb\n\n\
                Asked about budgets, he said “you see the defense portfolios being raised everywhere.”";
    assert_eq!(speakers(body), [named("Jay Rockfield"), named("Hassan Sheikh Mahad"), named("Hassan Sheikh Mahad")]);
}

#[test]
fn a_name_in_an_appositive_of_the_subject_does_not_speak_for_it() {
    let body = "Kem Sokhan, president of the Human Rights Party, which has three seats, said the model showed \
                “peaceful power transfers.”";
    assert_eq!(speakers(body), [named("Kem Sokhan")]);
}

#[test]
fn a_known_organization_in_another_house_style_is_no_one_she_stands_for() {
    let body = "Secretary of State Hillary Clinton met Asean ministers.\n\n\
                “I understand that Asean faces a variety of challenges,” she said.";
    assert_eq!(speakers(body), [named("Hillary Clinton")]);
}

#[test]
fn a_place_after_a_known_person_ends_the_name() {
    let text = "Headline\n\nSecretary of State Antony Blinken met the prime minister on Monday, who told Blinken \
                Israel would keep fighting.";
    let people: Vec<String> = analyze(text, None).people.into_iter().map(|p| p.name).collect();
    assert_eq!(people, ["Antony Blinken"]);
}

#[test]
fn a_paragraph_ending_on_a_colon_gives_its_subject_to_the_quotation_after_it() {
    let body = "In response to the attacks, Republican presidential nominee Dana Whitfield issued the following \
                statement:\n\n“Our prayers are with all those affected by the horrible attacks.”\n\n\
                “Imagine the two of them on the same stage,” mused Blaze co-host Stu Barrow.";
    assert_eq!(speakers(body), [named("Dana Whitfield"), named("Stu Barrow")]);
}

#[test]
fn a_title_word_beside_a_cue_is_a_surname_and_a_participle_after_a_cue_shares_it() {
    let body = "“They need to sit down and talk,” Seaman said.\n\n\
                Like Rove, the committee met Marsh and Doyle, and the two will meet next week, Spicer said, adding, \
                “They need to sit down and have a good talk.”";
    assert_eq!(speakers(body), [named("Seaman"), named("Spicer")]);
}

#[test]
fn a_leader_the_records_know_is_a_name_alone_with_the_office() {
    let text = "Talks in Jerusalem\n\nSecretary of State Antony Blinken met Netanyahu for three hours on Monday.\n\n\
                “This was a very constructive meeting,” the Israeli prime minister said in a statement.";
    let speakers: Vec<Option<String>> =
        analyze(text, "2024-08-19".parse().ok()).quotes.into_iter().map(|q| q.speaker).collect();
    assert_eq!(speakers, [named("Netanyahu")]);
}

#[test]
fn as_someone_put_it_is_a_cue() {
    let body = "But at the time, as prosecutor Marc Trevin put it, “there was not much to complain about.”";
    assert_eq!(speakers(body), [named("Marc Trevin")]);
}
