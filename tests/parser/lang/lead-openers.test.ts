// The words a partner dashes off before a lead's name (services/parser/lang/lead-openers.ts): the
// name after them is read where the lead's line closes it as a firm's; a person, or a name the line
// runs on from, is not.
import { describe, expect, it } from "vitest";
import { leadOpeners, personRunsFirm } from "../../../services/parser/lang/lead-openers.ts";
import { firmsAPersonRuns, namesAfterLeadOpener } from "../../../services/parser/extract/company.ts";

/** one invented line per entry, the opener before a name of three words */
const EXAMPLES: Record<string, string[]> = {
  en: [
    "Quick one - Tamberlow Kite Works in Ballarat wants a quote.",
    "new one for u: Tamberlow Kite Works, Ballarat. owner is on leave",
    "fresh lead for you - Tamberlow Kite Works (Ballarat) keen on the app",
    "Heads up, just a lead for now: Tamberlow Kite Works in Ballarat want a demo",
    "another quick one. Tamberlow Kite Works in Ballarat want pricing",
  ],
  pt: [
    "Oi! Lead novo: Oficina Pé de Vento, Niterói.",
    "Lead rápido - Oficina Pé de Vento (Niterói), sem email ainda",
    "indicação rápida: Oficina Pé de Vento, Niterói.",
  ],
  de: ["Hallo, kurz von unterwegs: Drechslerei Lanz Söhne in Weiden, Termin folgt."],
};

const WANT: Record<string, string> = {
  en: "Tamberlow Kite Works",
  pt: "Oficina Pé de Vento",
  de: "Drechslerei Lanz Söhne",
};

describe("lead openers", () => {
  for (const [lang, entries] of Object.entries(leadOpeners))
    it(`${lang}: every entry has an example`, () => {
      const lines = EXAMPLES[lang] ?? [];
      for (const entry of entries)
        expect(
          lines.some((l) => l.toLowerCase().includes(entry)),
          entry,
        ).toBe(true);
      for (const line of lines)
        expect(
          namesAfterLeadOpener(line).map((r) => r.name),
          line,
        ).toEqual([WANT[lang]]);
    });

  it("reads no person, no name the line runs on from, no lone word", () => {
    for (const line of [
      // a person and the firm "of" joins to him
      "Quick one - Orrin Velt of Tamberlow Kite Works in Ballarat wants a demo.",
      // a person with a role after the name
      "new one for you - Orrin Velt, owner, 0400 000 000",
      "Quick one - Orrin Velt (GM) in Ballarat wants a call",
      // a person with an address of their own
      "fresh lead for u: Orrin Velt, orrin.velt@example.com",
      // the sentence goes on after the name
      "Quick one - Tamberlow Kite Works wants a demo.",
      // one word only
      "Quick one - Tamberlow, Ballarat.",
      // the opener as another word's part, and without a mark after it
      "a quickone - Tamberlow Kite Works in Ballarat",
      "quick one Tamberlow Kite Works in Ballarat",
    ])
      expect(namesAfterLeadOpener(line), line).toEqual([]);
  });
});

describe("a person running a firm", () => {
  it("reads the firm after each verb where the line closes it", () => {
    for (const verb of personRunsFirm) {
      for (const line of [
        `new one - Orrin Velt ${verb} Tamberlow Kite Works, orrin@example.com`,
        `Orrin McVelt ${verb} Tamberlow Kite Works in Ballarat, wants a demo`,
        `Orrin Velt ${verb} Tamberlow Kite Works (3 shops), no site yet`,
      ])
        expect(
          firmsAPersonRuns(line).map((r) => r.name),
          line,
        ).toEqual(["Tamberlow Kite Works"]);
    }
  });

  it("reads nothing without a named person, a closed name or two words", () => {
    for (const line of [
      // no person's capitalised words before the verb
      "Contact is Orrin, he runs Tamberlow Kite Works, ok to call",
      "she owns the place.",
      // the sentence goes on after the name
      "Orrin Velt runs Tamberlow Kite Works with his sister",
      // one word
      "Orrin Velt runs Tamberlow, in Ballarat",
      // a look-alike verb
      "Orrin Velt rerun Tamberlow Kite Works, ok",
    ])
      expect(firmsAPersonRuns(line), line).toEqual([]);
  });
});
