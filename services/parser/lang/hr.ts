// Croatian label words and cue phrases: a meeting agreed for a date, the prospect's yes to being
// contacted (with Slovene's, its near neighbour's). Endings vary with gender ("dogovoren", "dogovorena"), so the stems carry them.
import type { CueTable, LabelTable } from "./types.ts";

// "Konkurencija:" is also the Serbian and Bosnian label.
export const labels: LabelTable = {
  competitors: ["konkurencija"],
  region: ["regija"],
};

export const cues: CueTable = {
  // the partner doing service work: "mi radimo instalaciju i održavanje"
  serviceWork: [
    String.raw`instalacij[aeu]`,
    String.raw`integracij[aeu]`,
    String.raw`implementacij[aeu]`,
    String.raw`konfiguracij[aeu]`,
    String.raw`održavanj[ea]`,
  ],
  // "mi" only before a first-person plural verb ("mi radimo"): in Italian it is "me"
  partnerSubject: [String.raw`mi(?=\s+\p{L}+mo(?![\p{L}]))`, "naš tim"],
  otherSubject: ["oni", "klijent"],
  negationBefore: ["nije", "nisu", "bez"],
  // the prospect's problem: by hand ("ručno", Slovenian "ročno"), on paper, in Excel or tables, crowds,
  // an outdated tool; a need or a wish ("trebaju", "žele", "traže", "potreban")
  // Slovenian "primerjajo ponudbe" (they compare offers), Croatian "uspoređuju"
  comparisonWord: [String.raw`primerja\p{L}*`, String.raw`uspoređ\p{L}*`],
  problem: {
    strong: [
      String.raw`ručno`,
      String.raw`ročno`,
      String.raw`na\s+papiru`,
      String.raw`papirnat\p{L}*`,
      String.raw`excel\p{L}*`,
      String.raw`gužv\p{L}*`,
      String.raw`zastar\p{L}*`,
      String.raw`problem[aei]?`,
    ],
    weak: [
      String.raw`trebaju`,
      "treba",
      String.raw`žel[ei]`,
      String.raw`želijo`,
      String.raw`traž[ei]`,
      String.raw`potreb(?:an|na|no|ni|ujejo)`,
    ],
  },
  stage: {
    // offers compared: Croatian "uspoređuju ponude", Slovenian (its neighbour) "primerjajo ponudbe"
    evaluation: [String.raw`uspoređu\p{L}*\s+ponud\p{L}*`, String.raw`primerja\p{L}*\s+ponud\p{L}*`],
    // "sastanak dogovoren za 20.3.", "prezentacija zakazana u utorak"
    event: [String.raw`sastan(?:ak|ka|ku)`, String.raw`prezentacij[aeu]`],
    booked: [String.raw`dogovoren[aoi]?`, String.raw`zakazan[aoi]?`, String.raw`ugovoren[aoi]?`],
    day: ["ponedjeljak", "utorak", "srijeda", "srijedu", "četvrtak", "petak", "sutra"],
  },
  motion: {
    // the partner buys and resells: "preprodajemo licence", "preprodaja"
    resale: [String.raw`preprodaj\p{L}*`],
    // the partner does the rollout: "radimo implementaciju", "implementacija i obuka"
    services: [String.raw`implementacij[aeiu]`],
    // the partner only recommends: Slovene "gre le za priporočilo", Croatian "samo preporučujemo"
    referral: [
      String.raw`(?:le|samo)\s+(?:za\s+)?(?:priporoč|preporu)\p{L}*`,
      // the partner stays out of the delivery, the negation being the point: Slovene "ne bomo
      // sodelovali", "ne bomo izvajali", Croatian "nećemo sudjelovati"
      String.raw`ne\s+bomo\s+(?:sodelovali|izvajali)`,
      String.raw`nećemo\s+(?:sudjelovati|provoditi)`,
    ],
  },
  consent: {
    // "suglasna je da je kontaktirate", "pristao je da ga nazovete"
    permission: [
      String.raw`(?:suglas(?:an|na|ni|ne|no)|pristao|pristala|pristali)\s+(?:je\s+|su\s+)?(?:s\s+tim\s+)?da\s+(?:[\p{L}]+\s+){0,3}?(?:kontaktira|nazov|javi)\p{L}*`,
      // Slovene: "strinja se, da jo pokličete", "se strinja, da ga kontaktirate"
      String.raw`(?:strinja\s+se|se\s+strinja),?\s+(?:s\s+tem,?\s+)?da\s+(?:[\p{L}]+\s+){0,3}?(?:kontaktira|pokli[cč]|javi)\p{L}*`,
      // the prospect's own words: "možete proslijediti moj kontakt", Slovene "lahko posredujete moj kontakt"
      String.raw`(?:proslijed|proslijedi|prosledi|posreduj|posredu|pošalj)\p{L}*\s+(?:moje|moj|moja)\s+(?:podat|kontakt)\p{L}*`,
    ],
  },
};
