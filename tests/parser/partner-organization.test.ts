// The partner's own firm (partner.organization): from their signature wherever the mail holds it,
// else null. Names, firms and sentences are made up for these tests, in other words than any corpus mail.
import { describe, expect, it } from "vitest";
import { organizationFromSignature } from "../../services/parser/extract/organization.ts";
import { abbreviatesLabel } from "../../services/parser/extract/text-utils.ts";
import { parseMessage } from "../../services/parser/parse-message.ts";

const opts = { vendorDomains: ["vendor.example"] };
const mail = (from: string, body: string, subject = "Fwd: ledger tool") =>
  Buffer.from(
    `From: ${from}\r\nTo: partners@vendor.example\r\nSubject: ${subject}\r\n\r\n${body.replace(/\n/g, "\r\n")}\r\n`,
  );
const partnerOf = async (from: string, body: string) => (await parseMessage(mail(from, body), opts)).output.partner;

describe("the partner's signature away from their own text", () => {
  it("below the prospect's quoted reply", async () => {
    const p = await partnerOf(
      "Odile Brannagh <odile@quillmere.co.uk>",
      [
        "Hi all,",
        "",
        "Please register Tarnwick Joinery Ltd for us. Wynn is happy to take a call.",
        "",
        "Odile",
        "",
        "On Mon, 2 Mar 2026 at 10:00, Wynn Tarnwick <wynn@tarnwick.example> wrote:",
        "> Odile, go ahead and pass my details on.",
        "> Wynn Tarnwick",
        "> Tarnwick Joinery Ltd",
        "",
        "--",
        "Odile Brannagh",
        "Practice Lead",
        "Quillmere Advisory Ltd | Leeds",
      ].join("\n"),
    );
    expect(p.organization).toBe("Quillmere Advisory Ltd");
  });

  it("in the partner's own earlier mail quoted in the thread", async () => {
    const p = await partnerOf(
      "Cormac Tolan <cormac@brackenlea.ie>",
      [
        "Vendor team - over to you, see below.",
        "",
        "Cormac",
        "",
        "---------- Forwarded message ---------",
        "From: Ines Padley <ines@padleyfoods.example>",
        "Subject: RE: ledger tool",
        "To: Cormac Tolan <cormac@brackenlea.ie>",
        "",
        "Cormac, fine by me, please pass my details on to them.",
        "",
        "Ines Padley | Finance Director",
        "Padley Foods Ltd",
        "",
        "-----Original Message-----",
        "From: Cormac Tolan <cormac@brackenlea.ie>",
        "Subject: ledger tool",
        "",
        "Ines - the ledger tool I mentioned, happy to introduce you.",
        "",
        "--",
        "Cormac Tolan ACA",
        "Partner, Brackenlea Consulting",
        "Sligo",
      ].join("\n"),
    );
    expect(p.organization).toBe("Brackenlea Consulting");
  });

  it("signed in the order first name, surname when the display name puts the surname first", async () => {
    const p = await partnerOf(
      '"Halvey, Renske" <r.halvey@ostmark-anlagen.de>',
      [
        "Hallo zusammen,",
        "",
        "anbei eine Registrierung: Kunde ist die Pellworm Maschinenbau GmbH, Ansprechpartner Jörn Pellworm",
        "(j.pellworm@pellworm-mb.example).",
        "",
        "Renske",
        "",
        "-----Ursprüngliche Nachricht-----",
        "Von: Jörn Pellworm <j.pellworm@pellworm-mb.example>",
        "Betreff: Anfrage",
        "",
        "Gerne, melden Sie sich bei mir.",
        "",
        "--",
        "Renske Halvey | Vertrieb",
        "Ostmark Anlagen GmbH & Co. KG | +49 000 000",
      ].join("\n"),
    );
    expect(p.organization).toBe("Ostmark Anlagen GmbH & Co. KG");
  });
});

describe("a firm that its domain shortens or spells in lower case", () => {
  it("initials and whole words spell the domain", () => {
    expect(abbreviatesLabel("Tarn Vale Equipment", "tvequip")).toBe(true);
    expect(abbreviatesLabel("Harlow Dock Group", "harlowdg")).toBe(true);
    expect(abbreviatesLabel("ter Wiel Bouwadvies", "twbouwadvies")).toBe(true);
    expect(abbreviatesLabel("Orla Brennan", "obrennan")).toBe(false);
    expect(abbreviatesLabel("Tarn Vale Equipment", "tarnsupply")).toBe(false);
  });
  it("a signature line under a first name", () => {
    const sig = "Piet\nTarn Vale Equipment";
    expect(organizationFromSignature(sig, { domain: "tvequip.co.za", personName: "Piet Marais" })).toBe(
      "Tarn Vale Equipment",
    );
  });
  it("a firm in lower case that spells the domain", () => {
    const sig = "kit\nquillmere advisory";
    expect(organizationFromSignature(sig, { domain: "quillmereadvisory.com", personName: "kit" })).toBe(
      "quillmere advisory",
    );
  });
  it("a lower-case line that spells no domain is no firm", () => {
    const sig = "kit\nsent in a hurry";
    expect(organizationFromSignature(sig, { domain: "quillmereadvisory.com", personName: "kit" })).toBeNull();
  });
  it("the partner's text naming the firm that the domain shortens", async () => {
    const p = await partnerOf(
      "Ruud Kolff <ruud@harlowdg.com>",
      "Pls register - referral for Harlow Dock Group. Contact at Tessel Mills Ltd is Ben Arkle, ben@tesselmills.co.uk.\n\nRuud",
    );
    expect(p.organization).toBe("Harlow Dock Group");
  });
});
