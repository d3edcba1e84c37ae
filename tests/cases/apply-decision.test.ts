import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dbBackends } from "../helpers/db.ts";
import { testConfig } from "../helpers/app.ts";
import type { DatabaseHandle } from "../../db/connection.ts";
import { applyDecision } from "../../services/cases/apply-decision.ts";
import { seedCase } from "./seed.ts";

const config = testConfig({ PROTECTION_DAYS: "90" });
const now = new Date("2026-03-05T12:00:00Z");

describe.each(dbBackends())("applyDecision on $name", (backend) => {
  let h: DatabaseHandle;
  beforeEach(async () => {
    h = await backend.open();
  });
  afterEach(async () => {
    await h.close();
  });

  const decide = (
    caseId: number,
    decision: "approve" | "reject" | "info",
    argument: string | null = null,
    actor = "manager:lena.vogt@northbeam.io",
  ) => h.db.transaction().execute((trx) => applyDecision(trx, { config, caseId, decision, argument, actor, now }));

  it("approves: window from the decision, timeline event, threaded mail to the partner in their language", async () => {
    const c = await seedCase(h.db, { language: "de" });
    expect(await decide(c.id, "approve")).toEqual({ ok: true, status: "approved" });

    const row = await h.db.selectFrom("cases").selectAll().where("id", "=", c.id).executeTakeFirstOrThrow();
    expect(row.status).toBe("approved");
    expect(row.protected_until?.toISOString()).toBe("2026-06-03T12:00:00.000Z");
    expect(row.decided_by).toBe("manager:lena.vogt@northbeam.io");
    expect(row.decided_at?.toISOString()).toBe(now.toISOString());

    const ev = await h.db
      .selectFrom("timeline_events")
      .selectAll()
      .where("case_id", "=", c.id)
      .where("kind", "=", "approved")
      .executeTakeFirstOrThrow();
    expect(ev.actor).toBe("manager:lena.vogt@northbeam.io");
    expect(ev.at).toBeInstanceOf(Date);
    expect(ev.data).toMatchObject({ from: "pending", to: "approved", protectedUntil: "2026-06-03T12:00:00.000Z" });

    const mail = await h.db.selectFrom("outbox").selectAll().where("kind", "=", "decision").executeTakeFirstOrThrow();
    const ack = await h.db.selectFrom("outbox").selectAll().where("kind", "=", "ack").executeTakeFirstOrThrow();
    expect(mail.subject).toBe(`[${c.case_number}] Registrierung genehmigt: Acme Analytics GmbH`);
    expect(mail.text_body).toContain("3. Juni 2026");
    expect(mail.in_reply_to).toBe(ack.message_id);
    expect(mail.references).toBe(`<orig@brightpath.example> ${ack.message_id}`);
    expect(mail.reply_to).toBe(ack.reply_to);
    expect(mail.to_addresses).toEqual(["anna@brightpath.example"]);
    expect(mail.text_body).not.toMatch(/lena/i); // the partner is not told which manager
  });

  it("rejects with the reason, in English for an English partner", async () => {
    const c = await seedCase(h.db, { status: "conflict", conflictReason: "existing_customer" });
    expect(await decide(c.id, "reject", "Existing customer since 2021")).toEqual({ ok: true, status: "rejected" });
    const row = await h.db.selectFrom("cases").selectAll().where("id", "=", c.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      status: "rejected",
      decision_reason: "Existing customer since 2021",
      protected_until: null,
    });
    const mail = await h.db.selectFrom("outbox").selectAll().where("kind", "=", "decision").executeTakeFirstOrThrow();
    expect(mail.subject).toContain("Registration rejected");
    expect(mail.text_body).toContain("Reason: Existing customer since 2021");
  });

  it("asks the partner a question, and the case waits for the answer", async () => {
    const c = await seedCase(h.db);
    expect(await decide(c.id, "info", "Who holds the budget?")).toEqual({ ok: true, status: "info_requested" });
    const row = await h.db.selectFrom("cases").selectAll().where("id", "=", c.id).executeTakeFirstOrThrow();
    expect(row.decided_at).toBeNull();
    const mail = await h.db
      .selectFrom("outbox")
      .selectAll()
      .where("kind", "=", "info_request")
      .executeTakeFirstOrThrow();
    expect(mail.text_body).toContain("Who holds the budget?");
    // and may still be approved afterwards
    expect(await decide(c.id, "approve")).toEqual({ ok: true, status: "approved" });
  });

  it("refuses illegal transitions and changes nothing", async () => {
    const c = await seedCase(h.db, { status: "approved", protectedUntil: new Date("2026-06-01T00:00:00Z") });
    const before = await snapshot(h, c.id);
    expect(await decide(c.id, "reject", "too late")).toMatchObject({
      ok: false,
      reason: expect.stringContaining("already approved"),
    });
    expect(await decide(c.id, "approve")).toMatchObject({ ok: false });
    expect(await decide(999_999, "approve")).toMatchObject({ ok: false, reason: "no case 999999" });
    const p = await seedCase(h.db);
    expect(await decide(p.id, "reject", "")).toMatchObject({ ok: false, reason: expect.stringContaining("reason") });
    expect(await snapshot(h, c.id)).toEqual(before);
    expect(await h.db.selectFrom("outbox").select("id").where("kind", "!=", "ack").execute()).toHaveLength(0);
  });

  it("decides a case once when two managers answer at once", async () => {
    const c = await seedCase(h.db);
    const results = await Promise.all([
      decide(c.id, "approve"),
      decide(c.id, "reject", "no", "manager:sam.reed@northbeam.io"),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await h.db.selectFrom("outbox").select("id").where("kind", "=", "decision").execute()).toHaveLength(1);
  });
});

async function snapshot(h: DatabaseHandle, caseId: number) {
  const c = await h.db.selectFrom("cases").selectAll().where("id", "=", caseId).executeTakeFirstOrThrow();
  const events = await h.db.selectFrom("timeline_events").select(["kind"]).where("case_id", "=", caseId).execute();
  return { c, events };
}
