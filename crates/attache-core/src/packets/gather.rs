//! Gathering a packet's contents from the library for a selection.

use super::{Packet, PacketPerson, PacketQuote, PacketSelection, PacketSource, PacketStory};
use crate::error::{Error, Result};
use crate::factchecks::FactCheckFilter;
use crate::library::Library;
use crate::search::StoryQuery;
use crate::travels::{Journey, JourneyQuery};
use chrono::{Days, NaiveDate};

/// How many of a person's quotes the people part shows.
const QUOTES_PER_PERSON: usize = 3;

/// The contents of a packet for a selection; refused when it selects no story.
pub fn gather(library: &Library, selection: &PacketSelection) -> Result<Packet> {
    let itinerary = packet_journey(library, selection)?;
    let ids = packet_story_ids(library, selection, itinerary.as_ref())?;
    if ids.is_empty() {
        return Err(Error::InvalidInput(
            "the packet has no stories: choose stories, a journey, a person, or dates that have stories".into(),
        ));
    }
    let mut stories = Vec::new();
    let mut quotes = Vec::new();
    let mut claim_checks = Vec::new();
    for id in &ids {
        let story = library.stories().get(*id)?;
        for q in
            library.quotes().of_story(*id)?.quotes.into_iter().filter(|q| q.kind == crate::analysis::QuoteKind::Quote)
        {
            let status = library.quotes().statuses(&q.reference())?.into_iter().next();
            // The differences the editor saw; checked again only for a
            // status recorded before they were kept.
            let diff = match status.as_ref().and_then(|s| s.source_id) {
                Some(source) => match library.quotes().kept_diff(&q.reference())? {
                    Some(kept) => kept,
                    None => library.sources().verify_against(&q.text, q.speaker.as_deref(), source)?.check.diff,
                },
                None => Vec::new(),
            };
            quotes.push(PacketQuote {
                story_id: *id,
                headline: q.headline,
                text: q.text,
                speaker: q.speaker,
                status,
                diff,
            });
        }
        claim_checks.extend(crate::travels::check_story_claims(library, *id)?);
        stories.push(PacketStory {
            id: story.id,
            headline: story.draft.headline,
            outlet: story.draft.outlet,
            byline: story.draft.byline,
            published: story.draft.published,
            url: story.draft.url,
            fetched: library.web_pages().for_story(story.id)?.into_iter().next(),
        });
    }
    let person = selection.person.as_deref().map(str::to_lowercase);
    let factchecks = library
        .factchecks()
        .list(&FactCheckFilter::default())?
        .into_iter()
        .filter(|f| {
            f.story_id.is_some_and(|s| ids.contains(&s))
                || person.as_ref().is_some_and(|p| f.claimant.as_ref().is_some_and(|c| c.to_lowercase().contains(p)))
        })
        .collect::<Vec<_>>();
    let source_ids: Vec<i64> = quotes.iter().filter_map(|q| q.status.as_ref()?.source_id).collect();
    let sources = library
        .sources()
        .list(None)?
        .into_iter()
        .filter(|s| source_ids.contains(&s.id))
        .map(|source| {
            Ok(PacketSource { fetched: library.web_pages().for_source(source.id)?.into_iter().next(), source })
        })
        .collect::<Result<Vec<_>>>()?;
    let people = people_of(&quotes);
    let summary = summary_of(&stories, quotes.len(), factchecks.len());
    let today = chrono::Local::now().date_naive();
    let term = match (&selection.journey_official, &itinerary, &selection.person) {
        (Some(official), Some(journey), _) => {
            crate::packets::term::term_timeline(library, official, journey.start, Some(journey), today)?
        }
        (_, _, Some(person)) => {
            crate::packets::term::term_timeline(library, person, latest(&stories).unwrap_or(today), None, today)?
        }
        _ => None,
    };
    Ok(Packet {
        title: selection
            .title
            .clone()
            .filter(|t| !t.trim().is_empty())
            .unwrap_or_else(|| title_of(selection, itinerary.as_ref())),
        date: today,
        prepared_by: library.editor_name()?.unwrap_or_else(|| "unnamed editor".into()),
        parts: selection.parts.clone(),
        summary,
        stories,
        itinerary,
        term,
        people,
        quotes,
        factchecks,
        claim_checks,
        sources,
    })
}

/// The journey a packet is built around, if any.
fn packet_journey(library: &Library, selection: &PacketSelection) -> Result<Option<Journey>> {
    let (Some(official), Some(start)) = (&selection.journey_official, selection.journey_start) else {
        return Ok(None);
    };
    let query =
        JourneyQuery { official: official.clone(), region: None, country: None, since: None, until: None, gap: None };
    let journey = library.travels().journeys(&query)?.journeys.into_iter().find(|j| j.start == start);
    journey
        .map(Some)
        .ok_or_else(|| Error::InvalidInput(format!("{official} has no journey starting on {start} in the records")))
}

/// The stories a selection covers, in the order first chosen.
fn packet_story_ids(library: &Library, selection: &PacketSelection, journey: Option<&Journey>) -> Result<Vec<i64>> {
    let mut ids: Vec<i64> = Vec::new();
    for id in &selection.stories {
        library.stories().get(*id)?;
        ids.push(*id);
    }
    let dated = |text: Option<String>, from: Option<NaiveDate>, to: Option<NaiveDate>| StoryQuery {
        text,
        from,
        to,
        limit: Some(1_000),
        ..StoryQuery::default()
    };
    let mut queries = Vec::new();
    if let (Some(j), Some(official)) = (journey, &selection.journey_official) {
        let surname = official.split_whitespace().last().unwrap_or(official).to_string();
        queries.push(dated(
            Some(surname),
            j.start.checked_sub_days(Days::new(1)),
            j.end.checked_add_days(Days::new(1)),
        ));
    }
    if selection.since.is_some() || selection.until.is_some() {
        queries.push(dated(None, selection.since, selection.until));
    }
    for query in queries {
        ids.extend(library.stories().search(&query)?.stories.iter().map(|s| s.id));
    }
    if let Some(person) = &selection.person {
        ids.extend(library.quotes().list(Some(person))?.iter().map(|q| q.story_id));
    }
    let mut seen = std::collections::HashSet::new();
    ids.retain(|id| seen.insert(*id));
    Ok(ids)
}

/// The latest publication date of the packet's stories.
fn latest(stories: &[PacketStory]) -> Option<NaiveDate> {
    stories.iter().filter_map(|s| s.published).max()
}

fn people_of(quotes: &[PacketQuote]) -> Vec<PacketPerson> {
    let mut people: Vec<PacketPerson> = Vec::new();
    for q in quotes {
        let Some(name) = &q.speaker else { continue };
        match people.iter_mut().find(|p| &p.name == name) {
            Some(p) if p.quotes.len() < QUOTES_PER_PERSON => p.quotes.push(q.text.clone()),
            Some(_) => {}
            None => people.push(PacketPerson { name: name.clone(), quotes: vec![q.text.clone()] }),
        }
    }
    people
}

fn summary_of(stories: &[PacketStory], quotes: usize, factchecks: usize) -> String {
    let dates: Vec<NaiveDate> = stories.iter().filter_map(|s| s.published).collect();
    let span = match (dates.iter().min(), dates.iter().max()) {
        (Some(a), Some(b)) if a == b => format!(" of {a}"),
        (Some(a), Some(b)) => format!(" from {a} to {b}"),
        _ => String::new(),
    };
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    format!(
        "{}{span}; {}, {}.",
        plural(stories.len(), "story"),
        plural(quotes, "quote"),
        plural(factchecks, "fact-check")
    )
    .replace("storys", "stories")
}

fn title_of(selection: &PacketSelection, journey: Option<&Journey>) -> String {
    if let (Some(j), Some(official)) = (journey, &selection.journey_official) {
        return format!("Briefing: {official}, journey of {} to {}", j.start, j.end);
    }
    if let Some(person) = &selection.person {
        return format!("Briefing: {person}");
    }
    match (selection.since, selection.until) {
        (Some(a), Some(b)) => format!("Briefing: {a} to {b}"),
        _ => "Briefing".into(),
    }
}
