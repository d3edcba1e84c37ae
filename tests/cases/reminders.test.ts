import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dbBackends } from "../helpers/db.ts";
import { testConfig } from "../helpers/app.ts";
import type { DatabaseHandle } from "../../db/connection.ts";
import { runReminders } from "../../services/cases/reminders.ts";
import { seedCase } from "./seed.ts";

const config = testConfig({ DECISION_SLA_HOURS: "48" });
const t0 = new Date("2026-03-01T10:00:00Z");
const hours = (h: number) => new Date(t0.getTime() + h * 3_600_000);

describe.each(dbBackends())("reminders on $name", (backend) => {
  let h: DatabaseHandle;
  beforeEach(async () => {
    h = await backend.open();
  });
  afterEach(async () => {
    await h.close();
  });
  const run = (now: Date) => runReminders({ db: h.db, config, now: () => now });
  const outbox = (kind: string) =>
    h.db.selectFrom("outbox").selectAll().where("kind", "=", kind).orderBy("id").execute();

  it("reminds managers once per SLA period while a case waits, each with a fresh token", async () => {
    const c = await seedCase(h.db, { createdAt: t0 });
    await seedCase(h.db, { createdAt: t0, status: "info_requested", domain: "other.example" }); // waits for the partner, not the managers
    expect((await run(hours(47))).managerReminders).toBe(0);
    expect((await run(hours(49))).managerReminders).toBe(1);
    expect((await run(hours(50))).managerReminders).toBe(0); // idempotent within the period
    const mails = await outbox("reminder");
    expect(mails.map((m) => m.to_addresses)).toEqual([["lena.vogt@northbeam.io"], ["sam.reed@northbeam.io"]]);
    expect(mails[0]!.subject).toBe(`[${c.case_number}] Reminder: decision pending for 49 hours: Acme Analytics GmbH`);
    expect(new Set(mails.map((m) => m.reply_to)).size).toBe(2);
    const tokens = await h.db
      .selectFrom("reply_tokens")
      .selectAll()
      .where("case_id", "=", c.id)
      .where("purpose", "=", "manager")
      .execute();
    expect(tokens.map((t) => t.address).sort()).toEqual(["lena.vogt@northbeam.io", "sam.reed@northbeam.io"]);
    expect((await run(hours(98))).managerReminders).toBe(1); // next period
    expect(await outbox("reminder")).toHaveLength(4);
  });

  it("tells the partner 7 days before protection ends, once, and expires the case when it has ended", async () => {
    const until = new Date("2026-06-01T00:00:00Z");
    const c = await seedCase(h.db, { status: "approved", protectedUntil: until, language: "de" });
    const day = (d: number) => new Date(until.getTime() + d * 86_400_000);
    expect(await run(day(-8))).toMatchObject({ expiryNotices: 0, expired: 0 });
    expect(await run(day(-7))).toMatchObject({ expiryNotices: 1, expired: 0 });
    expect(await run(day(-3))).toMatchObject({ expiryNotices: 0, expired: 0 });
    const [notice] = await outbox("expiry_notice");
    expect(notice!.subject).toBe(`[${c.case_number}] Ihr Schutz endet am 1. Juni 2026: Acme Analytics GmbH`);
    expect(notice!.to_addresses).toEqual(["anna@brightpath.example"]);
    expect(notice!.in_reply_to).toBe(`<${c.case_number.toLowerCase()}.1.ack.seed@northbeam.io>`);

    expect(await run(day(0))).toMatchObject({ expired: 1 });
    expect(await run(day(1))).toMatchObject({ expired: 0 });
    const row = await h.db.selectFrom("cases").select("status").where("id", "=", c.id).executeTakeFirstOrThrow();
    expect(row.status).toBe("expired");
    const ev = await h.db
      .selectFrom("timeline_events")
      .selectAll()
      .where("case_id", "=", c.id)
      .where("kind", "=", "expired")
      .executeTakeFirstOrThrow();
    expect(ev).toMatchObject({ actor: "system", data: { from: "approved", to: "expired" } });
  });

  it("runs concurrently without sending twice", async () => {
    for (let i = 0; i < 5; i++) await seedCase(h.db, { createdAt: t0, domain: `d${i}.example`, company: `Firm ${i}` });
    const results = await Promise.all([run(hours(49)), run(hours(49)), run(hours(49))]);
    expect(results.reduce((n, r) => n + r.managerReminders, 0)).toBe(5);
    expect(await outbox("reminder")).toHaveLength(10);
  });
});
