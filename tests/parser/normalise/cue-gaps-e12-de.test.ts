// Stage, motion and consent cues added for the gaps of German, with Austrian and Swiss usage: each entry read in a
// sentence invented for this test, and the risky ones beside a sentence they must leave alone.
import { describe, expect, it } from "vitest";
import { detectStage } from "../../../services/parser/normalise/stage.ts";
import { detectConsent } from "../../../services/parser/normalise/consent.ts";
import { detectMotion } from "../../../services/parser/normalise/motion.ts";

describe("German: stage", () => {
  it.each([
    ["Kostenvoranschlag für die Filialen ist erstellt.", "evaluation"],
    ["Eine Preisanfrage für 40 Plätze kam gestern.", "evaluation"],
    ["Das Anbot wurde letzte Woche gelegt.", "evaluation"],
    ["Unser Anbot liegt beim Einkauf.", "evaluation"],
    ["Die Offerte haben sie am Montag erhalten.", "evaluation"],
    ["Sie nutzen seit Montag eine Testlizenz.", "evaluation"],
    ["Demo-Zugang ist eingerichtet.", "evaluation"],
    ["Der Pilotbetrieb startet im Lager Nord.", "evaluation"],
    ["Sie wollen das Modul zwei Wochen kostenlos testen.", "evaluation"],
    ["Die Zwergmann AG ist mitten im Auswahlprozess.", "evaluation"],
    ["Sie prüfen derzeit mehrere Anbieter.", "evaluation"],
    ["Die Gruppe sieht sich gerade verschiedene Lösungen an.", "evaluation"],
    ["Budget ist bereits beantragt.", "evaluation"],
    ["Der Vertragsentwurf liegt bei der Rechtsabteilung.", "evaluation"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));

  it.each([
    ["Die Kanzlei überlegt, ihr altes Abrechnungsprogramm abzulösen.", "new_intro"],
    ["Sie denken darüber nach, auf eine Cloudlösung umzusteigen.", "new_intro"],
    ["Der Inhaber spielt mit dem Gedanken, alles neu aufzusetzen.", "new_intro"],
    ["Ein Wechsel des Systems ist angedacht.", "new_intro"],
    ["Neukontakt aus der Gastronomie.", "new_intro"],
    ["Frau Quellborn hat sich letzte Woche bei uns gemeldet.", "new_intro"],
    ["Die Spedition kam von sich aus auf uns zu.", "new_intro"],
    ["Anfrage über unsere Website.", "new_intro"],
    ["Sie haben großes Interesse bekundet.", "new_intro"],
    ["Das Projekt ist in einem sehr frühen Stadium.", "new_intro"],
    ["Bisher nur ein kurzes Telefonat mit dem Prokuristen.", "new_intro"],
    ["Ein Vor-Ort-Termin ist noch nicht terminiert.", "new_intro"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));

  it.each([
    ["Besprechung am Donnerstag ist vereinbart.", "discovery_scheduled"],
    ["Die Sitzung mit der Geschäftsleitung ist fixiert.", "discovery_scheduled"],
    ["Telko mit dem Team ist für Mittwoch geplant.", "discovery_scheduled"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));

  it.each([
    // a wish to change in the future after an offer: the offer says more
    ["Sie überlegen zu wechseln und haben ein Angebot angefordert.", "evaluation"],
    // a call that took place is no booking, a budget not mentioned as applied for is no evaluation
    ["Das Budget ist noch nicht beantragt.", null],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));
});

describe("German: consent", () => {
  it.each([
    "Das Einverständnis des Kunden liegt vor.",
    "Mit ausdrücklicher Zustimmung des Geschäftsführers sende ich die Daten.",
    "Kontaktaufnahme ist freigegeben.",
    "Rückruf ist ausdrücklich erwünscht.",
    "Herr Brendel ist vorinformiert.",
    "Sie erwartet schon Ihren Anruf.",
    "Er erwartet eure Kontaktaufnahme.",
    "Die Leiterin ist offen für ein Gespräch.",
    "Ihr könnt den Kunden gerne direkt anrufen.",
    "Sie können gerne direkt auf ihn zugehen.",
    "Mit einem Rückruf ist er einverstanden.",
  ])("%s -> true", (text) => expect(detectConsent(text)).toBe(true));

  it.each([
    "Die Zustimmung des Kunden steht noch aus.",
    "Einwilligung fehlt noch.",
    "Er ist noch nicht informiert.",
    "Das habe ich noch nicht abgeklärt.",
    "Das muss ich erst abklären.",
    "Bitte erst, nachdem ich mit ihr gesprochen habe.",
    "Bitte keine direkte Kontaktaufnahme.",
    "Kontakt bitte ausschliesslich über uns.",
    "Er ist noch nicht vorinformiert.",
  ])("%s -> false", (text) => expect(detectConsent(text)).toBe(false));

  it.each([
    ["Zustimmung: freigegeben", true],
    ["Einverständnis: noch zu klären", false],
    // a rival's offer or an open question is no consent
    ["Der Kunde ist nicht vorinformiert.", false],
  ])("%s -> %s", (text, want) => expect(detectConsent(text)).toBe(want));
});

describe("German: motion", () => {
  it.each([
    ["Die Rechnung läuft wie immer über uns.", "resale"],
    ["Wir liefern auf unser Papier.", "resale"],
    ["Wir verkaufen auf eigene Rechnung.", "resale"],
    ["Wir kaufen die Lizenzen bei euch ein.", "resale"],
    ["Wir stellen dem Kunden die Rechnung.", "resale"],
    ["Ihr fakturiert bitte direkt.", "referral"],
    ["Der Vertrag kommt direkt zwischen euch und der Klinik zustande.", "referral"],
    ["Die Praxis soll direkt bei euch bestellen.", "referral"],
    ["Uns steht nur die Tippgeberprovision zu.", "referral"],
    ["Wie vereinbart gilt die Empfehlungsprovision.", "referral"],
    ["Wir treten nur als Vermittler auf.", "referral"],
    ["Wir haben euch weiterempfohlen.", "referral"],
    ["Wir geben den Kontakt nur weiter.", "referral"],
    ["Alles Weitere macht ihr.", "referral"],
    ["Danach sind wir raus.", "referral"],
    ["Wir kümmern uns um die Einrichtung vor Ort.", "services"],
    ["Die Schulung machen wir.", "services"],
    ["Wir sind dort Implementierungspartner.", "services"],
    ["Es gibt eine Schnittstelle zu unserer Kassensoftware.", "technology"],
    ["Die Integration mit unserer Plattform ist fertig.", "technology"],
    ["Wir wollen das Paket gemeinsam vermarkten.", "technology"],
  ])("%s -> %s", (text, want) => expect(detectMotion(text)).toBe(want));

  it.each([
    // not selling: negated
    ["Wir stellen keine Rechnung.", null],
    ["Rechnung kommt von der Buchhaltung.", null],
  ])("%s -> %s", (text, want) => expect(detectMotion(text)).toBe(want));
});
