#!/usr/bin/env -S node --no-regexp-tier-up
// Runs the sources as a JavaScript bundle that bin/bundle.js rebuilds whenever they change: one
// source of truth, no build step to forget between `git pull` and `npm start`, and no TypeScript
// loader in the running process. DEALREG_RUNTIME=tsx runs the TypeScript through tsx instead.
import "./regexp-flags.js"; // first: see the file
import { ensureBundle } from "./bundle.js";

async function entry() {
  if (process.env.DEALREG_RUNTIME !== "tsx") {
    try {
      const { main } = await ensureBundle();
      process.setSourceMapsEnabled(true); // stack traces name the TypeScript sources, as under tsx
      return main.href;
    } catch (err) {
      // A read-only install whose bundle was not built ahead (bin/bundle.js) still runs, slower.
      const why = (err instanceof Error ? err.message : String(err)).split("\n")[0];
      process.stderr.write(`dealreg: could not bundle the sources, running them through tsx: ${why}\n`);
    }
  }
  const { register } = await import("tsx/esm/api");
  register();
  return new URL("../services/cli/main.ts", import.meta.url).href;
}

await import(await entry());
