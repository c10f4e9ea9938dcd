import { defineConfig } from "vitest/config";
import { svelte } from "@sveltejs/vite-plugin-svelte";
import type { Plugin } from "vite";
import { FluentResource } from "@fluent/bundle";

// `locales/*.ftl?ast`: a catalog parsed here, at build time, into the message list
// @fluent/bundle keeps (plain data), so the page only JSON-parses it at start instead of
// running the Fluent parser over the whole catalog before the first screen.
function fluentCatalogs(): Plugin {
  return {
    name: "fluent-catalogs",
    enforce: "pre",
    // Vite reads the file; its text arrives here as `source`.
    transform(source, id) {
      if (!id.endsWith(".ftl?ast")) return null;
      const body = new FluentResource(source).body;
      return { code: `export default JSON.parse(${JSON.stringify(JSON.stringify(body))});`, map: null };
    },
  };
}

// main.ts asks the backend for Today first and only then imports the Svelte app, so the
// question is on its way while the bigger chunks load. This fetches those chunks (and the
// app's CSS) from the page's head, alongside the small entry, instead of after it.
function preloadFirstScreen(): Plugin {
  return {
    name: "preload-first-screen",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(_html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return [];
        const chunks = new Map(Object.values(bundle).flatMap((c) => (c.type === "chunk" ? [[c.fileName, c]] : [])));
        const entry = [...chunks.values()].find((c) => c.isEntry);
        const js = new Set<string>();
        const css = new Set<string>();
        const visit = (name: string) => {
          const c = chunks.get(name);
          if (!c || js.has(name)) return;
          js.add(name);
          c.viteMetadata?.importedCss.forEach((f) => css.add(f));
          c.imports.forEach(visit);
        };
        if (!entry) return [];
        // The entry is in the page already (the app's chunks import its bindings back).
        const own = new Set([entry.fileName, ...(entry.viteMetadata?.importedCss ?? [])]);
        // Not the catalogs: only the language the backend names is fetched (lib/catalog.ts).
        // (Preloading both measured slower: 1.177 against 1.154, `make bench-startup`.)
        entry.dynamicImports.filter((f) => !chunks.get(f)?.facadeModuleId?.includes(".ftl")).forEach(visit);
        own.forEach((f) => (js.delete(f), css.delete(f)));
        return [
          ...[...css].map((f) => ({ tag: "link", attrs: { rel: "stylesheet", crossorigin: true, href: `./${f}` }, injectTo: "head" as const })),
          ...[...js].map((f) => ({ tag: "link", attrs: { rel: "modulepreload", crossorigin: true, href: `./${f}` }, injectTo: "head" as const })),
        ];
      },
    },
  };
}

// The UI is served from the app binary (no dev server, no network): relative asset paths,
// no inline scripts or styles, so the strict CSP holds.
export default defineConfig({
  plugins: [svelte(), fluentCatalogs(), preloadFirstScreen()],
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
    setupFiles: ["src/test-setup.ts"],
    environment: "node",
  },
});
