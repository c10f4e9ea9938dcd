import { defineConfig } from "vitest/config";
import { svelte } from "@sveltejs/vite-plugin-svelte";

// The UI is served from the app binary (no dev server, no network): relative asset paths,
// no inline scripts or styles, so the strict CSP holds.
export default defineConfig({
  plugins: [svelte()],
  base: "./",
  clearScreen: false,
  build: {
    // Safari 16 (iOS 16) and newer run class private fields natively; older targets turn
    // Svelte's into WeakMap look-ups, which cost start-up time.
    target: "safari16",
    outDir: "dist",
    emptyOutDir: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
  test: {
    include: ["src/**/*.test.ts"],
    environment: "node",
  },
});
