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

test("the timeline shows the built-in record and counts the seed's ninth visit", async () => {
  const app = await launch(join(scratch(), "library.sqlite3"));
  try {
    await app.waitForElement(".empty h2");
    await app.click(await app.waitForElement("[data-section=visits]"));
    await app.waitForElement(".vis-label", "Antony John Blinken");
    await app.waitForElement(".vis-item");
    const on = await app.waitForElement("input[aria-label=On]");
    await app.execute(
      `const input = arguments[0];
       input.value = "2024-08-19";
       input.dispatchEvent(new Event("input", { bubbles: true }));`,
      [{ [ELEMENT]: on }],
    );
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
