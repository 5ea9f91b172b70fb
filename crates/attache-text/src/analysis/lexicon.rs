//! Word lists the analysis reads text with: speech verbs, titles, pronouns,
//! organization words, common first names with their usual gender, and the
//! words that start sentences, join names or stand for unnamed people.

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// FNV-1a: for the short words looked up here, several times faster than the
/// standard library's DoS-resistant hasher, which these fixed lists do not need.
#[derive(Default)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut hash = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for byte in bytes {
            hash = (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = hash;
    }
}

/// A word list with constant-time look-ups, built on first use: the lists are
/// consulted for every word of every story.
pub struct WordSet {
    words: &'static [&'static str],
    set: OnceLock<HashSet<&'static str, BuildHasherDefault<Fnv>>>,
}

impl WordSet {
    /// A set of these words.
    pub const fn new(words: &'static [&'static str]) -> WordSet {
        WordSet { words, set: OnceLock::new() }
    }

    /// True when `word` is in the list (exactly as written there).
    pub fn contains(&self, word: &str) -> bool {
        self.set.get_or_init(|| self.words.iter().copied().collect()).contains(word)
    }

    /// The words, in the list's order.
    pub fn words(&self) -> &'static [&'static str] {
        self.words
    }
}

/// Verbs that introduce speech ("said", "told", "added").
#[rustfmt::skip]
pub static CUE_VERBS: WordSet = WordSet::new(&[
    "said", "says", "say", "stated", "states", "added", "adds", "told", "tells", "continued", "warned", "warns",
    "noted", "notes", "insisted", "insists", "explained", "asked", "replied", "wrote", "writes", "declared",
    "argued", "argues", "acknowledged", "remarked", "conceded", "cautioned", "urged", "emphasized", "emphasised",
    "stressed", "tweeted", "posted", "announced", "announces", "recalled", "observed", "admitted", "agreed",
    "countered", "responded", "answered", "pledged", "promised", "vowed", "complained", "predicted", "suggested",
    "concluded", "reiterated", "maintained", "assured", "called", "described", "describing", "calling", "saying",
    "telling", "adding", "writing", "posting", "found", "blasted", "slammed", "according", "pointed", "shot", "quipped", "joked", "recounted", "reflected",
    "explains", "adds", "continues", "observes", "recalls", "stresses", "emphasizes", "affirmed", "confirmed",
    "lamented", "boasted", "mused", "wondered", "cheered", "exclaimed", "shouted", "demanded", "charged",
    "alleged", "claimed", "contended", "reasoned", "assessed", "summarized", "underscored", "highlighted",
    "acknowledges", "agrees", "tweets", "wrote", "texted", "messaged", "accused", "thanked", "praised",
    "criticized", "criticised", "condemned", "welcomed", "dismissed", "denounced", "labeled", "labelled",
    "termed", "branded", "hailed", "blamed", "decried", "touted", "spoke", "speaking", "urging", "insisting",
    "concludes", "yelled", "yelling", "shouting", "fumed", "pressed", "questioned", "interjected", "reported",
    // Participles that open a phrase of speech ("…, tweeting at him, “…”").
    "noting", "stating", "declaring", "warning", "arguing", "tweeting", "explaining", "replying", "stressing",
    "vowing", "pledging", "acknowledging", "recalling", "predicting", "quipping", "joking", "complaining",
    "cautioning", "emphasizing", "reiterating", "labeling", "labelling", "reacted", "commented", "commenting",
    // The present tense of features and profiles ("…,” Bozell answers).
    // Not those that are nouns as often ("remarks", "vows", "recounts").
    "answers", "replies", "asks", "responds", "declares", "concedes", "cautions", "urges", "predicts", "suggests",
    "complains", "admits", "maintains", "contends",
]);

/// Words that make up titles before a name ("US Secretary of State").
#[rustfmt::skip]
pub static TITLE_WORDS: WordSet = WordSet::new(&[
    "secretary", "state", "president", "vice", "prime", "minister", "foreign", "defense", "defence", "finance",
    "trade", "interior", "deputy", "assistant", "under", "ambassador", "envoy", "special", "senator", "sen", "rep",
    "representative", "general", "gen", "king", "queen", "crown", "prince", "princess", "chancellor", "chief",
    "director", "spokesperson", "spokesman", "spokeswoman", "commissioner", "high", "mr", "mrs", "ms", "dr",
    "sheikh", "emir", "sultan", "governor", "mayor", "speaker", "leader", "negotiator", "mediator", "coordinator",
    "adviser", "advisor", "chair", "chairman", "chairwoman", "head", "of", "for", "the", "and", "national",
    "security", "affairs", "economy", "energy", "agriculture", "commerce", "health", "justice", "ministry",
    "secretary-general", "undersecretary", "executive", "senior", "top", "official", "lieutenant", "colonel",
    "admiral", "foreign-minister", "premier", "pope", "cardinal", "judge", "justice", "attorney",
    // Military ranks and their abbreviations, and other offices news copy
    // writes before a name ("Lt. Col.", "Master Sgt.", "Financial Officer").
    "lt", "col", "maj", "capt", "sgt", "spc", "pfc", "pvt", "cpl", "adm", "cmdr", "cdr", "ens", "brig", "tech",
    "staff", "master", "command", "rear", "lance", "petty", "officer", "airman", "airmen", "class", "1st", "2nd",
    "3rd", "specialist", "private", "corporal", "sergeant", "major", "captain", "lieutenant", "commander",
    "gov", "amb", "lawmaker", "legislator", "congressman", "congresswoman", "councilman", "councilwoman",
    "guardian", "sailor", "seaman", "marine", "soldier", "ensign", "warrant", "chaplain", "professor", "prof",
    "superintendent", "manager", "supervisor", "instructor", "technician", "engineer", "analyst", "researcher",
    "cadet", "midshipman", "technical", "force", "army", "navy", "corps", "lady", "president-elect",
    "vice-president", "vice-chairman", "secretary-designate", "minister-designate", "prime-minister",
    // A party before a name is an affiliation, as a title is ("Democrat Jay Rockefeller").
    "democrat", "republican",
]);

/// Title words written abbreviated with a full stop: the stop does not end
/// the name that follows ("Lt. Col. James Waskom", "Dr. Derek Tournear").
pub static ABBREVIATED_TITLES: WordSet = WordSet::new(&[
    "lt", "col", "maj", "capt", "sgt", "spc", "pfc", "pvt", "cpl", "adm", "cmdr", "cdr", "ens", "brig", "gen", "tech",
    "sen", "rep", "gov", "dr", "mr", "mrs", "ms", "amb", "prof", "pres", "sec", "supt", "spec",
]);

/// Lower-case nouns for what someone is or does that are not titles: the
/// word that closes a description before a name ("said political scientist
/// Larry Sabato", "Democratic strategist Joe Trippi").
#[rustfmt::skip]
pub static ROLE_NOUNS: WordSet = WordSet::new(&[
    "expert", "aide", "veteran", "candidate", "nominee", "scholar", "critic", "host", "anchor", "fellow",
    "consultant", "resident", "student", "correspondent", "participant", "immigrant", "migrant", "merchant",
    "informant", "defendant", "plaintiff", "lawyer", "reporter", "writer", "author", "teacher", "worker", "farmer",
    "voter", "supporter", "organizer", "organiser", "founder", "owner", "member", "producer", "player", "singer",
    "partner", "trooper", "donor", "investor", "editor", "publisher", "commentator", "moderator", "doctor", "nurse",
    "survivor", "prosecutor", "investigator", "inspector", "auditor", "counselor", "blogger", "pollster",
    "campaigner", "fighter", "trader", "banker", "broker", "developer", "designer", "driver", "miner", "father",
    "mother", "brother", "sister", "daughter", "son", "wife", "husband", "widow", "grandmother", "grandfather",
    "neighbor", "neighbour", "friend", "colleague", "priest", "rabbi", "imam", "bishop", "pastor", "monk", "coach",
    "diplomat", "activist", "economist", "strategist", "executive", "entrepreneur", "volunteer", "mountaineer",
    "boss", "whip", "delegate", "refugee", "witness",
]);

/// Word endings that make a lower-case noun a person's ("historian",
/// "lobbyist", "businessman"), for words of six letters or more; verbs
/// and the few nouns that share them are left out.
const ROLE_ENDINGS: [&str; 5] = ["ist", "ian", "man", "woman", "person"];
const NOT_ROLES: [&str; 9] =
    ["assist", "insist", "resist", "consist", "persist", "enlist", "german", "roman", "median"];

/// True when a lower-case `word` names a role a person holds: a title word,
/// a listed role noun, or a word with a person's ending.
pub fn is_role(word: &str) -> bool {
    // "co-host", "vice-chairman": the role is the last part.
    let word = word.rsplit('-').next().unwrap_or(word);
    TITLE_WORDS.contains(word)
        || ROLE_NOUNS.contains(word)
        || word.len() >= 6 && ROLE_ENDINGS.iter().any(|e| word.ends_with(e)) && !NOT_ROLES.contains(&word)
}

/// True when `gap` is a few plain words ending on a role, which describe
/// the name after them ("Pentagon press secretary", "political scientist").
pub(super) fn describes_a_name(gap: &str) -> bool {
    let words: Vec<&str> = gap.split_whitespace().collect();
    words.len() <= 6
        && words.iter().all(|w| w.chars().all(|c| c.is_alphanumeric() || matches!(c, '-' | '.' | '’' | '\'')))
        && words
            .iter()
            .rev()
            .find(|w| !w.chars().all(|c| c.is_ascii_digit()))
            .is_some_and(|w| is_role(&w.trim_end_matches('.').to_lowercase()))
}

/// An abbreviated title spelled out, so that "the lieutenant" finds "Lt. …".
pub fn spelled_title(word: &str) -> &str {
    match word {
        "lt" => "lieutenant",
        "col" => "colonel",
        "maj" => "major",
        "capt" => "captain",
        "sgt" => "sergeant",
        "adm" => "admiral",
        "cmdr" | "cdr" => "commander",
        "gen" => "general",
        "sen" => "senator",
        "rep" => "representative",
        "gov" => "governor",
        "amb" => "ambassador",
        "prof" => "professor",
        "spc" | "spec" => "specialist",
        other => other,
    }
}

/// Words that make a capitalized phrase an organization ("… Ministry").
#[rustfmt::skip]
pub static ORG_WORDS: WordSet = WordSet::new(&[
    "ministry", "office", "department", "association", "council", "union", "agency", "commission", "organization",
    "organisation", "committee", "bank", "fund", "party", "forces", "army", "court", "parliament", "assembly",
    "group", "coalition", "alliance", "movement", "front", "institute", "foundation", "programme", "program",
    "mission", "authority", "service", "nations", "league", "secretariat", "board", "cross", "crescent", "guard",
    "corps", "kremlin", "pentagon", "embassy", "government", "cabinet", "presidency", "delegation", "federation",
    "forum", "community", "chamber", "treasury", "navy", "military", "police", "consulate", "unit", "bureau",
    "network", "exporters", "producers", "industry", "channel", "television", "radio", "newspaper", "broadcaster",
    "news", "times", "journal", "tribune", "gazette", "chiefs", "house", "post", "battalion", "brigade",
    "division", "regiment", "squadron", "fleet", "wing", "company", "county", "command",
]);

/// Lower-case organization nouns that follow a capitalized adjective
/// ("the Israeli military", "the Russian foreign ministry").
pub static ORG_NOUNS: WordSet =
    WordSet::new(&["military", "army", "government", "ministry", "navy", "police", "embassy", "presidency", "cabinet"]);

/// Organizations known by a single name.
#[rustfmt::skip]
pub static KNOWN_ORGS: WordSet = WordSet::new(&[
    "Hamas", "Hezbollah", "NATO", "ECOWAS", "ASEAN", "UNIFIL", "ICRC", "IAEA", "WTO", "UN", "EU", "Houthis",
    "Taliban", "Kremlin", "Pentagon", "OPEC", "UNICEF", "UNHCR", "UNRWA", "WHO", "IMF", "Mercosur", "Interpol",
    "Frontex", "ELN", "FARC", "OSCE", "Quartet",
]);

/// Descriptions that refer back to a person by title ("the secretary"),
/// each with the title word it matches.
#[rustfmt::skip]
pub const DESCRIPTIONS: &[(&str, &str)] = &[
    ("top us diplomat", "secretary of state"), ("top u.s. diplomat", "secretary of state"),
    ("top u.s diplomat", "secretary of state"), ("top american diplomat", "secretary of state"),
    ("top diplomat", "secretary of state"),
    ("secretary of state", "secretary of state"), ("secretary", "secretary"), ("president", "president"),
    ("vice president", "vice president"), ("prime minister", "prime minister"),
    ("foreign minister", "foreign minister"), ("minister", "minister"), ("spokeswoman", "spokeswoman"),
    ("spokesman", "spokesman"), ("spokesperson", "spokesperson"), ("ambassador", "ambassador"), ("envoy", "envoy"),
    ("chancellor", "chancellor"), ("commissioner", "commissioner"), ("negotiator", "negotiator"),
    ("mediator", "mediator"), ("senator", "senator"), ("general", "general"), ("king", "king"), ("queen", "queen"),
    ("diplomat", "diplomat"), ("director", "director"), ("admiral", "admiral"), ("commander", "commander"),
    ("governor", "governor"), ("mayor", "mayor"), ("premier", "premier"), ("chairman", "chairman"),
    ("chairwoman", "chairwoman"), ("adviser", "adviser"), ("coordinator", "coordinator"),
    ("lieutenant", "lieutenant"), ("colonel", "colonel"), ("captain", "captain"), ("sergeant", "sergeant"),
    ("major", "major"), ("officer", "officer"), ("lawmaker", "lawmaker"), ("congressman", "congressman"),
    ("congresswoman", "congresswoman"), ("airman", "airman"), ("soldier", "soldier"), ("sailor", "sailor"),
    ("specialist", "specialist"), ("professor", "professor"), ("chief", "chief"), ("leader", "leader"),
];

/// True when `word` (lower case) is the first word of one of the
/// [`DESCRIPTIONS`]: most words are not, and the rest of the phrase is only
/// read for those that are.
pub fn opens_description(word: &str) -> bool {
    static FIRST: OnceLock<HashSet<&'static str, BuildHasherDefault<Fnv>>> = OnceLock::new();
    FIRST
        .get_or_init(|| DESCRIPTIONS.iter().filter_map(|(phrase, _)| phrase.split(' ').next()).collect())
        .contains(word)
}

/// Titles a description's key also stands for: "the Ukrainian leader" is the
/// president or prime minister the story named.
pub const DESCRIBED_AS: &[(&str, &[&str])] = &[
    ("leader", &["leader", "president", "prime minister", "chancellor", "premier", "king", "emir", "sultan"]),
    // "the Israeli premier", "the Hamas chief", "the Egyptian diplomat".
    ("premier", &["premier", "prime minister"]),
    ("chief", &["chief", "leader", "head"]),
    ("diplomat", &["diplomat", "foreign minister", "foreign secretary", "secretary of state", "ambassador", "envoy"]),
];

/// Common first names usually given to women.
#[rustfmt::skip]
pub static FEMALE_NAMES: WordSet = WordSet::new(&[
    "mary", "anna", "ana", "maria", "elena", "helen", "harriet", "sophie", "sophia", "marta", "ingrid", "karen",
    "rachel", "isabel", "lucia", "lucía", "lorena", "vera", "oksana", "mathilde", "ilse", "yael", "noa", "priya",
    "linda", "annalena", "ursula", "kamala", "hillary", "condoleezza", "madeleine", "samantha", "nikki", "margaret",
    "angela", "theresa", "giorgia", "jacinda", "sanna", "kaja", "catherine", "claire", "julia", "laura", "sarah",
    "emma", "olga", "irina", "natalia", "fatima", "aisha", "amina", "leila", "layla", "mariam", "nadia", "sara",
    "yasmin", "zainab", "hana", "yuki", "mei", "li", "ngozi", "chioma", "amara", "grace", "joyce", "esther", "ruth",
    "rebecca", "hannah", "eva", "eve", "alice", "clara", "camille", "chloe", "ines", "inés", "carmen", "lena",
    "greta", "astrid", "freya", "johanna", "katarzyna", "agnieszka", "dilnoza", "gulnara", "ayesha", "shirin",
    "tamar", "mira", "deborah", "debra", "patricia", "jennifer", "elizabeth", "barbara", "susan", "jessica",
    "nancy", "lisa", "betty", "sandra", "ashley", "kimberly", "donna", "emily", "michelle", "carol", "amanda",
    "melissa", "stephanie", "rebekah", "sharon", "cynthia", "kathleen", "amy", "shirley", "anna", "brenda",
    "pamela", "nicole", "katherine", "virginia", "christine", "janet", "heather", "diane", "julie", "joyce",
    "victoria", "kelly", "christina", "joan", "evelyn", "lauren", "judith", "megan", "cheryl", "andrea",
    "martha", "jacqueline", "frances", "gloria", "teresa", "kathryn", "sara", "janice", "jean", "alice",
    "madison", "doris", "abigail", "julie", "judy", "marie", "denise", "beverly", "danielle", "marilyn",
    "charlotte", "natalie", "diana", "brittany", "kayla", "alexis", "lori", "tiffany", "rose", "erin",
    "tina", "andrea", "kristi", "kirsten", "tammy", "wendy", "valerie",
    "monica", "erica", "jill", "dana", "vanessa", "allison", "ellen", "anne", "leslie", "alexandra", "robin",
    "michele", "michèle", "gina", "linda", "jane", "janet", "mercy", "ellen", "condoleeza", "samira", "nora",
    "rania", "dina", "noura", "hala", "mona", "salma", "yulia", "svetlana", "tatiana", "ekaterina", "natalya",
    "marina", "anastasia", "daria", "ayumi", "keiko", "akiko", "yoko", "min", "ji", "soo", "seo", "xiaoming",
    "thandiwe", "nomvula", "wanjiru", "fatou", "awa", "mariama", "aminata", "ngozi", "folake",
    "funmilayo", "chimamanda", "ellen", "sirleaf", "joyce", "winnie", "graça", "dilma", "cristina", "michelle",
    "claudia", "xiomara", "gabriela", "daniela", "valentina", "isabella", "camila", "paula", "beatriz",
    "adriana", "mariana", "rosa", "liz", "liza", "linda", "nikki", "kristen", "kate", "katie", "meghan",
]);

/// Common first names usually given to men.
#[rustfmt::skip]
pub static MALE_NAMES: WordSet = WordSet::new(&[
    "antony", "anthony", "joe", "joseph", "isaac", "benjamin", "john", "james", "michael", "daniel", "david",
    "khalid", "vikram", "tomás", "tomas", "nikos", "jonas", "serhiy", "rajiv", "hossein", "hafiz", "gennady",
    "dmitri", "dmitry", "yusuf", "olivier", "marco", "lars", "julián", "julian", "sergey", "sergei", "vladimir",
    "xi", "wang", "ali", "mohammed", "muhammad", "ahmed", "hassan", "hussein", "omar", "abdullah", "ayman", "sameh",
    "hakan", "recep", "emmanuel", "olaf", "rishi", "boris", "keir", "justin", "narendra", "jake", "lloyd",
    "william", "robert", "richard", "thomas", "charles", "george", "paul", "peter", "mark", "andrew", "jean",
    "pierre", "luis", "carlos", "juan", "jorge", "pedro", "miguel", "antonio", "francesco", "giuseppe", "hans",
    "klaus", "stefan", "jan", "piotr", "andrzej", "ivan", "yuri", "oleg", "viktor", "volodymyr", "andriy",
    "mikhail", "igor", "ilham", "nikol", "ebrahim", "hamad", "tamim", "salman", "faisal", "bashar", "najib",
    "nabih", "yair", "yoav", "avi", "moshe", "amos", "gideon", "li", "kenji", "hiroshi", "fumio", "shinzo", "yoon",
    "moon", "christopher", "matthew", "donald", "steven", "kenneth", "kevin", "brian", "timothy", "ronald",
    "jason", "jeffrey", "ryan", "jacob", "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin",
    "scott", "brandon", "frank", "gregory", "samuel", "raymond", "patrick", "alexander", "jack", "dennis",
    "jerry", "tyler", "aaron", "henry", "adam", "douglas", "nathan", "zachary", "kyle", "walter", "harold",
    "jeremy", "ethan", "carl", "keith", "roger", "gerald", "christian", "terry", "sean", "arthur", "austin",
    "noah", "lawrence", "jesse", "joe", "bryan", "billy", "jordan", "albert", "dylan", "bruce", "willie",
    "gabriel", "alan", "juan", "logan", "wayne", "ralph", "roy", "eugene", "randy", "vincent", "russell",
    "louis", "philip", "bobby", "johnny", "bradley", "leon", "chuck", "ash", "ashton", "lloyd", "colin",
    "rex", "mike", "marco", "hank", "dick", "bill", "bernie", "barack", "joseph", "ron",
    "jim", "tom", "tim", "dan", "dave", "steve", "ted", "ben", "sam", "nick", "pete", "chris", "matt", "andy",
    "tony", "rob", "bob", "greg", "jeff", "ken", "rick", "don", "doug", "todd", "brad", "chad", "derek",
    "grant", "will", "ed", "edward", "kurt", "angel", "harry",
    "martin", "kelly", "davis", "dwight", "franklin", "woodrow", "calvin", "herbert", "lyndon", "gerald",
    "jimmy", "ronald", "dean", "cyrus", "warren", "abdel", "fattah", "mahmoud", "ismail", "yahya",
    "ismail", "hamid", "karim", "tariq", "imran", "nawaz", "shehbaz", "ashraf", "ghani", "hamid", "abiy",
    "uhuru", "william", "cyril", "jacob", "thabo", "yoweri", "paul", "felix", "denis", "emmerson", "robert",
    "morgan", "nelson", "muhammadu", "bola", "goodluck", "olusegun", "macky", "alassane", "laurent",
    "vitaly", "vassily", "sergey", "dmitry", "nikolai", "alexei", "alexey", "andrei", "pavel", "mikheil",
    "recep", "mevlut", "jair", "luiz", "inacio", "nicolas", "nicolás", "hugo", "evo", "rafael", "gustavo",
    "andres", "andrés", "enrique", "felipe", "javier", "alberto", "fernando", "ricardo", "diego", "alejandro",
    "stephane", "stéphane", "antonio", "ban", "kofi", "boutros", "kurt", "jens", "anders", "mark", "jose", "josé",
]);

/// Words that start a sentence but never a name.
#[rustfmt::skip]
pub static FUNCTION_CAPS: WordSet = WordSet::new(&[
    "The", "A", "An", "In", "On", "At", "For", "But", "And", "When", "While", "After", "Before", "As", "If",
    "Later", "Earlier", "Asked", "Speaking", "According", "Under", "With", "Without", "Since", "During", "It",
    "This", "That", "Those", "These", "Then", "Still", "Yet", "Both", "Some", "Many", "Most", "Meanwhile",
    "Separately", "Last", "Next", "By", "From", "To", "Of", "He", "She", "They", "We", "I", "Its", "Their", "His",
    "Her", "Our", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
    "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec", "One", "Two", "Three", "Several", "Each", "Every", "No",
    "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve", "Fifteen", "Twenty", "Eighteen",
    "Hundreds", "Thousands", "Dozens", "Millions", "Another", "Other", "Former", "Such",
    "Not", "All", "Any", "Others", "Everyone", "Nobody", "Someone", "Few", "Who", "What", "Which", "There", "Here",
    "Like", "Unlike", "Alongside", "Amid", "Amidst", "Despite", "Among", "Across", "Against", "Beyond",
    "Following", "Including", "Regarding", "Throughout", "Toward", "Towards", "Upon", "Within", "Besides",
    "However", "Although", "Though", "Also", "Instead", "Indeed", "Nevertheless", "Moreover", "Furthermore",
    "Thus", "Therefore", "Now", "Today", "Yesterday", "Tomorrow", "Why", "How", "Where", "Whether", "Because",
]);

/// Lower-case words that may sit inside a name or organization.
pub static CONNECTORS: WordSet = WordSet::new(&[
    "of", "for", "the", "al", "bin", "ibn", "de", "da", "dos", "das", "del", "van", "von", "der", "la", "le", "du",
    "di",
]);

/// Words for people nobody names.
#[rustfmt::skip]
pub static UNNAMED: WordSet = WordSet::new(&[
    "officials", "official", "source", "sources", "critics", "analysts", "diplomats", "diplomat", "aides", "people",
    "residents", "witnesses", "experts", "observers", "reporters", "negotiators", "mediators",
    "ministers", "lawmakers", "delegates", "envoys", "activists", "leaders", "protesters",
]);

/// A cue that opens a sentence with its speaker after it: "According to
/// Blinken, …", "Said Dorothy Poynter, who grew up there, “…”".
pub(super) fn opens_inverted(word: &str) -> bool {
    matches!(word, "According" | "Said" | "Says" | "Added" | "Adds")
}

/// A cue verb as news writes it: in lower case ("States" in "United
/// States" is a name, not "states"), save "According" opening a sentence.
pub(super) fn is_cue(word: &str) -> bool {
    let lower = word.starts_with(|c: char| c.is_lowercase()) || opens_inverted(word);
    lower && CUE_VERBS.contains(&word.to_lowercase())
}
