// Arabic label words for the competitors and the region, as Arabic forms write them
// ("المنافسون: …", "المنطقة: …"), and the phrase that compares offers with a rival's ("مقارنة
// العروض مع X"). Arabic has no capital letters: the rival is a name in Latin script after it.
import type { CueTable, LabelTable } from "./types.ts";

export const labels: LabelTable = {
  // "the competitors", "the competitor"
  competitors: ["المنافسون", "المنافسين", "المنافس"],
  // "the region", "the area"
  region: ["المنطقة"],
};

export const cues: CueTable = {
  // "مقارنة العروض مع X" (comparing the offers with X), "يقارن … مع X"
  competitorBefore: [String.raw`(?:مقارن\p{L}*|يقارن\p{L}*)\s+(?:\p{L}+\s+)?مع\s+`],
};
