// The contact and the partner person as forms, phone notes and signatures write them: a name in
// two fields, a title beside a lower-case name that the address spells, the partner's name in the
// order of their own signature. Names, firms and sentences are made up for these tests.
import { describe, expect, it } from "vitest";
import { findLabelled, firstByField } from "../../services/parser/extract/labels.ts";
import { eitherOrderDomains } from "../../services/parser/lang/person-names.ts";
import { parseMessage } from "../../services/parser/parse-message.ts";

const opts = { vendorDomains: ["vendor.example"] };
const mail = (from: string, subject: string, body: string) =>
  Buffer.from(
    `From: ${from}\r\nTo: partners@vendor.example\r\nSubject: ${subject}\r\n\r\n${body.replace(/\n/g, "\r\n")}\r\n`,
  );
const contactName = (text: string) => firstByField(findLabelled(text)).get("contactName")?.value ?? null;

describe("a contact's name in two fields (labels.ts, firstByField)", () => {
  it("joins the given and the family name", () => {
    expect(contactName("Organisation: Pellow Mills\nFirst name: Tamsin\nLast name: Quarrell-Hoy")).toBe(
      "Tamsin Quarrell-Hoy",
    );
    expect(contactName("contact_first: Odile\ncontact_last: Varenne\ncontact_email: ov@pellowmills.co.uk")).toBe(
      "Odile Varenne",
    );
  });

  it("adds the family name to a name label holding one word", () => {
    expect(contactName("Nombre: Iria\nApellidos: Vilaboa Ferro")).toBe("Iria Vilaboa Ferro");
  });

  it("keeps a name label that holds the whole name, and a lone half", () => {
    expect(contactName("Contact: Tamsin Quarrell\nSurname: Quarrell")).toBe("Tamsin Quarrell");
    expect(contactName("Vorname: Jorinde")).toBe(null);
    expect(contactName("Contact: tq@pellowmills.co.uk\nSurname: Quarrell")).toBe("tq@pellowmills.co.uk");
  });

  it("reads the form's contact in a parsed mail", async () => {
    const p = await parseMessage(
      mail(
        "Rafe Colley <rafe@brindle-it.fi>",
        "Deal registration",
        "Account Name: Pellow Mills Ltd\nAccount Website: pellowmills.co.uk\nContact First Name: Tamsin\nContact Last Name: Quarrell\nContact Email: tamsin.quarrell@pellowmills.co.uk\n\nThanks,\nRafe",
      ),
      opts,
    );
    expect(p.output.registration?.contact.name).toBe("Tamsin Quarrell");
    expect(p.output.missing).not.toContain("contact.name");
  });
});

describe("a title beside a lower-case name the address spells", () => {
  it.each([
    ["ok to reg sable ridge roofing - ferg mcintosh, yard mgr, ferg.mcintosh@sableridgeroofing.co.nz", "yard mgr"],
    ["new one: sable ridge roofing. owner is ferg mcintosh ferg.mcintosh@sableridgeroofing.co.nz, keen", "owner"],
    ["reg pls sable ridge roofing, ferg mcintosh site lead ferg.mcintosh@sableridgeroofing.co.nz", "site lead"],
  ])("%s", async (body, role) => {
    const p = await parseMessage(mail("Wes Tarrant <wes@tarrant-it.co.nz>", "reg", `${body}\n\nwes`), opts);
    expect(p.output.registration?.contact.name?.toLowerCase()).toBe("ferg mcintosh");
    expect(p.output.registration?.contact.role).toBe(role);
  });
});

describe("the partner's name in the order their signature writes it", () => {
  const signed = (from: string, signature: string) =>
    parseMessage(
      mail(
        from,
        "Lead: Pellow Mills",
        `Hello,\n\nplease register Pellow Mills Ltd (pellowmills.co.uk), contact Tamsin Quarrell, tamsin.quarrell@pellowmills.co.uk.\n\nRegards\n${signature}\nBrindle IT Oy`,
      ),
      opts,
    );

  it("takes the signature's order over a display name written family name first", async () => {
    const p = await signed("Kestilä Aune <aune.kestila@brindle-it.fi>", "Aune Kestilä");
    expect(p.output.partner.name).toBe("Aune Kestilä");
  });

  it("keeps the family name first where the signature writes it so in capitals", async () => {
    const p = await signed("ODAGIRI Ren <ren.odagiri@brindle-it.fi>", "ODAGIRI Ren");
    expect(p.output.partner.name?.toLowerCase()).toBe("odagiri ren");
  });

  it("leaves the display name's order where a signature may write either (lang/person-names.ts)", async () => {
    for (const tld of eitherOrderDomains) {
      const p = await signed(`Vendel Orsolya <vendel.orsolya@brindleit.${tld}>`, "Orsolya Vendel");
      expect(p.output.partner.name).toBe("Vendel Orsolya");
    }
  });

  it("leaves a name in two scripts as read", async () => {
    const p = await signed("Ren Odagiri <ren.odagiri@brindle-it.fi>", "ODAGIRI, Ren 小田切蓮");
    expect(p.output.partner.name).toBe("Ren Odagiri");
  });
});
