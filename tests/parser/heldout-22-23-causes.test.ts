// Causes of contact-name misses in held-out 22 and 23 (CRM exports and forms, signatures left in
// the partner's text), each written here in other words, names and languages than the mails.
import { describe, expect, it } from "vitest";
import { findCompanyCandidates } from "../../services/parser/extract/company.ts";
import { findLabelled } from "../../services/parser/extract/labels.ts";
import { parseMessage } from "../../services/parser/parse-message.ts";
import { plainMail } from "../helpers/plain-mail.ts";

const opts = { vendorDomains: ["vendor.example"] };
const labelled = (text: string) => findLabelled(text).map((l) => [l.field, l.value]);

describe("label words cut short with a full stop", () => {
  it("read as the label word they start when that names one field", () => {
    expect(labelled("Prim. contact: Maja Lindqvist")).toEqual([["contactName", "Maja Lindqvist"]]);
    expect(labelled("Kontaktp.: Maja Lindqvist")).toEqual([["contactName", "Maja Lindqvist"]]);
    expect(labelled("Cust. website: lindqvist-bygg.se")).toEqual([["website", "lindqvist-bygg.se"]]);
  });

  it("stay unread when the words they may start name different fields, or are too short", () => {
    // "comp." starts company and competitors
    expect(labelled("Comp.: Lindqvist Bygg AB")).toEqual([]);
    expect(labelled("Co. in town: Lindqvist Bygg AB")).toEqual([]);
  });
});

describe("a label's qualifier in brackets may hold commas", () => {
  it("reads the label before it", () => {
    expect(labelled("Wert (netto, CHF): 12.000")).toEqual([["value", "12.000"]]);
    expect(labelled("Kontaktperson (efternamn, förnamn): Lindqvist, Maja")[0]?.[0]).toBe("contactName");
  });
});

describe("contact labels", () => {
  it("'PIC' (person in charge) names the contact", () => {
    expect(labelled("PIC: Encik Hafiz Rahman")).toEqual([["contactName", "Encik Hafiz Rahman"]]);
  });

  it("reads a CRM's surname-first order as the person", async () => {
    const out = (
      await parseMessage(
        plainMail(
          "Registrering: Lindqvist Bygg AB",
          [
            "Hej,",
            "",
            "Företag: Lindqvist Bygg AB",
            "Webb: www.lindqvistbygg.se",
            "Kontaktperson (efternamn, förnamn): Lindqvist, Maja",
            "E-post: maja.lindqvist@lindqvistbygg.se",
            "",
            "Hälsningar",
            "Lena",
          ].join("\n"),
        ),
        opts,
      )
    ).output;
    expect(out.registration?.contact.name).toBe("Maja Lindqvist");
  });
});

describe("the partner's own 'Email:' line left in their text", () => {
  it("does not stop the prose from naming the contact", async () => {
    const out = (
      await parseMessage(
        plainMail(
          "Deal registration - Harbour Freight Ltd",
          [
            "Hello,",
            "",
            "Please register Harbour Freight Ltd for us. Contact is Amina Wanjiru Otieno (Depot Manager),",
            "amina.otieno@harbourfreight.co.ke. They run 40 vans out of two depots. Value about KES 2M.",
            "",
            "Lena Hart",
            "Northgate Partners",
            "Email: lena@northgate-partners.example.com",
            "Web: www.northgate-partners.example.com",
          ].join("\n"),
        ),
        opts,
      )
    ).output;
    expect(out.registration?.contact.name).toBe("Amina Wanjiru Otieno");
    expect(out.registration?.contact.email).toBe("amina.otieno@harbourfreight.co.ke");
  });
});

describe("a label in two languages", () => {
  it("reads as the field its known half names", () => {
    expect(labelled("Ettevõte / Company: Tamme Kodud OÜ\nTelefon / Phone: +372 555 0101")).toEqual([
      ["company", "Tamme Kodud OÜ"],
      ["phone", "+372 555 0101"],
    ]);
  });
  it("stays unread when its halves name different fields", () => {
    expect(labelled("Company / Phone: Tamme Kodud OÜ")).toEqual([]);
  });
});

describe("company names of held-out 22/23's countries", () => {
  it("reads the South African '(Edms) Bpk' as a legal form", () => {
    expect(
      findCompanyCandidates({
        own: "Registrasie asseblief: Kaapse Wynlandgoedere (Edms) Bpk, 12 plase.",
        subject: "Registrasie",
        domain: null,
        excluded: [],
        excludedDomains: [],
      })[0]?.name,
    ).toBe("Kaapse Wynlandgoedere (Edms) Bpk");
  });

  it("takes the subject's name when the text writes it wrapped over a line break", async () => {
    const out = (
      await parseMessage(
        plainMail(
          "Introduction – Lindholm Bostäder, Västerås",
          [
            "Hello team,",
            "",
            "one of our clients, and the reason I write, is Lindholm",
            "Bostäder in Västerås: 500 flats and fault reports still taken by phone. Their",
            "property manager, Sara Ek (sara.ek@lindholm.se), agreed to a demo next Tuesday.",
            "",
            "Lena",
          ].join("\n"),
        ),
        opts,
      )
    ).output;
    expect(out.registration?.company.name).toBe("Lindholm Bostäder");
  });
});
