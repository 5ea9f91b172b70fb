// End-to-end: a fact-check started in the real app from the seed story's
// "ninth visit" claim, with the travel records' check brought in as
// evidence, a verdict given, the history kept, and a packet exported
// through the native save dialog as a PDF.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { answerFileDialog, cli, fixtures, launch, scratch, startServices, stopServices } from "./harness.mjs";

before(startServices);
after(stopServices);

test("the seed's ninth-visit claim becomes a fact-check with the records' evidence", async () => {
  const folder = scratch();
  const library = join(folder, "library.sqlite3");
  const packet = join(folder, "packet.pdf");
  const app = await launch(library);
  try {
    await app.waitForElement(".empty h2");
    await app.click(await app.waitForElement("[data-action=import]"));
    answerFileDialog("Import stories", fixtures.seed);
    await app.waitForElement("[data-testid=claim-check]", "agrees");
    await app.execute(
      `const item = [...document.querySelectorAll("aside.reading li")].find((li) => li.textContent.includes("ninth visit"));
       item.querySelector("[data-action=factcheck]").click();`,
    );
    await app.waitForElement("article[aria-label=Fact-check] h1", "ninth visit to the Middle East");
    const evidence = await app.waitForElement("article[aria-label=Fact-check] .evidence li", "agrees: the records make this the 9th journey");
    assert.match(await app.text(evidence), /travel check/i);
    await app.execute(
      `const select = document.querySelector("article[aria-label=Fact-check] select[aria-label=Verdict]");
       select.value = "True";
       select.dispatchEvent(new Event("change", { bubbles: true }));`,
    );
    await app.waitForElement("article[aria-label=Fact-check] .history li", "verdict");

    await app.click(await app.waitForElement("[data-section=packets]"));
    await app.click(await app.waitForElement("ul[aria-label='Stories to include'] input[type=checkbox]"));
    await app.click(await app.waitForElement("form[aria-label='Build a packet'] button.primary", "Export"));
    answerFileDialog("Export the packet", packet);
    await app.waitForElement(".notices", "Packet saved to");
  } finally {
    await app.quit();
  }
  const log = JSON.parse(execFileSync(cli, ["--library", library, "factcheck", "log", "1", "--json"]).toString());
  assert.deepEqual(log.map((e) => e.field), ["created", "evidence", "verdict"]);
  assert.equal(log[2].after, "True");
  assert.equal(readFileSync(packet).subarray(0, 5).toString(), "%PDF-");
  const text = execFileSync("pdftotext", [packet, "-"]).toString();
  assert.match(text, /Fact-checks/);
  assert.match(text, /Verdict: True/);
  assert.match(text, /agrees: the records make this the 9th journey/);
});
