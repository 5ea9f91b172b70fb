import { describe, expect, it } from "vitest";
import { teamLabel, teamUrl } from "../../src/lib/team.svelte";
import type { TeamStatus } from "../../src/ipc";

const status = (waiting: number, conflicts: number): TeamStatus => ({
  server: "postgres://ana@db.newsroom.org/attache?sslmode=verify-full",
  library: "x",
  last_sync: null,
  waiting,
  conflicts,
});

describe("the team library's status in the navigation", () => {
  it("says nothing while the desk works alone", () => {
    expect(teamLabel(null, false, false)).toBeNull();
  });

  it("says synced, what waits, offline and conflicts, in that order", () => {
    expect(teamLabel(status(0, 0), false, false)).toBe("Synced");
    expect(teamLabel(status(1, 0), false, false)).toBe("1 change waiting");
    expect(teamLabel(status(3, 2), true, false)).toBe("Offline · 3 changes waiting · 2 conflicts");
    expect(teamLabel(status(0, 1), false, true)).toBe("Syncing… · 1 conflict");
  });
});

describe("a team library's address", () => {
  it("is a postgres:// URL without the password, its parts escaped", () => {
    const url = teamUrl({ server: " db.newsroom.org:5432 ", database: "news room", user: "ana@desk", encryption: "require" });
    expect(url).toBe("postgres://ana%40desk@db.newsroom.org:5432/news%20room?sslmode=require");
  });

  it("names the newsroom's certificate authority only when the certificate is checked", () => {
    const address = { server: "db", database: "attache", user: "ana", authority: " /etc/newsroom/ca.pem " };
    expect(teamUrl({ ...address, encryption: "verify-full" })).toBe(
      "postgres://ana@db/attache?sslmode=verify-full&sslrootcert=%2Fetc%2Fnewsroom%2Fca.pem",
    );
    expect(teamUrl({ ...address, encryption: "require" })).toBe("postgres://ana@db/attache?sslmode=require");
  });
});
