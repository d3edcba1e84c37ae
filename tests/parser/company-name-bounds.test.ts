// Where a company's name starts and ends: the hurried register cues with a colon, a legal form of
// several words after a comma in a signature, and a long Romance name with its joining words.
import { describe, expect, it } from "vitest";
import { findCompanyCandidates } from "../../services/parser/extract/company.ts";
import { organizationFromSignature } from "../../services/parser/extract/organization.ts";
import { withoutSeatPlace } from "../../services/parser/extract/pick-company.ts";

const top = (own: string) =>
  findCompanyCandidates({ own, subject: "new lead", domain: null, excluded: [], excludedDomains: [] })[0];

describe("a register cue with a colon before the name", () => {
  it.each([
    ["hi, pls register: Vellmark Tiling (tiles, 6 vans), contact Ada Roe", "Vellmark Tiling"],
    ["reg pls: Corvane Bay Suites / desk@corvane.example / no name yet", "Corvane Bay Suites"],
    ["hi pls reg: Lornwick Players (amateur theatre), contact Sam Ives", "Lornwick Players"],
    ["reg: Fennimore Brick Works - contact Ola Berg", "Fennimore Brick Works"],
  ])("%s", (own, name) => {
    expect(top(own)).toMatchObject({ name, why: "register" });
  });

  it("a man called Reg is no cue", () => {
    expect(top("Reg Hollins from Vellmark Tiling called me")?.why).not.toBe("register");
  });
});

describe("a signature's organisation", () => {
  const org = (sig: string, domain: string | null = null) =>
    organizationFromSignature(sig, { domain, personName: "Ada Roe" });

  it("keeps a legal form of several words after its comma", () => {
    expect(org("Ada Roe\nGerente Comercial\nViajes Corvane del Sur, S.A. de C.V.\nTel. 55 1234")).toBe(
      "Viajes Corvane del Sur, S.A. de C.V.",
    );
  });

  it("reads a long name with the short joining words of a Romance language", () => {
    expect(org("Ada Roe\nGerente Comercial\nRed Vellmar de Agentes de Seguros S.A.S.\nCra. 4 # 1-50")).toBe(
      "Red Vellmar de Agentes de Seguros S.A.S.",
    );
  });
});

describe("a name in sentence case before a Slavic legal form", () => {
  it.each([
    ["posielam novú príležitosť: Vodné hry Trnavka s.r.o., 12 zamestnancov", "Vodné hry Trnavka s.r.o."],
    ["zgłaszam – Zakład usług Wernicki Sp. z o.o., Opole", "Zakład usług Wernicki Sp. z o.o."],
    ["nova prilika: Servis vozila Dubrava d.o.o. iz Zadra", "Servis vozila Dubrava d.o.o."],
  ])("%s", (own, name) => {
    expect(top(own)?.name).toBe(name);
  });

  it("starts at the first capital without a colon or dash before the words, or after a label", () => {
    expect(top("we met Trnavka s.r.o. today")?.name).toBe("Trnavka s.r.o.");
    expect(top("Firma: Vodné hry Trnavka s.r.o.")?.name).toBe("Vodné hry Trnavka s.r.o.");
    expect(top("Note: Please register Trnavka s.r.o. for us")?.name).toBe("Trnavka s.r.o.");
  });
});

describe("lower-case words before a legal form of a sentence-case language", () => {
  it.each([
    ["naš klijent Pekara Vrbanić i kćeri d.o.o. (www.vrbanic.example) traži ponudu", "Pekara Vrbanić i kćeri d.o.o."],
    ["nový klient: Kovárna Bělský a synové s.r.o., Tábor", "Kovárna Bělský a synové s.r.o."],
  ])("%s", (own, name) => {
    expect(top(own)?.name).toBe(name);
  });

  it("not before a form of another language, nor a sentence going on", () => {
    expect(top("we met Vellmark Tiling and partners Ltd today")?.name ?? "").not.toMatch(/partners/);
    expect(top("naš klijent Pekara Vrbanić ima problem s narudžbama")?.name ?? "").not.toMatch(/ima/);
  });
});

describe("the Turkish 've' (and) inside a name", () => {
  it("joins the name's parts", () => {
    expect(top("Yeni fırsat: Parlak Göz ve Kulak Sağlık Hizmetleri A.Ş., İzmir")?.name).toBe(
      "Parlak Göz ve Kulak Sağlık Hizmetleri A.Ş.",
    );
  });
});

describe("a trade in brackets before the legal form", () => {
  it.each([
    ["Marsh & Doyle (Joiners) Ltd is a family firm in Leeds.", "Marsh & Doyle (Joiners) Ltd"],
    [
      "We are introducing Fenwick Brothers (Haulage Services) Limited, 40 lorries.",
      "Fenwick Brothers (Haulage Services) Limited",
    ],
  ])("%s", (own, name) => {
    expect(top(own)?.name).toBe(name);
  });

  it("a bracket after the name without a legal form is no part of it", () => {
    expect(top("We are introducing Fenwick Brothers (Leeds) next week.")?.name ?? "").not.toMatch(/\(/);
  });
});

describe("a seat after the name, as the domain tells it", () => {
  it.each([
    ["Studio Tecnico Arvalli Donesi di Vellano", "arvallidonesi.it", "Studio Tecnico Arvalli Donesi"],
    ["Centro Fitness Quarzo Blu di Ornate", "quarzoblu.example", "Centro Fitness Quarzo Blu"],
    ["Taller Mecánico Hermanos Orvea de Valdemora", "hermanosorvea.es", "Taller Mecánico Hermanos Orvea"],
  ])("%s at %s ends before the place", (name, domain, head) => {
    expect(withoutSeatPlace(name, domain)).toBe(head);
  });

  it.each([
    // no domain to tell
    ["Studio Tecnico Arvalli Donesi di Vellano", null],
    // the domain spells the place too: part of the name
    ["Asociación Civil Teatro del Orvalle", "teatrodelorvalle.example"],
    // the domain's words do not close the words before the preposition
    ["Seguros Orvea Vale – Cooperativa de Seguros", "orveavale.example"],
    // a public body is named with its place
    ["Comune di Vellano Alto di Sopra", "vellanoalto.example"],
    // a legal form closes it
    ["Arvalli Donesi Servizi di Vellano S.r.l.", "arvallidonesi.it"],
  ])("%s at %s is left whole", (name, domain) => {
    expect(withoutSeatPlace(name, domain)).toBe(name);
  });
});

describe("a descriptive part after a dash, closed by the legal form, in prose", () => {
  it.each([
    [
      "Venho registar uma oportunidade com a Lumivar – Reparação de Estores, Lda. (www.lumivar.example), de Tavira.",
      "Lumivar – Reparação de Estores, Lda.",
    ],
    ["Please register Corvane - Garden Services Ltd, a landscaper with 9 crews.", "Corvane - Garden Services Ltd"],
  ])("%s", (own, name) => {
    expect(top(own)?.name).toBe(name);
  });

  it("leaves a name alone when no legal form closes the part after the dash", () => {
    expect(top("Please register Corvane Gardens - nine crews, two depots")?.name).toBe("Corvane Gardens");
  });

  it("does not join a title before the dash to the firm", () => {
    expect(top("Please talk to the Managing Director – Vellmark Tiling Ltd")?.name).not.toMatch(/Director/);
  });
});

describe("a dotted legal form ends the name before the next sentence", () => {
  it.each([
    [
      "Les presento una clínica: Clínica Dental Norvela S.A. Ellos quieren agenda online.",
      "Clínica Dental Norvela S.A.",
    ],
    ["New lead: Harwick Tooling Ltd. They run three sites.", "Harwick Tooling Ltd."],
    ["Registrem a Padaria Corvello Lda. Eles querem faturar online.", "Padaria Corvello Lda."],
  ])("%s", (own, name) => {
    expect(top(own)?.name).toBe(name);
  });

  it.each([
    // a legal form after the dotted one: the name goes on to it
    ["Please register Harwick Tooling Co. Ltd for us.", "Harwick Tooling Co. Ltd"],
    // a lower-case word after the form ends the run on its own
    ["Registramos Ferretería Calvine S.A. de C.V. para ustedes.", "Ferretería Calvine S.A. de C.V."],
  ])("keeps %s", (own, name) => {
    expect(top(own)?.name).toBe(name);
  });
});

describe("a name at a line's end does not run into the next line's label", () => {
  it.each([
    [
      "Quisiera registrar esta escuela:\n\nEscuela de Vela Bahía Norvela\nContacto: Ada Roe\nCorreo: ada@example.com",
      "Escuela de Vela Bahía Norvela",
    ],
    ["pls register: Harwick Rowing Club\nContact: Ada Roe\n", "Harwick Rowing Club"],
    ["neuer Lead: Ruderverein Kalmbach Süd\nAnsprechpartner: Ada Roe", "Ruderverein Kalmbach Süd"],
  ])("%s", (own, name) => {
    expect(top(own)?.name).toBe(name);
  });

  it("a capitalised word without a colon after it still belongs to the name", () => {
    expect(top("We'd like to register Harwick Rowing\nClub for their members")?.name).toBe("Harwick Rowing Club");
  });
});
