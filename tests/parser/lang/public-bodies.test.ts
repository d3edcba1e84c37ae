// The kinds of public body (services/parser/lang/public-bodies.ts): each kind written before or
// after a name is read as part of it, in made-up names; and the company readers around them (a
// short form by initials, a dotted form after a comma, the partner's own name) in other words.
import { describe, expect, it } from "vitest";
import { findCompanyCandidates } from "../../../services/parser/extract/company.ts";
import { abbreviates, withoutPlaceAfter } from "../../../services/parser/extract/pick-company.ts";
import {
  PUBLIC_BODY_AFTER_RE,
  PUBLIC_BODY_BEFORE_RE,
  PUBLIC_BODY_HEAD_RE,
  publicBodies,
} from "../../../services/parser/lang/public-bodies.ts";

const names = (own: string, subject = "") =>
  findCompanyCandidates({ own, subject, domain: null, excluded: [], excludedDomains: [] }).map((c) => c.name);

/** one made-up name per kind, written as the language joins them */
const BEFORE: Record<string, Array<[string, string]>> = {
  fr: [
    ["Communauté de communes", "Communauté de communes du Pays de Brennelac"],
    ["Communauté d'agglomération", "Communauté d'agglomération de Morvillon"],
    ["Communauté urbaine", "Communauté urbaine de Castelnord"],
    ["Syndicat mixte", "Syndicat mixte des Eaux Claires"],
    ["Syndicat intercommunal", "Syndicat intercommunal de la Vallée Ormande"],
    ["Conseil départemental", "Conseil départemental de la Haute-Brenne"],
    ["Conseil régional", "Conseil régional des Marches Ocres"],
    ["Ville", "Ville de Montferrier"],
    ["Commune", "Commune d'Aubrelle"],
    ["Mairie", "Mairie de Saint-Ouvrand"],
  ],
  en: [
    ["City", "City of Harrowfield"],
    ["Town", "Town of Millbeck"],
    ["County", "County of Wexmoor"],
    ["Borough", "Borough of Ashgrove"],
    ["Village", "Village of Pellham Cross"],
    ["Municipality", "Municipality of the Brandvale District"],
  ],
  it: [
    ["Comune", "Comune di Valdorso"],
    ["Provincia", "Provincia di Montelupo"],
    ["Unione dei Comuni", "Unione dei Comuni della Valle Scura"],
    ["Unione Montana", "Unione Montana dei Colli Alti"],
    ["Città metropolitana", "Città metropolitana di Portoreale"],
    ["Consorzio", "Consorzio dei Rifiuti Padani"],
  ],
  es: [
    ["Ayuntamiento", "Ayuntamiento de Torreseca"],
    ["Mancomunidad", "Mancomunidad de Aguas del Campo Alto"],
    ["Diputación Provincial", "Diputación Provincial de Valdoria"],
    ["Diputación", "Diputación de Montecruz"],
    ["Concello", "Concello de Riobranco"],
    ["Ajuntament", "Ajuntament de Vilaclara"],
    ["Cabildo", "Cabildo de La Isleta"],
  ],
  pt: [
    ["Câmara Municipal", "Câmara Municipal de Vale Fundo"],
    ["Prefeitura Municipal", "Prefeitura Municipal de Serra Azul"],
    ["Prefeitura", "Prefeitura de Morro Verde"],
    ["Município", "Município da Ribeira Alta"],
    ["Junta de Freguesia", "Junta de Freguesia do Outeiro"],
  ],
  de: [
    ["Gemeinde", "Gemeinde Lindachtal"],
    ["Marktgemeinde", "Marktgemeinde Obersteig"],
    ["Stadtgemeinde", "Stadtgemeinde Weißenau"],
    ["Ortsgemeinde", "Ortsgemeinde Haselroth"],
    ["Einwohnergemeinde", "Einwohnergemeinde Birchwil"],
    ["Verbandsgemeinde", "Verbandsgemeinde Kallenfeld"],
    ["Landkreis", "Landkreis Mooswald"],
    ["Zweckverband", "Zweckverband Wasser Nordheide"],
  ],
  nl: [
    ["Gemeente", "Gemeente Breevoort"],
    ["Provincie", "Provincie Oostmark"],
    ["Waterschap", "Waterschap Lage Venen"],
  ],
  pl: [
    ["Gmina", "Gmina Brzozówka"],
    ["Urząd Miasta", "Urząd Miasta Lipiny"],
    ["Urząd Gminy", "Urząd Gminy Dębice"],
    ["Starostwo Powiatowe", "Starostwo Powiatowe Kamionka"],
  ],
  ro: [
    ["Primăria", "Primăria Dealu Mic"],
    ["Primaria", "Primaria Valea Seacă"],
    ["Consiliul Județean", "Consiliul Județean Munteni"],
    ["Consiliul Local", "Consiliul Local Plopeni"],
  ],
  cs: [
    ["Obec", "Obec Lipová Lhota"],
    ["Město", "Město Horní Brod"],
    ["Městský úřad", "Městský úřad Dolany"],
    ["Obecní úřad", "Obecní úřad Březí"],
  ],
};

const AFTER: Record<string, Array<[string, string]>> = {
  nordic: [
    ["kommune", "Fjellbygd kommune"],
    ["kommun", "Sjöviks kommun"],
    ["fylkeskommune", "Nordfjell fylkeskommune"],
    ["regionkommune", "Vestskov regionkommune"],
    ["kunta", "Järvelän kunta"],
    ["stad", "Vikholms stad"],
    ["kaupunki", "Lahdenperän kaupunki"],
  ],
};

describe("every kind of public body has an example", () => {
  it.each(Object.entries(publicBodies))("%s", (lang, kinds) => {
    expect(kinds.before.map(String).sort()).toEqual((BEFORE[lang] ?? []).map(([k]) => k).sort());
    expect(kinds.after.map(String).sort()).toEqual((AFTER[lang] ?? []).map(([k]) => k).sort());
  });
});

describe.each(Object.entries(BEFORE))("a kind written before the name (%s)", (_lang, rows) => {
  it.each(rows)("%s: %s", (_kind, name) => {
    const kindAndJoin = PUBLIC_BODY_HEAD_RE.exec(name)?.[0];
    expect(kindAndJoin).toBeTruthy();
    expect(PUBLIC_BODY_BEFORE_RE.test(`Last week we met the ${kindAndJoin}`)).toBe(true);
  });
});

describe.each(Object.entries(AFTER))("a kind written after the name (%s)", (_lang, rows) => {
  it.each(rows)("%s: %s", (kind, name) => {
    const place = name.slice(0, name.length - kind.length);
    expect(PUBLIC_BODY_AFTER_RE.test(name.slice(place.trimEnd().length))).toBe(true);
  });
});

describe("a public body is named with its kind", () => {
  it.each([
    [
      "Nous vous signalons la Communauté de communes du Pays de Brennelac (www.cc-brennelac.fr), 19 communes.",
      "Communauté de communes du Pays de Brennelac",
    ],
    [
      "Queremos registrar la Mancomunidad de Aguas del Campo Alto, que agrupa a 12 municipios.",
      "Mancomunidad de Aguas del Campo Alto",
    ],
    ["Vi vill registrera ett projekt hos Sjöviks kommun, tekniska förvaltningen.", "Sjöviks kommun"],
    ["Wir melden ein Projekt mit der Marktgemeinde Obersteig (Tirol) an.", "Marktgemeinde Obersteig"],
  ])("%s", (own, name) => {
    expect(names(own)).toContain(name);
  });

  it("not when the place's name may go on in lower case after it", () => {
    expect(names("Auftraggeber ist die Marktgemeinde Obersteig am Inn, Tirol.")).not.toContain(
      "Marktgemeinde Obersteig",
    );
  });

  it("not a kind's word used as a common noun before a name", () => {
    expect(PUBLIC_BODY_BEFORE_RE.test("the Town ")).toBe(false);
    expect(PUBLIC_BODY_AFTER_RE.test(" kommunal verksamhet")).toBe(false);
  });
});

describe("a bilingual public body is named in both languages", () => {
  it("takes both names, each with its kind, when a slash joins them", () => {
    const own = "Vi registrerar Vikholms stad / Lahdenperän kaupunki (www.vikholm.example), en tvåspråkig kommun.";
    expect(names(own)[0]).toBe("Vikholms stad / Lahdenperän kaupunki");
  });

  it("not a body and a firm, nor a name and a product", () => {
    expect(names("Vi registrerar Vikholms stad / Borrvik AB för ett projekt.")).not.toContain(
      "Vikholms stad / Borrvik AB",
    );
    expect(names("Projekt hos Vikholms stad / Termbok, 40 användare.")).toContain("Vikholms stad");
  });
});

describe("a short form of the name by its initials", () => {
  it.each([
    ["Harrowfield MBC", "Harrowfield Metropolitan Borough Council"],
    ["HMBC", "Harrowfield Metropolitan Borough Council"],
    ["KCG", "Karsten Citrus Growers (Pty) Ltd"],
    ["Millbeck DC", "Millbeck District Council"],
  ])("%s stands for %s", (short, long) => {
    expect(abbreviates(short, long)).toBe(true);
  });

  it.each([
    ["Harrowfield MBC", "Ashgrove Metropolitan Borough Council"],
    ["KCG", "Karsten Citrus Packers Ltd"],
    ["Harrowfield", "Harrowfield Borough Council"],
    ["MB", "Metropolitan Borough Council"],
  ])("%s does not stand for %s", (short, long) => {
    expect(abbreviates(short, long)).toBe(false);
  });
});

describe("dotted capitals after a comma close the name", () => {
  it("are kept when the words before them spell the domain", () => {
    expect(withoutPlaceAfter("Aquaterra Lazer, E.M.", "aquaterra-lazer.pt")).toBe("Aquaterra Lazer, E.M.");
    expect(withoutPlaceAfter("Aquaterra Lazer, Ribeira", "aquaterra-lazer.pt")).toBe("Aquaterra Lazer");
  });
});

describe("whole mails", () => {
  const opts = { vendorDomains: ["vendor.example"] };
  const mail = (from: string, subject: string, body: string) =>
    Buffer.from(
      `From: ${from}\r\nTo: partners@vendor.example\r\nSubject: ${subject}\r\n\r\n${body.replace(/\n/g, "\r\n")}\r\n`,
    );
  it("never takes the partner's own firm for the prospect, though the prospect's domain starts like it", async () => {
    const { parseMessage } = await import("../../../services/parser/parse-message.ts");
    const r = await parseMessage(
      mail(
        "Ines Roca <ines@brightkelp.es>",
        "Lead",
        "Hi team,\n\nWe are BrightKelp Asesores S.L. (brightkelp.es), not to be mixed up with the lead.\nWeb: https://www.brightkelpmarine.es\nContact: Ona Vidal, ona.vidal@brightkelpmarine.es\nFirst call next week, she is happy to hear from you.\n\nInes Roca\nBrightKelp Asesores S.L.",
      ),
      opts,
    );
    expect(r.output.registration?.company.name ?? null).toBeNull();
  });
  it("takes the prospect's signature for a short form by initials in the partner's note", async () => {
    const { parseMessage } = await import("../../../services/parser/parse-message.ts");
    const r = await parseMessage(
      mail(
        "Ben Ode <ben@odeworks.example.com>",
        "Fwd: bins",
        "Please register Harrowfield MBC for us, see below.\n\nBen Ode\nOde Works Ltd\n\n---------- Forwarded message ---------\nFrom: Kit Lamb <kit.lamb@harrowfield.gov.uk>\nDate: Mon, 1 Dec 2026\nSubject: bins\nTo: Ben Ode <ben@odeworks.example.com>\n\nHi Ben, our 30 vehicles need new routes; happy to talk to your vendor.\n\nKit Lamb\nFleet Lead\nHarrowfield Metropolitan Borough Council\n",
      ),
      opts,
    );
    expect(r.output.registration?.company.name).toBe("Harrowfield Metropolitan Borough Council");
  });
});
