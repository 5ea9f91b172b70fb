// The Packets section in Chromium, against the fake Rust side: stories are
// chosen, the preview says what goes in, parts are switched off, and the
// export reports its progress and where the file went.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { useApp } from "./harness.mjs";

const open = useApp({ before, after });

test("a packet is previewed from chosen stories and exported with progress", async () => {
  const { page, errors, close } = await open({
    setup: () => {
      window.__fake.files = { "/n/a.txt": "Talks in Doha\nNegotiators met." };
      window.__fake.dialogPaths = ["/n/a.txt"];
    },
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
  await form.getByRole("button", { name: "Export…" }).click();
  await page.getByText("Packet saved to /home/editor/Doha #1.md.").waitFor();
  const exported = await page.evaluate(() => window.__fake.exports[0]);
  assert.deepEqual([exported.format, exported.selection.stories, exported.selection.parts.quotes], ["md", [1], false]);
  assert.deepEqual(errors, []);
  await close();
});
