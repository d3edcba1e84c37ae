// The words a partner dashes off before a lead's name (services/parser/lang/lead-openers.ts): the
// name after them is read where the lead's line closes it as a firm's; a person, or a name the line
// runs on from, is not.
import { describe, expect, it } from "vitest";
import { leadOpeners } from "../../../services/parser/lang/lead-openers.ts";
import { namesAfterLeadOpener } from "../../../services/parser/extract/company.ts";

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
