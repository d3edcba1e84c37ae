// Silent errors of the first run over held-out 12 and 13 (issue #9: right or flagged), each
// written here in other words, names and languages than the mails that showed them.
import { describe, expect, it } from "vitest";
import { auditKeyFields } from "../../services/parser/extract/key-field-audit.ts";
import { findCompanyCandidates } from "../../services/parser/extract/company.ts";
import { nameSpelledByDomain } from "../../services/parser/extract/pick-company.ts";
import { parseMessage } from "../../services/parser/parse-message.ts";
import { plainMail } from "../helpers/plain-mail.ts";

const opts = { vendorDomains: ["vendor.example"] };
const mail = plainMail;

describe("a prospect's site under a shared suffix (the public suffix list's private section)", () => {
  it("keeps the prospect's own name, not the suffix owner's", async () => {
    const parsed = await parseMessage(
      mail(
        "Rejestracja: Przychodnia Lipowa",
        [
          "Dzień dobry,",
          "",
          "Klient: Przychodnia Lipowa Sp. z o.o.",
          "Strona: https://przychodnia-lipowa.gda.pl",
          "Osoba kontaktowa: Anna Nowak, kierownik",
          "E-mail: a.nowak@przychodnia-lipowa.gda.pl",
          "",
          "Pozdrawiam,",
          "Lena Hart",
        ].join("\n"),
      ),
      opts,
    );
    expect(parsed.output.registration?.company.domain).toBe("przychodnia-lipowa.gda.pl");
  });
});

describe("words that spell the domain after a capitalised word", () => {
  it("give no name: the name may start with that word, which the domain leaves out", () => {
    // "Distribuidora" may be the name's first word: solnorte.com.ar does not say
    expect(nameSpelledByDomain("Nuevo: Distribuidora Sol Norte S.A. - 3 depósitos", "solnorte.com.ar")).toBeNull();
  });

  it("still read after a lead-in word or a label", () => {
    expect(nameSpelledByDomain("Registering Sol Norte S.A. today", "solnorte.com.ar")).toBe("Sol Norte S.A.");
    expect(nameSpelledByDomain("pls reg sol norte s.a. for us", "solnorte.com.ar")).toBe("sol norte s.a.");
  });
});

describe("a company that is only the contact's own name", () => {
  const audit = (company: string, contactName: string) =>
    auditKeyFields({ text: "", company, domain: null, contactName, contactEmail: null });

  it.each([
    ["Okafor", "Dr. Chidi Okafor"],
    ["Lindqvist", "Maja Lindqvist"],
    ["Maja Lindqvist", "Maja Lindqvist"],
  ])("%s (contact %s) is asked for", (company, contact) => {
    expect(audit(company, contact).map((d) => d.field)).toEqual(["company.name"]);
  });

  it.each([
    ["Okafor Logistics", "Chidi Okafor"],
    ["Lindqvist AB", "Maja Lindqvist"],
  ])("%s (contact %s) stands: a trade word or a legal form names the firm", (company, contact) => {
    expect(audit(company, contact)).toEqual([]);
  });

  it("leaves a subject naming the deal after the contact unstored", async () => {
    const parsed = await parseMessage(
      mail(
        "new opportunity Okafor",
        [
          "Hi team, one for you:",
          "a family freight firm near Leeds, see www.okaforfreight.co.uk",
          "contact: Mr. Chidi Okafor (director), chidi.okafor@gmail.com",
          "they want to sign delivery notes on tablets.",
          "Thanks, Lena",
        ].join("\n"),
      ),
      opts,
    );
    expect(parsed.output.registration?.company.name).toBeNull();
    expect(parsed.output.missing).toContain("company.name");
  });
});

describe("a name with its website after a dash on the same line", () => {
  const best = (own: string, domain: string) =>
    findCompanyCandidates({ own, subject: "Lead", domain, excluded: [], excludedDomains: [] })[0];

  it.each([
    [
      "New one:\nKowalczyk & Synowie Transport - www.kowalczyktransport.pl\nthey run 40 trucks",
      "kowalczyktransport.pl",
      "Kowalczyk & Synowie Transport",
    ],
    [
      "Prospect: Cantina Valle Oscura S.R.L. – web: valleoscura.it, 12 staff",
      "valleoscura.it",
      "Cantina Valle Oscura S.R.L.",
    ],
    ["Maison Berthier | https://maison-berthier.fr/contact", "maison-berthier.fr", "Maison Berthier"],
  ])("%s", (own, domain, name) => {
    expect(best(own, domain)).toMatchObject({ name, why: "phrase (domain)" });
  });

  it("does not read a name from the line above or before an address", () => {
    const own = "Client: Hollins Print Ltd\nSite: hollinsprint.co.uk\nContact: Amy Cole (Ops) - amy@hollinsprint.co.uk";
    const found = findCompanyCandidates({
      own,
      subject: "Lead",
      domain: "hollinsprint.co.uk",
      excluded: [],
      excludedDomains: [],
    });
    expect(found.map((c) => c.why)).not.toContain("phrase (domain)");
  });

  it("does not take a number after a dash for a site", () => {
    const found = findCompanyCandidates({
      own: "Budget - 3.5k per year",
      subject: "Lead",
      domain: null,
      excluded: [],
      excludedDomains: [],
    });
    expect(found.map((c) => c.why)).not.toContain("phrase (url)");
  });
});
