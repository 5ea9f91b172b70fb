// Serves the built UI (ui/dist) on loopback and opens it in Debian's
// Chromium through playwright-core, with the fake Rust side installed.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { chromium } from "playwright-core";

const dist = resolve(import.meta.dirname, "../../dist");
const fakeTauri = resolve(import.meta.dirname, "fake-tauri.js");
const types = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml" };

export async function startServer() {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, "http://x").pathname));
    const file = join(dist, path === "/" ? "index.html" : path);
    try {
      const body = await readFile(file);
      response.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" });
      response.end(body);
    } catch {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise((ready) => server.listen(0, "127.0.0.1", ready));
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}

export async function startBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
      "--disable-sync", "--no-first-run"],
  });
}

/**
 * A new page on the UI; `setup` (a function, or a list of functions, each
 * self-contained) runs in the page before the app starts.
 */
export async function openApp(browser, url, { colorScheme = "light", setup } = {}) {
  const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.addInitScript({ path: fakeTauri });
  for (const step of [setup ?? []].flat()) await page.addInitScript(step);
  await page.goto(url);
  return { page, errors, close: () => context.close() };
}

/**
 * Starts the server and the browser before a file's tests and stops them
 * after; returns `open(options)`, which opens the app in a new page.
 */
export function useApp(hooks) {
  let browser;
  let web;
  hooks.before(async () => {
    web = await startServer();
    browser = await startBrowser();
  });
  hooks.after(async () => {
    await browser?.close();
    web?.server.close();
  });
  return (options) => openApp(browser, web.url, options);
}
