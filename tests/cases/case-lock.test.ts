// A partner's answer and a manager's decision on the same case at the same moment: the answer
// must work on the case as the decision left it, never write back a status it read before.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { dbBackends } from "../helpers/db.ts";
import { testApp } from "../helpers/app.ts";
import { applyDecision } from "../../services/cases/apply-decision.ts";
import { storeRawMessage } from "../../services/ingest/store-raw.ts";
import { processStoredMessage, type IngestResult } from "../../services/ingest/process-message.ts";
import { seedCase } from "./seed.ts";
import { answer } from "./mail.ts";

describe.each(dbBackends())("case row lock on $name", (backend) => {
  let app: Awaited<ReturnType<typeof testApp>>;
  beforeEach(async () => {
    app = await testApp(backend, { MAIL_TRANSPORT: "file" });
  });
  afterEach(async () => {
    await app.close();
  });

  it("keeps an approval that commits while a partner's correction of the same case is processed", async () => {
    const db = app.database.db;
    const c = await seedCase(db, { status: "pending" });
    const parent = await db.selectFrom("outbox").selectAll().where("case_id", "=", c.id).where("kind", "=", "ack").executeTakeFirstOrThrow();
    const raw = answer(parent, { from: "Anna Meier <anna@brightpath.example>", text: "Small correction:\nPhone: +49 30 1234567\n\nAnna" });
    const stored = await storeRawMessage(db, raw, { kind: "cli", file: "answer.eml" });
    let reply: Promise<IngestResult> | null = null;

    await db.transaction().execute(async (trx) => {
      const r = await applyDecision(trx, { config: app.config, caseId: c.id, decision: "approve", argument: null, actor: "ops:test", now: new Date() });
      expect(r.ok).toBe(true);
      reply = processStoredMessage(app.pipeline, stored.id);
      if (backend.name === "postgres") await Promise.race([reply, blockedOnLock(db)]);
    });
    expect((await reply!).status).toBe("reply");

    const after = await db.selectFrom("cases").select(["status", "decided_by"]).where("id", "=", c.id).executeTakeFirstOrThrow();
    expect(after).toEqual({ status: "approved", decided_by: "ops:test" });
  });
});

/** Resolves once another session of this database waits for a lock. */
async function blockedOnLock(db: Awaited<ReturnType<typeof testApp>>["database"]["db"]): Promise<void> {
  for (;;) {
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from pg_stat_activity
      where datname = current_database() and wait_event_type = 'Lock'`.execute(db);
    if (Number(rows[0]?.n) > 0) return;
    await new Promise((r) => setImmediate(r));
  }
}
