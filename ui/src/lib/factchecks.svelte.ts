// The Fact-checks section's state: the filtered log, the check on show with
// its history, the rating scale, and the editor's actions on them.
import * as ipc from "../ipc";
import type { EvidenceDraft, FactCheck, FactCheckEvent, FactCheckFilter, FactCheckStatus, Rating } from "../ipc";
import type { Desk } from "./desk.svelte";

/** The workflow's next steps from each status, as buttons. */
export const NEXT_STEPS: Record<FactCheckStatus, { to: FactCheckStatus; label: string }[]> = {
  open: [{ to: "in_review", label: "Send to review" }, { to: "dropped", label: "Drop" }],
  in_review: [{ to: "verified", label: "Mark verified" }, { to: "open", label: "Back to open" }, { to: "dropped", label: "Drop" }],
  verified: [{ to: "published", label: "Publish" }, { to: "in_review", label: "Back to review" }, { to: "dropped", label: "Drop" }],
  published: [{ to: "in_review", label: "Reopen for review" }],
  dropped: [{ to: "open", label: "Reopen" }],
};

/** "in_review" → "in review". */
export function statusWords(status: FactCheckStatus): string {
  return status.replace("_", " ");
}

export class FactChecks {
  list = $state<FactCheck[]>([]);
  ratings = $state<Rating[]>([]);
  filter = $state<FactCheckFilter>({ status: null, verdict: null, claimant: null, from: null, to: null });
  selected = $state<FactCheck | null>(null);
  log = $state<FactCheckEvent[]>([]);
  #desk: Desk;

  constructor(desk: Desk) {
    this.#desk = desk;
  }

  async load() {
    await this.#desk.attempt(async () => {
      [this.ratings, this.list] = await Promise.all([ipc.listRatings(), ipc.listFactchecks(this.filter)]);
    });
  }

  async select(id: number) {
    await this.#desk.attempt(async () => {
      [this.selected, this.log] = await Promise.all([ipc.getFactcheck(id), ipc.factcheckLog(id)]);
    });
  }

  /** Starts a check from a story's quote or claim and shows it. */
  async startFrom(storyId: number, text: string) {
    const check = await this.#desk.attempt(() => ipc.factcheckFromStory(storyId, text));
    if (!check) return;
    this.#desk.show("factchecks");
    await this.load();
    await this.select(check.id);
    this.#desk.notify("info", `Fact-check ${check.id} started from the story.`);
  }

  /** Adds a rating to the newsroom's scale, or changes one. */
  async setRating(name: string, value: number | null, alternateName: string): Promise<boolean> {
    const rating = await this.#desk.attempt(() => ipc.setRating(name, value, alternateName || name));
    if (!rating) return false;
    this.#desk.notify("info", `Rating “${rating.name}” saved: ${rating.value ?? "no number"}, ClaimReview “${rating.alternate_name}”.`);
    await this.load();
    return true;
  }

  /** Starts a check typed by the editor. */
  async add(claim: string, claimant: string): Promise<boolean> {
    const draft = { claim, claimant: claimant || null, story_id: null, appeared_url: null, appeared_date: null, origin_text: null, verdict: null, summary: null };
    const check = await this.#desk.attempt(() => ipc.addFactcheck(draft));
    if (!check) return false;
    await this.load();
    await this.select(check.id);
    return true;
  }

  async setStatus(status: FactCheckStatus) {
    await this.#change((id) => ipc.setFactcheckStatus(id, status));
  }

  async setVerdict(verdict: string) {
    await this.#change((id) => ipc.setFactcheckVerdict(id, verdict));
  }

  async setSummary(summary: string) {
    await this.#change((id) => ipc.setFactcheckSummary(id, summary));
  }

  async addEvidence(draft: EvidenceDraft): Promise<boolean> {
    return this.#change((id) => ipc.addEvidence(id, draft));
  }

  async #change(action: (id: number) => Promise<FactCheck>): Promise<boolean> {
    const id = this.selected?.id;
    if (id === undefined) return false;
    const changed = await this.#desk.attempt(() => action(id));
    if (!changed) return false;
    await this.load();
    await this.select(id);
    return true;
  }
}
