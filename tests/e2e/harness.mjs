// Starts what the end-to-end tests need: an X display (Xvfb) when none is
// set, and tauri-driver (which runs WebKitWebDriver). Also answers the
// app's native file dialog the way a person would, by typing a path.
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { Session } from "./webdriver.mjs";

const root = resolve(import.meta.dirname, "../..");
export const app = process.env.ATTACHE_APP ?? join(root, "target/release/attache-app");
/** The command-line tool built beside the app. */
export const cli = join(dirname(app), "attache");
export const fixtures = {
  seed: resolve(root, "../shared/fixtures/seed-article-2024-08-19.txt"),
  hostile: join(root, "tests/fixtures/hostile-story.html"),
  remarks: join(root, "tests/fixtures/remarks-before-meeting.txt"),
};
const port = 4444;
const base = `http://127.0.0.1:${port}`;
const children = [];

async function until(what, probe, timeoutMs = 20000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await probe().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

export async function startServices() {
  if (!process.env.DISPLAY) {
    process.env.DISPLAY = ":99";
    children.push(spawn("Xvfb", [":99", "-screen", "0", "1400x900x24"], { stdio: "ignore" }));
    await until("Xvfb", async () => {
      execFileSync("xdpyinfo", ["-display", ":99"], { stdio: "ignore" });
      return true;
    });
  }
  // GSETTINGS_BACKEND=memory: no session bus here, so GTK would warn about dconf at every click.
  const env = { ...process.env, GSETTINGS_BACKEND: "memory" };
  // In a process group of its own, so that stopping it stops WebKitWebDriver
  // and any app a session failed to close: an app left running would keep
  // the test runner's output pipe open, and the run would never end.
  const driver = spawn("tauri-driver", ["--port", String(port)], { stdio: ["ignore", "inherit", "inherit"], env, detached: true });
  children.push(driver);
  await until("tauri-driver", async () => (await fetch(`${base}/status`)).ok);
}

export function stopServices() {
  for (const child of children.reverse()) {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      child.kill();
    }
  }
}

/** A fresh folder for a test's library. */
export function scratch() {
  return mkdtempSync(join(tmpdir(), "attache-e2e-"));
}

/** Starts the real app on `library`. */
export function launch(library) {
  return Session.start(base, app, ["--library", library]);
}

/** Types `path` into the native file dialog titled `title` and accepts it. */
export function answerFileDialog(title, path) {
  const display = { env: { ...process.env } };
  const id = execFileSync("xdotool", ["search", "--sync", "--name", title], { ...display, timeout: 15000 })
    .toString()
    .trim()
    .split("\n")[0];
  // Let the dialog finish drawing before typing, as a person would.
  execFileSync("sleep", ["0.7"]);
  execFileSync("xdotool", ["windowfocus", "--sync", id], display);
  // Ctrl+L opens the location field; typing "/" would too, but swallows the
  // next key while the field appears.
  execFileSync("xdotool", ["key", "ctrl+l"], display);
  execFileSync("sleep", ["0.4"]);
  execFileSync("xdotool", ["key", "ctrl+a"], display);
  execFileSync("xdotool", ["type", "--delay", "25", path], display);
  execFileSync("sleep", ["0.5"]);
  if (process.env.E2E_SHOT) execFileSync("import", ["-window", "root", process.env.E2E_SHOT], display);
  execFileSync("xdotool", ["key", "Return"], display);
}
