//! Verdicts on small, hand-made cases: one per rule of the verdict.

use super::*;

const SOURCE: &str = "Remarks to the press\n\
SECRETARY BLINKEN: Thank you all for being here. This is a decisive moment, probably the best, \
maybe the last opportunity to get the hostages home and to get a cease-fire. It is time for it \
to get done. We will keep working at it every single day.\n\
Q: Mr. Secretary, is Hamas on board with the proposal?\n\
PRESIDENT HERZOG: We want the hostages home, and we want them home now.\n";

fn verdict(quote: &str, speaker: Option<&str>) -> Check {
    check(quote, speaker, SOURCE)
}

#[test]
fn typography_case_and_spelling_keep_a_quote_exact() {
    let c = verdict("it is time for it to get done", Some("Antony Blinken"));
    assert_eq!(c.verdict, Verdict::Exact, "{c:?}");
    assert_eq!(c.span.as_ref().unwrap().text, "It is time for it to get done");
    assert_eq!(c.speaker_in_source.as_deref(), Some("Secretary Blinken"));
    assert_eq!(c.misattributed, Some(false));
    assert!(c.diff.iter().all(|d| d.op == "equal"));
    assert_eq!(verdict("to get a ceasefire", None).verdict, Verdict::Exact);
    assert_eq!(
        check("the ball is in Hamas’ court", None, "Q: Well? A: The ball is in Hamas's court.").verdict,
        Verdict::Exact
    );
    let source = "A: The U.S. is moving towards a deal, and that's OK. I was here on October 7th.";
    for quote in [
        "The US is moving toward a deal, and that's okay",
        "The United States is moving toward a deal",
        "I was here on Oct. 7",
    ] {
        assert_eq!(check(quote, None, source).verdict, Verdict::Exact, "{quote}");
    }
}

#[test]
fn a_contraction_a_function_word_or_a_bracket_is_minor() {
    assert_eq!(verdict("It's time for it to get done", None).verdict, Verdict::Minor);
    assert_eq!(verdict("It is time for this to get done", None).verdict, Verdict::Minor);
    let bracketed = verdict("It is time for [a deal] to get done", None);
    assert_eq!(bracketed.verdict, Verdict::Minor, "{bracketed:?}");
    assert!(bracketed.diff.iter().any(|d| d.op == "replace" && d.reported == "a deal" && d.source == "it"));
}

#[test]
fn an_ellipsis_marks_an_omission_and_stays_minor() {
    let c = verdict("This is a decisive moment … to get the hostages home and to get a cease-fire", Some("Blinken"));
    assert_eq!(c.verdict, Verdict::Minor, "{c:?}");
    let gap = c.diff.iter().find(|d| d.op == "delete").unwrap();
    assert_eq!((gap.reported.as_str(), gap.source.as_str()), ("…", "probably the best, maybe the last opportunity"));
}

#[test]
fn changed_content_words_or_unmarked_stitches_alter_a_quote() {
    let c = verdict("This is a decisive moment, probably the last opportunity to get the hostages home", None);
    assert_eq!(c.verdict, Verdict::Altered, "'best, maybe the' dropped without an ellipsis: {c:?}");
    assert_eq!(verdict("It is time for it to get finished", None).verdict, Verdict::Altered);
    let stitched = verdict("Thank you all for being here. We will keep working at it every single day.", None);
    assert_eq!(stitched.verdict, Verdict::Altered, "{stitched:?}");
    assert!(stitched.diff.iter().any(|d| d.op == "delete" && d.source.starts_with("This is a decisive moment")));
}

#[test]
fn words_not_in_the_source_are_absent() {
    let c = verdict("We have reached an agreement on all points", Some("Blinken"));
    assert_eq!((c.verdict, c.span.clone()), (Verdict::Absent, None));
    assert_eq!(check("", None, SOURCE).verdict, Verdict::Absent);
    assert_eq!(check("time to get done", None, "").verdict, Verdict::Absent);
}

#[test]
fn words_spoken_by_someone_else_are_misattributed() {
    let c = verdict("We want the hostages home, and we want them home now", Some("Antony Blinken"));
    assert_eq!(c.verdict, Verdict::Exact);
    assert_eq!(c.misattributed, Some(true));
    assert_eq!(c.speaker_in_source.as_deref(), Some("President Herzog"));
    assert_eq!(
        verdict("is Hamas on board with the proposal", Some("Blinken")).misattributed,
        Some(true),
        "a reporter's question"
    );
}

#[test]
fn a_repetition_of_speech_left_out_is_minor_and_shown() {
    let source = "MR. KIRBY: Our troops deployed to help stop the spread of Ebola, stop the spread of Ebola at \
                  -- at the source, and they came home.";
    let c = check("Our troops deployed to help stop the spread of Ebola at the source", Some("John Kirby"), source);
    assert_eq!(c.verdict, Verdict::Minor, "{c:?}");
    assert!(c.diff.iter().any(|d| d.op == "delete" && d.source.contains("stop the spread of Ebola")), "{c:?}");
    let faithful = "help stop the spread of Ebola, stop the spread of Ebola at -- at the source";
    assert_eq!(check(faithful, None, source).verdict, Verdict::Exact);
}
