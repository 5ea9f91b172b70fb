import { describe, expect, it } from "vitest";
import { sides, summary } from "../../src/lib/diffview";
import type { DiffOp } from "../../src/ipc";

const diff: DiffOp[] = [
  { op: "equal", reported: "This is a decisive moment", source: "This is a decisive moment" },
  { op: "delete", reported: "…", source: "probably the best, maybe the last" },
  { op: "equal", reported: "opportunity to get", source: "opportunity to get" },
  { op: "replace", reported: "[a deal]", source: "it" },
  { op: "insert", reported: "now", source: "" },
];

describe("diff sides", () => {
  it("marks what the report added, left out and changed, each on its own side", () => {
    const { reported, source } = sides(diff);
    expect(reported.map((p) => [p.text, p.mark])).toEqual([
      ["This is a decisive moment", "same"],
      ["…", "same"],
      ["opportunity to get", "same"],
      ["[a deal]", "changed"],
      ["now", "added"],
    ]);
    expect(source.map((p) => [p.text, p.mark])).toEqual([
      ["This is a decisive moment", "same"],
      ["probably the best, maybe the last", "dropped"],
      ["opportunity to get", "same"],
      ["it", "changed"],
    ]);
  });

  it("sums the changes up in words", () => {
    expect(summary(diff)).toBe("1 changed, 1 added, 1 left out");
    expect(summary([{ op: "equal", reported: "a", source: "a" }])).toBe("no differences in the words");
  });
});
