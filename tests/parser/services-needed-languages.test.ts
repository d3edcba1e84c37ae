// The partner doing service work, in the languages added in the stage8 round: one sentence per table
// entry (services/parser/lang: `serviceWork`, `partnerSubject`, `otherSubject`, `serviceLabel`),
// written for this test with invented names.
import { describe, expect, it } from "vitest";
import { findServicesNeeded } from "../../services/parser/extract/services-needed.ts";

describe("service work with the partner as its subject", () => {
  it.each([
    // Dutch: each work noun, each subject
    ["Wij doen de implementatie bij Brontel.", "implementatie bij Brontel"],
    ["Wij verzorgen de integratie met hun kassa.", "integratie met hun kassa"],
    ["Wij doen de installatie van de meters.", "installatie van de meters"],
    ["Wij doen de montage van de camera's.", "montage van de camera's"],
    ["Wij nemen het onderhoud op ons.", "onderhoud op ons"],
    ["Wij doen de configuratie.", "configuratie"],
    ["Wij begeleiden de migratie uit het oude pakket.", "migratie uit het oude pakket"],
    ["Wij plannen de uitrol over drie vestigingen.", "uitrol over drie vestigingen"],
    ["Ons team geeft de opleiding aan de planners.", "opleiding aan de planners"],
    // Polish
    ["My robimy wdrożenie u klienta.", "wdrożenie u klienta"],
    ["My zrobimy integrację z systemem księgowym.", "integrację z systemem księgowym"],
    ["My zapewnimy instalację czujników.", "instalację czujników"],
    ["Nasz zespół zrobi konfigurację.", "konfigurację"],
    ["My prowadzimy szkolenia dla magazynierów.", "szkolenia dla magazynierów"],
    ["My robiliśmy migrację danych.", "migrację danych"],
    // Romanian
    ["Noi facem implementarea la Varnel.", "implementarea la Varnel"],
    ["Noi asigurăm integrarea cu ERP-ul.", "integrarea cu ERP-ul"],
    ["Noi facem instalarea senzorilor.", "instalarea senzorilor"],
    ["Echipa noastră face configurarea.", "configurarea"],
    ["Noi asigurăm instruirea personalului.", "instruirea personalului"],
    ["Noi asigurăm mentenanța lunară.", "mentenanța lunară"],
    // Croatian
    ["Mi radimo instalaciju senzora.", "instalaciju senzora"],
    ["Mi radimo integraciju s njihovim sustavom.", "integraciju s njihovim sustavom"],
    ["Naš tim radi implementaciju.", "implementaciju"],
    ["Mi radimo konfiguraciju.", "konfiguraciju"],
    ["Mi preuzimamo održavanje dizala.", "održavanje dizala"],
    // Czech
    ["My bychom dodali montáž čidel.", "montáž čidel"],
    ["My děláme implementaci u zákazníka.", "implementaci u zákazníka"],
    ["Náš tým zajistí instalaci.", "instalaci"],
    ["My zajistíme školení obsluhy.", "školení obsluhy"],
    // English additions
    ["We'd provide the install and the cabling.", "install and the cabling"],
    ["We'll provide on-site support for the Varnholm depot.", "on-site support for the Varnholm depot"],
    [
      "Our part would be the rollout and the training for the Brontel plant.",
      "rollout and the training for the Brontel plant",
    ],
  ])("%s", (text, want) => expect(findServicesNeeded(text)).toBe(want));

  it.each([
    ["Onze rol: installatie en onderhoud", "installatie en onderhoud"],
    ["Rol van Varnel: integratie met de kassa", "integratie met de kassa"],
    ["Nasza rola: wdrożenie i szkolenia", "wdrożenie i szkolenia"],
    ["Rola Brontel: konfiguracja systemu", "konfiguracja systemu"],
  ])("a label naming the partner's role: %s", (text, want) => expect(findServicesNeeded(text)).toBe(want));

  it.each([
    // someone else is the subject after the partner
    "Wij hebben ze gesproken en zij willen een integratie met de kassa.",
    "Wij kennen ze al lang, ze vragen een installatie.",
    "Wij bezochten de klant en de klant wil een migratie.",
    "My znamy ich od lat, oni chcą wdrożenia.",
    "My rozmawialiśmy, klient chce integracji.",
    "Noi îi cunoaștem, ei vor integrarea cu ERP-ul.",
    "Noi am vorbit cu ei, ele cer instalarea.",
    "Noi am vorbit, clientul vrea implementarea.",
    "Mi ih poznajemo, oni traže instalaciju.",
    "Mi smo razgovarali, klijent traži integraciju.",
    "My jsme je navštívili a oni chtějí montáž.",
    "My jsme mluvili, zákazník chce instalaci.",
    // the English possessive and the Italian pronoun are no partner
    "my contact there wants an implementation",
    "Mi chiedono una installazione.",
  ])("not the partner's work: %s", (text) => expect(findServicesNeeded(text)).toBeNull());
});
