// End-to-end: the Visits section of the real app on a fresh library, which
// already holds the built-in travel record, and the check of the seed
// story's "ninth visit" claim shown beside the story.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { answerFileDialog, fixtures, launch, scratch, startServices, stopServices } from "./harness.mjs";
import { ELEMENT } from "./webdriver.mjs";

before(startServices);
after(stopServices);

/** Sets a form control's value as typing or picking would. */
async function fill(app, selector, value, event = "input") {
  const element = await app.waitForElement(selector);
  await app.execute(
    `const control = arguments[0];
     control.value = arguments[1];
     control.dispatchEvent(new Event(arguments[2], { bubbles: true }));`,
    [{ [ELEMENT]: element }, value, event],
  );
}

test("the timeline shows the built-in record and counts the seed's ninth visit", async () => {
  const app = await launch(join(scratch(), "library.sqlite3"));
  try {
    await app.waitForElement(".empty h2");
    await app.click(await app.waitForElement("[data-section=visits]"));
    await app.waitForElement(".vis-label", "Antony John Blinken");
    await app.waitForElement(".vis-item");
    await fill(app, "select[aria-label='Official to count']", "Antony John Blinken", "change");
    await fill(app, "input[aria-label=Since]", "2023-10-07");
    await fill(app, "input[aria-label=On]", "2024-08-19");
    await app.click(await app.waitForElement("form[aria-label='Count a visit'] button[type=submit]"));
    const verdict = await app.waitForElement(".answer .verdict", "9th");
    assert.match(await app.text(verdict), /The 9th journey of Antony John Blinken to Middle East\s+since 2023-10-07: 2024-08-18 to 2024-08-20/);
    assert.equal((await app.findAll(".answer ol li")).length, 9, "the nine journeys counted are listed");

    await app.click(await app.waitForElement("[data-action=import]"));
    answerFileDialog("Import stories", fixtures.seed);
    const check = await app.waitForElement("[data-testid=claim-check]", "agrees");
    assert.match(await app.text(check), /^agrees: the records make this the 9th journey of Antony John Blinken/);
  } finally {
    await app.quit();
  }
});

test("a fresh library counts a President's journey over his term of office", async () => {
  const app = await launch(join(scratch(), "president.sqlite3"));
  try {
    await app.click(await app.waitForElement("[data-section=visits]"));
    await app.waitForElement(".vis-label", "Joseph R. Biden");
    await fill(app, "select[aria-label='Official to count']", "Joseph R. Biden", "change");
    await fill(app, "select[aria-label='Region to count']", "Middle East", "change");
    await fill(app, "input[aria-label=On]", "2023-10-18");
    await app.click(await app.waitForElement("form[aria-label='Count a visit'] button[type=submit]"));
    const verdict = await app.waitForElement(".answer .verdict", "3rd");
    assert.match(await app.text(verdict), /The 3rd journey of Joseph R. Biden to Middle East\s+since 2021-01-20: 2023-10-18 to 2023-10-18/);
    const term = await app.waitForElement(".answer .work", "Term counted");
    assert.match(await app.text(term), /as president from 2021-01-20 to 2025-01-20/);
  } finally {
    await app.quit();
  }
});
