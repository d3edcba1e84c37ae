// Causes of the first runs over held-out 20 (procurement software, 15 countries) and 21 (hotel
// revenue software, Iberia, Latin America, Turkey, South-East Asia), each written here in other
// words, names and languages than the mails that showed them.
import { describe, expect, it } from "vitest";
import { findCompanyCandidates } from "../../services/parser/extract/company.ts";
import { auditKeyFields } from "../../services/parser/extract/key-field-audit.ts";
import { findLabelled } from "../../services/parser/extract/labels.ts";
import { LEGAL_SUFFIX_RE, organizationFromSignature } from "../../services/parser/extract/organization.ts";
import { findPersonMentions, roleNear } from "../../services/parser/extract/people.ts";
import { parseMessage } from "../../services/parser/parse-message.ts";
import { pastedRowsAsLabels } from "../../services/parser/text/tables.ts";
import { plainMail } from "../helpers/plain-mail.ts";

const opts = { vendorDomains: ["vendor.example"] };
const best = (own: string, subject: string, domain: string | null = null) =>
  findCompanyCandidates({ own, subject, domain, excluded: [], excludedDomains: [] })[0]?.name;
const audit = (text: string, company: string) =>
  auditKeyFields({ text, company, domain: null, contactName: null, contactEmail: null });
const labelled = (text: string) => findLabelled(text).map((l) => [l.field, l.value]);

describe("a typed form's dot leaders part a label from its value", () => {
  it("reads runs of dots, an ellipsis and one dot between blanks as the separator", () => {
    expect(
      labelled(
        [
          "  Firma ............... Nordhang Bau GmbH",
          "  Webseite ............ www.nordhang-bau.de",
          "  Ansprechpartner . Frau Eva Lind",
          "  Position ………… Prokuristin",
          "  E-Mail .....: eva.lind@nordhang-bau.de",
        ].join("\n"),
      ),
    ).toEqual([
      ["company", "Nordhang Bau GmbH"],
      ["website", "www.nordhang-bau.de"],
      ["contactName", "Frau Eva Lind"],
      ["role", "Prokuristin"],
      ["email", "eva.lind@nordhang-bau.de"],
    ]);
  });

  it("keeps a dash inside the value and reads a dash alone as no value", () => {
    expect(labelled("Razón social ...... Olivar Alto – Sociedad Agraria, S.L.\nCompetidores ..... —")).toEqual([
      ["legalName", "Olivar Alto – Sociedad Agraria, S.L."],
      ["competitors", null],
    ]);
  });

  it("leaves abbreviations and prose with dots alone", () => {
    expect(labelled("Mr. Dawson called. Company... well, they have not decided yet")).toEqual([]);
    expect(labelled("see approx. 40 sites . more later")).toEqual([]);
  });
});

describe("legal forms of more countries close a name", () => {
  it.each([
    // Mexico: sociedad anónima promotora de inversión / bursátil, S. de R.L. (de C.V. or M.I.)
    ["nuevo cliente: Hoteles Costa Dorada, S.A.P.I. de C.V. en Cancún", "Hoteles Costa Dorada, S.A.P.I. de C.V."],
    ["Nos escribió Cementos del Bajío S.A.B. de C.V. ayer", "Cementos del Bajío S.A.B. de C.V."],
    ["trabajamos con Talleres Ruiz, S. de R.L. M.I. en Toluca", "Talleres Ruiz, S. de R.L. M.I."],
    // Turkey: limited şirketi
    ["Karadeniz Gıda Sanayi Ltd. Şti. wants a demo", "Karadeniz Gıda Sanayi Ltd. Şti."],
    // Romania and Argentina write the upper-case S.R.L.
    ["Client nou: Carpați Mobila S.R.L. din Cluj", "Carpați Mobila S.R.L."],
    // Hungary, Greece, Italian co-operatives, Romania without dots
    ["új ügyfél: Dunamenti Malom Zrt. (Győr)", "Dunamenti Malom Zrt."],
    ["the buyer is Balaton Vendég Kft. in Siófok", "Balaton Vendég Kft."],
    ["new lead Aegean Blue Villas IKE - 12 villas", "Aegean Blue Villas IKE"],
    [
      "ci segnala la Cantina Colli Modenesi Soc. Coop. Agricola di Modena",
      "Cantina Colli Modenesi Soc. Coop. Agricola",
    ],
    ["client nou: Mobila Bihor SRL din Oradea", "Mobila Bihor SRL"],
    // Portugal: a one-person company after a comma
    ["Conheci a Tasca Boa Mesa, Unipessoal Lda - 3 restaurantes", "Tasca Boa Mesa, Unipessoal Lda"],
  ])("%s", (text, name) => {
    expect(best(text, "new lead")).toBe(name);
    expect(LEGAL_SUFFIX_RE.test(` ${name}`)).toBe(true);
  });
});

describe("a capitalised run that crosses a sentence end", () => {
  it("still gives the name in the second sentence", () => {
    expect(best("We met them last week in Porto.\n\nVinhos Serra Alta Ltda. runs two wineries.", "intro")).toBe(
      "Vinhos Serra Alta Ltda.",
    );
  });

  it("leaves out a label written on the line above the name", () => {
    expect(best("2. Customer\n   Harbour Freight Lines Ltd – shipping, 300 staff", "Harbour Freight Lines Ltd")).toBe(
      "Harbour Freight Lines Ltd",
    );
  });
});

describe("a name and its legal form at a line's end or before a Nordic 'i'", () => {
  it("ends the name there", () => {
    expect(best("Cliente: Ferramenta Rossi S.R.L.\nWebsite: ferramentarossi.it", "nuovo")).toBe(
      "Ferramenta Rossi S.R.L.",
    );
    expect(best("Västkust Fisk AB i Göteborg köper in från 40 båtar", "Lead")).toBe("Västkust Fisk AB");
  });

  it("while a Croatian or Catalan 'i' joins two words of one name", () => {
    expect(best("novi kupac: Kamp i Hotel Jadran d.o.o., web jadran.hr", "reg")).toBe("Kamp i Hotel Jadran d.o.o.");
    expect(best("client nou: Forn i Pastisseria Sala S.L. a Vic", "reg")).toBe("Forn i Pastisseria Sala S.L.");
  });
});

describe("a legal form ends the name for the audit too", () => {
  it("so a seat after it is no cut", () => {
    expect(
      audit("ci segnala la Cantina Colli Soc. Coop. Agricola di Modena.", "Cantina Colli Soc. Coop. Agricola"),
    ).toEqual([]);
  });

  it("unless the words after it reach another legal form", () => {
    expect(audit("Die Holzbau Meier GmbH & Co. KG aus Ulm", "Holzbau Meier GmbH").map((d) => d.field)).toEqual([
      "company.name",
    ]);
  });
});

describe("people's names and titles", () => {
  const names = (t: string) => findPersonMentions(t).map((p) => p.name);
  it("reads a double surname after O' and a surname after an elided article", () => {
    expect(names("Lunch with Aoife O'Brien-Walsh, she runs purchasing")).toContain("Aoife O'Brien-Walsh");
    expect(names("La referente è la dott.ssa Chiara Dell'Acqua, responsabile acquisti")).toContain("Chiara Dell'Acqua");
  });

  it("drops a label word written before the name without its colon", () => {
    expect(names("Llamar a: Kontakt Jana Berg, Einkauf")).toContain("Jana Berg");
    expect(names("Contacto Inés Prado Roldán, directora")).toContain("Inés Prado Roldán");
  });

  it("drops the next line's label that a colon follows", () => {
    expect(names("Contact: Ewa Nowak-Lis\nPozícia: vedúca nákupu")).toEqual(["Ewa Nowak-Lis"]);
  });

  it("ends a title before 'over at' the firm", () => {
    const t = "Met Rosa Lind last week, she's VP Procurement over at Nordkap Foods";
    const m = findPersonMentions(t).find((p) => p.name === "Rosa Lind")!;
    expect(roleNear(t, m)).toBe("VP Procurement");
  });
});

describe("a chosen short form the text writes longer", () => {
  it("takes the name continued up to its legal form", () => {
    expect(audit("Hemos visitado Olivar Alto Agrícola Sociedad S.L. el lunes.", "Olivar Alto")).toEqual([
      expect.objectContaining({ field: "company.name", fuller: "Olivar Alto Agrícola Sociedad S.L." }),
    ]);
    expect(audit("Yeni müşteri Boğaz Yapı Malzemeleri Ltd. Şti. (İzmir)", "Boğaz Yapı")).toEqual([
      expect.objectContaining({ fuller: "Boğaz Yapı Malzemeleri Ltd. Şti." }),
    ]);
  });

  it("takes it also when the short form is written beside it", () => {
    expect(audit("Fjordlys Hytter Utleie AS is the buyer. Fjordlys Hytter runs 30 cabins.", "Fjordlys Hytter")).toEqual(
      [expect.objectContaining({ fuller: "Fjordlys Hytter Utleie AS" })],
    );
  });

  it("asks when the text continues it in two different ways", () => {
    const doubts = audit("Olivar Alto Agrícola S.L. and Olivar Alto Bodegas S.L. are sister firms.", "Olivar Alto");
    expect(doubts.map((d) => d.field)).toEqual(["company.name"]);
    expect(doubts[0]!.fuller).toBeUndefined();
  });

  it("takes a business noun written capitalised right before it", () => {
    expect(audit("Pls log Restaurant Le Phare (Brest), chef Yann Kerouac", "Le Phare")).toEqual([
      expect.objectContaining({ fuller: "Restaurant Le Phare" }),
    ]);
    expect(audit("Registrar: Clínica San Roque, Dra. Paz", "San Roque")).toEqual([
      expect.objectContaining({ fuller: "Clínica San Roque" }),
    ]);
  });

  it("leaves a name that carries its noun already, or a lower-case noun before it", () => {
    expect(audit("Es director del Hotel Mirador, en Málaga.", "Hotel Mirador")).toEqual([]);
    expect(audit("the hotel Mirador Alto has 40 rooms", "Mirador Alto")).toEqual([]);
  });
});

describe("whole mails", () => {
  it("a subject's short name under a body that writes it with the business noun", async () => {
    const parsed = await parseMessage(
      plainMail(
        "Sol de Mayo",
        "Por favor registrar: Posada Sol de Mayo (Tilcara, Jujuy). Contacto Marta Quispe, dueña, marta@soldemayo.com.ar. Llamada el jueves.",
      ),
      opts,
    );
    expect(parsed.output.registration?.company.name).toBe("Posada Sol de Mayo");
  });

  it("the prose's article before a name the subject writes without it", async () => {
    const parsed = await parseMessage(
      plainMail(
        "Alta de oportunidad - Óptica Miramar",
        "La Óptica Miramar S.L. (Vigo, 3 tiendas, www.opticamiramar.es) lleva el stock en papel. La gerente es Lucía Pazos (lucia@opticamiramar.es). Reunión el martes.",
      ),
      opts,
    );
    expect(parsed.output.registration?.company.name).toBe("Óptica Miramar S.L.");
  });

  it("a dot-leader form", async () => {
    const parsed = await parseMessage(
      plainMail(
        "Registo",
        "Registo de oportunidade\n\n  Empresa ........... Adega Vale Escuro – Vinhos, S.A.\n  Site .............. https://valeescuro.pt\n  Pessoa de contacto . Eng. Nuno Brito\n  E-mail ............ nuno.brito@valeescuro.pt\n\nObrigado,\nLena",
      ),
      opts,
    );
    expect(parsed.output.registration?.company).toEqual({
      name: "Adega Vale Escuro – Vinhos, S.A.",
      domain: "valeescuro.pt",
    });
    expect(parsed.output.registration?.contact.email).toBe("nuno.brito@valeescuro.pt");
    expect(parsed.output.missing).toEqual([]);
  });
});

describe("a business named by its type noun", () => {
  it("is no person", () => {
    expect(
      findPersonMentions("Quinta Vale Formoso, 9 quartos no Douro. O dono é Rui Teles.").map((p) => p.name),
    ).toEqual(["Rui Teles"]);
  });

  it("is a candidate when it opens a name of three words or more", () => {
    expect(
      best("Te paso uno nuevo.\n\nHostal Las Gaviotas, 14 habitaciones en Cádiz.", "Alta - Hostal Las Gaviotas"),
    ).toBe("Hostal Las Gaviotas");
  });
});

describe("the subject's name heading a line of the text", () => {
  it("is the company the partner introduces", () => {
    expect(
      best(
        "Hello team,\n\nKaveri Spinning Mills - 200 suppliers, all on phone and WhatsApp.",
        "Registration - Kaveri Spinning Mills",
      ),
    ).toBe("Kaveri Spinning Mills");
  });

  it("but not when the line goes on to a bracket that the legal form follows", () => {
    const found = findCompanyCandidates({
      own: "Hi,\n\nGlenarm Growers (NI) Ltd - glenarm.example",
      subject: "New deal - Glenarm Growers (NI)",
      domain: null,
      excluded: [],
      excludedDomains: [],
    });
    expect(found.filter((c) => c.why === "heads a line")).toEqual([]);
  });
});

describe("whole mails: the partner and a business's mailbox", () => {
  it("the person before the firm in a display name, the firm spelt by the domain in the text", async () => {
    const parsed = await parseMessage(
      plainMail(
        "Nuovo lead",
        "Ciao, qui Paolo di Tecnoalpi. Vi segnalo Segheria Valle Stura S.r.l. (www.segheriavallestura.it), referente Anna Giraudo, anna.giraudo@segheriavallestura.it. Chiamata giovedì.\n\nPaolo",
        '"Paolo Ferrero - Tecnoalpi" <paolo@tecnoalpi.it>',
      ),
      opts,
    );
    expect(parsed.output.partner).toEqual({
      email: "paolo@tecnoalpi.it",
      name: "Paolo Ferrero",
      organization: "Tecnoalpi",
    });
  });

  it("a free-mail address named after the business stays the contact's address", async () => {
    const parsed = await parseMessage(
      plainMail(
        "Contacto nuevo - Hostal El Ñire",
        "Les paso un contacto nuevo.\n\nHostal El Ñire, 6 cuartos en El Bolsón. La dueña es Marta Quiroga, escribe desde hostalelnire@gmail.com. Quiere dejar de poner precios a mano.\n\nSaludos",
      ),
      opts,
    );
    expect(parsed.output.registration?.contact).toMatchObject({
      name: "Marta Quiroga",
      email: "hostalelnire@gmail.com",
      role: "dueña",
    });
  });
});

describe("a label word inside a capitalised pair", () => {
  it("makes it no person ('Unser Ansprechpartner ist …')", () => {
    expect(findPersonMentions("Unser Ansprechpartner ist der Leiter Einkauf, Daten in der vCard.")).toEqual([]);
  });

  it("but a company label word may be a surname", () => {
    expect(findPersonMentions("pls log Harbour Fresh - Lan Ngo lan@harbourfresh.example").map((p) => p.name)).toContain(
      "Lan Ngo",
    );
  });
});

describe("a Markdown or tracker row between bars", () => {
  it("is read as labelled values under its header", () => {
    const text = pastedRowsAsLabels(
      [
        "New row from our tracker:",
        "| Account | Website | Contact | Title | Email |",
        "|---|:---:|---|---|---|",
        "| Rivermead Dairies Ltd | rivermead.example | Oona Blake | Head - Sourcing | oona@rivermead.example |",
        "Thanks",
      ].join("\n"),
    ).text;
    expect(labelled(text)).toEqual([
      ["company", "Rivermead Dairies Ltd"],
      ["website", "rivermead.example"],
      ["contactName", "Oona Blake"],
      ["role", "Head - Sourcing"],
      ["email", "oona@rivermead.example"],
    ]);
  });
});

describe("whole mails: a contact card without an address", () => {
  it("names the contact when its website is the prospect's", async () => {
    const card = [
      "BEGIN:VCARD",
      "VERSION:3.0",
      "FN:Arnav Desai",
      "ORG:Konkan Coast Retreats Pvt Ltd",
      "TITLE:Managing Director",
      "TEL;TYPE=cell:+91 98200 11223",
      "URL:https://konkancoast.in",
      "END:VCARD",
    ].join("\r\n");
    const raw = Buffer.from(
      [
        "From: Lena Hart <lena@northgate-partners.example.com>",
        "To: partners@vendor.example",
        "Subject: new lead",
        "MIME-Version: 1.0",
        'Content-Type: multipart/mixed; boundary="b1"',
        "",
        "--b1",
        "Content-Type: text/plain; charset=utf-8",
        "",
        "New lead, card attached - he uses no e-mail, phone only. Please register.",
        "",
        "Lena",
        "--b1",
        'Content-Type: text/vcard; name="arnav.vcf"',
        'Content-Disposition: attachment; filename="arnav.vcf"',
        "",
        card,
        "--b1--",
        "",
      ].join("\r\n"),
    );
    const parsed = await parseMessage(raw, opts);
    expect(parsed.output.registration?.contact).toMatchObject({
      name: "Arnav Desai",
      email: null,
      role: "Managing Director",
      phone: "+91 98200 11223",
    });
  });
});

describe("titles in more languages and short forms", () => {
  const at = (text: string, name: string) => roleNear(text, { name, index: text.indexOf(name) });
  it("reads Croatian, Romanian and German short titles beside a name", () => {
    expect(at("Kontakt je Ana Kovač, Voditeljica nabave, ana.kovac@jadran.hr", "Ana Kovač")).toBe("Voditeljica nabave");
    expect(at("Persoana este Mihai Pop, Directoare vânzări, la Cluj", "Mihai Pop")).toBe("Directoare vânzări");
    expect(at("bitte anlegen: GF Jonas Pichler, jonas@pichler-holz.at", "Jonas Pichler")).toBe("GF");
    expect(at("we met Ravi Iyer, team leader, at the fair", "Ravi Iyer")).toBe("team leader");
  });

  it("reads a Romanian form's labels", () => {
    expect(
      labelled(
        "Companie: Moara Someș S.R.L.\nPersoană de contact: Ana Pop\nFuncție: Director Achiziții\nSite: moarasomes.ro",
      ),
    ).toEqual([
      ["company", "Moara Someș S.R.L."],
      ["contactName", "Ana Pop"],
      ["role", "Director Achiziții"],
      ["website", "moarasomes.ro"],
    ]);
  });
});

describe("a partner's firm named with Spanish or Portuguese firm words", () => {
  it("is read from the signature line beside the title", () => {
    const sig = "Saludos,\nLucía Prieto\nJefa de Cuentas | Soluciones Digitales del Sur\nRosario";
    expect(organizationFromSignature(sig, { domain: "sdsur.com.ar", personName: "Lucía Prieto" })).toBe(
      "Soluciones Digitales del Sur",
    );
    const pt = "Abraço,\nJoão Lima\nGestor de Contas | Serviços Hoteleiros do Norte";
    expect(organizationFromSignature(pt, { domain: "shn.pt", personName: "João Lima" })).toBe(
      "Serviços Hoteleiros do Norte",
    );
  });
});
