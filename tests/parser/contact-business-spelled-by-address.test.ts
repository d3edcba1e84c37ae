// A phone-written note names the prospect's business and then its owner, with the business's own
// free-mail address written right after the owner's name: the address spells the business, so the
// business would outrank the owner by it; the address is given for the person. Guards: a person the
// address spells with a title of their own stays; a title's team, a label's value and a firm named
// after its owner are no person. Invented partner, prospects and people.
import { describe, expect, it } from "vitest";
import { parseMessage } from "../../services/parser/parse-message.ts";
import { plainMail } from "../helpers/plain-mail.ts";

const parse = (body: string) =>
  parseMessage(plainMail("New lead", body), { vendorDomains: ["vendor.example"] }).then((r) => r.output);

describe("a business its own address spells, read as the contact", () => {
  it("takes the owner named right before the address", async () => {
    const r = await parse(
      "Morning all. Plover Gleam Laundry in Tarrowby are after the booking app before spring. " +
        "Owner is Wren Haldane, plovergleam.laundry@gmail.com. About 9k a year.\n\nTess\n\nSent from my iPhone",
    );
    expect(r.registration?.contact.name).toBe("Wren Haldane");
    expect(r.registration?.contact.email).toBe("plovergleam.laundry@gmail.com");
  });

  it("takes the person a contact label names when the address spells both", async () => {
    const r = await parse(
      "pls register Fennick Hollow Orchard, the contact there is Brannoc Tilley brannoc.fennickhollow@gmail.com. " +
        "Wants the shop module. Thx Tess\n\nSent from my iPhone",
    );
    expect(r.registration?.contact.name).toBe("Brannoc Tilley");
  });

  it("leaves a business named after the person who runs it when the address spells both", async () => {
    const r = await parse(
      "new lead - Oswin Tarrant runs Quillby Tutoring Hub (2 rooms), oswin.quillbyhub@gmail.com. " +
        "wants online booking. Tess\n\nSent from my iPhone",
    );
    expect(r.registration?.contact.name).toBe("Oswin Tarrant");
  });

  it("keeps the person whose title's team is written before their address", async () => {
    const r = await parse(
      "Hi team,\n\nPlease register Marrowfield Water Board (marrowfield.example).\n" +
        "Contact is Idris Penhallow, Leak Detection Manager, ipenhallow@marrowfield.example.\n\nThanks,\nTess",
    );
    expect(r.registration?.contact.name).toBe("Idris Penhallow");
  });
});
