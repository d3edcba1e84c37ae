// Arabic label words for the competitors and the region, as Arabic forms write them
// ("المنافسون: …", "المنطقة: …", "المشكلة: …"). The cue table holds the consent words only: stage
// cues need negation words first.
import type { CueTable, LabelTable } from "./types.ts";

// no cue table of its own (the tables need stage and negation words): merged apart in cues.ts
export const consentPair: NonNullable<CueTable["consent"]> = {
  // "agreed" in the past tense (the negated past is "لم يوافق", another form), "communication", "contact"
  agreeWord: ["وافق", "وافقت", "وافقوا"],
  contactWord: [String.raw`(?:ال)?تواصل`, String.raw`(?:ال)?اتصال`],
};

export const labels: LabelTable = {
  // "the contact" (the party to reach): "جهة الاتصال: …"
  contactName: ["جهة الاتصال"],
  // "the competitors", "the competitor"
  competitors: ["المنافسون", "المنافسين", "المنافس"],
  // "the region", "the area"
  region: ["المنطقة"],
  // "the problem": what the prospect needs solved
  // and "the main problem"
  need: ["المشكلة", "المشكلة الرئيسية"],
};
