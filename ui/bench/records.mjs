// Reads the travel and visit records built into Attaché (crates/attache-core/
// data/) into the fake Rust side's shapes, so the timeline benchmark draws
// the full record as the app does: every official's stops, every visit.
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";

const data = resolve(import.meta.dirname, "../../crates/attache-core/data");

const field = (xml, name) => (xml.match(new RegExp(`<${name}[^>]*>([^<]*)</${name}>`)) ?? [])[1]?.trim() ?? "";
const attribute = (xml, element, name) => (xml.match(new RegExp(`<${element}[^>]*\\b${name}="([^"]*)"`)) ?? [])[1] ?? "";
const files = (folder) => readdirSync(join(data, folder)).filter((f) => f.endsWith(".xml")).map((f) => readFileSync(join(data, folder, f), "utf8"));

/** Officials and stops, as list_officials and the fake's journeys read them. */
export function travelRecords() {
  const officials = [];
  const stops = [];
  for (const xml of [...files("travels/secretaries"), ...files("travels/presidents")]) {
    const trips = xml.split("<trip ").slice(1);
    const key = attribute(`<trip ${trips[0]}`, "trip", "who");
    const name = field(trips[0], "name");
    officials.push({ id: officials.length + 1, key, name, role: attribute(`<trip ${trips[0]}`, "trip", "role"), term_start: null, term_end: null, stops: trips.length });
    for (const trip of trips) {
      const start = field(trip, "start-date");
      stops.push({
        id: stops.length + 1, official: name, start, end: field(trip, "end-date") || start,
        country_id: attribute(trip, "country", "id"), country: field(trip, "country"), locale: field(trip, "locale"),
        remarks: "", counterparts: "", source_file: "built-in", record_id: field(trip, "id"), imported_at: "", known_country: true,
      });
    }
  }
  return { officials, stops };
}

/** Visits by country, as list_visits_by_country answers. */
export function visitRecords() {
  const byCountry = new Map();
  let id = 0;
  for (const xml of files("visits")) {
    for (const visit of xml.split("<visit>").slice(1)) {
      const country_id = attribute(visit, "from", "id");
      const start = field(visit, "start-date");
      const lane = byCountry.get(country_id) ?? { country_id, country: field(visit, "from"), visits: [] };
      lane.visits.push({
        id: ++id, ordinal: null, visitor: field(visit, "visitor"), country_id, country: lane.country, start,
        end: field(visit, "end-date") || start, description: field(visit, "description"), source_file: "built-in", record_id: field(visit, "id"),
      });
      byCountry.set(country_id, lane);
    }
  }
  return [...byCountry.values()];
}
