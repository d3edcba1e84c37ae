// Ops revoke partners' status links: the admin page's button (signed in, with CSRF) and the CLI.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migratedDataDir, pglite } from "../helpers/db.ts";
import { corpusMail, testConfig } from "../helpers/app.ts";
import { adminTestApp, csrfOf, form, signIn, type AdminTestApp } from "../admin/admin-app.ts";
import { seedCase } from "../cases/seed.ts";
import { createLogger } from "../../services/core/logger.ts";
import { openAppContext } from "../../services/app/context.ts";
import { ingestRawMail } from "../../services/ingest/ingest-raw-mail.ts";
import { runStatusLinks } from "../../services/cli/commands/status-links.ts";
import { issueCaseLink, issueFirmLink, resolveStatusToken } from "../../services/partners/status-tokens.ts";
import type { CliIo } from "../../services/cli/main.ts";

const tokenOf = (url: string) => url.split("/").pop()!;

describe("revoking status links on the admin page", () => {
  let t: AdminTestApp;
  beforeAll(async () => {
    t = await adminTestApp(pglite);
  });
  afterAll(async () => t.close());

  it("the button revokes the case's links and its firm page's, not other firms'; it needs a session and CSRF", async () => {
    const db = t.ctx.database.db;
    const c = await seedCase(db, { partnerEmail: "anna@brightpath.de" });
    const other = await seedCase(db, { partnerEmail: "carl@otherco.com", company: "Other GmbH", domain: "other.de" });
    const caseLink = tokenOf((await issueCaseLink(db, t.ctx.config, c))!);
    const firmLink = tokenOf(await issueFirmLink(db, t.ctx.config, "domain:brightpath.de"));
    const otherLink = tokenOf((await issueCaseLink(db, t.ctx.config, other))!);

    const anonymous = await t.app.inject({
      method: "POST",
      url: `/admin/cases/${c.id}/revoke-status-links`,
      ...form({}),
    });
    expect(String(anonymous.headers.location ?? "")).not.toContain(c.case_number); // sent to sign in, nothing done
    expect(await resolveStatusToken(db, caseLink)).not.toBeNull();

    const cookie = await signIn(t.app);
    const page = await t.app.inject({ method: "GET", url: `/admin/cases/${c.case_number}`, headers: { cookie } });
    expect(page.body).toContain("Revoke status links");
    const res = await t.app.inject({
      method: "POST",
      url: `/admin/cases/${c.id}/revoke-status-links`,
      payload: form({ _csrf: csrfOf(page.body) }).payload,
      headers: { ...form({}).headers, cookie },
    });
    expect(res.statusCode).toBe(303);
    expect(await resolveStatusToken(db, caseLink)).toBeNull();
    expect(await resolveStatusToken(db, firmLink)).toBeNull();
    expect(await resolveStatusToken(db, otherLink)).not.toBeNull();
    const row = await db.selectFrom("status_tokens").selectAll().where("case_id", "=", c.id).executeTakeFirstOrThrow();
    expect(row.revoked_by).toBe("ops:admin");
    expect((await t.app.inject({ method: "GET", url: `/status/${caseLink}` })).statusCode).toBe(404);
  });
});

describe("dealreg status-links (embedded database)", () => {
  it("revokes a case's links or a firm's, and explains its usage", async () => {
    const config = testConfig({ MAIL_TRANSPORT: "file", DATA_DIR: await migratedDataDir() });
    const logger = createLogger("silent");
    const ctx = await openAppContext(config, logger);
    const r = await ingestRawMail(ctx.pipeline, corpusMail("001-"), { kind: "cli", file: "001.eml" });
    const c = await ctx.database.db
      .selectFrom("cases")
      .selectAll()
      .where("case_number", "=", r.caseNumber!)
      .executeTakeFirstOrThrow();
    const extra = tokenOf((await issueCaseLink(ctx.database.db, config, c))!);
    const firm = tokenOf(await issueFirmLink(ctx.database.db, config, "domain:ledgerline.co.uk"));
    await ctx.close();

    const out: string[] = [];
    const io: CliIo = { stdout: (l) => out.push(l), stderr: () => {}, readStdin: async () => Buffer.alloc(0) };
    expect(await runStatusLinks(["revoke", r.caseNumber!], io, config, logger)).toBe(0);
    expect(JSON.parse(out[0]!)).toEqual({ caseNumber: r.caseNumber, revoked: 3 }); // the acknowledgement's, the extra one, the firm page
    expect(await runStatusLinks(["revoke", "--firm", "ledgerline.co.uk"], io, config, logger)).toBe(0);
    expect(JSON.parse(out[1]!)).toEqual({ firm: "domain:ledgerline.co.uk", revoked: 0 });
    expect(await runStatusLinks(["revoke"], io, config, logger)).toBe(2);
    expect(await runStatusLinks(["revoke", "--firm", "not a domain"], io, config, logger)).toBe(2);

    const again = await openAppContext(config, logger);
    expect(await resolveStatusToken(again.database.db, extra)).toBeNull();
    expect(await resolveStatusToken(again.database.db, firm)).toBeNull();
    await again.close();
  });
});
