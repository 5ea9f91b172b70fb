// The verification panel in Chromium, against the real core: a quote
// opened from the story, the passage found, the diff marked on both sides,
// a misattribution called out, and the status kept with the editor's name.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { useApp } from "./harness.mjs";

const open = useApp({ before, after });

const SOURCE = {
  title: "Remarks before their meeting", issuer: "Department of State", date: "2024-08-19", url: "https://example.org/remarks",
  kind: "transcript", body: "PRESIDENT HERZOG: Welcome, Mr. Secretary. It is time for it to get done.\nSECRETARY BLINKEN: Thank you, Mr. President.",
};

test("a quote is verified from the story: verdict, diff, misattribution and a kept status", async () => {
  const { page, errors, invoke, close } = await open({
    core: true, files: { "a.txt": "Talks\n“It's time for it to get done,” Blinken said." }, dialogPaths: ["a.txt"],
  });
  await invoke("add_source", { draft: SOURCE });
  await page.getByRole("button", { name: "Import…" }).click();
  await page.locator("article h1").getByText("Talks").waitFor();
  await page.getByRole("complementary", { name: "Quotes and claims" }).getByRole("button", { name: "Verify" }).click();
  const panel = page.getByRole("dialog", { name: "Verify a quote" });
  await panel.getByRole("region", { name: "Verdict" }).getByText("Minor changes that keep the meaning").waitFor();
  assert.equal(await panel.getByRole("region", { name: "Reported" }).locator(".changed").textContent(), "It's");
  assert.equal(await panel.getByRole("region", { name: "Source passage" }).locator(".changed").textContent(), "It is");
  await panel.getByText("Misattributed: the source gives these words to President Herzog, not Blinken.").waitFor();
  await panel.getByText("https://example.org/remarks").waitFor();

  await panel.getByLabel("Status", { exact: true }).selectOption("misquoted");
  await panel.getByLabel("Note", { exact: true }).fill("Herzog said it, not Blinken");
  await panel.getByRole("button", { name: "Save status" }).click();
  await panel.getByRole("list", { name: "Status history" }).getByText("misquoted").waitFor();
  const [quote] = (await invoke("story_reading", { id: 1 })).quotes;
  const [saved] = await invoke("quote_statuses", { quote: { story_id: 1, anchor: quote.anchor } });
  assert.deepEqual(
    [saved.status, saved.note, saved.source_id, saved.verdict, saved.author],
    ["misquoted", "Herzog said it, not Blinken", 1, "minor", "unnamed editor"],
  );
  await page.keyboard.press("Escape");
  await panel.waitFor({ state: "detached" });
  assert.deepEqual(errors, []);
  await close();
});

test("with no source in the library the panel says so, and a pasted source is checked at once", async () => {
  const { page, errors, invoke, close } = await open({
    core: true, files: { "a.txt": "Talks\n“We are close,” she said." }, dialogPaths: ["a.txt"],
  });
  await page.getByRole("button", { name: "Import…" }).click();
  await page.getByRole("complementary", { name: "Quotes and claims" }).getByRole("button", { name: "Verify" }).click();
  const panel = page.getByRole("dialog", { name: "Verify a quote" });
  await panel.getByText("No source in the library shares these words.").waitFor();
  await panel.getByRole("button", { name: "Paste a source…" }).click();
  await panel.getByLabel("Source text").fill("Readout\nThe parties are close to an agreement.");
  await panel.getByRole("button", { name: "Add source" }).click();
  await panel.getByText("No source in the library shares these words.").waitFor({ state: "detached" });
  assert.deepEqual((await invoke("list_sources", { search: null })).map((s) => s.title), ["Readout"]);
  assert.deepEqual(errors, []);
  await close();
});
