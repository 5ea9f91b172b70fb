// The UI's state and the actions an editor takes, over the IPC layer.
// Components read this state and call these actions; they never call IPC.
import * as ipc from "../ipc";
import { AppError } from "../ipc";
import type {
  AnalysisProgress,
  ImportProgress,
  ImportResult,
  LibraryInfo,
  Story,
  StoryDraft,
  StoryFilters,
  StoryPage,
  StoryQuery,
  StoredQuote,
} from "../ipc";
import { describe, summarize } from "./imports";

export type Section = "stories" | "quotes" | "factchecks" | "visits" | "packets" | "trash" | "library";

export interface Notice {
  id: number;
  kind: "info" | "error";
  text: string;
  details: string[];
}

export function emptyQuery(): StoryQuery {
  return { text: null, from: null, to: null, outlet: null, tag: null, trash: false, limit: 200, offset: null };
}

export class Desk {
  section = $state<Section>("stories");
  query = $state<StoryQuery>(emptyQuery());
  page = $state<StoryPage>({ total: 0, stories: [] });
  selected = $state<Story | null>(null);
  filters = $state<StoryFilters>({ outlets: [], tags: [] });
  library = $state<LibraryInfo | null>(null);
  /** Why the library could not be opened; the app shows only this. */
  fatal = $state<AppError | null>(null);
  progress = $state<ImportProgress | null>(null);
  /** Background reading of stories: an older library's, or all again. */
  analysis = $state<AnalysisProgress | null>(null);
  notices = $state<Notice[]>([]);
  composing = $state(false);
  /** Opens the verification panel on a quote (set by the app shell). */
  onVerify: (quote: StoredQuote) => void = () => undefined;
  /** Starts a fact-check from a story's quote or claim (set by the app shell). */
  onFactcheck: (storyId: number, text: string) => void = () => undefined;
  hovering = $state(false);
  #nextNotice = 1;
  #listRequest = 0;

  async start() {
    try {
      this.library = await ipc.libraryInfo();
    } catch (error) {
      this.fatal = error instanceof AppError ? error : new AppError("ipc", String(error));
      return;
    }
    await this.refresh();
  }

  /** Shows a notice; information fades after a while, errors stay until dismissed. */
  notify(kind: Notice["kind"], text: string, details: string[] = []) {
    const id = this.#nextNotice++;
    this.notices = [...this.notices, { id, kind, text, details }];
    if (kind === "info") setTimeout(() => this.dismiss(id), 8000);
  }

  dismiss(id: number) {
    this.notices = this.notices.filter((n) => n.id !== id);
  }

  /** Runs an action, turning a failure into a notice the editor can read. */
  async attempt<T>(action: () => Promise<T>): Promise<T | undefined> {
    try {
      return await action();
    } catch (error) {
      this.notify("error", error instanceof Error ? error.message : String(error));
      return undefined;
    }
  }

  /** Follows the background reading; says so when the editor stopped it. */
  reading(progress: AnalysisProgress) {
    this.analysis = progress;
    if (progress.stopped) {
      this.notify("info", `Reading stopped after ${progress.done.toLocaleString()} of ${progress.total.toLocaleString()} stories; the others keep their earlier reading.`);
    }
  }

  /** Reads every story again in the background, for quotes, claims and people. */
  async reanalyze() {
    await this.attempt(() => ipc.reanalyzeLibrary());
  }

  /** Stops the background reading after its current step. */
  async stopReading() {
    await this.attempt(() => ipc.stopAnalysis());
  }

  show(section: Section) {
    this.section = section;
    if (section === "stories" || section === "trash") {
      this.query = { ...this.query, trash: section === "trash" };
      this.selected = null;
      void this.refresh();
    } else if (section === "library") {
      void this.attempt(async () => (this.library = await ipc.libraryInfo()));
    }
  }

  /** Shows a story in the Stories section, wherever the editor is. */
  async openStory(id: number) {
    this.section = "stories";
    this.query = { ...this.query, trash: false };
    await this.refresh();
    await this.select(id);
  }

  /** Lists what the changed query finds; the library itself is unchanged,
   * so its outlets and tags are not read again. */
  async search(changes: Partial<StoryQuery>) {
    this.query = { ...this.query, ...changes };
    await this.#list();
  }

  /** Reloads the list and the filters' outlets and tags, after a change. */
  async refresh() {
    await Promise.all([this.#list(), this.attempt(async () => (this.filters = await ipc.storyFilters()))]);
  }

  /** Reloads the list, ignoring answers to older requests. */
  async #list() {
    const request = ++this.#listRequest;
    await this.attempt(async () => {
      const page = await ipc.listStories(this.query);
      if (request === this.#listRequest) this.page = page;
    });
  }

  /** Appends the next page of the current listing. */
  async loadMore() {
    const request = this.#listRequest;
    const next = await this.attempt(() => ipc.listStories({ ...this.query, offset: this.page.stories.length }));
    if (!next || request !== this.#listRequest) return;
    this.page = { total: next.total, stories: [...this.page.stories, ...next.stories] };
  }

  async select(id: number | null) {
    if (id === null) {
      this.selected = null;
      return;
    }
    const story = await this.attempt(() => ipc.getStory(id));
    if (story) this.selected = story;
  }

  async paste(text: string): Promise<boolean> {
    const added = await this.attempt(() => ipc.createStory(text));
    if (!added) return false;
    if (added.outcome === "duplicate") {
      this.notify("info", `This story is already in the library (story ${added.id}); it was not added again.`);
    }
    this.composing = false;
    await this.refresh();
    await this.select(added.id);
    return true;
  }

  async save(id: number, draft: StoryDraft): Promise<boolean> {
    const story = await this.attempt(() => ipc.updateStory(id, draft));
    if (!story) return false;
    this.selected = story;
    await this.refresh();
    return true;
  }

  async restoreRevision(id: number, number: number) {
    const story = await this.attempt(() => ipc.restoreRevision(id, number));
    if (story) {
      this.selected = story;
      this.notify("info", `Revision ${number} restored; the version it replaced is kept as a revision.`);
      await this.refresh();
    }
  }

  async trash(id: number) {
    if ((await this.attempt(() => ipc.trashStory(id))) === undefined) return;
    this.selected = null;
    this.notify("info", "Moved to the trash. Open the trash to restore it.");
    await this.refresh();
  }

  async untrash(id: number) {
    if ((await this.attempt(() => ipc.untrashStory(id))) === undefined) return;
    this.selected = null;
    this.notify("info", "Restored from the trash.");
    await this.refresh();
  }

  async emptyTrash() {
    const count = await this.attempt(() => ipc.emptyTrash());
    if (count === undefined) return;
    this.selected = null;
    this.notify("info", `Deleted ${count} ${count === 1 ? "story" : "stories"} for good.`);
    await this.refresh();
  }

  async importWithDialog() {
    await this.#import(() => ipc.importWithDialog((p) => (this.progress = p)));
  }

  async importPaths(paths: string[]) {
    if (paths.length) await this.#import(() => ipc.importFiles(paths, (p) => (this.progress = p)));
  }

  async #import(run: () => Promise<ImportResult[]>) {
    const results = await this.attempt(run);
    this.progress = null;
    if (!results || results.length === 0) return;
    const summary = summarize(results);
    this.notify(summary.errors.length ? "error" : "info", describe(summary), summary.errors);
    this.section = "stories";
    this.query = { ...this.query, trash: false };
    await this.refresh();
    if (summary.focus !== null) await this.select(summary.focus);
  }

  async backup() {
    const path = await this.attempt(() => ipc.backupWithDialog());
    if (path) this.notify("info", `Backup written to ${path}.`);
  }

  async restore() {
    const kept = await this.attempt(() => ipc.restoreWithDialog());
    if (!kept) return;
    this.notify("info", `Library restored. What it replaced is kept in ${kept}.`);
    this.library = (await this.attempt(() => ipc.libraryInfo())) ?? this.library;
    this.selected = null;
    await this.refresh();
  }
}
