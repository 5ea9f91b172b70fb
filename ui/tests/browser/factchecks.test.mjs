// The Fact-checks section in Chromium, against the real core: one
// click from a story's claim starts a check, which is given a verdict,
// moved through the workflow, backed with evidence, and shows its history.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { useApp } from "./harness.mjs";

const open = useApp({ before, after });

test("a claim becomes a fact-check in one click, then gets a verdict, evidence and a history", async () => {
  const { page, errors, close } = await open({
    core: true, files: { "a.txt": "Talks\nIt was his ninth visit to the region." }, dialogPaths: ["a.txt"],
  });
  await page.getByRole("button", { name: "Import…" }).click();
  await page.locator("article h1").getByText("Talks").waitFor();
  await page.getByRole("complementary", { name: "Quotes and claims" }).getByRole("button", { name: "Fact-check" }).click();
  const check = page.getByRole("article", { name: "Fact-check" });
  await check.getByRole("heading", { name: "It was his ninth visit to the region." }).waitFor();
  await check.getByText("in “Talks”").waitFor();

  await check.getByLabel("Verdict", { exact: true }).selectOption("Mostly true");
  await check.getByRole("button", { name: "Send to review" }).click();
  await check.getByRole("button", { name: "Mark verified" }).waitFor();
  await check.getByLabel("Summary text").fill("The records make it the ninth.");
  await check.getByRole("button", { name: "Save summary" }).click();
  await check.getByLabel("What it shows").fill("the official itinerary");
  await check.getByLabel("Reference").fill("https://example.org/itinerary");
  await check.getByRole("button", { name: "Add", exact: true }).click();
  await check.locator(".evidence").getByText("the official itinerary").waitFor();

  const history = check.getByRole("list", { name: "History" });
  await history.getByText("The records make it the ninth.").waitFor();
  const fields = await history.locator("li").allTextContents();
  // The core checks an ordinal claim against the records when the fact-check starts, and keeps what it found.
  assert.deepEqual(fields.map((t) => t.split(": ")[1].split(" ")[0]), ["created", "evidence", "verdict", "status", "summary", "evidence"]);
  assert.match(fields[1], /travel_check: cannot check: the story has no publication date to count to/);
  await page.getByRole("form", { name: "Filter fact-checks" }).getByLabel("Status filter").selectOption("in_review");
  await page.locator(".list .claim").getByText("It was his ninth visit to the region.").waitFor();
  await page.getByRole("form", { name: "Filter fact-checks" }).getByLabel("Status filter").selectOption("dropped");
  await page.getByText("No fact-checks match.").waitFor();
  assert.deepEqual(errors, []);
  await close();
});

test("the newsroom changes a rating of its scale and adds one", async () => {
  const { page, errors, close } = await open({ core: true });
  await page.locator('nav [data-section="factchecks"]').click();
  await page.getByRole("button", { name: "Rating scale…" }).click();
  const scale = page.getByRole("region", { name: "Rating scale" });
  const form = scale.getByRole("form", { name: "Add or change a rating" });
  // The scale is read from the core; an editor types once it is shown.
  await scale.locator("tr", { hasText: "Misleading" }).first().waitFor();
  await form.getByLabel("Rating").fill("Misleading");
  await form.getByLabel("Rating").blur();
  assert.equal(await form.getByLabel("Number").inputValue(), "2", "filled in from the scale");
  await form.getByLabel("Number").selectOption("1");
  await form.getByLabel("ClaimReview name").fill("Misleading (missing context)");
  await form.getByRole("button", { name: "Save rating" }).click();
  await page.getByText("Rating “Misleading” saved: 1, ClaimReview “Misleading (missing context)”.").waitFor();
  await scale.locator("tr", { hasText: "Misleading (missing context)" }).waitFor();

  await form.getByLabel("Rating").fill("Needs context");
  await form.getByRole("button", { name: "Save rating" }).click();
  await scale.locator("tr", { hasText: "Needs context" }).getByText("–").waitFor();
  await page.getByLabel("Verdict filter").locator("option", { hasText: "Needs context" }).waitFor({ state: "attached" });
  assert.deepEqual(errors, []);
  await close();
});
