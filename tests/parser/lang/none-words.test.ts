// A competitors label's value that says there is none (lang/none-words.ts): each word alone is
// no rival; a rival's name that only starts with the word is kept. Invented names.
import { describe, expect, it } from "vitest";
import { NO_COMPETITOR_VALUES } from "../../../services/parser/lang/none-words.ts";
import { parseCompetitorList } from "../../../services/parser/normalise/competitors.ts";

describe.each(Object.entries(NO_COMPETITOR_VALUES))("no competitor (%s)", (_l, words) => {
  it.each(words.map((w) => [w]))("%s names none", (w) => {
    expect(parseCompetitorList(w)).toEqual([]);
    // capitalised as a label's value starts
    expect(parseCompetitorList(w.charAt(0).toUpperCase() + w.slice(1))).toEqual([]);
  });
  it.each(words.map((w) => [w]))("a rival named after %s stays a name", (w) => {
    const name = `${w.charAt(0).toUpperCase() + w.slice(1)}Soft`;
    expect(parseCompetitorList(`Brennwald, ${name}`)).toEqual(["Brennwald", name]);
  });
});
