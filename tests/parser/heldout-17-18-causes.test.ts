// General causes of the first runs over held-out 17 and 18, each written here in other words,
// names and languages than the mails that showed them.
import { describe, expect, it } from "vitest";
import { detectConsent } from "../../services/parser/normalise/consent.ts";

describe("consent: how writers grant it or hold it back", () => {
  it.each([
    "Mr Adeyemi said he's happy for you to give him a ring next week.",
    "She has okayed direct contact from your sales rep.",
    "Your team (or your reseller) may call either of them directly.",
    "Please, could you ask the vendor to contact me about pricing?",
    "The CFO has asked for both suppliers to get in touch.",
    "Fine for that you call her tomorrow.",
    "Päivi on antanut luvan yhteydenottoon.",
    "Pan Novák dal souhlas s kontaktem.",
  ])("%s -> true", (text) => {
    expect(detectConsent(text)).toBe(true);
  });

  it.each([
    "I haven't told Priya that you will call, so not yet please.",
    "Give me a few days to brief him first.",
    "We didn't ask her yet whether a call is fine; wait for my go-ahead.",
    "He hasn't confirmed that he wants a meeting with you.",
  ])("%s -> false", (text) => {
    expect(detectConsent(text)).toBe(false);
  });

  it("reads a labelled value whose answer closes it", () => {
    expect(detectConsent("she signed the NDA last week, so yes", { labelled: true })).toBe(true);
    expect(detectConsent("talked to him at the fair – no", { labelled: true })).toBe(false);
    // outside a label's value a trailing word is no answer
    expect(detectConsent("Budget approved, seats: 40, competitors – no")).toBeNull();
  });
});
