// The verification panel in Chromium, against the fake Rust side: a quote
// opened from the story, the passage found, the diff marked on both sides,
// a misattribution called out, and the status kept with the editor's name.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { useApp } from "./harness.mjs";

const open = useApp({ before, after });

function story() {
  const fake = window.__fake;
  fake.files = { "/n/a.txt": "Talks\n“It's time for it to get done,” Blinken said." };
  fake.dialogPaths = ["/n/a.txt"];
  fake.readings[1] = {
    quotes: [{
      story_id: 1, headline: "Talks", text: "It's time for it to get done,", speaker: "Antony Blinken", speaker_fixed: false,
      cue: "said", kind: "quote", start: 7, end: 36,
    }],
    claims: [],
  };
  fake.sources = [{ id: 4, title: "Remarks before their meeting", issuer: "Department of State", date: "2024-08-19", url: "https://example.org/remarks", kind: "transcript" }];
  fake.verifications = [{
    verdict: "minor", score: 1, misattributed: true, source: "Remarks before their meeting", source_id: 4,
    source_meta: fake.sources[0], span: { start: 10, end: 39, text: "It is time for it to get done" },
    speaker_in_source: "President Herzog",
    diff: [
      { op: "replace", reported: "It's", source: "It is" },
      { op: "equal", reported: "time for it to get done", source: "time for it to get done" },
    ],
  }];
}

test("a quote is verified from the story: verdict, diff, misattribution and a kept status", async () => {
  const { page, errors, close } = await open({ setup: story });
  await page.getByRole("button", { name: "Import…" }).click();
  await page.locator("article h1").getByText("Talks").waitFor();
  await page.getByRole("complementary", { name: "Quotes and claims" }).getByRole("button", { name: "Verify" }).click();
  const panel = page.getByRole("dialog", { name: "Verify a quote" });
  await panel.getByRole("region", { name: "Verdict" }).getByText("Minor changes that keep the meaning").waitFor();
  assert.equal(await panel.getByRole("region", { name: "Reported" }).locator(".changed").textContent(), "It's");
  assert.equal(await panel.getByRole("region", { name: "Source passage" }).locator(".changed").textContent(), "It is");
  await panel.getByText("Misattributed: the source gives these words to President Herzog, not Antony Blinken.").waitFor();
  await panel.getByText("https://example.org/remarks").waitFor();

  await panel.getByLabel("Status", { exact: true }).selectOption("misquoted");
  await panel.getByLabel("Note", { exact: true }).fill("Herzog said it, not Blinken");
  await panel.getByRole("button", { name: "Save status" }).click();
  await panel.getByRole("list", { name: "Status history" }).getByText("misquoted").waitFor();
  const saved = await page.evaluate(() => window.__fake.statuses[0]);
  assert.deepEqual(
    [saved.status, saved.note, saved.source_id, saved.verdict, saved.author],
    ["misquoted", "Herzog said it, not Blinken", 4, "minor", "unnamed editor"],
  );
  await page.keyboard.press("Escape");
  await panel.waitFor({ state: "detached" });
  assert.deepEqual(errors, []);
  await close();
});

test("with no source in the library the panel says so, and a pasted source is checked at once", async () => {
  const { page, errors, close } = await open({
    setup: () => {
      window.__fake.files = { "/n/a.txt": "Talks\n“We are close,” she said." };
      window.__fake.dialogPaths = ["/n/a.txt"];
      window.__fake.readings[1] = {
        quotes: [{ story_id: 1, headline: "Talks", text: "We are close,", speaker: null, speaker_fixed: false, cue: "said", kind: "quote", start: 7, end: 20 }],
        claims: [],
      };
    },
  });
  await page.getByRole("button", { name: "Import…" }).click();
  await page.getByRole("complementary", { name: "Quotes and claims" }).getByRole("button", { name: "Verify" }).click();
  const panel = page.getByRole("dialog", { name: "Verify a quote" });
  await panel.getByText("No source in the library shares these words.").waitFor();
  await panel.getByRole("button", { name: "Paste a source…" }).click();
  await panel.getByLabel("Source text").fill("Readout\nThe parties are close to an agreement.");
  await panel.getByRole("button", { name: "Add source" }).click();
  await page.waitForFunction(() => window.__fake.sources.length === 1);
  assert.equal(await page.evaluate(() => window.__fake.sources[0].title), "Readout");
  assert.deepEqual(errors, []);
  await close();
});
