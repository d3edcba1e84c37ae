// Several sender processes share the outbox through leases. Mail one sender has not started
// yet must not sit in its batch until the lease runs out and another sender sends it too.
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

  it("does not send mail twice that waited in a slow sender's batch past its lease", async () => {
    const db = app.database.db;
    const total = SEND_CONCURRENCY + 1;
    for (let i = 1; i <= total; i++) {
      await enqueueMail(db, {
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
    const slow = gatedTransport();
    const slowRun = deliverDueMail({ db, transport: slow.transport, logger: app.logger });
    await slow.inFlight(SEND_CONCURRENCY);
    // The slow server keeps every lane busy past the lease; another sender process then runs.
    await db
      .updateTable("outbox")
      .set({ locked_until: sql`now() - interval '1 second'` })
      .where("status", "=", "queued")
      .execute();
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
    expect([...slow.sent, ...other].filter((id) => id === last)).toHaveLength(1);
    expect(await db.selectFrom("outbox").select("id").where("status", "<>", "sent").execute()).toEqual([]);
  });
});
