// The person records shown beside the Quotes section, and the editor's
// merges and splits of them.
import * as ipc from "../ipc";
import type { PersonRecord } from "../ipc";
import type { Desk } from "./desk.svelte";

export class People {
  records = $state<PersonRecord[] | null>(null);
  search = $state("");
  /** Records ticked for a merge, in the order ticked: the first is kept. */
  chosen = $state<number[]>([]);
  #desk: Desk;
  /** Called after a merge or split, so the quotes regroup. */
  #changed: () => void;

  constructor(desk: Desk, changed: () => void) {
    this.#desk = desk;
    this.#changed = changed;
  }

  async load() {
    await this.#desk.attempt(async () => (this.records = await ipc.listPeople(this.search.trim() || null)));
  }

  toggle(id: number) {
    this.chosen = this.chosen.includes(id) ? this.chosen.filter((c) => c !== id) : [...this.chosen, id];
  }

  /** The record a merge keeps: the first ticked. */
  get kept(): PersonRecord | undefined {
    return this.records?.find((r) => r.id === this.chosen[0]);
  }

  async merge() {
    const [into, ...others] = this.chosen;
    if (into === undefined || others.length === 0) return;
    const record = await this.#desk.attempt(() => ipc.mergePeople(into, others));
    if (!record) return;
    this.#desk.notify("info", `Merged into ${record.name}: ${record.names.join(", ")}.`);
    await this.#after();
  }

  async split(record: PersonRecord, name: string) {
    const split = await this.#desk.attempt(() => ipc.splitPerson(record.id, name));
    if (!split) return;
    this.#desk.notify("info", `${split.name} is now a person of their own, apart from ${record.name}.`);
    await this.#after();
  }

  async #after() {
    this.chosen = [];
    await this.load();
    this.#changed();
  }
}
