// Nested forwards: the partner passes on a prospect's mail, and under it sits an older mail written
// TO the prospect. Who is the contact depends on who wrote the deeper mail:
// - another firm's (a supplier, a co-owner): the prospect is the one whose mail the partner
//   forwarded; when the partner's own words name only the deeper writer, the two readings conflict
//   and the contact is flagged, not guessed;
// - a colleague inside the prospect's firm: the one who passed the chain on stays the contact
//   unless the partner's words name only the deeper colleague.
// Invented partner, prospect, supplier and people.
import { describe, expect, it } from "vitest";
import { parseMessage } from "../../services/parser/parse-message.ts";

/** The partner's note over the prospect's forwarded mail, with a deeper mail quoted under it. */
const nestedChain = (partnerNote: string, prospectMail: string[], deeperMail: string[]) =>
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
      ...prospectMail,
      "",
      "-----Original Message-----",
      ...deeperMail,
      "",
    ].join("\r\n"),
  );

const parse = (raw: Buffer) => parseMessage(raw, { vendorDomains: ["vendor.example"] });

describe("a supplier's mail quoted under the forwarded prospect's", () => {
  const chain = (note: string) =>
    nestedChain(
      note,
      [
        "Hi Mirela, as agreed: we run four bakeries and our flour stock is counted on paper.",
        "Budget for the first year is about 90 000 PLN. Happy for the vendor to call me.",
        "",
        "Tobiasz",
      ],
      [
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
      ],
    );

  it("takes the person whose mail the partner forwarded as the contact", async () => {
    const r = await parse(
      chain("Hello team, please register this bakery for us. Tobiasz agreed to a call, thread below."),
    );
    expect(r.output.kind).toBe("registration");
    expect(r.output.registration?.contact.email).toBe("tobiasz@lindenhof-bakery.pl");
    expect(r.output.registration?.company.domain).toBe("lindenhof-bakery.pl");
    expect(r.output.registration?.company.name).not.toBe("Nordmill Supply AB");
  });

  it("flags the contact when the partner's words name only the deeper writer", async () => {
    const r = await parse(chain("Hello team, please register this one for us. Greta agreed to a call, thread below."));
    const reg = r.output.registration;
    expect(reg?.contact.email ?? null).toBeNull();
    expect(r.output.missing).toContain("contact.email");
  });
});

describe("a colleague's mail under the forwarded prospect's", () => {
  const chain = (note: string) =>
    nestedChain(
      note,
      [
        "Hi Mirela, see our owner's note below. Can we see a demo next week?",
        "",
        "Tobiasz Wrona",
        "Operations Lead",
        "Lindenhof Bakery Sp. z o.o.",
      ],
      [
        "From: Greta Holm <greta@lindenhof-bakery.pl>",
        "Sent: Monday, 2 March 2026 15:02",
        "To: Tobiasz Wrona <tobiasz@lindenhof-bakery.pl>",
        "Subject: warehouse app",
        "",
        "Tobiasz, our flour stock is still tracked in notebooks at three bakeries. Please sort out a tool.",
        "",
        "G",
      ],
    );

  it("keeps the one who passed the chain on as the contact", async () => {
    const r = await parse(
      chain("Hello team, please register Lindenhof Bakery for us. Tobiasz agreed to a call, chain below."),
    );
    expect(r.output.registration?.contact.email).toBe("tobiasz@lindenhof-bakery.pl");
  });

  it("takes the deeper colleague when the partner's words name only them", async () => {
    const r = await parse(
      chain("Hello team, please register Lindenhof Bakery for us. Greta is the one to call, chain below."),
    );
    expect(r.output.registration?.contact.email).toBe("greta@lindenhof-bakery.pl");
  });
});
