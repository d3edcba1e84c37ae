// Problem cues for the prospect's main worry named as such ("their main concern is …", "a principal
// dor é …", "grootste zorg", "fő gond", "principal enjeu", German compounds "Hauptproblem"); a
// channel after the partner's talking verb ("I spoke to her on the phone") that names no need; and a
// sentence saying the prospect has no website, which stands in for no need. Invented sentences,
// with look-alikes that must not match.
import { describe, expect, it } from "vitest";
import { findProblem } from "../../services/parser/extract/prose-fields.ts";

describe("problem: the main worry named", () => {
  it.each([
    ["Their main concern is the weekly kiln rota for the glaze room.", "en: main concern"],
    ["The biggest worry for them is the harbour berth list.", "en: biggest worry"],
    ["A principal dor é a escala dos barqueiros no cais.", "pt: principal dor"],
    ["A maior dor deles é a escala dos barqueiros.", "pt: maior dor"],
    ["Hun grootste zorg is de verdeling van de kraanuren.", "nl: grootste zorg"],
    ["Het grootste pijnpunt is de verdeling van de kraanuren.", "nl: grootste pijnpunt"],
    ["A fő gondjuk a kikötői beosztás összeállítása.", "hu: fő gondjuk"],
    ["A legnagyobb problémájuk a kikötői beosztás.", "hu: legnagyobb problémájuk"],
    ["Leur principal enjeu : la répartition des créneaux du quai.", "fr: principal enjeu"],
    ["Sa principale préoccupation reste la répartition des créneaux.", "fr: principale préoccupation"],
    ["L'enjeu principal est la répartition des créneaux du quai.", "fr: enjeu principal"],
    ["Unser Hauptproblem ist die Vergabe der Kranstunden am Kai.", "de: Hauptproblem"],
    ["Die Hauptsorge der Werft ist die Vergabe der Kranstunden.", "de: Hauptsorge"],
    ["Das größte Problem ist die Vergabe der Kranstunden.", "de: größte Problem"],
  ])("%s (%s)", (text) => expect(findProblem([text], null, true, false)).toBe(text));

  it.each([
    ["The main concertina player of the band is away in June."],
    ["O principal dormitório da pousada tem vista para o cais."],
    ["De grootste zorgverzekeraar van de streek is hun buurman."],
    ["A fő gondolat a kikötő bővítése volt tavaly."],
    ["Le principal enjoliveur de la voiture est rayé."],
    ["Der Hauptprobelauf der Kapelle ist am Montag."],
  ])("%s -> no cue", (text) => expect(findProblem([text], null, true, false)).toBeNull());
});

describe("problem: a channel after the partner's talking verb", () => {
  it.each([
    ["I spoke to Mrs Quenby on the phone yesterday afternoon."],
    ["We agreed it by phone with the kiln owner last week."],
    ["I talked with the harbour master on the phone on Tuesday."],
    ["We discussed the rollout by phone with the glaze team."],
  ])("%s -> no need", (text) => expect(findProblem([text], null, true, false)).toBeNull());

  it.each([
    ["The glaze orders for the kiln still come in by phone."],
    ["Their berth requests are taken on the phone by one clerk."],
    ["I spoke to her, the berth requests are all taken by phone."],
  ])("%s -> the need", (text) => expect(findProblem([text], null, true, false)).toBe(text));
});

describe("problem: no website is no need", () => {
  it.each([
    ["They don't have a website yet, just a Facebook page for the kiln."],
    ["They have no website yet, the studio is on Instagram."],
    ["El cliente no tiene página web todavía, solo Instagram para el taller."],
    ["Ze hebben geen website, alleen een Facebook-pagina voor de werf."],
    ["Sie haben keine eigene Website, nur eine Facebook-Seite für die Werft."],
    ["Ils n'ont pas de site web, seulement une page Facebook pour l'atelier."],
    ["O cliente ainda não tem site, só Instagram para a oficina."],
    ["Clientul nu are site, doar o pagină de Facebook pentru atelier."],
  ])("%s -> not described as the need", (text) => expect(findProblem([text], null, true, true)).toBeNull());

  it.each([
    ["They run a pottery studio with four kilns near the harbour."],
    ["They have a website with a shop for the glaze kits and mugs."],
  ])("%s -> described", (text) => expect(findProblem([text], null, true, true)).toBe(text));
});
