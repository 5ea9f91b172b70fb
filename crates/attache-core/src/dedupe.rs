//! Keys that find the same story twice: a normalized body and a normalized URL.
//!
//! An article pasted from a browser and the same article imported from HTML
//! differ in typography and spacing, not in words; the keys set those apart.

use sha2::{Digest, Sha256};
use std::borrow::Cow;
use unicode_normalization::{is_nfkc_quick, IsNormalized, UnicodeNormalization};

/// SHA-256 (hex) of the body after NFKC, lower-casing, folding curly quotes
/// and dashes to plain ones, and collapsing all white space.
pub fn body_key(body: &str) -> String {
    // Most text is already NFKC (ASCII always is); checking is far cheaper
    // than normalizing.
    let normalized: Cow<str> = if body.is_ascii() {
        Cow::Borrowed(body)
    } else {
        match is_nfkc_quick(body.chars()) {
            IsNormalized::Yes => Cow::Borrowed(body),
            _ => Cow::Owned(body.nfkc().collect()),
        }
    };
    let mut key = KeyWriter::default();
    for word in normalized.split(char::is_whitespace).filter(|word| !word.is_empty()) {
        key.push_word(word);
    }
    key.finish()
}

/// Hashes the body's words, one space between them, a buffer at a time.
#[derive(Default)]
struct KeyWriter {
    hasher: Sha256,
    buffer: Vec<u8>,
    started: bool,
}

impl KeyWriter {
    /// A word with no white space in it, lower-cased and folded.
    fn push_word(&mut self, word: &str) {
        if self.started {
            self.buffer.push(b' ');
        }
        self.started = true;
        if word.is_ascii() {
            self.buffer.extend(word.bytes().map(|b| b.to_ascii_lowercase()));
        } else {
            let mut utf8 = [0u8; 4];
            for folded in word.chars().flat_map(char::to_lowercase).map(fold_typography) {
                self.buffer.extend_from_slice(folded.encode_utf8(&mut utf8).as_bytes());
            }
        }
        if self.buffer.len() >= 4000 {
            self.hasher.update(&self.buffer);
            self.buffer.clear();
        }
    }

    fn finish(mut self) -> String {
        self.hasher.update(&self.buffer);
        self.hasher.finalize().iter().map(|b| format!("{b:02x}")).collect()
    }
}

fn fold_typography(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{2032}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201F}' | '\u{2033}' | '\u{00AB}' | '\u{00BB}' => '"',
        '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
        other => other,
    }
}

/// A query parameter that tracks the reader and names nothing on the page:
/// `utm_*` campaign tags and the click ids of ad and social networks.
fn is_tracking(parameter: &str) -> bool {
    let name = parameter.split('=').next().unwrap_or_default();
    name.starts_with("utm_") || matches!(name, "fbclid" | "gclid" | "msclkid" | "mc_cid" | "mc_eid")
}

/// The URL without scheme, `www.`, fragment, tracking parameters (`utm_*`, `fbclid`…)
/// or trailing slash, host lower-cased.
pub fn url_key(url: &str) -> String {
    let url = url.trim();
    let without_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
    let without_fragment = without_scheme.split('#').next().unwrap_or_default();
    let (location, query) = without_fragment.split_once('?').unwrap_or((without_fragment, ""));
    let (host, path) = location.split_once('/').unwrap_or((location, ""));
    let host = host.to_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    let kept: Vec<&str> = query.split('&').filter(|p| !p.is_empty() && !is_tracking(p)).collect();
    let mut key = format!("{host}/{}", path.trim_end_matches('/'));
    if !kept.is_empty() {
        key.push('?');
        key.push_str(&kept.join("&"));
    }
    key.trim_end_matches('/').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typography_and_spacing_do_not_change_the_body_key() {
        let pasted = "“It is time,” he said.\n\n  Herzog’s reply — brief.";
        let imported = "\"It is time,\" he said. Herzog's reply - brief.";
        assert_eq!(body_key(pasted), body_key(imported));
    }

    #[test]
    fn compatibility_forms_fold_to_the_same_key() {
        assert_eq!(body_key("ﬁnal ① ＡＢＣ"), body_key("final 1 abc"));
    }

    /// The body key as its documentation defines it, written plainly.
    fn key_by_definition(body: &str) -> String {
        let folded: String = body.nfkc().flat_map(char::to_lowercase).map(fold_typography).collect();
        let words: Vec<&str> = folded.split(char::is_whitespace).filter(|w| !w.is_empty()).collect();
        Sha256::digest(words.join(" ").as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
    }

    #[test]
    fn body_keys_follow_their_definition() {
        let long = "Word after  WORD,\n\u{201C}Quoted\u{201D} \u{00C9}t\u{00C9} \u{2014} ".repeat(400);
        for text in [
            "It is\u{000B}time,\r\n\tHERZOG said.  ",
            "",
            "   ",
            "  leading",
            "a\u{000C}b",
            "no\u{00A0}break and\u{3000}ideographic space",
            "Mixed CASE -- \"quotes\" 'too'",
            "e\u{0301}t\u{00E9} \u{0130}stanbul \u{FB01}nal",
            &long,
        ] {
            assert_eq!(body_key(text), key_by_definition(text), "{text:?}");
        }
        assert_eq!(body_key("It is\u{000B}time,\r\n HERZOG said."), body_key("it is time, herzog said."));
    }

    #[test]
    fn different_words_give_different_body_keys() {
        assert_ne!(body_key("It is time."), body_key("It is not time."));
    }

    #[test]
    fn url_keys_ignore_scheme_www_tracking_and_slashes() {
        let a = url_key("https://www.Example.com/world/blinken-visit/?utm_source=x#top");
        let b = url_key("http://example.com/world/blinken-visit");
        assert_eq!(a, b);
        assert_eq!(url_key("https://example.com/world/blinken-visit?fbclid=1&gclid=2"), b);
        assert_ne!(url_key("https://example.com/a?id=1"), url_key("https://example.com/a?id=2"));
    }
}
