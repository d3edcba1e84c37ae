// Thai label words for the need and the competitors, as Thai forms write them ("ปัญหา: …",
// "คู่แข่ง: …"). Thai writes no blanks between words: only labels, no cue phrases.
import type { LabelTable } from "./types.ts";

export const labels: LabelTable = {
  // "the problem"
  need: ["ปัญหา"],
  // "competitor(s)"
  competitors: ["คู่แข่ง"],
};
