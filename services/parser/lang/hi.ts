// Hindi label words, as Hindi forms write them in Devanagari ("पद: …", "शहर: …"): the contact's title
// and the prospect's place. Hindi writes blanks between words, so the labels are bounded like the
// Latin-script ones.
import type { LabelTable } from "./types.ts";

export const labels: LabelTable = {
  // "post, position", "designation"
  role: ["पद", "पदनाम"],
  // "city", "area, region", "state", "place"
  region: ["शहर", "क्षेत्र", "राज्य", "स्थान"],
};
