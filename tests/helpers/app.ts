// Builds a whole dealreg (config, database, pipeline, SMTP transport) for integration tests.
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { loadConfig, type Config } from "../../services/config/env.ts";
import { createLogger } from "../../services/core/logger.ts";
import { createParsePoolFor, openAppContext, type AppContext } from "../../services/app/context.ts";
import { vendorDomains } from "../../services/config/env.ts";
import type { ParsePool } from "../../services/parser/pool/parse-pool.ts";
import { deliverDueMail } from "../../services/notifier/sender.ts";
import type { TestBackend } from "./db.ts";

export const CORPUS_DIR = resolve(import.meta.dirname, "../../../shared/corpus/dev");
export const FIXTURES_DIR = resolve(import.meta.dirname, "../../../shared/fixtures");

export function corpusMail(prefix: string): Buffer {
  const names = readdirSorted(CORPUS_DIR).filter((f) => f.startsWith(prefix) && f.endsWith(".eml"));
  if (names.length !== 1) throw new Error(`expected one corpus mail starting with ${prefix}, found ${names.length}`);
  return readFileSync(join(CORPUS_DIR, names[0]!));
}

function readdirSorted(dir: string): string[] {
  return readdirSync(dir).sort();
}

export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({
    DATA_DIR: mkdtempSync(join(tmpdir(), "dealreg-test-")),
    INBOUND_ADDRESS: "partners@northbeam.io",
    MAIL_FROM: "Northbeam Partner Team <partners@northbeam.io>",
    MANAGERS: "lena.vogt@northbeam.io,sam.reed@northbeam.io",
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? "silent",
    // off unless a test asks for it: on the wall clock it would add every partner's weekly digest
    // to a Monday's outbox (tests/partners/digest.test.ts sets its own)
    PARTNER_DIGEST: "off",
    ...overrides,
  });
}

// Loading the parser into a worker thread takes a second or two: the test files of one process
// share a pool per parse configuration instead of starting one per test. Its workers are
// unref'd, so the process still ends when its tests do.
const sharedPools = new Map<string, ParsePool>();
function sharedParsePool(config: Config): ParsePool {
  const key = JSON.stringify([
    vendorDomains(config),
    config.PARSE_WORKERS,
    config.PARSE_TIMEOUT_MS,
    config.ATTACHMENT_ROWS_PER_MAIL,
  ]);
  let pool = sharedPools.get(key);
  if (!pool) sharedPools.set(key, (pool = createParsePoolFor(config)));
  return pool;
}

export async function testApp(
  backend: TestBackend,
  overrides: Record<string, string> = {},
): Promise<AppContext & { send(): Promise<number> }> {
  const config = testConfig(overrides);
  const database = await backend.open();
  const ctx = await openAppContext(config, createLogger(config.LOG_LEVEL), {
    database,
    parsePool: sharedParsePool(config),
  });
  return {
    ...ctx,
    async send() {
      let total = 0;
      for (;;) {
        const { sent, failed } = await deliverDueMail({
          db: ctx.database.db,
          transport: ctx.transport,
          logger: ctx.logger,
          bounceAddress: ctx.config.INBOUND_ADDRESS,
        });
        total += sent;
        if (sent + failed === 0) return total;
      }
    },
  };
}
