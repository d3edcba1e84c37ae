// Builds a whole dealreg (config, database, pipeline, SMTP transport) for integration tests.
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { loadConfig, type Config } from "../../services/config/env.ts";
import { createLogger } from "../../services/core/logger.ts";
import { openAppContext, type AppContext } from "../../services/app/context.ts";
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
    ...overrides,
  });
}

export async function testApp(backend: TestBackend, overrides: Record<string, string> = {}): Promise<AppContext & { send(): Promise<number> }> {
  const config = testConfig(overrides);
  const database = await backend.open();
  const ctx = await openAppContext(config, createLogger(config.LOG_LEVEL), { database });
  return {
    ...ctx,
    async send() {
      let total = 0;
      for (;;) {
        const { sent, failed } = await deliverDueMail({ db: ctx.database.db, transport: ctx.transport, logger: ctx.logger, bounceAddress: ctx.config.INBOUND_ADDRESS });
        total += sent;
        if (sent + failed === 0) return total;
      }
    },
  };
}
