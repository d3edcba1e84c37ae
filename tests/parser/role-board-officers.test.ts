// An association's or a board's officers (chair, president, treasurer, board member) are titles
// in every language a partner writes them in. Each entry of lang/roles.ts added for them, with
// invented names.
import { describe, expect, it } from "vitest";
import { findPersonMentions, looksLikeRole, roleNear } from "../../services/parser/extract/people.ts";

function roleOf(text: string, name: string): string | null {
  const m = findPersonMentions(text).find((p) => p.name === name);
  if (!m) throw new Error(`${name} not found in: ${text}`);
  return roleNear(text, m);
}

describe("board and association officers", () => {
  it.each([
    ["Präsident", "de"],
    ["Präsidentin", "de"],
    ["Kassenwart", "de"],
    ["Kassenwartin", "de"],
    ["Schatzmeister", "de"],
    ["Schatzmeisterin", "de"],
    ["1. Vorsitzende", "de"],
    ["Vorsitzender", "de"],
    ["Vereinsvorsitzender", "de"],
    ["formand", "da"],
    ["ordförande", "sv"],
    ["kasserer", "da/no"],
    ["kassör", "sv"],
    ["predseda predstavenstva", "sk"],
    ["predsedníčka", "sk"],
    ["juhatuse liige", "et"],
    ["juhatuse esimees", "et"],
  ])("%s (%s) is a title", (title) => {
    expect(looksLikeRole(title)).toBe(true);
  });

  it.each([
    ["Kontakt: Frau Dr. Lene Waldvogel, Präsidentin", "Lene Waldvogel", "Präsidentin"],
    ["Ansprechpartner: Udo Kerbl (Kassenwart), udo.kerbl@example.de", "Udo Kerbl", "Kassenwart"],
    ["Kontakt: Jens Mølby-Holst, formand – jens@example.dk", "Jens Mølby-Holst", "formand"],
    ["Kontakt: Britt-Marie Ekwall, ordförande", "Britt-Marie Ekwall", "ordförande"],
    ["Kontakt: Kertu Lepik (juhatuse liige)", "Kertu Lepik", "juhatuse liige"],
  ])("%s", (text, name, role) => expect(roleOf(text, name)).toBe(role));
});
