// A name typed in lower case right after a registering phrase, read only when its last words
// spell the prospect's domain (services/parser/extract/pick-company.ts). Invented names.
import { describe, expect, it } from "vitest";
import { lowerCaseNameAfterRegistering } from "../../services/parser/extract/pick-company.ts";

describe("a lower-case name after a registering phrase", () => {
  it.each([
    // the whole name spells the domain
    ["moin, bitte registrieren: fahrrad vogtland (e-bikes) in plauen", "fahrrad-vogtland.example", "fahrrad vogtland"],
    // a kind before the words that spell it
    [
      "hola, registro rapido:\n\ninmobiliaria las hayas (tandil) - ver web",
      "lashayas.example",
      "inmobiliaria las hayas",
    ],
    // the first word's start and the last word
    [
      "hallo, bitte registrieren: zahnheilkunde am kornmarkt, jena",
      "zahn-kornmarkt.example",
      "zahnheilkunde am kornmarkt",
    ],
    // by initials
    [
      "ciao, vi segnalo consorzio irriguo valle serena orientale, referente",
      "irriguovso.example",
      "consorzio irriguo valle serena orientale",
    ],
    // a place after a comma is no part of it, a legal form is
    ["bitte registrieren: fahrrad vogtland, plauen - danke", "fahrradvogtland.example", "fahrrad vogtland"],
    [
      "hola, apuntad esta:\n\ncasas rurales monte alto, s.l. - 12 casas",
      "montealto-rural.example",
      "casas rurales monte alto, s.l.",
    ],
  ])("%s", (text, domain, name) => {
    expect(lowerCaseNameAfterRegistering(text, domain)).toBe(name);
  });

  it.each([
    // the domain spells none of it
    ["bitte registrieren: fahrrad vogtland (e-bikes)", "radhaus.example"],
    // more than two words before the words that spell it: where the name starts is open
    ["bitte registrieren: neuer kunde aus plauen fahrrad vogtland, danke", "fahrradvogtland.example"],
    // no registering phrase before it
    ["wir kennen fahrrad vogtland, plauen", "fahrradvogtland.example"],
  ])("not in %s", (text, domain) => {
    expect(lowerCaseNameAfterRegistering(text, domain)).toBeNull();
  });
});
