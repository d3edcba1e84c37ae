import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderMail } from "../../services/notifier/render.ts";
import { fieldLabel, formatDate, oneLine, statusText, understoodLines } from "../../services/cases/mail/i18n.ts";
import { LANGS, say, type Lang } from "../../services/notifier/i18n/index.ts";
import { conflictText } from "../../services/cases/mail/case-mail.ts";
import { emptyRegistration, type Registration } from "../../services/parser/schema.ts";
import { replyHeaders, replySubject, newMessageId } from "../../services/notifier/threading.ts";

const GOLDEN = join(import.meta.dirname, "golden");

/** Golden files are re-recorded on purpose only: UPDATE_GOLDEN=1 npx vitest run tests/notifier */
function golden(name: string, actual: string): void {
  const file = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === "1") writeFileSync(file, actual);
  else if (!existsSync(file)) expect.fail(`golden file ${file} is missing: record it on purpose with UPDATE_GOLDEN=1`);
  expect(actual).toBe(readFileSync(file, "utf8"));
}

const reg: Registration = {
  ...emptyRegistration(),
  company: { name: "Castlegate Dental Group Ltd", domain: "castlegatedental.co.uk" },
  contact: { name: "Fiona Marsh", email: null, role: "Finance Director", phone: null },
  stage: "discovery_scheduled",
  consent: true,
  estimatedValue: { amount: 30000, currency: "GBP" },
  competitors: ["Dext", "Tipalti"],
};

function ack(lang: Lang, missing: string[], status = lang === "de" ? "in Prüfung" : "pending") {
  const r = renderMail("ack", lang, {
    caseNumber: "REG-2026-000123",
    companyLabel: reg.company.name,
    greetingName: "Oliver",
    statusText: status,
    conflict: false,
    conflictText: "",
    understood: understoodLines(reg, lang),
    missing,
    correctionsHint: true,
    teamName: "Northbeam Partner Team",
  });
  return `Subject: ${r.subject}\n\n${r.text}`;
}

describe("rendered mails", () => {
  it("acknowledgement in English, listing what is missing", () => golden("ack.en.txt", ack("en", ["Contact e-mail"])));
  it("acknowledgement in German", () => golden("ack.de.txt", ack("de", ["E-Mail des Ansprechpartners"])));

  it("keeps mail-borne values on one line, so they cannot forge lines or headers", () => {
    const evil = { ...reg, company: { name: "Acme\r\nBcc: victim@example.com\n\nApproved!", domain: null } };
    const lines = understoodLines(evil, "en");
    expect(lines[0]!.value).toBe("Acme Bcc: victim@example.com Approved!");
    const r = renderMail("ack", "en", {
      caseNumber: "REG-2026-000001",
      companyLabel: oneLine("A\r\nB"),
      understood: lines,
      missing: [],
    });
    expect(r.subject).toBe("[REG-2026-000001] Registration received: A B");
  });

  it("never tells a partner who holds the conflicting registration", () => {
    const text = conflictText(
      {
        reason: "registered_by_other_partner",
        caseId: 7,
        caseNumber: "REG-2026-000007",
        until: new Date("2026-06-01T00:00:00Z"),
        detail: null,
      },
      "en",
      "Acme",
    );
    expect(text).toContain("1 June 2026");
    expect(text).not.toContain("REG-2026-000007");
    const de = conflictText(
      { reason: "existing_customer", caseId: null, caseNumber: null, until: null, detail: "Kunde seit 2021" },
      "de",
      "Acme GmbH",
    );
    expect(de).toContain("Acme GmbH ist bereits unser Kunde (Kunde seit 2021)");
  });
});

const LANGUAGES = Object.keys(LANGS) as Lang[];

describe.each(LANGUAGES)("the acknowledgement in %s", (lang) => {
  const text = ack(lang, [fieldLabel("contact.email", lang)], statusText("incomplete", lang));

  it("matches its golden file", () => golden(`ack-incomplete.${lang}.txt`, text));

  it("names the case and its status in the partner's language", () => {
    const [subjectLine, ...body] = text.split("\n");
    expect(subjectLine).toBe(
      `Subject: ${say(lang, "ack.subject", { caseNumber: "REG-2026-000123", company: "Castlegate Dental Group Ltd" })}`,
    );
    expect(body.join("\n")).toContain(say(lang, "ack.thanks", { caseNumber: "REG-2026-000123" }));
    expect(body.join("\n")).toContain(say(lang, "common.status", { status: LANGS[lang].statuses.incomplete }));
    expect(body.join("\n")).toContain(`  - ${LANGS[lang].fields["contact.email"]}`);
    expect(body.join("\n")).toContain(`  - ${LANGS[lang].fields.stage}: ${LANGS[lang].values.discovery_scheduled}`);
    if (lang !== "en") expect(text).not.toMatch(/Registration received|What we understood|Best regards/);
  });
});

/** Every partner mail with every optional part switched on, as the callers fill them. */
function everyMail(lang: Lang): Array<[string, Record<string, unknown>]> {
  const date = formatDate(new Date("2027-02-01T00:00:00Z"), lang);
  const line = {
    caseNumber: "REG-2026-000007",
    company: "Acme",
    status: statusText("approved", lang),
    protectedUntil: date,
    missing: fieldLabel("company.domain", lang),
    reason: "duplicate",
  };
  const common = { caseNumber: "REG-2026-000007", companyLabel: "Acme", greetingName: "Ana", teamName: "Partner Team" };
  return [
    ["decision", { ...common, approved: true, protectionDays: 90, protectedUntil: date }],
    ["decision", { ...common, approved: false, reason: "existing customer" }],
    ["info-request", { ...common, question: "Which region?" }],
    [
      "field-update",
      {
        ...common,
        changes: [{ label: fieldLabel("company.domain", lang), value: "acme.io", was: "acme.com" }],
        statusText: statusText("pending", lang),
        note: "note",
        missing: ["x"],
        understood: understoodLines(reg, lang),
      },
    ],
    ["field-update", { ...common, changes: [], answered: true, statusText: "s", understood: [], missing: [] }],
    ["reminder-expiry", { ...common, protectedUntil: date }],
    ["status", { caseNumber: null, cases: [line], more: 3, pageUrl: "https://x.example/s/1", teamName: "T" }],
    ["status", { caseNumber: "REG-2026-000009", cases: [], teamName: "T" }],
    [
      "digest",
      { open: [line], decided: [line], ending: [line], unsubscribeUrl: "https://x.example/u/1", teamName: "T" },
    ],
    ["unsubscribed", { teamName: "T" }],
    [
      "ack",
      {
        ...common,
        statusText: "s",
        understood: [],
        missing: ["x"],
        others: [line],
        statusUrl: "https://x.example/s/2",
      },
    ],
  ];
}

describe.each(LANGUAGES)("every partner mail in %s", (lang) => {
  it("renders every part without a missing text or value", () => {
    for (const [name, context] of everyMail(lang)) {
      const r = renderMail(name, lang, context);
      expect(r.subject, name).not.toBe("");
      expect(`${r.subject}\n${r.text}`, name).not.toMatch(/\{\w+\}|undefined|\[object/);
      expect(r.text, name).toContain(LANGS[lang].common.signOff);
    }
  });
});

describe("threading headers", () => {
  it("answers under the parent: In-Reply-To is its id, References its references plus its id", () => {
    expect(replyHeaders({ messageId: "<b@x>", references: ["<a@x>"] })).toEqual({
      inReplyTo: "<b@x>",
      references: "<a@x> <b@x>",
    });
    expect(replyHeaders({ messageId: null, references: [] })).toEqual({ inReplyTo: null, references: null });
  });
  it("keeps long reference chains bounded, first and last kept", () => {
    const refs = Array.from({ length: 30 }, (_, i) => `<m${i}@x>`);
    const out = replyHeaders({ messageId: "<new@x>", references: refs }).references!.split(" ");
    expect(out).toHaveLength(20);
    expect(out[0]).toBe("<m0@x>");
    expect(out.at(-1)).toBe("<new@x>");
  });
  it("mints Message-IDs that carry the case number", () => {
    const id = newMessageId({ caseNumber: "REG-2026-000123", kind: "ack", domain: "northbeam.io", now: new Date(0) });
    expect(id).toMatch(/^<reg-2026-000123\.0\.ack\.[0-9a-f]{12}@northbeam\.io>$/);
  });
  it("prefixes Re: once", () => {
    expect(replySubject("Hello")).toBe("Re: Hello");
    expect(replySubject("AW: Hallo")).toBe("AW: Hallo");
  });
});
