// A Cyrillic lead's name written as its kind words and a quoted name (lang/uk-ru.ts
// kindNounsBeforeQuote, extract/kind-quoted-name.ts). Names and phrases are made up.
import { describe, expect, it } from "vitest";
import { findCompanyCandidates } from "../../services/parser/extract/company.ts";
import { kindQuotedNamesIn } from "../../services/parser/extract/kind-quoted-name.ts";
import { kindNounsBeforeQuote } from "../../services/parser/lang/uk-ru.ts";

const names = (text: string) => kindQuotedNamesIn(text).map((n) => n.name);
const top = (own: string) =>
  findCompanyCandidates({ own, subject: "", domain: null, excluded: [], excludedDomains: [] })[0]?.name;

describe("kind words and a quoted name", () => {
  it.each([
    ["Є новий клієнт: ювелірна майстерня «Срібна Підкова», Житомир.", "ювелірна майстерня «Срібна Підкова»"],
    ["Хочу зареєструвати: Кавова обсмажувальня «Ранкове Зерно» з Полтави.", "Кавова обсмажувальня «Ранкове Зерно»"],
    ["Новый лид: клуб настольного тенниса «Ракетка» в Самаре.", "клуб настольного тенниса «Ракетка»"],
    ["Реєструю – караоке-клуб «Сова», Суми", "караоке-клуб «Сова»"],
    ["Привіт!\nТеатр тіней «Ліхтарик»\nХочуть систему квитків", "Театр тіней «Ліхтарик»"],
  ])("%s", (text, name) => {
    expect(names(text)).toEqual([name]);
    expect(top(text)).toBe(name);
  });

  it.each([
    // an inflected kind ("of the workshop"): left open
    "Пересилаю запит від майстерні «Підкова» щодо програми.",
    // inside a sentence, no colon or dash before it
    "Ми давно працюємо з майстерня «Підкова» разом.",
    // another field's label before the colon
    "Конкурент: студія «Підкова», Київ",
    // a line that goes on after the name
    "Театр тіней «Ліхтарик» хоче систему квитків",
    // no kind noun from the table
    "Лід: магазин «Підкова», Київ",
  ])("not in: %s", (text) => {
    expect(names(text)).toEqual([]);
  });

  it.each(kindNounsBeforeQuote.map((n) => [n]))("reads the kind %s, not its genitive", (noun) => {
    expect(names(`Лід: ${noun} «Вигадана Назва», Київ`)).toEqual([`${noun} «Вигадана Назва»`]);
    expect(names(`Лід: ${noun}у «Вигадана Назва», Київ`)).toEqual([]);
  });
});
