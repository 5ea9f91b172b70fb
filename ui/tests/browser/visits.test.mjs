// The Visits section in Chromium, against the real core, its built-in
// records and record files imported through its dialog (a secretary the
// records never had, with a counterpart written as markup; a visitor written
// as markup): the timeline draws journeys, stops, stories and quotes, a click
// opens a journey, ordinals of journeys and of visits to the US are counted
// with their work shown, stops and regions are edited, and record text is
// never read as HTML.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { useApp } from "./harness.mjs";

const open = useApp({ before, after });

/** The folder of a page's library, as the core reports it. */
const folderOf = async (invoke) => dirname((await invoke("library_info")).path);

/** A trip of the official travel records' XML, for Ada Quill Vance, a secretary the records never had. */
const trip = (id, start, end, country, label, remarks = "") => `
  <trip role="secretary" who="vance-ada-q">
    <id>${id}</id><role>secretary</role><name>Ada Quill Vance</name>
    <start-date>${start}</start-date><end-date>${end}</end-date>
    <country id="${country}">${label}</country><locale></locale><remarks>${remarks}</remarks>
  </trip>`;

/**
 * Four stops in two journeys, one met with a name that is markup, and one in
 * a country the records do not know; imported through the real core (the
 * file dialog answers with the file), with `more` trips, and `prepare(invoke)`
 * run, before the Visits section opens, which then shows this official alone.
 */
async function stagedRecords(more = "", prepare = async () => {}) {
  const xml = `<?xml version="1.0" encoding="UTF-8"?><trips>${[
    trip(1, "2023-10-11", "2023-10-12", "israel", "Israel"),
    trip(2, "2023-10-13", "2023-10-13", "atlantis", "Atlantis"),
    trip(3, "2024-08-18", "2024-08-19", "israel", "Israel", "Met with President &lt;img src=x onerror=window.__pwned=1&gt; Herzog."),
    trip(4, "2024-08-20", "2024-08-20", "egypt", "Egypt"),
  ].join("")}${more}</trips>`;
  const app = await open({ core: true, files: { "vance.xml": xml }, dialogPaths: ["vance.xml"] });
  await app.invoke("import_travels_with_dialog");
  await prepare(app.invoke);
  await app.page.locator('nav [data-section="visits"]').click();
  await app.page.locator("section.visits form.bar").getByLabel("Official").selectOption({ label: "Ada Quill Vance" });
  await app.page.waitForFunction(() => {
    const lanes = [...document.querySelectorAll(".vis-label")].map((l) => l.textContent.trim());
    return lanes.length === 1 && lanes[0] === "Ada Quill Vance" && document.querySelector(".vis-item");
  });
  return app;
}

test("the timeline draws journeys and stops; a click opens the journey with its stops", async () => {
  const { page, errors, invoke, close } = await stagedRecords();
  await page.locator(".vis-item.vis-range", { hasText: "Egypt" }).waitFor();
  assert.equal(await page.locator(".vis-item.vis-range").count(), 4, "one item per stop");
  assert.equal(await page.locator(".vis-item.vis-background").count(), 2, "one band per journey");
  await page.locator(".vis-item.vis-range", { hasText: "Egypt" }).click();
  const journey = page.getByRole("article", { name: "Journey" });
  await journey.getByText("Ada Quill Vance: 2024-08-18 to 2024-08-20").waitFor();
  await journey.getByText("Met: President <img src=x onerror=window.__pwned=1> Herzog").waitFor();
  assert.equal(await page.evaluate(() => window.__pwned), undefined, "record text is shown as text");
  await journey.getByRole("button", { name: "New journey from here" }).click();
  await page.waitForFunction(() => document.querySelectorAll(".vis-item.vis-background").length === 3);
  const { journeys } = await invoke("list_journeys", { query: { official: "Ada Quill Vance", region: null, country: null, since: null, until: null, gap: null } });
  assert.deepEqual(journeys.map((j) => [j.start, j.end]), [["2023-10-11", "2023-10-13"], ["2024-08-18", "2024-08-19"], ["2024-08-20", "2024-08-20"]]);
  assert.match(await page.getByText("1 records flagged").textContent(), /flagged/);
  assert.deepEqual(errors, []);
  await close();
});

test("counting a visit shows the ordinal, the journeys counted and the rule, from the built-in records", async () => {
  const { page, errors, close } = await open({ core: true });
  await page.locator('nav [data-section="visits"]').click();
  const ask = page.getByRole("form", { name: "Count a visit" });
  await ask.getByLabel("Official").selectOption({ label: "Antony John Blinken" });
  await ask.getByLabel("Region").selectOption({ label: "Middle East" });
  await ask.getByLabel("Since", { exact: true }).fill("2023-10-07");
  await ask.getByLabel("On", { exact: true }).fill("2024-08-19");
  await ask.getByRole("button", { name: "Count" }).click();
  const answer = page.getByRole("region", { name: "Ordinal answer" });
  await answer.getByText("in progress on 2024-08-19").waitFor();
  assert.match(await answer.locator(".verdict").textContent(), /The 9th journey of Antony John Blinken to Middle East\s+since 2023-10-07: 2024-08-18 to 2024-08-20/);
  assert.equal(await answer.locator("ol li").count(), 9);
  assert.match(await answer.locator("ol li").first().textContent(), /2023-10-11 to 2023-10-18: Israel, Jordan/);
  await answer.getByText("no more than 1 day").waitFor();
  assert.deepEqual(errors, []);
  await close();
});

test("lanes by region put each stop in the regions that hold its country", async () => {
  const { page, errors, invoke, close } = await stagedRecords();
  const regions = await invoke("list_regions");
  const holding = (country) => regions.filter((r) => r.members.includes(country)).length;
  // Israel twice and Egypt, each in every built-in region that holds it; Atlantis in none.
  const expected = 2 * holding("israel") + holding("egypt");
  assert.ok(expected >= 6 && holding("atlantis") === 0, `${expected}`);
  await page.getByLabel("Lanes").selectOption("region");
  await page.locator(".vis-label", { hasText: "Middle East" }).waitFor();
  await page.waitForFunction((n) => document.querySelectorAll(".vis-item.vis-range").length === n, expected);
  assert.deepEqual(errors, []);
  await close();
});

test("a stop is corrected from the journey's detail", async () => {
  const { page, errors, invoke, close } = await stagedRecords();
  await page.locator(".vis-item.vis-range", { hasText: "Egypt" }).click();
  const journey = page.getByRole("article", { name: "Journey" });
  await journey.locator("li", { hasText: "Egypt" }).getByRole("button", { name: "Edit…" }).click();
  const form = journey.getByRole("form", { name: "Edit the stop" });
  assert.equal(await form.getByLabel("Country").inputValue(), "egypt");
  await form.getByLabel("Place").fill("Cairo");
  await form.getByLabel("To").fill("2024-08-21");
  await form.getByRole("button", { name: "Save stop" }).click();
  await page.getByText("Stop saved: egypt, 2024-08-20 to 2024-08-21.").waitFor();
  const egypt = (await invoke("list_stops", { official: "Ada Quill Vance" })).find((s) => s.country_id === "egypt");
  assert.deepEqual([egypt.locale, egypt.end, egypt.official], ["Cairo", "2024-08-21", "Ada Quill Vance"]);
  assert.deepEqual(errors, []);
  await close();
});

test("a region's countries are changed, and a new region is made", async () => {
  const { page, errors, invoke, close } = await open({ core: true });
  await page.locator('nav [data-section="visits"]').click();
  await page.getByRole("button", { name: "Regions…" }).click();
  const form = page.getByRole("form", { name: "Edit a region" });
  await form.locator("datalist option[value='Middle East']").waitFor({ state: "attached" });
  await form.getByLabel("Region", { exact: true }).fill("Middle East");
  await form.getByLabel("Region", { exact: true }).dispatchEvent("change");
  const members = form.getByRole("list", { name: "Countries in the region" });
  await members.getByText("turkiye").waitFor();
  await members.getByRole("button", { name: "Remove turkiye" }).click();
  await form.getByLabel("Add a country").fill("cyprus");
  await form.getByLabel("Add a country").press("Enter");
  await form.getByRole("button", { name: "Save region" }).click();
  await page.getByText("Region Middle East saved: 18 countries.").waitFor();
  const saved = (await invoke("list_regions")).find((r) => r.name === "Middle East").members;
  assert.ok(saved.includes("cyprus") && !saved.includes("turkiye"), JSON.stringify(saved));

  await page.getByRole("button", { name: "Regions…" }).click();
  await form.getByLabel("Region", { exact: true }).fill("Gulf");
  await form.getByLabel("Region", { exact: true }).dispatchEvent("change");
  await members.getByText("No countries yet.").waitFor();
  await form.getByLabel("Add a country").fill("qatar");
  await form.getByRole("button", { name: "Add", exact: true }).click();
  await form.getByRole("button", { name: "Save region" }).click();
  await page.getByText("Region Gulf saved: 1 countries.").waitFor();
  await page.getByLabel("Region", { exact: true }).locator("option", { hasText: "Gulf" }).waitFor({ state: "attached" });
  assert.deepEqual((await invoke("list_regions")).find((r) => r.name === "Gulf").members, ["qatar"]);
  assert.deepEqual(errors, []);
  await close();
});

test("stories and the official's quotes are markers on their date; a quote opens its story", async () => {
  const { page, errors, choose, invoke, close } = await stagedRecords();
  const story = `---
title: Vance presses for a truce
published: 2024-08-19
---
Secretary of State Ada Quill Vance pressed for a truce in Tel Aviv. “It is time for it to get done,” Vance said. “Another voice entirely here today,” Isaac Herzog said.`;
  await writeFile(join(await folderOf(invoke), "story.md"), story);
  await choose(["story.md"]);
  await invoke("import_with_dialog", { onProgress: "__CHANNEL__:0" });
  await page.locator("section.visits form.bar").getByLabel("Official").selectOption({ label: "All officials" });
  await page.locator("section.visits form.bar").getByLabel("Official").selectOption({ label: "Ada Quill Vance" });
  await page.locator(".vis-item.vis-point.quote").first().waitFor();
  assert.equal(await page.locator(".vis-item.vis-point.quote").count(), 1, "Vance's one quote; no other speaker");
  assert.equal(await page.locator(".vis-item.vis-point.story").count(), 1);
  await page.locator(".vis-item.vis-point.quote").hover();
  await page.locator(".vis-tooltip").getByText(/^Quote: “It is time for it to get done,” \(.*Vance, in “Vance presses for a truce”\)$/).waitFor();
  await page.locator(".vis-item.vis-point.quote").click();
  await page.locator("article h1").getByText("Vance presses for a truce").waitFor();
  assert.deepEqual(errors, []);
  await close();
});

test("lanes of visits to the US by country; a count numbers the visits it counted", async () => {
  // A visit whose visitor is written as markup, imported through the dialog beside the built-in visits.
  const visits = `<?xml version="1.0" encoding="UTF-8"?><visits><visit><id>90001</id>
    <start-date>2031-11-12</start-date><end-date>2031-11-12</end-date>
    <visitor>President &lt;b&gt;Isaac&lt;/b&gt; Herzog</visitor><from id="israel">Israel</from>
    <description>Working Visit.</description></visit></visits>`;
  const { page, errors, close } = await open({ core: true, files: { "visits.xml": visits }, dialogPaths: ["visits.xml"] });
  await page.locator('nav [data-section="visits"]').click();
  await page.getByRole("button", { name: "Import records…" }).click();
  await page.getByText(/^Imported 1 record; 0 duplicates skipped; 0 flagged\.$/).waitFor();
  await page.getByLabel("Lanes").selectOption("country");
  // The Near East's visits since 2022: the built-in records hold more than a
  // century's, in more lanes than the window shows at once.
  const bar = page.locator("section.visits form.bar");
  await bar.getByLabel("From").fill("2022-01-01");
  await bar.getByLabel("From").dispatchEvent("change");
  await bar.getByLabel("Region").selectOption("Near East");
  await page.locator(".vis-label", { hasText: /^Israel \(\d+\)$/ }).waitFor();
  await page.getByRole("list", { name: "Legend" }).getByText("A visit to the US").waitFor();
  // Looked for before a count moves the window to the visits it counted.
  await page.locator(".vis-item.visit", { hasText: "President <b>Isaac</b> Herzog" }).waitFor({ state: "attached" });
  assert.equal(await page.locator(".vis-item.visit b").count(), 0, "a visitor's name is text, never markup");
  const ask = page.getByRole("form", { name: "Count a foreign leader's visit" });
  await ask.getByLabel("Visitor", { exact: true }).fill("Isaac Herzog");
  await ask.getByLabel("Visit on").fill("2023-07-18");
  await ask.getByRole("button", { name: "Count visits" }).click();
  const answer = page.getByRole("region", { name: "Visit ordinal answer" });
  await answer.getByText("in progress on 2023-07-18").waitFor();
  assert.match(await answer.locator(".verdict").textContent(), /The 2nd of the Isaac Herzog/);
  assert.equal(await answer.locator("ol li").count(), 2);
  await page.locator(".vis-item.visit.counted", { hasText: "2 · President Isaac Herzog" }).waitFor();
  assert.deepEqual(errors, []);
  await close();
});

test("zoomed out, each journey is one bar labelled with its countries, and a count puts its number on it", async () => {
  const { page, errors, close } = await stagedRecords(trip(5, "2026-03-01", "2026-03-02", "qatar", "Qatar"));
  await page.locator(".vis-item.journey-bar", { hasText: "Israel, Egypt" }).waitFor();
  assert.equal(await page.locator(".vis-item.vis-range.region-3").count(), 0, "no stops drawn zoomed out");
  const ask = page.getByRole("form", { name: "Count a visit" });
  await ask.getByLabel("Official").selectOption({ label: "Ada Quill Vance" });
  await ask.getByLabel("On", { exact: true }).fill("2024-08-19");
  await ask.getByRole("button", { name: "Count" }).click();
  await page.locator(".vis-item.journey-bar", { hasText: "2 · Israel, Egypt" }).waitFor();
  await page.locator(".vis-current-time").waitFor({ state: "attached" });
  assert.deepEqual(errors, []);
  await close();
});

test("at 1280×800 the questions and the legend fit in the window", async () => {
  // The records' longest names (Henry A. (Heinz Alfred) Kissinger) and a long
  // region's: options size their select.
  const longRegion = (invoke) =>
    invoke("set_region", { name: "Countries of the Organization for Security and Co-operation in Europe", countries: ["austria"] });
  const { page, errors, close } = await stagedRecords("", longRegion);
  const width = page.viewportSize().width;
  for (const name of ["Count a visit", "Count a foreign leader's visit", "Legend"]) {
    const role = name === "Legend" ? "list" : "form";
    const box = await page.getByRole(role, { name, exact: true }).boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= width, `${name}: ${JSON.stringify(box)}`);
  }
  for (const control of await page.getByRole("form", { name: "Count a visit", exact: true }).locator("select, input, button").all()) {
    const box = await control.boundingBox();
    assert.ok(box.x + box.width <= width, `a control ends at ${box.x + box.width}`);
  }
  const aside = await page.locator(".visits aside").evaluate((a) => [a.scrollWidth, a.clientWidth]);
  assert.ok(aside[0] <= aside[1], `the panel scrolls sideways: ${aside}`);
  assert.deepEqual(errors, []);
  await close();
});
