// The shape of a language's phrase tables.
import type { LabelField } from "../extract/labels.ts";
import type { Motion } from "../schema.ts";

/** Label words by the field they name, lower case, as written before the colon. */
export type LabelTable = Partial<Record<LabelField, readonly string[]>>;

/**
 * Cue phrases for the free-text fields (stage, motion, consent, competitors), as regex sources
 * matched case-insensitively between word boundaries; a space matches any run of white space.
 * Each entry is general phrasing (never a sentence copied from one mail) and has a unit test in
 * tests/parser/normalise/cue-tables.test.ts written in other words.
 */
export interface CueTable {
  /** words that negate a cue when they stand before it in the same clause ("not", "kein", "pas") */
  negationBefore?: readonly string[];
  /**
   * the language's most frequent short words (pronouns, prepositions, auxiliaries), lower case: a
   * negation word of one language that is an ordinary word of another (Finnish "ei" = not,
   * Romanian "cu ei" = with them) negates only in a clause that does not read as that other language
   */
  commonWords?: readonly string[];
  /** words right after a cue that say it has not happened ("… yet", "… noch nicht", "… pas encore") */
  negationAfter?: readonly string[];
  /** words that make a cue conditional ("if", "falls", "si") */
  conditional?: readonly string[];
  /** a yes or a no as the answer to a question or label ("Consent: ja", "Zgoda: nie"); not-yet forms go in `no` */
  yes?: readonly string[];
  no?: readonly string[];
  stage?: {
    /** trial, proof of concept, comparing offers, proposal or budget stage */
    evaluation?: readonly string[];
    /** the prospect weighing a rival's offer ("got a quote from X", "schauen sich auch X an"): evaluation,
     * unless a meeting with the vendor is booked, which says where the vendor's own deal stands */
    rival?: readonly string[];
    /** a first call or meeting booked, as one phrase; `{event}`, `{booked}` and `{date}` stand for those lists */
    discovery?: readonly string[];
    /** just an introduction; nothing booked yet */
    newIntro?: readonly string[];
    /** said right after a meeting: its date is still open ("…, date not fixed", "…, Termin noch offen"), so nothing is booked */
    undated?: readonly string[];
    /** meeting nouns ("call", "Termin", "réunion", "mtg"), combined with `booked` and dates */
    event?: readonly string[];
    /** words saying a meeting is fixed ("booked", "vereinbart", "prévu") */
    booked?: readonly string[];
    /** weekday names, their short forms and near days ("tue", "Donnerstag", "demain"), for "{event} {day}" */
    day?: readonly string[];
    /** month names and their short forms ("march", "avril", "március"), for a date written out: "{when}" */
    month?: readonly string[];
    /** verbs before a meeting noun saying it took place ("had", "held", "hicimos", "hatten"): the deal is past discovery */
    held?: readonly string[];
    /** words between such a verb and its meeting noun: articles, numerals, "first" ("the", "una", "einen", "two") */
    heldArticle?: readonly string[];
    /** phrasing right after a meeting noun saying it took place ("… was already done", "… completed") */
    heldAfter?: readonly string[];
    /** words right before a day or date saying it has gone by ("last", "past"): "meeting last Tuesday" is no meeting booked */
    goneBefore?: readonly string[];
    /** words right after a weekday saying it has gone by ("martedì scorso", "jeudi dernier") */
    goneAfter?: readonly string[];
    /** units of time after a number ("30 minutes", "2 Stunden"): a meeting's length, not its date */
    duration?: readonly string[];
    /** thanks said right before a meeting noun ("thanks for the", "danke für die"): that meeting is over, not booked */
    thanked?: readonly string[];
  };
  consent?: {
    /** the prospect agreed to be contacted */
    permission?: readonly string[];
    /** the partner asks not to contact (yet) */
    prohibition?: readonly string[];
    /**
     * a verb of agreeing (`agreeWord`: "souhlasil", "einverstanden") and a word of being contacted
     * (`contactWord`: "kontaktovali", "kontaktiert") in one sentence, in either order: the prospect
     * agreed to be contacted, however the sentence is built. Whole words (a stem ends in `\p{L}*`).
     */
    agreeWord?: readonly string[];
    contactWord?: readonly string[];
  };
  /** strong motion cues (weight 2) by motion */
  motion?: Partial<Record<Motion, readonly string[]>>;
  /** weak motion cues (weight 1): too common to decide on alone */
  motionWeak?: Partial<Record<Motion, readonly string[]>>;
  /** the motion's own name, one word ("services", "resale"): alone in brackets after a description
   * ("we will implement and support it (services)") it names the motion as a labelled value does */
  motionName?: Partial<Record<Motion, readonly string[]>>;
  /** phrasing right before a competitor's name ("also looking at", "vergleicht mit"); `{name}` is a vendor-like name, `{names}` a short list of them ("X, Y and Z", at most six) */
  competitorBefore?: readonly string[];
  /**
   * words near an amount that say what it is (regex sources, case-insensitive, whole words):
   * `near` the deal's value or a yearly figure ("budget", "valeur", "per year", "om året"); `other`
   * another figure (revenue, funding, money already spent); `monthly` a monthly figure; `price` a
   * price or fee, so a monthly figure so called is still the deal's ("licence", "abonnement");
   * `between` the word opening a range "between X and Y" ("zwischen", "entre", "mellan");
   * `unit` right after an amount, the one thing it is the price of ("per seat", "pro Nutzer"):
   * a unit price, not the deal's value
   */
  money?: {
    near?: readonly string[];
    other?: readonly string[];
    monthly?: readonly string[];
    price?: readonly string[];
    between?: readonly string[];
    unit?: readonly string[];
  };
  /** the partner saying there is no competitor ("no competition", "keine Konkurrenz"): none is named */
  competitorNone?: readonly string[];
  /** phrasing right after competitors' names ("… quoted them", "… ist auch im Rennen"); the names stand before it */
  competitorAfter?: readonly string[];
  /**
   * the words that say what kind of rival a name is, lower case: `noun` ("vendor", "provider"),
   * `describer` before it ("local", "another"), `lead` opening the phrase ("and", "also"): "and a
   * local vendor Datasys", "one regional provider (Genesys Tech)" name the rival after the noun
   */
  rivalKind?: { noun?: readonly string[]; describer?: readonly string[]; lead?: readonly string[] };
  /**
   * the prospect's problem: `strong` cues describe the broken process itself (by hand, on paper,
   * a bottleneck; weight 2), `weak` ones only a wish, a volume or the way things are done today (wants,
   * needs, automate, "still keep it on a board", "hoy cobran en efectivo"; weight 1)
   */
  problem?: {
    strong?: readonly string[];
    /** a means of talking as the process ("by phone", "WhatsApp"): strong, but no need beside a phone number or address */
    channel?: readonly string[];
    /**
     * verbs of the partner talking with the contact ("spoke", "agreed"), and nouns of the talk itself
     * where a language names it so ("розмова"), single words, lower case: a channel a few words after one
     * ("I spoke to her on the phone"), or just before one that follows it or ends the clause ("am Telefon
     * besprochen", "telefonla konuştum"), says how the partner talked, not how the prospect works.
     * Kept beside a language's `channel` cues: a language without them has no use for its talking verbs.
     */
    talked?: readonly string[];
    weak?: readonly string[];
    /**
     * an interest named ("interested in", "le interesa", "zajímá je"): weak, as a wish is, when
     * what it names is no name ("interested in online rotas"); a capitalised word among the three
     * after it names a product ("interested in the Acme module"), which is the product asked for, not the need
     */
    interest?: readonly string[];
  };
  /** prepositions before the prospect's place ("based in", "out of", "mit Sitz in"), lower case: the place is capitalised */
  placeBefore?: readonly string[];
  /**
   * words before the region a prospect covers as a whole ("across", "all of", "i hela"), lower
   * case: in a sentence about the prospect that region outranks the town it is based in
   */
  coverBefore?: readonly string[];
  /** word stems of weighing options ("shortlist", "compar", "Vergleich", "RFP"): a list naming the vendor there names rivals */
  comparisonWord?: readonly string[];
  /**
   * words of a sentence about the registration, a meeting or a trip rather than the prospect
   * ("consent", "Termin", "conference"): such a sentence is no description of the prospect's need
   */
  notProblem?: readonly string[];
  /**
   * the prospect having no website, or only a page on a social network ("no website yet", "only a
   * Facebook page", "sin página web"): a sentence saying so gives the prospect's details, so it
   * stands in for no need where no sentence tells one
   */
  noWebsite?: readonly string[];
  /**
   * the prospect's size opening a need phrase, tied to what follows by the language's particle
   * (Japanese "全12店舗で…", Korean "7개 지점의 …", Chinese "20家门店的…", Hindi "40 कैब्स की …"): regex
   * sources matched at the phrase's start; the need is what follows
   */
  needSize?: readonly string[];
  /** nouns naming a problem as such ("problem", "issue", "Herausforderung"): a short sentence with only these announces the next */
  problemNoun?: readonly string[];
  /** compass words written before a place, part of its name as written ("north", "südlich", "nord") */
  compassWord?: readonly string[];
  /**
   * case endings written after an apostrophe on a place's name that say the prospect is there
   * (Turkish "İzmir'de", "Bodrum'daki"), lower case: a language that marks the place so, not with a preposition
   */
  placeSuffix?: readonly string[];
  /**
   * particles written right after a place's name in a script without capitals that say the
   * prospect is there (Korean "부산에 있는", "에 위치한": "located in"); read where a sentence opens
   * with the place, as a lead is introduced
   */
  placeParticle?: readonly string[];
  /**
   * "in" or "from" before a place, as a language writes it in any case or script, read only before a
   * place the mail's subject names (that form is kept: "у Зарічині" in the text, "Зарічин" in the subject):
   * `word`s stand apart (Arabic "في", Ukrainian "у", "зі"), `glued` ones are joined to the place
   * (Hebrew "ב", Thai "ที่", "ใน"); regex sources, lower case
   */
  placeMention?: { word?: readonly string[]; glued?: readonly string[] };
  /**
   * a script without capitals (Arabic): `in`, the word before a place ("في"); `siteNoun`, the nouns of
   * the prospect's sites a count goes before ("٤٠ فرعاً في …"); `client`, the partner's word for the
   * prospect ("عميل محتمل في …", "العميل في …"); a place is read after "in" only after one of them or
   * the prospect's name (extract/caseless-place.ts); `notPlace`, nouns "in" opens that are no place
   * ("في مرحلة", at the stage of); regex sources
   */
  caselessPlace?: {
    in?: readonly string[];
    siteNoun?: readonly string[];
    client?: readonly string[];
    /** a business's kind opening its name a few words before "in" ("ورشة … في", a workshop … in) */
    businessNoun?: readonly string[];
    notPlace?: readonly string[];
  };
  /** prepositions between the prospect's size and its place ("a 30-room hotel in", "11 habitaciones en") */
  sizePlaceBefore?: readonly string[];
  /** words right after the prospect's name that say where it is from ("from", "aus", "de") */
  placeFrom?: readonly string[];
  /**
   * the word a sole trader's registered name writes between the trade name and the owner's full
   * name, as part of the name (Italian "Bottega Nova di Carla Neri"), lower case
   */
  ownerAfterName?: readonly string[];
  /** "for" before the place a registration is for ("for the", "für", "pour"), lower case */
  placeFor?: readonly string[];
  /** a lead's noun before "from" and its place ("a new lead from", "an opportunity from"), lower case: the partner saying where the lead is */
  leadFrom?: readonly string[];
  /** nouns after that place that say it is a rollout's ("rollout", "expansion", "market"), lower case */
  rolloutWord?: readonly string[];
  /** words between a phone number and its extension ("ext.", "Durchwahl", "poste"), as written, lower case */
  phoneExtension?: readonly string[];
  /** region nouns written before a region's name ("Region", "Kanton", "zona") */
  regionWord?: readonly string[];
  /**
   * region labels written inside a line, after a sentence that ends ("… per year. Region: Bavaria.",
   * "…万元。地区：华南。"), lower case: the place runs to the sentence's end. Only words that name a
   * place and nothing else (no "sites:", "market:", "state:")
   */
  regionLabelInSentence?: readonly string[];
  /** the same label written as a statement ("Region is Bavaria."), lower case; the place is capitalised */
  regionIsPhrase?: readonly string[];
  /**
   * region nouns written joined to the region's name in a script without blanks between words (Thai
   * "จังหวัด…", its short form "จ.…": province), lower case: the noun and the letters after it name the place
   */
  regionWordGlued?: readonly string[];
  /**
   * nouns for a kind of business that open its name, joined to it in a script without blanks (Thai
   * "ร้าน…" a shop, "ฟาร์ม…" a farm): a word so opened is a prospect's name, no place
   */
  businessNounGlued?: readonly string[];
  /**
   * words that open what is said of a prospect after its name and place in a script without blanks
   * between words (Thai "ติดต่อ…" contact, "เจ้าของ…" owner): a place standing before one ends there
   */
  contactAfterPlace?: readonly string[];
  /**
   * label words that name a status or a country's state alike (Spanish, Portuguese "estado"), lower
   * case: a place's name under one, with no stage in it, is the region
   */
  stateOrStatusLabel?: readonly string[];
  /**
   * nouns naming a product's part or plan, lower case: `after` the product's name ("the Capture
   * module", "Business-Plan"), `before` it ("el módulo Capture", "plan Enterprise")
   */
  productKind?: { after?: readonly string[]; before?: readonly string[] };
  /** phrasing right before the vendor's product ("interested in", "trial of"): that mention is the product wanted */
  productBefore?: readonly string[];
  /**
   * the work a partner delivers around the product, as nouns ("implementation", "Einführung",
   * "paramétrage", "carga inicial"): with the partner as the subject it names the services needed
   */
  serviceWork?: readonly string[];
  /** the partner as a clause's subject ("we", "our team", "wir", "nous", "nosotros") */
  partnerSubject?: readonly string[];
  /**
   * the mail's writer opening a clause ("I", "we", "je", "vi"): a wish said so is the partner's own
   * ("we would like to register …"), not the prospect's need
   */
  writerSubject?: readonly string[];
  /** someone else as a clause's subject ("they", "the customer", "sie", "le client"): after the partner, the work is theirs */
  otherSubject?: readonly string[];
  /** a label whose value says what the partner delivers ("Our role", "Notre rôle", "Rol de X", "Services") */
  serviceLabel?: readonly string[];
  /** the partner saying outright that this mail registers no deal ("not a new lead", "keine neue Registrierung") */
  notADeal?: readonly string[];
  /**
   * the partner registering or referring a prospect, in the words of this language that the
   * cross-language stems in extract/rules.ts ("regist…", "referr…", "lead") do not cover
   * ("dar de alta", "referido", "recomendação de cliente")
   */
  registering?: readonly string[];
  /**
   * a sales pitch sent in bulk to the partner inbox, a seller of contact data above all: `optOut`
   * the way out it offers by answer ("reply STOP", "if you don't want to hear from us"),
   * `replyKeyword` its call to answer one word ("reply YES for the price list"), `dataOffer`
   * contact data offered for sale ("verified contact list", "deliverability"), `limitedOffer` a price
   * for a short time only ("this week only", "скидка только до пятницы"). Two of the four make
   * the mail "other": a partner registering a prospect writes none of them.
   */
  bulkPitch?: {
    optOut?: readonly string[];
    replyKeyword?: readonly string[];
    dataOffer?: readonly string[];
    limitedOffer?: readonly string[];
  };
  /**
   * the noun a bill's subject opens with, its number right after it ("Invoice INV-2026-0042",
   * "Rechnung Nr. 4711"), lower case: a bill sent to the vendor, never a registration
   */
  invoiceNoun?: readonly string[];
  /**
   * the partner saying the prospect's details are still to come ("her website to follow on Monday",
   * "no website yet"): a `detail` noun (the contact's address or name, the website) and a `later`
   * word (tomorrow, later, not yet) in one sentence, in either order. A lead so handed over is held
   * with the fields it lacks, for the partner's answer or for review.
   */
  detailsLater?: { detail?: readonly string[]; later?: readonly string[] };
  /** the partner saying they registered a deal already ("I registered", "registré la oportunidad"): with a question, a follow-up */
  registeredBefore?: readonly string[];
}
