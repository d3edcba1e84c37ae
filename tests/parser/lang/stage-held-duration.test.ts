// A meeting with a date that already took place is no meeting booked (`stage.held`, `heldArticle`,
// `heldAfter`), and a number with a unit of time is a meeting's length, not its date
// (`stage.duration`). One sentence per entry, written for these tests.
import { describe, expect, it } from "vitest";
import { detectStage } from "../../../services/parser/normalise/stage.ts";

describe("a dated meeting said to be held is not booked", () => {
  it.each([
    ["Following our demo on Tuesday, they are keen.", "following our"],
    ["Following the call on 4 June they asked about licences.", "following the"],
    ["Further to our workshop on Friday, here are the details.", "further to our"],
    ["We had a call with the CFO on Tuesday and she liked it.", "a cue opening with its verb"],
    ["The site visit took place on 9 May.", "took place"],
    ["Der Workshop fand am 4. Juni statt.", "fand"],
    ["Nous avons eu une démo le 4 juin.", "eu, une"],
    ["Nous avons eu un appel mardi.", "un"],
    ["Nous avons eu la réunion le 4 juin.", "la"],
    ["Nous avons eu le rendez-vous mardi.", "le"],
    ["Nous avons eu notre réunion le 4 juin.", "notre"],
    ["Nous avons eu une première réunion le 4 juin.", "première"],
    ["Suite à la visite de mardi, elle est intéressée.", "suite à"],
    ["La réunion a eu lieu le 4 juin.", "a eu lieu"],
    ["La démo s'est tenue mardi.", "s'est tenue"],
    ["Abbiamo avuto un incontro il 4 giugno.", "avuto, un"],
    ["Abbiamo svolto la riunione il 4 giugno.", "svolto, la"],
    ["Abbiamo tenuto una presentazione martedì.", "tenuto, una"],
    ["Abbiamo fatto il sopralluogo il 4 giugno.", "fatto, il"],
    ["Abbiamo fatto lo sopralluogo il 4 giugno.", "lo"],
    ["Abbiamo fatto il primo incontro il 4 giugno.", "primo"],
    ["Sopralluogo fatto il 4 giugno.", "fatto after"],
    ["La riunione è stata fatta il 4 giugno.", "è stata fatta"],
    ["La riunione si è svolta martedì.", "si è svolta"],
    ["Tuvimos una reunión el martes 21 con el gerente.", "tuvimos, dated"],
    ["La reunión ya se realizó el martes 21.", "se realizó"],
    ["A reunião foi realizada no dia 4 de junho.", "foi realizada"],
    ["We hadden een gesprek op 4 juni.", "hadden, een"],
    ["We hadden het gesprek op 4 juni.", "het"],
    ["We hadden de demo op 4 juni.", "de"],
    ["We hadden ons gesprek op 4 juni.", "ons"],
    ["We hadden onze demo op 4 juni.", "onze"],
    ["We hadden een eerste gesprek op 4 juni.", "eerste"],
    ["Het gesprek vond op 4 juni plaats.", "vond"],
    ["Vi hade ett möte på tisdag.", "hade, ett"],
    ["Vi hadde et møte på tirsdag.", "hadde, et"],
    ["Vi hade en demo på tisdag.", "en"],
    ["Vi hade vårt möte på tisdag.", "vårt"],
    ["Vi havde vores møde på tirsdag.", "havde, vores"],
    ["Vi hadde første møte på tirsdag.", "første"],
    ["Vi hade första mötet på tisdag.", "första"],
    ["Mötet ägde rum på tisdag.", "ägde rum"],
    ["Mødet fandt sted på tirsdag.", "fandt sted"],
    ["Mieliśmy spotkanie we wtorek.", "mieliśmy"],
    ["Odbyliśmy spotkanie we wtorek.", "odbyliśmy"],
    ["Spotkanie odbyło się we wtorek.", "odbyło się"],
  ])("%s (%s)", (s) => expect(detectStage(s)).toBeNull());

  // undated, the entry still says the deal is past discovery: the next step is where it stands
  it.each([
    ["Der Termin hat bereits stattgefunden.", "hat stattgefunden"],
    ["De demo heeft al plaatsgevonden.", "heeft plaatsgevonden"],
    ["Abbiamo fatto due demo.", "due"],
    ["Nous avons eu nos deux rendez-vous.", "nos, deux"],
  ])("%s (%s)", (s) => expect(detectStage(`${s} Next step is a pilot.`)).toBe("evaluation"));

  it.each([
    "We have a call with the CFO on Tuesday.",
    "Wir haben am Montag einen Termin mit dem Geschäftsführer.",
    "Nous avons une réunion le 3 mai avec la directrice.",
    "Tenemos una reunión el martes 21 con el gerente.",
    "Vi har ett möte på tisdag.",
  ])("a meeting to come stays booked: %s", (s) => expect(detectStage(s)).toBe("discovery_scheduled"));
});

describe("a meeting's length is not its date", () => {
  it.each([
    ["Presentation for 2 hours with the board.", "hours"],
    ["Call for 1 hour with their team.", "hour"],
    ["Workshop of 3 hrs, no date yet.", "hrs"],
    ["They want a demo: 45 minutes, agenda to follow.", "minutes"],
    ["Call: 30 mins, agenda to follow.", "mins"],
    ["Sie möchten einen Workshop von 2 Stunden.", "Stunden"],
    ["Sie möchten eine Demo von 45 Minuten.", "Minuten"],
    ["Ils veulent une démo de 2 heures.", "heures"],
    ["Ils veulent une démo de 45 minutes.", "minutes (fr)"],
    ["Vorrebbero un incontro di 2 ore.", "ore"],
    ["Vorrebbero un incontro di 45 minuti.", "minuti"],
    ["Quieren una demo de 2 horas.", "horas"],
    ["Quieren una demo de 45 minutos.", "minutos"],
    ["Querem uma reunião de 2 horas.", "horas (pt)"],
    ["Querem uma demo de 45 minutos.", "minutos (pt)"],
    ["Ze willen een demo van 45 minuten.", "minuten (nl)"],
    ["Ze willen een workshop van 2 uur.", "uur"],
    ["De vil ha en demo på 45 minutter.", "minutter"],
    ["De vill ha ett möte på 45 minuter.", "minuter"],
    ["De vil ha et møte på 2 timer.", "timer"],
    ["De vill ha ett möte på 2 timmar.", "timmar"],
    ["De vill ha ett möte på 1 timme.", "timme"],
    ["Chcą spotkania na 45 minut.", "minut"],
    ["Chcą spotkania na 2 godziny.", "godziny"],
  ])("%s (%s)", (s) => expect(detectStage(s)).not.toBe("discovery_scheduled"));

  it("a day and a month is still a date", () => expect(detectStage("Demo on 14 March.")).toBe("discovery_scheduled"));
});

describe("a proposal asked for or being written is evaluation", () => {
  it.each([
    ["They would like to receive a proposal for the two sites.", "would like to receive"],
    ["The board requested a formal proposal by the end of May.", "requested"],
    ["They are requesting a quotation for 40 seats.", "requesting"],
    ["Stiamo preparando l'offerta per il cliente.", "stiamo preparando"],
    ["Sto preparando un preventivo.", "sto preparando"],
  ])("%s (%s)", (s) => expect(detectStage(s)).toBe("evaluation"));

  it("a held meeting and a proposal asked after it", () =>
    expect(detectStage("We had a call with them on Monday; they requested a written quote.")).toBe("evaluation"));
});
