// Several sender processes share the outbox through leases. A sender claims rows ahead of its
// lanes; mail it has not started yet must not sit in its batch until the lease runs out and
// another sender sends it too, and a sender that stops gives such rows back at once.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { dbBackends } from "../helpers/db.ts";
import { testApp } from "../helpers/app.ts";
import { enqueueMail } from "../../services/repos/outbox.ts";
import { SEND_CONCURRENCY, deliverDueMail } from "../../services/notifier/sender.ts";
import type { MailTransport } from "../../services/notifier/transport.ts";

function messageIdOf(raw: Buffer): string {
  return /^message-id:\s*(\S+)/im.exec(raw.toString("latin1"))![1]!;
}

/** A transport whose sends hang until `open()`; `inFlight(n)` resolves once n sends have started. */
function gatedTransport() {
  const sent: string[] = [];
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const waiters: Array<{ n: number; resolve: () => void }> = [];
  const transport: MailTransport = {
    name: "gated",
    async send(raw) {
      sent.push(messageIdOf(raw));
      for (const w of waiters.filter((w) => sent.length >= w.n)) w.resolve();
      await gate;
      return { providerMessageId: null };
    },
  };
  return {
    transport,
    sent,
    open: release,
    inFlight: (n: number) =>
      new Promise<void>((resolve) => (sent.length >= n ? resolve() : waiters.push({ n, resolve }))),
  };
}

describe.each(dbBackends())("outbox leases on $name", (backend) => {
  let app: Awaited<ReturnType<typeof testApp>>;
  beforeEach(async () => {
    app = await testApp(backend, { MAIL_TRANSPORT: "file" });
  });
  afterEach(async () => {
    await app.close();
  });

  const queue = async (total: number) => {
    for (let i = 1; i <= total; i++) {
      await enqueueMail(app.database.db, {
        caseId: null,
        kind: "ack",
        messageId: `<m${i}@northbeam.io>`,
        from: "partners@northbeam.io",
        to: [`p${i}@partner.example`],
        replyTo: null,
        subject: `s${i}`,
        text: "t\n",
        inReplyTo: null,
        references: null,
      });
    }
  };

  it("does not send mail twice that waited in a slow sender's batch past its lease", async () => {
    const db = app.database.db;
    const total = SEND_CONCURRENCY + 1;
    await queue(total);
    const leaseSeconds = 2;
    const slow = gatedTransport();
    const slowRun = deliverDueMail({ db, transport: slow.transport, logger: app.logger }, { leaseSeconds });
    await slow.inFlight(SEND_CONCURRENCY);
    // The slow server keeps every lane busy until the leases run out (the sender claimed the last
    // row ahead of its lanes too); another sender process then runs.
    await new Promise((r) => setTimeout(r, leaseSeconds * 1000 + 100));
    expect(
      await db
        .selectFrom("outbox")
        .select("id")
        .where("locked_until", ">", sql<Date>`now()`)
        .execute(),
    ).toEqual([]);
    const other: string[] = [];
    await deliverDueMail({
      db,
      transport: { name: "other", send: async (raw) => (other.push(messageIdOf(raw)), { providerMessageId: null }) },
      logger: app.logger,
    });
    slow.open();
    await slowRun;

    // The lanes' own rows were in flight when the lease ran out (no lease can help there);
    // the last row had not been started by the slow sender and must go out once.
    const last = `<m${total}@northbeam.io>`;
    expect(other).toContain(last);
    expect([...slow.sent, ...other].filter((id) => id === last)).toHaveLength(1);
    expect(await db.selectFrom("outbox").select("id").where("status", "<>", "sent").execute()).toEqual([]);
  });

  it("gives the rows it claimed ahead back when it stops", async () => {
    const db = app.database.db;
    const total = SEND_CONCURRENCY + 5;
    await queue(total);
    const slow = gatedTransport();
    const stop = new AbortController();
    const run = deliverDueMail({ db, transport: slow.transport, logger: app.logger }, { stop: stop.signal });
    await slow.inFlight(SEND_CONCURRENCY);
    stop.abort();
    slow.open();
    expect(await run).toEqual({ sent: SEND_CONCURRENCY, failed: 0 });
    expect(slow.sent).toHaveLength(SEND_CONCURRENCY);
    // the five rows no lane started are due again at once, their claim not counted as an attempt
    const left = await db
      .selectFrom("outbox")
      .select(["status", "locked_until", "attempts"])
      .where("status", "<>", "sent")
      .execute();
    expect(left).toEqual(Array.from({ length: 5 }, () => ({ status: "queued", locked_until: null, attempts: 0 })));
  });
});
