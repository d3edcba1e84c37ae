// Arabic label words for the competitors and the region, as Arabic forms write them
// ("المنافسون: …", "المنطقة: …", "المشكلة: …"). No cue table yet: one needs stage and negation words first.
import type { LabelTable } from "./types.ts";

export const labels: LabelTable = {
  // "the competitors", "the competitor"
  competitors: ["المنافسون", "المنافسين", "المنافس"],
  // "the region", "the area"
  region: ["المنطقة"],
  // "the problem": what the prospect needs solved
  need: ["المشكلة"],
};
