// Two classes of silent error in forwarded and Italian mail, in invented words: a sole trader's
// registered name read without its owner's part ("Bottega Nova" of "Bottega Nova di Carla Neri"),
// and the prospect taken from the wrong firm of a forwarded chain (a supplier's mail the prospect
// passed on), with the header words of the clients that hid which mail was whose.
import { describe, expect, it } from "vitest";
import { auditKeyFields } from "../../services/parser/extract/key-field-audit.ts";
import { parseMessage } from "../../services/parser/parse-message.ts";
import { CUES } from "../../services/parser/lang/cues.ts";
import { plainMail } from "../helpers/plain-mail.ts";

const audit = (text: string, company: string, contactName: string) =>
  auditKeyFields({ text, company, domain: null, contactName, contactEmail: null });
const companyDoubts = (text: string, company: string, contactName: string) =>
  audit(text, company, contactName).filter((d) => d.field === "company.name");

describe("a sole trader's name with its owner's (lang/it.ts ownerAfterName)", () => {
  it("the Italian joining word is listed", () => expect(CUES.ownerAfterName).toContain("di"));

  it.each([
    // soft-wrapped inside the owner's name
    [
      "Vi scrivo io: siamo Bottega Nova di Carla\nNeri, laboratorio di ceramica a Faenza.",
      "Bottega Nova",
      "Carla Neri",
      "Bottega Nova di Carla Neri",
    ],
    // the owner written surname first, as a register writes it
    [
      "Ditta: Forno Aurora di Neri Carla.\nTitolare - Forno Aurora",
      "Forno Aurora",
      "Carla Neri",
      "Forno Aurora di Neri Carla",
    ],
    // a particle inside the owner's surname
    [
      "Il cliente è Cornici Rapide di Ugo La Torre, tre vetrine.",
      "Cornici Rapide",
      "Ugo La Torre",
      "Cornici Rapide di Ugo La Torre",
    ],
  ])("%s → %s", (text, company, contact, whole) => {
    expect(companyDoubts(text, company, contact)).toEqual([expect.objectContaining({ fuller: whole })]);
  });

  it.each([
    // a place after the joining word, Italian and Indonesian: the seat, not the name
    ["Bottega Nova di Lucca ha tre negozi, sentite Carla Neri.", "Bottega Nova", "Carla Neri"],
    ["Klien kami PT Jati Rimba di Semarang, kontak Ratna Hapsari.", "PT Jati Rimba", "Ratna Hapsari"],
    // another person than the contact: not read as the owner
    ["Bottega Nova di Mario Fabbri, referente Carla Neri.", "Bottega Nova", "Carla Neri"],
  ])("look-alike, not completed with an owner: %s", (text, company, contact) => {
    expect(companyDoubts(text, company, contact).map((d) => d.fuller)).not.toContainEqual(
      expect.stringContaining(" di "),
    );
  });

  it.each([
    // the given name alone: where the name ends is open
    ["Il lead è Bottega Nova di Carla, la titolare.", "Bottega Nova", "Carla Neri"],
    // the person described in brackets: the sentence tells of her, the name may end before "di"
    ["Vi segnalo Bottega Nova di Carla Neri (titolare), a Faenza.", "Bottega Nova", "Carla Neri"],
  ])("asked for: %s", (text, company, contact) => {
    const doubts = companyDoubts(text, company, contact);
    expect(doubts).toHaveLength(1);
    expect(doubts[0]!.fuller).toBeUndefined();
  });
});

const FROM = "Inès Caradec <ines.caradec@caradec-conseil.fr>";
/** a partner's note above the prospect's mail (French Thunderbird header) and, below it, a supplier's (German Gmail) */
const chain = (note: string) =>
  plainMail(
    "TR: Fwd: AW: Question sur les étiquettes",
    [
      note,
      "",
      "Inès",
      "",
      "-------- Message transféré --------",
      "Sujet : Fwd: AW: Question sur les étiquettes",
      "Date : Tue, 3 Mar 2026 10:12:00 +0100",
      "De : Gaspard Morvan <g.morvan@savonnerie-morvan.fr>",
      "Pour : Inès Caradec <ines.caradec@caradec-conseil.fr>",
      "",
      "Inès, je vous fais suivre ce que notre imprimeur m'a répondu. D'accord pour que l'éditeur du logiciel nous appelle.",
      "",
      "Gaspard Morvan",
      "Gérant – Savonnerie Morvan SARL",
      "www.savonnerie-morvan.fr",
      "",
      "---------- Forwarded message ---------",
      "Von: Heike Sommer <h.sommer@etiketten-sommer.de>",
      "Gesendet: Montag, 2. März 2026 15:00",
      "An: Gaspard Morvan <g.morvan@savonnerie-morvan.fr>",
      "Betreff: AW: Question sur les étiquettes",
      "",
      "Hallo Herr Morvan, dazu können wir Ihnen leider nichts empfehlen.",
      "",
      "Heike Sommer",
      "Etiketten Sommer GmbH",
    ].join("\n"),
    FROM,
  );
const parse = async (raw: Buffer) => (await parseMessage(raw, { vendorDomains: ["vendor.example"] })).output;

describe("the prospect's mail in a forwarded chain with a third party's below it", () => {
  it("a French Thunderbird header block (Sujet, Date, De, Pour) is read: the prospect is its sender", async () => {
    const out = await parse(
      chain("Voici le fil avec le client : merci d'enregistrer Savonnerie Morvan SARL, démo prévue mardi."),
    );
    expect(out.registration?.contact.email).toBe("g.morvan@savonnerie-morvan.fr");
    expect(out.registration?.company.domain).toBe("savonnerie-morvan.fr");
    expect(out.registration?.company.name).toBe("Savonnerie Morvan SARL");
  });

  it("the partner's words naming none of the chain's outside firms: the contact and company are asked for", async () => {
    const out = await parse(chain("Voici le fil plus bas, à enregistrer s'il vous plaît. Démo prévue mardi."));
    expect(out.kind).toBe("registration");
    expect(out.registration?.contact.email).toBeNull();
    expect(out.missing).toEqual(expect.arrayContaining(["contact.email", "company.domain"]));
  });
});

describe("an address labelled without a name, above the forwarded mail it wrote", () => {
  const form = (email: string, display: string) =>
    plainMail(
      "Deal registration",
      [
        "Could you log this prospect for us, please?",
        "",
        "Company: Wrenfold Ceramics Ltd",
        `Email: ${email}`,
        "Stage: demo booked",
        "",
        "Lena",
        "",
        "---------- Forwarded message ---------",
        `From: ${display} <${email}>`,
        "Date: Mon, 2 Mar 2026",
        "Subject: kiln scheduling",
        "To: Lena Hart <lena@northgate-partners.example.com>",
        "",
        "Hi Lena, happy to see a demo next week.",
      ].join("\n"),
    );

  it("the header's name is the contact's where the address spells it", async () => {
    const out = await parse(form("maeve.dunne@wrenfold-ceramics.co.uk", "Maeve Dunne"));
    expect(out.registration?.contact.name).toBe("Maeve Dunne");
  });

  it("look-alike: a shared mailbox's display name (the firm's) is no contact name", async () => {
    const out = await parse(form("info@wrenfold-ceramics.co.uk", "Wrenfold Pottery Studio"));
    expect(out.registration?.contact.name).toBeNull();
  });
});
