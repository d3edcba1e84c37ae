// A contact's title with the department written after it ("GM - Procurement", "VP, Human
// Resources") is one title; and a name word ends where its word ends ("GmbH" is no "Gmb").
// Invented partner, prospect and people.
import { describe, expect, it } from "vitest";
import { parseMessage } from "../../services/parser/parse-message.ts";
import { contactForm } from "../helpers/plain-mail.ts";
import { findPersonMentions } from "../../services/parser/extract/people.ts";

const form = (contactLine: string) =>
  contactForm(
    { company: "Brekkestad Havn AS", website: "brekkestad-havn.no", email: "s.holm@brekkestad-havn.no" },
    contactLine,
  );

describe("a title and its department in a contact label", () => {
  it.each([
    ["Contact: Siri Holm, GM - Procurement", "GM - Procurement"],
    ["Contact: Siri Holm, VP, Human Resources", "VP, Human Resources"],
    ["Contact: Siri Holm - Director, Regulatory Affairs", "Director, Regulatory Affairs"],
    ["Contact: Siri Holm, Head of IT", "Head of IT"],
  ])("%s -> %s", async (line, role) => {
    const r = await parseMessage(form(line), { vendorDomains: ["vendor.example"] });
    expect(r.output.registration?.contact.name).toBe("Siri Holm");
    expect(r.output.registration?.contact.role).toBe(role);
  });

  it("keeps a title alone when what follows is no department", async () => {
    const r = await parseMessage(form("Contact: Siri Holm, CFO, Brekkestad"), { vendorDomains: ["vendor.example"] });
    expect(r.output.registration?.contact.role).toBe("CFO");
  });
});

describe("a name word ends at its word's end", () => {
  it("reads no person in a firm's name cut before its legal form", () => {
    expect(
      findPersonMentions("new one: Torvik Stein GmbH, k.torvik@torvik-stein.de, ca 9k").map((m) => m.name),
    ).toEqual([]);
  });

  it("still reads prefixed and double names", () => {
    expect(findPersonMentions("talked to Fenna McArdle-Brook yesterday").map((m) => m.name)).toEqual([
      "Fenna McArdle-Brook",
    ]);
  });
});
