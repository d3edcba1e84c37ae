// Partner motion (how the deal reaches the vendor) from a labelled value or prose.
//
// Marketplace wins whenever the purchase goes through a cloud marketplace: that decides how the
// deal is transacted regardless of who sourced it. Otherwise the motion with the most cue weight
// wins; ties go to the order below. A reseller that also implements is still a resale: a partner
// who buys and resells says how the deal is transacted, the services it delivers come with it.
import type { Motion } from "../schema.ts";
import { CUES as CUES_BY_LANGUAGE } from "../lang/cues.ts";
import { cueRegex, hits, isNegated } from "./cues.ts";

interface MotionCues {
  motion: Motion;
  /** case-insensitive phrases, weight 2 */
  strong: RegExp;
  /** case-insensitive phrases, weight 1 */
  weak?: RegExp;
  /** case-sensitive acronyms ("SI", "VAR"), weight 2 */
  acronyms?: RegExp;
  /** the motion's name alone in brackets ("… (services)"), weight 2 */
  named?: RegExp;
}

const acronyms = (list: string[]) =>
  new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${list.join("|")})(?![\p{L}\p{N}])`, "gu");

// the phrases are data: services/parser/lang/* (`cues.motion`, `cues.motionWeak`); acronyms are
// matched case-sensitively ("SI", "VAR") because in lower case they are ordinary words
const ACRONYMS: Partial<Record<Motion, string[]>> = {
  marketplace: ["MACC", "CPPO"],
  resale: ["VAR"],
  technology: ["ISV"],
  services: ["SI", "MSP", "MSSP"],
};
// the name alone in round brackets, not followed by a capitalised word on its line: "Acme IT
// (Services) Ltd" is a firm's name, "we implement it (services)." names the motion. The bracket
// answers on its own, as a labelled value: the words around it do not negate it ("no local" is
// "on site" in Portuguese, not a "no")
const named = (list: readonly string[]) => new RegExp(String.raw`[(（]\s*(?:${list.join("|")})\s*[)）]`, "giu");
// case-sensitive, apart from the case-insensitive name: a capital after the bracket on its line
const CAPITAL_AFTER = /^[ \t]*\p{Lu}/u;
const ORDER: readonly Motion[] = ["marketplace", "resale", "technology", "services", "referral"];
const CUES: readonly MotionCues[] = ORDER.map((motion) => ({
  motion,
  strong: cueRegex(CUES_BY_LANGUAGE.motion[motion]),
  weak: CUES_BY_LANGUAGE.motionWeak[motion].length > 0 ? cueRegex(CUES_BY_LANGUAGE.motionWeak[motion]) : undefined,
  acronyms: ACRONYMS[motion] ? acronyms(ACRONYMS[motion]) : undefined,
  named: CUES_BY_LANGUAGE.motionName[motion].length > 0 ? named(CUES_BY_LANGUAGE.motionName[motion]) : undefined,
}));

const SOFT_WRAP = /[ \t]*\n[ \t]*(?=\p{Ll})/gu;

const RESALE = CUES.find((c) => c.motion === "resale")!;

function weight(text: string, re: RegExp | undefined, w: number): number {
  if (!re) return 0;
  return hits(text, re).filter((h) => !isNegated(text, h)).length * w;
}

function namedWeight(text: string, re: RegExp | undefined): number {
  if (!re) return 0;
  return hits(text, re).filter((h) => !CAPITAL_AFTER.test(text.slice(h.end, h.end + 8))).length * 2;
}

/**
 * The partner motion the text describes, or null when nothing points to one. A labelled value
 * ("Partner role: rollout and support") answers the question itself, so one weak cue decides it.
 */
export function detectMotion(raw: string, opts: { labelled?: boolean } = {}): Motion | null {
  // read with soft-wrapped lines joined, so "we do not\n resell" stays negated
  const text = raw.replace(SOFT_WRAP, " ");
  let best: Motion | null = null;
  let bestScore = 0;
  let bestStrong = 0;
  let tied = false;
  for (const cue of CUES) {
    const strong = weight(text, cue.strong, 2) + weight(text, cue.acronyms, 2) + namedWeight(text, cue.named);
    const score = strong + weight(text, cue.weak, 1);
    if (cue.motion === "marketplace" && score > 0) return "marketplace";
    // at equal weight, the motion with more strong cues wins: weak ones are too common to decide alone
    if (score > bestScore || (score > 0 && score === bestScore && strong > bestStrong))
      [best, bestScore, bestStrong, tied] = [cue.motion, score, strong, false];
    else if (score > 0 && score === bestScore) tied = true;
  }
  // weak cues alone ("support", "API") are too common to decide on in prose; in a labelled value
  // one weak cue decides, unless a weak cue of another motion says otherwise
  if (opts.labelled && bestScore === 1) return tied ? null : best;
  if (best === "services" && weight(text, RESALE.strong, 2) >= 2) return "resale";
  return bestScore >= 2 ? best : null;
}
