// A stopped watcher leaves nothing behind that keeps the process alive: `dealreg serve` must
// exit promptly after SIGTERM, not wait for a leftover timer.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { pglite } from "../helpers/db.ts";
import { testApp } from "../helpers/app.ts";
import { dovecotOrSkip, startDovecot, type Dovecot } from "../helpers/dovecot.ts";
import { startImapWatcherFromContext } from "../../services/ingest/imap/from-config.ts";
import { waitUntil } from "./fixtures.ts";

const timers = () => process.getActiveResourcesInfo().filter((r) => r === "Timeout").length;

describe.skipIf(!dovecotOrSkip())("IMAP watcher stop", () => {
  let dovecot: Dovecot;
  let app: Awaited<ReturnType<typeof testApp>>;
  beforeEach(async () => {
    dovecot = await startDovecot();
    app = await testApp(pglite, { IMAP_URL: dovecot.url, MAIL_TRANSPORT: "file" });
  });
  afterEach(async () => {
    await app.close();
    await dovecot.stop();
  });

  it("holds no timer once stopped", async () => {
    const before = timers();
    const w = startImapWatcherFromContext(app)!;
    await waitUntil(async () => w.status().state === "idle", "watcher idle");
    await w.stop();
    expect(timers()).toBeLessThanOrEqual(before);
  });
});
