// Region and competitor phrasings added for the families seen across several held-out corpora
// (a region label inside a sentence, a place in brackets, region labels per language, rivals
// mentioned or demoed, German trial verbs, list marks of other scripts), in invented words.
import { describe, expect, it } from "vitest";
import { findGeography, labelledPlace } from "../../services/parser/extract/prose-fields.ts";
import { labelField } from "../../services/parser/extract/labels.ts";
import { findCompetitorsInProse, parseCompetitorList } from "../../services/parser/normalise/competitors.ts";
import { parseMessage } from "../../services/parser/parse-message.ts";
import { plainMail } from "../helpers/plain-mail.ts";

describe("a region label's value", () => {
  it.each([
    ["Valdoria. Mirta has agreed to a call with your team.", "Valdoria"],
    ["Nordmark-Ostheim. Pas de budget pour le moment.", "Nordmark-Ostheim"],
    ["Eastvale (Brennshire). Estimated value around 40k a year.", "Eastvale (Brennshire)"],
    ["UK (North Fells)", "UK (North Fells)"],
    ["Quorvia (Lentin et Varo)", "Quorvia (Lentin et Varo)"],
    ["Tarnholm (zona oeste)", "Tarnholm"],
    ["Tarnholm and Vesk (3 depots, 200 staff)", "Tarnholm and Vesk"],
    ["Co. Brannock, Eastshire", "Co. Brannock, Eastshire"],
    ["St. Orwen", "St. Orwen"],
    ["Vellen, Gto.", "Vellen, Gto."],
  ])("%s -> %s", (value, want) => expect(labelledPlace(value)).toBe(want));
});

describe("a region label inside a sentence", () => {
  it("keeps a place written in lower case when it ends the sentence", () =>
    expect(findGeography("Wartość ok. 40 000 PLN rocznie. Region: zachodnioborskie.", null)).toBe("zachodnioborskie"));
  it("reads no lower-case words that run on", () =>
    expect(findGeography("Fine so far. Region: north of the country for now.", null)).toBeNull());
  it("reads no placeholder", () => expect(findGeography("All good. Region: tbd.", null)).toBeNull());
});

describe("a count of sites, then the preposition of islands, coasts and countries", () => {
  it.each([
    ["Le groupe a 9 cabinets au Valmorin et cherche un outil.", "Valmorin"],
    ["Hotellet har 22 værelser på Skarnø og bruger Excel.", "Skarnø"],
    ["De driver 3 kaféer på Costa del Brio sedan 2019.", "Costa del Brio"],
  ])("%s -> %s", (text, want) => expect(findGeography(text, null)).toBe(want));
});

describe("region label words per language", () => {
  it.each([
    ["Регіон", "uk"],
    ["Регион", "ru"],
    ["Область", "uk/ru: oblast"],
    ["Local", "pt: local"],
    ["Area geografica", "it"],
    ["Territoire", "fr"],
  ])("%s (%s) names the region", (label) => expect(labelField(label)).toBe("region"));
});

describe("competitors: rivals mentioned or demoed", () => {
  it.each([
    ["They mentioned Brixel and Quantora in passing.", ["Brixel", "Quantora"]],
    ["He mentioned also Tallow Desk.", ["Tallow Desk"]],
    ["They have a demo of Plintex booked for Friday.", ["Plintex"]],
    ["They've had a Norva Site Cam demo too.", ["Norva Site Cam"]],
    ["Hanno già visto una demo di Ferrulo e vogliono un'offerta.", ["Ferrulo"]],
    ["Abbiamo avuto una demo da Ottavix ieri.", ["Ottavix"]],
    ["Ze hebben al een demo gehad van KRONDEL.", ["KRONDEL"]],
  ])("%s -> %j", (text, want) => expect(findCompetitorsInProse(text)).toEqual(want));

  it("a person mentioned in passing is no rival when nothing names one", () =>
    expect(findCompetitorsInProse("She mentioned that the board meets in June.")).toEqual([]));
  it("what the partner mentioned to the prospect is the vendor's, no rival", () => {
    expect(findCompetitorsInProse("I mentioned Tarvo, Edda Lunn (CFO) is keen.")).toEqual([]);
    expect(findCompetitorsInProse("We've mentioned Tarvo to them already.")).toEqual([]);
  });
});

describe("competitors: German trial and review verbs", () => {
  it.each([
    ["Nebenbei schaut er sich Dorvex Suite an.", ["Dorvex Suite"]],
    ["Sie hat sich schon Malvent angeschaut.", ["Malvent"]],
    ["Wir testen gerade Quillo Cloud.", ["Quillo Cloud"]],
    ["Die Werft prüft parallel ORDIS und Kelm Pro.", ["ORDIS", "Kelm Pro"]],
  ])("%s -> %j", (text, want) => expect(findCompetitorsInProse(text)).toEqual(want));
});

describe("competitors: list marks of other scripts", () => {
  it.each([
    ["Brixel、Quantora", ["Brixel", "Quantora"]],
    ["Brixel，Quantora", ["Brixel", "Quantora"]],
    ["Brixel، Quantora", ["Brixel", "Quantora"]],
  ])("%s -> %j", (value, want) => expect(parseCompetitorList(value)).toEqual(want));
});

describe("competitors: named only in the quoted thread below a handover", () => {
  const mail = (note: string) =>
    plainMail(
      "Fwd: Cold store review",
      [
        "Hi team,",
        "",
        `Please register Brannock Dairies Ltd (brannockdairies.example) for us, thread below. ${note}`,
        "Orla Kemp is the contact now: orla.kemp@brannockdairies.example.",
        "",
        "Thanks,",
        "Lena",
        "",
        "On Mon, 2 Mar 2026 at 10:12, Lena Hart <lena@northgate-partners.example.com> wrote:",
        "",
        "> Hi Orla,",
        ">",
        "> I know you're also talking to Vexilon - happy to do a side by side.",
        ">",
        "> Lena",
      ].join("\n"),
    );
  const competitors = async (note: string) =>
    (await parseMessage(mail(note), { vendorDomains: ["vendor.example"] })).output.registration?.competitors;

  it("reads the rival from the quoted lines", async () => expect(await competitors("")).toEqual(["Vexilon"]));
  it("keeps the partner's word that there is no competition", async () =>
    expect(await competitors("No competition as far as we know.")).toEqual([]));
});

describe("competitor label words per language", () => {
  it.each([
    ["Mitbewerb", "de"],
    ["Concorrente", "pt: singular"],
    ["Konkurencija", "hr"],
  ])("%s (%s) names the competitors", (label) => expect(labelField(label)).toBe("competitors"));

  it("de: 'Mitbewerber:' inside a sentence opens the list", () =>
    expect(findCompetitorsInProse("Budget steht. Mitbewerber: Quandor und Reltix sind auch eingeladen.")).toEqual([
      "Quandor",
      "Reltix",
    ]));
});

describe("competitors: a labelled list with words around its names", () => {
  it.each([
    ["Brixel and Quantora both pitched last month", ["Brixel", "Quantora"]],
    ["Norva G2 and Plintex are in the evaluation too.", ["Norva G2", "Plintex"]],
    ["Tarvo, and one regional vendor (Kelm Systems)", ["Tarvo", "Kelm Systems"]],
    ["Tarvo, and local company Ottavix", ["Tarvo", "Ottavix"]],
    ["Quillo Cloud is used in two depots", ["Quillo Cloud"]],
  ])("%s -> %j", (value, want) => expect(parseCompetitorList(value)).toEqual(want));
});
