//! Property tests of story analysis and quote verification over arbitrary
//! text: they never panic, and every offset they report points at the text
//! it claims, whatever the input (unbalanced quote marks, other scripts,
//! control characters, one huge paragraph, quotes rearranged from the
//! source). Cases per run: `PROPTEST_CASES` (default 256).

use attache_text::analysis::analyze;
use proptest::prelude::*;

/// Text built from news-like pieces and hostile ones, so the analyzer meets
/// quotes, names, dates and garbage in every arrangement.
fn story() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("“".to_string()),
        Just("”".to_string()),
        Just("\"".to_string()),
        Just("‘".to_string()),
        Just("\n".to_string()),
        Just(", he said. ".to_string()),
        Just("Antony Blinken".to_string()),
        Just("the secretary".to_string()),
        Just("on Monday".to_string()),
        Just("Oct. 7".to_string()),
        Just("his ninth visit to the Middle East since".to_string()),
        Just("Министр сказал".to_string()),
        Just("قال الوزير".to_string()),
        Just("\u{0}\u{7}\u{1b}".to_string()),
        Just("al-".to_string()),
        "[ -~]{0,12}",
        "\\PC{0,6}",
    ];
    prop::collection::vec(piece, 0..60).prop_map(|parts| parts.concat())
}

proptest! {
    #[test]
    fn analysis_never_panics_and_offsets_point_at_their_text(text in story()) {
        let analysis = analyze(&text, "2024-08-19".parse().ok());
        let chars: Vec<char> = text.chars().collect();
        for quote in &analysis.quotes {
            prop_assert!(quote.start <= quote.end && quote.end <= chars.len());
            let span: String = chars[quote.start..quote.end].iter().collect();
            prop_assert_eq!(&span, &quote.text);
        }
        for claim in &analysis.claims {
            let span: String = chars[claim.start..claim.end].iter().collect();
            prop_assert_eq!(&span, &claim.text);
        }
        for date in &analysis.dates {
            let span: String = chars[date.start..date.end].iter().collect();
            prop_assert_eq!(&span, &date.text);
        }
    }
}

#[test]
fn one_five_megabyte_paragraph_is_read_without_trouble() {
    let paragraph = "“It is time,” Blinken said on Monday, and the talks went on. ".repeat(85_000);
    let text = format!("Headline\n{paragraph}");
    assert!(text.len() > 5_000_000);
    let analysis = analyze(&text, None);
    assert_eq!(analysis.quotes.len(), 85_000);
    assert!(analysis.quotes.iter().all(|q| q.speaker.as_deref() == Some("Blinken") || q.speaker.is_none()));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    /// Verification never panics, whatever the quote and source, and a span
    /// it reports is a real stretch of the source.
    #[test]
    fn verification_never_panics(
        quote in "[ a-zA-Z'’\\.…\\[\\]-]{0,80}",
        source in "([A-Z ]{1,12}: )?[ a-zA-Z'’\\.,\\n:-]{0,400}",
    ) {
        let check = attache_text::verify::check(&quote, Some("Jane Doe"), &source);
        if let Some(span) = check.span {
            let chars: Vec<char> = source.chars().collect();
            prop_assert!(span.start <= span.end && span.end <= chars.len());
            prop_assert_eq!(span.text, chars[span.start..span.end].iter().collect::<String>());
        }
    }

    /// Quotes made of the source's own words, shuffled into pieces, never panic.
    #[test]
    fn verification_of_rearranged_source_words_never_panics(
        words in proptest::collection::vec("(we|are|close|to|a|deal|the|talks|go|on|…|\\.)", 1..40),
        cut in 0usize..40,
    ) {
        let source = words.join(" ");
        let mut shuffled = words.clone();
        shuffled.rotate_left(cut % words.len());
        let _ = attache_text::verify::check(&shuffled.join(" "), None, &source);
    }
}
