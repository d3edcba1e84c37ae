// A nested forward: the partner passes on a prospect's mail, and under it sits an older mail of
// another firm's (a supplier, a co-owner) written TO the prospect. The prospect is the one whose
// mail the partner forwarded, not the deeper writer; when the partner's own words name only the
// deeper writer, the two readings conflict and the contact is flagged, not guessed.
// Invented partner, prospect, supplier and people.
import { describe, expect, it } from "vitest";
import { parseMessage } from "../../services/parser/parse-message.ts";

const chain = (partnerNote: string) =>
  Buffer.from(
    [
      "From: Mirela Ostrowska <mirela@kestrelweb.pl>",
      "To: Vendor Partners <partners@vendor.example>",
      "Subject: Fwd: RE: warehouse app",
      "",
      partnerNote,
      "",
      "Mirela Ostrowska",
      "Kestrel Web Sp. z o.o.",
      "",
      "---------- Forwarded message ---------",
      "From: Tobiasz Wrona <tobiasz@lindenhof-bakery.pl>",
      "Date: Tue, 3 Mar 2026 at 09:40",
      "Subject: RE: warehouse app",
      "To: Mirela Ostrowska <mirela@kestrelweb.pl>",
      "",
      "Hi Mirela, as agreed: we run four bakeries and our flour stock is counted on paper.",
      "Budget for the first year is about 90 000 PLN. Happy for the vendor to call me.",
      "",
      "Tobiasz",
      "",
      "-----Original Message-----",
      "From: Greta Holm <greta@nordmill-supply.se>",
      "Sent: Monday, 2 March 2026 15:02",
      "To: Tobiasz Wrona <tobiasz@lindenhof-bakery.pl>",
      "Subject: Delivery week 12",
      "",
      "Dear Tobiasz, the rye flour ships on Thursday. Invoice follows.",
      "",
      "Kind regards,",
      "Greta Holm",
      "Nordmill Supply AB",
      "",
    ].join("\r\n"),
  );

describe("a supplier's mail quoted under the forwarded prospect's", () => {
  it("takes the person whose mail the partner forwarded as the contact", async () => {
    const r = await parseMessage(
      chain("Hello team, please register this bakery for us. Tobiasz agreed to a call, thread below."),
      { vendorDomains: ["vendor.example"] },
    );
    expect(r.output.kind).toBe("registration");
    expect(r.output.registration?.contact.email).toBe("tobiasz@lindenhof-bakery.pl");
    expect(r.output.registration?.company.domain).toBe("lindenhof-bakery.pl");
    expect(r.output.registration?.company.name).not.toBe("Nordmill Supply AB");
  });

  it("flags the contact when the partner's words name only the deeper writer", async () => {
    const r = await parseMessage(
      chain("Hello team, please register this one for us. Greta agreed to a call, thread below."),
      { vendorDomains: ["vendor.example"] },
    );
    const reg = r.output.registration;
    expect(reg?.contact.email ?? null).toBeNull();
    expect(r.output.missing).toContain("contact.email");
  });
});
