// The main flows of the UI in Chromium: against the real core (`core: true`),
// or the fake Rust side where a test needs what only it can stage (a folder
// that cannot be written, when CI runs as root; timing).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { useApp } from "./harness.mjs";

const SEED = `US Secretary of State Antony Blinken Pushes for Gaza Truce
Blinken met Israeli President Isaac Herzog on Monday.
“There is no greater humanitarian objective,” Herzog told Blinken.`;

const open = useApp({ before, after });

test("paste a story with Ctrl+N, then find it by search with the match highlighted", async () => {
  const { page, errors, close } = await open({ core: true });
  await page.getByText("Your library is empty").waitFor();
  await page.keyboard.press("Control+n");
  await page.getByLabel("Story text").fill(SEED);
  await page.getByRole("button", { name: "Add to library" }).click();
  await page.locator("article h1").getByText("US Secretary of State Antony Blinken Pushes for Gaza Truce").waitFor();

  await page.keyboard.press("Control+f");
  await page.keyboard.type("herzog");
  await page.locator(".list mark").first().waitFor();
  assert.equal(await page.locator(".list mark").first().textContent(), "Herzog");
  await page.getByLabel("Search stories").fill("nothing-like-this");
  await page.getByText("No story matches.").waitFor();
  assert.deepEqual(errors, []);
  await close();
});

test("import through the dialog says what was imported, duplicated and refused", async () => {
  const { page, close } = await open({
    core: true,
    files: { "a.txt": "Talks resume\nNegotiators met.", "b.txt": "Copy\nNegotiators met.", "empty.txt": "" },
    dialogPaths: ["a.txt", "b.txt", "empty.txt"],
  });
  await page.getByText("Your library is empty").waitFor();
  await page.keyboard.press("Control+i");
  const notice = page.getByRole("alert").filter({ hasText: "Imported 1 story." });
  await notice.waitFor();
  assert.match(await notice.textContent(), /b\.txt is already in the library \(story 1\)/);
  assert.match(await notice.textContent(), /empty\.txt: .*empty/);
  await page.locator("article h1").getByText("Talks resume").waitFor();
  await close();
});

test("files dropped on the window are imported", async () => {
  const { page, folder, close } = await open({ core: true, files: { "dropped.md": "Dropped story\nText." } });
  await page.getByText("Your library is empty").waitFor();
  await page.evaluate((path) => window.__attache.drop([path]), `${folder}/dropped.md`);
  await page.locator(".list .headline").getByText("Dropped story").waitFor();
  await close();
});

test("editing keeps the previous version, which can be restored", async () => {
  const { page, close } = await open({ core: true, files: { "a.txt": "First headline\nBody." }, dialogPaths: ["a.txt"] });
  await page.getByRole("button", { name: "Import…" }).click();
  await page.locator("article h1").getByText("First headline").waitFor();
  await page.getByRole("button", { name: "Edit" }).click();
  await page.locator("input[name=headline]").fill("Second headline");
  await page.locator("input[name=tags]").fill("gaza, to check");
  await page.getByRole("button", { name: "Save" }).click();
  await page.locator("article h1").getByText("Second headline").waitFor();
  await page.locator("article .tag").getByText("to check").waitFor();
  await page.getByRole("button", { name: "Revisions" }).click();
  await page.getByText(/Revision 1, replaced/).waitFor();
  await page.getByRole("button", { name: "Restore", exact: true }).click();
  await page.locator("article h1").getByText("First headline").waitFor();
  await close();
});

test("Delete moves the story to the trash; the trash restores and empties", async () => {
  const { page, close } = await open({
    core: true,
    files: { "a.txt": "Keep me\nOne.", "b.txt": "Bin me\nTwo." },
    dialogPaths: ["a.txt", "b.txt"],
  });
  await page.getByRole("button", { name: "Import…" }).click();
  await page.locator("article h1").getByText("Bin me").waitFor();
  await page.locator("body").press("Delete");
  await page.getByText("Moved to the trash.").waitFor();
  await page.waitForFunction(() => document.querySelectorAll(".list .row").length === 1);
  await page.locator("[data-section=trash]").click();
  await page.locator(".list .headline").getByText("Bin me").click();
  await page.getByRole("button", { name: "Restore from trash" }).click();
  await page.getByText("The trash is empty.").waitFor();
  await page.locator("[data-section=stories]").click();
  await page.locator(".list .headline").getByText("Bin me").click();
  await page.getByRole("button", { name: "Move to trash" }).click();
  await page.locator("[data-section=trash]").click();
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Empty trash" }).click();
  await page.getByText("Deleted 1 story for good.").waitFor();
  await close();
});

/**
 * An empty SQLite database whose schema version (`user_version`, 999) is
 * newer than any Attaché's: one page of 4096 bytes, written by hand.
 */
function libraryFromTheFuture() {
  const file = Buffer.alloc(4096);
  file.write("SQLite format 3\0", 0, "latin1");
  file.writeUInt16BE(4096, 16);
  file.set([1, 1, 0, 64, 32, 32], 18);
  for (const [at, value] of [[24, 1], [28, 1], [44, 4], [56, 1], [60, 999], [92, 1], [96, 3045000]]) file.writeUInt32BE(value, at);
  file.set([0x0d, 0, 0, 0, 0, 0x10, 0x00, 0], 100);
  return file;
}

test("a library that cannot be opened fills the window with the reason", async () => {
  const library = libraryFromTheFuture();
  const { page, folder, close } = await open({ core: true, library });
  const alert = page.locator("[role=alert][data-code=library_too_new]");
  await alert.waitFor();
  assert.match(await alert.textContent(), /Install the newer version/);
  assert.equal(await page.locator("nav").count(), 0);
  assert.ok((await readFile(join(folder, "library.sqlite3"))).equals(library), "a newer library is never modified");
  await close();
});

test("the theme follows the system's dark mode", async () => {
  const background = async (colorScheme) => {
    const { page, close } = await open({ colorScheme, core: true });
    await page.locator("nav").waitFor();
    const color = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await close();
    return color;
  };
  assert.equal(await background("light"), "rgb(251, 250, 247)");
  assert.equal(await background("dark"), "rgb(22, 24, 28)");
});

test("a long listing shows more stories on request", async () => {
  const files = Object.fromEntries(Array.from({ length: 250 }, (_, i) => [`${i + 1}.txt`, `Story number ${i + 1}\nBody of story ${i + 1}.`]));
  const { page, close } = await open({ core: true, files, dialogPaths: Object.keys(files) });
  await page.getByRole("button", { name: "Import…" }).click();
  const more = page.getByRole("button", { name: "Show more (50 not shown)" });
  await more.waitFor();
  assert.equal(await page.locator(".list .row").count(), 200);
  await more.click();
  await page.waitForFunction(() => document.querySelectorAll(".list .row").length === 250);
  await close();
});

test("the Library section shows the file and checks its integrity on request", async () => {
  const { page, folder, close } = await open({ core: true });
  await page.locator("[data-section=library]").click();
  await page.getByText(`${folder}/library.sqlite3`).waitFor();
  await page.getByRole("button", { name: "Check integrity" }).click();
  await page.locator(".integrity").getByText("ok").waitFor();
  await close();
});

test("a library that can only be read says so and why in the Library section", async () => {
  const { page, close } = await open({
    setup: () => {
      window.__fake.readOnly = "its folder /media/archive cannot be written";
    },
  });
  await page.locator("[data-section=library]").click();
  const note = page.getByRole("note");
  await note.getByText("its folder /media/archive cannot be written").waitFor();
  assert.match(await note.textContent(), /can be read, searched and exported, not changed/);
  await close();
});

test("a story shows its quotes by speaker and claims checked against the records; the editor fixes a speaker; the Quotes section lists them", async () => {
  const story = `---
title: Blinken in Israel
published: 2024-08-19
---
Secretary of State Antony Blinken arrived in Tel Aviv on Monday, his ninth visit to the Middle East since the October 7 attack. “We are close to a deal,” she said. It was his tenth visit to the region, an aide said.`;
  const { page, close } = await open({ core: true, files: { "a.md": story }, dialogPaths: ["a.md"] });
  await page.getByRole("button", { name: "Import…" }).click();
  await page.locator("article h1").getByText("Blinken in Israel").waitFor();
  assert.equal(await page.locator("mark.quote").textContent(), "We are close to a deal,");
  assert.deepEqual(await page.locator(".body .claim").allTextContents(), [
    "his ninth visit to the Middle East since the October 7 attack.",
    "It was his tenth visit to the region, an aide said.",
  ]);
  const checks = page.getByTestId("claim-check");
  await checks.getByText(/^agrees: the records make this the 9th journey of Antony John Blinken visiting Middle East since 2023-10-07/).waitFor();
  await checks.getByText(/^disagrees: the records make this the 20th journey/).waitFor();
  await page.getByRole("complementary", { name: "Quotes and claims" }).getByText("No clear speaker").waitFor();
  await page.getByRole("button", { name: "Fix speaker" }).click();
  await page.getByLabel("Speaker", { exact: true }).fill("Ayman Safadi");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await page.getByRole("complementary").getByText("Ayman Safadi").waitFor();

  await page.getByRole("complementary").getByRole("button", { name: "Dismiss" }).first().click();
  await page.getByRole("button", { name: "Restore", exact: true }).waitFor();
  assert.equal(await page.locator(".body .claim").count(), 1, "a dismissed claim is no longer underlined");

  await page.locator("[data-section=quotes]").click();
  await page.getByRole("heading", { name: /Ayman Safadi/ }).waitFor();
  await page.getByText("“We are close to a deal,”").click();
  await page.locator("article h1").getByText("Blinken in Israel").waitFor();
  await close();
});

test("the editor moves a quote's bounds, and a move away from the quote is refused", async () => {
  const { page, errors, close } = await open({
    core: true,
    files: { "a.txt": "Talks\n“We are close to a deal, officials said,” she said." },
    dialogPaths: ["a.txt"],
  });
  await page.getByRole("button", { name: "Import…" }).click();
  await page.locator("article h1").getByText("Talks").waitFor();
  const panel = page.getByRole("complementary", { name: "Quotes and claims" });
  await panel.getByRole("button", { name: "Move bounds" }).click();
  const form = panel.getByRole("form", { name: "Move the quote's bounds" });
  assert.equal(await form.getByLabel("Quoted words").inputValue(), "We are close to a deal, officials said,");
  await form.getByLabel("Quoted words").fill("We are close to a deal");
  await form.getByRole("button", { name: "Save" }).click();
  await panel.getByText("bounds moved by editor").waitFor();
  assert.equal(await page.locator("mark.quote").textContent(), "We are close to a deal");

  await panel.getByRole("button", { name: "Move bounds" }).click();
  await form.getByLabel("Quoted words").fill("she said nothing");
  await form.getByRole("button", { name: "Save" }).click();
  await page.getByRole("alert").getByText("“she said nothing” is not in the story where the quote").waitFor();
  assert.equal(await page.locator("mark.quote").textContent(), "We are close to a deal");
  assert.deepEqual(errors, []);
  await close();
});

test("reading an older library's stories in the background shows its progress", async () => {
  const { page, close } = await open();
  await page.waitForFunction(() => window.__fake.calls.filter((c) => c === "plugin:event|listen").length >= 2);
  await page.evaluate(() => window.__fake.emit("analysis-progress", { done: 1200, total: 100000, stopped: false }));
  await page.getByRole("status").getByText("Reading stories for quotes, claims and people: 1,200 of 100,000").waitFor();
  await page.evaluate(() => window.__fake.emit("analysis-progress", { done: 100000, total: 100000, stopped: false }));
  await page.getByText(/Reading stories for quotes/).waitFor({ state: "detached" });
  await close();
});
