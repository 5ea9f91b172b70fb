// End-to-end tests of the real Attaché app: the built binary under Xvfb,
// driven over WebDriver (tauri-driver and WebKitWebDriver).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { answerFileDialog, cli, fixtures, launch, scratch, startServices, stopServices } from "./harness.mjs";
import { Keys } from "./webdriver.mjs";

const SEED_HEADLINE = "US Secretary of State Antony Blinken Pushes for Gaza Truce During High-Stakes Israel Visit";

before(startServices);
after(stopServices);

async function importThroughDialog(app, path) {
  await app.click(await app.waitForElement("[data-action=import]"));
  answerFileDialog("Import stories", path);
}

test("an editor imports the seed story, finds it by search, and finds it again after a restart", async () => {
  const library = join(scratch(), "library.sqlite3");
  let app = await launch(library);
  try {
    await app.waitForElement(".empty h2", "Your library is empty");
    await importThroughDialog(app, fixtures.seed);
    await app.waitForElement(".list .headline", SEED_HEADLINE);
    await app.waitForElement("article h1", SEED_HEADLINE);
    await app.waitForElement("aside h3", "Isaac Herzog");
    assert.equal((await app.findAll("article mark.quote")).length, 6, "four quotes and two fragments marked");
    await app.click(await app.waitForElement("[data-section=quotes]"));
    await app.waitForElement(".quotes h2", "Antony Blinken");
    await app.click(await app.waitForElement("[data-section=stories]"));

    const search = await app.waitForElement("input[type=search]");
    await app.type(search, "Herzog");
    const mark = await app.waitForElement(".list mark", "Herzog");
    assert.equal(await app.text(mark), "Herzog");
    assert.equal((await app.findAll(".list .row")).length, 1);

    await app.type(search, "zzyzx");
    await app.waitForElement(".list .none", "No story matches.");
  } finally {
    await app.quit();
  }

  app = await launch(library);
  try {
    await app.waitForElement(".list .headline", SEED_HEADLINE);
    const listed = execFileSync(cli, ["--library", library, "stories", "--json"]);
    assert.equal(JSON.parse(listed.toString()).length, 1, "the CLI sees the same library");
  } finally {
    await app.quit();
  }
});

test("a pasted story is added with Ctrl+N, edited with a revision kept, and moved to the trash with Delete", async () => {
  const app = await launch(join(scratch(), "library.sqlite3"));
  try {
    await app.waitForElement(".empty h2");
    await app.chord(Keys.Control, "n");
    const area = await app.waitForElement("dialog textarea");
    await app.type(area, `Talks resume in Doha${Keys.Enter}Negotiators met on Monday, officials said.`);
    await app.click(await app.waitForElement("dialog button[type=submit]"));
    await app.waitForElement("article h1", "Talks resume in Doha");

    await app.click(await app.waitForElement(".tools button", "Edit"));
    const headline = await app.waitForElement("input[name=headline]");
    await app.type(headline, " again");
    await app.click(await app.waitForElement("button[type=submit]", "Save"));
    await app.waitForElement("article h1", "Talks resume in Doha again");
    await app.click(await app.waitForElement(".tools button", "Revisions"));
    await app.waitForElement(".revisions li", "Talks resume in Doha");

    await app.execute("document.activeElement && document.activeElement.blur()");
    await app.press(Keys.Delete);
    await app.waitForElement(".empty h2", "Your library is empty");
    await app.click(await app.waitForElement("[data-section=trash]"));
    await app.waitForElement(".list .headline", "Talks resume in Doha again");
  } finally {
    await app.quit();
  }
});

test("nothing from a hostile HTML story runs in the app", async () => {
  const app = await launch(join(scratch(), "library.sqlite3"));
  try {
    await app.waitForElement(".empty h2");
    await importThroughDialog(app, fixtures.hostile);
    await app.waitForElement("article h1", "Herzog hosts Blinken");
    const state = await app.execute(
      `return {
        pwned: typeof window.__pwned,
        title: document.title,
        active: document.querySelectorAll("article img, article iframe, article script, article svg, article a[href]").length,
        body: document.querySelector("article .body").textContent,
      };`,
    );
    assert.equal(state.pwned, "undefined");
    assert.equal(state.title, "Attaché");
    assert.equal(state.active, 0);
    assert.match(state.body, /There is no greater humanitarian objective/);
  } finally {
    await app.quit();
  }
});

test("a library written by a newer Attaché is refused with a clear message and left untouched", async () => {
  const library = join(scratch(), "future.sqlite3");
  execFileSync("python3", ["-c", `import sqlite3; c = sqlite3.connect(${JSON.stringify(library)}); c.execute("PRAGMA user_version = 99"); c.execute("CREATE TABLE story (id INTEGER PRIMARY KEY)"); c.commit()`]);
  const app = await launch(library);
  try {
    const alert = await app.waitForElement("[role=alert][data-code=library_too_new]");
    assert.match(await app.text(alert), /newer version of Attaché/);
  } finally {
    await app.quit();
  }
  const version = execFileSync("python3", ["-c", `import sqlite3; print(sqlite3.connect(${JSON.stringify(library)}).execute("PRAGMA user_version").fetchone()[0])`]);
  assert.equal(version.toString().trim(), "99");
});
