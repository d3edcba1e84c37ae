import { createHash } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dbBackends } from "../helpers/db.ts";
import { storeRawMessage } from "../../services/ingest/store-raw.ts";
import type { DatabaseHandle } from "../../db/connection.ts";

describe.each(dbBackends())("storing a big mail on $name", (backend) => {
  let database: DatabaseHandle;
  beforeEach(async () => {
    database = await backend.open();
  });
  afterEach(async () => database.close());

  it("keeps every byte of a mail written in chunks, once", async () => {
    // 9 MiB and a bit: three chunks, the last one short; every byte value in every position
    const raw = Buffer.alloc(9 * 1024 * 1024 + 12345);
    for (let i = 0; i < raw.length; i++) raw[i] = (i * 7 + (i >> 13)) & 0xff;
    raw.write("Message-ID: <big@x>\r\n\r\n", 0);
    const first = await storeRawMessage(database.db, raw, { kind: "cli", file: "big.eml" });
    const again = await storeRawMessage(database.db, raw, { kind: "cli", file: "big.eml" });
    expect(again).toEqual({ id: first.id, isNew: false });
    const row = await database.db
      .selectFrom("inbound_messages")
      .select(["raw", "size", "sha256"])
      .where("id", "=", first.id)
      .executeTakeFirstOrThrow();
    expect(row.size).toBe(raw.length);
    expect(row.raw.equals(raw)).toBe(true);
    expect(row.sha256).toBe(createHash("sha256").update(raw).digest("hex"));
  });
});
