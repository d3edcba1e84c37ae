// Partner motion (how the deal reaches the vendor) from a labelled value or prose.
//
// Marketplace wins whenever the purchase goes through a cloud marketplace: that decides how the
// deal is transacted regardless of who sourced it. Otherwise the motion with the most cue weight
// wins; ties go to the order below (a reseller that also implements is still a resale).
import type { Motion } from "../schema.ts";
import { cueRegex, hits, isNegated } from "./cues.ts";

interface MotionCues {
  motion: Motion;
  /** case-insensitive phrases, weight 2 */
  strong: RegExp;
  /** case-insensitive phrases, weight 1 */
  weak?: RegExp;
  /** case-sensitive acronyms ("SI", "VAR"), weight 2 */
  acronyms?: RegExp;
}

const acronyms = (list: string[]) =>
  new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${list.join("|")})(?![\p{L}\p{N}])`, "gu");

const CUES: readonly MotionCues[] = [
  {
    motion: "marketplace",
    strong: cueRegex([
      String.raw`(?:aws|amazon|azure|microsoft|google cloud|gcp|google|cloud)\s+marketplace`,
      "marketplace private offer",
      "private offer",
      String.raw`(?:azure\s+)?consumption commitment`,
      "committed spend",
      String.raw`spend commitment`,
      String.raw`(?:über den|via|through the|through)\s+(?:aws|azure|gcp|google)[- ]?marketplace`,
      "edp",
      "marktplatz",
    ]),
    acronyms: acronyms(["MACC", "CPPO"]),
  },
  {
    motion: "resale",
    strong: cueRegex([
      String.raw`resell(?:er|ing|s)?`,
      "resale",
      "re-sell",
      "buy and resell",
      "value[- ]added reseller",
      "wiederverkauf",
      String.raw`wiederverkäufer`,
      String.raw`fachhändler`,
      String.raw`als\s+händler`,
      String.raw`(?:kaufen|beziehen)\s+(?:die\s+)?lizenzen`,
      String.raw`lizenzen\s+über\s+uns`,
      String.raw`(?:licen[cs]es|subscriptions?)\s+(?:invoiced|billed)\s+by`,
      String.raw`we(?:'d| would)? (?:buy|purchase) (?:the )?licen[cs]es`,
      String.raw`fakturieren an den kunden`,
      "distribution partner",
      // "Weiterverkauf über uns", "Verkauf läuft über uns", "they'd buy it through us"
      String.raw`weiterverk(?:auf(?:en|t)?|äufer(?:in)?)`,
      String.raw`wiederverkauf(?:en|t)`,
      String.raw`(?:verkauf|vertrieb|bezug|lizenzierung|abrechnung|fakturierung)\s+(?:läuft\s+|erfolgt\s+)?über\s+uns`,
      String.raw`über\s+uns\s+(?:verkauft|bezogen|lizenziert|verrechnet|fakturiert|abgerechnet|gekauft|bestellt)`,
      String.raw`(?:buy|purchase|procure|order|license)\s+(?:it\s+|the\s+licen[cs]es\s+|the\s+subscription\s+)?(?:through|via|from)\s+us`,
      String.raw`(?:we(?:'d| would| will)?|we'll)\s+(?:invoice|bill)\s+(?:them|the customer|the client)`,
      String.raw`on\s+our\s+paper`,
    ]),
    acronyms: acronyms(["VAR"]),
  },
  {
    motion: "technology",
    strong: cueRegex([
      "co-?sell",
      "connector",
      "partner api",
      String.raw`technology\s+(?:partner|co-sell|alliance)`,
      "isv",
      String.raw`(?:integrates|integrated|integration)\s+(?:with|into)\s+(?:your|their|the vendor)`,
      String.raw`our (?:product|platform|suite|software|app) integrates`,
      String.raw`technologiepartner(?:schaft)?`,
      "schnittstellenpartner",
      String.raw`^\s*technology(?![\p{L}])`,
      "oem",
      "embedded",
    ]),
    weak: cueRegex(["integration", "integrations", "api", "webhook"]),
    acronyms: acronyms(["ISV"]),
  },
  {
    motion: "services",
    strong: cueRegex([
      String.raw`managed services?`,
      "managed service provider",
      "implementation partner",
      "systems? integrator",
      String.raw`we(?:'d| would| will)?\s+(?:implement|deliver|handle|run|do|own|take care of)\s+(?:the\s+)?(?:rollout|implementation|onboarding|setup|set-up|integration|configuration|migration|it|the vendor)`,
      String.raw`(?:their|the customer's|the client's)\s+(?:it|implementation|integration|services)\s+partner`,
      String.raw`ongoing\s+support`,
      String.raw`(?:delivers|deliver|run|runs|handle|handles)\s+the\s+(?:implementation|rollout|onboarding)`,
      String.raw`(?:setup|onboarding|implementation) and (?:ongoing )?support`,
      "implementierung",
      "einführung",
      "dienstleister",
      String.raw`dienstleistung(?:en)?`,
      String.raw`umsetzung`,
      "customizing",
      String.raw`^\s*services?(?![\p{L}])`,
      String.raw`setze\s+(?:die|das|den)\s+[\p{L}-]+(?:\s+und\s+(?:die|das|den)\s+[\p{L}-]+)?\s+(?:beim kunden\s+)?um`,
      String.raw`as (?:your|an|their) (?:si|implementation) partner`,
      String.raw`(?:wir\s+)?übernehmen\s+(?:die\s+|auch\s+)?(?:installation|einrichtung|implementierung|einführung|schulung)`,
      // "We will implement and train their teams (services)"
      String.raw`we(?:'d| would| will|'ll)?\s+(?:implement|deploy|roll out|configure|install)\s+and\s+(?:train|support|run|operate|maintain)`,
      String.raw`\(\s*services?\s*\)`,
    ]),
    weak: cueRegex([
      "implementation",
      "implement",
      "onboarding",
      "rollout",
      "support",
      "anwenderschulungen",
      "schulung",
    ]),
    acronyms: acronyms(["SI", "MSP", "MSSP"]),
  },
  {
    motion: "referral",
    strong: cueRegex([
      String.raw`referr(?:al|ed|ing)`,
      String.raw`refer(?:s)?`,
      "introduce and step back",
      String.raw`step(?:s|ping)? back`,
      String.raw`won't be involved in (?:the )?delivery`,
      String.raw`not be involved in (?:the )?delivery`,
      "finder'?s fee",
      String.raw`empfehlung`,
      "tippgeber",
      String.raw`vermittlung(?:sprovision)?`,
      String.raw`(?:die\s+)?(?:betreuung|weitere\s+betreuung|weiteren\s+schritte)\s+(?:übernehmt|übernehmen)\s+(?:ihr|sie)`,
      String.raw`(?:you|your team)(?:'ll| will)?\s+(?:take it from here|own the (?:relationship|account|deal))`,
      "lead only",
      String.raw`(?:nur\s+)?auf\s+(?:euch|sie|ihr unternehmen)\s+hingewiesen`,
      String.raw`nur\s+(?:den\s+)?kontakt\s+hergestellt`,
      // "Ich stelle nur den Kontakt her", "I'm only making the introduction", "wir vermitteln nur"
      String.raw`(?:stelle|stellen)\s+(?:nur\s+|lediglich\s+)?(?:den\s+)?kontakt\s+her`,
      String.raw`(?:vermittle|vermitteln)\s+(?:nur|lediglich)`,
      // "den Kontakt lediglich zu vermitteln", "die weitere Betreuung läge bei Ihnen"
      String.raw`(?:nur|lediglich|ausschließlich)\s+(?:zu\s+)?vermitteln`,
      String.raw`(?:weitere\s+)?betreuung\s+(?:läge|liegt|läuft)\s+(?:dann\s+)?bei\s+(?:ihnen|euch)`,
      String.raw`(?:just|only)\s+(?:make|making|doing|do)\s+the\s+(?:intro|introduction|connection)`,
      String.raw`(?:just|only)\s+(?:connecting|introducing)\s+(?:you|the two|both)`,
    ]),
  },
];

function weight(text: string, re: RegExp | undefined, w: number): number {
  if (!re) return 0;
  return hits(text, re).filter((h) => !isNegated(text, h)).length * w;
}

/** The partner motion the text describes, or null when nothing points to one. */
export function detectMotion(text: string): Motion | null {
  let best: Motion | null = null;
  let bestScore = 0;
  for (const cue of CUES) {
    const score = weight(text, cue.strong, 2) + weight(text, cue.acronyms, 2) + weight(text, cue.weak, 1);
    if (cue.motion === "marketplace" && score > 0) return "marketplace";
    if (score > bestScore) [best, bestScore] = [cue.motion, score];
  }
  // weak cues alone ("support", "API") are too common to decide on
  return bestScore >= 2 ? best : null;
}
