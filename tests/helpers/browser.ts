// Debian's Chromium driven by playwright-core, for tests that need a real browser. Headless,
// no sandbox (containers), no background traffic, a fresh profile each launch. Without
// Chromium the suite is skipped with a notice, or fails when REQUIRE_CHROMIUM=1 or CI=true.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function chromiumRequired(): boolean {
  return process.env.REQUIRE_CHROMIUM === "1" || process.env.CI === "true";
}

/** true when the browser suite can run; prints why not, and throws when Chromium is required. */
export function hasChromium(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  const msg = `Chromium not found at ${CHROMIUM_PATH} (apt-get install chromium, or set CHROMIUM_PATH)`;
  if (chromiumRequired()) throw new Error(`${msg}; REQUIRE_CHROMIUM=1 or CI=true needs it`);
  console.warn(`[browser tests skipped] ${msg}`);
  return false;
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), "dealreg-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
