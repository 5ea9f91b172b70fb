// End-to-end: two real app instances, each on its own library, join one team
// library on the throwaway PostgreSQL that scripts/test.sh starts (its admin
// address in ATTACHE_TEST_PG_URL). A fact-check started on one desk reaches
// the other, and the verdict given there comes back to the first.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { cli, launch, scratch, startServices, stopServices } from "./harness.mjs";

before(startServices);
after(stopServices);

const CLAIM = "The minister has made nine visits to the region this year.";

/** A new database with a team library and an editor's role on the test cluster. */
function newsroom() {
  const admin = process.env.ATTACHE_TEST_PG_URL;
  assert.ok(admin, "ATTACHE_TEST_PG_URL names the test cluster (bash scripts/pg-cluster.sh start DIR PORT prints it)");
  const name = `e2e${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  execFileSync("psql", [admin, "-q", "-c", `CREATE DATABASE ${name}`, "-c", `CREATE ROLE ${name}_ed LOGIN PASSWORD 'ed-pw'`]);
  const url = new URL(admin);
  const address = `postgres://${url.username}:${url.password}@${url.host}/${name}?sslmode=disable`;
  execFileSync(cli, ["--library", join(scratch(), "admin.sqlite3"), "team", "init", address, "--member", `${name}_ed`]);
  return { server: url.host, database: name, user: `${name}_ed`, password: "ed-pw" };
}

/** Fills Library → Team library and connects; waits until the desk is synced. */
async function joinTeam(app, team) {
  await app.click(await app.waitForElement("[data-section=library]"));
  await app.waitForElement("form[aria-label='Team library']");
  // No encryption on the test's loopback server (the Authority field goes with it).
  await app.execute(
    `const select = document.querySelector("form[aria-label='Team library'] select");
     select.value = "disable";
     select.dispatchEvent(new Event("change", { bubbles: true }));`,
  );
  // Server, database, user and password, in the form's order.
  const values = [team.server, team.database, team.user, team.password];
  const inputs = await app.waitFor("the four fields", async () => {
    const found = await app.findAll("form[aria-label='Team library'] input");
    return found.length === values.length && found;
  });
  for (const [i, input] of inputs.entries()) {
    await app.execute(
      `const input = document.querySelectorAll("form[aria-label='Team library'] input")[${i}];
       input.value = "";
       input.dispatchEvent(new Event("input", { bubbles: true }));`,
    );
    await app.type(input, values[i]);
  }
  await app.click(await app.waitForElement("form[aria-label='Team library'] button[type=submit]"));
  await app.waitForElement("nav [data-action=team-status]", "Synced");
}

/** Syncs now from the Library section and waits for the report. */
async function syncNow(app) {
  await app.click(await app.waitForElement("[data-section=library]"));
  await app.click(await app.waitForElement("button", "Sync now"));
  await app.waitForElement(".notices", "Synced:");
}

test("a fact-check started on one desk reaches the other, and its verdict comes back", async () => {
  const team = newsroom();
  const dir = scratch();
  const first = join(dir, "first.sqlite3");

  const a = await launch(first);
  try {
    await a.waitForElement(".empty h2");
    await joinTeam(a, team);
    await a.click(await a.waitForElement("[data-section=factchecks]"));
    await a.click(await a.waitForElement("button.new", "New fact-check"));
    await a.type(await a.waitForElement("form[aria-label='New fact-check'] textarea"), CLAIM);
    await a.click(await a.waitForElement("form[aria-label='New fact-check'] button[type=submit]"));
    await a.waitForElement(".list .claim", "nine visits");
    await syncNow(a);
  } finally {
    await a.quit();
  }

  const b = await launch(join(dir, "second.sqlite3"));
  try {
    await b.waitForElement(".empty h2");
    await joinTeam(b, team);
    await b.click(await b.waitForElement("[data-section=factchecks]"));
    await b.click(await b.waitForElement(".list .claim", "nine visits"));
    await b.execute(
      `const select = document.querySelector("article[aria-label=Fact-check] select[aria-label=Verdict]");
       select.value = "False";
       select.dispatchEvent(new Event("change", { bubbles: true }));`,
    );
    await b.waitForElement("article[aria-label=Fact-check] .history li", "verdict");
    await syncNow(b);
  } finally {
    await b.quit();
  }

  // The first desk, opened again, syncs as it starts and shows the verdict.
  const again = await launch(first);
  try {
    await again.waitForElement("nav [data-action=team-status]", "Synced");
    await again.click(await again.waitForElement("[data-section=factchecks]"));
    await again.waitForElement(".list .entry", "False");
  } finally {
    await again.quit();
  }
  const checks = JSON.parse(execFileSync(cli, ["--library", first, "factcheck", "list", "--json"]).toString());
  assert.equal(checks.length, 1, "one fact-check, not one per desk");
  assert.equal(checks[0].claim, CLAIM);
  assert.equal(checks[0].verdict?.name, "False");
});
