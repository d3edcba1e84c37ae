// The identity fields (company, contact, role) by cause of error, one block per way of writing.
// Names, firms and sentences here are made up for these tests, in other words than any corpus mail.
import { describe, expect, it } from "vitest";
import { ROLE_WORDS } from "../../services/parser/lang/roles.ts";
import { findPersonMentions, looksLikeRole, roleNear } from "../../services/parser/extract/people.ts";
import { findCompanyCandidates } from "../../services/parser/extract/company.ts";
import { withoutSeat } from "../../services/parser/extract/pick-company.ts";
import { organizationFromSignature } from "../../services/parser/extract/organization.ts";
import { cleanPersonName, givenNameFirst, looksLikePersonName } from "../../services/parser/normalise/person.ts";
import { parseMessage } from "../../services/parser/parse-message.ts";

const opts = { vendorDomains: ["vendor.example"] };
const mail = (from: string, subject: string, body: string) =>
  Buffer.from(
    `From: ${from}\r\nTo: partners@vendor.example\r\nSubject: ${subject}\r\n\r\n${body.replace(/\n/g, "\r\n")}\r\n`,
  );

describe("role words per language (lang/roles.ts)", () => {
  const words = Object.entries(ROLE_WORDS).flatMap(([lang, t]) => t.words.map((w) => ({ lang, w })));
  it.each(words)("$lang '$w' makes a title", ({ w }) => {
    expect(looksLikeRole(`${w} Nordwerk`)).toBe(true);
    expect(looksLikeRole(w.toUpperCase())).toBe(true);
  });
  const endings = Object.entries(ROLE_WORDS).flatMap(([lang, t]) => (t.endings ?? []).map((e) => ({ lang, e })));
  it.each(endings)("$lang compound ending in '$e' makes a title", ({ e }) => {
    expect(looksLikeRole(`lager${e}`)).toBe(true);
  });

  it("matches at letter edges, not ASCII word edges", () => {
    // \b would see no word start before "ł" or inside "ä"
    expect(looksLikeRole("współwłaścicielka")).toBe(true);
    expect(looksLikeRole("myyntipäällikkö")).toBe(true);
    // a title word inside a longer ordinary word is none
    expect(looksLikeRole("Headingley")).toBe(false);
    expect(looksLikeRole("Directory")).toBe(false);
  });

  it("reads short forms typed on a phone", () => {
    expect(looksLikeRole("fin dir")).toBe(true);
    expect(looksLikeRole("site mgr")).toBe(true);
    expect(looksLikeRole("MD")).toBe(true);
  });
});

describe("the role written next to the name", () => {
  const at = (text: string, name: string) => roleNear(text, { name, index: text.indexOf(name) });

  it("after an em dash, up to the next dash", () => {
    expect(at("Notre contact est Lucie Marchal, responsable achats — lucie@ex.fr — 04 55", "Lucie Marchal")).toBe(
      "responsable achats",
    );
    expect(at("Ask for Tom Reyes — plant manager — on his mobile", "Tom Reyes")).toBe("plant manager");
  });

  it("before the name after a Romance or Dutch article, or after 'Prof.'", () => {
    expect(at("Ci ha scritto il titolare, Bruno Gatti, per un preventivo.", "Bruno Gatti")).toBe("titolare");
    expect(at("Zuständig ist die Leiterin, Prof. Ada Lenz (ada@x.de).", "Ada Lenz")).toBe("Leiterin");
  });

  it("labelled with the address and phone in brackets behind it", async () => {
    const r = await parseMessage(
      mail(
        "Ola Brun <ola@brunadvisory.example>",
        "New registration",
        "Please register:\nCompany: Fjellgard Timber AS\nWebsite: fjellgard.example.no\nContact: Siri Dahl, Head of Procurement (siri.dahl@fjellgard.example.no, +47 555 01 02)\nStage: first call booked\n\nOla",
      ),
      opts,
    );
    expect(r.output.registration?.contact.role).toBe("Head of Procurement");
    expect(r.output.registration?.contact.email).toBe("siri.dahl@fjellgard.example.no");
  });
});

describe("person names as written in forms and headers", () => {
  it("puts a capitalised surname written first behind the given name", () => {
    expect(givenNameFirst("NOWAK Ewa")).toBe("Ewa Nowak");
    expect(givenNameFirst("DUPONT-MOREAU Claire")).toBe("Claire Dupont-Moreau");
    expect(cleanPersonName("NOWAK Ewa")).toBe("Ewa Nowak");
    // a title in capitals is no surname
    expect(givenNameFirst("CFO Marta")).toBe("CFO Marta");
    expect(givenNameFirst("Ewa Nowak")).toBe("Ewa Nowak");
  });

  it("reads the Exchange 'Surname, Given' order", () => {
    expect(cleanPersonName("Okafor, Chidi")).toBe("Chidi Okafor");
    // a role after the comma is cut, not swapped
    expect(cleanPersonName("Chidi Okafor, Plant Manager")).toBe("Chidi Okafor");
  });

  it("drops professional honorifics and engineering degrees", () => {
    expect(cleanPersonName("dott.ssa Carla Benedetti")).toBe("Carla Benedetti");
    expect(cleanPersonName("Eng.ª Rita dos Santos Lobo")).toBe("Rita dos Santos Lobo");
    expect(cleanPersonName("Ing. Pavel Horák")).toBe("Pavel Horák");
  });

  it("keeps names with particles, capitalised or not, and elided prefixes", () => {
    expect(looksLikePersonName("Ana Isabel Del Valle Ruiz")).toBe(true);
    expect(looksLikePersonName("Paolo d'Ambrosio")).toBe(true);
    expect(findPersonMentions("I met Ana Isabel Del Valle Ruiz yesterday").map((p) => p.name)).toEqual([
      "Ana Isabel Del Valle Ruiz",
    ]);
    expect(findPersonMentions("Contacto: Rui das Neves Pinto").map((p) => p.name)).toEqual(["Rui das Neves Pinto"]);
  });

  it("joins a name wrapped onto the next line, never across a blank line", () => {
    expect(findPersonMentions("(owner Karin\nLindqvist, karin@x.se)").map((p) => p.name)).toEqual(["Karin Lindqvist"]);
    expect(findPersonMentions("Dear Partner Team\n\nForwarding a lead").map((p) => p.name)).toEqual([]);
  });

  it("drops a verb that opens the sentence", () => {
    expect(findPersonMentions("Met Oisín Walsh at the expo.").map((p) => p.name)).toEqual(["Oisín Walsh"]);
  });

  it("does not read a firm with a legal form as a person", () => {
    expect(findPersonMentions("Cliente: Laticínios Serra Verde Ltda, Minas").map((p) => p.name)).toEqual([]);
  });
});

describe("company names", () => {
  it("end at the legal form before a spaced dash or a bracket", () => {
    expect(withoutSeat("Harlow & Finch Ltd - timber merchants, 4 yards")).toBe("Harlow & Finch Ltd");
    expect(withoutSeat("Vries Techniek B.V. (installatiebedrijf)")).toBe("Vries Techniek B.V.");
    // a hyphenated name is not cut
    expect(withoutSeat("Kessel-Brandt GmbH")).toBe("Kessel-Brandt GmbH");
  });

  it("follow a title of any language: 'Bursar at X'", () => {
    const cands = findCompanyCandidates({
      own: "Rhona Baird, Bursar at Kilbride Grammar School in Ayr, wants a demo.",
      subject: "intro",
      domain: null,
      excluded: [],
      excludedDomains: [],
    });
    expect(cands[0]?.name).toBe("Kilbride Grammar School");
  });

  it("are not confirmed by the text when the subject's is only the start of a longer word there", async () => {
    const r = await parseMessage(
      mail(
        "Nia Gale <nia@galeadvisory.example>",
        "Hollybank Acad - interested",
        "Hi, Rhona Baird runs finance at Hollybank Academy Trust and asked about you. Her address is rhona.baird@hollybank.example.org.uk and she is happy to take a call.\n\nNia",
      ),
      opts,
    );
    expect(r.output.registration?.company.name ?? null).not.toBe("Hollybank Acad");
  });
});

describe("a named contact with a role's mailbox", () => {
  it("keeps the shared address of her role, not someone else's", async () => {
    const r = await parseMessage(
      mail(
        "Nia Gale <nia@galeadvisory.example>",
        "Intro: Hollybank Academy Trust",
        "Hi, Rhona Baird, Bursar at Hollybank Academy Trust, asked us about invoice approval. Her mail is bursar@hollybank.example.org.uk (the bursar's shared box). Please register it; she is happy to be called.\n\nNia",
      ),
      opts,
    );
    expect(r.output.registration?.contact.name).toBe("Rhona Baird");
    expect(r.output.registration?.contact.email).toBe("bursar@hollybank.example.org.uk");
  });
});

describe("a name inflected in the prose", () => {
  it("is written as the person's own card writes it", async () => {
    const body =
      "Dzień dobry, proszę o rejestrację:\n\nFirma: Drewmax Sp. z o.o.\nStrona: www.drewmax.pl\n\n" +
      "W załączniku wizytówka Pani Katarzyny Nowak (k.nowak@drewmax.pl), zgoda na kontakt jest.\n\nPozdrawiam\nOla";
    const card = [
      "BEGIN:VCARD",
      "VERSION:3.0",
      "FN:Katarzyna Nowak",
      "N:Nowak;Katarzyna;;;",
      "ORG:Drewmax Sp. z o.o.",
      "EMAIL:k.nowak@drewmax.pl",
      "END:VCARD",
    ].join("\r\n");
    const raw = Buffer.from(
      [
        "From: Ola Mazur <ola@mazur-it.pl>",
        "To: partners@vendor.example",
        "Subject: Zgłoszenie: Drewmax",
        "MIME-Version: 1.0",
        'Content-Type: multipart/mixed; boundary="b1"',
        "",
        "--b1",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
        "",
        body.replace(/\n/g, "\r\n"),
        "--b1",
        'Content-Type: text/vcard; charset=utf-8; name="kw.vcf"',
        'Content-Disposition: attachment; filename="kw.vcf"',
        "Content-Transfer-Encoding: 8bit",
        "",
        card,
        "--b1--",
        "",
      ].join("\r\n"),
    );
    const r = await parseMessage(raw, opts);
    expect(r.output.registration?.contact.name).toBe("Katarzyna Nowak");
  });
});

describe("kind: a lead handed over without a registering word", () => {
  const fwd = (note: string) =>
    mail(
      "Cormac Hayes <cormac@hayesadvisory.ie>",
      "Fwd: supplier payments question",
      `${note}\n\nCormac\n\n---------- Forwarded message ---------\nFrom: Roisin Daly <roisin.daly@liffeybakeries.ie>\nDate: Mon, 2 Mar 2026 at 10:12\nSubject: supplier payments question\nTo: Cormac Hayes <cormac@hayesadvisory.ie>\n\nCormac,\n\nWe pay about 400 suppliers by hand every month and want that automated.\n\nRoisin Daly\nHead of Finance\nLiffey Bakeries Ltd\nwww.liffeybakeries.ie`,
    );

  it("is a registration when the prospect agreed to hear from the vendor", async () => {
    const r = await parseMessage(fwd("Over to you - Roisin is happy for you to call her directly."), opts);
    expect(r.output.kind).toBe("registration");
    expect(r.output.registration?.contact.email).toBe("roisin.daly@liffeybakeries.ie");
  });

  it("stays other when nothing hands the prospect to the vendor", async () => {
    const r = await parseMessage(fwd("FYI only, no action needed."), opts);
    expect(r.output.kind).toBe("other");
  });
});

describe("the role in a forwarded prospect's sign-off", () => {
  it("is read below their name when the partner signs under the forward", async () => {
    const r = await parseMessage(
      mail(
        "Priya Nand <priya@nandconsult.com>",
        "Fwd: yard inspections",
        "Please register this one for us, she wants a trial.\n\nPriya\n\nBegin forwarded message:\n\n" +
          'From: "Okafor, Ngozi" <ngozi.okafor@bluefinmarine.co.uk>\nSubject: yard inspections\nDate: 3 March 2026\nTo: Priya Nand <priya@nandconsult.com>\n\n' +
          "Priya - we would like to try it on two yards first.\n\nNgozi\n\nNgozi Okafor, CEng\nHead of Asset Integrity\nBluefin Marine Ltd\n\n--\nPriya Nand\nNand Consulting\nnandconsult.com",
      ),
      opts,
    );
    expect(r.output.registration?.contact.name).toBe("Ngozi Okafor");
    expect(r.output.registration?.contact.role).toBe("Head of Asset Integrity");
  });
});

describe("the partner's organisation in a signature", () => {
  it.each([
    // a register number in brackets after the name
    [
      "Farah Idris\nPartner Lead\nKestrel Data Sdn Bhd (201901004567)\nShah Alam",
      "kestreldata.my",
      "Kestrel Data Sdn Bhd",
    ],
    ["Tom Baines\nBaines Cloud Works Ltd (Reg. No. 09123456)\nLeeds", "bainescloud.co.uk", "Baines Cloud Works Ltd"],
    ["Lee Ong\nOng Systems Pte Ltd (1234567-K)", "ongsystems.sg", "Ong Systems Pte Ltd"],
    // digits glued to a name's letters are no house number
    [
      "Dana Ruiz\nPartner Ops | Larkfield K12 Learning, LLC\n555-0101",
      "larkfieldk12.com",
      "Larkfield K12 Learning, LLC",
    ],
  ])("%s", (sig, domain, org) => {
    expect(organizationFromSignature(sig, { domain, personName: sig.split("\n")[0]! })).toBe(org);
  });

  it("still passes over a line with a house number or a postcode", () => {
    expect(
      organizationFromSignature("Anna Berg\nBerg Consulting AB\nStorgatan 12, 11122 Stockholm", {
        domain: "bergconsulting.se",
        personName: "Anna Berg",
      }),
    ).toBe("Berg Consulting AB");
  });
});

describe("the partner's organisation without a place or translation in brackets after it", () => {
  it.each([
    ["Harbour Analytics (Asia)", "Harbour Analytics"],
    ["Kask Teenused OÜ (Kask Services)", "Kask Teenused OÜ"],
    ["Lindqvist Apps UG (haftungsbeschränkt)", "Lindqvist Apps UG (haftungsbeschränkt)"],
  ])("%s", async (line, org) => {
    const r = await parseMessage(
      mail(
        "Mira Sandoval <mira@harbouranalytics.example>",
        "Question",
        `Hi team, how do I get access to the partner portal?\n\nMira Sandoval\nPartner Lead\n${line}\n`,
      ),
      opts,
    );
    expect(r.output.partner.organization).toBe(org);
  });
});

describe("the partner's organisation spelled by the sender's domain", () => {
  it.each([
    ["one blank", "Corrig Moss Consulting"],
    ["two blanks", "Corrig  Moss Consulting"],
    ["a tab", "Corrig\tMoss Consulting"],
  ])("goes on to the firm's word after it however the words are spaced (%s)", async (_n, written) => {
    const r = await parseMessage(
      mail(
        "Niamh Brady <niamh@corrigmoss.ie>",
        "New lead",
        `Hi team, Niamh from ${written} here.\n\nPlease register Lisdarra Foods Ltd (lisdarrafoods.ie). Contact: Eoin Walsh, eoin.walsh@lisdarrafoods.ie, Operations Director.\n\nThanks,\nNiamh`,
      ),
      opts,
    );
    expect(r.output.partner.organization).toBe("Corrig Moss Consulting");
  });
});
