// Person records in Chromium, against the fake Rust side: the Quotes section
// groups quotes by person record, the editor merges two records and splits a
// name off again, and a background reading of the library can be stopped.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { useApp } from "./harness.mjs";

const open = useApp({ before, after });

function twoBlinkens() {
  const fake = window.__fake;
  const quote = (story_id, text, speaker) => ({
    story_id, headline: `Story ${story_id}`, text, speaker, speaker_fixed: false, cue: "said", kind: "quote", start: 5, end: 40, person: speaker,
  });
  fake.readings[1] = { quotes: [quote(1, "It is time for it to get done now", "Antony Blinken")], claims: [] };
  fake.readings[2] = { quotes: [quote(2, "We are determined to get the hostages home", "Antony John Blinken")], claims: [] };
  const record = (id, name) => ({ id, name, organization: false, names: [name], titles: ["Secretary of State"], stories: 1, quotes: 1 });
  fake.people = [record(1, "Antony Blinken"), record(2, "Antony John Blinken")];
}

test("two records of one person are merged, and a name is split off again", async () => {
  const { page, errors, close } = await open({ setup: twoBlinkens });
  await page.locator('nav [data-section="quotes"]').click();
  const quotes = page.getByRole("region", { name: "Quotes" });
  await quotes.getByRole("heading", { name: "Antony John Blinken" }).waitFor();
  assert.equal(await quotes.getByRole("heading").count(), 2, "one group per record");

  const people = page.getByRole("complementary", { name: "People" });
  await people.getByLabel("Choose Antony Blinken").check();
  await people.getByLabel("Choose Antony John Blinken").check();
  await people.getByRole("button", { name: "Merge 1 into Antony Blinken" }).click();
  await page.getByText("Merged into Antony Blinken: Antony Blinken, Antony John Blinken.").waitFor();
  await page.waitForFunction(() => document.querySelectorAll('[aria-label="Quotes"] h2').length === 1);
  assert.match(await quotes.getByRole("heading").textContent(), /Antony Blinken\s*2/);

  const names = people.getByRole("list", { name: "Names of Antony Blinken" });
  await names.locator("li", { hasText: "Antony John Blinken" }).getByRole("button", { name: "Split off" }).click();
  await page.getByText("Antony John Blinken is now a person of their own, apart from Antony Blinken.").waitFor();
  await page.waitForFunction(() => document.querySelectorAll('[aria-label="Quotes"] h2').length === 2);
  assert.equal(await people.getByRole("checkbox").count(), 2);

  await people.getByRole("button", { name: "Antony John Blinken" }).click();
  assert.equal(await quotes.getByLabel("Filter quotes").inputValue(), "Antony John Blinken");
  assert.equal(await quotes.getByRole("heading").count(), 1);
  assert.deepEqual(errors, []);
  await close();
});

function manyQuotes() {
  const fake = window.__fake;
  for (let id = 1; id <= 250; id++) {
    const speaker = id % 2 ? "Antony Blinken" : "Isaac Herzog";
    const text = id === 7 ? "The crossing at Rafah must open this week" : `Statement number ${id} on the talks`;
    fake.readings[id] = {
      quotes: [{ story_id: id, headline: `Story ${id}`, text, speaker, speaker_fixed: false, cue: "said", kind: "quote", start: 0, end: 30, person: speaker }],
      claims: [],
    };
  }
}

test("quotes come a page at a time, and the filter asks the library", async () => {
  const { page, errors, close } = await open({ setup: manyQuotes });
  await page.locator('nav [data-section="quotes"]').click();
  const quotes = page.getByRole("region", { name: "Quotes" });
  await quotes.getByText("The latest 200 quotes, newest stories first").waitFor();
  assert.equal(await quotes.locator("li").count(), 200);
  await quotes.getByRole("button", { name: "Show more quotes" }).click();
  await quotes.getByText("250 quotes, newest stories first").waitFor();
  assert.equal(await quotes.getByRole("button", { name: "Show more quotes" }).count(), 0);

  await quotes.getByLabel("Filter quotes").fill("rafah");
  await quotes.getByText("1 quote, newest stories first").waitFor();
  assert.match(await quotes.locator("li").first().textContent(), /The crossing at Rafah/);
  assert.match(await quotes.getByRole("heading").textContent(), /Antony Blinken\s*1/);
  await quotes.getByLabel("Filter quotes").fill("nothing like this");
  await quotes.getByText("No quote matches.").waitFor();
  assert.deepEqual(errors, []);
  await close();
});

test("reading every story again shows its progress and stops when asked", async () => {
  const { page, errors, close } = await open();
  await page.locator('nav [data-section="library"]').click();
  await page.getByRole("button", { name: "Read every story again" }).click();
  await page.getByText("Reading stories for quotes, claims and people: 50 of 200").waitFor();
  await page.getByRole("button", { name: "Stop" }).click();
  await page.getByText("Reading stopped after 100 of 200 stories; the others keep their earlier reading.").waitFor();
  await page.getByText(/Reading stories for quotes/).waitFor({ state: "detached" });
  assert.equal(await page.evaluate(() => window.__fake.reading.done), 100, "no step after the stop");
  assert.deepEqual(errors, []);
  await close();
});
