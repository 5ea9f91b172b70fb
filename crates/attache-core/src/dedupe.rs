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
    if body.is_ascii() {
        ascii_key(body)
    } else {
        unicode_key(body)
    }
}

/// Plain ASCII (most pasted and synthetic text) is already NFKC and has no
/// typography to fold: it is read byte by byte, to the same key.
fn ascii_key(body: &str) -> String {
    let mut key = KeyWriter::default();
    for &byte in body.as_bytes() {
        key.push(byte as char);
    }
    key.finish()
}

fn unicode_key(body: &str) -> String {
    let mut key = KeyWriter::default();
    // Most text is already NFKC; checking is far cheaper than normalizing.
    let normalized: Cow<str> = match is_nfkc_quick(body.chars()) {
        IsNormalized::Yes => Cow::Borrowed(body),
        _ => Cow::Owned(body.nfkc().collect()),
    };
    for c in normalized.chars() {
        key.push(c);
    }
    key.finish()
}

/// Folds characters into the body key's hash, collapsing white space.
#[derive(Default)]
struct KeyWriter {
    hasher: Sha256,
    buffer: Vec<u8>,
    pending_space: bool,
    started: bool,
}

impl KeyWriter {
    fn push(&mut self, c: char) {
        if c.is_whitespace() {
            self.pending_space = self.started;
            return;
        }
        if self.pending_space {
            self.buffer.push(b' ');
            self.pending_space = false;
        }
        self.started = true;
        if c.is_ascii() {
            self.buffer.push(c.to_ascii_lowercase() as u8);
        } else {
            let mut utf8 = [0u8; 4];
            for lower in c.to_lowercase().map(fold_typography) {
                self.buffer.extend_from_slice(lower.encode_utf8(&mut utf8).as_bytes());
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

/// The URL without scheme, `www.`, fragment, tracking parameters (`utm_*`)
/// or trailing slash, host lower-cased.
pub fn url_key(url: &str) -> String {
    let url = url.trim();
    let without_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
    let without_fragment = without_scheme.split('#').next().unwrap_or_default();
    let (location, query) = without_fragment.split_once('?').unwrap_or((without_fragment, ""));
    let (host, path) = location.split_once('/').unwrap_or((location, ""));
    let host = host.to_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    let kept: Vec<&str> = query.split('&').filter(|p| !p.is_empty() && !p.starts_with("utm_")).collect();
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

    #[test]
    fn ascii_text_keys_as_the_unicode_path_would() {
        // Every ASCII white space, vertical tab (U+000B) included.
        for text in
            ["It is\u{000B}time,\r\n\tHERZOG said.  ", "", "   ", "a\u{000C}b", "Mixed CASE -- \"quotes\" 'too'"]
        {
            assert_eq!(ascii_key(text), unicode_key(text), "{text:?}");
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
        assert_ne!(url_key("https://example.com/a?id=1"), url_key("https://example.com/a?id=2"));
    }
}
