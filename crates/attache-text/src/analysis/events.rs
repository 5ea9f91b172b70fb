//! The events news counts from ("since the war began", "since Hamas
//! launched its attack"), kept as data an editor can extend
//! (`data/events.tsv`), and matched against the words after "since".

use chrono::NaiveDate;
use std::sync::OnceLock;

/// One event of the gazetteer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    /// The day it began.
    pub date: NaiveDate,
    /// Words a story must name for the general phrases to mean this event.
    pub context: Vec<String>,
    /// General phrases ("the war began"), folded.
    pub general: Vec<String>,
    /// Phrases that name the event outright ("hamas launched its attack"), folded.
    pub outright: Vec<String>,
    /// Where visits since the event are counted when a claim names no place.
    pub place: Option<String>,
}

/// The built-in gazetteer.
const EVENTS_TSV: &str = include_str!("../../data/events.tsv");

/// The events of the built-in gazetteer, read once.
pub fn events() -> &'static [Event] {
    static EVENTS: OnceLock<Vec<Event>> = OnceLock::new();
    EVENTS.get_or_init(|| parse(EVENTS_TSV))
}

/// Reads a gazetteer: comment lines start with `#`; rows that do not parse
/// are left out (the built-in file is checked by a test).
pub fn parse(tsv: &str) -> Vec<Event> {
    tsv.lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .filter_map(|line| {
            let mut columns = line.split('\t');
            let date = columns.next()?.trim().parse().ok()?;
            let context = columns.next()?.split(',').map(|w| w.trim().to_string()).filter(|w| !w.is_empty()).collect();
            let (mut general, mut outright) = (Vec::new(), Vec::new());
            for phrase in columns.next()?.split('|').map(str::trim).filter(|p| !p.is_empty()) {
                match phrase.strip_prefix('!') {
                    Some(named) => outright.push(fold(named)),
                    None => general.push(fold(phrase)),
                }
            }
            let place = columns.next().map(str::trim).filter(|p| !p.is_empty()).map(str::to_string);
            Some(Event { date, context, general, outright, place })
        })
        .collect()
}

/// Lower case, curly apostrophes straight, dashes and full stops as spaces
/// or nothing, spaces collapsed: "Hamas’s Oct. 7 attack" → "hamas's oct 7 attack".
pub fn fold(text: &str) -> String {
    let mapped: String = text
        .chars()
        .filter(|c| *c != '.')
        .map(|c| match c {
            '’' | '‘' => '\'',
            '-' | '–' | '—' | '‑' => ' ',
            c => c.to_lowercase().next().unwrap_or(c),
        })
        .collect();
    mapped.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Words of conflict: the words after "since" that hold one describe an
/// event ("the deadly attack by Hamas", "the war between Israel and Hamas").
const CONFLICT_WORDS: &[&str] = &[
    "attack",
    "attacks",
    "attacked",
    "war",
    "conflict",
    "fighting",
    "invasion",
    "invaded",
    "stormed",
    "assault",
    "massacre",
    "raid",
    "raids",
    "incursion",
    "offensive",
    "hostilities",
];

/// True when `text` names a word of the event's context.
fn names_context(event: &Event, text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric()).any(|word| event.context.iter().any(|c| c == word))
}

/// The event that the words after "since" (`after`) name, in a story whose
/// words are `story`: an outright phrase anywhere, a general one only when
/// the story names the event's context. The longest phrase wins; an event
/// after the story's publication is never meant.
pub fn event_since<'e>(
    after: &str,
    story: &str,
    events: &'e [Event],
    published: Option<NaiveDate>,
) -> Option<(&'e Event, usize)> {
    let after = fold(after);
    let starts = |phrase: &String| {
        after.strip_prefix(phrase.as_str()).is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', ',', ';']))
    };
    let in_story = |event: &Event| event.context.is_empty() || names_context(event, story);
    events
        .iter()
        .filter(|event| published.is_none_or(|p| event.date <= p))
        .flat_map(|event| {
            let general = event.general.iter().filter(move |_| in_story(event));
            event.outright.iter().chain(general).filter(|p| starts(p)).map(move |p| (event, p.len()))
        })
        .max_by_key(|(_, len)| *len)
}

/// The event that the words after "since" describe in words no row lists
/// ("the deadly Oct. 7 attack by Hamas", "the war between Israel and Hamas
/// began"): a word of conflict among them, and a word of the event's context
/// among them or else in the story. Never an event after the story's
/// publication, nor one whose date the words contradict ("in October" is
/// October; a year is checked only where written); the latest such event wins.
pub fn event_described<'e>(
    after: &str,
    story: &str,
    events: &'e [Event],
    published: Option<NaiveDate>,
) -> Option<&'e Event> {
    let words: Vec<&str> = after.split_whitespace().take(12).collect();
    let phrase = words.join(" ");
    let folded = fold(&phrase);
    if !folded.split(|c: char| !c.is_alphanumeric()).any(|w| CONFLICT_WORDS.contains(&w)) {
        return None;
    }
    let since = format!("since {phrase}");
    let dates = super::dates::find_dates(&since, published);
    let fits_dates = |event: &Event| {
        dates.iter().filter_map(|d| Some((d.resolved.as_deref()?, d.span))).all(|(resolved, span)| {
            let written = &since[span.0..span.1];
            let date = event.date.to_string();
            let year_written = written.split(|c: char| !c.is_ascii_digit()).any(|y| y.len() == 4);
            let (month, day) = (resolved.get(4..7), resolved.get(7..10));
            (!year_written || resolved.get(..4) == date.get(..4))
                && month.is_none_or(|m| date.get(4..7) == Some(m))
                && day.is_none_or(|d| date.get(7..10) == Some(d))
        })
    };
    let candidates =
        events.iter().filter(|e| !e.context.is_empty() && published.is_none_or(|p| e.date <= p) && fits_dates(e));
    let latest = |list: Vec<&'e Event>| list.into_iter().max_by_key(|e| e.date);
    latest(candidates.clone().filter(|e| names_context(e, &phrase)).collect())
        .or_else(|| latest(candidates.filter(|e| names_context(e, story)).collect()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(after: &str, story: &str) -> Option<String> {
        event_since(after, story, events(), None).map(|(e, _)| e.date.to_string())
    }

    #[test]
    fn the_built_in_gazetteer_reads_whole() {
        let rows = EVENTS_TSV.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()).count();
        assert_eq!(events().len(), rows, "every row of data/events.tsv parses");
        assert!(events().iter().all(|e| !e.general.is_empty() || !e.outright.is_empty()));
    }

    #[test]
    fn general_phrases_need_the_story_to_name_the_event() {
        let gaza = "Blinken met Israeli leaders about the hostages held in Gaza.";
        let kyiv = "Blinken met Ukrainian leaders in Kyiv.";
        assert_eq!(date("the war began.", gaza).as_deref(), Some("2023-10-07"));
        assert_eq!(date("the war began.", kyiv).as_deref(), Some("2022-02-24"));
        assert_eq!(date("the war began.", "Blinken met the king of Spain."), None);
        assert_eq!(date("the conflict erupted, officials said", gaza).as_deref(), Some("2023-10-07"));
    }

    #[test]
    fn outright_phrases_need_no_context() {
        let story = "Blinken landed in Amman.";
        assert_eq!(date("Hamas launched its attack in early October", story).as_deref(), Some("2023-10-07"));
        assert_eq!(date("Hamas’s Oct. 7 attack", story).as_deref(), Some("2023-10-07"));
        assert_eq!(date("the war in Gaza began", story).as_deref(), Some("2023-10-07"));
        assert_eq!(date("Russia’s full-scale invasion", story).as_deref(), Some("2022-02-24"));
        assert_eq!(date("the summit in Rome", story), None);
    }

    fn described(after: &str, story: &str, published: &str) -> Option<String> {
        event_described(after, story, events(), published.parse().ok()).map(|e| e.date.to_string())
    }

    #[test]
    fn an_event_is_found_from_its_words_in_any_order() {
        let story = "Blinken landed in Amman on Monday.";
        let gaza = Some("2023-10-07".to_string());
        assert_eq!(described("the deadly Oct. 7 attack by Hamas.", story, "2024-02-05"), gaza);
        assert_eq!(described("Hamas militants stormed across the border on Oct. 7.", story, "2023-11-03"), gaza);
        assert_eq!(described("the war between Israel and Hamas began in October.", story, "2024-03-20"), gaza);
        assert_eq!(described("the Gaza war started in October 2023.", story, "2024-12-12"), gaza);
        // The story's words give the context when the phrase names none.
        assert_eq!(described("the fighting started last year.", "Talks on Gaza hostages.", "2024-12-12"), gaza);
    }

    #[test]
    fn an_event_the_words_contradict_or_the_story_predates_is_not_meant() {
        let gaza = "Talks on the Gaza hostages.";
        assert_eq!(described("the war began in July.", gaza, "2024-08-19"), None);
        assert_eq!(described("the Gaza war began in 2022.", gaza, "2024-08-19"), None);
        assert_eq!(described("the conflict in Lebanon began.", "Rice met Lebanese leaders.", "2006-09-28"), None);
        assert_eq!(described("the summit in Rome.", gaza, "2024-08-19"), None);
    }
}
