// The Packets section's state: what the packet is built around, which parts
// it has, its preview, and its export.
import * as ipc from "../ipc";
import type { ExportStep, Journey, Official, Packet, PacketParts, PacketSelection, StorySummary } from "../ipc";
import type { Desk } from "./desk.svelte";

export type Basis = "stories" | "journey" | "person" | "dates";

/** The parts an editor can switch off, with their names on screen. */
export const PARTS: { key: keyof PacketParts; label: string }[] = [
  { key: "cover", label: "Cover" },
  { key: "summary", label: "Summary" },
  { key: "itinerary", label: "Itinerary" },
  { key: "people", label: "People" },
  { key: "quotes", label: "Key quotes" },
  { key: "factchecks", label: "Fact-checks" },
  { key: "claim_checks", label: "Claim checks" },
  { key: "sources", label: "Sources" },
];

export class Packets {
  basis = $state<Basis>("stories");
  stories = $state<StorySummary[]>([]);
  chosen = $state<number[]>([]);
  officials = $state<Official[]>([]);
  official = $state("");
  journeys = $state<Journey[]>([]);
  journeyStart = $state("");
  person = $state("");
  since = $state("");
  until = $state("");
  title = $state("");
  parts = $state<PacketParts>({
    cover: true, summary: true, itinerary: true, people: true, quotes: true, factchecks: true, claim_checks: true, sources: true,
  });
  format = $state("pdf");
  preview = $state<Packet | null>(null);
  progress = $state<ExportStep | null>(null);
  #desk: Desk;

  constructor(desk: Desk) {
    this.#desk = desk;
  }

  async load() {
    await this.#desk.attempt(async () => {
      const [page, officials] = await Promise.all([
        ipc.listStories({ text: null, from: null, to: null, outlet: null, tag: null, trash: false, limit: 200, offset: null }),
        ipc.listOfficials(),
      ]);
      this.stories = page.stories;
      this.officials = officials;
      if (!this.official && officials.length) this.official = officials[0].name;
    });
    await this.loadJourneys();
  }

  async loadJourneys() {
    if (!this.official) return;
    const query = { official: this.official, region: null, country: null, since: null, until: null, gap: null };
    this.journeys = (await this.#desk.attempt(() => ipc.listJourneys(query)))?.journeys.slice().reverse() ?? [];
  }

  /** The selection as the core takes it. */
  get selection(): PacketSelection {
    const officialKey = this.officials.find((o) => o.name === this.official)?.key ?? null;
    return {
      stories: this.basis === "stories" ? this.chosen : [],
      journey_official: this.basis === "journey" ? officialKey : null,
      journey_start: this.basis === "journey" && this.journeyStart ? this.journeyStart : null,
      person: this.basis === "person" && this.person.trim() ? this.person.trim() : null,
      since: this.basis === "dates" && this.since ? this.since : null,
      until: this.basis === "dates" && this.until ? this.until : null,
      title: this.title.trim() || null,
      parts: this.parts,
    };
  }

  toggle(id: number) {
    this.chosen = this.chosen.includes(id) ? this.chosen.filter((c) => c !== id) : [...this.chosen, id];
  }

  async showPreview() {
    this.preview = (await this.#desk.attempt(() => ipc.packetPreview(this.selection))) ?? null;
  }

  async exportFile() {
    const path = await this.#desk.attempt(() =>
      ipc.exportPacketWithDialog(this.selection, this.format, (step) => (this.progress = step)),
    );
    this.progress = null;
    if (path) this.#desk.notify("info", `Packet saved to ${path}.`);
  }
}
