// Sign-off words of lang/signoff.ts: each one, in a short mail of its own, ends the body and opens
// the signature; and the words that only look like one stay in the body.
import { describe, expect, it } from "vitest";
import { splitSignature } from "../../../services/parser/text/signature.ts";
import { findGeography } from "../../../services/parser/extract/prose-fields.ts";

const mail = (signOff: string) => `Hello,\nthe trial starts next week.\n${signOff}\nOla Vikström\nNordkap Data`;

describe("a sign-off line opens the signature", () => {
  it.each([
    ["Talk soon!", "en"],
    ["Speak soon", "en"],
    ["Take care,", "en"],
    ["Warmly,", "en"],
    ["Herzlichen Dank!", "de"],
    ["Bis bald", "de"],
    ["Bien cordialement,", "fr"],
    ["Merci d'avance,", "fr"],
    ["Salutations distinguées", "fr"],
    ["Sincères salutations,", "fr"],
    ["À bientôt", "fr"],
    ["Amicalement,", "fr"],
    ["Bonne journée !", "fr"],
    ["Groeten uit Utrecht,", "nl"],
    ["Hartelijke groeten,", "nl"],
    ["Vriendelijke groet,", "nl"],
    ["Mvg,", "nl"],
    ["Bedankt!", "nl"],
    ["Alvast bedankt,", "nl"],
    ["Dank je wel,", "nl"],
    ["Atentamente,", "es"],
    ["Gracias de antemano,", "es"],
    ["Muchas gracias,", "es"],
    ["Un abrazo,", "es"],
    ["Cordialmente,", "es"],
    ["Hasta pronto,", "es"],
    ["Distinti saluti", "it"],
    ["Cordiali saluti,", "it"],
    ["Saluti,", "it"],
    ["Un saluto,", "it"],
    ["Grazie mille!", "it"],
    ["A presto!", "it"],
    ["Buona giornata,", "it"],
    ["Atenciosamente,", "pt"],
    ["Melhores cumprimentos,", "pt"],
    ["Com os melhores cumprimentos,", "pt"],
    ["Cumprimentos,", "pt"],
    ["Abraços,", "pt"],
    ["Um abraço,", "pt"],
    ["Até logo,", "pt"],
    ["Até breve!", "pt"],
    ["Valeu,", "pt"],
    ["Serdecznie pozdrawiam,", "pl"],
    ["Pozdrawiam serdecznie", "pl"],
    ["Z poważaniem", "pl"],
    ["Z pozdrowieniami,", "pl"],
    ["Pozdrowienia z Gdańska", "pl"],
    ["Dziękuję,", "pl"],
    ["Dzięki!", "pl"],
    ["Vänliga hälsningar,", "sv"],
    ["Bästa hälsningar", "sv"],
    ["Tack på förhand!", "sv"],
    ["Med venlig hilsen", "da"],
    ["Venlig hilsen,", "da"],
    ["Mange tak!", "da"],
    ["Med vennlig hilsen", "no"],
    ["Vennlig hilsen", "no"],
    ["Hilsen", "no"],
    ["Mvh", "no"],
    ["Takk for hjelpen!", "no"],
  ])("%s (%s)", (signOff) => {
    expect(splitSignature(mail(signOff))).toEqual({
      body: "Hello,\nthe trial starts next week.",
      signature: "Ola Vikström\nNordkap Data",
    });
  });
});

describe("lines that only start like a sign-off stay in the body", () => {
  it.each([
    // Polish "yes": not the Danish "tak"
    "Tak, klient zgodził się na kontakt.",
    // a sign-off word inside a word or a long sentence
    "Saludos a todo su equipo y gracias por la ayuda con el piloto.",
    "Merci de bien vouloir enregistrer ce client chez vous.",
  ])("%s", (line) => {
    expect(splitSignature(`Hello,\n${line}`).signature).toBe("");
  });
});

describe("a greeting or a short sign-off on a line of its own is no place", () => {
  it.each(["Hi.", "Hello.", "Hey.", "Dear.", "Hej.", "Hejsan.", "Hei.", "Heisann.", "Hola.", "Atte."])("%s", (line) =>
    expect(findGeography(`Registering Quillmoor Tekstil AB for a trial.\n\n${line}\nOla Vikström\n`, null)).toBeNull(),
  );
});
