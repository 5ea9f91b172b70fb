// The verification panel's state: the quote being checked, the passages
// found for it (best first) or the source the editor chose, the statement's
// other versions across stories, and the quote's status history.
import * as ipc from "../ipc";
import type { DriftVersion, PageEvidence, QuoteStatus, SourceSummary, StoredQuote, Verification, VerificationStatus } from "../ipc";
import type { Desk } from "./desk.svelte";

export class VerificationPanel {
  quote = $state<StoredQuote | null>(null);
  results = $state<Verification[]>([]);
  chosen = $state(0);
  sources = $state<SourceSummary[]>([]);
  history = $state<QuoteStatus[]>([]);
  drift = $state<DriftVersion[]>([]);
  /** The web page the source on show was fetched from, if it was. */
  pages = $state<PageEvidence[]>([]);
  loading = $state(false);
  #desk: Desk;

  constructor(desk: Desk) {
    this.#desk = desk;
  }

  /** The desk, for panels that ask it themselves (the saved page). */
  get desk(): Desk {
    return this.#desk;
  }

  /** The result on show. */
  get current(): Verification | null {
    return this.results[this.chosen] ?? null;
  }

  /** Opens the panel on a quote: searches the library's sources for it. */
  async open(quote: StoredQuote) {
    this.quote = quote;
    this.results = [];
    this.chosen = 0;
    await Promise.all([this.#search(null), this.#loadHistory(), this.#loadSources()]);
  }

  close() {
    this.quote = null;
  }

  /** Checks the quote against one source (null: search them all again). */
  async useSource(sourceId: number | null) {
    this.chosen = 0;
    await this.#search(sourceId);
  }

  /** Shows another of the passages found. */
  async show(index: number) {
    this.chosen = index;
    await this.#loadDrift();
  }

  /** Adds a source from a file, then checks the quote against it. */
  async importSource() {
    const id = await this.#desk.attempt(() => ipc.importSourceWithDialog());
    if (id === undefined || id === null) return;
    await this.#loadSources();
    await this.useSource(id);
  }

  /** Adds a pasted source (first line: title), then checks the quote against it. */
  async pasteSource(text: string, url: string | null): Promise<boolean> {
    const [title, ...rest] = text.trim().split("\n");
    const draft = { title: title ?? "", body: rest.join("\n"), issuer: null, date: null, url, kind: null, origin: null };
    const id = await this.#desk.attempt(() => ipc.addSource(draft));
    if (id === undefined) return false;
    await this.#loadSources();
    await this.useSource(id);
    return true;
  }

  /** Records the editor's status, with the verdict on show as evidence. */
  async setStatus(status: VerificationStatus, note: string) {
    const quote = this.quote;
    if (!quote) return;
    const shown = this.current;
    const evidence = shown && shown.source_id !== null ? [shown.source_id, shown.verdict] as const : [null, null] as const;
    const saved = await this.#desk.attempt(() =>
      ipc.setQuoteStatus({ story_id: quote.story_id, anchor: quote.anchor }, status, note, evidence[0], evidence[1]),
    );
    if (saved) this.history = [saved, ...this.history];
  }

  async #search(sourceId: number | null) {
    const quote = this.quote;
    if (!quote) return;
    this.loading = true;
    this.results = (await this.#desk.attempt(() => ipc.verifyQuote(quote.text, quote.speaker, sourceId))) ?? [];
    this.loading = false;
    await this.#loadDrift();
  }

  async #loadHistory() {
    const quote = this.quote;
    if (quote) this.history = (await this.#desk.attempt(() => ipc.quoteStatuses({ story_id: quote.story_id, anchor: quote.anchor }))) ?? [];
  }

  async #loadSources() {
    this.sources = (await this.#desk.attempt(() => ipc.listSources(null))) ?? [];
  }

  async #loadDrift() {
    const shown = this.current;
    const quote = this.quote;
    this.drift = [];
    this.pages = [];
    const source = shown?.source_id ?? null;
    if (source !== null) this.pages = (await this.#desk.attempt(() => ipc.sourcePages(source))) ?? [];
    if (!shown || shown.source_id === null || shown.verdict === "absent" || !quote) return;
    const id = shown.source_id;
    this.drift = (await this.#desk.attempt(() => ipc.quoteDrift(id, quote.text))) ?? [];
  }
}
