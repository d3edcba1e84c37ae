// The prospect contact's phone: where partners write it, in which languages, and that the
// partner's own number is never taken. Mails written for these tests, not from a corpus.
import { describe, expect, it } from "vitest";
import { parseMessage } from "../../services/parser/parse-message.ts";

const opts = { vendorDomains: ["vendor.example"] };
const mail = (from: string, subject: string, body: string) =>
  Buffer.from(
    `From: ${from}\r\nTo: partners@vendor.example\r\nSubject: ${subject}\r\n\r\n${body.replace(/\n/g, "\r\n")}\r\n`,
  );
const phoneOf = async (from: string, body: string) =>
  (await parseMessage(mail(from, "New registration", body), opts)).output.registration?.contact.phone ?? null;

const form = (phoneLine: string) =>
  [
    "Hello, please register this opportunity.",
    "Company: Vinterhamn Trä AB",
    "Website: vinterhamntra.se",
    "Contact: Elin Brask",
    "E-mail: elin.brask@vinterhamntra.se",
    phoneLine,
    "",
    "Best regards",
    "Otto Fenner",
    "Fenner Systems",
    "Tel. +49 30 5550 1200",
  ].join("\n");

describe("contact.phone", () => {
  it.each([
    ["Puh. +358 40 555 1234", "+358 40 555 1234"],
    ["Tlf.: 33 55 66 77", "33 55 66 77"],
    ["Fon: 0228 / 555 44-0", "0228 / 555 44-0"],
    ["Cel.: +52 55 5555 0101", "+52 55 5555 0101"],
    ["Tel. kom.: 601 555 203", "601 555 203"],
    ["Mob: 07700 900 412 (after 3pm)", "07700 900 412"],
    ["Phone (mobile): (604) 555-0199", "(604) 555-0199"],
    ["HP: +60 17-555 2231", "+60 17-555 2231"],
    ["DID: 6555 0178", "6555 0178"],
    ["Telèfon: 972 55 51 20", "972 55 51 20"],
  ])("reads the labelled line %s as written", async (line, want) => {
    expect(await phoneOf("Otto Fenner <otto@fenner-systems.example>", form(line))).toBe(want);
  });

  it("never takes the partner's own number from their signature", async () => {
    expect(await phoneOf("Otto Fenner <otto@fenner-systems.example>", form(""))).toBeNull();
  });

  it("reads the number written beside the contact in prose, not the partner's 'my mobile'", async () => {
    const body = [
      "Hi, a new lead: Marlow Cider Works (marlowcider.co.uk). Their buyer is Ruth Penhale",
      "(ruth.penhale@marlowcider.co.uk, tel 01872 555 310). You can also reach me on my mobile 07700 900 111.",
    ].join("\n");
    expect(await phoneOf("Dev Patel <dev@patel-it.example>", body)).toBe("01872 555 310");
  });

  it("reads the forwarded prospect's signature, with one-letter labels", async () => {
    const body = [
      "Please register this one, she wrote to us directly - see below.",
      "",
      "Kind regards",
      "Sanne de Groot",
      "T: +31 20 555 0000",
      "",
      "---------- Forwarded message ---------",
      "From: Lotte Brink <l.brink@polderbouw.nl>",
      "Subject: offerte",
      "",
      "Goedemiddag Sanne, wij willen graag een offerte voor 40 gebruikers.",
      "",
      "Met vriendelijke groet,",
      "Lotte Brink",
      "Polderbouw B.V.",
      "M +31 6 5555 0172",
      "Fax +31 20 555 9999",
    ].join("\n");
    expect(await phoneOf("Sanne de Groot <sanne@groot-ict.example>", body)).toBe("+31 6 5555 0172");
  });

  it("does not take a date or a short number for a phone", async () => {
    expect(await phoneOf("Otto Fenner <otto@fenner-systems.example>", form("Tel.: 12.05.2026"))).toBeNull();
  });

  it.each([
    ["Tel: +1 416 555 0134 ext. 88", "+1 416 555 0134 ext. 88"],
    ["Phone: 0161 555 0190 x 412", "0161 555 0190 x 412"],
    ["Telefon: 030 5550 1200 Durchwahl 14", "030 5550 1200 Durchwahl 14"],
    ["Tél. : 01 55 50 12 00 poste 231", "01 55 50 12 00 poste 231"],
    ["Teléfono: 55 5550 1234 extensión 7", "55 5550 1234 extensión 7"],
    ["Telefono: 02 5550 1234 interno 22", "02 5550 1234 interno 22"],
    ["Telefone: 11 5555 0134 ramal 301", "11 5555 0134 ramal 301"],
    ["Telefon: 22 555 01 34 wew. 15", "22 555 01 34 wew. 15"],
    ["Telefoon: 010 555 0134 toestel 9", "010 555 0134 toestel 9"],
    ["Tlf: 55 50 12 34 lokal 310", "55 50 12 34 lokal 310"],
  ])("keeps the extension of %s", async (line, want) => {
    expect(await phoneOf("Otto Fenner <otto@fenner-systems.example>", form(line))).toBe(want);
  });

  it.each([
    ["on the address's line", "Their buyer is Kofi Mensah (kofi.mensah@tamaleagro.com.gh / +233 24 555 0190)."],
    ["with an aside before it", "Buyer: Kofi Mensah, kofi.mensah@tamaleagro.com.gh (only this one), +233 24 555 0190"],
    ["alone on the next line", "Kofi Mensah, procurement lead\nkofi.mensah@tamaleagro.com.gh\n+233 24 555 0190"],
    ["after a short label", "Kofi Mensah - kofi.mensah@tamaleagro.com.gh, mob +233 24 555 0190"],
  ])("reads the number written after the contact's address %s", async (_, lines) => {
    const body = `Hello, a new lead for you: Tamale Agro Ltd (tamaleagro.com.gh).\n${lines}\n\nThanks\nOtto Fenner\nTel. +49 30 5550 1200`;
    expect(await phoneOf("Otto Fenner <otto@fenner-systems.example>", body)).toBe("+233 24 555 0190");
  });

  it("reads an unlabelled number written as a phone on the line naming the contact, not an amount", async () => {
    const body = [
      "Please register Kauri Freight Ltd (kaurifreight.co.nz). Budget around 1 250 000 NZD over three years.",
      "Contact is Pita Havili, the GM; all I have for now is 021 555 0147, e-mail to follow.",
      "",
      "Cheers, Otto",
    ].join("\n");
    expect(await phoneOf("Otto Fenner <otto@fenner-systems.example>", body)).toBe("021 555 0147");
  });

  it("ends the number at a full stop followed by more text", async () => {
    const body =
      "pls register: bakery zum anker, www.baeckerei-anker.de. owner jana wolf, jana.wolf@baeckerei-anker.de, 0431 55 60 71. 12 staff";
    expect(await phoneOf("Otto Fenner <otto@fenner-systems.example>", body)).toBe("0431 55 60 71");
  });

  it("reads the number the prospect gives in their own forwarded mail", async () => {
    const body = [
      "Please register, see her note below.",
      "",
      "Otto",
      "",
      "---------- Forwarded message ---------",
      "From: Maeve Tierney <maeve@tierneyfoods.ie>",
      "Subject: software",
      "",
      "Hi Otto, happy to talk to the vendor. Reach me here or on 087 555 0143 most mornings.",
    ].join("\n");
    expect(await phoneOf("Otto Fenner <otto@fenner-systems.example>", body)).toBe("087 555 0143");
  });
});
