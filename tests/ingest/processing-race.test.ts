// Two workers on one stored message (the HTTP request and the backlog sweep, say): the one that
// loses the race must answer the outcome the winner committed, not a made-up "needs_review".
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { dbBackends } from "../helpers/db.ts";
import { corpusMail, testApp } from "../helpers/app.ts";
import { storeRawMessage } from "../../services/ingest/store-raw.ts";
import { processStoredMessage, type IngestResult } from "../../services/ingest/process-message.ts";

describe.each(dbBackends())("one message, two workers, on $name", (backend) => {
  let app: Awaited<ReturnType<typeof testApp>>;
  beforeEach(async () => {
    app = await testApp(backend, { MAIL_TRANSPORT: "file" });
  });
  afterEach(async () => {
    await app.close();
  });

  /** Resolves once another session of this database waits for a lock. */
  async function blockedOnLock(): Promise<void> {
    for (;;) {
      const { rows } = await sql<{
        n: number;
      }>`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`.execute(
        app.database.db,
      );
      if (Number(rows[0]?.n) > 0) return;
      await new Promise((r) => setImmediate(r));
    }
  }

  it("answers the outcome committed by the worker that held the message", async () => {
    const db = app.database.db;
    const stored = await storeRawMessage(db, corpusMail("001-"), { kind: "cli", file: "001.eml" });
    let second: Promise<IngestResult> | null = null;
    await db.transaction().execute(async (trx) => {
      // the first worker: holds the row and decides it
      await trx.selectFrom("inbound_messages").select("id").where("id", "=", stored.id).forUpdate().execute();
      second = processStoredMessage(app.pipeline, stored.id);
      if (backend.name === "postgres") await Promise.race([second, blockedOnLock()]);
      await trx
        .updateTable("inbound_messages")
        .set({ outcome: "ignored", outcome_detail: "first worker", kind: "other", processed_at: new Date() })
        .where("id", "=", stored.id)
        .execute();
    });
    expect(await second!).toMatchObject({ status: "ignored", kind: "other", inboundMessageId: stored.id });
  });
});
