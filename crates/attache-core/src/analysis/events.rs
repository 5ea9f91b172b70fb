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
            Some(Event { date, context, general, outright })
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

/// The event that the words after "since" (`after`) name, in a story whose
/// words are `story`: an outright phrase anywhere, a general one only when
/// the story names the event's context. The longest phrase wins.
pub fn event_since<'e>(after: &str, story: &str, events: &'e [Event]) -> Option<(&'e Event, usize)> {
    let after = fold(after);
    let starts = |phrase: &String| {
        after.strip_prefix(phrase.as_str()).is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', ',', ';']))
    };
    let in_story = |event: &Event| {
        event.context.is_empty()
            || story.split(|c: char| !c.is_alphanumeric()).any(|word| event.context.iter().any(|c| c == word))
    };
    events
        .iter()
        .flat_map(|event| {
            let general = event.general.iter().filter(move |_| in_story(event));
            event.outright.iter().chain(general).filter(|p| starts(p)).map(move |p| (event, p.len()))
        })
        .max_by_key(|(_, len)| *len)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(after: &str, story: &str) -> Option<String> {
        event_since(after, story, events()).map(|(e, _)| e.date.to_string())
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
}
