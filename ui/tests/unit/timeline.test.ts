import { describe, expect, it } from "vitest";
import { barText, dayAfter, journeyItems, journeyOf, legend, nthSuffix, quoteItems, regionClass, storiesDuring, storyItems, visitItems } from "../../src/lib/timeline";
import type { CountryVisits, Journey, Region, Stop, StoredQuote, StorySummary } from "../../src/ipc";

const regions: Region[] = [
  { id: 3, name: "Europe and Eurasia", members: ["france", "turkiye"] },
  { id: 4, name: "Near East", members: ["israel", "egypt"] },
  { id: 7, name: "Middle East", members: ["israel", "egypt", "turkiye"] },
];

function stop(id: number, country_id: string, start: string, end: string): Stop {
  return {
    id, official: "Antony John Blinken", start, end, country_id, country: country_id[0].toUpperCase() + country_id.slice(1),
    locale: "", remarks: "", counterparts: id === 1 ? "President <b>Herzog</b>" : "", source_file: "x", record_id: null,
    imported_at: "", known_country: true,
  };
}

const journey: Journey = {
  ordinal: 9, start: "2024-08-18", end: "2024-08-20",
  stops: [stop(1, "israel", "2024-08-18", "2024-08-19"), stop(2, "egypt", "2024-08-20", "2024-08-20")],
};

function story(id: number, published: string | null): StorySummary {
  return { id, headline: `Story ${id}`, outlet: null, byline: null, published, url: null, tags: [], snippet: null, in_trash: false };
}

describe("timeline items", () => {
  it("draws a journey as a band and each stop coloured by its bureau", () => {
    const items = journeyItems("blinken", [journey], regions);
    expect(items.map((i) => [i.kind, i.start, i.end, i.className])).toEqual([
      ["journey", "2024-08-18", "2024-08-21", "journey"],
      ["stop", "2024-08-18", "2024-08-20", "region-3"],
      ["stop", "2024-08-20", "2024-08-21", "region-3"],
    ]);
    expect(items[0].title).toBe("9. 2024-08-18 to 2024-08-20: Israel, Egypt");
    expect(items[1].title).toContain("Met: President <b>Herzog</b>.");
  });

  it("colours countries outside every bureau apart and crosses month ends", () => {
    expect(regionClass("turkiye", regions)).toBe("region-2");
    expect(regionClass("atlantis", regions)).toBe("region-none");
    expect(dayAfter("2024-02-29")).toBe("2024-03-01");
    expect(dayAfter("2023-12-31")).toBe("2024-01-01");
  });

  it("finds the journey of a clicked stop or band", () => {
    const lanes = new Map([["blinken", [journey]]]);
    expect(journeyOf("stop:blinken:2", lanes)?.journey.ordinal).toBe(9);
    expect(journeyOf("journey:blinken:2024-08-18", lanes)?.journey.start).toBe("2024-08-18");
    expect(journeyOf("story:blinken:4", lanes)).toBeNull();
  });

  it("marks dated stories and links those published during the journey", () => {
    const stories = [story(1, "2024-08-19"), story(2, "2024-08-17"), story(3, "2024-08-25"), story(4, null)];
    expect(storyItems("blinken", stories).map((i) => i.start)).toEqual(["2024-08-19", "2024-08-17", "2024-08-25"]);
    expect(storiesDuring(journey, stories).map((s) => s.id)).toEqual([1, 2]);
  });

  it("marks quotes on their story's date, leaving out fragments and undated stories", () => {
    const quote = (story_id: number, text: string, kind: string): StoredQuote => ({
      story_id, headline: `Story ${story_id}`, text, speaker: "Antony Blinken", speaker_fixed: false, cue: "said", kind, start: 10, end: 20,
    });
    const quotes = [quote(1, "It is time for it to get done.", "quote"), quote(1, "last", "fragment"), quote(4, "Undated words said here", "quote"), quote(9, "Elsewhere", "quote")];
    const items = quoteItems("blinken", quotes, [story(1, "2024-08-19"), story(4, null)]);
    expect(items.map((i) => [i.id, i.start, i.kind])).toEqual([["quote:blinken:1:10", "2024-08-19", "quote"]]);
    expect(items[0].title).toBe("Quote: “It is time for it to get done.” (Antony Blinken, in “Story 1”)");
  });
});

describe("labels, counts and visits", () => {
  it("labels a journey with its countries zoomed out and with a count's number when counted", () => {
    const [plain] = journeyItems("blinken", [journey], regions);
    expect([barText(plain, true), barText(plain, false)]).toEqual(["Israel, Egypt", ""]);
    const [counted] = journeyItems("blinken", [journey], regions, new Map([["2024-08-18", 9]]));
    expect([barText(counted, true), barText(counted, false), counted.className]).toEqual(["9 · Israel, Egypt", "9", "journey counted"]);
    const stopItem = journeyItems("blinken", [journey], regions)[1];
    expect(barText(stopItem, false)).toBe("Israel");
  });

  it("draws each visit to the US in its country's lane, numbered when a count counted it", () => {
    const countries: CountryVisits[] = [{
      country_id: "israel", country: "Israel", visits: [
        { id: 7, ordinal: null, visitor: " President Isaac Herzog", country_id: "israel", country: "Israel", start: "2023-07-18", end: "2023-07-20", description: "Working Visit.", source_file: "x", record_id: "7" },
      ],
    }];
    const [item] = visitItems(countries, new Map([[7, 2]]));
    expect([item.lane, item.start, item.end, item.kind, item.className]).toEqual(["israel", "2023-07-18", "2023-07-21", "visit", "visit counted"]);
    expect(barText(item, true)).toBe("2 · President Isaac Herzog");
    expect(item.title).toBe("President Isaac Herzog (Israel): 2023-07-18 to 2023-07-20. Working Visit.");
  });

  it("writes ordinals as editors do", () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111].map((n) => `${n}${nthSuffix(n)}`)).toEqual([
      "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st", "111th",
    ]);
  });

  it("has a legend entry for every bureau colour", () => {
    expect(legend().map((e) => e.className)).toEqual(["region-0", "region-1", "region-2", "region-3", "region-4", "region-5", "region-none"]);
  });
});
