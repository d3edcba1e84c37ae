// Stage, motion and consent cues added for the gaps of Polish: each entry read in a sentence
// invented for this test, and the risky ones beside a sentence they must leave alone.
import { describe, expect, it } from "vitest";
import { detectStage } from "../../../services/parser/normalise/stage.ts";
import { detectConsent } from "../../../services/parser/normalise/consent.ts";
import { detectMotion } from "../../../services/parser/normalise/motion.ts";

describe("Polish: stage", () => {
  it.each([
    ["Ofertę klient otrzymał w piątek.", "evaluation"],
    ["Wysłaliśmy im ofertę na dwa moduły.", "evaluation"],
    ["Prośba o wycenę dla trzech magazynów.", "evaluation"],
    ["To jest zapytanie ofertowe z działu zakupów.", "evaluation"],
    ["Mają licencję testową do końca miesiąca.", "evaluation"],
    ["Firma jest w trakcie testów.", "evaluation"],
    ["Są na etapie wyboru dostawcy.", "evaluation"],
    ["Porównują kilka systemów.", "evaluation"],
    ["Trwają negocjacje cenowe.", "evaluation"],
    ["Budżet został już przyznany.", "evaluation"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));

  it.each([
    ["Rozważają zmianę systemu kadrowego.", "new_intro"],
    ["Zastanawiają się nad wymianą kas.", "new_intro"],
    ["Nowy lead z targów.", "new_intro"],
    ["Klient zgłosił się do nas w zeszłym tygodniu.", "new_intro"],
    ["Zapytanie przez naszą stronę.", "new_intro"],
    ["Wyrazili duże zainteresowanie.", "new_intro"],
    ["To wczesny etap rozmów.", "new_intro"],
    ["Spotkanie jeszcze nie umówione.", "new_intro"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));

  it.each([
    ["Wideokonferencja zaplanowana na wtorek.", "discovery_scheduled"],
    ["Demonstracja jest zarezerwowana.", "discovery_scheduled"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));
});

describe("Polish: consent", () => {
  it.each([
    "Prezes jest już poinformowany.",
    "Pani Zofia jest otwarta na rozmowę.",
    "Mamy jego zgodę.",
    "Zgodził się na rozmowę.",
    "Można się z nim śmiało kontaktować.",
  ])("%s -> true", (text) => expect(detectConsent(text)).toBe(true));

  it.each([
    "Klient nie jest jeszcze poinformowany.",
    "Brak zgody na razie.",
    "Zgoda do potwierdzenia.",
    "Proszę wstrzymać się z kontaktem.",
    "Kontakt proszę tylko przez nas.",
    "Muszę jeszcze zapytać dyrektora.",
    "Na razie bez bezpośredniego kontaktu.",
  ])("%s -> false", (text) => expect(detectConsent(text)).toBe(false));

  it.each([
    ["Zgoda: mamy", true],
    ["Zgoda: do potwierdzenia", false],
  ])("%s -> %s", (text, want) => expect(detectConsent(text)).toBe(want));
});

describe("Polish: motion", () => {
  it.each([
    ["Fakturujemy klienta sami.", "resale"],
    ["Zakup licencji przez nas.", "resale"],
    ["Klient kupi licencje przez nas.", "resale"],
    ["Kupujemy licencje od was.", "resale"],
    ["Fakturujecie klienta bezpośrednio.", "referral"],
    ["Umowa będzie bezpośrednio z wami.", "referral"],
    ["Dalej prowadzicie wy.", "referral"],
    ["Prosimy o prowizję za polecenie.", "referral"],
    ["Jedynie przekazujemy kontakt.", "referral"],
    ["Zajmiemy się wdrożeniem.", "services"],
    ["Przeprowadzimy szkolenia dla kadry.", "services"],
    ["Nasza rola: partner wdrożeniowy.", "services"],
    ["Planujemy integrację z naszym systemem magazynowym.", "technology"],
  ])("%s -> %s", (text, want) => expect(detectMotion(text)).toBe(want));
});
