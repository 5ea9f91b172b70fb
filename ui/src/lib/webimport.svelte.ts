// Importing stories and sources from web addresses: the addresses the
// editor pasted or dropped, the import's progress and Cancel, and what
// became of each address.
import * as ipc from "../ipc";
import type { ImportProgress, ImportResult } from "../ipc";
import type { Desk } from "./desk.svelte";

/** The http(s) addresses in pasted or dropped text, in order, each once. */
export function addressesIn(text: string): string[] {
  const found: string[] = [];
  for (const word of text.split(/[\s<>"']+/)) {
    const address = word.replace(/^[(\[]+/, "").replace(/[),.;\]]+$/, "");
    if (/^https?:\/\/[^\s/]+/i.test(address) && !found.includes(address)) found.push(address);
  }
  return found;
}

/** One address's outcome in words. */
export function outcome(result: ImportResult, kind: "story" | "source"): string {
  if (result.error) return result.error.message;
  if (result.added?.outcome === "created") return `Imported as ${kind} ${result.added.id}.`;
  if (result.added?.outcome === "duplicate") return `Already in the library (${kind} ${result.added.id}); not fetched again.`;
  return "Not imported.";
}

export class WebImport {
  open = $state(false);
  text = $state("");
  asSources = $state(false);
  progress = $state<ImportProgress | null>(null);
  results = $state<ImportResult[]>([]);
  running = $state(false);
  #desk: Desk;

  constructor(desk: Desk) {
    this.#desk = desk;
  }

  get addresses(): string[] {
    return addressesIn(this.text);
  }

  show() {
    this.open = true;
    this.results = [];
  }

  async start() {
    const addresses = this.addresses;
    if (!addresses.length || this.running) return;
    this.running = true;
    this.results = [];
    this.progress = { done: 0, total: addresses.length, file: addresses[0] };
    const results = await this.#desk.attempt(() =>
      ipc.importAddresses(addresses, this.asSources, (p) => (this.progress = p)),
    );
    this.running = false;
    this.progress = null;
    if (!results) return;
    this.results = results;
    const imported = results.filter((r) => r.added?.outcome === "created").length;
    const failed = results.filter((r) => r.error).length;
    const kinds = this.asSources ? ["source", "sources"] : ["story", "stories"];
    const what = `Imported ${imported} ${kinds[imported === 1 ? 0 : 1]} from the web`;
    this.#desk.notify(failed ? "error" : "info", failed ? `${what}; ${failed} address(es) failed.` : `${what}.`);
    if (!this.asSources) await this.#desk.refresh();
  }

  async cancel() {
    await this.#desk.attempt(() => ipc.cancelWebImport());
  }
}
