// Rival names that open with a digit before a capital ("1С:…", with the module after a colon),
// and a rival named again by a shorter form of its name (normalise/competitors.ts). Invented wording.
import { describe, expect, it } from "vitest";
import {
  addDistinct,
  findCompetitorsInProse,
  parseCompetitorList,
} from "../../services/parser/normalise/competitors.ts";

describe("a name opening with a digit before a capital", () => {
  it.each([
    ["Этап: демо прошло, сравнивают с 1С:Склад", ["1С:Склад"]],
    ["Rivals: 1С:Бухгалтерия, Контур", ["1С:Бухгалтерия", "Контур"]],
    ["they also looked at 7Shifts and Deputy", ["7Shifts", "Deputy"]],
  ])("%s", (text, want) =>
    expect(text.startsWith("Rivals: ") ? parseCompetitorList(text.slice(8)) : findCompetitorsInProse(text)).toEqual(
      want,
    ),
  );
  it.each([["they compared it with 4K screens at the depot"], ["сравнивают с 2 вариантами"]])("%s -> none", (t) =>
    expect(findCompetitorsInProse(t)).toEqual([]),
  );
});

describe("a rival named again by a shorter name", () => {
  it("its last word or its first word is the same rival", () =>
    expect(["Harlow Ledger", "Ledger", "Quillo ERP", "Quillo"].reduce(addDistinct, [])).toEqual([
      "Harlow Ledger",
      "Quillo ERP",
    ]));
  it("a name sharing a word with another, neither holding the other, is another rival", () =>
    expect(["Harlow Ledger", "Harlow Payroll", "Ledger Cloud"].reduce(addDistinct, [])).toEqual([
      "Harlow Ledger",
      "Harlow Payroll",
      "Ledger Cloud",
    ]));
});
