// Only ui/src/ipc/ may talk to Tauri: everything else goes through it.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe("the IPC boundary", () => {
  it("keeps @tauri-apps imports inside src/ipc", () => {
    const src = join(__dirname, "../../src");
    const offenders = files(src)
      .filter((f) => /\.(ts|svelte)$/.test(f) && !relative(src, f).startsWith("ipc"))
      .filter((f) => readFileSync(f, "utf8").includes("@tauri-apps/"));
    expect(offenders).toEqual([]);
  });
});
