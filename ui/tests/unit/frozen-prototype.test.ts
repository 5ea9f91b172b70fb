import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { defineInheritedNames } from "../../build/frozen-prototype";

describe("frozen-prototype build step", () => {
  it("turns assignments of inherited names into definitions that work under a frozen prototype", () => {
    const code = defineInheritedNames("var proto = {};\nproto.toString = named;\nproto.valueOf = v;");
    expect(code).toContain('Object.defineProperty(proto, "toString", { value: named, writable: true');
    const frozen = Object.create(Object.freeze({ toString: () => "base", valueOf: () => 0 }));
    const run = new Function("proto", "v", "named", `"use strict"; ${code.replace("var proto = {};", "")} return proto;`);
    expect(() => new Function("proto", `"use strict"; proto.toString = () => "M";`)(frozen)).toThrow(TypeError);
    const defined = run(frozen, () => 7, () => "M");
    expect([String(defined), Number(defined)]).toEqual(["M", 7]);
  });

  it("leaves nothing of moment.js that would throw", () => {
    const moment = readFileSync("node_modules/moment/dist/moment.js", "utf8");
    expect(defineInheritedNames(moment)).not.toMatch(/^\s*[\w$]+\.(toString|valueOf|toLocaleString) = /m);
  });
});
