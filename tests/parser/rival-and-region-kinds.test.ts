// Rivals named in prose by kind across languages (compared with, also considered, an offer held
// from) and the label words for competitors and regions that the label tables lacked, one
// invented sentence or label per entry.
import { describe, expect, it } from "vitest";
import { labelField } from "../../services/parser/extract/labels.ts";
import { findCompetitorsInProse, parseCompetitorList } from "../../services/parser/normalise/competitors.ts";

describe("competitors: compared with, per language", () => {
  it.each([
    ["Nous voulons une offre pour comparer avec la solution Pelvaro.", ["Pelvaro"]],
    ["Zákazník nás srovnává s Dorvikem.", ["Dorvikem"]],
    ["Klient porównuje oferty (Quantora i Ferrulo Suite).", ["Quantora", "Ferrulo Suite"]],
    ["They want to compare the vendor Docks with Ottavix and Plintex.", ["Ottavix", "Plintex"]],
  ])("%s -> %j", (text, want) => expect(findCompetitorsInProse(text, ["the vendor"])).toEqual(want));
});

describe("competitors: also considered, per language", () => {
  it.each([
    ["Ze overwegen ook Tarvex.", ["Tarvex"]],
    ["Zij bekijken ook Malvent Pro.", ["Malvent Pro"]],
    ["Offerta richiesta, in valutazione anche Quillo.", ["Quillo"]],
    ["They asked for a proposal, also considering Norva Cloud.", ["Norva Cloud"]],
    ["Estão avaliando também a Brixel e a Dorvo.", ["Brixel", "Dorvo"]],
    ["Im Gespräch ist außerdem Kelmix.", ["Kelmix"]],
    ["Zur Sprache kam auch Ordwell, das sie auf einer Messe sahen.", ["Ordwell"]],
    ["Als Alternative hat sie Plintor im Blick.", ["Plintor"]],
    ["Ya pidieron precio y también han mirado Vexilon.", ["Vexilon"]],
    ["Ferrix et Dolmen sont aussi consultés.", ["Ferrix", "Dolmen"]],
  ])("%s -> %j", (text, want) => expect(findCompetitorsInProse(text, ["the vendor"])).toEqual(want));
});

describe("competitors: an offer held from a rival, per language", () => {
  it.each([
    ["Mają już wycenę od Brixel.pl i od Tarvo.", ["Brixel.pl", "Tarvo"]],
    ["También tienen ofertas de Quantora y PLINTEX.", ["Quantora", "PLINTEX"]],
    ["Kunden har fået tilbud fra os og fra Vellamo.", ["Vellamo"]],
    ["We're also getting numbers from Dorvik and Kelmora so we can compare.", ["Dorvik", "Kelmora"]],
    ["She has also been quoted by Ostrel and Marnix.", ["Ostrel", "Marnix"]],
  ])("%s -> %j", (text, want) => expect(findCompetitorsInProse(text, ["the vendor"])).toEqual(want));
});

describe("competitors: a rival described by its kind in a label's value", () => {
  it("reads the bracketed name after the kind", () =>
    expect(parseCompetitorList("Local vendor (Brennix)")).toEqual(["Brennix"]));
  it("reads 'none known' in Hungarian as none", () => expect(parseCompetitorList("nincs ismert")).toEqual([]));
  it("reads 'none yet' in Indonesian as none", () => expect(parseCompetitorList("belum ada")).toEqual([]));
});

describe("competitor and region label words", () => {
  it.each([
    ["Competidor", "competitors"],
    ["Pesaing", "competitors"],
    ["المنافسون", "competitors"],
    ["Regija", "region"],
    ["المنطقة", "region"],
    ["Περιοχή", "region"],
    ["Wilayah", "region"],
  ])("%s names %s", (label, field) => expect(labelField(label)).toBe(field));
});
