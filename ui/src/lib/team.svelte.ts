// The team library on this desk: where it stands (for the navigation),
// joining one, syncing in the background without blocking the window, and
// the conflicts found.
import * as ipc from "../ipc";
import { AppError } from "../ipc";
import type { Conflict, SyncProgress, TeamStatus } from "../ipc";
import type { Desk } from "./desk.svelte";

/** How often a joined desk syncs in the background. */
export const SYNC_EVERY_MS = 60_000;

/** A team library's address, as an editor types it. */
export interface TeamAddress {
  server: string;
  database: string;
  user: string;
  encryption: "verify-full" | "require" | "disable";
  /** The newsroom's own certificate authority (a PEM file), for verify-full. */
  authority?: string;
}

/** The postgres:// URL of an address, without its password. */
export function teamUrl(address: TeamAddress): string {
  const user = encodeURIComponent(address.user.trim());
  const database = encodeURIComponent(address.database.trim());
  const authority = address.authority?.trim();
  const root = address.encryption === "verify-full" && authority ? `&sslrootcert=${encodeURIComponent(authority)}` : "";
  return `postgres://${user}@${address.server.trim()}/${database}?sslmode=${address.encryption}${root}`;
}

/** What the navigation says: Synced · N changes waiting · Offline · N conflicts; null while the desk works alone. */
export function teamLabel(status: TeamStatus | null, offline: boolean, syncing: boolean): string | null {
  if (!status) return null;
  const parts: string[] = [];
  if (offline) parts.push("Offline");
  else if (syncing) parts.push("Syncing…");
  else if (status.waiting === 0) parts.push("Synced");
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  if (status.waiting > 0) parts.push(`${plural(status.waiting, "change")} waiting`);
  if (status.conflicts > 0) parts.push(plural(status.conflicts, "conflict"));
  return parts.join(" · ");
}

export class Team {
  status = $state<TeamStatus | null>(null);
  conflicts = $state<Conflict[]>([]);
  syncing = $state(false);
  offline = $state(false);
  progress = $state<SyncProgress | null>(null);
  #desk: Desk;
  #timer: ReturnType<typeof setInterval> | undefined;

  constructor(desk: Desk) {
    this.#desk = desk;
  }

  get label(): string | null {
    return teamLabel(this.status, this.offline, this.syncing);
  }

  /** Reads where the desk stands; a joined desk syncs now and every minute. */
  async start() {
    await this.refresh();
    this.#timer ??= setInterval(() => {
      if (this.status) void this.sync(true);
    }, SYNC_EVERY_MS);
    if (this.status) void this.sync(true);
  }

  stop() {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  async refresh() {
    await this.#desk.attempt(async () => {
      this.status = await ipc.teamStatus();
      this.conflicts = this.status ? await ipc.teamConflicts() : [];
    });
  }

  /** Joins the team library; true when it worked (the error is shown otherwise). */
  async connect(address: TeamAddress, password: string): Promise<boolean> {
    const status = await this.#desk.attempt(() => ipc.teamConnect(teamUrl(address), password));
    if (!status) return false;
    this.status = status;
    this.#desk.notify("info", `Joined the team library at ${status.server}. This library is now shared with it.`);
    await this.sync(false);
    return true;
  }

  /**
   * Syncs now. In the background an unreachable server only shows "Offline"
   * in the navigation; asked for, every failure is shown.
   */
  async sync(background: boolean) {
    if (this.syncing) return;
    this.syncing = true;
    try {
      const report = await ipc.teamSync((p) => (this.progress = p));
      this.offline = false;
      if (!background) {
        this.#desk.notify("info", `Synced: ${report.pushed} changes sent, ${report.pulled} received, ${report.conflicts} conflicts.`);
      }
      if (report.pulled > 0) await this.#desk.refresh();
    } catch (error) {
      const unreachable = error instanceof AppError && error.code === "server_unreachable";
      this.offline = unreachable;
      if (!background || !unreachable) this.#desk.notify("error", error instanceof Error ? error.message : String(error));
    } finally {
      this.syncing = false;
      this.progress = null;
      await this.refresh();
    }
  }

  async resolve(conflict: Conflict, takeOther: boolean) {
    if ((await this.#desk.attempt(() => ipc.teamResolve(conflict.id, takeOther))) === undefined) return;
    await this.refresh();
    if (takeOther) await this.#desk.refresh();
  }

  async leave() {
    if ((await this.#desk.attempt(() => ipc.teamLeave())) === undefined) return;
    this.offline = false;
    await this.refresh();
    this.#desk.notify("info", "This desk left its team library and keeps everything it holds.");
  }
}
