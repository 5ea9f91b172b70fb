// Turns journeys, stops, stories and quotes into the lanes and items the timeline
// draws. Pure data, so it is tested without a browser; the component only
// hands the result to vis-timeline. Every text is set as text, never HTML.
import type { CountryVisits, Journey, Region, Stop, StoredQuote, StorySummary } from "../ipc";

/** A lane of the timeline: one official, or one region. */
export interface Lane {
  id: string;
  label: string;
}

/** One thing drawn: a journey (background band), a stop, a visit to the US, or a story marker. */
export interface Item {
  id: string;
  lane: string;
  kind: "journey" | "stop" | "story" | "quote" | "visit";
  start: string;
  /** The day after the last day, so a one-day stop has a width; none for a marker. */
  end: string | null;
  label: string;
  title: string;
  /** CSS class: the stop's region colour. */
  className: string;
  /** The number a count gave this journey or visit, drawn on its bar. */
  count?: number;
}

/** The State Department bureaus, in the order of their colours. */
export const BUREAUS = ["Africa", "East Asia and the Pacific", "Europe and Eurasia", "Near East", "South and Central Asia", "Western Hemisphere"];

/** The day after an ISO date. */
export function dayAfter(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The bureau region of a country id, as a colour class (`region-0`…`region-5`, else `region-none`). */
export function regionClass(countryId: string, regions: Region[]): string {
  for (const [index, name] of BUREAUS.entries()) {
    const region = regions.find((r) => r.name === name);
    if (region?.members.includes(countryId)) return `region-${index}`;
  }
  return "region-none";
}

function stopTitle(stop: Stop): string {
  const met = stop.counterparts ? ` Met: ${stop.counterparts}.` : "";
  return `${stop.country}${stop.locale ? `, ${stop.locale}` : ""}: ${stop.start} to ${stop.end}.${met}`;
}

/** The legend of the stop colours: each bureau's name and colour class. */
export function legend(): { label: string; className: string }[] {
  return [...BUREAUS.map((label, i) => ({ label, className: `region-${i}` })), { label: "No bureau", className: "region-none" }];
}

/**
 * Items for one official's journeys in one lane. A journey's label is its
 * countries; `counted` (journey start → ordinal) gives the journeys a count
 * counted their number, drawn on the bar ("9 · Israel, Egypt, Qatar").
 */
export function journeyItems(lane: string, journeys: Journey[], regions: Region[], counted = new Map<string, number>()): Item[] {
  const items: Item[] = [];
  for (const j of journeys) {
    const places = [...new Set(j.stops.map((s) => s.country))].join(", ");
    const number = counted.get(j.start);
    items.push({
      id: `journey:${lane}:${j.start}`,
      lane,
      kind: "journey",
      start: j.start,
      end: dayAfter(j.end),
      label: places,
      title: `${j.ordinal !== null ? `${j.ordinal}. ` : ""}${j.start} to ${j.end}: ${places}`,
      className: number !== undefined ? "journey counted" : "journey",
      count: number,
    });
    for (const s of j.stops) {
      items.push({
        id: `stop:${lane}:${s.id}`,
        lane,
        kind: "stop",
        start: s.start,
        end: dayAfter(s.end),
        label: s.country,
        title: stopTitle(s),
        className: regionClass(s.country_id, regions),
      });
    }
  }
  return items;
}

/** Visits to the United States, one lane a country; `counted` (visit id → ordinal) numbers the visits a count counted. */
export function visitItems(countries: CountryVisits[], counted = new Map<number, number>()): Item[] {
  return countries.flatMap((c) =>
    c.visits.map((v) => {
      const number = counted.get(v.id);
      const who = v.visitor.trim();
      return {
        id: `visit:${c.country_id}:${v.id}`,
        lane: c.country_id,
        kind: "visit" as const,
        start: v.start,
        end: dayAfter(v.end),
        label: who,
        title: `${who} (${c.country}): ${v.start} to ${v.end}. ${v.description}`.trim(),
        className: number !== undefined ? "visit counted" : "visit",
        count: number,
      };
    }),
  );
}

/** Markers for stories, on their publication dates, in one lane. */
export function storyItems(lane: string, stories: StorySummary[]): Item[] {
  return stories
    .filter((s) => s.published !== null)
    .map((s) => ({
      id: `story:${lane}:${s.id}`,
      lane,
      kind: "story" as const,
      start: s.published as string,
      end: null,
      label: "",
      title: `Story: ${s.headline}`,
      className: "story",
    }));
}

/**
 * Quotes (not fragments) as markers on their story's publication date; a
 * quote whose story has no date, or is not among `stories`, is left out.
 */
export function quoteItems(lane: string, quotes: StoredQuote[], stories: StorySummary[]): Item[] {
  const published = new Map(stories.map((s) => [s.id, s.published]));
  return quotes
    .filter((q) => q.kind === "quote" && published.get(q.story_id))
    .map((q) => ({
      id: `quote:${lane}:${q.story_id}:${q.start}`,
      lane,
      kind: "quote" as const,
      start: published.get(q.story_id) as string,
      end: null,
      label: "",
      title: `Quote: “${q.text}” (${q.speaker ?? "speaker unclear"}, in “${q.headline}”)`,
      className: "quote",
    }));
}

/** The journey a timeline item belongs to, found again from its id. */
export function journeyOf(itemId: string, journeys: Map<string, Journey[]>): { lane: string; journey: Journey } | null {
  const [kind, lane, key] = itemId.split(":");
  const list = journeys.get(lane) ?? [];
  if (kind === "journey") {
    const journey = list.find((j) => j.start === key);
    return journey ? { lane, journey } : null;
  }
  if (kind === "stop") {
    const journey = list.find((j) => j.stops.some((s) => String(s.id) === key));
    return journey ? { lane, journey } : null;
  }
  return null;
}

/** Stories published while a journey was under way (or the day before or after). */
export function storiesDuring(journey: Journey, stories: StorySummary[]): StorySummary[] {
  const from = new Date(`${journey.start}T00:00:00Z`);
  from.setUTCDate(from.getUTCDate() - 1);
  const until = dayAfter(journey.end);
  const first = from.toISOString().slice(0, 10);
  return stories.filter((s) => s.published !== null && s.published >= first && s.published <= until);
}

/**
 * What a bar shows: a stop its country; a journey, zoomed out, its
 * countries (zoomed in its stops say them), and the number a count gave it.
 */
export function barText(item: Item, zoomedOut: boolean): string {
  const number = item.count !== undefined ? `${item.count}` : "";
  if (item.kind === "journey" && !zoomedOut) return number;
  return [number, item.label].filter(Boolean).join(" · ");
}

/** The suffix of an ordinal number: 1 → "st", 2 → "nd", 11 → "th". */
export function nthSuffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return "th";
  return ["th", "st", "nd", "rd"][n % 10] ?? "th";
}
