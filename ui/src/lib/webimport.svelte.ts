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
    let address = word.replace(/^[(\[]+/, "").replace(/[,.;\]]+$/, "");
    // A closing parenthesis belongs to the address only when it opened one ("…/Foo_(bar)").
    while (address.endsWith(")") && count(address, "(") < count(address, ")")) address = address.slice(0, -1).replace(/[,.;]+$/, "");
    if (/^https?:\/\/[^\s/]+/i.test(address) && !found.includes(address)) found.push(address);
  }
  return found;
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

/** One address's outcome in words. */
export function outcome(result: ImportResult, kind: "story" | "source"): string {
  if (result.error) return result.error.message;
  if (result.added?.outcome === "created") return `Imported as ${kind} ${result.added.id}.`;
  if (result.added?.outcome === "duplicate") return `Already in the library (${kind} ${result.added.id}); not imported again.`;
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
    const cancelled = results.some((r) => r.error?.code === "cancelled");
    const failed = results.filter((r) => r.error && r.error.code !== "cancelled").length;
    const kinds = this.asSources ? ["source", "sources"] : ["story", "stories"];
    const what = `Imported ${imported} ${kinds[imported === 1 ? 0 : 1]} from the web`;
    const rest = [failed ? `${failed} address(es) failed` : "", cancelled ? "the rest was cancelled" : ""].filter(Boolean);
    this.#desk.notify(failed ? "error" : "info", rest.length ? `${what}; ${rest.join("; ")}.` : `${what}.`);
    if (!this.asSources) await this.#desk.refresh();
  }

  async cancel() {
    await this.#desk.attempt(() => ipc.cancelWebImport());
  }
}
