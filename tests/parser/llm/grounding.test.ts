import { describe, expect, it } from "vitest";
import { groundAnswer } from "../../../services/parser/llm/grounding.ts";
import { emptyRegistration } from "../../../services/parser/schema.ts";
import { goodAnswer, MAIL_TEXT, mailInput } from "./fixtures.ts";

const slice = (span: [number, number] | null | undefined) => (span ? MAIL_TEXT.slice(span[0], span[1]) : null);

describe("groundAnswer", () => {
  it("keeps values written in the mail, each with an llm span pointing at its first occurrence", () => {
    const { extraction, dropped } = groundAnswer(goodAnswer(), mailInput());
    const { registration: r, provenance: p } = extraction;

    expect(dropped).toEqual([]);
    expect(r.company).toEqual({ name: "Nordwind Logistik GmbH", domain: "nordwind-logistik.de" });
    expect(r.contact.email).toBe("j.weber@nordwind-logistik.de");
    expect(r.contact.phone).toBe("+49 (0)40 555 1234"); // as written, matched by digits
    expect(r.competitors).toEqual(["Freightly"]);
    expect(r.estimatedValue).toEqual({ amount: 48000, currency: "EUR" });
    expect(p["company.name"]).toMatchObject({ source: "llm", snippet: "Nordwind Logistik GmbH" });
    expect(slice(p["company.name"]?.span)).toBe("Nordwind Logistik GmbH");
    expect(slice(p["contact.email"]?.span)).toBe("j.weber@nordwind-logistik.de");
    expect(slice(p["company.domain"]?.span)).toBe("nordwind-logistik.de");
    expect(slice(p["contact.phone"]?.span)).toBe("+49 (0)40 555 1234");
    expect(slice(p.stage?.span)).toBe("we'd like to register a new opportunity");
    expect(Object.values(p).every((x) => x.source === "llm")).toBe(true);
    expect(extraction.confidence).toBe(0.8);
  });

  it("drops a hallucinated e-mail, domain, names, phone and competitor", () => {
    const answer = goodAnswer();
    answer.registration.company = { name: "Nordwind Holding AG", domain: "nordwind.com" };
    answer.registration.contact = {
      name: "Jonas Wagner",
      email: "jonas@nordwind.com",
      role: "CFO",
      phone: "+49 40 999999",
    };
    answer.registration.competitors = ["Freightly", "Evil Corp"];
    answer.registration.geography = "Austria";
    answer.partner.name = "Anna Schmidt";

    const { extraction, dropped } = groundAnswer(answer, mailInput());
    const r = extraction.registration;

    expect(r.company).toEqual({ name: null, domain: null });
    expect(r.contact).toEqual({ name: null, email: null, role: null, phone: null });
    expect(r.competitors).toEqual(["Freightly"]);
    expect(r.geography).toBeNull();
    expect(extraction.partner.name).toBeNull();
    expect(dropped).toEqual(
      expect.arrayContaining([
        "company.name",
        "company.domain",
        "contact.name",
        "contact.email",
        "contact.phone",
        "competitors",
      ]),
    );
    expect(extraction.provenance["company.domain"]).toBeUndefined();
    expect(extraction.confidence).toBeLessThan(0.3);
  });

  it("matches case-insensitively across folded whitespace and maps the span back to the original text", () => {
    const text = "Prospect:  NORDWIND   Logistik\n  GmbH, contact j.weber@nordwind-logistik.de";
    const { extraction } = groundAnswer(goodAnswer(), mailInput(text));
    const span = extraction.provenance["company.name"]?.span;
    expect(extraction.registration.company.name).toBe("Nordwind Logistik GmbH");
    expect(span && text.slice(span[0], span[1])).toBe("NORDWIND   Logistik\n  GmbH");
  });

  it("accepts an address that ends a sentence but not one that is the start of a longer host", () => {
    const answer = goodAnswer();
    answer.registration.company.domain = null;
    answer.registration.contact.email = "jonas@nordwind.de";
    const endOfSentence = groundAnswer(answer, mailInput("Write to jonas@nordwind.de."));
    expect(endOfSentence.extraction.registration.contact.email).toBe("jonas@nordwind.de");
    const longerHost = groundAnswer(answer, mailInput("Write to jonas@nordwind.de.evil.example.com"));
    expect(longerHost.extraction.registration.contact.email).toBeNull();
  });

  it("needs whole words: a name inside a longer word is not grounded", () => {
    const answer = goodAnswer();
    answer.registration.contact.name = "Jon";
    answer.registration.company.name = "Nord";
    const { extraction } = groundAnswer(answer, mailInput());
    expect(extraction.registration.contact.name).toBeNull();
    expect(extraction.registration.company.name).toBeNull();
  });

  it("reduces a domain to its registrable part and accepts it from a URL's host", () => {
    const answer = goodAnswer();
    answer.registration.company = { name: null, domain: "https://www.shop.acme.co.uk/x" };
    answer.registration.contact.email = null;
    const { extraction } = groundAnswer(answer, mailInput("Their shop: https://www.shop.acme.co.uk/x?ref=1"));
    expect(extraction.registration.company.domain).toBe("acme.co.uk");
  });

  it("derives the domain from the contact's address unless it is free mail", () => {
    const answer = goodAnswer();
    answer.registration.company.domain = null;
    const derived = groundAnswer(answer, mailInput()).extraction;
    expect(derived.registration.company.domain).toBe("nordwind-logistik.de");
    expect(derived.provenance["company.domain"]?.snippet).toBe("j.weber@nordwind-logistik.de");

    const free = goodAnswer();
    free.registration.company.domain = "gmail.com";
    free.registration.contact.email = "jonas.weber@gmail.com";
    const viaGmail = groundAnswer(free, mailInput("Contact Jonas Weber, jonas.weber@gmail.com")).extraction;
    expect(viaGmail.registration.contact.email).toBe("jonas.weber@gmail.com");
    expect(viaGmail.registration.company.domain).toBeNull();
  });

  it("never makes the vendor or the sender the prospect, even when the mail names them", () => {
    const answer = goodAnswer();
    answer.registration.company = { name: "BrightPath Consulting", domain: "vendorcloud.io" };
    answer.registration.contact = {
      name: "Anna Meier",
      email: "anna.meier@brightpath-consulting.de",
      role: null,
      phone: null,
    };
    const text = `${MAIL_TEXT}\nanna.meier@brightpath-consulting.de | see https://www.vendorcloud.io/partners`;
    const { extraction, dropped } = groundAnswer(answer, mailInput(text));
    expect(extraction.registration.company).toEqual({ name: null, domain: null });
    expect(extraction.registration.contact.email).toBeNull();
    expect(extraction.registration.contact.name).toBeNull();
    expect(extraction.partner.organization).toBe("BrightPath Consulting");
    expect(dropped).toEqual(
      expect.arrayContaining(["company.domain", "contact.email", "company.name", "contact.name"]),
    );
  });

  it("keeps a paraphrased problem only when most of its words are in the mail", () => {
    const answer = goodAnswer();
    answer.registration.context.problem = "wants to migrate their ERP to the cloud by Q3";
    const { extraction } = groundAnswer(answer, mailInput());
    expect(extraction.registration.context.problem).toBeNull();
    expect(groundAnswer(goodAnswer(), mailInput()).extraction.registration.context.problem).toBe(
      "manual freight invoicing across depots",
    );
  });

  it("keeps stage, motion and consent only with a quote from the mail", () => {
    const answer = goodAnswer();
    answer.registration.motion = "resale";
    answer.registration.consent = true;
    answer.evidence = {
      stage: "we'd like to register a new opportunity",
      motion: "we will resell the licences",
      consent: null,
    };
    const { extraction, dropped } = groundAnswer(answer, mailInput());
    expect(extraction.registration.stage).toBe("new_intro");
    expect(extraction.registration.motion).toBeNull();
    expect(extraction.registration.consent).toBeNull();
    expect(dropped).toEqual(["motion", "consent"]);
    delete answer.evidence;
    expect(groundAnswer(answer, mailInput()).extraction.registration.stage).toBeNull();
  });

  it("drops an amount whose digits are not written", () => {
    const answer = goodAnswer();
    answer.registration.estimatedValue = { amount: 250000, currency: "EUR" };
    expect(groundAnswer(answer, mailInput()).extraction.registration.estimatedValue).toBeNull();
  });

  it("accepts the partner's address from the From header and the organisation spelled in the sender's domain", () => {
    const answer = {
      registration: emptyRegistration(),
      partner: { email: "anna.meier@brightpath-consulting.de", name: null, organization: "Brightpath Consulting GmbH" },
    };
    const { extraction } = groundAnswer(answer, mailInput("Please register Acme."));
    expect(extraction.partner).toEqual({
      email: "anna.meier@brightpath-consulting.de",
      name: null,
      organization: "Brightpath Consulting GmbH",
    });
    expect(extraction.provenance["partner.email"]?.span).toBeNull();
  });
});
