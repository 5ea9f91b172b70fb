// The app runs with Tauri's `freezePrototype` (Object.prototype frozen, so
// imported text cannot pollute it). Under a frozen prototype, plain
// assignment of an inherited name such as `toString` throws in module code
// ("the override mistake"), and moment.js, which vis-timeline needs, does
// exactly that. This build step rewrites those assignments in moment to
// `Object.defineProperty`, which defines the property instead of assigning.
import type { Plugin } from "vite";

const ASSIGNMENT = /^(\s*)([\w$]+)\.(toString|valueOf|toLocaleString) = ([^;]+);$/gm;

/** Rewrites `x.toString = y;` (and valueOf, toLocaleString) into a definition. */
export function defineInheritedNames(code: string): string {
  return code.replace(
    ASSIGNMENT,
    (_, indent, target, name, value) =>
      `${indent}Object.defineProperty(${target}, "${name}", { value: ${value}, writable: true, configurable: true, enumerable: true });`,
  );
}

/** The Vite plugin applying [defineInheritedNames] to moment.js. */
export function frozenPrototypeSafe(): Plugin {
  return {
    name: "attache-frozen-prototype-safe",
    enforce: "pre",
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]moment[\\/]/.test(id)) return null;
      return { code: defineInheritedNames(code), map: null };
    },
  };
}
