// The identity pickers: candidates with their evidence, the choice among them, the cross-field
// checks, and what the provenance tells ops. Mails written for these tests, not from a corpus.
import { describe, expect, it } from "vitest";
import { candidate, choose, withdraw } from "../../services/parser/extract/evidence.ts";
import { nameSpelledByDomain } from "../../services/parser/extract/pick-company.ts";
import { emailMatchesName } from "../../services/parser/extract/text-utils.ts";
import { findPersonMentions, looksLikeRole } from "../../services/parser/extract/people.ts";
import { splitForwards } from "../../services/parser/text/forwards.ts";
import { parseMessage } from "../../services/parser/parse-message.ts";

const opts = { vendorDomains: ["vendor.example"] };
const mail = (from: string, subject: string, body: string) =>
  Buffer.from(
    `From: ${from}\r\nTo: partners@vendor.example\r\nSubject: ${subject}\r\n\r\n${body.replace(/\n/g, "\r\n")}\r\n`,
  );

describe("choose", () => {
  it("takes the strongest candidate and lists the others with the reason", () => {
    const p = choose([
      candidate("Ana Ruiz", "prose pattern", 0.6),
      candidate("Ana Ruiz", "labelled line", 0.9),
      candidate("Bo Li", "vCard", 0.7),
    ]);
    expect(p.value).toBe("Ana Ruiz");
    expect(p.evidence?.kind).toBe("labelled line");
    expect(p.rejected).toEqual([
      { value: "Bo Li", kind: "vCard", reason: "weaker than the labelled line", outranked: true },
    ]);
  });

  it("leaves the field open when two different values are about as strong", () => {
    const p = choose([candidate("Ana Ruiz", "prose pattern", 0.7), candidate("Bo Li", "prose pattern", 0.68)], {
      disagree: true,
    });
    expect(p.value).toBeNull();
    expect(p.rejected.map((r) => r.reason)).toEqual([
      'disagrees with "Bo Li" (prose pattern)',
      'disagrees with "Ana Ruiz" (prose pattern)',
    ]);
  });

  it("reports a value below the threshold as missing, not as a guess", () => {
    const p = choose([candidate("Harbour", "subject", 0.4)]);
    expect(p.value).toBeNull();
    expect(p.rejected[0]?.reason).toMatch(/too weak/);
  });

  it("withdraws a pick that a later check turns down, keeping why", () => {
    const p = withdraw(choose([candidate("Leeds", "prose pattern", 0.8)]), "the same as the region: a place");
    expect(p.value).toBeNull();
    expect(p.rejected).toEqual([{ value: "Leeds", kind: "prose pattern", reason: "the same as the region: a place" }]);
  });
});

describe("cross-field readings", () => {
  it("reads a lower-case company only when it spells the domain and ends in a legal form", () => {
    expect(nameSpelledByDomain("can u log otago kiwifruit packers ltd for me", "otagokiwifruit.co.nz")).toBe(
      "otago kiwifruit packers ltd",
    );
    // no legal form: where the name ends is a guess
    expect(nameSpelledByDomain("can u log otago kiwifruit packers for me", "otagokiwifruit.co.nz")).toBeNull();
    // words that do not follow each other are no name
    expect(nameSpelledByDomain("otago, kiwifruit and more ltd", "otagokiwifruit.co.nz")).toBeNull();
  });

  it("matches an address made of the person's initials", () => {
    expect(emailMatchesName("mkb@harbourline.dk", "Mette Klit-Bach")).toBe(true);
    expect(emailMatchesName("mkb@harbourline.dk", "Søren Holm")).toBe(false);
  });

  it("matches a three-letter name at an edge of the address's parts, not inside a longer word", () => {
    expect(emailMatchesName("oda.brekke@harbourline.dk", "Oda Lunde")).toBe(true);
    expect(emailMatchesName("jkim@harbourline.dk", "Jin Kim")).toBe(true);
    expect(emailMatchesName("toda2@harbourline.dk", "Oda Lunde")).toBe(true);
    expect(emailMatchesName("rodafell.bakery@harbourline.dk", "Oda Lunde")).toBe(false);
  });

  it("reads hyphenated prefixed surnames, and no name starting inside a word", () => {
    expect(findPersonMentions("poc Alasdair McIntyre-Shaw, plant mgr").map((m) => m.name)).toEqual([
      "Alasdair McIntyre-Shaw",
    ]);
    expect(findPersonMentions("met them at InterBau Stettin last week")).toEqual([]);
  });

  it("knows job titles in more languages", () => {
    for (const t of ["Jefe de Producción", "Hoofd Onderhoud", "Reliability Engineer", "Site Superintendent"])
      expect(looksLikeRole(t), t).toBe(true);
  });
});

describe("forwarded Outlook headers in other languages", () => {
  it.each([
    [
      "es",
      "De: Rosa Gil <rosa@olivar.example>\nEnviado el: lunes, 2 de marzo\nPara: Ana <ana@p.example>\nAsunto: Visita",
    ],
    ["it", "Da: Luca Neri <luca@forno.example>\nInviato: martedì 3 marzo\nA: Ana <ana@p.example>\nOggetto: Offerta"],
    ["pl", "Od: Ewa Bąk <ewa@mlyn.example>\nWysłano: środa, 4 marca\nDo: Ana <ana@p.example>\nTemat: Oferta"],
    ["sv", "Från: Nils Ek <nils@sag.example>\nSkickat: den 5 mars\nTill: Ana <ana@p.example>\nÄmne: Offert"],
  ])("%s", (_lang, header) => {
    const s = splitForwards(`Please register this one.\n\n${header}\n\nWe would like a quote.`);
    expect(s.forwards).toHaveLength(1);
    expect(s.forwards[0]!.from?.address).toMatch(/@/);
    expect(s.forwards[0]!.body).toBe("We would like a quote.");
  });
});

describe("the identity fields of a whole mail", () => {
  it("reads a terse lower-case phone note when the name and the company spell the address", async () => {
    const r = await parseMessage(
      mail(
        "Tane Parata <tane@southpeak.example.com>",
        "reg",
        "pls reg otago kiwifruit packers ltd - mere tawhiri, ops mgr, mere.tawhiri@otagokiwifruit.co.nz. no mtg yet",
      ),
      opts,
    );
    expect(r.output.kind).toBe("registration");
    expect(r.output.registration).toMatchObject({
      company: { name: "otago kiwifruit packers ltd", domain: "otagokiwifruit.co.nz" },
      contact: { name: "mere tawhiri", email: "mere.tawhiri@otagokiwifruit.co.nz" },
    });
  });

  it("stores the evidence of each required field, and why a field was left open", async () => {
    const r = await parseMessage(
      mail(
        "Ines Roth <ines@kanzlei-partner.de>",
        "New lead",
        "Hi team, registering Harbourline Logistics Ltd (harbourline.co.uk).\nContact: Pia Lund\nThanks, Ines",
      ),
      opts,
    );
    expect(r.output.missing).toEqual(["contact.email"]);
    expect(r.provenance["contact.name"]?.evidence).toMatchObject({ kind: "labelled line" });
    expect(r.provenance["company.domain"]?.evidence).toMatchObject({ kind: "prose pattern" });
    expect(r.provenance["company.name"]?.evidence?.confidence).toBeGreaterThan(0.5);
    // the parse output itself carries no evidence keys (the contract)
    expect(Object.keys(r.output).sort()).toEqual([
      "caseRef",
      "confidence",
      "kind",
      "missing",
      "partner",
      "registration",
    ]);
  });

  it("asks instead of choosing when the prospect's chain names colleagues and nobody says who", async () => {
    const r = await parseMessage(
      mail(
        "Ana Prado <ana@partnerco.example>",
        "Fwd: pilot",
        [
          "Please register Olivar Sur SL (olivarsur.es).",
          "",
          "De: Rosa Gil <rosa.gil@olivarsur.es>",
          "Enviado el: lunes, 2 de marzo de 2026 10:00",
          "Para: Ana Prado <ana@partnerco.example>",
          "CC: Jorge Vidal <jorge.vidal@olivarsur.es>",
          "Asunto: pilot",
          "",
          "Jorge Vidal y yo vimos la demo. Saludos, Rosa Gil",
        ].join("\n"),
      ),
      opts,
    );
    expect(r.output.registration?.contact.email).toBeNull();
    expect(r.output.missing).toContain("contact.email");
    expect(r.provenance["contact.name"]?.evidence?.rejected?.[0]).toMatch(/several people at the prospect/);
  });
});
