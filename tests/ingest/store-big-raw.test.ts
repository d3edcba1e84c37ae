// Raw mail is kept in 1 MiB rows (#10 item 6): the same bytes come back, a store that fails
// part-way leaves nothing behind, mail stored before the move is still readable, and a mail at
// the 40 MiB limit is parsed end to end.
import { createHash } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sql, type Kysely } from "kysely";
import { dbBackends } from "../helpers/db.ts";
import { testApp } from "../helpers/app.ts";
import { MAX_RAW_BYTES, storeRawMessage } from "../../services/ingest/store-raw.ts";
import { ingestRawMail } from "../../services/ingest/ingest-raw-mail.ts";
import {
  claimStoredMessages,
  insertRawMessage,
  rawMailOf,
  readRawMessage,
  storedRawMail,
} from "../../services/repos/messages.ts";
import { readAll } from "../../services/parser/raw-mail.ts";
import * as rawChunks from "../../db/migrations/2026-12-03-80-raw-chunks.ts";
import type { DatabaseHandle } from "../../db/connection.ts";

const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");

/** `bytes` of mail: every byte value in every position, three chunks and a short last one. */
function patterned(bytes: number, messageId: string): Buffer {
  const raw = Buffer.alloc(bytes);
  for (let i = 0; i < raw.length; i++) raw[i] = (i * 7 + (i >> 13)) & 0xff;
  raw.write(`Message-ID: <${messageId}>\r\n\r\n`, 0);
  return raw;
}

describe.each(dbBackends())("storing raw mail on $name", (backend) => {
  let database: DatabaseHandle;
  beforeEach(async () => {
    database = await backend.open();
  });
  afterEach(async () => database.close());

  it("gives back every byte of a mail written in chunks, stored once", async () => {
    const raw = patterned(3 * 1024 * 1024 + 12345, "big@x");
    const first = await storeRawMessage(database.db, raw, { kind: "cli", file: "big.eml" });
    const again = await storeRawMessage(database.db, raw, { kind: "cli", file: "big.eml" });
    expect(again).toEqual({ id: first.id, isNew: false });
    const row = await database.db
      .selectFrom("inbound_messages")
      .select(["size", "sha256"])
      .where("id", "=", first.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ size: raw.length, sha256: sha(raw) });
    const back = await readRawMessage(database.db, first.id);
    expect(back && sha(back)).toBe(sha(raw));
    expect(back?.equals(raw)).toBe(true);
    const chunks = await database.db
      .selectFrom("inbound_raw_chunks")
      .select((eb) => [eb.fn.countAll<string>().as("n")])
      .where("inbound_message_id", "=", first.id)
      .executeTakeFirstOrThrow();
    expect(Number(chunks.n)).toBe(4);
  });

  it("leaves nothing of a store that failed part-way, and the retry stores the mail once", async () => {
    const raw = patterned(2 * 1024 * 1024 + 7, "retry@x");
    const m = { raw, sha256: sha(raw), messageId: "<retry@x>", source: "cli" as const, ref: null, sesVerdicts: null };
    // the connection drops after the first chunk: the transaction never commits
    await sql`create function fail_second_chunk() returns trigger language plpgsql as $$
      begin if new.seq = 1 then raise exception 'connection lost'; end if; return new; end $$`.execute(database.db);
    await sql`create trigger fail_second_chunk before insert on inbound_raw_chunks
      for each row execute function fail_second_chunk()`.execute(database.db);
    await expect(insertRawMessage(database.db, m)).rejects.toThrow(/connection lost/);
    expect(await database.db.selectFrom("inbound_messages").select("id").execute()).toHaveLength(0);
    expect(await database.db.selectFrom("inbound_raw_chunks").select("seq").execute()).toHaveLength(0);
    await sql`drop trigger fail_second_chunk on inbound_raw_chunks`.execute(database.db);
    await sql`drop function fail_second_chunk()`.execute(database.db);

    const stored = await insertRawMessage(database.db, m);
    expect(stored.isNew).toBe(true);
    expect(await insertRawMessage(database.db, m)).toEqual({ id: stored.id, isNew: false });
    expect((await readRawMessage(database.db, stored.id))?.equals(raw)).toBe(true);
  });

  it("keeps mail stored before the move to chunks readable", async () => {
    const old = patterned(1024 * 1024 + 99, "old@x");
    const small = Buffer.from("Message-ID: <small@x>\r\n\r\nhello\r\n");
    const untyped = database.db as unknown as Kysely<unknown>; // a migration sees no schema types
    await rawChunks.down(untyped); // the schema as it was: raw in the row
    for (const raw of [old, small]) {
      await sql`insert into inbound_messages (sha256, message_id, source, raw, size)
        values (${sha(raw)}, ${null}, 'cli', ${raw}, ${raw.length})`.execute(database.db);
    }
    await rawChunks.up(untyped);
    const ids = await database.db.selectFrom("inbound_messages").select("id").orderBy("id").execute();
    const back = await Promise.all(ids.map((r) => readRawMessage(database.db, r.id)));
    expect(back.map((b) => b && sha(b))).toEqual([sha(old), sha(small)]);
  });

  it("reads a stored mail piece by piece, each piece at most 1 MiB", async () => {
    const raw = patterned(2 * 1024 * 1024 + 1, "pieces@x");
    const { id } = await storeRawMessage(database.db, raw, { kind: "cli", file: "p.eml" });
    const mail = await rawMailOf(database.db, id);
    const sizes: number[] = [];
    for await (const piece of mail!.chunks()) sizes.push(piece.length);
    expect(sizes).toEqual([1024 * 1024, 1024 * 1024, 1]);
    expect((await readAll(mail!)).equals(raw)).toBe(true);
  });

  it("reads a claimed mail in one query per chunk, none after the last", async () => {
    const small = Buffer.from("Message-ID: <small@x>\r\nSubject: one chunk\r\n\r\nhello\r\n");
    const big = patterned(2 * 1024 * 1024 + 1, "three@x");
    let queries = 0;
    const counted = database.db.withPlugin({
      transformQuery: (args) => (queries++, args.node),
      transformResult: async (args) => args.result,
    });
    for (const [raw, chunks] of [
      [small, 1],
      [big, 3],
    ] as const) {
      const { id } = await storeRawMessage(database.db, raw, { kind: "cli", file: "q.eml" });
      queries = 0;
      expect((await readAll(storedRawMail(counted, id, raw.length))).equals(raw)).toBe(true);
      expect(queries).toBe(chunks);
    }
  });

  it("brings a claimed mail's first chunk along with the claim: a one-chunk mail needs no read", async () => {
    const small = Buffer.from("Message-ID: <claimed-small@x>\r\nSubject: one chunk\r\n\r\nhello\r\n");
    const big = patterned(2 * 1024 * 1024 + 1, "claimed-big@x");
    for (const raw of [small, big])
      await storeRawMessage(database.db, raw, { kind: "imap", mailbox: "INBOX", uidValidity: "1", uid: raw.length });
    const now = new Date();
    const claimed = await claimStoredMessages(database.db, {
      limit: 10,
      owner: "test",
      now,
      until: new Date(now.getTime() + 60_000),
      selfProcessedAfterMs: 0,
    });
    expect(claimed.map((c) => c.size)).toEqual([small.length, big.length]);
    let queries = 0;
    const counted = database.db.withPlugin({
      transformQuery: (args) => (queries++, args.node),
      transformResult: async (args) => args.result,
    });
    for (const [c, raw, reads] of [
      [claimed[0]!, small, 0],
      [claimed[1]!, big, 2],
    ] as const) {
      queries = 0;
      expect((await readAll(storedRawMail(counted, c.id, c.size, c.firstChunk))).equals(raw)).toBe(true);
      expect(queries).toBe(reads);
    }
  });
});

/** A registration with a base64 attachment, `bytes` in all. */
function bigRegistration(bytes: number): Buffer {
  const head =
    `From: Oliver Grant <oliver.grant@ledgerline.co.uk>\r\nTo: partners@northbeam.io\r\nSubject: Deal registration\r\n` +
    `Message-ID: <forty@ledgerline.co.uk>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n` +
    `--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n` +
    `Company: Castlegate Dental Group Ltd\r\nWebsite: castlegate.co.uk\r\nContact: Jane Roe, jane@castlegate.co.uk\r\n\r\n` +
    `--b\r\nContent-Type: application/pdf; name="deck.pdf"\r\nContent-Transfer-Encoding: base64\r\n` +
    `Content-Disposition: attachment; filename="deck.pdf"\r\n\r\n`;
  const tail = "\r\n--b--\r\n";
  const line = Buffer.from(`${Buffer.alloc(57, 7).toString("base64")}\r\n`);
  const out = Buffer.alloc(bytes, "\r\n");
  let at = out.write(head);
  while (at + line.length + tail.length <= bytes) at += line.copy(out, at);
  out.write(tail, at);
  return out.subarray(0, at + tail.length);
}

describe.each(dbBackends())("a mail at the size limit on $name", (backend) => {
  it("is stored, parsed and registered, its attachment counted", { timeout: 300_000 }, async () => {
    const app = await testApp(backend, { PARSE_TIMEOUT_MS: "60000" });
    try {
      const raw = bigRegistration(MAX_RAW_BYTES);
      expect(raw.length).toBeGreaterThan(MAX_RAW_BYTES - 100);
      const r = await ingestRawMail(app.pipeline, raw, { kind: "cli", file: "forty.eml" });
      expect(r.status).toBe("registered");
      const row = await app.database.db
        .selectFrom("inbound_messages")
        .select(["size", "parse"])
        .where("id", "=", r.inboundMessageId)
        .executeTakeFirstOrThrow();
      expect(row.size).toBe(raw.length);
      expect(JSON.stringify(row.parse)).toContain("deck.pdf");
      expect(sha((await readRawMessage(app.database.db, r.inboundMessageId))!)).toBe(sha(raw));
    } finally {
      await app.close();
    }
  });
});
