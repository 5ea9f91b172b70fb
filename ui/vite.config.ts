import { defineConfig } from "vitest/config";
import { svelte } from "@sveltejs/vite-plugin-svelte";
import { frozenPrototypeSafe } from "./build/frozen-prototype";

// The Tauri window loads the built files from dist/; `tauri dev` uses the
// dev server on a fixed port.
export default defineConfig({
  plugins: [frozenPrototypeSafe(), svelte()],
  clearScreen: false,
  server: { port: 5173, strictPort: true },
  // The Visits section loads the timeline library (about 600 kB) on first use.
  build: { target: "es2022", outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 700 },
  test: {
    environment: "happy-dom",
    include: ["tests/unit/**/*.test.ts"],
  },
  resolve: process.env.VITEST ? { conditions: ["browser"] } : undefined,
});
