import { afterEach, describe, expect, it } from "vitest";
import { corpusMail } from "../../helpers/app.ts";
import { parseMessage } from "../../../services/parser/parse-message.ts";
import { rawMailFromBuffer } from "../../../services/parser/raw-mail.ts";
import { createParsePool, deadlineFor, type ParsePool } from "../../../services/parser/pool/parse-pool.ts";

const scripted = new URL("./scripted-worker.mjs", import.meta.url);
const mail = (s: string) => rawMailFromBuffer(Buffer.from(s));

describe("parse pool", () => {
  let pool: ParsePool;
  afterEach(async () => pool.close());

  it("parses in a worker thread exactly as in the main thread", async () => {
    pool = createParsePool({ size: 1, timeoutMs: 30_000, vendorDomains: ["northbeam.io"] });
    const raw = corpusMail("001-");
    const inWorker = await pool.parse(rawMailFromBuffer(raw));
    const inMain = await parseMessage(raw, { vendorDomains: ["northbeam.io"] });
    expect(inWorker).toEqual(inMain);
    expect(raw.length).toBeGreaterThan(0); // the caller's bytes are still there
  });

  it("stops a parse at the deadline, replaces the worker and goes on with the next mail", async () => {
    pool = createParsePool({ size: 1, timeoutMs: 300, vendorDomains: [], entry: scripted });
    const hung = pool.parse(mail("hang-me"));
    const next = pool.parse(mail("after")); // queued behind the hung one in the only worker
    await expect(hung).rejects.toMatchObject({ code: "PARSE_TIMEOUT" });
    await expect(next).resolves.toMatchObject({ subject: "after" });
  });

  it("fails the job of a worker that dies and replaces the worker", async () => {
    pool = createParsePool({ size: 1, timeoutMs: 30_000, vendorDomains: [], entry: scripted });
    await expect(pool.parse(mail("crash-me"))).rejects.toMatchObject({ code: "PARSE_WORKER_FAILED" });
    await expect(pool.parse(mail("fine"))).resolves.toMatchObject({ subject: "fine" });
  });

  it("runs jobs side by side up to its size", async () => {
    pool = createParsePool({ size: 2, timeoutMs: 400, vendorDomains: [], entry: scripted });
    // one worker hangs; the other still answers while it does
    const hung = pool.parse(mail("hang-me"));
    await expect(pool.parse(mail("meanwhile"))).resolves.toMatchObject({ subject: "meanwhile" });
    await expect(hung).rejects.toMatchObject({ code: "PARSE_TIMEOUT" });
  });

  it("hands the worker a mail of several pieces whole, one piece per pull", async () => {
    pool = createParsePool({ size: 1, timeoutMs: 30_000, vendorDomains: [], entry: scripted });
    let read = 0;
    const pieces = ["first ", "second ", "third"];
    const answer = await pool.parse({
      size: 18,
      async *chunks() {
        for (const p of pieces) {
          read++;
          yield Buffer.from(p);
        }
      },
    });
    expect(answer).toMatchObject({ subject: "first second third" });
    expect(read).toBe(3);
  });

  it("hands a mail of one piece with the start and asks the reader for nothing more", async () => {
    pool = createParsePool({ size: 1, timeoutMs: 30_000, vendorDomains: [], entry: scripted });
    let askedAgain = false;
    const answer = await pool.parse({
      size: 5,
      async *chunks() {
        yield Buffer.from("whole");
        askedAgain = true; // runs only if the pool reads past the mail's size
      },
    });
    expect(answer).toMatchObject({ subject: "whole" });
    expect(askedAgain).toBe(false);
  });

  it("fails the job whose mail cannot be read, and goes on with the next", async () => {
    pool = createParsePool({ size: 1, timeoutMs: 30_000, vendorDomains: [], entry: scripted });
    const unreadable = pool.parse({
      size: 10,
      async *chunks() {
        yield Buffer.from("half");
        throw new Error("connection lost");
      },
    });
    await expect(unreadable).rejects.toMatchObject({ code: "PARSE_WORKER_FAILED", message: /connection lost/ });
    await expect(pool.parse(mail("next"))).resolves.toMatchObject({ subject: "next" });
  });

  it("gives a big mail a second per whole MiB beyond the deadline, a small one none", () => {
    expect(deadlineFor(4000, 5000)).toBe(5000);
    expect(deadlineFor(39 * 1024 * 1024, 5000)).toBe(44_000);
  });

  it("rejects waiting jobs when closed", async () => {
    pool = createParsePool({ size: 1, timeoutMs: 30_000, vendorDomains: [], entry: scripted });
    const settled = Promise.allSettled([pool.parse(mail("hang-me")), pool.parse(mail("never"))]);
    await pool.close();
    const results = await settled;
    expect(results.map((r) => r.status === "rejected" && (r.reason as { code: string }).code)).toEqual([
      "PARSE_WORKER_FAILED",
      "PARSE_WORKER_FAILED",
    ]);
  });
});
