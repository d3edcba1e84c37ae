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
});
