// Estonian cue phrases: meetings agreed and the partner doing the rollout ("demo kokku lepitud",
// "juurutuse teeme meie"). Estonian label words and registering phrases are in baltic.ts.
import type { CueTable } from "./types.ts";

export const cues: CueTable = {
  problem: {
    // "paberil", "käsitsi", "Excelis"
    strong: [String.raw`paber\p{L}*`, "käsitsi", String.raw`excel\p{L}*`],
    // "vajavad", "soovivad"
    weak: [String.raw`vajava\p{L}*`, String.raw`soovi\p{L}*`],
  },
  negationBefore: ["ei", "pole", "mitte"],
  commonWords: ["ja", "on", "see", "nad", "aga", "ka", "veel", "oma", "et", "kas", "siis"],
  stage: {
    // an offer sent or asked for: "pakkumine saadetud", "küsisid pakkumist"
    evaluation: [String.raw`pakkumi\p{L}*\s+(?:saadetud|saadeti|tehtud|küsitud)`, String.raw`küsi\p{L}*\s+pakkumist`],
    event: ["kohtumine", "kohtumise", "esitlus", "esitluse", "kõne", "demo"],
    booked: [String.raw`kokku\s?lepitud`, "broneeritud", "planeeritud", "kinnitatud"],
  },
  motion: {
    // the partner does the rollout, setup or installation: "juurutuse teeme meie", "meie teeme seadistuse"
    services: [
      String.raw`(?:juurutus|paigaldus|seadistus)\p{L}*\s+teeme\s+(?:ära\s+)?meie`,
      String.raw`meie\s+teeme\s+(?:ka\s+)?(?:juurutus|paigaldus|seadistus)\p{L}*`,
    ],
    resale: [String.raw`edasimü\p{L}*`],
  },
};
