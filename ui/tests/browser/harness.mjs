// Serves the built UI (ui/dist) on loopback and opens it in Debian's
// Chromium through playwright-core, with the Rust side installed: the real
// one (the app's commands and core, through `serve-test`, on a new library
// for each page), or the fake for the tests not yet moved to it.
import { spawn } from "node:child_process";
import { createServer } from "node:http";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve } from "node:path";
import { createInterface } from "node:readline";
import { chromium } from "playwright-core";

const root = resolve(import.meta.dirname, "../../..");
const dist = resolve(root, "ui/dist");
const tauriInternals = resolve(import.meta.dirname, "tauri-internals.js");
const fakeTauri = resolve(import.meta.dirname, "fake-tauri.js");
const realTauri = resolve(import.meta.dirname, "real-tauri.js");
// Built by `cargo test` (scripts/test.sh runs it before these tests).
const serveTest = resolve(process.env.CARGO_TARGET_DIR ?? join(root, "target"), "debug/examples/serve-test");
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

/** Every `serve-test` still running: a failed test never reaches its `close`. */
const running = new Set();

/**
 * Starts `serve-test` on a new library in a new folder; resolves once it
 * listens. `folder` holds the library and any files a test writes.
 */
async function startCore(library) {
  const folder = await mkdtemp(join(tmpdir(), "attache-browser-"));
  if (library) await writeFile(join(folder, "library.sqlite3"), library);
  const core = spawn(serveTest, ["--library", join(folder, "library.sqlite3")], { stdio: ["ignore", "pipe", "inherit"] });
  const line = await new Promise((ready, failed) => {
    core.on("error", failed);
    core.on("exit", (code) => failed(new Error(`serve-test exited (${code}) before listening`)));
    createInterface({ input: core.stdout }).once("line", ready);
  });
  const port = /^listening on (\d+)$/.exec(line)?.[1];
  if (!port) throw new Error(`serve-test said ${JSON.stringify(line)}`);
  const server = `http://127.0.0.1:${port}`;
  const stop = async () => {
    running.delete(stop);
    core.kill();
    await rm(folder, { recursive: true, force: true });
  };
  running.add(stop);
  /** Runs a command as the window would: its answer, or throws its error. */
  const invoke = async (cmd, args = {}) => {
    const answer = await (await fetch(`${server}/invoke`, { method: "POST", body: JSON.stringify({ cmd, args }) })).json();
    if ("error" in answer) throw Object.assign(new Error(answer.error.message ?? JSON.stringify(answer)), answer.error);
    return answer.ok;
  };
  /** Every file dialog answers with these files (names in `folder`) from now on. */
  const choose = async (names) => {
    const files = JSON.stringify(names.map((name) => join(folder, name)));
    await fetch(`${server}/dialog`, { method: "POST", body: files });
  };
  return { server, folder, stop, invoke, choose };
}

/**
 * A new page on the UI; `setup` (a function, or a list of functions, each
 * self-contained) runs in the page before the app starts. With `core`, the
 * page talks to the real core; `files` ({name: text}) are written to its
 * folder first, and `dialogPaths` (names in it) answer the file dialogs;
 * `library` (bytes) is the library file the core opens, instead of a new one.
 * Returns the page, its errors, `close`, and with `core` its folder,
 * `invoke(cmd, args)`, which runs a command on its library as the window
 * would, and `choose(names)`, which changes what the dialogs answer.
 */
export async function openApp(browser, url, { colorScheme = "light", setup, core = false, files = {}, dialogPaths = [], library } = {}) {
  const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  let real = null;
  await page.addInitScript({ path: tauriInternals });
  if (core) {
    real = await startCore(library);
    for (const [name, text] of Object.entries(files)) await writeFile(join(real.folder, name), text);
    await real.choose(dialogPaths);
    await page.addInitScript((server) => (window.__attache = { server }), real.server);
    await page.addInitScript({ path: realTauri });
  } else {
    await page.addInitScript({ path: fakeTauri });
  }
  for (const step of [setup ?? []].flat()) await page.addInitScript(step);
  await page.goto(url);
  const close = async () => {
    await context.close();
    await real?.stop();
  };
  return { page, errors, folder: real?.folder, invoke: real?.invoke, choose: real?.choose, close };
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
    await Promise.all([...running].map((stop) => stop()));
    await browser?.close();
    web?.server.close();
  });
  return (options) => openApp(browser, web.url, options);
}
