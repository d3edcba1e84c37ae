// Tagalog cue phrases, as partners write them mixed with English ("Taglish"): a meeting already
// set, the prospect's yes to being contacted. English words inside ("i-contact", "meeting") are
// written as such.
import type { CueTable } from "./types.ts";

export const cues: CueTable = {
  // "hindi pa" (not yet), "huwag" / "wag" (don't)
  negationBefore: ["hindi", "huwag", "wag"],
  // the prospect's wish or need as Taglish says it: "gusto nila ng …", "kailangan nila ng …"
  problem: {
    weak: [String.raw`gusto\s+(?:nila|niya|nya)`, String.raw`kailangan\s+(?:nila|niya|nya)`],
  },
  stage: {
    // "pulong" (meeting); the English nouns are in the English table
    event: ["pulong"],
    // "may demo na kami sa Biyernes": there is a meeting already, ours
    discovery: [String.raw`may\s+{event}\s+na\s+(?:kami|tayo|sila)`],
  },
  consent: {
    // "okay lang daw na i-contact niyo siya", "pwede niyo siyang tawagan" is another order, not listed
    permission: [
      String.raw`(?:i-?contact|tawagan|i-?call|i-?email|i-?text|kontakin)\s+(?:niyo|nyo|ninyo)\s+(?:siya|sila)`,
    ],
  },
};
