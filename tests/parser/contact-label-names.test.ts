import { describe, expect, it } from "vitest";
import { parseMessage } from "../../services/parser/parse-message.ts";

// Invented partner, prospect and people.
const form = (contactLine: string) =>
  Buffer.from(
    "From: Ola Berg <ola@nordvik-it.no>\r\nTo: partners@vendor.example\r\nSubject: Deal registration: Fjordline Dyreklinikk AS\r\n\r\n" +
      `Hello, please register this opportunity.\r\n\r\nCompany: Fjordline Dyreklinikk AS\r\nWebsite: fjordline-dyr.no\r\n${contactLine}\r\nEmail: k.lund@fjordline-dyr.no\r\n\r\nThanks,\r\nOla Berg\r\nNordvik IT AS\r\n`,
  );

describe("a contact label whose value holds more than the name", () => {
  it.each([
    ["Contact: dr. vet. Kari Lund", "Kari Lund"],
    ["Contact: med. vet. Kari Lund", "Kari Lund"],
    ["Contact: ms Kari Lund . no direct line yet", "Kari Lund"],
    ["Contact person: lek. Kari Lund", "Kari Lund"],
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
