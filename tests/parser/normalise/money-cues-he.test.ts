// Hebrew words that say what a figure is (services/parser/lang/he.ts, cues.money): a yearly value
// beats the prospect's turnover and a monthly sum. Every entry in a sentence written for this test.
import { describe, expect, it } from "vitest";
import { pickDealValue } from "../../../services/parser/normalise/amount.ts";

describe("Hebrew words that say what a figure is", () => {
  it("prefers the yearly value to the prospect's turnover", () => {
    const text = 'לארגון מחזור של 12 מיליון ש"ח. התקציב לפרויקט: ₪48,000 לשנה.';
    expect(pickDealValue(text)?.amount).toBe(48000);
  });

  it("prefers the yearly figure to the monthly one", () => {
    expect(pickDealValue('עלות של 2,000 ש"ח לחודש, כלומר 24,000 ש"ח לשנה')?.amount).toBe(24000);
  });
});
