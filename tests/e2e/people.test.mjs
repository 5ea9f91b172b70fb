// End-to-end: person records in the real app. Two stories name Secretary
// Blinken two ways; the editor merges the two records in the Quotes section,
// and the library (read back with the command-line tool) keeps the merge.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { cli, fixtures, launch, scratch, startServices, stopServices } from "./harness.mjs";

before(startServices);
after(stopServices);

test("two records of one person are merged in the Quotes section and the library keeps it", async () => {
  const dir = scratch();
  const library = join(dir, "library.sqlite3");
  const doha = join(dir, "doha.txt");
  writeFileSync(
    doha,
    "Blinken in Doha\nSecretary of State Antony John Blinken met ministers in Doha.\n" +
      "“We are determined to get the hostages home and to end this war,” Blinken told reporters.\n",
  );
  execFileSync(cli, ["--library", library, "import", fixtures.seed, doha]);
  const app = await launch(library);
  try {
    await app.click(await app.waitForElement("[data-section=quotes]"));
    await app.waitForElement("section[aria-label=Quotes] h2", "Antony John Blinken");
    await app.click(await app.waitForElement("input[aria-label='Choose Antony Blinken']"));
    await app.click(await app.waitForElement("input[aria-label='Choose Antony John Blinken']"));
    await app.click(await app.waitForElement("aside[aria-label=People] button.merge", "Merge 1 into Antony Blinken"));
    await app.waitForElement(".notice", "Merged into Antony Blinken");
    await app.waitForElement("ul[aria-label='Names of Antony Blinken']");
    const groups = await app.findAll("section[aria-label=Quotes] h2");
    assert.equal(groups.length, 2, "Antony Blinken's quotes in one group, beside Isaac Herzog's");
  } finally {
    await app.quit();
  }
  const people = JSON.parse(execFileSync(cli, ["--library", library, "people", "--search", "blinken", "--json"]));
  assert.deepEqual(people.map((p) => [p.name, p.names, p.quotes]), [
    ["Antony Blinken", ["Antony Blinken", "Antony John Blinken"], 4],
  ]);
});
