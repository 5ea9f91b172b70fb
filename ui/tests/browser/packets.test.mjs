// The Packets section in Chromium, against the real core: stories are
// chosen, the preview says what goes in, parts are switched off, and the
// export says where the file went, which holds what was chosen.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { useApp } from "./harness.mjs";

const open = useApp({ before, after });

test("a packet is previewed from chosen stories and exported", async () => {
  const { page, errors, folder, choose, close } = await open({
    core: true, files: { "a.txt": "Talks in Doha\nNegotiators met." }, dialogPaths: ["a.txt"],
  });
  await page.getByRole("button", { name: "Import…" }).click();
  await page.locator("article h1").getByText("Talks in Doha").waitFor();
  await page.locator('nav [data-section="packets"]').click();
  const form = page.getByRole("form", { name: "Build a packet" });
  await form.getByRole("button", { name: "Preview" }).click();
  await page.getByText("the packet has no stories").waitFor();
  await form.getByLabel("Talks in Doha").check();
  await form.getByLabel("Title").fill("Doha #1");
  await form.getByLabel("Key quotes").uncheck();
  await form.getByRole("button", { name: "Preview" }).click();
  const preview = page.getByLabel("Preview");
  await preview.getByRole("heading", { name: "Doha #1" }).waitFor();
  assert.equal(await preview.getByText("Key quotes:").count(), 0, "a part switched off is not previewed");
  await preview.getByText("Sources: 1 stories").waitFor();
  await form.getByLabel("Format").selectOption("md");
  await choose(["Doha #1.md"]);
  await form.getByRole("button", { name: "Export…" }).click();
  await page.getByText(`Packet saved to ${folder}/Doha #1.md.`).waitFor();
  const written = await readFile(join(folder, "Doha #1.md"), "utf8");
  assert.match(written, /^# Doha \\#1$/m, "the title, its # escaped for Markdown");
  assert.match(written, /^## Sources\n\n- Talks in Doha$/m);
  assert.doesNotMatch(written, /Key quotes/, "a part switched off is not exported");
  assert.deepEqual(errors, []);
  await close();
});
