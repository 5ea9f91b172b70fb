import { describe, expect, it } from "vitest";
import { describe as describeImport, summarize } from "../../src/lib/imports";
import type { ImportResult } from "../../src/ipc";

const results: ImportResult[] = [
  { file: "/news/a.txt", added: { outcome: "created", id: 4 }, error: null },
  { file: "/news/seed.txt", added: { outcome: "duplicate", id: 1, reason: "same_body" }, error: null },
  { file: "/news/empty.txt", added: null, error: { code: "empty_file", message: "/news/empty.txt: is empty" } },
];

describe("import summary", () => {
  it("counts, names duplicates and keeps every error", () => {
    const summary = summarize(results);
    expect(summary.imported).toBe(1);
    expect(summary.duplicates).toEqual([{ file: "seed.txt", id: 1 }]);
    expect(summary.errors).toEqual(["/news/empty.txt: is empty"]);
    expect(summary.focus).toBe(4);
    expect(describeImport(summary)).toBe(
      "Imported 1 story. seed.txt is already in the library (story 1); not imported again. 1 file(s) could not be imported.",
    );
  });

  it("says when nothing happened", () => {
    expect(describeImport(summarize([]))).toBe("Nothing was imported.");
  });
});
