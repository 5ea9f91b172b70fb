// End-to-end: importing from the web in the real app. A news site on
// loopback serves an article; the editor pastes its address and one that
// does not exist, the article is imported with its page kept as evidence
// (read back with the command-line tool), and the other fails with its message.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join, resolve } from "node:path";
import { cli, launch, scratch, startServices, stopServices } from "./harness.mjs";

before(startServices);
after(stopServices);

const article = readFileSync(resolve(import.meta.dirname, "../fixtures/web/article.html"));

test("a pasted address becomes a story with its page kept; a missing page is refused by name", async () => {
  const site = createServer((request, response) => {
    const found = request.url === "/world/guinea";
    response.writeHead(found ? 200 : 404, { "content-type": "text/html; charset=utf-8" });
    response.end(found ? article : "<html><body>Not found</body></html>");
  });
  await new Promise((ready) => site.listen(0, "127.0.0.1", ready));
  const base = `http://127.0.0.1:${site.address().port}`;
  const library = join(scratch(), "library.sqlite3");
  const app = await launch(library);
  try {
    await app.click(await app.waitForElement("[data-action=import-web]"));
    const box = await app.waitForElement("dialog[aria-label='Import from the web'] textarea");
    await app.type(box, `${base}/world/guinea ${base}/gone`);
    await app.click(await app.waitForElement("dialog[aria-label='Import from the web'] button.primary", "Import 2 addresses"));
    await app.waitForElement("ul[aria-label='What became of each address'] li", "the server answered 404");
    await app.waitForElement("ul[aria-label='What became of each address'] li", "Imported as story 1.");
  } finally {
    await app.quit();
    site.close();
  }
  const story = JSON.parse(execFileSync(cli, ["--library", library, "show", "1", "--json"]));
  assert.equal(story.headline, "Guinea’s Opposition Calls for Fresh Elections");
  assert.equal(story.url, `${base}/world/guinea`);
  assert.equal(story.pages[0].sha256, createHash("sha256").update(article).digest("hex"));
  const saved = execFileSync(cli, ["--library", library, "page", String(story.pages[0].id)], { stdio: ["ignore", "pipe", "ignore"] });
  assert.ok(saved.equals(article), "the page kept is the page served");
});
