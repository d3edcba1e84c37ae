// Rivals named after the offer they are weighed against ("compares it with the offer of X", in
// pl, ro, hr/sl and fr), under competitor labels the tables lacked (ko, zh, et, sl, ca, en) and
// in a label's value that goes on in a caseless script after a Latin name. Invented sentences.
import { describe, expect, it } from "vitest";
import { findCompetitorsInProse, parseCompetitorList } from "../../../services/parser/normalise/competitors.ts";
import { parseMessage } from "../../../services/parser/parse-message.ts";

describe("a rival named after the offer it is compared with", () => {
  it.each([
    // pl: the offer in the instrumental after "z", the vendor's offer before it
    ["Etap: klient porównuje ją z ofertą Kelvaro.", ["Kelvaro"]],
    ["Porównujemy ofertę the vendor z Kelvaro i Ostrana.", ["Kelvaro", "Ostrana"]],
    // ro: "cu oferta X", "o ofertă comparativă cu X"
    ["Stadiu: clientul o compară cu oferta Kelvaro.", ["Kelvaro"]],
    ["Urmează o ofertă comparativă cu Kelvaro.", ["Kelvaro"]],
    // hr / sl: "s ponudom za X", "s ponudbo X"
    ["Faza: klijent uspoređuje s ponudom za Kelvaro.", ["Kelvaro"]],
    ["Uspoređuju našu ponudu s Kelvaro.", ["Kelvaro"]],
    ["Stranka primerja s ponudbo Kelvaro.", ["Kelvaro"]],
    // fr: the rival's offer as a pronoun
    ["Statut : elle compare notre offre avec celle de Kelvaro.", ["Kelvaro"]],
  ])("%s", (text, want) => expect(findCompetitorsInProse(text, ["the vendor"])).toEqual(want));

  it.each([
    "Klient porównuje ją z ofertą z zeszłego roku.",
    "Clientul o compară cu oferta de anul trecut.",
    "Klijent uspoređuje s ponudom od prošle godine.",
    "Elle compare notre offre avec celle de l'an dernier.",
  ])("names no rival where the offer is no vendor's: %s", (text) =>
    expect(findCompetitorsInProse(text, ["the vendor"])).toEqual([]),
  );
});

describe("a rival named after a word of comparing, in more languages", () => {
  it.each([
    // tr: the rival before "ile" and the verb
    ["Aşama: teklif verildi, Kelvaro ile karşılaştırıyorlar.", ["Kelvaro"]],
    ["Müşteri bizi Kelvaro ile de kıyaslıyor.", ["Kelvaro"]],
    // vi
    ["Giai đoạn: khách hàng đang so sánh báo giá với Kelvaro.", ["Kelvaro"]],
    // lt
    ["Etapas: klientas lygina pasiūlymą su Kelvaro.", ["Kelvaro"]],
    // he
    ["שלב: השוואה מול Kelvaro", ["Kelvaro"]],
    // id / ms
    ["Mereka sedang bandingkan harga dengan Kelvaro.", ["Kelvaro"]],
    // nl: the noun
    ["Fase: offerte verstuurd, vergelijking met Kelvaro.", ["Kelvaro"]],
  ])("%s", (text, want) => expect(findCompetitorsInProse(text, ["the vendor"])).toEqual(want));

  it.each([
    // a meeting with a person is no comparison
    "Yarın Ayşe Hanım ile görüşeceğiz.",
    "Khách hàng so sánh với năm ngoái.",
    "Fase: vergelijking met vorig jaar.",
  ])("names no rival: %s", (text) => expect(findCompetitorsInProse(text, ["the vendor"])).toEqual([]));
});

describe("a Latin name in a label's value, then words in a caseless script", () => {
  it("is the name alone", () => {
    expect(parseCompetitorList("Kelvaro Suite 도 함께 검토 중")).toEqual(["Kelvaro Suite"]);
    expect(parseCompetitorList("Kelvaro と比較中")).toEqual(["Kelvaro"]);
  });
  it("leaves a name written in the caseless script whole", () => {
    expect(parseCompetitorList("켈바로")).toEqual(["켈바로"]);
  });
});

describe("competitor labels in more languages", () => {
  const mail = (line: string) =>
    Buffer.from(
      "From: Vera Lind <vera@lindpartners.example>\r\nTo: partners@vendor.example\r\n" +
        "Subject: Deal registration: Vento Albar\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
        "Please register Vento Albar Ltd, ventoalbar.example\r\n" +
        `Contact: Irene Sola, irene.sola@ventoalbar.example\r\n${line}\r\n`,
    );
  it.each([
    ["경쟁: 켈바로", ["켈바로"]],
    ["- 경쟁: Kelvaro Suite 도 검토 중", ["Kelvaro Suite"]],
    ["竞品：凯尔瓦", ["凯尔瓦"]],
    ["競品：凱爾瓦", ["凱爾瓦"]],
    ["Konkurent: Kelvaro", ["Kelvaro"]],
    ["Konkurenca: Kelvaro Cloud", ["Kelvaro Cloud"]],
    ["Competidors: Kelvaro, Ostrana", ["Kelvaro", "Ostrana"]],
    ["Currently on: Kelvaro", ["Kelvaro"]],
    ["Currently using: Kelvaro", ["Kelvaro"]],
    ["Currently on: spreadsheets", []],
    ["Also looking: Kelvaro, Ostrana", ["Kelvaro", "Ostrana"]],
  ])("%s", async (line, want) => {
    const r = await parseMessage(mail(line), { vendorDomains: ["vendor.example"] });
    expect(r.output.registration?.competitors).toEqual(want);
  });
});
