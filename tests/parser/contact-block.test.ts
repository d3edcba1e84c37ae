// An unlabelled contact block: the prospect's name on a line, then "Name, role" (or "Name – role"),
// then the address and a phone. The line above the person is the company when it reads as a firm,
// the "Name, role" line gives the contact and the role and is never a place; a head line that
// reads as no firm is left to the other readings (flagged when none reads it). Invented names.
import { describe, expect, it } from "vitest";
import { contactBlocks } from "../../services/parser/extract/contact-block.ts";
import { findCompanyCandidates } from "../../services/parser/extract/company.ts";
import { findPersonMentions, roleNear } from "../../services/parser/extract/people.ts";
import { parseMessage } from "../../services/parser/parse-message.ts";

const block = (head: string, person: string, address: string) =>
  `hello team, one to log for us please:\n\n${head}\n${person}\n${address} / 000 111 222\n\nThey want the app for their vans.\n`;
/** the names read as the company (a name another reading finds first keeps that reading's reason) */
const companyNames = (text: string) =>
  findCompanyCandidates({ own: text, subject: "", domain: null, excluded: [], excludedDomains: [] }).map((c) => c.name);

describe("the shape of a contact block", () => {
  it("reads the head, the person, the title and the address", () => {
    const [b] = contactBlocks(block("Quarrow Glen Co-Op", "Idris Palomer, yard boss", "idris@quarrowglen.example"));
    expect(b).toMatchObject({ head: "Quarrow Glen Co-Op", name: "Idris Palomer", role: "yard boss" });
    expect(b!.email).toBe("idris@quarrowglen.example");
  });

  it("takes a spaced dash for the comma", () => {
    const [b] = contactBlocks(block("Quarrow Glen Co-Op", "Idris Palomer – yard boss", "idris@quarrowglen.example"));
    expect(b).toMatchObject({ name: "Idris Palomer", role: "yard boss" });
  });

  it("keeps a double-barrelled name whole: a hyphen is no dash", () => {
    expect(contactBlocks(block("Quarrow Glen Co-Op", "Idris Palomer-Vance", "idris@quarrowglen.example"))).toEqual([]);
  });

  it("is no block without an address on the line below the person", () => {
    expect(contactBlocks(block("Quarrow Glen Co-Op", "Idris Palomer, yard boss", "call him on Monday"))).toEqual([]);
  });

  it("is no block when the head ends a sentence or is a label", () => {
    expect(contactBlocks(block("They said yes.", "Idris Palomer, yard boss", "idris@quarrowglen.example"))).toEqual([]);
    expect(contactBlocks(block("Details:", "Idris Palomer, yard boss", "idris@quarrowglen.example"))).toEqual([]);
  });

  it("is no block when the head is the last line of a paragraph", () => {
    const text =
      "we met them at the fair and\nQuarrow Glen Co-Op\nIdris Palomer, yard boss\nidris@quarrowglen.example\n";
    expect(contactBlocks(text)).toEqual([]);
  });
});

describe("the head line as the company", () => {
  it.each([
    ["a firm word", "Quarrow Glen Co-Op", "idris@gmail.com"],
    ["a legal form", "Quarrow Glen Haulage Ltd", "idris@gmail.com"],
    ["a business noun", "Bakery Quarrow Glen", "idris@gmail.com"],
    ["the address's domain", "Quarrow Glen Haulage", "idris@quarrowglen.example"],
  ])("is read for %s", (_why, head, address) => {
    expect(companyNames(block(head, "Idris Palomer, yard boss", address))).toContain(head);
  });

  it("is not read when nothing makes it a firm (a free-mail address spells nothing)", () => {
    expect(companyNames(block("Quarrow Glen Haulage", "Idris Palomer, yard boss", "quarrowglen@gmail.com"))).toEqual(
      [],
    );
  });

  it("is not read whole when a place or a note goes on after it (other readings take those)", () => {
    expect(
      companyNames(block("Quarrow Glen Haulage Ltd, Dunmore", "Idris Palomer, yard boss", "idris@gmail.com")),
    ).not.toContain("Quarrow Glen Haulage Ltd, Dunmore");
  });
});

describe("the person below a firm's name", () => {
  it("is read in a script other than Latin, with the title after the comma", () => {
    const text =
      "Σας γράφω για έναν πελάτη:\n\nΠεύκα Ορεινά Λτδ\nΣταυρούλα Μαυρίδου, Υπεύθυνη\nstavroula@pefka.example\n";
    const m = findPersonMentions(text).find((p) => p.name === "Σταυρούλα Μαυρίδου");
    expect(m).toBeDefined();
    expect(roleNear(text, m!)).toBe("Υπεύθυνη");
    expect(findPersonMentions(text).map((p) => p.name)).not.toContain("Πεύκα Ορεινά Λτδ");
  });
});

describe("a whole mail with a contact block", () => {
  const mail = (body: string) =>
    Buffer.from(
      `From: Nora Quist <nora@quistit.example>\r\nTo: partners@vendor.example\r\nSubject: New lead\r\n\r\n${body}\r\n\r\nNora\r\n`,
    );
  it("gives the company, the contact, the role and the address, and no place from the person's line", async () => {
    const p = await parseMessage(
      mail(
        "Σας παραπέμπω μια επιχείρηση:\r\n\r\nΠεύκα Ορεινά Λτδ\r\nΣταυρούλα Μαυρίδου, Υπεύθυνη\r\nstavroula@peyka-oreina.gr\r\n+30 000 000 000\r\n\r\nΘέλουν προσφορές από το κινητό.",
      ),
      { vendorDomains: ["vendor.example"] },
    );
    const reg = p.output.registration!;
    expect(reg.company.name).toBe("Πεύκα Ορεινά Λτδ");
    expect(reg.contact).toMatchObject({
      name: "Σταυρούλα Μαυρίδου",
      email: "stavroula@peyka-oreina.gr",
      role: "Υπεύθυνη",
    });
    expect(reg.geography ?? "").not.toContain("Σταυρούλα");
  });

  it("flags the company when the head line reads as no firm", async () => {
    const p = await parseMessage(
      mail(
        "pls register this one for us\r\n\r\nQuarrow Glen\r\nIdris Palomer, yard boss\r\nquarrowglen@gmail.com / 000 111 222\r\n\r\n12 vans, they want the app.",
      ),
      { vendorDomains: ["vendor.example"] },
    );
    expect(p.output.registration?.company.name ?? null).toBeNull();
    expect(p.output.missing).toContain("company.name");
  });
});
