// The partner's status pages in a real Chromium: the link from the acknowledgement opens the
// case; a mail full of XSS payloads shows as text and runs nothing; the firm page lists only the
// firm's cases; another firm's case and a revoked link are the same 404.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import type { Page } from "playwright-core";
import { pglite } from "../helpers/db.ts";
import { corpusMail, testApp } from "../helpers/app.ts";
import { hasChromium, launchBrowser, type Browser } from "../helpers/browser.ts";
import { seedCase } from "../cases/seed.ts";
import { ingestRawMail } from "../../services/ingest/ingest-raw-mail.ts";
import { buildApp } from "../../services/web/app.ts";
import { issueCaseLink, issueFirmLink, revokeCaseLinks } from "../../services/partners/status-tokens.ts";

const XSS_MAIL = readFileSync(resolve(import.meta.dirname, "../admin/fixtures/xss-everywhere.eml"));

describe.runIf(hasChromium())("status pages in Chromium", () => {
  let t: Awaited<ReturnType<typeof testApp>>;
  let app: FastifyInstance;
  let browser: Browser;
  let page: Page;
  let base: string;
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  const offsite: string[] = [];
  let xssCaseNumber: string;
  let otherCaseNumber: string;

  const path = (url: string) => new URL(url).pathname;

  beforeAll(async () => {
    t = await testApp(pglite, { MAIL_TRANSPORT: "file" });
    app = await buildApp(t);
    await app.listen({ port: 0, host: "127.0.0.1" });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const r = await ingestRawMail(t.pipeline, XSS_MAIL, { kind: "cli", file: "xss.eml" });
    xssCaseNumber = r.caseNumber!;
    await ingestRawMail(t.pipeline, corpusMail("001-"), { kind: "cli", file: "001.eml" });
    otherCaseNumber = (
      await seedCase(t.database.db, { partnerEmail: "carl@otherco.com", company: "Other Firm's Prospect Ltd" })
    ).case_number;

    browser = await launchBrowser();
    await browser.context.route("**/*", async (route) => {
      const url = route.request().url();
      if (url.startsWith(`${base}/`)) return route.continue();
      offsite.push(url);
      return route.abort();
    });
    page = await browser.context.newPage();
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on("pageerror", (e) => pageErrors.push(e.message));
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await t?.close();
  });

  async function ackLink(caseNumber: string): Promise<string> {
    const ack = await t.database.db
      .selectFrom("outbox")
      .innerJoin("cases", "cases.id", "outbox.case_id")
      .select("outbox.text_body")
      .where("cases.case_number", "=", caseNumber)
      .where("outbox.kind", "=", "ack")
      .executeTakeFirstOrThrow();
    const url = /https?:\/\/\S+\/status\/[a-z2-7]{32}/.exec(ack.text_body)?.[0];
    expect(url, "the acknowledgement carries a status link").toBeDefined();
    return `${base}${path(url!)}`;
  }

  it("the acknowledgement's link opens the case; the XSS-laden mail shows as text and no script runs", async () => {
    const res = await page.goto(await ackLink(xssCaseNumber));
    expect(res?.status()).toBe(200);
    const csp = res?.headers()["content-security-policy"] ?? "";
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain("script-src");
    expect(res?.headers()["referrer-policy"]).toBe("no-referrer");
    expect(res?.headers()["cache-control"]).toBe("no-store");
    expect(await page.textContent("h1")).toContain(xssCaseNumber);
    const timeline = await page.textContent("ol.timeline");
    expect(timeline).toContain("<script>alert('company')</script>"); // shown, as text
    expect(timeline).toContain("Registration received");
    expect(await page.locator("script, iframe, img, svg, math").count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(offsite).toEqual([]);
  });

  it("the firm page lists the firm's cases only; another firm's case is a 404", async () => {
    const firmUrl = `${base}${path(await issueFirmLink(t.database.db, t.config, "domain:ledgerline.co.uk"))}`;
    expect((await page.goto(firmUrl))?.status()).toBe(200);
    const rows = await page.locator("tbody tr").allTextContents();
    expect(rows).toHaveLength(2);
    expect(rows.join("\n")).toContain(xssCaseNumber);
    expect(rows.join("\n")).not.toContain(otherCaseNumber);
    await page.locator(`a:text("${xssCaseNumber}")`).click();
    await page.waitForURL(`${firmUrl}/${xssCaseNumber}`);
    expect(await page.textContent("h1")).toContain(xssCaseNumber);
    expect((await page.goto(`${firmUrl}/${otherCaseNumber}`))?.status()).toBe(404);
    expect((await page.goto(`${base}/status/${"a".repeat(32)}`))?.status()).toBe(404);
    expect(dialogs).toEqual([]);
  });

  it("a French partner's case page is in French, its mail-borne values still escaped", async () => {
    const c = await seedCase(t.database.db, {
      partnerEmail: "camille@lumiere-conseil.fr",
      company: "<b>Boulangeries</b> & Fils",
      language: "fr",
      status: "approved",
      protectedUntil: new Date("2027-02-01T00:00:00Z"),
    });
    const url = `${base}${path((await issueCaseLink(t.database.db, t.config, c))!)}`;
    expect((await page.goto(url))?.status()).toBe(200);
    expect(await page.getAttribute("html", "lang")).toBe("fr");
    const terms = await page.locator("dt").allTextContents();
    expect(terms).toEqual(["Statut", "Protégé jusqu'au", "Enregistré le"]);
    expect(await page.textContent("dd strong")).toBe("approuvé");
    expect(await page.textContent("dl")).toContain("1 février 2027");
    expect(await page.textContent("h1")).toContain("<b>Boulangeries</b> & Fils"); // as text
    expect(await page.locator("h1 b").count()).toBe(0);
  });

  it("a revoked link is the same 404 as an unknown one", async () => {
    const c = await t.database.db
      .selectFrom("cases")
      .selectAll()
      .where("case_number", "=", xssCaseNumber)
      .executeTakeFirstOrThrow();
    const fresh = `${base}${path((await issueCaseLink(t.database.db, t.config, c))!)}`;
    expect((await page.goto(fresh))?.status()).toBe(200);
    expect(await revokeCaseLinks(t.database.db, c.id, "ops:test", new Date())).toBeGreaterThanOrEqual(2);
    const revoked = await page.goto(fresh);
    expect(revoked?.status()).toBe(404);
    const unknown = await (await fetch(`${base}/status/${"b".repeat(32)}`)).text();
    expect(await revoked?.text()).toBe(unknown);
    expect((await page.goto(await ackLink(xssCaseNumber)))?.status()).toBe(404);
  });
});
