//! Where the trips went: a region or country named after the ordinal, or
//! for "the region" and "the country" the one the story named.

use super::{find_word, Context};
use crate::analysis::places::{canonical, COUNTRIES, REGIONS};

/// Countries and peoples of the Middle East, as news desks count it: a
/// story that names none of the regions but one of these means the Middle
/// East by "the region".
const MIDDLE_EAST: &[&str] = &[
    "Israel",
    "Israeli",
    "Israelis",
    "Gaza",
    "Palestinian",
    "Palestinians",
    "Egypt",
    "Egyptian",
    "Jordan",
    "Jordanian",
    "Qatar",
    "Qatari",
    "Saudi",
    "Lebanon",
    "Lebanese",
    "Syria",
    "Syrian",
    "Iraq",
    "Iraqi",
    "Iran",
    "Iranian",
    "Yemen",
    "Yemeni",
    "Bahrain",
    "Kuwait",
    "Oman",
    "Emirati",
    "Hamas",
    "Hezbollah",
    "Houthis",
    "Aviv",
    "Jerusalem",
    "Amman",
    "Cairo",
    "Doha",
    "Riyadh",
    "Beirut",
    "Damascus",
    "Baghdad",
    "Ramallah",
    "Tehran",
];

impl Context<'_> {
    /// The place visited: one named after the ordinal, or for "the region"
    /// the region the story named last before it (or, with none, the one it
    /// named first after).
    pub(super) fn scope(&self, from: usize, end: usize, after_noun: usize) -> (Option<String>, Option<String>) {
        let named = self.places().iter().filter(|(at, _, _)| *at >= from && *at < end);
        let until_since = find_word(&self.input[after_noun..end], "since").map_or(end, |i| after_noun + i);
        let rest = self.input[after_noun..until_since].to_ascii_lowercase();
        let vague_at =
            ["the region", "the area", "the country"].into_iter().filter_map(|v| rest.find(v).map(|at| (at, v))).min();
        let place = named.clone().find(|(at, _, _)| *at < until_since);
        // "his second trip to the region, visiting South Korea, …": the region, not its first stop.
        let vague_first = vague_at.is_some_and(|(at, _)| place.is_none_or(|(p, _, _)| after_noun + at < *p));
        if let Some((_, place, _)) = place.filter(|_| !vague_first) {
            return (Some(canonical(place).to_string()), None);
        }
        let vague = vague_at.map(|(_, v)| v);
        let Some(vague) = vague else { return (None, None) };
        self.region_named(from, vague)
    }

    /// For "the region" (`vague`) at `from`: the region the story named
    /// last before it (or, with none, first after it), else the Middle East
    /// for a story naming its countries.
    pub(super) fn region_named(&self, from: usize, vague: &str) -> (Option<String>, Option<String>) {
        if vague == "the country" {
            let country = self.places().iter().filter(|(_, _, region)| !region).rfind(|(at, _, _)| *at < from);
            return (country.map(|(_, c, _)| c.to_string()), Some(vague.to_string()));
        }
        let regions = self.places().iter().filter(|(_, _, region)| *region);
        let region =
            regions.clone().rfind(|(at, _, _)| *at < from).or(regions.clone().next()).map(|(_, r, _)| canonical(r));
        let middle_east = || {
            let words = self.input.split(|c: char| !c.is_alphanumeric());
            words.into_iter().any(|w| MIDDLE_EAST.contains(&w)).then_some("Middle East")
        };
        (region.or_else(middle_east).map(str::to_string), Some(vague.to_string()))
    }
}

/// Regions (true) and countries (false) named in the text, by byte offset;
/// the longest name wins where names overlap ("South Africa" over "Africa").
pub(super) fn places_in(input: &str) -> Vec<(usize, &'static str, bool)> {
    let mut found: Vec<(usize, &'static str, bool)> = Vec::new();
    for (list, region) in [(&REGIONS, true), (&COUNTRIES, false)] {
        for place in list.words() {
            for (at, _) in input.match_indices(place) {
                let before = input[..at].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
                let after = input[at + place.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric());
                if before && after {
                    found.push((at, place, region));
                }
            }
        }
    }
    found.sort_by_key(|(at, place, _)| (*at, usize::MAX - place.len()));
    let mut kept: Vec<(usize, &'static str, bool)> = Vec::new();
    for place in found {
        if kept.last().is_none_or(|last| place.0 >= last.0 + last.1.len()) {
            kept.push(place);
        }
    }
    kept
}
