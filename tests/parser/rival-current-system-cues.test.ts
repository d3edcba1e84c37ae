// Cues naming the prospect's current system or a rival it weighs, in the languages whose tables
// lacked them, the "and" of Indonesian and Turkish lists, and a Turkish case ending after a name.
// One invented sentence per entry.
import { describe, expect, it } from "vitest";
import { findCompetitorsInProse } from "../../services/parser/normalise/competitors.ts";

describe("current system and rival cues", () => {
  it.each([
    // English: "presently using", rivals invited to demo
    ["Presently using Quorvex Suite with two freelancers.", ["Quorvex Suite"]],
    ["They have also invited Brantly Works and Delvo to demo.", ["Brantly Works", "Delvo"]],
    // German: "derzeit arbeitet man mit"
    ["Derzeit arbeitet man mit Quorvex, ist aber unzufrieden.", ["Quorvex"]],
    // Spanish: "hoy están con"
    ["Hoy están con Quorvex y el contrato vence en junio.", ["Quorvex"]],
    // Czech: "momentálně používají"
    ["Momentálně používají Quorvex Pro, který jim nestačí.", ["Quorvex Pro"]],
    // Swedish and Norwegian: "kör X idag", "kjører X i dag"
    ["De kör Quorvex idag.", ["Quorvex"]],
    ["De kjører Quorvex i dag, men vil bytte.", ["Quorvex"]],
    // Turkish: "şu an X kullanıyorlar", "şu anda X teklifini"
    ["Şu an Quorvex + Excel kullanıyorlar.", ["Quorvex"]],
    ["Şu anda Delvo teklifini de değerlendiriyorlar.", ["Delvo"]],
    // Greek: "συγκρίνουν με X"
    ["Συγκρίνουν με Quorvex. Η απόφαση τον Μάιο.", ["Quorvex"]],
    // Indonesian: "membandingkan dengan X dan Y"
    ["Mereka sedang membandingkan dengan Quorvex dan Delvo, minta proposal.", ["Quorvex", "Delvo"]],
  ])("%s", (text, want) => expect(findCompetitorsInProse(text)).toEqual(want));

  it.each([
    // a Turkish case ending is no part of the name, and a spreadsheet is no rival
    ["Şu an Excel'de tutuyorlar."],
    // the vendor's own name with a case ending is the vendor's
    ["Şu an Quellwick'a geçmek istiyorlar."],
  ])("%s -> none", (text) => expect(findCompetitorsInProse(text, ["Quellwick"])).toEqual([]));
});
