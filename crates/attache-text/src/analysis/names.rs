//! Names in a text: a capitalized run of words read as an organization, or
//! as titles and a person's name ("Lt. Col. James Waskom", "Secretary of
//! the Air Force Deborah Lee James"), and found again later by surname.

use super::given_names::usual_gender;
use super::lexicon::{
    spelled_title, ABBREVIATED_TITLES, CONNECTORS, CUE_VERBS, FEMALE_NAMES, FUNCTION_CAPS, KNOWN_ORGS, MALE_NAMES,
    ORG_WORDS, TITLE_WORDS,
};
use super::mentions::{is_place, Reading, Refers};
use super::name_words::{
    acronym_of, attached_to_cue, dateline, is_acronym, is_initial, is_title_word, org_joint, EVENT_WORDS, MODIFIERS,
    NOT_ALONE, PLACE_PREPOSITIONS, QUALIFIERS, WEEKDAYS,
};
use super::officials::official_surname;
use super::titles::{appositive_title, gender_of, lead_title};
use super::tokens::Token;

impl Reading {
    /// A capitalized run of words: an organization, or titles and a name.
    pub(super) fn name(&mut self, input: &str, words: &[Token], i: usize) -> Option<usize> {
        let first = &words[i];
        if !first.capitalized(input) || FUNCTION_CAPS.contains(first.text(input)) {
            return None;
        }
        // "Said Dora Pointer, who …": the cue, then the name.
        if super::lexicon::opens_inverted(first.text(input)) && first.text(input) != "According" {
            return Some(1);
        }
        if let Some(len) = (i == 0).then(|| dateline(input, words)).flatten() {
            return Some(len);
        }
        // "Hamas-run Gaza’s Health Ministry", "Iran-backed Houthis": who runs
        // or backs an organization is no part of its name.
        if DESCRIPTOR_ENDINGS.iter().any(|end| first.text(input).ends_with(end)) {
            return Some(1);
        }
        let mut end = i + 1;
        while end < words.len() {
            let gap = &input[words[end - 1].end..words[end].start];
            let w = &words[end];
            // "Antony J. Blinken": an initial inside a name does not end it.
            let initial = gap == ". "
                && ((end - 1 > i || !input[..words[i].start].trim_end().ends_with('.'))
                    && is_initial(words[end - 1].text(input))
                    || ABBREVIATED_TITLES.contains(&words[end - 1].text(input).to_lowercase())
                    || matches!(words[end - 1].text(input), "U.S" | "U.N" | "U.K" | "E.U"))
                && w.capitalized(input)
                && !FUNCTION_CAPS.contains(w.text(input));
            if gap != " " && !initial || words[end - 1].possessive(input) && !self.org_ahead(input, words, end) {
                break;
            }
            let is_connector = |t: &Token| CONNECTORS.contains(t.text(input)) || t.text(input).starts_with("al-");
            // Connectors may chain ("Office of the UN …") but must lead to a capital.
            let next = words[end..].iter().find(|t| !is_connector(t));
            let next_capital = next.is_some_and(|t| t.capitalized(input));
            // "Zachary B. Mueller of Tampa": a person's home town is not part of the name.
            // Two or more capitalized words that are no title and no word of a
            // state's name ("Zachary B. Mueller", not "Democratic Republic").
            let named = || {
                let state = ["Democratic", "Republic", "United", "Islamic", "Federated", "People's", "Kingdom", "Holy"];
                let name_like = |t: &&Token| {
                    !TITLE_WORDS.contains(&t.text(input).to_lowercase()) && !state.contains(&t.text(input))
                };
                words[i..end].iter().filter(name_like).count() >= 2
            };
            let to_place = w.text(input) == "of"
                && (next.is_some_and(|t| is_place(t.base(input))) || named())
                && !self.org_ahead(input, words, i)
                && !TITLE_WORDS.contains(&words[end - 1].text(input).to_lowercase());
            let next_capital = next_capital && !to_place;
            // "Hostages and Missing Families Forum": "and" only inside an organization.
            // Not "Benjamin Netanyahu and Israel’s war Cabinet": the words
            // after "and" must run unbroken to the organization's word.
            let and_org = w.text(input) == "and"
                && words.get(end + 1).is_some_and(|t| t.capitalized(input))
                && org_in_run(input, words, end + 1);
            // "the Pentagon Wednesday": a day of the week ends a name, and
            // "told Blinken Israel would …": a place ends a known person's.
            let weekday = WEEKDAYS.contains(&w.text(input));
            let so_far = &input[words[i].start..words[end - 1].end];
            let person_then_place = is_place(w.base(input))
                && (self.person_named(so_far, end - i == 1).is_some() || official_surname(so_far).is_some());
            if person_then_place {
                break;
            }
            if !weekday
                && (w.capitalized(input)
                    || (is_connector(w) && next_capital)
                    || and_org
                    || org_joint(input, words, i, end))
            {
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
        // "World War II", "the Warrior Games": an event, never someone.
        if lower.iter().any(|w| EVENT_WORDS.contains(&w.as_str())) {
            return Some(end - i);
        }
        let attached = attached_to_cue(input, words, i, end);
        // "the United Nations Samantha Power", "Secretary of the Air Force
        // Deborah Lee James": an organization's name glued to a person's,
        // who begins at a known given name.
        let given = |w: &String| FEMALE_NAMES.contains(w) || MALE_NAMES.contains(w);
        let org_end = lower.iter().rposition(|w| ORG_WORDS.contains(w));
        // "House Democratic Leader Hakeem Jeffries": a title after the
        // organization, then two or three words of a name.
        let titled = |k: &usize| {
            TITLE_WORDS.contains(&lower[*k - 1])
                && !CONNECTORS.contains(lower[*k - 1].as_str())
                && !TITLE_WORDS.contains(&lower[*k])
        };
        let after_title =
            org_end.and_then(|o| (o + 2..lower.len()).rfind(titled)).filter(|k| (2..=3).contains(&(lower.len() - k)));
        if let Some(k) = org_end.and_then(|o| (o + 1..lower.len()).find(|&k| given(&lower[k]))).or(after_title) {
            // "… President Ursula von der Leyen": particles are part of the name.
            let name_words = lower[k..].iter().filter(|w| !CONNECTORS.contains(w.as_str())).count();
            if (2..=3).contains(&name_words) {
                let title = (k > 0).then(|| input[run[0].start..run[k - 1].end].to_string());
                self.person(input, &run[k..], &lower[k..], title, attached);
                return Some(end - i);
            }
        }
        // "News of the album …": a word that names an organization only
        // with others ("Fox News") names none alone.
        if run.len() == 1 && NOT_ALONE.contains(&lower[0].as_str()) {
            return Some(end - i);
        }
        let acronym = run.len() == 1 && is_acronym(run[0].base(input));
        // "ASEAN" or, in some house styles, "Asean".
        let known_org =
            KNOWN_ORGS.contains(run[0].base(input)) || KNOWN_ORGS.contains(&run[0].base(input).to_uppercase());
        // "the West Bank" is a place, whatever its last word.
        let org_named = lower.iter().any(|w| ORG_WORDS.contains(w)) && !is_place(&text);
        if known_org && run.len() == 1 || org_named || acronym && attached {
            let name = text.strip_suffix("’s").or_else(|| text.strip_suffix("'s")).unwrap_or(&text).to_string();
            let spelled_out = acronym.then(|| self.spelled_out(&name)).flatten();
            let e = spelled_out.unwrap_or_else(|| self.entity(name, true, Vec::new(), None));
            self.entities[e].mentions.push((start, stop));
            self.push(start, stop, Refers::Entity(e));
            return Some(end - i);
        }
        // An acronym that speaks for no one here ("of DOD policy") is no person,
        // and neither is a ship ("USS Florida", "USNS Mercy").
        let vessel = matches!(run[0].text(input), "USS" | "USNS" | "HMS" | "USCGC");
        if !acronym && !vessel {
            self.person(input, run, &lower, lead_title(input, &words[..i]), attached);
        }
        Some(end - i)
    }

    /// The organization an acronym stands for, when its full name came first
    /// ("Economic Community of West African States" … "ECOWAS").
    fn spelled_out(&self, acronym: &str) -> Option<usize> {
        self.entities.iter().position(|e| e.org && e.name != acronym && acronym_of(&e.name, acronym))
    }

    /// True when the words from `at` on form an organization ("Qatar’s Ministry …").
    fn org_ahead(&self, input: &str, words: &[Token], at: usize) -> bool {
        words[at..].iter().take(4).any(|t| ORG_WORDS.contains(&t.text(input).to_lowercase()))
    }

    /// Titles, then a name: a new person, or a later mention of a known one.
    fn person(&mut self, input: &str, run: &[Token], lower: &[String], lead: Option<String>, attached: bool) {
        // A title ends on a title word, never on a connecting one ("of").
        let connecting = |w: &String| CONNECTORS.contains(w.as_str()) || w == "and";
        // "Mayor Don Guardian": a title word after a given name is a surname.
        let given = |w: &String| FEMALE_NAMES.contains(w) || MALE_NAMES.contains(w);
        let surname_titled = lower.len() >= 2 && given(&lower[lower.len() - 2]);
        let titles_in = if surname_titled { &lower[..lower.len() - 1] } else { lower };
        let mut title_end = titles_in.iter().rposition(|w| is_title_word(w) && !connecting(w)).map_or(0, |p| p + 1);
        // "Somali President Hassan Sheikh Mohamud": a title word after a known
        // given name is part of the name.
        if let Some(given_at) = (1..title_end).find(|&k| given(&titles_in[k]) && is_title_word(&titles_in[k - 1])) {
            title_end = given_at;
        }
        // "“…,” Seaman said": one capitalized title word beside a cue, with no
        // article, is a surname.
        let article = |w: &str| matches!(w, "the" | "The" | "a" | "A" | "an" | "An");
        let before_run = input[..run[0].start].trim_end().rsplit(char::is_whitespace).next().unwrap_or("");
        if run.len() == 1 && title_end == 1 && attached && !article(before_run) && !is_abbreviated(input, &run[0]) {
            title_end = 0;
        }
        // "the Munich Security Conference", "the Strategic Defense Initiative":
        // words that only qualify a title, with no title they qualify, before
        // one word that is no given name, name a thing, not a person.
        let head =
            lower[..title_end].iter().any(|w| is_title_word(w) && !connecting(w) && !MODIFIERS.contains(&w.as_str()));
        if title_end > 0 && !head && lead.is_none() && lower.len() == title_end + 1 && !given(&lower[title_end]) {
            return;
        }
        // "the National Mall": words that only qualify a title make none alone.
        if lower[..title_end].iter().all(|w| QUALIFIERS.contains(&w.as_str()) || connecting(w)) {
            title_end = 0;
        }
        // "United Nations Samantha Power", "Air Force Deborah Lee James": an
        // office glued to a name ends where a known given name begins.
        if run.len() - title_end >= 3 {
            if let Some(k) =
                lower[title_end + 1..].iter().position(given).filter(|k| run.len() - (title_end + 1 + k) >= 2)
            {
                // Only past words of an office or organization: "Abdirahman
                // Omar Osman" is one name, whatever "Omar" is alone.
                let office = lower[title_end..title_end + 1 + k]
                    .iter()
                    .any(|w| ORG_WORDS.contains(w) || TITLE_WORDS.contains(w));
                if !given(&lower[title_end]) && office {
                    title_end += 1 + k;
                }
            }
        }
        // "U.S. special envoy for North Korea Sung Kim": a place the title
        // names is no part of the name after it.
        if let Some(place) = (1..=3).rev().find(|&n| {
            run.len() >= title_end + n + 2 && is_place(&input[run[title_end].start..run[title_end + n - 1].end])
        }) {
            title_end += place;
        }
        // A nationality or office before a title ("Israeli President") belongs to the title.
        let name_words = &run[title_end..];
        // A single letter ("posted on X") names no one.
        if name_words.is_empty() || name_words.len() == 1 && name_words[0].base(input).chars().count() < 2 {
            return;
        }
        let (start, end) = (name_words[0].start, name_words[name_words.len() - 1].end);
        let last = &name_words[name_words.len() - 1];
        let suffix_stop = matches!(last.text(input), "Jr" | "Sr") && input[last.end..].starts_with('.');
        let name = input[start..last.start].to_string() + last.base(input) + if suffix_stop { "." } else { "" };
        // "a senior Spanish trade official": a word before a title is an
        // adjective, not a name.
        let next_word = input[end..].trim_start().split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        let lowercase_next = next_word.starts_with(char::is_lowercase) && input[end..].starts_with(' ');
        // "Indian negotiators", "Kenyan diplomats": a nationality before a noun.
        // Never an owner ("Ryan’s campaign"), one a title names ("Mr. Ban")
        // nor a surname the story gave ("Safadi rejected …").
        let demonym = title_end == 0
            && ["an", "ese", "ish", "i"].iter().any(|end| name.ends_with(end))
            && lowercase_next
            && !CUE_VERBS.contains(next_word)
            && !last.possessive(input)
            && self.person_named(&name, false).is_none();
        let next_title = TITLE_WORDS.contains(&next_word.to_lowercase()) && !connecting(&next_word.to_lowercase());
        // "the South Sudanese president": words ending on a nationality.
        let national = name_words.len() == 2 && super::descriptions::is_nationality(last.text(input)) && next_title;
        // "Phoenix native Cmdr. Rosemarie Tan": a home town, not a name.
        let home_town = name_words.len() == 1 && next_word == "native";
        // "Democratic strategist Joe Trippi": a word before a role is an adjective too.
        let next_role = lowercase_next && super::lexicon::ROLE_NOUNS.contains(next_word);
        let adjective = name_words.len() == 1 && (next_title || next_role || demonym) || national || home_town;
        // "said Santiago": a place name that is a person's surname here is the person.
        let surname_of_someone = self.person_named(&name, false).is_some();
        // "officials in Kathmandu say": a new name right after a preposition
        // is a place, not someone speaking.
        let before = input[..run[0].start].trim_end().rsplit(char::is_whitespace).next().unwrap_or("");
        let after_preposition = PLACE_PREPOSITIONS.contains(&before);
        // "build an Iron Dome", "the Golden Dome": an article before two
        // words with no title, no given name and no official's surname makes
        // them a thing, not a person ("the Clinton campaign" is hers).
        let first_given = FEMALE_NAMES.contains(&lower[title_end]) || MALE_NAMES.contains(&lower[title_end]);
        let official = || name_words.iter().any(|w| official_surname(w.base(input)).is_some());
        let after_article = matches!(before, "the" | "The" | "a" | "A" | "an" | "An") && title_end == 0;
        // "EU Horn of Africa representative": a word after an organization's
        // or a country's short name is part of a title or a thing's name.
        let short_name = |w: &Token| {
            let w = w.base(input);
            w.len() >= 2
                && w.chars().all(|c| c.is_ascii_uppercase() || c == '.')
                && (KNOWN_ORGS.contains(w) || is_place(w))
        };
        let owned = title_end == 0 && name_words.len() == 2 && short_name(&name_words[0]);
        // "Takes Wisconsin", "Visits Israel": a headline's verb before a place.
        let to_a_place = name_words.len() == 2
            && lower[title_end].ends_with('s')
            && is_place(last.base(input))
            && super::titles::gender_of(&lower[title_end], "").or_else(|| usual_gender(&lower[title_end])).is_none();
        let a_thing = (after_article && name_words.len() >= 2 || owned || to_a_place) && !first_given && !official();

        if adjective || !surname_of_someone && (is_place(&name) || is_place(&input[run[0].start..end])) {
            // "China said", "said Russia": a country beside a cue speaks as its government.
            // Not "said Washington welcomed …", where it is the subject of what was said.
            let ends_clause = input[end..].starts_with(['.', ',', ';']) || !lowercase_next;
            let cue_next = CUE_VERBS.contains(next_word);
            let someones = self.person_named(&name, true).is_some();
            let reported = CUE_VERBS.contains(before) || before == "that";
            let speaks = attached && (cue_next && !reported || reported && ends_clause);
            if !adjective && speaks && title_end == 0 && !after_preposition && !someones && is_place(&name) {
                let e = self.entity(name, true, Vec::new(), None);
                self.entities[e].mentions.push((start, end));
                self.push(start, end, Refers::Entity(e));
            }
            return;
        }
        let glued = (title_end > 0).then(|| {
            // "Lt. Col." is kept as "Lieutenant Colonel", so that "the colonel" finds it.
            let word = |t: &Token| {
                let lower = t.base(input).to_lowercase();
                let spelled = spelled_title(&lower);
                // "U.S." keeps the full stop its letters end on.
                let dotted = t.base(input).contains('.') && input[t.end..].starts_with('.');
                if spelled == lower {
                    t.base(input).to_string() + if dotted { "." } else { "" }
                } else {
                    spelled[..1].to_uppercase() + &spelled[1..]
                }
            };
            run[..title_end].iter().map(word).collect::<Vec<_>>().join(" ")
        });
        let titles: Vec<String> =
            lead.into_iter().chain(glued).chain(appositive_title(input, run[0].start, end)).collect();
        let known = self.person_named(&name, name_words.len() == 1).or_else(|| self.fuller_name_of(&name));
        // "Blinken" alone: an official the travel records know.
        let official = (known.is_none() && name_words.len() == 1).then(|| official_surname(&name)).flatten();
        let e = match known {
            Some(e) => {
                self.entities[e].titles.extend(titles);
                e
            }
            None if after_preposition && titles.is_empty() || a_thing => return,
            // A surname never given in full is still a name when a cue is
            // attached to it ("Blinken said").
            // "… said to Dempsey" under "Dempsey, Israeli Counterpart Pledge …".
            None if name_words.len() >= 2
                || !titles.is_empty()
                || attached
                || official.is_some()
                || self.in_headline(&name) =>
            {
                let first = name_words[0].text(input).to_lowercase();
                // A given name the census counts ("Bernie"), never a surname alone ("Clinton").
                let usual = || (name_words.len() >= 2).then(|| usual_gender(&first)).flatten();
                let gender = gender_of(&first, &titles.join(" ").to_lowercase()).or(official.flatten()).or_else(usual);
                self.entity(name, false, titles, gender)
            }
            None => return,
        };
        self.entities[e].mentions.push((start, end));
        self.push(start, end, Refers::Entity(e));
    }
}

/// True when the capitalized words from `at` on, unbroken by a possessive
/// or a lower-case word, reach an organization's word ("and Missing
/// Families Forum").
fn org_in_run(input: &str, words: &[Token], at: usize) -> bool {
    for (k, t) in words[at..].iter().take(4).enumerate() {
        let joined = k == 0 || &input[words[at + k - 1].end..t.start] == " ";
        if !joined || !(t.capitalized(input) || CONNECTORS.contains(t.text(input))) {
            return false;
        }
        if ORG_WORDS.contains(&t.base(input).to_lowercase()) {
            return true;
        }
        if t.possessive(input) {
            return false;
        }
    }
    false
}

/// Endings of a word that describes who runs or backs what follows it.
const DESCRIPTOR_ENDINGS: [&str; 8] =
    ["-run", "-led", "-backed", "-controlled", "-based", "-owned", "-aligned", "-allied"];

/// True when a word is written abbreviated ("Gen.", "Sen."): a title.
fn is_abbreviated(input: &str, word: &Token) -> bool {
    input[word.end..].starts_with('.') && ABBREVIATED_TITLES.contains(&word.text(input).to_lowercase())
}
