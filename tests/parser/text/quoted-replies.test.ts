import { describe, expect, it } from "vitest";
import { quotedReplies, quotedRepliesAsForwards, stripQuotes } from "../../../services/parser/text/forwards.ts";
import { buildContext } from "../../../services/parser/extract/mail-context.ts";
import { extractByRules } from "../../../services/parser/extract/rules.ts";

// All names, firms and addresses here are invented.
describe("quotedReplies", () => {
  it("reads the author of an attribution in any language by its shape", () => {
    const cases: Array<[string, string, string | null]> = [
      ["On Tue, 4 Nov 2025 at 08:15, Mara Voss <mara@quillbrook.org> wrote:", "mara@quillbrook.org", "Mara Voss"],
      ["On Wed, Nov 5, 2025 at 2:40 PM Tobi Lund <tobi@fennick.io> wrote:", "tobi@fennick.io", "Tobi Lund"],
      ["Le mer. 5 nov. 2025, à 9 h 02, Léa Brun <lea@pivoine.fr> a écrit :", "lea@pivoine.fr", "Léa Brun"],
      ["Am 05.11.2025 um 10:12 schrieb Uwe Kranz <uwe@kranzbau.de>:", "uwe@kranzbau.de", "Uwe Kranz"],
      ["W dniu 05.11.2025 o 10:12, Ola Wrona <ola@wrona.pl> pisze:", "ola@wrona.pl", "Ola Wrona"],
      [
        "5 Kas 2025 Çar, 10:12 tarihinde Ece Tan <ece@tanlojistik.com.tr> şunu yazdı:",
        "ece@tanlojistik.com.tr",
        "Ece Tan",
      ],
    ];
    for (const [line, address, name] of cases) {
      const q = quotedReplies(`Short note above.\n\n${line}\n\n> Hello there,\n> we need a quote.\n`);
      expect(q, line).toHaveLength(1);
      expect(q[0]!.author).toEqual({ address, name });
      expect(q[0]!.body).toBe("Hello there,\nwe need a quote.");
    }
  });

  it("reads an attribution the client wrapped onto two lines", () => {
    const q = quotedReplies(
      "See below.\n\nEl jue, 6 nov 2025 a las 11:40, Inés Lago (<\nines@lagoverde.es>) escribió:\n\n> Buenos días,\n> nos interesa.",
    );
    expect(q[0]!.author).toEqual({ address: "ines@lagoverde.es", name: "Inés Lago" });
  });

  it("reads a quote that opens with its attribution (a phone's reply)", () => {
    const q = quotedReplies(
      "Thanks, see below.\n\nSent from my phone\n\n> On 6 Nov 2025, at 09:03, Pia Holm <pia@holmfrakt.se> wrote:\n>\n> Hi, we'd like a demo.\n> Pia",
    );
    expect(q[0]!.author.address).toBe("pia@holmfrakt.se");
    expect(q[0]!.body).toBe("Hi, we'd like a demo.\nPia");
  });

  it("keeps deeper quote levels in the body and finds nothing without a quote below", () => {
    const q = quotedReplies(
      "Above.\n\nOn Thu, 6 Nov 2025 at 10:00, Kit Ames <kit@amesdairy.com> wrote:\n> Yes please.\n>\n> > On Wed, 5 Nov 2025, Rob <rob@partner.example> wrote:\n> > Shall I?",
    );
    expect(q[0]!.body).toContain("> On Wed, 5 Nov 2025");
    expect(quotedReplies("Meeting on 6 Nov 2025 with kit@amesdairy.com:\nbring slides")).toHaveLength(0);
    expect(quotedReplies("From: Kit Ames <kit@amesdairy.com> 10:00:\n> hi")).toHaveLength(0);
  });

  it("looks only above a forwarded block", () => {
    const text =
      "FYI\n\n---------- Forwarded message ---------\nFrom: Ana <ana@b.example>\nDate: Mon\n\nBody\n\nOn Mon, 3 Nov 2025 at 10:00, Bo <bo@c.example> wrote:\n> earlier";
    expect(quotedReplies(text)).toHaveLength(0);
  });

  it("writes the chosen quotes as forwarded mails and leaves the others quoted", () => {
    const text =
      "Please register them.\n\nOn Tue, 4 Nov 2025 at 08:15, Mara Voss <mara@quillbrook.org> wrote:\n\n> Hi, happy to talk.\n> Mara";
    expect(quotedRepliesAsForwards(text, () => false)).toBe(text);
    const out = quotedRepliesAsForwards(
      text,
      (a, above) => a.address === "mara@quillbrook.org" && above.includes("register"),
    );
    expect(out).toContain(
      "-----Original Message-----\nFrom: Mara Voss <mara@quillbrook.org>\n\nHi, happy to talk.\nMara",
    );
    expect(out).not.toContain("> Hi");
  });
});

describe("a prospect's mail quoted below the partner's reply", () => {
  const partner = { address: "lena@brightpath-it.co.uk", name: "Lena Ortmann" };
  const inbox = [{ address: "partners@vendorco.io", name: null }];
  const ctxOf = (text: string, from = partner) =>
    buildContext({ subject: "Deal registration", from, to: inbox, cc: [], text, vendorDomains: [] });
  const quote = (author: string) =>
    `Hi team,\n\nPlease register Harlow Ceramics for Brightpath IT. Her reply is below.\n\nLena\n\nOn Mon, 3 Nov 2025 at 16:20, ${author} wrote:\n\n> Hi Lena,\n>\n> Thanks for the call. Happy for your vendor to contact me.\n>\n> Joan Pike\n> Operations Director\n> Harlow Ceramics Ltd\n`;

  it("is read like a forwarded mail when its author is on a third party's domain", () => {
    const ctx = ctxOf(quote("Joan Pike <joan.pike@harlowceramics.co.uk>"));
    expect(ctx.own).toContain("Please register Harlow Ceramics");
    expect(ctx.forwards).toHaveLength(1);
    expect(ctx.forwards[0]!.from).toEqual({ address: "joan.pike@harlowceramics.co.uk", name: "Joan Pike" });
    const reg = extractByRules(ctx).extraction.registration;
    expect(reg.contact).toMatchObject({ name: "Joan Pike", email: "joan.pike@harlowceramics.co.uk" });
    expect(reg.contact.role).toBe("Operations Director");
    expect(reg.company.domain).toBe("harlowceramics.co.uk");
  });

  it("stays a quote when the vendor, the partner or the partner's colleague wrote it", () => {
    for (const author of [
      "Vendorco Partner Desk <partners@vendorco.io>",
      "Lena Ortmann <lena@brightpath-it.co.uk>",
      "Tom Reyes <tom@brightpath-it.co.uk>",
    ])
      expect(ctxOf(quote(author)).forwards, author).toHaveLength(0);
  });

  it("reads a free-mail author only when the partner's text names them", () => {
    expect(ctxOf(quote("Rafe Doyle <rafe.doyle@gmail.com>")).forwards).toHaveLength(0);
    const named = ctxOf(quote("Joan Pike <joanpike1970@gmail.com>"));
    expect(named.forwards).toHaveLength(0);
    const text = quote("Joan Pike <joanpike1970@gmail.com>").replace("Her reply", "Joan's reply");
    expect(ctxOf(text).forwards[0]!.from?.address).toBe("joanpike1970@gmail.com");
  });
});

// one detector of "someone else wrote what follows" serves both the quotes read as forwarded mail
// and the quotes stripped: an attribution by its shape or by its phrase
describe("one attribution detector for quotedReplies and stripQuotes", () => {
  it("reads the author of an attribution known by its phrase, without a date", () => {
    const q = quotedReplies("See below.\n\nOn Monday, Wren Ottley <wren@ottleyfarms.com> wrote:\n> Call me.");
    expect(q[0]!.author).toEqual({ address: "wren@ottleyfarms.com", name: "Wren Ottley" });
  });

  it("strips what follows an attribution known by its shape in any language", () => {
    const text =
      "My note.\n\nW dniu 05.11.2025 o 10:12, Ola Wrona <ola@wrona.pl> pisze:\n> Dzień dobry\n\nOla\nWrona Sp. z o.o.";
    expect(stripQuotes(text).trim()).toBe("My note.");
  });

  it("strips what follows an attribution known by its phrase, with no address and wrapped", () => {
    expect(stripQuotes("Noted.\n\nOn Monday, Wren Ottley wrote:\n\nbelow").trim()).toBe("Noted.");
    expect(stripQuotes("Noted.\n\nOn Mon, 3 Nov 2025 at 10:00, Wren\nOttley wrote:\nbelow").trim()).toBe("Noted.");
  });

  it("reads a line that only ends like one as no attribution unless a quote follows", () => {
    const text =
      "Failed:\n  host mx.ottley.example [192.0.2.7]\n  error after RCPT TO:<wren@ottleyfarms.com>:\n  550 unknown";
    expect(stripQuotes(text)).toBe(text);
    expect(stripQuotes("> On Mon, 3 Nov 2025, Wren <wren@ottleyfarms.com> wrote:\n> hi\n\nmine")).toBe("\nmine");
  });
});
