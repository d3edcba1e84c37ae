import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../../services/parser/normalise/language.ts";

describe("detectLanguage", () => {
  it.each([
    "Hallo zusammen, bitte die Pfeiffer Gartenbau GmbH für uns registrieren.",
    "Ich möchte euch einen neuen Interessenten melden.",
    "Sehr geehrte Damen und Herren, vielen Dank für Ihre Nachricht.",
    "Grüße aus München",
    "Firma: Müller GmbH\nAnsprechpartner: Herr Weiß\nBudget: 25 TEUR",
  ])("%s -> de", (text) => {
    expect(detectLanguage(text)).toBe("de");
  });

  it.each([
    "Hi team, please register the following opportunity for us.",
    "Quick intro — I've been talking to Jana Novak, CFO at Brightwell Foods.",
    "Thanks for the quick confirmation! Greg would like the proposal by March 27.",
    "Please register Jürgen Müller's company for us, they are in Köln and we will handle the rollout.",
    "",
  ])("%s -> en", (text) => {
    expect(detectLanguage(text)).toBe("en");
  });
});
