import { describe, expect, it } from "vitest";
import { segments } from "../../src/lib/highlight";

describe("segments", () => {
  it("splits a snippet at the match marks", () => {
    expect(segments("said \uE000Herzog\uE001 on \uE000Monday\uE001.")).toEqual([
      { text: "said ", match: false },
      { text: "Herzog", match: true },
      { text: " on ", match: false },
      { text: "Monday", match: true },
      { text: ".", match: false },
    ]);
  });

  it("keeps markup as plain text", () => {
    expect(segments("<img onerror=x> \uE000a\uE001")).toEqual([
      { text: "<img onerror=x> ", match: false },
      { text: "a", match: true },
    ]);
  });
});
