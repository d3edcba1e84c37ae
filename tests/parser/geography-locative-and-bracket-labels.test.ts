// The prospect's place after a count of its sites as Russian, Ukrainian and Bulgarian write "in"
// ("4 точки у …", "12 обекта в …"), places listed with the "and" of those scripts, a Greek lead
// "from" with the client in its accusative and the place's article, a Greek "for" with its article,
// and a Chinese or Japanese form's label in lenticular brackets or after an enumeration comma.
// Invented names and sentences.
import { describe, expect, it } from "vitest";
import { findGeography } from "../../services/parser/extract/prose-fields.ts";
import { findLabelled } from "../../services/parser/extract/labels.ts";

describe("a count of sites, then 'in' and the place (uk-ru, bg sizePlaceBefore)", () => {
  it.each([
    ["Передаю контакт: мережа «Зоряна», 4 точки у Тернополі. Власник — Петро.", "Тернополі"],
    ["Сейчас 65 автобусов в Караганде, графики в тетради.", "Караганде"],
    ["Обслуживают 30 объектов во Владимире.", "Владимире"],
    ["Имат 12 обекта в Пловдив, графикът е в тетрадка.", "Пловдив"],
    ["Имат 3 склада във Враца.", "Враца"],
  ])("%s", (text, place) => {
    expect(findGeography(text, null)).toBe(place);
  });

  it("places listed with и, і, та, ve or και are one place", () => {
    expect(findGeography("Держим 14 пекарен в Бресте и Гродно, спрос растёт.", null)).toBe("Бресте и Гродно");
    expect(findGeography("Мають 6 складів у Рівному та Луцьку.", null)).toBe("Рівному та Луцьку");
    expect(findGeography("Имат 12 обекта в Пловдив и Варна.", null)).toBe("Пловдив и Варна");
  });

  it("an organisation's form before its quoted name, or a program, is no place", () => {
    expect(findGeography("У нас 3 сотрудника в ООО «Ромашка», заказы идут.", null)).toBeNull();
    expect(findGeography("Ведём 5 проектов в Excel и 2 в таблицах.", null)).toBeNull();
  });
});

describe("a Greek lead 'from' and 'for' with the article (el leadFrom, placeFor)", () => {
  it.each([
    ["Σας φέρνουμε έναν πελάτη από τη Λάρισα. Ο κ. Δημητρίου είναι σύμφωνος.", "Λάρισα"],
    ["Ένας νέος πελάτης από την Κέρκυρα: ξενοδοχείο 40 δωματίων.", "Κέρκυρα"],
    ["Καταχωρούμε νέα ευκαιρία για την Κρήτη:", "Κρήτη"],
  ])("%s", (text, place) => {
    expect(findGeography(text, null)).toBe(place);
  });

  it("a name after 'for' without a colon after it is no place", () => {
    expect(findGeography("Καταχωρούμε νέα ευκαιρία για την Ορίζων Α.Ε. σήμερα.", null)).toBeNull();
  });
});

describe("a CJK form's label in lenticular brackets or after an enumeration comma", () => {
  const regions = (text: string) =>
    findLabelled(text)
      .filter((l) => l.field === "region")
      .map((l) => l.value);
  it.each([
    ["【地域】東海\n【会社名】株式会社ほしぞら", "東海"],
    ["七、地區:台灣嘉義", "台灣嘉義"],
    ["3、地区:苏州", "苏州"],
    ["‧地區:台灣台東", "台灣台東"],
  ])("%s", (text, place) => {
    expect(regions(text)).toEqual([place]);
  });

  it("a bracketed heading that is no label word labels nothing", () => {
    expect(findLabelled("【ご紹介】株式会社ほしぞら")).toEqual([]);
  });

  it("the value's offset is that of the line as written", () => {
    const text = "【地域】東海";
    const [l] = findLabelled(text);
    expect(text.slice(l!.index, l!.index + 2)).toBe("東海");
  });
});

describe("a place marked by a particle after it, where a sentence opens (ko placeParticle)", () => {
  it.each([
    ["안녕하세요.\n대구에 있는 꽃집을 소개해 드립니다.", "대구"],
    ["안녕하세요. 경남 통영에 위치한 수산 업체입니다.", "통영"],
  ])("%s", (text, place) => {
    expect(findGeography(text, null)).toBe(place);
  });

  it("inside a sentence, after its subject, the particle marks no place", () => {
    expect(findGeography("고객님이 사무실에 있는 프린터를 바꾸고 싶어합니다.", null)).toBeNull();
  });
});
