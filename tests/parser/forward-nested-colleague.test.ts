// A nested forward inside the prospect's firm: a colleague's older mail to the person who then
// passed the chain on to the partner. The one who passed it on is the prospect's, not of the
// partner's side, and stays the contact unless the partner's words name only the deeper colleague.
// Invented partner, prospect and people.
import { describe, expect, it } from "vitest";
import { parseMessage } from "../../services/parser/parse-message.ts";

const chain = (partnerNote: string) =>
  Buffer.from(
    [
      "From: Mirela Ostrowska <mirela@kestrelweb.pl>",
      "To: Vendor Partners <partners@vendor.example>",
      "Subject: Fwd: FW: warehouse app",
      "",
      partnerNote,
      "",
      "Mirela Ostrowska",
      "Kestrel Web Sp. z o.o.",
      "",
      "---------- Forwarded message ---------",
      "From: Tobiasz Wrona <tobiasz@lindenhof-bakery.pl>",
      "Date: Tue, 3 Mar 2026 at 09:40",
      "Subject: FW: warehouse app",
      "To: Mirela Ostrowska <mirela@kestrelweb.pl>",
      "",
      "Hi Mirela, see our owner's note below. Can we see a demo next week?",
      "",
      "Tobiasz Wrona",
      "Operations Lead",
      "Lindenhof Bakery Sp. z o.o.",
      "",
      "-----Original Message-----",
      "From: Greta Holm <greta@lindenhof-bakery.pl>",
      "Sent: Monday, 2 March 2026 15:02",
      "To: Tobiasz Wrona <tobiasz@lindenhof-bakery.pl>",
      "Subject: warehouse app",
      "",
      "Tobiasz, our flour stock is still tracked in notebooks at three bakeries. Please sort out a tool.",
      "",
      "G",
      "",
    ].join("\r\n"),
  );

const parse = (note: string) => parseMessage(chain(note), { vendorDomains: ["vendor.example"] });

describe("a colleague's mail under the forwarded prospect's", () => {
  it("keeps the one who passed the chain on as the contact", async () => {
    const r = await parse(
      "Hello team, please register Lindenhof Bakery for us. Tobiasz agreed to a call, chain below.",
    );
    expect(r.output.registration?.contact.email).toBe("tobiasz@lindenhof-bakery.pl");
  });

  it("takes the deeper colleague when the partner's words name only them", async () => {
    const r = await parse(
      "Hello team, please register Lindenhof Bakery for us. Greta is the one to call, chain below.",
    );
    expect(r.output.registration?.contact.email).toBe("greta@lindenhof-bakery.pl");
  });
});
