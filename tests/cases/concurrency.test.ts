// Work on one prospect or one case from two transactions at once (IMAP processes four mails at
// a time, several workers may run): the later one must see what the earlier one committed, not
// decide on what it read before. On PGlite (one connection) the transactions simply queue; on
// PostgreSQL the second starts while the first is still open.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sql, type Transaction } from "kysely";
import type { Database } from "../../db/connection.ts";
import type { DB } from "../../db/schema.ts";
import { dbBackends } from "../helpers/db.ts";
import { testApp } from "../helpers/app.ts";
import { applyDecision } from "../../services/cases/apply-decision.ts";
import { registerLead, type RegisterResult } from "../../services/cases/register-lead.ts";
import { parseMessage } from "../../services/parser/parse-message.ts";
import { storeRawMessage } from "../../services/ingest/store-raw.ts";
import { processStoredMessage, type IngestResult } from "../../services/ingest/process-message.ts";
import { seedCase } from "./seed.ts";
import { answer } from "./mail.ts";

function registration(from: string, website: string, id: string): Buffer {
  return Buffer.from(
    `From: ${from}\r\nTo: partners@northbeam.io\r\nSubject: Deal registration Acme Analytics\r\nMessage-ID: <${id}>\r\nDate: Mon, 2 Mar 2026 09:00:00 +0000\r\n\r\nHi team, please register this deal.\r\n\r\nCompany: Acme Analytics GmbH\r\nWebsite: ${website}\r\nContact: Jana Berg\r\nEmail: jana@${website}\r\n\r\nThanks\r\n`,
  );
}

/** Resolves once another session of this database waits for a lock. */
async function blockedOnLock(db: Database): Promise<void> {
  for (;;) {
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from pg_stat_activity
      where datname = current_database() and wait_event_type = 'Lock'`.execute(db);
    if (Number(rows[0]?.n) > 0) return;
    await new Promise((r) => setImmediate(r));
  }
}

describe.each(dbBackends())("concurrent work on one prospect or case on $name", (backend) => {
  let app: Awaited<ReturnType<typeof testApp>>;
  beforeEach(async () => {
    app = await testApp(backend, { MAIL_TRANSPORT: "file" });
  });
  afterEach(async () => {
    await app.close();
  });

  /** Runs `later` while `first` (in its own transaction) is not committed yet. */
  async function overlapping<A, B>(
    first: (trx: Transaction<DB>) => Promise<A>,
    later: () => Promise<B>,
  ): Promise<[A, B]> {
    const db = app.database.db;
    let pending: Promise<B> | null = null;
    const a = await db.transaction().execute(async (trx) => {
      const r = await first(trx);
      pending = later();
      if (backend.name === "postgres") await Promise.race([pending, blockedOnLock(db)]);
      return r;
    });
    return [a, await pending!];
  }

  it("lets the later of two overlapping registrations of one prospect see the earlier one as a conflict", async () => {
    const db = app.database.db;
    const prepared = async (from: string, id: string) => {
      const raw = registration(from, "acme-analytics.de", id);
      const stored = await storeRawMessage(db, raw, { kind: "cli", file: `${id}.eml` });
      const parsed = await parseMessage(raw, app.parseOptions);
      expect(parsed.output.kind).toBe("registration");
      return {
        config: app.config,
        parsed,
        inboundMessageId: stored.id,
        replyTo: parsed.from!.address,
        actor: `partner:${parsed.from!.address}`,
        now: new Date(),
      };
    };
    const first = await prepared("Nora Lind <nora@northpartner.example>", "r1@northpartner.example");
    const second = await prepared("Tom Hale <tom@southpartner.example>", "r2@southpartner.example");

    const [earlier, later] = await overlapping<RegisterResult, RegisterResult>(
      (trx) => registerLead(trx, first),
      () => db.transaction().execute((t2) => registerLead(t2, second)),
    );
    expect(earlier.status).toBe("registered");
    expect(later).toMatchObject({ status: "conflict", detail: "registered_by_other_partner" });
    expect(await db.selectFrom("cases").select("id").execute()).toHaveLength(2);
  });

  it("keeps an approval that commits while a partner's correction of the same case is processed", async () => {
    const db = app.database.db;
    const c = await seedCase(db, { status: "pending" });
    const parent = await db
      .selectFrom("outbox")
      .selectAll()
      .where("case_id", "=", c.id)
      .where("kind", "=", "ack")
      .executeTakeFirstOrThrow();
    const raw = answer(parent, {
      from: "Anna Meier <anna@brightpath.example>",
      text: "Small correction:\nPhone: +49 30 1234567\n\nAnna",
    });
    const stored = await storeRawMessage(db, raw, { kind: "cli", file: "answer.eml" });

    const [decided, reply] = await overlapping(
      (trx) =>
        applyDecision(trx, {
          config: app.config,
          caseId: c.id,
          decision: "approve",
          argument: null,
          actor: "ops:test",
          now: new Date(),
        }),
      (): Promise<IngestResult> => processStoredMessage(app.pipeline, stored.id),
    );
    expect(decided.ok).toBe(true);
    expect(reply.status).toBe("reply");
    const after = await db
      .selectFrom("cases")
      .select(["status", "decided_by"])
      .where("id", "=", c.id)
      .executeTakeFirstOrThrow();
    expect(after).toEqual({ status: "approved", decided_by: "ops:test" });
  });
});
