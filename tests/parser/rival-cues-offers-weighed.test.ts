// Rivals named where the prospect weighs offers: Hebrew and Arabic verbs with "and" joined to them,
// the Hebrew noun in its construct state, the Malay quote compared, a Spanish or Portuguese offer
// named before the rival, the Turkish prospect talking with a rival too, an English rival "had in";
// and the partner team greeted in other languages, which is no product. One invented sentence per entry.
import { describe, expect, it } from "vitest";
import { findCompetitorsInProse, parseCompetitorList } from "../../services/parser/normalise/competitors.ts";
import { findLabelled, firstByField } from "../../services/parser/extract/labels.ts";
import { findProduct, vendorTerms } from "../../services/parser/vendor.ts";

describe("rivals where offers are weighed", () => {
  it.each([
    // Hebrew: "and compares against X", the construct noun "comparison of offers against X",
    // "checking X too", "including an offer of X"
    ["שלב: הלקוח ביקש הצעה ומשווה מול Quorvex", ["Quorvex"]],
    ["הם בשלב השוואת הצעות מחיר מול Quorvex.", ["Quorvex"]],
    ["הם בודקים גם את Quorvex.", ["Quorvex"]],
    ["שלב: משווים הצעות, כולל הצעה של Quorvex", ["Quorvex"]],
    // Arabic: "and they compare with X", "between our offer and X's offer"
    ["طلبوا عرض سعر ويقارنون مع Quorvex", ["Quorvex"]],
    ["العميل يقارن بين عرضنا وعرض Quorvex، والميزانية", ["Quorvex"]],
    // Malay: "comparing our quote with X", "assessing our quote and X"
    ["Pelanggan sedang membandingkan sebut harga kami dengan Quorvex.", ["Quorvex"]],
    ["Sedang menilai sebut harga kami dan Quorvex.", ["Quorvex"]],
    // Spanish: the offers named before the rival, "frente a"
    ["Están comparando propuestas con Quorvex y Delvo.", ["Quorvex", "Delvo"]],
    ["Están evaluando nuestra propuesta frente a Quorvex.", ["Quorvex"]],
    // Portuguese: the first person, the spoken short form, "junto com", "pra"
    ["Também estamos olhando o Quorvex.", ["Quorvex"]],
    ["tá olhando o Quorvex também", ["Quorvex"]],
    ["Estão avaliando junto com o Quorvex.", ["Quorvex"]],
    ["Eles pediram cotação pra Quorvex.", ["Quorvex"]],
    // Turkish: the prospect talks with X too, in the third person
    ["Teklif aşamasında, Quorvex ile de görüşüyorlar.", ["Quorvex"]],
    ["Daha önce Quorvex ile de görüşmüşler.", ["Quorvex"]],
    // English: a rival had in, the visit alone; a rival in the mix, singular
    ["They've also had Quorvex in.", ["Quorvex"]],
    ["They've also had Quorvex in, and the board meets in May.", ["Quorvex"]],
    ["Other vendor in the mix: Quorvex.", ["Quorvex"]],
  ])("%s -> %j", (text, want) => expect(findCompetitorsInProse(text)).toEqual(want));

  it.each([
    // the partner talking with a person, in the first person, is no rival
    ["Ahmet Bey ile görüştük."],
    ["Quorvex Bey ile görüşüyoruz."],
    // a system "had in place" is no visit
    ["They had Quorvex in place for years."],
    // a comparison without a name
    ["Están comparando propuestas con calma."],
    // whom a proposal is for, with its article, is no rival
    ["Fase: pediram proposta para a Direção Regional."],
  ])("%s -> none", (text) => expect(findCompetitorsInProse(text)).toEqual([]));
});

describe("labels for the offers weighed now", () => {
  const form = (label: string) => `Company: Brindle Works Ltd\nEmail: ana@brindle.example\n${label}: Quorvex\n`;
  it.each([["Currently evaluating"], ["Currently looking at"]])("%s", (label) =>
    expect(firstByField(findLabelled(form(label))).get("competitors")?.value).toBe("Quorvex"),
  );
  it("the system run now stays the incumbent's", () =>
    expect(firstByField(findLabelled(form("Currently using"))).get("incumbent")?.value).toBe("Quorvex"));
});

describe("the partner team greeted is no product", () => {
  const terms = vendorTerms({
    domains: ["ostrava.io"],
    inbox: [{ address: "partners@ostrava.io", name: "Ostrava Deals" }],
  });
  it.each([
    ["Kedves Ostrava Csapat! Új ügyfél.", null],
    ["Kedves Ostrava csapata, új ügyfél.", null],
    ["Merhaba Ostrava İş Ortakları Ekibi, yeni fırsat.", null],
    ["Merhaba Ostrava Ekibi, yeni fırsat.", null],
    ["Merhaba Ostrava Ortaklar, yeni fırsat.", null],
    ["Chère Ostrava Équipe, un nouveau client.", null],
    ["Hola Ostrava Equipo, un cliente nuevo.", null],
    ["Olá Ostrava Equipa, um cliente novo.", null],
    ["Olá Ostrava Equipe, um cliente novo.", null],
    ["Drogi Ostrava Zespół, nowy klient.", null],
    ["Milý Ostrava Tým, nový zákazník.", null],
    // the product named after the greeting is still read
    ["Merhaba Ostrava İş Ortakları Ekibi, müşteri Ostrava Route ile ilgileniyor.", "Ostrava Route"],
  ])("%s -> %s", (text, want) => expect(findProduct(text, terms)).toBe(want));
});

describe("a part named in lower-case words before its kind", () => {
  const terms = vendorTerms({ domains: ["ostrava.io"], inbox: [] });
  it.each([
    ["She wants the stock count module, roughly 9k a year.", "stock count module"],
    ["Wants the loyalty module.", "loyalty module"],
    ["Stage: trial of the room booking module running since May.", "room booking module"],
    ["They are keen on the pro plan.", "pro plan"],
    // how much of the offer, not which part
    ["They want the whole package.", null],
    // a capitalised name is read by the kind readers, not this one; a sentence without a cue is none
    ["The stock count module came up in passing.", null],
  ])("%s -> %s", (text, want) => expect(findProduct(text, terms)).toBe(want));
});

describe("Hungarian rivals before the words about them", () => {
  it.each([
    ["Jelenleg az Quorvex ajánlatát is vizsgáljuk.", ["Quorvex"]],
    ["A cég ajánlatokat hasonlít össze, a Delvo Pro is versenyben van.", ["Delvo Pro"]],
  ])("%s -> %j", (text, want) => expect(findCompetitorsInProse(text)).toEqual(want));
});

describe("a labelled 'none' in more languages", () => {
  it.each([["无"], ["無"], ["暂无"], ["没有"], ["ไม่มี"], ["אין"], ["لا يوجد"], ["कोई नहीं"]])("%s -> none", (value) =>
    expect(parseCompetitorList(value)).toEqual([]),
  );
  it("a name is still read", () => expect(parseCompetitorList("Quorvex")).toEqual(["Quorvex"]));
});
