// Rivals named in prose and labels: a verb of weighing or
// looking at a rival with "also" or "in parallel" in many languages, the caseless scripts' word of
// comparison beside a Latin or quoted name, and rival labels said as "compared with" or "evaluated".
// Every sentence here is invented; "Zentora" stands for the vendor's own name.
import { describe, expect, it } from "vitest";
import { findLabelled, firstByField } from "../../../services/parser/extract/labels.ts";
import { findCompetitorsInProse } from "../../../services/parser/normalise/competitors.ts";

const rivals = (text: string) => findCompetitorsInProse(text, ["Zentora"]);

describe("competitors: weighing a rival, more phrasings (lang/*.ts competitorBefore)", () => {
  it.each([
    // en.ts: the offers of the writer and of a rival, an aside between
    ["They are weighing quotes from us (via our shop) and Quillbox this month.", ["Quillbox"]],
    ["Two offers on the table: offers from you and from Quillbox.", ["Quillbox"]],
    // uk-ru.ts: the adverb first, "на" left out
    ["Сейчас у них пилот, параллельно смотрят Quillbox.", ["Quillbox"]],
    ["Мы также смотрим Quillbox Pro для склада.", ["Quillbox Pro"]],
    // it.ts: the verb alone with "anche"; a rival in the race
    ["Hanno chiesto una demo e valutano anche Quillbox.", ["Quillbox"]],
    ["Stato: offerta inviata, in gara anche Quillbox.", ["Quillbox"]],
    ["In gara c'è anche Quillbox per il magazzino.", ["Quillbox"]],
    // id.ts: Indonesian and Malay "also assessing X"
    ["Pelanggan turut menilai Quillbox untuk gudang mereka.", ["Quillbox"]],
    ["Mereka juga mempertimbangkan Quillbox.", ["Quillbox"]],
    // hr.ts: looked at or weighed alongside
    ["Trenutno isprobavaju demo i usporedno gledaju Quillbox.", ["Quillbox"]],
    ["Klijent također razmatra Quillbox.", ["Quillbox"]],
    // el.ts: "also" and the rival as the object, no "με"
    ["Ο πελάτης συγκρίνει επίσης το Quillbox.", ["Quillbox"]],
    ["Εξετάζουν ακόμη την Quillbox.", ["Quillbox"]],
    // es.ts: rivals quoting or competing too
    ["Propuesta enviada; también cotizan Quillbox y Tornado.", ["Quillbox", "Tornado"]],
    ["También compite Quillbox en esta licitación.", ["Quillbox"]],
    // pt.ts: the offer competes with a rival
    ["O nosso orçamento concorre com a Quillbox.", ["Quillbox"]],
    ["A nossa oferta concorre com a Quillbox.", ["Quillbox"]],
    // nl.ts: the separable verb "een offerte opvragen bij"
    ["De klant haalt daarnaast offertes op bij Quillbox.", ["Quillbox"]],
    // he.ts: the verb "compare" with "against" or "with"
    ["שלב: ניסיון, משווים מול Quillbox", ["Quillbox"]],
    ["הלקוח משווה את ההצעה עם Quillbox", ["Quillbox"]],
    // ar.ts: "they compare your offer with X"
    ["هم يقارنون عرضكم مع Quillbox، والقرار قريب", ["Quillbox"]],
    ["نقارن مع Quillbox حالياً", ["Quillbox"]],
    // fr.ts: the writer's own "comparons" and the polite "comparez"
    ["Vous comparez notre devis avec celui de Quillbox.", ["Quillbox"]],
    ["Vous la comparez avec Quillbox ?", ["Quillbox"]],
    // nordic.ts: the word and a colon inside a sentence
    ["Demo bokad på fredag. Konkurrent: Quillbox.", ["Quillbox"]],
    ["Møde aftalt. Konkurrenter: Quillbox og Tornado.", ["Quillbox", "Tornado"]],
    // tl.ts: the rival after its word and a colon
    ["Kalaban: Quillbox", ["Quillbox"]],
    ["Mga kakumpitensya: Quillbox", ["Quillbox"]],
    ["Katunggali: Quillbox", ["Quillbox"]],
  ])("%s -> %j", (text, names) => {
    expect(rivals(text)).toEqual(names);
  });
});

describe("competitors: a Latin or quoted name beside a caseless script's word of comparison", () => {
  it.each([
    // zh.ts comparisonWord, name after and name in quotes before
    ["客户正在试用，同时也在比较 Quillbox。", ["Quillbox"]],
    ["客户正在试用，同时也在比較 Quillbox。", ["Quillbox"]],
    ["正在与“小鹿云”对比报价", ["小鹿云"]],
    ["正在與「小鹿雲」對比", ["小鹿雲"]],
    // ko.ts: the name, a particle, then the word
    ["현재 Quillbox 360과 비교하고 있습니다", ["Quillbox 360"]],
    // th.ts: the word, "with", then the name
    ["ลูกค้ากำลังเปรียบเทียบกับ Quillbox", ["Quillbox"]],
    // ja.ts: the word's particle joined to the name before it
    ["Quillboxと比較しています", ["Quillbox"]],
  ])("%s -> %j", (text, names) => {
    expect(rivals(text)).toEqual(names);
  });

  it.each([
    // a generic tool, the vendor, and a name far from the word are no rivals
    "Excelと比較しています",
    "比較 Zentora",
    "Quillbox 도입 후 비용을 절감했고, 지금은 다른 안과 비교 중",
  ])("%s -> []", (text) => {
    expect(rivals(text)).toEqual([]);
  });
});

describe("competitors: labels for the rival compared or evaluated (fr.ts, es.ts, ja.ts labels)", () => {
  const competitors = (text: string) => firstByField(findLabelled(text)).get("competitors")?.value;
  it.each([
    ["Concurrent évalué : Quillbox", "Quillbox"],
    ["Concurrents évalués : Quillbox, Tornado", "Quillbox, Tornado"],
    ["Autre solution étudiée : Quillbox", "Quillbox"],
    ["Autres solutions étudiées : Quillbox", "Quillbox"],
    ["Compiten: Quillbox y Tornado", "Quillbox y Tornado"],
    ["Compite con: Quillbox", "Quillbox"],
    ["Compiten con: Quillbox", "Quillbox"],
    ["比較対象: Quillbox", "Quillbox"],
  ])("%s -> %s", (text, value) => {
    expect(competitors(text)).toBe(value);
  });
});
