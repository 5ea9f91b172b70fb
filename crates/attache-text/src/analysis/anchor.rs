//! A quote's anchor: the name that the editor's corrections, statuses and
//! moved bounds keep a quote by, on this desk and on a colleague's.
//!
//! An anchor is made from the words the analyzer found inside the marks, not
//! from where they stand, so it holds through edits elsewhere in the story,
//! through the editor moving the quote's bounds (the analyzer's words are
//! kept), and through re-readings that find the same words. It is the FNV-1a
//! hash of the quote's words in lower case, letters and digits only, so marks,
//! spacing and case do not move it; the same words quoted again in one story
//! take `-2`, `-3` in text order.

/// The anchor of the first (or only) quote of these words in a story.
pub fn quote_anchor(text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut byte = |b: u8| hash = (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    let words = text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty());
    for (i, word) in words.enumerate() {
        if i > 0 {
            byte(b' ');
        }
        for c in word.chars().flat_map(char::to_lowercase) {
            let mut buffer = [0; 4];
            c.encode_utf8(&mut buffer).bytes().for_each(&mut byte);
        }
    }
    format!("{hash:016x}")
}

/// The anchors of a story's quotes (`texts` in text order): the same words
/// quoted again take `-2`, `-3`.
pub fn anchors<'a>(texts: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut seen: Vec<String> = Vec::new();
    texts
        .into_iter()
        .map(|text| {
            let anchor = quote_anchor(text);
            let repeats = seen.iter().filter(|a| **a == anchor).count();
            seen.push(anchor.clone());
            if repeats == 0 {
                anchor
            } else {
                format!("{anchor}-{}", repeats + 1)
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_spacing_and_case_do_not_move_an_anchor() {
        let anchor = quote_anchor("We are at a decisive moment,");
        assert_eq!(anchor.len(), 16);
        assert_eq!(quote_anchor("we are  at a decisive moment"), anchor);
        assert_eq!(quote_anchor("We are at a ‘decisive’ moment."), anchor);
        assert_ne!(quote_anchor("We are at a decisive point,"), anchor);
        assert_ne!(quote_anchor("We are at a decisive moment, now"), anchor);
    }

    #[test]
    fn the_same_words_quoted_again_are_numbered_in_text_order() {
        let found = anchors(["Go now", "Stay", "go now!", "Go now"]);
        let go = quote_anchor("Go now");
        assert_eq!(found, [go.clone(), quote_anchor("Stay"), format!("{go}-2"), format!("{go}-3")]);
    }
}
