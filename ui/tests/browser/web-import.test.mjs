// Importing stories from web addresses in Chromium, against the real core
// and a news site on loopback: three addresses pasted, progress shown, one
// fails with its message, two are imported; the story shows where and when
// its page was fetched, and the saved page opens as text, never run.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { useApp } from "./harness.mjs";

const open = useApp({ before, after });
const fixtures = resolve(import.meta.dirname, "../../../tests/fixtures/web");
/** Requests the site received, by path. */
const hits = new Map();

/** The news site: an article, a slow article in Windows-1252, and nothing else. */
async function startSite() {
  const article = await readFile(resolve(fixtures, "article.html"));
  const ebola = await readFile(resolve(fixtures, "article-windows-1252.html"));
  const server = createServer((request, response) => {
    hits.set(request.url, (hits.get(request.url) ?? 0) + 1);
    if (request.url === "/world/guinea") {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.end(article);
    } else if (request.url === "/health/ebola") {
      // Slow enough that the progress shows between the two.
      setTimeout(() => {
        response.writeHead(200, { "content-type": "text/html" });
        response.end(ebola);
      }, 1500);
    } else {
      response.writeHead(404, { "content-type": "text/html" });
      response.end("<html><body>Not found</body></html>");
    }
  });
  await new Promise((ready) => server.listen(0, "127.0.0.1", ready));
  return { server, url: (path) => `http://127.0.0.1:${server.address().port}${path}` };
}

test("three pasted addresses: progress, one refused with its message, two imported with their pages kept", async () => {
  const site = await startSite();
  const { page, errors, close } = await open({ core: true });
  await page.getByRole("button", { name: "From the web…" }).click();
  const dialog = page.getByRole("dialog", { name: "Import from the web" });
  const addresses = [site.url("/world/guinea"), site.url("/missing"), site.url("/health/ebola")];
  await dialog.getByLabel("Web addresses").fill(`${addresses[0]}\n${addresses[1]} ${addresses[2]}`);
  await dialog.getByRole("button", { name: "Import 3 addresses" }).click();
  await dialog.getByText(/Fetching… [0-2] of 3 done/).waitFor();
  assert.ok(await dialog.getByRole("button", { name: "Cancel" }).isVisible(), "Cancel while it runs");

  const results = dialog.getByRole("list", { name: "What became of each address" });
  await results.waitFor();
  const lines = await results.getByRole("listitem").allTextContents();
  assert.equal(lines.length, 3);
  assert.match(lines[0], /Imported as story \d+\./);
  assert.match(lines[1], new RegExp(`${addresses[1]}: the server answered 404 Not Found`));
  assert.match(lines[2], /Imported as story \d+\./);
  await page.getByText("Imported 2 stories from the web; 1 address(es) failed.").waitFor();

  // A link dropped from the browser: its address joins the list, and being
  // in the library already, it is not fetched again.
  await dialog.getByLabel("Web addresses").fill("");
  await dialog.getByLabel("Web addresses").dispatchEvent("drop", {
    dataTransfer: await page.evaluateHandle((url) => {
      const data = new DataTransfer();
      data.setData("text/uri-list", `# dragged from the browser\r\n${url}?utm_source=feed`);
      return data;
    }, addresses[0]),
  });
  await dialog.getByRole("button", { name: "Import 1 address" }).click();
  await dialog.getByText(/Already in the library \(story \d+\); not imported again\./).waitFor();
  const guinea = [...hits].filter(([path]) => path.startsWith("/world/guinea")).reduce((n, [, count]) => n + count, 0);
  assert.equal(guinea, 1, "fetched once, whatever its tracking parameters");
  await dialog.getByRole("button", { name: "Close" }).click();

  await page.getByRole("button", { name: /Guinea’s Opposition Calls for Fresh Elections/ }).first().click();
  const fetched = page.locator("article .fetched");
  await fetched.waitFor();
  assert.match(await fetched.textContent(), new RegExp(`Fetched .* from ${addresses[0]}, sha256\\s+[0-9a-f]{64}`));
  await fetched.getByRole("button", { name: "Open the saved page" }).click();
  const saved = page.getByRole("dialog", { name: "Saved page" });
  await saved.locator("pre").getByText("window.tracking", { exact: false }).waitFor();
  assert.equal(await page.evaluate(() => "tracking" in window), false, "the saved page's script never ran");
  assert.deepEqual(errors, []);
  await close();
  site.server.close();
});
