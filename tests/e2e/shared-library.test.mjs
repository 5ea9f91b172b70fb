// The app and the command-line tool open on one library, writing at once:
// two `attache import` processes, the app reading every story again in the
// background, and the editor pasting stories in the window. Every call must
// succeed (writers queue; none fails with "busy") and nothing written may be
// lost.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { cli, launch, scratch, startServices, stopServices } from "./harness.mjs";
import { Keys } from "./webdriver.mjs";

before(startServices);
after(stopServices);

/** Runs `attache` with `args`: its exit code and what it wrote to stderr. */
function run(args) {
  return new Promise((resolve) => {
    const child = spawn(cli, args, { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("close", (code) => resolve({ code, stderr }));
  });
}

test("the app and the CLI write to one library at once, and no call fails and no story is lost", async () => {
  const dir = scratch();
  const library = join(dir, "library.sqlite3");
  const files = Array.from({ length: 120 }, (_, i) => {
    const file = join(dir, `story-${i}.txt`);
    writeFileSync(file, `Desk story ${i}\n\nMinister Aya Tanaka said on Monday that “talks will resume in the spring, as agreed,” in story ${i}.`);
    return file;
  });
  const app = await launch(library);
  try {
    await app.waitForElement(".empty h2");
    // Two desks' scripts import their halves, five files a call.
    const writer = async (half) => {
      const results = [];
      for (let k = half * 60; k < half * 60 + 60; k += 5) {
        results.push(await run(["--library", library, "import", ...files.slice(k, k + 5)]));
      }
      return results;
    };
    const writers = [writer(0), writer(1)];
    // Meanwhile the app reads every story again, and the editor pastes three.
    await app.click(await app.waitForElement("[data-section=library]"));
    await app.click(await app.waitForElement("button", "Read every story again"));
    await app.click(await app.waitForElement("[data-section=stories]"));
    for (let n = 0; n < 3; n++) {
      await app.chord(Keys.Control, "n");
      const area = await app.waitForElement("dialog textarea");
      await app.type(area, `Pasted story ${n}${Keys.Enter}The editor pasted story ${n} while the scripts ran.`);
      await app.click(await app.waitForElement("dialog button[type=submit]"));
      await app.waitForElement("article h1", `Pasted story ${n}`);
    }
    const results = (await Promise.all(writers)).flat();
    assert.deepEqual(results.filter((r) => r.code !== 0), [], "every import call succeeded");
    const stored = JSON.parse(execFileSync(cli, ["--library", library, "stories", "--limit", "1000", "--json"]).toString());
    assert.equal(stored.length, 123, "120 imported and 3 pasted, none lost");
    // The window lists them all too.
    await app.click(await app.waitForElement("[data-section=library]"));
    await app.click(await app.waitForElement("[data-section=stories]"));
    await app.waitForElement(".list .headline", "Pasted story 2");
    const shown = (await app.findAll(".list .row")).length;
    const more = await app.findAll(".list .more button");
    const hidden = more.length ? Number(/\((\d+) not shown\)/.exec(await app.text(more[0]))[1]) : 0;
    assert.equal(shown + hidden, 123);
  } finally {
    await app.quit();
  }
});
