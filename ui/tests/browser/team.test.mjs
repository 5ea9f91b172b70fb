// The Team library in Chromium, against the real core and a real PostgreSQL
// (the throwaway cluster scripts/test.sh starts, in ATTACHE_TEST_PG_URL): two
// desks join one team library from the Library section, and a story added on
// one reaches the other; a wrong password is shown and changes nothing.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { join, resolve } from "node:path";
import { useApp } from "./harness.mjs";

const open = useApp({ before, after });
const root = resolve(import.meta.dirname, "../../..");
const attache = resolve(process.env.CARGO_TARGET_DIR ?? join(root, "target"), "debug/attache");

/** A new database with a team library and an editor's role on the test cluster. */
function newsroom() {
  const admin = process.env.ATTACHE_TEST_PG_URL;
  assert.ok(admin, "ATTACHE_TEST_PG_URL names the test cluster (bash scripts/pg-cluster.sh start DIR PORT prints it)");
  const name = `ui${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  execFileSync("psql", [admin, "-q", "-c", `CREATE DATABASE ${name}`, "-c", `CREATE ROLE ${name}_ed LOGIN PASSWORD 'ed-pw'`]);
  const url = new URL(admin);
  execFileSync(attache, ["team", "init", `postgres://${url.username}:${url.password}@${url.host}/${name}?sslmode=disable`, "--member", `${name}_ed`], {
    env: { ...process.env, ATTACHE_LIBRARY: "/nonexistent" },
  });
  return { server: url.host, database: name, user: `${name}_ed` };
}

async function joinTeam(page, team, password) {
  await page.locator('nav [data-section="library"]').click();
  const form = page.getByRole("form", { name: "Team library" });
  await form.getByLabel("Server").fill(team.server);
  await form.getByLabel("Database").fill(team.database);
  await form.getByLabel("User").fill(team.user);
  await form.getByLabel("Password").fill(password);
  await form.getByLabel("Encryption").selectOption("disable");
  await form.getByRole("button", { name: "Connect" }).click();
}

test("two desks join one team library and a story added on one reaches the other", async () => {
  const team = newsroom();
  const a = await open({ core: true });
  await joinTeam(a.page, team, "not-the-password");
  await a.page.getByText(/refused the user name or password/).waitFor();
  assert.equal(await a.invoke("team_status"), null, "a refused password joins nothing");

  await joinTeam(a.page, team, "ed-pw");
  await a.page.locator('nav [data-action="team-status"]').getByText("Synced").waitFor();
  await a.invoke("create_story", { text: "Talks in Cairo\nThe minister said \"We are close.\"" });
  await a.page.getByRole("button", { name: "Sync now" }).click();
  await a.page.getByText(/Synced: \d+ changes sent/).waitFor();

  const b = await open({ core: true });
  await joinTeam(b.page, team, "ed-pw");
  await b.page.locator('nav [data-action="team-status"]').getByText("Synced").waitFor();
  await b.page.locator('nav [data-section="stories"]').click();
  await b.page.getByRole("listbox").getByText("Talks in Cairo").waitFor();
  const status = await b.invoke("team_status");
  assert.equal(status.waiting, 0);
  assert.match(status.server, /^postgres:\/\/ui\w+_ed@/);
  assert.ok(!status.server.includes("ed-pw"), "the password is not in the address shown");
  assert.deepEqual([...a.errors, ...b.errors], []);
  await a.close();
  await b.close();
});
