// A bench script bundled as `dealreg` runs its sources (bin/bundle.js): one JavaScript module,
// regex literals with \p{…} kept as literals, packages loaded from node_modules. Through tsx the
// same script measures something else: tsx rewrites each such literal into a `new RegExp(…)`
// built every time its function runs (about 6 % of a parse, 2026-12-05), and runs a loader thread.
import { mkdirSync } from "node:fs";
import { basename, join } from "node:path";

/** The file `script` bundled beside node_modules (its packages load from there); the caller removes it. */
export async function bundleSelf(script: string): Promise<string> {
  const { build, stop } = await import("esbuild");
  const name = basename(script).replace(/\.[^.]+$/, "");
  const out = join(import.meta.dirname, "..", "node_modules", ".cache", "bench-bundles", `${name}-${process.pid}.mjs`);
  mkdirSync(join(out, ".."), { recursive: true });
  try {
    await build({
      entryPoints: [script],
      outfile: out,
      bundle: true,
      format: "esm",
      platform: "node",
      target: "node20",
      supported: { "regexp-unicode-property-escapes": true }, // as bin/bundle.js: literals stay literals
      packages: "external",
      logLevel: "silent",
    });
  } finally {
    await stop();
  }
  return out;
}

/** The V8 flags the measured process starts with, as bin/dealreg.js does (bin/regexp-flags.js). */
export const REGEXP_FLAGS = ["--no-regexp-tier-up"];
