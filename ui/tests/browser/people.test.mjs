// Person records in Chromium, against the real core (the fake stages the
// background reading's timing): the Quotes section
// groups quotes by person record, the editor merges two records and splits a
// name off again, and a background reading of the library can be stopped.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { useApp } from "./harness.mjs";

const open = useApp({ before, after });

/** Two stories quoting one person under two spellings of the name. */
const TWO_SAFADIS = {
  core: true,
  files: {
    "1.txt": "Story one\n“It is time for it to get done now,” Foreign Minister Ayman Safadi said.",
    "2.txt": "Story two\n“We are determined to get the hostages home,” said Ayman Hussein Safadi.",
  },
  dialogPaths: ["1.txt", "2.txt"],
};

test("two records of one person are merged, and a name is split off again", async () => {
  const { page, errors, close } = await open(TWO_SAFADIS);
  await page.getByRole("button", { name: "Import…" }).click();
  await page.locator("article h1").getByText("Story two").waitFor();
  await page.locator('nav [data-section="quotes"]').click();
  const quotes = page.getByRole("region", { name: "Quotes" });
  await quotes.getByRole("heading", { name: "Ayman Hussein Safadi" }).waitFor();
  assert.equal(await quotes.getByRole("heading").count(), 2, "one group per record");

  const people = page.getByRole("complementary", { name: "People" });
  await people.getByLabel("Choose Ayman Safadi").check();
  await people.getByLabel("Choose Ayman Hussein Safadi").check();
  await people.getByRole("button", { name: "Merge 1 into Ayman Safadi" }).click();
  await page.getByText("Merged into Ayman Safadi: Ayman Safadi, Ayman Hussein Safadi.").waitFor();
  await page.waitForFunction(() => document.querySelectorAll('[aria-label="Quotes"] h2').length === 1);
  assert.match(await quotes.getByRole("heading").textContent(), /Ayman Safadi\s*2/);

  const names = people.getByRole("list", { name: "Names of Ayman Safadi" });
  await names.locator("li", { hasText: "Ayman Hussein Safadi" }).getByRole("button", { name: "Split off" }).click();
  await page.getByText("Ayman Hussein Safadi is now a person of their own, apart from Ayman Safadi.").waitFor();
  await page.waitForFunction(() => document.querySelectorAll('[aria-label="Quotes"] h2').length === 2);
  await people.getByRole("checkbox").nth(1).waitFor();
  assert.equal(await people.getByRole("checkbox").count(), 2);

  await people.getByRole("button", { name: "Ayman Hussein Safadi" }).click();
  assert.equal(await quotes.getByLabel("Filter quotes").inputValue(), "Ayman Hussein Safadi");
  await page.waitForFunction(() => document.querySelectorAll('[aria-label="Quotes"] h2').length === 1);
  assert.deepEqual(errors, []);
  await close();
});

/** 250 stories, each with a quote: Safadi's in odd ones, Herzog's in even ones. */
function manyQuotes() {
  const files = {};
  for (let id = 1; id <= 250; id++) {
    const speaker = id % 2 ? "Ayman Safadi" : "Isaac Herzog";
    const text = id === 7 ? "The crossing at Rafah must open this week" : `Statement number ${id} on the talks`;
    files[`${id}.txt`] = `Story ${id}\n“${text},” ${speaker} said.`;
  }
  return { core: true, files, dialogPaths: Object.keys(files) };
}

test("quotes come a page at a time, and the filter asks the library", async () => {
  const { page, errors, close } = await open(manyQuotes());
  await page.getByRole("button", { name: "Import…" }).click();
  await page.locator("article h1").getByText("Story 250").waitFor();
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
  assert.match(await quotes.getByRole("heading").textContent(), /Ayman Safadi\s*1/);
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
