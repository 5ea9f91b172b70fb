// End-to-end: the verification panel of the real app. The seed story's
// first quote is checked against a transcript added through the native
// dialog, a status is saved, and the history keeps it after a restart.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { answerFileDialog, fixtures, launch, scratch, startServices, stopServices } from "./harness.mjs";

before(startServices);
after(stopServices);

test("a quote from the seed story is verified against an added transcript, and its status is kept", async () => {
  const library = join(scratch(), "library.sqlite3");
  let app = await launch(library);
  try {
    await app.waitForElement(".empty h2");
    await app.click(await app.waitForElement("[data-action=import]"));
    answerFileDialog("Import stories", fixtures.seed);
    await app.waitForElement("aside h3", "Antony Blinken");
    const verify = await app.findAll("aside.reading [data-action=verify]");
    await app.click(verify[1]);
    await app.waitForElement("[role=dialog] .none", "No source in the library shares these words");
    await app.click(await app.waitForElement("[role=dialog] button", "Add a source file"));
    answerFileDialog("Add a source", fixtures.remarks);
    const verdict = await app.waitForElement("[role=dialog] .verdict strong", "Exact");
    assert.equal(await app.text(verdict), "Exact: the same words");
    await app.waitForElement("[role=dialog] section[aria-label='Source passage'] h3", "Source: Secretary Blinken (Antony Blinken)");
    await app.click(await app.waitForElement("[role=dialog] form[aria-label=\"Set the quote's status\"] button"));
    await app.waitForElement("[role=dialog] .history li", "verified");
  } finally {
    await app.quit();
  }
  app = await launch(library);
  try {
    await app.click(await app.waitForElement(".list .row"));
    await app.waitForElement("aside h3", "Antony Blinken");
    await app.click((await app.findAll("aside.reading [data-action=verify]"))[1]);
    await app.waitForElement("[role=dialog] .history li", "verified (verdict exact) by unnamed editor");
  } finally {
    await app.quit();
  }
});
