// Romanian cue entries (services/parser/lang/ro.ts), each in a sentence invented for this test:
// the stage, the motion and the consent it must read, and for the risky ones what it must leave alone.
import { describe, expect, it } from "vitest";
import { detectStage } from "../../../services/parser/normalise/stage.ts";
import { detectConsent } from "../../../services/parser/normalise/consent.ts";
import { detectMotion } from "../../../services/parser/normalise/motion.ts";

describe("Romanian stage cues", () => {
  it.each([
    ["Firma Zorvel a primit oferta noastră luni.", "evaluation"],
    ["Le pregătim o ofertă de preț pentru 40 de posturi.", "evaluation"],
    ["Am transmis cotația către achiziții.", "evaluation"],
    ["Au solicitat o propunere pentru anul viitor.", "evaluation"],
    ["Proiectul pilot merge bine la depozitul din Brumeni.", "evaluation"],
    ["Pilotul a început săptămâna trecută.", "evaluation"],
    ["Le-am dat versiunea de test pentru o lună.", "evaluation"],
    ["Echipa lor testează acum platforma.", "evaluation"],
    ["Suntem în faza de negociere cu directorul.", "evaluation"],
    ["Clientul compară mai multe oferte.", "evaluation"],
    ["Bugetul a fost aprobat de consiliu.", "evaluation"],
    ["Bugetul este în curs de aprobare.", "evaluation"],
    ["Au publicat caietul de sarcini.", "evaluation"],
    ["Este o achiziție publică, termen 20 mai.", "evaluation"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));

  it.each([
    ["Am stabilit o primă întâlnire cu doamna Ilvescu.", "discovery_scheduled"],
    ["S-a programat un demo pentru echipa lor.", "discovery_scheduled"],
    ["Avem o prezentare cu directorul joi.", "discovery_scheduled"],
    ["Avem demo pe 12 mai.", "discovery_scheduled"],
    ["Demonstrația este fixată pentru mâine.", "discovery_scheduled"],
    ["Ședința a fost planificată pentru vineri.", "discovery_scheduled"],
    ["Videoconferința e convenită cu ei.", "discovery_scheduled"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));

  it.each([
    ["Un lead nou de la Quarvo.", "new_intro"],
    ["A fost doar un contact inițial.", "new_intro"],
    ["Suntem într-un stadiu foarte incipient.", "new_intro"],
    ["Se gândesc să schimbe sistemul actual.", "new_intro"],
    ["Iau în calcul o înlocuire a softului vechi.", "new_intro"],
    ["Încă nu am stabilit nimic concret.", "new_intro"],
    ["Nimic programat deocamdată.", "new_intro"],
    ["Nu avem încă nicio întâlnire.", "new_intro"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));

  it.each([
    // a condition, a meeting held, a meeting thanked for
    ["Dacă demo-ul merge bine, vor intra în faza pilot.", "evaluation"],
    ["Mulțumesc pentru prezentarea de joi.", "discovery_scheduled"],
  ])("not: %s -> not %s", (text, never) => expect(detectStage(text)).not.toBe(never));
});

describe("Romanian motion cues", () => {
  it.each([
    ["Primim doar un comision de recomandare.", "referral"],
    ["Voi vindeți direct, noi ieșim din discuție.", "referral"],
    ["Noi doar vă punem în legătură.", "referral"],
    ["Noi doar vă facem legătura cu el.", "referral"],
    ["Suntem revânzător autorizat.", "resale"],
    ["Facturarea se face prin noi.", "resale"],
    ["Cumpărăm noi licențele și le revindem.", "resale"],
    ["Noi doar facem introducerea, nu revindem nimic.", "referral"],
    ["Licențele vor fi facturate prin noi.", "resale"],
    ["Noi ne ocupăm de implementare și instruire.", "services"],
    ["Vom asigura suportul după lansare.", "services"],
    ["Suntem integrator de sisteme în Oltenia.", "services"],
    ["Oferim servicii de implementare.", "services"],
    ["Ar fi o integrare cu platforma noastră de facturi.", "technology"],
    ["Avem un parteneriat tehnologic cu ei.", "technology"],
    ["Ar cumpăra prin marketplace-ul Azure.", "marketplace"],
  ])("%s -> %s", (text, want) => expect(detectMotion(text)).toBe(want));

  it("the weak service words decide only a label's value", () => {
    expect(detectMotion("Au nevoie de suport tehnic.")).toBeNull();
    expect(detectMotion("suport tehnic", { labelled: true })).toBe("services");
    expect(detectMotion("instruire", { labelled: true })).toBe("services");
  });
});

describe("Romanian consent cues", () => {
  it.each([
    ["Doamna Veltan așteaptă apelul vostru.", true],
    ["Așteaptă să fie contactată săptămâna asta.", true],
    ["Îl puteți contacta direct pe mobil.", true],
    ["Puteți să o sunați oricând.", true],
    ["A cerut să fie sunat de voi.", true],
    ["Și-a dat acordul azi.", true],
    ["Avem acordul clientului.", true],
    ["Este deja informată că o veți suna.", true],
    ["A fost de acord cu un apel.", true],
    ["Nu l-am întrebat încă.", false],
    ["Vă rog să nu-l contactați până săptămâna viitoare.", false],
    ["Nu îl contactați direct.", false],
    ["Așteptați până vă confirm.", false],
    ["Contactul doar prin noi.", false],
    ["Nu este încă de acord.", false],
    ["Nu știe încă de voi.", false],
    ["Nu îl puteți contacta încă.", false],
  ])("%s -> %s", (text, want) => expect(detectConsent(text)).toBe(want));
});

describe("Romanian 'luni': Monday, not months", () => {
  it.each([
    ["Prezentarea am făcut-o acum două luni.", "discovery_scheduled"],
    ["Avem o întâlnire cu ei de câteva luni în plan.", "discovery_scheduled"],
    ["Demo-ul l-am discutat în ultimele luni.", "discovery_scheduled"],
    ["Ședința se amână de luni de zile.", "discovery_scheduled"],
    ["Prezentarea de acum 3 luni a fost bună.", "discovery_scheduled"],
  ])("not: %s -> not %s", (text, never) => expect(detectStage(text)).not.toBe(never));

  it.each([
    ["Întâlnirea e fixată pentru luni.", "discovery_scheduled"],
    ["Avem întâlnire luni la ora 10.", "discovery_scheduled"],
    ["Avem o prezentare luni dimineață.", "discovery_scheduled"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));
});
