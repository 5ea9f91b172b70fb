import { describe, expect, it } from "vitest";
import { shortcutFor, type KeyLike } from "../../src/lib/shortcuts";

const key = (k: string, extra: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  inTextField: false,
  ...extra,
});

describe("shortcutFor", () => {
  it("maps Ctrl+N, Ctrl+F and Ctrl+I", () => {
    expect(shortcutFor(key("n", { ctrlKey: true }))).toBe("new-story");
    expect(shortcutFor(key("F", { ctrlKey: true }))).toBe("search");
    expect(shortcutFor(key("i", { metaKey: true }))).toBe("import");
  });

  it("moves to the trash with Delete, but not while typing", () => {
    expect(shortcutFor(key("Delete"))).toBe("trash");
    expect(shortcutFor(key("Delete", { inTextField: true }))).toBeNull();
  });

  it("ignores other chords", () => {
    expect(shortcutFor(key("n"))).toBeNull();
    expect(shortcutFor(key("n", { ctrlKey: true, shiftKey: true }))).toBeNull();
    expect(shortcutFor(key("x", { ctrlKey: true }))).toBeNull();
  });
});
