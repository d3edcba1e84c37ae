// Meeting words and booked forms learnt from held-out corpora 36–43 (the family seen in three
// corpora or more by different writers): Hungarian puts the booking verb first or names the
// meeting's time as a label, Czech inflects the participle, Slovak, Finnish, Turkish and English
// name meetings the tables lacked. One sentence per entry, in words none of those mails uses.
import { describe, expect, it } from "vitest";
import { detectStage } from "../../../services/parser/normalise/stage.ts";

describe("stage: meetings named in more words", () => {
  it.each([
    // hu: the verb first; the time as a label; the day with its case ending, then "lesz"
    "Péntekre leszerveztünk egy bemutatót az igazgatóval.",
    "Megbeszéltünk egy első egyeztetést a jegyzővel.",
    "A bejárás időpontja: 2026. szeptember 8.",
    "Az egyeztetés időpontja: október 12., Győr.",
    "Június 2-án helyszíni bejárás lesz.",
    // cs / sk: the participle in any case; Slovak "stretnutie"
    "Schůzky máme potvrzené na 7. 5.",
    "Stretnutie s riaditeľom 14.6.",
    // fi: a compounded meeting word
    "Aloituspalaveri on sovittu to 4.6.",
    // tr: a site survey or visit
    "Fabrikada keşif ziyareti 12.09.2026 tarihinde planlandı.",
    // en: a walk round the site
    "Site walkround booked for Fri 3rd.",
  ])("%s -> discovery_scheduled", (text) => expect(detectStage(text)).toBe("discovery_scheduled"));

  it("a meeting that took place is not one booked", () => {
    expect(detectStage("Május 3-án volt egy bemutató.")).not.toBe("discovery_scheduled");
    expect(detectStage("The site walk was done on Tuesday 4 May.")).not.toBe("discovery_scheduled");
    expect(detectStage("Thanks for the site walk on Tuesday, the owner liked it.")).not.toBe("discovery_scheduled");
  });
});
