// A mail that takes the parser forever must cost one worker thread, not the service: #10 item 2.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { dbBackends } from "../helpers/db.ts";
import { corpusMail, testApp } from "../helpers/app.ts";
import { buildApp } from "../../services/web/app.ts";
import { createParsePool, type ParsePool } from "../../services/parser/pool/parse-pool.ts";
import { MAX_PROCESSING_ATTEMPTS, processStoredMessage } from "../../services/ingest/process-message.ts";
import { BACKLOG_MIN_AGE_MS, processBacklog } from "../../services/ingest/recovery.ts";
import { storeRawMessage } from "../../services/ingest/store-raw.ts";
import type { ParsedMessage } from "../../services/parser/types.ts";
import { readAll, type RawMail } from "../../services/parser/raw-mail.ts";

// Stands in for any mail that makes the parser spin (the crafted To:/From: lines of #10 did,
// before the patterns were made linear): "hang-me" in the mail makes this worker loop forever.
const scripted = new URL("../parser/pool/scripted-worker.mjs", import.meta.url);
const hostile = Buffer.from(
  "From: x@partner.example\r\nTo: partners@northbeam.io\r\nSubject: hang-me\r\nMessage-ID: <hang@x>\r\n\r\nhang-me\r\n",
);

function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe.each(dbBackends())("a hostile mail on $name", (backend) => {
  let app: Awaited<ReturnType<typeof testApp>>;
  let hanging: ParsePool;

  beforeAll(() => {
    hanging = createParsePool({ size: 1, timeoutMs: 3000, vendorDomains: [], entry: scripted });
  });
  afterAll(async () => hanging.close());
  beforeEach(async () => {
    app = await testApp(backend, { INBOUND_TOKEN: "s3cret-token" });
  });
  afterEach(async () => app.close());

  describe("over HTTP", () => {
    let web: FastifyInstance;
    afterEach(async () => web.close());

    it("leaves /healthz answering while it is parsed, then parks it as parse_failed", async () => {
      const parsing = deferred<void>();
      const pipeline = { ...app.pipeline, parse: (raw: RawMail) => (parsing.resolve(), hanging.parse(raw)) };
      web = await buildApp({ ...app, pipeline });
      const base = await web.listen({ port: 0, host: "127.0.0.1" });

      const post = fetch(`${base}/inbound/raw`, {
        method: "POST",
        body: hostile,
        headers: { "content-type": "message/rfc822", authorization: "Bearer s3cret-token" },
      });
      await parsing.promise;
      // The requirement itself, not a benchmark: a health check must answer promptly while a
      // worker spins. 1 s is generous for one local request; a blocked event loop (parsing on
      // the main thread) would not answer at all until the parse ended.
      const health = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(1000) });
      expect(health.status).toBe(200);

      const answer = (await (await post).json()) as { status: string };
      expect(answer.status).toBe("needs_review");
      const item = await app.database.db
        .selectFrom("review_items")
        .select(["reason", "detail"])
        .executeTakeFirstOrThrow();
      expect(item.reason).toBe("parse_failed");
      expect(item.detail).toMatch(/longer than 3000 ms/);
      const row = await app.database.db
        .selectFrom("inbound_messages")
        .select(["attempts", "outcome", "processing_until"])
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ attempts: 1, outcome: "needs_review", processing_until: null });
    });
  });

  it("counts the attempt before parsing, so a mail that kills the process is parked, unparsed", async () => {
    const { id } = await storeRawMessage(app.database.db, hostile, { kind: "cli", file: "hostile.eml" });
    // each run died mid-parse: attempts counted, nothing else recorded
    const never = deferred<ParsedMessage>();
    for (let i = 0; i < MAX_PROCESSING_ATTEMPTS; i++) {
      const started = deferred<void>();
      void processStoredMessage({ ...app.pipeline, parse: () => (started.resolve(), never.promise) }, id);
      await started.promise;
    }
    const parses: RawMail[] = [];
    const result = await processStoredMessage(
      { ...app.pipeline, parse: async (raw) => (parses.push(raw), never.promise) },
      id,
    );
    expect(parses).toHaveLength(0);
    expect(result.status).toBe("needs_review");
    const item = await app.database.db
      .selectFrom("review_items")
      .select(["reason", "detail"])
      .executeTakeFirstOrThrow();
    expect(item.reason).toBe("parse_failed");
    expect(item.detail).toMatch(/processing failed 5 times: the process stopped/);
  });

  it("sweeps only messages older than the minimum age that no worker is parsing", async () => {
    const db = app.database.db;
    const inFlight = (await storeRawMessage(db, corpusMail("001-"), { kind: "cli", file: "001.eml" })).id;
    const left = (await storeRawMessage(db, corpusMail("002-"), { kind: "cli", file: "002.eml" })).id;
    const parsed: number[] = [];
    const parseIds = new Map([
      [corpusMail("001-").toString("latin1"), inFlight],
      [corpusMail("002-").toString("latin1"), left],
    ]);
    const release = deferred<void>();
    const started = deferred<void>();
    const deps = {
      ...app.pipeline,
      parse: async (raw: RawMail) => {
        parsed.push(parseIds.get((await readAll(raw)).toString("latin1"))!);
        started.resolve();
        await release.promise;
        return app.pipeline.parse(raw);
      },
    };

    // young: left to the path that stored them
    expect(await processBacklog({ ...deps, now: () => new Date() })).toBe(0);

    const working = processStoredMessage(deps, inFlight); // a worker is parsing this one
    await started.promise;
    const later = new Date(Date.now() + BACKLOG_MIN_AGE_MS + 1000);
    const sweep = processBacklog({ ...deps, now: () => later });
    release.resolve();
    await Promise.all([working, sweep]);
    expect(parsed.sort()).toEqual([inFlight, left].sort()); // each parsed once
    const outcomes = await db.selectFrom("inbound_messages").select("outcome").where("outcome", "is", null).execute();
    expect(outcomes).toHaveLength(0);
  });
});
