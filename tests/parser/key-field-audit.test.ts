// The last look at the required fields (issue #9: right or flagged). Each case is a class of
// silent error the parser made on its first run over a corpus nobody had read (held-out 6–11),
// written here in other words, names and languages.
import { describe, expect, it } from "vitest";
import { auditKeyFields } from "../../services/parser/extract/key-field-audit.ts";
import { answersVendorMail } from "../../services/parser/classify.ts";
import { saysRegistering } from "../../services/parser/normalise/cues.ts";
import { namesAfterRegistering } from "../../services/parser/extract/company.ts";
import { parseMessage } from "../../services/parser/parse-message.ts";
import { formsBefore, shortFormsBefore } from "../../services/parser/lang/legal-forms.ts";

const audit = (text: string, company: string | null, extra: Partial<Parameters<typeof auditKeyFields>[0]> = {}) =>
  auditKeyFields({ text, company, domain: null, contactName: null, contactEmail: null, ...extra });

describe("a company name cut out of a longer one is asked for", () => {
  it.each([
    // a joining word and a capitalised word before the value
    ["Nous présentons la Fromagerie du Jura SA, 40 salariés.", "Jura SA"],
    ["Es la Ferretería Solís y Hermanos S.L. de Valencia.", "Hermanos S.L."],
    // soft-wrapped: the joining word ends the line before
    ["Trabajamos con Conservas Ortiz y\nSobrinos S.A. desde 2019.", "Sobrinos S.A."],
    // a name starting with a particle after a capitalised word (a business-type noun from
    // lang/business-nouns.ts, "Bakkerij De Molen", completes it instead: heldout-20-21-causes)
    ["Kort voorstel: Tandartspraktijk De Molen in Zwolle zoekt een kassa.", "De Molen"],
    // the name goes on after the value
    ["A Construtora Monte do Carmo tem 12 obras abertas.", "Construtora Monte"],
    // words that may open the name, with a capitalised word before them: where it starts is open
    ["We met Harlow R. Pennington Joinery Ltd", "Pennington Joinery Ltd"],
    ["Vi har Jensen Fysioterapeuterne i Odense ApS", "Odense ApS"],
    // the Turkish "ve" (and) and a capitalised word after the value: the name goes on
    ["Kurumun adı Parlak Göz ve Kulak Sağlığı Merkezi, İzmir.", "Parlak Göz"],
    // a legal form written before the name, a capitalised word before it: where it starts is open
    ["Kemarin Dewi PT Kayu Lestari Mandiri menelepon.", "Kayu Lestari Mandiri"],
    // capitalised words right before the value inside a sentence: an adjective, a descriptive head
    ["Registrujeme zakázku u firmy Zelená Pekárna Dvořák s.r.o. z Brna.", "Pekárna Dvořák s.r.o."],
    ["Nous présentons Garage Auto Pellerin Frères SARL (pellerin.example).", "Pellerin Frères SARL"],
  ])("%s → not %s", (text, company) => {
    const doubts = audit(text, company);
    expect(doubts.map((d) => d.field)).toEqual(["company.name"]);
    expect(doubts[0]!.fuller).toBeUndefined();
  });

  it("not a label, a title or a word that leads into a name before the value", () => {
    expect(audit("We are registering Firma Kessler Bau GmbH today.", "Kessler Bau GmbH")).toEqual([]);
    expect(audit("we spoke to their Director Kessler Bau GmbH", "Kessler Bau GmbH")).toEqual([]);
    // a sentence's first word is no evidence
    expect(audit("Kessler Bau GmbH\nToday Kessler Bau GmbH called.", "Kessler Bau GmbH")).toEqual([]);
  });

  it("keeps a name written whole at least once", () => {
    expect(
      audit("Hoteles Brisa del Mar.\nLa cadena Hoteles Brisa del Mar tiene 5 hoteles.", "Hoteles Brisa del Mar"),
    ).toEqual([]);
  });

  it.each([
    // a capitalised article inside a sentence is the name's own first word
    [
      "We would like to register The Old Forge Bakery Ltd for a trial.",
      "Old Forge Bakery Ltd",
      "The Old Forge Bakery Ltd",
    ],
    // soft-wrapped: the name goes on over a line break
    [
      "We would like to register The Old Forge\nBakery Ltd (www.oldforge.example) for a trial.",
      "Old Forge Bakery Ltd",
      "The Old Forge Bakery Ltd",
    ],
    ["Graag melden we De Groene Schuur BV aan.", "Groene Schuur BV", "De Groene Schuur BV"],
    // after a word that leads into a name and opens the sentence
    [
      "Registering The Tin Lantern Tearooms Ltd for Marrowby.",
      "Tin Lantern Tearooms Ltd",
      "The Tin Lantern Tearooms Ltd",
    ],
    // an initial or a dotted form glued before the value opens the name
    ["Next one:\nR. Pennington Joinery Ltd (no site yet)", "Pennington Joinery Ltd", "R. Pennington Joinery Ltd"],
    ["Birlik: S.S. Akçay Tarım Kooperatifi, 300 ortak.", "Akçay Tarım Kooperatifi", "S.S. Akçay Tarım Kooperatifi"],
    // a two-word particle before the value
    [
      "new one: Van den Heuvel Koeltechniek BV (Ede), 6 busjes",
      "Heuvel Koeltechniek BV",
      "Van den Heuvel Koeltechniek BV",
    ],
    // an acronym opening the value, spelt out before the rest of it (sentence case, joining words skipped)
    [
      "Dobar dan,\nTvornica kvalitetnih vijaka Dravica d.o.o. traži ponudu.\n\nLP,\nIvo\nTKV Dravica d.o.o.",
      "TKV Dravica d.o.o.",
      "Tvornica kvalitetnih vijaka Dravica d.o.o.",
    ],
    ["Somos Obras y Puertos del Nalón S.L., en Gijón.\nOPN S.L.", "OP Nalón S.L.", "Obras y Puertos del Nalón S.L."],
    // the Nordic "in" between a name's parts
    ["Vi vil gerne registrere Fysioterapeuterne i Odense ApS hos jer.", "Odense ApS", "Fysioterapeuterne i Odense ApS"],
  ])("%s: %s opened to %s", (text, company, whole) => {
    expect(audit(text, company)).toEqual([expect.objectContaining({ field: "company.name", fuller: whole })]);
  });

  it("keeps a name after a sentence's capitalised article, a full stop or a lower-case article", () => {
    expect(audit("The Old Forge Bakery Ltd wants a quote.", "Old Forge Bakery Ltd")).toEqual([]);
    expect(audit("Met them last week. Old Forge Bakery Ltd wants a quote.", "Old Forge Bakery Ltd")).toEqual([]);
    expect(audit("We met the Old Forge Bakery Ltd team.", "Old Forge Bakery Ltd")).toEqual([]);
  });

  it("keeps an acronym-led name the text never spells out before its rest", () => {
    expect(audit("Regards,\nIvo\nTKV Dravica d.o.o.\nTrusted Kettle Vendors since 1990", "TKV Dravica d.o.o.")).toEqual(
      [],
    );
    expect(audit("We met Tom Kowal at TKV Dravica d.o.o.", "TKV Dravica d.o.o.")).toEqual([]);
  });

  it("asks when two places spell an acronym-led name's acronym differently", () => {
    const doubts = audit(
      "Kupci: Tvornica kvalitetnih vijaka Dravica d.o.o. i Trgovina kuhinjskih vaga Dravica d.o.o.",
      "TKV Dravica d.o.o.",
    );
    expect(doubts.map((d) => [d.field, d.fuller])).toEqual([["company.name", undefined]]);
  });

  it("keeps a name after a role, a label or a tab", () => {
    expect(audit("Es director de Hoteles Brisa, en Málaga.", "Hoteles Brisa")).toEqual([]);
    expect(audit("Bedrijfsnaam\tVan Dijk Bouw B.V.", "Van Dijk Bouw B.V.")).toEqual([]);
    expect(audit("Firma: De Ruiter Installaties", "De Ruiter Installaties")).toEqual([]);
  });
});

describe("a legal form written right after the name completes it", () => {
  it.each([
    ["We met Nordlys Fiskeri AS in Tromsø.", "Nordlys Fiskeri", "Nordlys Fiskeri AS"],
    [
      "Les presento a Panadería La Espiga, S. de R.L. de C.V., en Puebla.",
      "Panadería La Espiga",
      "Panadería La Espiga, S. de R.L. de C.V.",
    ],
    ["A Pastelaria Aurora, Unipessoal Lda. abriu em 2020.", "Pastelaria Aurora", "Pastelaria Aurora, Unipessoal Lda."],
    // a trade in brackets before the legal form
    ["Marsh & Doyle (Joiners) Ltd is a family firm.", "Marsh & Doyle", "Marsh & Doyle (Joiners) Ltd"],
    // lower-case words before a form of a language that writes names in sentence case
    ["Naš klijent Pekara Vrbanić i kćeri d.o.o. traži ponudu.", "Pekara Vrbanić", "Pekara Vrbanić i kćeri d.o.o."],
    ["Klient Kovárna Bělský a synové s.r.o. z Tábora.", "Kovárna Bělský", "Kovárna Bělský a synové s.r.o."],
  ])("%s", (text, company, fuller) => {
    expect(audit(text, company)).toEqual([expect.objectContaining({ field: "company.name", fuller })]);
  });

  it("leaves it when the text also writes the name without one", () => {
    expect(audit("Nordlys Fiskeri AS is the buyer; Nordlys Fiskeri runs 4 boats.", "Nordlys Fiskeri")).toEqual([]);
  });
});

describe("a legal form written before the name opens it", () => {
  const forms = [...Object.values(shortFormsBefore).flat(), ...Object.values(formsBefore).flat()];
  it.each(forms.map((f) => [f]))("%s", (form) => {
    expect(audit(`Prospek baru: ${form} Brisa Alta Mandiri, Bogor.`, "Brisa Alta Mandiri")).toEqual([
      expect.objectContaining({ field: "company.name", fuller: `${form} Brisa Alta Mandiri` }),
    ]);
  });

  it("with a dot after a short form", () => {
    expect(audit("Nama perusahaan: PT. Brisa Alta Mandiri", "Brisa Alta Mandiri")).toEqual([
      expect.objectContaining({ fuller: "PT. Brisa Alta Mandiri" }),
    ]);
  });

  it("not a form's letters ending a word", () => {
    expect(audit("Contact: ADEPT Brisa Alta Mandiri", "Brisa Alta Mandiri")).toEqual([]);
  });
});

describe("wrong kinds of value as the company are asked for", () => {
  it.each([
    ["Zimmerei Huber GmbH, Traunstein", "a seat after the legal form"],
    ["Brightwater Ltd, 12 Harbour Road", "an address after the legal form"],
    ["Fjellro Hytter AS i Lom (fjellro.no), 12 hytter", "a preposition and a place after the legal form"],
    ["Panadería Sol S.L. de Cádiz", "a preposition and a place after the legal form"],
    ["S.A. de C.V.", "a legal form alone"],
    ["GmbH & Co. KG", "a legal form alone"],
    ["Frau Dr. Petra Lang", "a person addressed by title"],
    ["Mr Owen Carter", "a person addressed by title"],
  ])("%s (%s)", (company) => {
    expect(audit("", company)).toEqual([expect.objectContaining({ field: "company.name" })]);
  });

  it("a single word that does not start the prospect's domain (a department or a noun)", () => {
    expect(audit("", "Procurement", { domain: "northwind-mills.com" })).toHaveLength(1);
    expect(audit("", "Northwind", { domain: "northwind-mills.com" })).toEqual([]);
    expect(audit("", "PeopleSoft", { domain: "oracle.com" })).toEqual([]);
  });

  it("keeps names with commas that are no seat", () => {
    expect(audit("", "Ashby, Clarke & Partners Solicitors LLP")).toEqual([]);
    expect(audit("", "Kowa Trading Co., Ltd.")).toEqual([]);
    expect(audit("", "Distribuidora Norte, S.A. de C.V.")).toEqual([]);
    expect(audit("", "Kamp i Hotel Jadran d.o.o.")).toEqual([]);
  });
});

describe("the contact's name against their address", () => {
  it("asks when the address spells another person", () => {
    expect(audit("", null, { contactName: "Anna Berg", contactEmail: "lars.holm@fjordbyggen.se" })).toEqual([
      expect.objectContaining({ field: "contact.name" }),
    ]);
  });

  it("keeps matching names, initials and the business's own mailbox", () => {
    expect(audit("", null, { contactName: "Anna Berg", contactEmail: "anna.berg@fjordbyggen.se" })).toEqual([]);
    expect(audit("", null, { contactName: "Anna Berg", contactEmail: "ab@fjordbyggen.se" })).toEqual([]);
    expect(
      audit("", "Fjordbyggen AB", {
        contactName: "Anna Berg",
        contactEmail: "fjordbyggen.kontor@gmail.com",
      }),
    ).toEqual([]);
  });

  it("an address of a title, a trade word or the business run together spells no person", () => {
    const c = (contactEmail: string, company: string | null = null, contactName = "Anna Berg") =>
      audit("", company, { contactName, contactEmail });
    expect(c("kassa.director@gmail.com")).toEqual([]);
    expect(c("brolund.studio@gmail.com")).toEqual([]);
    expect(c("wrenmoorsailing.sa@gmail.com", "Wren Moor Sailing Club Ltd")).toEqual([]);
    // her initials beside a word
    expect(c("tqm.archive@proton.me", null, "Tilda Quist-Marren")).toEqual([]);
    // two name words beside a trade word still spell another person
    expect(c("lars.holm.studio@gmail.com")).toEqual([expect.objectContaining({ field: "contact.name" })]);
  });
});

describe("message kinds", () => {
  it("an answer to a mail the vendor sent (In-Reply-To at the vendor's domain) is a reply", async () => {
    expect(answersVendorMail("<9f1c.77@mail.vendor.example>", new Set(["vendor.example"]))).toBe(true);
    expect(answersVendorMail("<9f1c.77@reyes-consult.ie>", new Set(["vendor.example"]))).toBe(false);
    expect(answersVendorMail(null, new Set(["vendor.example"]))).toBe(false);
    const raw = Buffer.from(
      "From: Tom Reyes <tom@reyes-consult.ie>\r\nTo: Partner Desk <partners@vendor.example>\r\n" +
        "Subject: RE: your question\r\nIn-Reply-To: <q-81aa@vendor.example>\r\n\r\n" +
        "Hi, yes: they run 120 vans and the owner decides. Daly Haulage Ltd, brian.daly@dalyhaulage.ie.\r\n\r\nTom\r\n",
    );
    const r = await parseMessage(raw, { vendorDomains: ["vendor.example"] });
    expect(r.output.kind).toBe("reply");
    expect(r.output.caseRef).toBeNull();
  });

  it("a partner registering a named company before they have a contact registers it, contact missing", async () => {
    const raw = (body: string) =>
      Buffer.from(
        `From: Tom Reyes <tom@reyes-consult.ie>\r\nTo: partners@vendor.example\r\nSubject: new one\r\n\r\n${body}\r\n`,
      );
    const r = await parseMessage(
      raw("pls register Hartwell Garden Centres (4 sites). contact details to follow. Tom"),
      {
        vendorDomains: ["vendor.example"],
      },
    );
    expect(r.output.kind).toBe("registration");
    expect(r.output.missing).toEqual(expect.arrayContaining(["contact.name", "contact.email"]));
    // one capitalised word is not a company named: a question about registering stays "other"
    const q = await parseMessage(raw("Quick question on Registrierung: how long does Gebietsschutz last?\r\nTom"), {
      vendorDomains: ["vendor.example"],
    });
    expect(q.output.kind).toBe("other");
  });

  it.each([
    ["te lo doy de alta mañana", true],
    ["dad de alta a este cliente", true],
    ["es un cliente referido por nosotros", true],
    ["Recomendación de cliente: Bodegas Sur", true],
    ["cadastrei o cliente ontem", true],
    ["cliente indicada pela nossa equipa", true],
    ["la alta dirección decide", false],
  ])("registering words: %s", (text, want) => expect(saysRegistering(text as string)).toBe(want));
});

describe("a prospect handing over in words no table knows", () => {
  it("is right or flagged, never the sender as a silent guess", async () => {
    const raw = Buffer.from(
      "From: Tom Reyes <tom@reyes-consult.ie>\r\nTo: partners@vendor.example\r\nSubject: Fwd: fleet tracking\r\n\r\n" +
        "Please register Daly Haulage Ltd for us.\r\n\r\nTom\r\n\r\n---------- Forwarded message ---------\r\n" +
        "From: Brian Daly <brian.daly@dalyhaulage.ie>\r\nDate: Mon, 2 Mar 2026\r\nSubject: fleet tracking\r\nTo: Tom Reyes <tom@reyes-consult.ie>\r\n\r\n" +
        "Tom, from Monday Orla Kinsella (orla.kinsella@dalyhaulage.ie) steers the project for us.\r\n\r\nBrian Daly\r\nDaly Haulage Ltd\r\n",
    );
    const r = await parseMessage(raw, { vendorDomains: ["vendor.example"] });
    const email = r.output.registration?.contact.email ?? null;
    expect(email === "orla.kinsella@dalyhaulage.ie" || r.output.missing.includes("contact.email")).toBe(true);
  });
});

// First runs over fresh corpora (held-out 8–23, each read by the parser of its day before anyone
// tuned for it): a name from the subject line alone, without a legal form, was wrong about a
// third of the time, nearly always the partner's short handle for a longer name.
describe("a name read from the subject line alone is checked harder", () => {
  const subject = (text: string, company: string) => audit(text, company, { companyKind: "subject" });

  it("asks for one word without a legal form", () => {
    expect(subject("Bitte Kontakt aufnehmen, die Geschäftsführerin erwartet Ihren Anruf.", "Lindenhof")).toEqual([
      { field: "company.name", reason: "one word from the subject line, without a legal form" },
    ]);
  });

  it("asks when the text writes the handle only as the start of a longer name", () => {
    const doubts = subject(
      "Please register Okafor & Mensah Chartered Surveyors, two offices in Leeds.",
      "Okafor & Mensah",
    );
    expect(doubts.map((d) => d.reason)).toEqual(["the subject's short name: the text writes it longer"]);
  });

  it("keeps a handle the text also writes on its own, or followed by a seat after a comma", () => {
    expect(
      subject("Okafor & Mensah want a demo. Okafor & Mensah Chartered Surveyors is the firm.", "Okafor & Mensah"),
    ).toEqual([]);
    expect(subject("Register pls: Harbourside Dental Care, Plymouth.", "Harbourside Dental Care")).toEqual([]);
  });

  it("keeps a name with a legal form, and completes one written after it", () => {
    expect(subject("Zgłaszam Piekarnię Nowak.", "Piekarnia Nowak Sp. z o.o.")).toEqual([]);
    expect(subject("Pärnu Kodukaubad OÜ, www.parnukodu.ee", "Pärnu Kodukaubad")).toEqual([
      { field: "company.name", reason: "the legal form written after it completes it", fuller: "Pärnu Kodukaubad OÜ" },
    ]);
  });

  it("leaves the same name read from a labelled line alone", () => {
    expect(audit("Company: Lindenhof", "Lindenhof")).toEqual([]);
  });
});

describe("a name written in sentence case, read from its last capitalised words", () => {
  it("takes the words before it when the subject writes them before its first word", () => {
    expect(
      audit("Jde o Zelené\nsady Vrbovec s.r.o. z Tábora.", "Vrbovec s.r.o.", {
        subject: "Tip – Zelené sady Vrbovec",
      }),
    ).toEqual([expect.objectContaining({ field: "company.name", fuller: "Zelené sady Vrbovec s.r.o." })]);
  });

  it("asks when only the domain spells the lower-case word before it", () => {
    const doubts = audit("Chodzi o Nowe sady Wierzbicki sp. j. z Kielc.", "Wierzbicki sp. j.", {
      domain: "sady-wierzbicki.pl",
      subject: "Polecenie",
    });
    expect(doubts).toEqual([expect.objectContaining({ field: "company.name" })]);
    expect(doubts[0]!.fuller).toBeUndefined();
  });

  it("leaves it when nothing says the words before belong to it", () => {
    expect(audit("We met Tomas from Vrbovec s.r.o. last week.", "Vrbovec s.r.o.", { domain: "vrbovec.cz" })).toEqual(
      [],
    );
    expect(
      audit("Jde o Zelené sady Vrbovec s.r.o.", "Vrbovec s.r.o.", { domain: "vrbovec.cz", subject: "Tip: Vrbovec" }),
    ).toEqual([]);
  });
});

describe("a capitalised word glued to an elided particle before the name", () => {
  it("opens the name when the subject writes that word before it", () => {
    expect(
      audit("Es tracta d'Estels Corvina Jocs S.L., un estudi de Lleida.", "Corvina Jocs S.L.", {
        subject: "Registre: Estels Corvina Jocs",
      }),
    ).toEqual([expect.objectContaining({ field: "company.name", fuller: "Estels Corvina Jocs S.L." })]);
  });

  it("asks when nothing says whether it belongs to the name", () => {
    const doubts = audit("Il cliente è l'Atelier Vermiglio Arredi S.r.l. di Ornate.", "Vermiglio Arredi S.r.l.", {
      subject: "Nuova opportunità",
    });
    expect(doubts).toEqual([expect.objectContaining({ field: "company.name" })]);
    expect(doubts[0]!.fuller).toBeUndefined();
  });

  it("leaves a name with no such word before it", () => {
    expect(audit("Il cliente è Vermiglio Arredi S.r.l. di Ornate.", "Vermiglio Arredi S.r.l.")).toEqual([]);
  });
});

describe("a seat after the name is no cut", () => {
  it("when the domain spells the words before the preposition, not the place", () => {
    const text = "Vi segnaliamo lo Studio Arvalli Donesi di Vellano (www.arvallidonesi.it), 12 persone.";
    expect(audit(text, "Studio Arvalli Donesi", { domain: "arvallidonesi.it" })).toEqual([]);
    expect(audit(text, "Studio Arvalli Donesi", { domain: "studiovellano.it" })).toEqual([
      expect.objectContaining({ field: "company.name" }),
    ]);
  });
});

describe("a Turkish name in capitals is asked for: each I may be ı or i", () => {
  it.each([
    ["KAYALI DENIZCILIK A.S.", null],
    ["KARADAG IPLIK LTD. STI.", null],
    ["ORMANLI TEKSTIL", "ormanli.com.tr"],
  ])("%s", (company, domain) => {
    expect(audit(`CO: ${company}`, company, { domain }).map((d) => d.field)).toEqual(["company.name"]);
  });
  it("not one written in small letters, one without an I, nor another country's name in capitals", () => {
    expect(audit("CO: Kayalı Denizcilik A.Ş.", "Kayalı Denizcilik A.Ş.")).toEqual([]);
    expect(audit("CO: KARAKUM TEKSTIL", "KARAKUM TEKSTIL", { domain: "karakum.com" })).toEqual([]);
    expect(audit("CO: KAYA DENEM A.S.", "KAYA DENEM A.S.")).toEqual([]);
  });
});

// First runs over fresh corpora (held-out 12–31, each read by the parser of its day before anyone
// tuned for it): the chosen name's evidence against the rest of the mail.
describe("a name whose evidence the rest of the mail contradicts is asked for", () => {
  const reasons = (text: string, company: string, extra: Partial<Parameters<typeof auditKeyFields>[0]>) =>
    audit(text, company, extra).map((d) => d.reason);

  it("asks for a name read from running text alone that the domain does not spell", () => {
    expect(
      reasons("We spoke with Visitor Services about the kiosks.", "Visitor Services", {
        domain: "brambleholt.ac.uk",
        companyKind: "prose pattern",
      }),
    ).toEqual(["read from prose pattern alone and the domain spells none of it"]);
  });

  it.each([
    // a word of the name, German and Nordic letters as domains spell them
    ["Praxiszentrum Möwenbucht GmbH", "pz-moewenbucht.at"],
    ["Kvist Møbelhus A/S", "kvistmoebelhus.dk"],
    // Icelandic and Faroese letters
    ["Norður Vörður ehf.", "nordurvordur.is"],
    ["Þrasta Smíði ehf.", "thrastasmidi.is"],
    // initials and clipped forms
    ["Kettle Valley Rural Water", "kvrw.org"],
    ["Ostwerk Lindau-Land GmbH", "owll.de"],
    // a clipped form whose last letter comes from the legal form as written
    ["Vlakte Studentebehuising (Edms) Bpk", "vsbhuise.co.za"],
  ])("keeps %s at %s", (company, domain) => {
    expect(reasons(`Bitte ${company} registrieren.`, company, { domain, companyKind: "prose pattern" })).toEqual([]);
  });

  it("leaves a name from a labelled line alone whatever the domain", () => {
    expect(reasons("Company: Visitor Services", "Visitor Services", { domain: "brambleholt.ac.uk" })).toEqual([]);
  });

  it("asks when another reading holds all its words and more", () => {
    expect(
      reasons("Register Ambra Terme Sul Lago please.", "Ambra Lago", {
        domain: "ambralago.it",
        companyKind: "prose pattern",
        companyRivals: [{ value: "Ambra Terme Sul Lago S.r.l.", kind: "signature block" }],
      }),
    ).toEqual(['another reading writes it longer ("Ambra Terme Sul Lago S.r.l.")']);
  });

  it("keeps it beside a subject that only writes its own label before it, or a legal form after", () => {
    const extra = { domain: "ambralago.it", companyKind: "prose pattern" as const };
    expect(
      reasons("Register Ambra Lago S.r.l. please.", "Ambra Lago S.r.l.", {
        ...extra,
        companyRivals: [
          { value: "Dealanmeldung Ambra Lago", kind: "subject" },
          { value: "Ambra Lago", kind: "subject" },
        ],
      }),
    ).toEqual([]);
  });

  it("asks for a name from the subject when a signature or card names another firm with its legal form", () => {
    expect(
      reasons("Intro to the team at Quill Harbour Homes.", "Quill Harbour Homes", {
        domain: "quillharbourhomes.com.my",
        companyKind: "subject",
        companyRivals: [{ value: "QHH Estates Sdn. Bhd.", kind: "vCard" }],
      }),
    ).toEqual(['another firm is named with its legal form ("QHH Estates Sdn. Bhd.")']);
  });

  it("asks when the text marks another name as the registered entity", () => {
    expect(
      reasons("Gullstream Lets Holdings Ltd (company no. 0481516), trading as Seabreeze Lets.", "Seabreeze Lets", {
        domain: "seabreezelets.co.uk",
      }),
    ).toEqual(['the text marks another name as the registered entity ("Gullstream Lets Holdings Ltd")']);
  });

  it("asks for an acronym the text spells out", () => {
    expect(
      reasons("Regards,\nCarla\nInstituto Técnico do Vale Norte\nITVN", "ITVN", { domain: "itvn.edu.br" }),
    ).toEqual(['an acronym the text spells out ("Instituto Técnico do Vale Norte")']);
    expect(reasons("Regards,\nCarla\nITVN", "ITVN", { domain: "itvn.edu.br" })).toEqual([]);
  });

  it.each([
    // a legal form with a slash cut at the slash
    ["Kontakt: Holmvik Nord A/S, Aalborg", "Holmvik Nord A"],
    // a dotted legal form that goes on with more dotted capitals
    ["Es Grupo Caleta Azul, S.A.P.I. de C.V. en Nayarit.", "Grupo Caleta Azul, S.A."],
  ])("%s: %s was cut", (text, company) => {
    expect(audit(text, company).map((d) => d.field)).toEqual(["company.name"]);
  });
});

describe("what is no company name at all is asked for", () => {
  it.each([
    ["Web Contact Role Email Stage", "the labels of a table's header row, not a name"],
    ["Head of Fleet Services", "a job title, not a company"],
    ["Dombora Hegyi Kft.-vel", "a grammatical ending glued to the legal form"],
    ["Kivirinta Oy:n", "a grammatical ending glued to the legal form"],
  ])("%s", (company, reason) => {
    expect(audit(`Re: ${company}`, company, { domain: "lakevale.example" }).map((d) => d.reason)).toEqual([reason]);
  });

  it("keeps a firm whose name holds a trade the domain spells", () => {
    expect(audit("Estudio Contable Ruiz", "Estudio Contable Ruiz", { domain: "estudioruiz.com" })).toEqual([]);
  });
});

describe("a name written with its own address after a registering phrase is the person, not the firm", () => {
  it.each([
    "New lead: Petra Vallin, petra.vallin@freemail.example, runs two kilns.",
    "Маємо новий лід: Остап Гнатюк, ostap.hnatiuk@poshta.example, веде дві пасіки.",
    "Новый лид: Олег Сурков (oleg_surkov@pochta.example), две пекарни.",
  ])("%s", (text) => {
    expect(namesAfterRegistering(text)).toEqual([]);
  });

  it.each([
    // the firm, then its person's address: a different name
    ["New lead: Vallin Pottery, petra.vallin@freemail.example, two kilns.", "Vallin Pottery"],
    ["Новий лід: Пасіка Гнатюк, ostap.hnatiuk@poshta.example", "Пасіка Гнатюк"],
  ])("%s → %s", (text, name) => {
    expect(namesAfterRegistering(text).map((n) => n.name)).toContain(name);
  });
});
