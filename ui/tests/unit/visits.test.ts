import { afterEach, describe, expect, it, vi } from "vitest";

// The IPC module, answered by the test: each listJourneys call waits until
// the test lets it answer, so two readings can finish in either order.
const pending: Array<{ official: string; answer: () => void }> = [];
vi.mock("../../src/ipc", () => ({
  listJourneys: (query: { official: string }) =>
    new Promise((resolve) =>
      pending.push({
        official: query.official,
        answer: () => resolve({ official: { name: query.official }, journeys: [{ start: "2024-08-18" }] }),
      }),
    ),
  listStories: async () => ({ stories: [], more: false }),
  listQuotes: async () => ({ quotes: [], more: false }),
}));

const { Visits } = await import("../../src/lib/visits.svelte");

/** A Desk that runs what it is asked to, as the real one does when nothing fails. */
const desk = { attempt: async <T>(action: () => Promise<T>) => action() } as never;

const official = (name: string) => ({ id: 1, key: name, name, role: "secretary", stops: 1, term_start: null, term_end: null });

afterEach(() => (pending.length = 0));

describe("Visits", () => {
  it("shows the journeys of the latest reading, not of one begun earlier that answers later", async () => {
    const visits = new Visits(desk);
    visits.officials = [official("Antony John Blinken"), official("Ada Quill Vance")];
    const everyone = visits.refresh();
    await vi.waitFor(() => expect(pending).toHaveLength(2));
    visits.official = "Ada Quill Vance";
    const one = visits.refresh();
    await vi.waitFor(() => expect(pending).toHaveLength(3));
    pending[2].answer();
    await one;
    pending[0].answer();
    pending[1].answer();
    await everyone;
    expect([...visits.journeys.keys()]).toEqual(["Ada Quill Vance"]);
    expect(visits.loading).toBe(false);
  });
});
