// Every language's cue tables merged into one list per cue kind. The detectors in
// services/parser/normalise compile each list once, when first loaded; which language a mail is
// written in is never guessed, because partners mix languages within one mail.
import type { Motion } from "../schema.ts";
import type { CueTable } from "./types.ts";
import * as en from "./en.ts";
import * as de from "./de.ts";
import * as fr from "./fr.ts";
import * as nl from "./nl.ts";
import * as es from "./es.ts";
import * as it from "./it.ts";
import * as pt from "./pt.ts";
import * as pl from "./pl.ts";
import * as nordic from "./nordic.ts";
import * as csFi from "./cs-fi.ts";
import * as et from "./et.ts";
import * as hu from "./hu.ts";
import * as baltic from "./baltic.ts";
import * as ja from "./ja.ts";
import * as ko from "./ko.ts";
import * as el from "./el.ts";
import * as tr from "./tr.ts";
import * as ro from "./ro.ts";
import * as ukRu from "./uk-ru.ts";
import * as bg from "./bg.ts";
import * as vi from "./vi.ts";
import * as hr from "./hr.ts";
import * as tl from "./tl.ts";
import * as id from "./id.ts";
import * as ar from "./ar.ts";
import * as th from "./th.ts";
import * as zh from "./zh.ts";
import * as he from "./he.ts";
import * as hi from "./hi.ts";

export const CUE_TABLES: Readonly<Record<string, CueTable>> = {
  en: en.cues,
  de: de.cues,
  fr: fr.cues,
  nl: nl.cues,
  es: es.cues,
  it: it.cues,
  pt: pt.cues,
  pl: pl.cues,
  nordic: nordic.cues,
  csFi: csFi.cues,
  et: et.cues,
  baltic: baltic.cues,
  ro: ro.cues,
  hu: hu.cues,
  tr: tr.cues,
  el: el.cues,
  ukRu: ukRu.cues,
  bg: bg.cues,
  vi: vi.cues,
  hr: hr.cues,
  tl: tl.cues,
  id: id.cues,
  ja: ja.cues,
  ko: ko.cues,
  th: th.cues,
  zh: zh.cues,
  ar: ar.cues,
  he: he.cues,
  hi: hi.cues,
};

/** Languages whose registering phrases are listed apart from their cue tables. */
const REGISTERING_APART: readonly (readonly string[])[] = [
  hu.registering,
  baltic.registering,
  ja.registering,
  ko.registering,
  el.registering,
  tr.registering,
];

const tables = Object.values(CUE_TABLES);
const all = (pick: (t: CueTable) => readonly string[] | undefined): readonly string[] => [
  ...new Set(tables.flatMap((t) => pick(t) ?? [])),
];

/** One list per motion, in this order; the literal makes the compiler check that none is missing. */
const byMotion = (list: (m: Motion) => readonly string[]): Record<Motion, readonly string[]> => ({
  marketplace: list("marketplace"),
  resale: list("resale"),
  technology: list("technology"),
  services: list("services"),
  referral: list("referral"),
});

export const CUES = {
  negationBefore: all((t) => t.negationBefore),
  negationAfter: all((t) => t.negationAfter),
  conditional: all((t) => t.conditional),
  yes: all((t) => t.yes),
  no: all((t) => t.no),
  stage: {
    evaluation: all((t) => t.stage?.evaluation),
    rival: all((t) => t.stage?.rival),
    discovery: all((t) => t.stage?.discovery),
    newIntro: all((t) => t.stage?.newIntro),
    undated: all((t) => t.stage?.undated),
    event: all((t) => t.stage?.event),
    booked: all((t) => t.stage?.booked),
    day: all((t) => t.stage?.day),
    month: all((t) => t.stage?.month),
    held: all((t) => t.stage?.held),
    heldArticle: all((t) => t.stage?.heldArticle),
    heldAfter: all((t) => t.stage?.heldAfter),
    thanked: all((t) => t.stage?.thanked),
    duration: all((t) => t.stage?.duration),
    goneBefore: all((t) => t.stage?.goneBefore),
    goneAfter: all((t) => t.stage?.goneAfter),
  },
  consent: {
    permission: all((t) => t.consent?.permission),
    prohibition: all((t) => t.consent?.prohibition),
    agreeWord: all((t) => t.consent?.agreeWord),
    contactWord: all((t) => t.consent?.contactWord),
  },
  motion: byMotion((m) => all((t) => t.motion?.[m])),
  motionWeak: byMotion((m) => all((t) => t.motionWeak?.[m])),
  motionName: byMotion((m) => all((t) => t.motionName?.[m])),
  money: {
    near: all((t) => t.money?.near),
    other: all((t) => t.money?.other),
    monthly: all((t) => t.money?.monthly),
    price: all((t) => t.money?.price),
    between: all((t) => t.money?.between),
    unit: all((t) => t.money?.unit),
  },
  competitorBefore: all((t) => t.competitorBefore),
  competitorAfter: all((t) => t.competitorAfter),
  competitorNone: all((t) => t.competitorNone),
  rivalKind: {
    noun: all((t) => t.rivalKind?.noun),
    describer: all((t) => t.rivalKind?.describer),
    lead: all((t) => t.rivalKind?.lead),
  },
  productBefore: all((t) => t.productBefore),
  productKind: {
    after: all((t) => t.productKind?.after),
    before: all((t) => t.productKind?.before),
  },
  placeBefore: all((t) => t.placeBefore),
  placeSuffix: all((t) => t.placeSuffix),
  placeParticle: all((t) => t.placeParticle),
  placeMention: {
    word: all((t) => t.placeMention?.word),
    glued: all((t) => t.placeMention?.glued),
  },
  coverBefore: all((t) => t.coverBefore),
  caselessPlace: {
    in: all((t) => t.caselessPlace?.in),
    siteNoun: all((t) => t.caselessPlace?.siteNoun),
    client: all((t) => t.caselessPlace?.client),
    businessNoun: all((t) => t.caselessPlace?.businessNoun),
    notPlace: all((t) => t.caselessPlace?.notPlace),
  },
  regionWord: all((t) => t.regionWord),
  regionLabelInSentence: all((t) => t.regionLabelInSentence),
  regionIsPhrase: all((t) => t.regionIsPhrase),
  regionWordGlued: all((t) => t.regionWordGlued),
  businessNounGlued: all((t) => t.businessNounGlued),
  contactAfterPlace: all((t) => t.contactAfterPlace),
  stateOrStatusLabel: all((t) => t.stateOrStatusLabel),
  placeFor: all((t) => t.placeFor),
  leadFrom: all((t) => t.leadFrom),
  compassWord: all((t) => t.compassWord),
  problemNoun: all((t) => t.problemNoun),
  needSize: all((t) => t.needSize),
  notProblem: all((t) => t.notProblem),
  noWebsite: all((t) => t.noWebsite),
  comparisonWord: all((t) => t.comparisonWord),
  sizePlaceBefore: all((t) => t.sizePlaceBefore),
  placeFrom: all((t) => t.placeFrom),
  ownerAfterName: all((t) => t.ownerAfterName),
  /** a preposition between a company's legal form and its seat ("… S.A. de Huautla", "… AB i Umeå"): where from, or where */
  seatAfterName: [...new Set([...all((t) => t.placeFrom), ...all((t) => t.sizePlaceBefore)])],
  rolloutWord: all((t) => t.rolloutWord),
  // longest first, so "ext." is not read as "ext" and a stray dot
  phoneExtension: [...all((t) => t.phoneExtension)].sort((a, b) => b.length - a.length),
  problem: {
    strong: all((t) => t.problem?.strong),
    channel: all((t) => t.problem?.channel),
    talked: all((t) => t.problem?.talked),
    weak: all((t) => t.problem?.weak),
    interest: all((t) => t.problem?.interest),
  },
  notADeal: all((t) => t.notADeal),
  bulkPitch: {
    optOut: all((t) => t.bulkPitch?.optOut),
    replyKeyword: all((t) => t.bulkPitch?.replyKeyword),
    dataOffer: all((t) => t.bulkPitch?.dataOffer),
    limitedOffer: all((t) => t.bulkPitch?.limitedOffer),
  },
  registeredBefore: all((t) => t.registeredBefore),
  detailsLater: {
    detail: all((t) => t.detailsLater?.detail),
    later: all((t) => t.detailsLater?.later),
  },
  invoiceNoun: all((t) => t.invoiceNoun),
  serviceWork: all((t) => t.serviceWork),
  partnerSubject: all((t) => t.partnerSubject),
  otherSubject: all((t) => t.otherSubject),
  writerSubject: all((t) => t.writerSubject),
  serviceLabel: all((t) => t.serviceLabel),
  registering: [...all((t) => t.registering), ...REGISTERING_APART.flat()],
} as const;
