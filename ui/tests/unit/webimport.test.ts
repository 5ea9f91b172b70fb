import { describe, expect, it } from "vitest";
import { addressesIn, outcome } from "../../src/lib/webimport.svelte";
import type { ImportResult } from "../../src/ipc";

describe("addresses in pasted text", () => {
  it("takes each http(s) address once, in order, from lines, spaces and prose", () => {
    const pasted = `https://www.voanews.com/a/one.html
      see http://example.org/two?id=3, and (https://state.gov/remarks/).
      https://www.voanews.com/a/one.html ftp://example.org/x stories/https.html`;
    expect(addressesIn(pasted)).toEqual([
      "https://www.voanews.com/a/one.html",
      "http://example.org/two?id=3",
      "https://state.gov/remarks/",
    ]);
  });

  it("keeps a parenthesis that is part of the address", () => {
    expect(addressesIn("(see https://en.wikipedia.org/wiki/Foo_(bar)).")).toEqual(["https://en.wikipedia.org/wiki/Foo_(bar)"]);
  });

  it("finds nothing in text without addresses", () => {
    expect(addressesIn("Blinken said on Monday")).toEqual([]);
    expect(addressesIn("https://")).toEqual([]);
  });
});

describe("what became of an address", () => {
  const base = { file: "https://example.org/a", added: null, error: null } satisfies ImportResult;
  it("says what was imported, what was already there, and why one failed", () => {
    expect(outcome({ ...base, added: { outcome: "created", id: 4 } }, "story")).toBe("Imported as story 4.");
    expect(outcome({ ...base, added: { outcome: "duplicate", id: 2, reason: "same_url" } }, "source")).toBe(
      "Already in the library (source 2); not imported again.",
    );
    const error = { code: "http_status", message: "https://example.org/a: the server answered 404 Not Found" } as const;
    expect(outcome({ ...base, error }, "story")).toBe(error.message);
  });
});
