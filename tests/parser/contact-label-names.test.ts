import { describe, expect, it } from "vitest";
import { parseMessage } from "../../services/parser/parse-message.ts";
import { contactForm } from "../helpers/plain-mail.ts";

// Invented partner, prospect and people.
const form = (contactLine: string) =>
  contactForm(
    { company: "Fjordline Dyreklinikk AS", website: "fjordline-dyr.no", email: "k.lund@fjordline-dyr.no" },
    contactLine,
  );

describe("a contact label whose value holds more than the name", () => {
  it.each([
    ["Contact: dr. vet. Kari Lund", "Kari Lund"],
    ["Contact: med. vet. Kari Lund", "Kari Lund"],
    ["Contact: ms Kari Lund . no direct line yet", "Kari Lund"],
    ["Contact person: lek. Kari Lund", "Kari Lund"],
    // a degree that is also a title's short form ("mgr" for manager)
    ["Contact: Mgr. Kari Lund", "Kari Lund"],
  ])("%s -> %s", async (line, name) => {
    const r = await parseMessage(form(line), { vendorDomains: ["vendor.example"] });
    expect(r.output.registration?.contact.name).toBe(name);
  });

  it("leaves the name open when no complete name is left", async () => {
    for (const line of [
      "Contact: Ma. dela",
      "Contact: Dr. Ma. dela Cruz",
      "Contact: please see the attached card for Dr. Lund",
    ]) {
      const r = await parseMessage(form(line), { vendorDomains: ["vendor.example"] });
      expect(r.output.registration?.contact.name, line).toBeNull();
    }
  });
});

describe("a contact label in a caseless script with the title beside the name", () => {
  it.each([
    ["Contact: 院長 中村 結衣 様", "中村 結衣", "院長"],
    ["Contact: 정하늘 영업팀 팀장 (k.lund@fjordline-dyr.no, 02-555-0142)", "정하늘", "영업팀 팀장"],
    // a department and the title before the name, its Latin spelling in brackets after it
    ["Contact: 総務部 部長 中村 結衣 様（Yui Nakamura）", "Yui Nakamura", "総務部 部長"],
  ])("%s", async (line, name, role) => {
    const r = await parseMessage(form(line), { vendorDomains: ["vendor.example"] });
    expect(r.output.registration?.contact.name).toBe(name);
    expect(r.output.registration?.contact.role).toBe(role);
  });
});

const note = (body: string) =>
  Buffer.from(
    `From: Ola Berg <ola@nordvik-it.no>\r\nTo: partners@vendor.example\r\nSubject: new one\r\n\r\n${body}\r\n\r\nola\r\n\r\nSent from my phone\r\n`,
  );

describe("a contact written in lower case beside an address that spells them", () => {
  it.each([
    [
      "pls register fjordline dyreklinikk, contact kari lund, clinic manager, kari@fjordline-dyr.no",
      "kari lund",
      "clinic manager",
    ],
    ["new lead: fjordline dyreklinikk\nspeak to kari lund\nklund@fjordline-dyr.no", "kari lund", null],
    ["pls register fjordline dyreklinikk, kari lund, karilund@fjordline-dyr.no", "kari lund", null],
  ])("%s", async (body, name, role) => {
    const r = await parseMessage(note(body), { vendorDomains: ["vendor.example"] });
    expect(r.output.registration?.contact.name).toBe(name);
    if (role) expect(r.output.registration?.contact.role).toBe(role);
  });

  it("reads no name the address does not spell, nor a role word after the given name", async () => {
    for (const body of [
      "pls register fjordline dyreklinikk, talk to the owner, post@fjordline-dyr.no",
      "pls register fjordline dyreklinikk, kari manager, kari@fjordline-dyr.no",
    ]) {
      const r = await parseMessage(note(body), { vendorDomains: ["vendor.example"] });
      expect(r.output.registration?.contact.name, body).toBeNull();
    }
  });
});
