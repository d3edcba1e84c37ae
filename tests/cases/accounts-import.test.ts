import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dbBackends } from "../helpers/db.ts";
import type { DatabaseHandle } from "../../db/connection.ts";
import { csvRecords, importAccounts, parseAccountsCsv } from "../../services/cases/accounts-import.ts";

describe("parseAccountsCsv", () => {
  it("reads quoted fields, normalises domains and defaults the kind to customer", () => {
    const { rows, problems } = parseAccountsCsv(
      '\uFEFFdomain,name,reason,kind\r\nhttps://www.Acme.co.uk/about,"Acme, Ltd","Customer since 2021, ""gold"""\r\nshop.globex.com,Globex,,blocked\n',
    );
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { line: 2, domain: "acme.co.uk", name: "Acme, Ltd", reason: 'Customer since 2021, "gold"', kind: "customer" },
      { line: 3, domain: "globex.com", name: "Globex", reason: null, kind: "blocked" },
    ]);
  });

  it("reports bad rows with their line numbers and keeps the good ones", () => {
    const text =
      'domain,name,reason,kind\nacme.de,Acme,,\n,Nobody,,\nnot a domain,X,,\nglobex.com,Globex,,partner\n"initech.com","Initech","multi\nline reason",blocked\nacme.de,Acme AG,again,\n';
    const { rows, problems } = parseAccountsCsv(text);
    expect(problems).toEqual([
      { line: 3, error: "domain is empty" },
      { line: 4, error: 'not a domain: "not a domain"' },
      { line: 5, error: 'kind must be customer or blocked, not "partner"' },
      { line: 8, error: "acme.de already given on line 2; the later line wins" },
    ]);
    expect(rows.map((r) => [r.line, r.domain, r.kind])).toEqual([
      [6, "initech.com", "blocked"],
      [8, "acme.de", "customer"],
    ]);
    expect(rows[0]!.reason).toBe("multi\nline reason");
  });

  it("needs a header and never throws on garbage", () => {
    expect(parseAccountsCsv("acme.de,Acme,x\n").problems[0]).toMatchObject({ line: 1 });
    expect(parseAccountsCsv("").problems).toHaveLength(1);
    expect(() => parseAccountsCsv('domain\n"unterminated\n\0\u0001,,,,')).not.toThrow();
    expect(csvRecords("a,b\n\n\nc,d")).toEqual([
      { line: 1, fields: ["a", "b"] },
      { line: 4, fields: ["c", "d"] },
    ]);
  });
});

describe.each(dbBackends())("importAccounts on $name", (backend) => {
  let h: DatabaseHandle;
  beforeEach(async () => {
    h = await backend.open();
  });
  afterEach(async () => {
    await h.close();
  });

  it("upserts by domain and counts inserts and updates", async () => {
    const first = await importAccounts(
      h.db,
      "domain,name,reason\nacme.de,Acme,customer since 2021\nglobex.com,Globex,\n",
    );
    expect(first).toMatchObject({ rows: 2, inserted: 2, updated: 0, customers: 2, blocked: 0, problems: [] });
    const second = await importAccounts(
      h.db,
      "domain,name,reason,kind\nwww.acme.de,Acme GmbH,sanctioned,blocked\ninitech.com,Initech,,\n",
    );
    expect(second).toMatchObject({ rows: 2, inserted: 1, updated: 1, blocked: 1 });
    const acme = await h.db
      .selectFrom("accounts")
      .selectAll()
      .where("domain", "=", "acme.de")
      .executeTakeFirstOrThrow();
    expect(acme).toMatchObject({ name: "Acme GmbH", kind: "blocked", reason: "sanctioned" });
    expect(await h.db.selectFrom("accounts").select("domain").execute()).toHaveLength(3);
  });
});
