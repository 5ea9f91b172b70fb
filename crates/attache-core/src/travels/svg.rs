//! The timeline as an image: an official's journeys drawn as an SVG, one row
//! per journey with its stops coloured by bureau, for packets and for the
//! editor's own documents. Text from the records is escaped.

use super::{JourneyAnswer, Region};
use chrono::{Datelike, NaiveDate};
use std::fmt::Write;

/// Bureau names in the order of [`COLOURS`].
const BUREAUS: [&str; 6] = [
    "Africa",
    "East Asia and the Pacific",
    "Europe and Eurasia",
    "Near East",
    "South and Central Asia",
    "Western Hemisphere",
];
/// One colour per bureau, then one for countries outside them.
const COLOURS: [&str; 7] = ["#f4b183", "#9dc3e6", "#c9c9f5", "#f8d66d", "#a9d18e", "#f5a3c7", "#d9d9d9"];

const WIDTH: f64 = 1000.0;
const LEFT: f64 = 190.0;
const ROW: f64 = 22.0;
const TOP: f64 = 74.0;

/// Draws the journeys of an answer as an SVG document.
pub fn timeline_svg(answer: &JourneyAnswer, regions: &[Region]) -> String {
    let journeys = &answer.journeys;
    let height = TOP + ROW * journeys.len().max(1) as f64 + 50.0;
    let mut svg = String::new();
    let _ = write!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" font-family="sans-serif" font-size="11">"#
    );
    let _ = write!(svg, r##"<rect width="100%" height="100%" fill="#ffffff"/>"##);
    let title = format!("{}: journeys, {}", answer.official.name, answer.scope.name);
    let _ = write!(svg, r#"<text x="10" y="20" font-size="14" font-weight="bold">{}</text>"#, escape(&title));
    let _ = write!(svg, r##"<text x="10" y="38" fill="#555">{}</text>"##, escape(&answer.rule));
    let (Some(first), Some(last)) = (journeys.first(), journeys.last()) else {
        let _ = write!(svg, r#"<text x="10" y="{}">No journeys.</text></svg>"#, TOP + 14.0);
        return svg;
    };
    let (from, until) = (first.start, journeys.iter().map(|j| j.end).max().unwrap_or(last.end));
    let span = (until - from).num_days().max(1) as f64 + 1.0;
    let x = |d: NaiveDate| LEFT + (WIDTH - LEFT - 20.0) * ((d - from).num_days() as f64 / span);
    let day = (WIDTH - LEFT - 20.0) / span;
    for year in from.year()..=until.year() {
        let Some(jan) = NaiveDate::from_ymd_opt(year, 1, 1).filter(|d| *d >= from) else { continue };
        let _ = write!(
            svg,
            r##"<line x1="{0:.1}" x2="{0:.1}" y1="{1}" y2="{2}" stroke="#ccc"/>"##,
            x(jan),
            TOP - 8.0,
            height - 40.0
        );
        let _ = write!(svg, r##"<text x="{:.1}" y="{}" fill="#555">{year}</text>"##, x(jan) + 2.0, TOP - 6.0);
    }
    for (row, journey) in journeys.iter().enumerate() {
        let y = TOP + ROW * row as f64;
        let label = format!("{}. {} to {}", journey.ordinal.unwrap_or(row as u32 + 1), journey.start, journey.end);
        let _ = write!(svg, r#"<text x="10" y="{:.1}">{}</text>"#, y + 14.0, escape(&label));
        for stop in &journey.stops {
            let width = (((stop.end - stop.start).num_days() + 1) as f64 * day).max(3.0);
            let colour = colour_of(&stop.country_id, regions);
            let _ = write!(
                svg,
                r##"<rect x="{:.1}" y="{:.1}" width="{width:.1}" height="{}" fill="{colour}" stroke="#444" stroke-width="0.5"><title>{}</title></rect>"##,
                x(stop.start),
                y + 3.0,
                ROW - 6.0,
                escape(&format!("{}, {}: {} to {}", stop.country, stop.locale, stop.start, stop.end))
            );
        }
        let places: Vec<&str> = journey.stops.iter().map(|s| s.country.as_str()).collect();
        let end = x(journey.end) + day + 4.0;
        let anchor = if end > WIDTH - 200.0 {
            format!(r#"x="{:.1}" text-anchor="end""#, x(journey.start) - 4.0)
        } else {
            format!(r#"x="{end:.1}""#)
        };
        let _ = write!(
            svg,
            r##"<text {anchor} y="{:.1}" fill="#333">{}</text>"##,
            y + 14.0,
            escape(&dedup(&places).join(", "))
        );
    }
    legend(&mut svg, height - 24.0);
    svg.push_str("</svg>");
    svg
}

fn legend(svg: &mut String, y: f64) {
    let mut x = 10.0;
    for (name, colour) in BUREAUS.iter().zip(COLOURS) {
        let _ = write!(
            svg,
            r##"<rect x="{x}" y="{y}" width="12" height="12" fill="{colour}" stroke="#444" stroke-width="0.5"/>"##
        );
        let _ = write!(svg, r#"<text x="{}" y="{}">{name}</text>"#, x + 16.0, y + 10.0);
        x += 30.0 + 6.2 * name.len() as f64;
    }
}

fn colour_of(country: &str, regions: &[Region]) -> &'static str {
    BUREAUS
        .iter()
        .position(|name| regions.iter().any(|r| r.name == *name && r.members.iter().any(|m| m == country)))
        .map_or(COLOURS[6], |i| COLOURS[i])
}

fn dedup<'a>(items: &[&'a str]) -> Vec<&'a str> {
    let mut out: Vec<&str> = Vec::new();
    for item in items {
        if !out.contains(item) {
            out.push(item);
        }
    }
    out
}

/// Escapes text for XML content and attributes.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&apos;")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::travels::{test_stop, Journey, Official, Scope, Stop};

    fn answer(country: &str) -> JourneyAnswer {
        let stop = Stop {
            country: country.into(),
            locale: "Jerusalem".into(),
            ..test_stop(1, "2024-01-02", "2024-01-03", "israel")
        };
        let journey = Journey { ordinal: Some(1), start: stop.start, end: stop.end, stops: vec![stop] };
        JourneyAnswer {
            official: Official {
                id: 1,
                key: "doe".into(),
                name: "Jane <Doe>".into(),
                role: String::new(),
                term_start: None,
                term_end: None,
                stops: 1,
            },
            scope: Scope { kind: crate::travels::ScopeKind::All, name: "all journeys".into(), members: vec![] },
            rule: "the rule".into(),
            journeys: vec![journey],
            data_ends: None,
        }
    }

    #[test]
    fn record_text_is_escaped_and_each_stop_is_coloured_by_its_bureau() {
        let regions = [Region { id: 4, name: "Near East".into(), members: vec!["israel".into()] }];
        let svg = timeline_svg(&answer("Israel & <script>"), &regions);
        assert!(svg.contains("Jane &lt;Doe&gt;: journeys"));
        assert!(svg.contains("Israel &amp; &lt;script&gt;"));
        assert!(!svg.contains("<script>"));
        assert!(svg.contains(r##"fill="#f8d66d" stroke="#444" stroke-width="0.5"><title>"##), "Near East colour");
    }

    #[test]
    fn no_journeys_says_so() {
        let mut empty = answer("Israel");
        empty.journeys.clear();
        assert!(timeline_svg(&empty, &[]).contains(">No journeys.</text></svg>"));
    }
}
