// Two partners registering the same prospect at the same moment (IMAP processes four mails at
// once, several workers may run): the second registration must see the first as a claim, not
// slip past the dedupe check while the first is still uncommitted.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { dbBackends } from "../helpers/db.ts";
import { testApp } from "../helpers/app.ts";
import { registerLead, type RegisterResult } from "../../services/cases/register-lead.ts";
import { parseMessage } from "../../services/parser/parse-message.ts";
import { storeRawMessage } from "../../services/ingest/store-raw.ts";

function registration(from: string, website: string, id: string): Buffer {
  return Buffer.from(
    `From: ${from}\r\nTo: partners@northbeam.io\r\nSubject: Deal registration Acme Analytics\r\nMessage-ID: <${id}>\r\nDate: Mon, 2 Mar 2026 09:00:00 +0000\r\n\r\nHi team, please register this deal.\r\n\r\nCompany: Acme Analytics GmbH\r\nWebsite: ${website}\r\nContact: Jana Berg\r\nEmail: jana@${website}\r\n\r\nThanks\r\n`,
  );
}

describe.each(dbBackends())("concurrent registrations of one prospect on $name", (backend) => {
  let app: Awaited<ReturnType<typeof testApp>>;
  beforeEach(async () => {
    app = await testApp(backend, { MAIL_TRANSPORT: "file" });
  });
  afterEach(async () => {
    await app.close();
  });

  async function prepared(from: string, id: string) {
    const raw = registration(from, "acme-analytics.de", id);
    const stored = await storeRawMessage(app.database.db, raw, { kind: "cli", file: `${id}.eml` });
    const parsed = await parseMessage(raw, app.parseOptions);
    expect(parsed.output.kind).toBe("registration");
    return { config: app.config, parsed, inboundMessageId: stored.id, replyTo: parsed.from!.address, actor: `partner:${parsed.from!.address}`, now: new Date() };
  }

  it("lets the later of two overlapping registrations see the earlier one as a conflict", async () => {
    const db = app.database.db;
    const first = await prepared("Nora Lind <nora@northpartner.example>", "r1@northpartner.example");
    const second = await prepared("Tom Hale <tom@southpartner.example>", "r2@southpartner.example");
    let later: Promise<RegisterResult> | null = null;

    const earlier = await db.transaction().execute(async (trx) => {
      const r = await registerLead(trx, first);
      // The second registration starts while the first is not committed yet.
      later = db.transaction().execute((t2) => registerLead(t2, second));
      if (backend.name === "postgres") await Promise.race([later, blockedOnLock(db)]);
      return r;
    });
    const result = await later!;

    expect(earlier.status).toBe("registered");
    expect(result.status).toBe("conflict");
    expect(result.detail).toBe("registered_by_other_partner");
    expect(await db.selectFrom("cases").select("id").execute()).toHaveLength(2);
  });
});

/** Resolves once another session of this database waits for a lock (the second registration). */
async function blockedOnLock(db: Awaited<ReturnType<typeof testApp>>["database"]["db"]): Promise<void> {
  for (;;) {
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from pg_stat_activity
      where datname = current_database() and wait_event_type = 'Lock'`.execute(db);
    if (Number(rows[0]?.n) > 0) return;
    await new Promise((r) => setImmediate(r));
  }
}
