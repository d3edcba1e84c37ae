// PostgreSQL refuses U+0000 in text and in jsonb strings. A mail that carries one (in its subject,
// a field, its text) must be stored and processed on the first attempt, not fail until parked.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dbBackends } from "../helpers/db.ts";
import { testApp } from "../helpers/app.ts";
import { ingestRawMail } from "../../services/ingest/ingest-raw-mail.ts";

describe.each(dbBackends())("NUL bytes on $name", (backend) => {
  let app: Awaited<ReturnType<typeof testApp>>;
  beforeEach(async () => {
    app = await testApp(backend, { MAIL_TRANSPORT: "file" });
  });
  afterEach(async () => {
    await app.close();
  });

  it("stores and processes a registration with NUL bytes in subject, fields and text on the first attempt", async () => {
    const raw = Buffer.from(
      "From: Anna Meier <anna@brightpath.example>\r\nTo: partners@northbeam.io\r\nSubject: Deal registration Nul\u0000Corp\r\nMessage-ID: <nul1@brightpath.example>\r\nDate: Mon, 2 Mar 2026 09:00:00 +0000\r\n\r\n" +
        "Hi team, please register this deal.\r\n\r\nCompany: Nul\u0000Corp GmbH\r\nWebsite: nulcorp.de\r\nContact: Jana\u0000 Berg\r\nEmail: jana@nulcorp.de\r\n\u0000\r\nAnna\r\n",
      "latin1",
    );
    const r = await ingestRawMail(app.pipeline, raw, { kind: "cli", file: "nul.eml" });
    // stored and decided on the first attempt; the parser may refuse a name with a control
    // character in it and ask the partner (needs_review), but nothing fails on the NUL
    expect(["registered", "needs_review"]).toContain(r.status);
    const m = await app.database.db
      .selectFrom("inbound_messages")
      .select(["attempts", "last_error", "subject", "text_body"])
      .where("id", "=", r.inboundMessageId)
      .executeTakeFirstOrThrow();
    expect(m).toMatchObject({ attempts: 1, last_error: null });
    expect(m.subject).not.toContain("\u0000");
    const c = await app.database.db
      .selectFrom("cases")
      .select(["company_name", "registration"])
      .executeTakeFirstOrThrow();
    expect(c.company_name ?? "").not.toContain("\u0000");
    expect(JSON.stringify(c.registration)).not.toContain("\\u0000");
  });
});

describe("stripNul", () => {
  it("replaces NUL and JSON's \\u0000 escape, keeps an escaped backslash followed by u0000", async () => {
    const { stripNul } = await import("../../db/strip-nul.ts");
    expect(stripNul("a\u0000b")).toBe("a\ufffdb");
    expect(stripNul(JSON.stringify({ x: "a\u0000b" }))).toBe('{"x":"a\\ufffdb"}');
    expect(JSON.parse(stripNul(JSON.stringify({ x: "lit \\u0000" })))).toEqual({ x: "lit \\u0000" });
    expect(JSON.parse(stripNul(JSON.stringify({ x: "\\\u0000" })))).toEqual({ x: "\\\ufffd" });
  });
});
