// The prospect's firm named with its legal form in the prospect's own mail below the partner's
// note (forwarded or quoted): read when it spells the domain the prospect writes from, and only
// from where that domain's name starts (a sentence's first word before it is no part of it).
import { describe, expect, it } from "vitest";
import { firmNamesIn } from "../../services/parser/extract/company.ts";
import { parseMessage } from "../../services/parser/parse-message.ts";

const opts = { vendorDomains: ["vendor.example"], vendorNames: ["Quillmark"] };

const forwarded = (partnerNote: string, prospectBody: string, prospect = "Edda Morvik <edda@orkelbakery.co.uk>") =>
  Buffer.from(
    `From: Tomas Rehn <tomas@rehnconsult.example>\r\nTo: partners@vendor.example\r\nSubject: Fwd: Ovens\r\n` +
      `Content-Type: text/plain; charset=utf-8\r\n\r\n${partnerNote}\r\n\r\nTomas Rehn\r\nRehn Consult AB\r\n\r\n` +
      `---------- Forwarded message ---------\r\nFrom: ${prospect}\r\nDate: Mon, 2 Mar 2026 at 10:00\r\n` +
      `Subject: Ovens\r\nTo: Tomas Rehn <tomas@rehnconsult.example>\r\n\r\n${prospectBody}\r\n`,
  );

const NOTE =
  "Hi team,\r\n\r\nplease register this opportunity for us (resale). Edda wants connected ovens for her shops,\r\n" +
  "budget about GBP 20,000 a year, demo booked for Tuesday. She is happy for you to contact her. Thread below.";

const companyOf = async (raw: Buffer) => {
  const out = (await parseMessage(raw, opts)).output;
  return { name: out.registration?.company.name ?? null, missing: out.missing };
};

describe("firm names with their legal form", () => {
  it("are read closed by a form, or opened by a kind that puts it first", () => {
    expect(firmNamesIn("we are Orkel Bakery Ltd, of Bristol").map((n) => n.name)).toEqual(["Orkel Bakery Ltd"]);
    expect(firmNamesIn("Công ty TNHH Bánh Mì Orkel đang tìm").map((n) => n.name)).toContain(
      "Công ty TNHH Bánh Mì Orkel",
    );
  });
});

describe("the prospect's own mail naming its firm", () => {
  it("gives the name when it spells the prospect's domain", async () => {
    const raw = forwarded(
      NOTE,
      "Hello Tomas,\r\n\r\nfor the record: Orkel Bakery Ltd, three shops in Bath. Our ovens are logged on paper.\r\n\r\nEdda",
    );
    expect((await companyOf(raw)).name).toBe("Orkel Bakery Ltd");
  });
  it("gives the name from the prospect's signature line with its website", async () => {
    const raw = forwarded(
      NOTE,
      "Hello Tomas, fine by me.\r\n\r\nEdda Morvik\r\nOperations\r\nOrkel Bakery Ltd | www.orkelbakery.co.uk",
    );
    expect((await companyOf(raw)).name).toBe("Orkel Bakery Ltd");
  });
  it("asks when a sentence's capitalised first word runs into the name", async () => {
    const raw = forwarded(
      NOTE,
      "Hola Tomas,\r\n\r\nSomos Orkel Bakery S.L., en Valencia. Queremos hornos conectados.\r\n\r\nEdda",
    );
    const got = await companyOf(raw);
    expect(got.name).toBeNull();
    expect(got.missing).toContain("company.name");
  });
  it("does not take another firm the prospect's mail names (a supplier, the partner)", async () => {
    const raw = forwarded(
      NOTE,
      "Hello Tomas,\r\n\r\nour flour comes from Velde Mills Ltd and Rehn Consult AB set up our tills.\r\n\r\nEdda",
    );
    const got = await companyOf(raw);
    expect(got.name).toBeNull();
    expect(got.missing).toContain("company.name");
  });
  it("asks when the prospect's mails write two firm names that both spell the domain", async () => {
    const raw = forwarded(
      NOTE,
      "Hello Tomas,\r\n\r\nOrkel Bakery Ltd runs the shops, Orkel Bakery Holdings Ltd owns them.\r\n\r\nEdda",
    );
    const got = await companyOf(raw);
    expect(got.name).toBeNull();
    expect(got.missing).toContain("company.name");
  });
});

const partnerMail = (subject: string, body: string) =>
  Buffer.from(
    `From: Lin Hao <lin.hao@qiaoyun-soft.example>\r\nTo: partners@vendor.example\r\nSubject: ${subject}\r\n` +
      `Content-Type: text/plain; charset=utf-8\r\n\r\n${body}\r\n`,
  );

describe("a caseless script's name closed by its legal form after a colon", () => {
  it("is the prospect's name though its domain is written in Latin letters", async () => {
    const raw = partnerMail(
      "商机报备",
      "您好，\r\n\r\n新客户：青石湖茶叶贸易有限公司，官网 www.qingshihu-tea.example 。\r\n联系人 周杰，zhou@qingshihu-tea.example\r\n\r\n林浩\r\n桥云软件有限公司",
    );
    expect((await companyOf(raw)).name).toBe("青石湖茶叶贸易有限公司");
  });
  it("reads a Hebrew name closed by its form after a colon", async () => {
    const raw = partnerMail(
      "רישום עסקה",
      'שלום,\r\n\r\nנבקש לרשום עסקה חדשה: מאפיית הגליל העליון בע"מ, אתר: www.galilbakery.example\r\n' +
        'איש קשר: דנה כהן, dana@galilbakery.example\r\nתקציב של כ-40,000 ש"ח לשנה, אנחנו נמכור את הרישיון.\r\n\r\nתודה,\r\nלין האו',
    );
    expect((await companyOf(raw)).name).toBe('מאפיית הגליל העליון בע"מ');
  });
  it("is not read as the value of another field's label, nor without a colon before it", async () => {
    const competitor = partnerMail(
      "商机报备",
      "您好，\r\n\r\n竞争对手：远山软件有限公司\r\n联系人 周杰，zhou@qingshihu-tea.example\r\n\r\n林浩",
    );
    expect((await companyOf(competitor)).name).toBeNull();
    const noColon = partnerMail(
      "商机报备",
      "您好，\r\n\r\n我们是青石湖茶叶贸易有限公司的代理。\r\n联系人 周杰，zhou@qingshihu-tea.example\r\n\r\n林浩",
    );
    expect((await companyOf(noColon)).name).toBeNull();
  });
});
