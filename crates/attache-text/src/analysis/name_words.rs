//! The words around and inside names that the reading of names consults:
//! datelines, cues beside a name, initials and acronyms, the joints of
//! organizations' names, and the short lists of words that are no one.

use super::lexicon::{CUE_VERBS, FEMALE_NAMES, MALE_NAMES, ORG_WORDS, TITLE_WORDS};
use super::tokens::Token;

/// The words of a dateline opening a paragraph ("PENTAGON —", "KYIV,
/// UKRAINE —", "GENEVA (AP) —"): a place and an agency, never a speaker.
pub(super) fn dateline(input: &str, words: &[Token]) -> Option<usize> {
    // A dateline's dash stands in its first 60 bytes: search no further.
    let head = &input[words[0].start..];
    let near = (66..=69).find(|&n| head.is_char_boundary(n)).map_or(head, |n| &head[..n]);
    let dash = [" — ", " – ", " - "].iter().filter_map(|d| near.find(d)).filter(|&at| at <= 60).min()?;
    let first = words[0].text(input);
    let shouted = first.chars().filter(|c| c.is_alphabetic()).count() > 1 && !first.chars().any(char::is_lowercase);
    shouted.then(|| words.iter().take_while(|w| w.start < words[0].start + dash).count())
}

/// Days of the week, which follow a name in news copy ("the Pentagon said Wednesday").
pub(super) const WEEKDAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/// Verbs after which a name is the one speaking ("said Blinken"), unlike
/// "told Blinken" or "urged Blinken".
pub(super) const SPEAKING_AFTER: &[&str] =
    &["said", "says", "added", "adds", "continued", "wrote", "writes", "declared", "replied"];

/// True when the name in `words[i..end]` is the subject or object of a cue
/// of speech right beside it: "Blinken said", "said Blinken", "according to
/// Blinken".
pub(super) fn attached_to_cue(input: &str, words: &[Token], i: usize, end: usize) -> bool {
    let joined = |a: &Token, b: &Token| input[a.end..b.start] == *" ";
    let before = |back: usize| i.checked_sub(back).map(|at| (&words[at], words[at].text(input)));
    let cue_after = words.get(end).is_some_and(|w| {
        joined(&words[end - 1], w) && CUE_VERBS.contains(w.text(input)) && w.text(input) != "according"
    });
    let cue_before = before(1).is_some_and(|(w, text)| SPEAKING_AFTER.contains(&text) && joined(w, &words[i]));
    let according = before(2).is_some_and(|(_, text)| text.eq_ignore_ascii_case("according"))
        && before(1).is_some_and(|(_, text)| text == "to");
    cue_after || cue_before || according
}

/// Prepositions after which a new capitalized name is a place.
pub(super) const PLACE_PREPOSITIONS: &[&str] =
    &["in", "at", "from", "across", "near", "into", "throughout", "outside", "inside", "toward", "towards", "around"];

/// A single capital letter: a middle initial.
pub(super) fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_none()
}

/// Two or more capitals and nothing else ("ECOWAS", "UNDP").
pub(super) fn is_acronym(word: &str) -> bool {
    word.chars().count() >= 2 && word.chars().all(|c| c.is_ascii_uppercase())
}

/// True when `acronym` is made of the initials of `name`: of its capitalized
/// words ("OSCE") or of all its words ("ECOWAS").
pub(super) fn acronym_of(name: &str, acronym: &str) -> bool {
    let words: Vec<&str> = name.split([' ', '-', '.']).filter(|w| !w.is_empty()).collect();
    let initials = |from: usize, all: bool| -> String {
        words[from..]
            .iter()
            .filter_map(|w| w.chars().next())
            .filter(|c| all || c.is_uppercase())
            .flat_map(char::to_uppercase)
            .collect()
    };
    // "Office of the U.S. Trade Representative" is "USTR": an acronym of
    // three letters or more may leave out the name's opening words.
    let tails = if acronym.chars().count() >= 3 { words.len() } else { 1 };
    initials(0, true) == acronym || (0..tails).any(|k| initials(k, false) == acronym)
}

/// True when the word at `end` joins an organization's name begun at `i`:
/// "on" after an organization's word ("Council on Foreign Relations"), or
/// "and" in a name of the form "Department of … and …" ("Department of
/// International Relations and Cooperation"), when a capital follows that
/// starts no day, month or person.
pub(super) fn org_joint(input: &str, words: &[Token], i: usize, end: usize) -> bool {
    const CALENDAR: [&str; 19] = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let word = words[end].text(input);
    let Some(next) = words.get(end + 1) else { return false };
    let gaps_plain = input[words[end - 1].end..words[end].start] == *" " && input[words[end].end..next.start] == *" ";
    let next_text = next.text(input);
    if !gaps_plain || !next.capitalized(input) || CALENDAR.contains(&next_text) {
        return false;
    }
    let run: Vec<String> = words[i..end].iter().map(|t| t.text(input).to_lowercase()).collect();
    let org = run.iter().position(|w| ORG_WORDS.contains(w));
    match word {
        "on" => org.is_some(),
        "and" => {
            let given =
                FEMALE_NAMES.contains(&next_text.to_lowercase()) || MALE_NAMES.contains(&next_text.to_lowercase());
            org.is_some_and(|o| run.get(o + 1).is_some_and(|w| w == "of")) && !given
        }
        _ => false,
    }
}

/// Organization words that name no organization alone.
/// ("the Times", "the Post" are newspapers, and name one.)
pub(super) const NOT_ALONE: [&str; 13] = [
    "news",
    "industry",
    "community",
    "network",
    "channel",
    "unit",
    // "the Democratic convention": a party's adjective is no one alone.
    "democratic",
    "democrat",
    "republican",
    "conservative",
    "liberal",
    "socialist",
    "communist",
];

/// Words that make a capitalized run an event ("World War II", "the Warrior
/// Games", "the Africa Cup"), which is no one.
pub(super) const EVENT_WORDS: [&str; 9] =
    ["war", "games", "olympics", "cup", "championship", "championships", "festival", "expo", "marathon"];

/// A title word, or its plural ("Staff Sergeants Katie Cataldo and …").
pub(super) fn is_title_word(word: &str) -> bool {
    TITLE_WORDS.contains(word) || word.strip_suffix('s').is_some_and(|one| one.len() > 3 && TITLE_WORDS.contains(one))
}

/// Title words that qualify the title after them and are never one alone
/// ("Defense" in "Defense Secretary", "Security" in "National Security
/// Adviser").
pub(super) const MODIFIERS: [&str; 22] = [
    "state",
    "foreign",
    "defense",
    "defence",
    "finance",
    "trade",
    "interior",
    "security",
    "affairs",
    "economy",
    "energy",
    "agriculture",
    "commerce",
    "health",
    "national",
    "special",
    "executive",
    "technical",
    "high",
    "senior",
    "top",
    "crown",
];

/// Title words that only qualify another ("National Security Adviser"):
/// alone before a name they are part of it ("the National Mall").
pub(super) const QUALIFIERS: [&str; 8] =
    ["national", "security", "affairs", "high", "special", "senior", "top", "executive"];
