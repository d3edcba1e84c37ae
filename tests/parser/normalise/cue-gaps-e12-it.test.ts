// Stage, motion and consent cues added for the gaps of Italian: each entry read in a sentence
// invented for this test, and the risky ones beside a sentence they must leave alone.
import { describe, expect, it } from "vitest";
import { detectStage } from "../../../services/parser/normalise/stage.ts";
import { detectConsent } from "../../../services/parser/normalise/consent.ts";
import { detectMotion } from "../../../services/parser/normalise/motion.ts";

describe("Italian: stage", () => {
  it.each([
    ["Il preventivo è stato ricevuto ieri.", "evaluation"],
    ["Abbiamo già inviato la proposta economica.", "evaluation"],
    ["Richiesta di quotazione per due sedi.", "evaluation"],
    ["Hanno una licenza di prova fino a giugno.", "evaluation"],
    ["Stanno testando il gestionale in magazzino.", "evaluation"],
    ["Confrontano diverse soluzioni.", "evaluation"],
    ["Siamo in trattativa sul prezzo.", "evaluation"],
    ["Il budget è già stanziato.", "evaluation"],
    // weighing offers is still an evaluation
    ["Stanno valutando diverse offerte.", "evaluation"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));

  it.each([
    ["Stanno valutando di cambiare gestionale.", "new_intro"],
    ["Pensano di sostituire il vecchio software.", "new_intro"],
    ["Nuovo contatto da Bergamo.", "new_intro"],
    ["Ci hanno contattato la settimana scorsa.", "new_intro"],
    ["Richiesta arrivata dal nostro sito.", "new_intro"],
    ["Hanno mostrato molto interesse.", "new_intro"],
    ["Siamo in una fase iniziale.", "new_intro"],
    ["L'incontro non è ancora fissato.", "new_intro"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));

  it.each([
    ["Appuntamento concordato per giovedì.", "discovery_scheduled"],
    ["Videochiamata in agenda.", "discovery_scheduled"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));
});

describe("Italian: consent", () => {
  it.each([
    "Il titolare è già informato.",
    "È disponibile a una chiamata.",
    "Vuole essere ricontattata.",
    "Potete tranquillamente contattarla.",
    "Chiamatelo pure.",
    "Consenso ottenuto.",
    "Ha dato il via libera.",
  ])("%s -> true", (text) => expect(detectConsent(text)).toBe(true));

  it.each([
    "Non è ancora al corrente.",
    "Consenso ancora da chiedere.",
    "Devo prima sentire il direttore.",
    "Aspettate che io vi dia conferma.",
    "Il contatto passa solo tramite noi.",
    "Nessun contatto diretto per ora.",
  ])("%s -> false", (text) => expect(detectConsent(text)).toBe(false));

  it.each([
    ["Consenso: ottenuto", true],
    ["Consenso: da confermare", false],
  ])("%s -> %s", (text, want) => expect(detectConsent(text)).toBe(want));
});

describe("Italian: motion", () => {
  it.each([
    ["Fatturiamo noi al cliente.", "resale"],
    ["Acquistiamo le licenze da voi.", "resale"],
    ["L'ordine passa tramite noi.", "resale"],
    ["Fatturate direttamente voi.", "referral"],
    ["Il contratto sarà direttamente con voi.", "referral"],
    ["Resta la commissione di segnalazione.", "referral"],
    ["Poi procedete voi.", "referral"],
    ["Ci occupiamo noi dell'installazione.", "services"],
    ["Siamo system integrator.", "services"],
    ["Esiste un'integrazione con il nostro gestionale.", "technology"],
    ["Siamo partner tecnologico.", "technology"],
  ])("%s -> %s", (text, want) => expect(detectMotion(text)).toBe(want));
});
