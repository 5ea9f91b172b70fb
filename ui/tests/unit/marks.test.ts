import { describe, expect, it } from "vitest";
import { paragraphs, speakerColor } from "../../src/lib/marks";

describe("paragraphs", () => {
  const headline = "Héadline";
  const body = "He said “yes” today.\nA claim: ninth visit.";
  // Offsets count characters of "headline\nbody".
  const base = Array.from(headline).length + 1;

  it("marks quotes and claims inside their paragraphs", () => {
    const yes = body.indexOf("yes");
    const claim = body.indexOf("ninth visit");
    const result = paragraphs(headline, body, [{ start: base + yes, end: base + yes + 3 }], [
      { start: base + claim, end: base + claim + "ninth visit".length },
    ]);
    expect(result).toHaveLength(2);
    expect(result[0]).toEqual([
      { text: "He said “", quote: null, claim: false },
      { text: "yes", quote: 0, claim: false },
      { text: "” today.", quote: null, claim: false },
    ]);
    expect(result[1].find((s) => s.claim)?.text).toBe("ninth visit");
  });

  it("gives each speaker one colour", () => {
    expect(speakerColor("Antony Blinken")).toBe(speakerColor("Antony Blinken"));
    expect(speakerColor(null)).toBe("var(--muted)");
  });
});
