//! Words of a quote or a transcript, each with its place in the text and the
//! folded forms it is matched by: case, curly quotes, dashes, "7th"/"7",
//! "cease-fire"/"ceasefire", "Hamas's"/"Hamas'", British/American spellings and contractions
//! ("don't" → "do not") are folded for matching; the diff reports the
//! words as written.

use unicode_normalization::UnicodeNormalization;

/// A word as written, with its character offsets in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Word {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// Inside square brackets: an editor's insertion in a reported quote.
    pub bracketed: bool,
    /// Just after an ellipsis: words were left out before it.
    pub after_ellipsis: bool,
}

/// A folded token matched by the alignment, pointing back to its word.
#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    pub norm: String,
    pub word: usize,
    /// True when this token comes from expanding a contraction.
    pub contracted: bool,
}

/// Splits text into words: letters, digits and the apostrophes and hyphens
/// inside them. Ellipses and brackets are noted on the words they touch.
pub fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let (mut bracket, mut ellipsis, mut dots) = (false, false, 0);
    let mut current: Option<(usize, String)> = None;
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let inner = (c == '\'' || c == '’' || c == '-' || c == '‑')
            && current.is_some()
            && chars.get(i + 1).is_some_and(|n| n.is_alphanumeric());
        // "U.S.", "U.N.": the stops between single letters are inside the word.
        let abbreviation = c == '.'
            && current.as_ref().is_some_and(|(_, w)| w.chars().rev().nth(1).is_none_or(|p| p == '.'))
            && chars.get(i + 1).is_some_and(|n| n.is_alphabetic())
            && chars.get(i + 2).is_some_and(|n| *n == '.');
        let joins_number = (c == ',' || c == '.')
            && current.as_ref().is_some_and(|(_, w)| w.ends_with(|d: char| d.is_ascii_digit()))
            && chars.get(i + 1).is_some_and(|n| n.is_ascii_digit());
        if c.is_alphanumeric() || inner || joins_number || abbreviation {
            current.get_or_insert_with(|| (i, String::new())).1.push(c);
            dots = 0;
            continue;
        }
        if let Some((start, text)) = current.take() {
            out.push(Word { start, end: i, text, bracketed: bracket, after_ellipsis: std::mem::take(&mut ellipsis) });
        }
        match c {
            '%' => out.push(Word {
                start: i,
                end: i + 1,
                text: "percent".into(),
                bracketed: bracket,
                after_ellipsis: std::mem::take(&mut ellipsis),
            }),
            '[' => bracket = true,
            ']' => bracket = false,
            '…' => ellipsis = true,
            '.' => {
                dots += 1;
                if dots >= 3 {
                    ellipsis = true;
                }
            }
            _ => dots = 0,
        }
    }
    if let Some((start, text)) = current {
        out.push(Word { start, end: chars.len(), text, bracketed: bracket, after_ellipsis: ellipsis });
    }
    out
}

/// The tokens of a list of words.
pub fn tokens(words: &[Word]) -> Vec<Token> {
    let mut out = Vec::with_capacity(words.len());
    for (index, word) in words.iter().enumerate() {
        // "U.S.", "US" and "United States" are one name written three ways;
        // "us" in lower case is the pronoun.
        if let Some(name) = spelled_out(&word.text) {
            out.extend(name.iter().map(|part| Token { norm: part.to_string(), word: index, contracted: false }));
            continue;
        }
        let folded = fold(&word.text);
        let parts = expand(&folded);
        let contracted = parts.len() > 1;
        for norm in parts {
            out.push(Token { norm, word: index, contracted });
        }
    }
    out
}

/// The words an initialism written in capitals stands for.
fn spelled_out(word: &str) -> Option<&'static [&'static str]> {
    Some(match word {
        "U.S" | "US" | "U.S.A" | "USA" => &["united", "states"],
        "U.N" | "UN" => &["united", "nations"],
        "U.K" | "UK" => &["united", "kingdom"],
        "E.U" | "EU" => &["european", "union"],
        _ => return None,
    })
}

/// Case, typography, hyphens, ordinal suffixes and spelling folded.
fn fold(word: &str) -> String {
    // Most words are plain ASCII: only the others need Unicode normalization.
    let lower: String = if word.is_ascii() {
        word.to_ascii_lowercase()
    } else {
        word.nfkc().flat_map(char::to_lowercase).map(|c| if c == '’' { '\'' } else { c }).collect()
    };
    let mut joined: String = lower.chars().filter(|c| !matches!(c, '-' | '‑' | ',')).collect();
    if joined.contains(|c: char| c.is_alphabetic()) {
        joined.retain(|c| c != '.');
    }
    // "Hamas's" and "Hamas'" are one possessive in two house styles (the
    // bare apostrophe is not part of a word).
    if joined.ends_with("s's") {
        joined.truncate(joined.len() - 2);
    }
    if let Some(number) = ["st", "nd", "rd", "th"].iter().find_map(|s| joined.strip_suffix(s)) {
        if !number.is_empty() && number.chars().all(|c| c.is_ascii_digit()) {
            return number.to_string();
        }
    }
    if let Some(n) = number(&joined) {
        return n.to_string();
    }
    // "Oct. 7" and "October 7th", as wire copy and transcripts write dates.
    if let Some(month) = crate::analysis::dates::month_name(&joined) {
        return month.to_string();
    }
    let spelled = american(&joined).unwrap_or(joined);
    doubled_l(&spelled).unwrap_or(spelled)
}

/// A number written in words, cardinal or ordinal, up to ninety-nine
/// ("seven", "seventh", "twentyfive"), as digits fold it ("7th" → "7").
fn number(word: &str) -> Option<u32> {
    const UNITS: &[(&str, &str)] = &[
        ("one", "first"),
        ("two", "second"),
        ("three", "third"),
        ("four", "fourth"),
        ("five", "fifth"),
        ("six", "sixth"),
        ("seven", "seventh"),
        ("eight", "eighth"),
        ("nine", "ninth"),
        ("ten", "tenth"),
        ("eleven", "eleventh"),
        ("twelve", "twelfth"),
        ("thirteen", "thirteenth"),
        ("fourteen", "fourteenth"),
        ("fifteen", "fifteenth"),
        ("sixteen", "sixteenth"),
        ("seventeen", "seventeenth"),
        ("eighteen", "eighteenth"),
        ("nineteen", "nineteenth"),
    ];
    const TENS: &[(&str, &str)] = &[
        ("twenty", "twentieth"),
        ("thirty", "thirtieth"),
        ("forty", "fortieth"),
        ("fifty", "fiftieth"),
        ("sixty", "sixtieth"),
        ("seventy", "seventieth"),
        ("eighty", "eightieth"),
        ("ninety", "ninetieth"),
    ];
    let unit = |w: &str| UNITS.iter().position(|(c, o)| *c == w || *o == w).map(|i| i as u32 + 1);
    if let Some(n) = unit(word) {
        return Some(n);
    }
    TENS.iter().enumerate().find_map(|(i, (cardinal, ordinal))| {
        let tens = 20 + 10 * i as u32;
        if word == *cardinal || word == *ordinal {
            return Some(tens);
        }
        let rest = word.strip_prefix(cardinal)?;
        unit(rest).filter(|n| *n < 10).map(|n| tens + n)
    })
}

/// "cancelled", "travelling": British doubling of a final l before -ed and
/// -ing, folded on both sides alike.
fn doubled_l(word: &str) -> Option<String> {
    ["lled", "lling", "ller"].iter().find_map(|tail| {
        let stem = word.strip_suffix(tail)?;
        (stem.len() >= 3).then(|| format!("{stem}{}", &tail[1..]))
    })
}

/// Contractions spelled out: "don't" → ["do", "not"].
fn expand(word: &str) -> Vec<String> {
    const WHOLE: &[(&str, &[&str])] = &[
        ("won't", &["will", "not"]),
        ("can't", &["can", "not"]),
        ("cannot", &["can", "not"]),
        ("shan't", &["shall", "not"]),
        ("let's", &["let", "us"]),
        ("it's", &["it", "is"]),
        ("that's", &["that", "is"]),
        ("there's", &["there", "is"]),
        ("here's", &["here", "is"]),
        ("what's", &["what", "is"]),
        ("who's", &["who", "is"]),
        ("he's", &["he", "is"]),
        ("she's", &["she", "is"]),
    ];
    if let Some((_, parts)) = WHOLE.iter().find(|(w, _)| *w == word) {
        return parts.iter().map(|p| p.to_string()).collect();
    }
    const TAILS: &[(&str, &str)] =
        &[("n't", "not"), ("'re", "are"), ("'ve", "have"), ("'ll", "will"), ("'m", "am"), ("'d", "would")];
    for (tail, full) in TAILS {
        if let Some(stem) = word.strip_suffix(tail).filter(|s| !s.is_empty()) {
            return vec![stem.to_string(), full.to_string()];
        }
    }
    vec![word.to_string()]
}

/// The American spelling of a British one, for the words news copy meets.
fn american(word: &str) -> Option<String> {
    const WORDS: &[(&str, &str)] = &[
        ("honour", "honor"),
        ("labour", "labor"),
        ("favour", "favor"),
        ("neighbour", "neighbor"),
        ("colour", "color"),
        ("behaviour", "behavior"),
        ("endeavour", "endeavor"),
        ("harbour", "harbor"),
        ("centre", "center"),
        ("defence", "defense"),
        ("offence", "offense"),
        ("programme", "program"),
        ("travelled", "traveled"),
        ("travelling", "traveling"),
        ("counsellor", "counselor"),
        ("judgement", "judgment"),
        ("whilst", "while"),
        ("amongst", "among"),
        ("towards", "toward"),
        ("afterwards", "afterward"),
        ("okay", "ok"),
        ("catalogue", "catalog"),
        ("dialogue", "dialog"),
        ("theatre", "theater"),
        ("metre", "meter"),
        ("litre", "liter"),
        ("fibre", "fiber"),
        ("licence", "license"),
        ("pretence", "pretense"),
        ("cheque", "check"),
        ("grey", "gray"),
        ("ageing", "aging"),
        ("manoeuvre", "maneuver"),
        ("sceptic", "skeptic"),
        ("aluminium", "aluminum"),
        ("tyre", "tire"),
    ];
    if let Some(rest) = WORDS.iter().find_map(|(uk, us)| word.strip_prefix(uk).map(|rest| format!("{us}{rest}"))) {
        return Some(rest);
    }
    // -ise and -yse are folded for every stem of three letters or more, on
    // both sides alike, so "promise" meets "promise" and "organise" "organize".
    for (uk, us) in [
        ("isation", "ization"),
        ("ised", "ized"),
        ("ising", "izing"),
        ("ise", "ize"),
        ("ises", "izes"),
        ("yse", "yze"),
        ("ysed", "yzed"),
        ("ysing", "yzing"),
    ] {
        if let Some(stem) = word.strip_suffix(uk) {
            if stem.len() >= 3 || IZE_STEMS.contains(&stem) {
                return Some(format!("{stem}{us}"));
            }
        }
    }
    // "colour", "rumour", "vigour": -our in words of six letters or more.
    if word.len() >= 6 {
        for (uk, us) in [("our", "or"), ("ours", "ors")] {
            if let Some(stem) = word.strip_suffix(uk) {
                return Some(format!("{stem}{us}"));
            }
        }
    }
    None
}

/// Stems whose -ise/-ize spellings differ across the Atlantic.
const IZE_STEMS: &[&str] = &[
    "recogn",
    "organ",
    "prioritis",
    "priorit",
    "mobil",
    "stabil",
    "normal",
    "util",
    "real",
    "emphas",
    "minim",
    "maxim",
    "legit",
    "critic",
    "apolog",
    "author",
    "character",
    "categor",
    "destabil",
    "militar",
    "modern",
    "subsid",
    "summar",
    "symbol",
    "sympath",
    "apologis",
    "capital",
    "central",
    "civil",
    "final",
    "global",
];

/// Words that carry little meaning: dropping or adding one is a minor change.
/// Negations ("not", "no", "never") are not among them: dropping one turns
/// the meaning around.
pub fn is_function_word(norm: &str) -> bool {
    const FUNCTION: &[&str] = &[
        "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "that",
        "this", "these", "those", "is", "are", "was", "were", "be", "been", "being", "it", "its", "we", "i", "you",
        "they", "he", "she", "our", "my", "your", "their", "so", "very", "just", "really", "also", "well", "now",
        "then", "there", "here", "do", "does", "did", "have", "has", "had", "will", "would", "can", "could", "any",
        "some", "us", "me", "them", "all", "about", "into", "up", "out", "if", "what", "which", "who", "am", "let",
        "again",
    ];
    FUNCTION.contains(&norm)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norms(text: &str) -> Vec<String> {
        tokens(&words(text)).into_iter().map(|t| t.norm).collect()
    }

    #[test]
    fn typography_case_hyphens_and_ordinals_fold() {
        assert_eq!(norms("The Cease-fire’s 7th day—“Now”"), ["the", "ceasefire's", "7", "day", "now"]);
        assert_eq!(norms("ceasefire 1,200 3.5"), ["ceasefire", "1200", "3.5"]);
    }

    #[test]
    fn contractions_and_spellings_fold_but_are_marked() {
        let t = tokens(&words("We don't recognise it's honour"));
        let n: Vec<&str> = t.iter().map(|t| t.norm.as_str()).collect();
        assert_eq!(n, ["we", "do", "not", "recognize", "it", "is", "honor"]);
        assert!(t[1].contracted && t[2].contracted && !t[0].contracted);
        assert_eq!((t[1].word, t[2].word), (1, 1));
    }

    #[test]
    fn brackets_and_ellipses_mark_their_words() {
        let w = words("It is [Israel's] time … to act... now");
        assert!(w[2].bracketed && !w[1].bracketed && !w[3].bracketed);
        assert!(w[4].after_ellipsis && w[6].after_ellipsis && !w[5].after_ellipsis);
        assert_eq!((w[2].start, w[2].end), (7, 15));
    }
}
