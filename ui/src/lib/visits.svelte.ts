// The Visits section's state: which officials and regions are on the
// timeline, their journeys and the stories about them, the journey the
// editor opened, and the editor's actions on the travel records.
import * as ipc from "../ipc";
import type {
  CountryVisits,
  Journey,
  JourneyQuery,
  Official,
  OrdinalAnswer,
  Override,
  Region,
  StopDraft,
  StoredQuote,
  StorySummary,
  TravelFlag,
  VisitOrdinalAnswer,
} from "../ipc";
import type { Desk } from "./desk.svelte";
import { journeyItems, journeyOf, quoteItems, storyItems, visitItems, type Item, type Lane } from "./timeline";

/** Lanes of officials' journeys, of regions, or of countries whose leaders visited the US. */
export type LanesBy = "official" | "region" | "country";

/** A journey the editor opened, with the lane it was clicked in. */
export interface Opened {
  official: string;
  journey: Journey;
}

export class Visits {
  officials = $state<Official[]>([]);
  regions = $state<Region[]>([]);
  flags = $state<TravelFlag[]>([]);
  lanesBy = $state<LanesBy>("official");
  /** Only this official ("" for all). */
  official = $state("");
  /** Only journeys visiting this region ("" for all). */
  region = $state("");
  since = $state("");
  until = $state("");
  gap = $state(1);
  /** Each official's journeys, by official name. */
  journeys = $state(new Map<string, Journey[]>());
  /** Stories naming each official, by official name. */
  stories = $state(new Map<string, StorySummary[]>());
  /** Quotes each official is reported to have said, by official name. */
  quotes = $state(new Map<string, StoredQuote[]>());
  opened = $state<Opened | null>(null);
  loading = $state(false);
  /** Foreign leaders' visits to the US, by country. */
  countryVisits = $state<CountryVisits[]>([]);
  /** The journeys the last count counted, by official: journey start → number. */
  countedJourneys = $state(new Map<string, Map<string, number>>());
  /** The visits the last count of visits counted: visit id → number. */
  countedVisits = $state(new Map<number, number>());
  #desk: Desk;
  /** Counts the readings of journeys begun: only the latest one's answers are shown. */
  #refreshes = 0;

  constructor(desk: Desk) {
    this.#desk = desk;
  }

  /** Reads officials, regions and flags, then the journeys on show. */
  async load() {
    await this.#desk.attempt(async () => {
      [this.officials, this.regions, this.flags, this.countryVisits] = await Promise.all([
        ipc.listOfficials(),
        ipc.listRegions(),
        ipc.travelFlags(),
        ipc.listVisitsByCountry(),
      ]);
    });
    await this.refresh();
  }

  query(official: string): JourneyQuery {
    return {
      official,
      region: this.region || null,
      country: null,
      since: this.since || null,
      until: this.until || null,
      gap: this.gap,
    };
  }

  /**
   * Reads the journeys (and stories and quotes) of the officials on show. A
   * reading begun earlier that answers later (every official's, at opening,
   * after the editor has picked one) is dropped, not shown.
   */
  async refresh() {
    const shown = this.officials.filter((o) => !this.official || o.name === this.official);
    const reading = ++this.#refreshes;
    this.loading = true;
    await this.#desk.attempt(async () => {
      const answers = await Promise.all(shown.map((o) => ipc.listJourneys(this.query(o.key))));
      const pages = await Promise.all(
        shown.map((o) => ipc.listStories({ ...storyQuery(o.name), from: this.since || null, to: this.until || null })),
      );
      const quotes = await Promise.all(
        shown.map((o) => ipc.listQuotes({ speaker: surname(o.name), fragments: true, limit: 2000 })),
      );
      if (reading !== this.#refreshes) return;
      this.journeys = new Map(answers.map((a) => [a.official.name, a.journeys]));
      this.stories = new Map(pages.map((p, i) => [shown[i].name, p.stories]));
      this.quotes = new Map(quotes.map((q, i) => [shown[i].name, q.quotes]));
    });
    if (reading === this.#refreshes) this.loading = false;
  }

  /** The countries whose visits are on show: those of the region picked, if one is. */
  get shownCountries(): CountryVisits[] {
    const members = new Set(this.regions.find((r) => r.name === this.region)?.members ?? []);
    const within = (day: string) => (!this.since || day >= this.since) && (!this.until || day <= this.until);
    return this.countryVisits
      .filter((c) => !this.region || members.has(c.country_id))
      .map((c) => ({ ...c, visits: c.visits.filter((v) => within(v.start)) }))
      .filter((c) => c.visits.length > 0);
  }

  /** The timeline's lanes. */
  get lanes(): Lane[] {
    if (this.lanesBy === "country") return this.shownCountries.map((c) => ({ id: c.country_id, label: `${c.country} (${c.visits.length})` }));
    if (this.lanesBy === "official") return [...this.journeys.keys()].map((name) => ({ id: name, label: name }));
    return this.regions.filter((r) => !this.region || r.name === this.region).map((r) => ({ id: r.name, label: r.name }));
  }

  /** Journeys by lane: an official's, or every official's stops in a region. */
  get byLane(): Map<string, Journey[]> {
    if (this.lanesBy === "official") return this.journeys;
    const lanes = new Map<string, Journey[]>();
    for (const lane of this.lanes) {
      const members = new Set(this.regions.find((r) => r.name === lane.id)?.members ?? []);
      const inRegion = [...this.journeys.values()]
        .flat()
        .map((j) => ({ ...j, stops: j.stops.filter((s) => members.has(s.country_id)) }))
        .filter((j) => j.stops.length > 0);
      lanes.set(lane.id, inRegion);
    }
    return lanes;
  }

  /** Everything the timeline draws. */
  get items(): Item[] {
    if (this.lanesBy === "country") return visitItems(this.shownCountries, this.countedVisits);
    const lanes = this.byLane;
    const items: Item[] = [];
    for (const [lane, journeys] of lanes) {
      const counted = this.lanesBy === "official" ? this.countedJourneys.get(lane) : undefined;
      items.push(...journeyItems(lane, journeys, this.regions, counted));
    }
    if (this.lanesBy === "official") {
      for (const [name, stories] of this.stories) {
        items.push(...storyItems(name, stories), ...quoteItems(name, this.quotes.get(name) ?? [], stories));
      }
    }
    return items;
  }

  /** Puts a count's numbers on the journeys it counted. */
  showCount(answer: OrdinalAnswer) {
    const numbers = new Map(answer.counted.map((j) => [j.start, j.ordinal ?? 0]));
    this.countedJourneys = new Map([[answer.official.name, numbers]]);
  }

  /** Puts a count's numbers on the visits it counted, and shows the visits' lanes. */
  showVisitCount(answer: VisitOrdinalAnswer) {
    this.countedVisits = new Map(answer.counted.map((v) => [v.id, v.ordinal ?? 0]));
    this.lanesBy = "country";
  }

  /** Opens the journey of a clicked item; a story or quote marker opens its story. */
  select(itemId: string) {
    if (itemId.startsWith("story:") || itemId.startsWith("quote:")) {
      void this.#desk.openStory(Number(itemId.split(":")[2]));
      return;
    }
    const found = journeyOf(itemId, this.byLane);
    if (!found) return;
    const official = found.journey.stops[0]?.official ?? found.lane;
    const full = (this.journeys.get(official) ?? []).find((j) => j.stops.some((s) => s.id === found.journey.stops[0]?.id));
    this.opened = { official, journey: full ?? found.journey };
  }

  /** Stories about the opened journey's official. */
  storiesOf(official: string): StorySummary[] {
    return this.stories.get(official) ?? [];
  }

  /** Splits or joins journeys at a stop, then redraws. */
  async override(official: string, day: string, country: string, kind: Override | null) {
    const done = await this.#desk.attempt(() => ipc.setJourneyOverride(official, day, country, kind));
    if (done === undefined) return;
    this.opened = null;
    await this.refresh();
    this.#desk.notify("info", kind === null ? "The journey rule applies again at that stop." : `Journeys ${kind === "split" ? "split" : "joined"} at ${country} on ${day}.`);
  }

  /** Imports travel-record files picked in the native dialog. */
  async importRecords() {
    const results = await this.#desk.attempt(() => ipc.importTravelsWithDialog());
    if (!results?.length) return;
    const added = results.reduce((n, r) => n + r.added, 0);
    const skipped = results.reduce((n, r) => n + r.duplicates, 0);
    const flagged = results.flatMap((r) => r.flagged.map((f) => `${r.file}: record ${f.record_id ?? "?"}: ${f.problem}`));
    // Records of stops or of visits to the US: the file said which.
    const records = `${added} record${added === 1 ? "" : "s"}`;
    this.#desk.notify("info", `Imported ${records}; ${skipped} duplicates skipped; ${flagged.length} flagged.`, flagged);
    await this.load();
  }

  /** Saves the shown official's journeys as an SVG image, where the editor chooses. */
  async exportImage() {
    const official = this.official || this.officials[0]?.name;
    if (!official) return;
    const path = await this.#desk.attempt(() => ipc.exportTimelineWithDialog(this.query(official)));
    if (path) this.#desk.notify("info", `Timeline saved to ${path}.`);
  }

  /** Saves the editor's correction of a stop, then redraws. */
  async updateStop(id: number, draft: StopDraft): Promise<boolean> {
    const done = await this.#desk.attempt(() => ipc.updateStop(id, draft));
    if (done === undefined) return false;
    this.#desk.notify("info", `Stop saved: ${draft.country}, ${draft.start} to ${draft.end}.`);
    this.opened = null;
    await this.load();
    return true;
  }

  /** Saves a region's countries (a new name makes a new region), then recounts. */
  async saveRegion(name: string, countries: string[]): Promise<boolean> {
    const region = await this.#desk.attempt(() => ipc.setRegion(name, countries));
    if (region === undefined) return false;
    this.#desk.notify("info", `Region ${region.name} saved: ${region.members.length} countries.`);
    await this.load();
    return true;
  }

  /** Adds a stop typed by the editor. */
  async addStop(draft: StopDraft): Promise<boolean> {
    const id = await this.#desk.attempt(() => ipc.addStop(draft));
    if (id === undefined) return false;
    this.#desk.notify("info", `Stop added: ${draft.country}, ${draft.start} to ${draft.end}.`);
    await this.load();
    return true;
  }
}

/** An official's surname, as stories and quotes name them. */
function surname(official: string): string {
  return official.split(/\s+/).pop() ?? official;
}

/** Stories naming an official by surname. */
function storyQuery(official: string) {
  return { text: surname(official), from: null, to: null, outlet: null, tag: null, trash: false, limit: 500, offset: null };
}
