// A name written in prose with a description after a spaced dash, closed by the legal form: the
// description in sentence case is the name's too ("X – Atelier de reliure ancienne ASBL"), as
// a capitalised one is; and a preposition contracted with the article before the name ("des",
// "del", "do") holds the name's own article when the subject writes it (lang/name-particles.ts).
// Invented names throughout.
import { describe, expect, it } from "vitest";
import { findCompanyCandidates } from "../../services/parser/extract/company.ts";
import { auditKeyFields } from "../../services/parser/extract/key-field-audit.ts";
import { contractedArticles } from "../../services/parser/lang/name-particles.ts";

/** the names read from a line the prospect's domain spells the head of */
const names = (own: string, domain: string) =>
  findCompanyCandidates({ own, subject: "", domain, excluded: [], excludedDomains: [] }).map((c) => c.name);

/** "Orvanne Loisirs – …" -> "orvanneloisirs.example" */
const DOMAIN_OF = (name: string) =>
  `${name
    .split(/ [-–] /)[0]!
    .replace(/ Ltd$/, "")
    .toLowerCase()
    .replace(/[^a-z]/g, "")}.example`;

describe("a description in sentence case after a dash, closed by the legal form", () => {
  it.each([
    [
      "Nous parlons de Orvanne Loisirs – Compagnie de danse contemporaine ASBL (www.orvanneloisirs.example), qui tourne.",
      "Orvanne Loisirs – Compagnie de danse contemporaine ASBL",
    ],
    [
      "Falámos com a Pedralva Norte – Oficina de bicicletas, Lda. (www.pedralvanorte.example) esta semana.",
      "Pedralva Norte – Oficina de bicicletas, Lda.",
    ],
    [
      "We met Corvane Hollow - Boutique joinery workshop Ltd (corvanehollow.example) yesterday.",
      "Corvane Hollow - Boutique joinery workshop Ltd",
    ],
  ])("%s", (text, name) => {
    expect(names(text, DOMAIN_OF(name))).toContain(name);
  });
  it.each([
    // no legal form closing the description: the name ends at the dash
    [
      "Nous parlons de Orvanne Loisirs – compagnie de danse contemporaine à Namur (www.orvanneloisirs.example).",
      "Orvanne Loisirs",
    ],
    // more than five lower-case words: a sentence, not a description
    [
      "We met Corvane Hollow Ltd - they run a small joinery with three vans now and Ltd plans (corvanehollow.example).",
      "Corvane Hollow Ltd",
    ],
  ])("not a description: %s", (text, name) => {
    const read = names(text, DOMAIN_OF(name));
    expect(read).toContain(name);
    expect(read.some((n) => n.startsWith(`${name} `))).toBe(false);
  });
});

/** one invented sentence and subject per contraction: the article the subject writes opens the name */
const EXAMPLES: Record<string, Record<string, [string, string, string]>> = {
  fr: {
    des: [
      "Il s'agit des Ateliers Orvan SARL, à Dinant.",
      "Inscription – Les Ateliers Orvan",
      "Les Ateliers Orvan SARL",
    ],
    du: ["Le dossier du Moulin Varenne SARL avance.", "Inscription : Le Moulin Varenne", "Le Moulin Varenne SARL"],
  },
  es: {
    del: ["Es el caso del Taller Orvejo S.L. en Soria.", "Registro – El Taller Orvejo", "El Taller Orvejo S.L."],
  },
  it: {
    del: ["Si tratta del Forno Arcello S.r.l. di Lodi.", "Registrazione – Il Forno Arcello", "Il Forno Arcello S.r.l."],
    della: [
      "Parliamo della Bottega Orsina S.r.l. di Lodi.",
      "Registrazione – La Bottega Orsina",
      "La Bottega Orsina S.r.l.",
    ],
    dei: [
      "Il progetto dei Vetrai Orsanti S.r.l. parte.",
      "Registrazione – I Vetrai Orsanti",
      "I Vetrai Orsanti S.r.l.",
    ],
  },
  pt: {
    do: ["É o caso do Forno Serrinha Lda. em Braga.", "Registo – O Forno Serrinha", "O Forno Serrinha Lda."],
    da: ["Falamos da Padaria Serrinha Lda. em Braga.", "Registo – A Padaria Serrinha", "A Padaria Serrinha Lda."],
    dos: [
      "É o caso dos Vidreiros Serrinha Lda. em Braga.",
      "Registo – Os Vidreiros Serrinha",
      "Os Vidreiros Serrinha Lda.",
    ],
    das: [
      "É o caso das Oficinas Serrinha Lda. em Braga.",
      "Registo – As Oficinas Serrinha",
      "As Oficinas Serrinha Lda.",
    ],
  },
};

const fuller = (text: string, subject: string, company: string) =>
  auditKeyFields({ text, company, subject, domain: null, contactName: null, contactEmail: null }).find(
    (d) => d.field === "company.name",
  )?.fuller;

describe("an article held in a contraction before the name", () => {
  it("every entry has an example", () => {
    for (const [lang, table] of Object.entries(contractedArticles))
      expect(Object.keys(EXAMPLES[lang] ?? {}).sort(), lang).toEqual(Object.keys(table).sort());
  });
  for (const [lang, table] of Object.entries(EXAMPLES))
    for (const [word, [text, subject, name]] of Object.entries(table)) {
      const value = name.split(" ").slice(1).join(" ");
      it(`${lang} "${word}": the subject's article opens the name`, () => {
        expect(text).toContain(` ${word} ${value}`);
        expect(fuller(text, subject, value)).toBe(name);
      });
      it(`${lang} "${word}": a subject without the article leaves the name as read`, () => {
        expect(fuller(text, subject.replace(` ${name.split(" ")[0]} `, " "), value)).toBeUndefined();
      });
    }
  it("another article in the subject than the contraction holds does not open it", () => {
    expect(
      fuller("Le dossier du Moulin Varenne SARL avance.", "Inscription – Les Moulin Varenne", "Moulin Varenne SARL"),
    ).toBeUndefined();
  });
  it("the head before a dash is what the subject writes", () => {
    expect(
      fuller(
        "Il s'agit des Ateliers Orvan – Compagnie de cirque ASBL, à Dinant.",
        "Inscription – Les Ateliers Orvan",
        "Ateliers Orvan – Compagnie de cirque ASBL",
      ),
    ).toBe("Les Ateliers Orvan – Compagnie de cirque ASBL");
  });
});
