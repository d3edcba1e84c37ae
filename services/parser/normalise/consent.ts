// Has the prospect agreed to be contacted by the vendor directly? true / false / null (not said).
//
// A prohibition anywhere ("please don't reach out before I introduce you") wins over a permission,
// because contacting too early is the costly mistake. A negated permission ("noch nicht
// einverstanden", "hasn't agreed") counts as a refusal.
import { cueRegex, hits, isNegated } from "./cues.ts";

// Answers in the languages of the label tables (services/parser/lang): the not-yet forms come
// first so that "nog niet" is not read as a bare answer.
const YES = String.raw`yes|ja|liegt vor|erteilt|gegeben|vorhanden|granted|given|confirmed|agreed|ok|okay|oui|sí|si|sim|tak|d'accord|akkoord|accordé|concedido|dato|udzielona|givet|gitt`;
const NO = String.raw`not yet|noch nicht|pas encore|todavía no|todavia no|ainda não|ainda nao|nog niet|non ancora|jeszcze nie|ikke ennå|ikke endnu|inte än|ännu inte|no|nein|nicht|pending|ausstehend|offen|tbd|not given|not asked|nicht eingeholt|non|nej|nei|nee|não|nao|nie|en attente|pendiente|pendente|in attesa`;
/** "Consent: yes", "Einverständnis zur Kontaktaufnahme Nein", "OK to contact: Yes". */
const LABELLED = new RegExp(
  String.raw`(?<![\p{L}])(?:consent|einverständnis|kontaktfreigabe|freigabe zur kontaktaufnahme|(?:ok|okay|permission|allowed) to (?:contact|reach out|call)|direct contact|kontaktaufnahme erlaubt|direkte[rn]? (?:kontakt(?:aufnahme)?|ansprache)|(?:kontakt|contact) (?:erlaubt|allowed|permitted|ok))(?:\s+(?:durch|by|von|from|via)\s+[\p{L}-]+)?` +
    String.raw`(?:\s+(?:to|zur|für die|for|zum)\s+(?:contact|kontaktaufnahme|kontakt|direct contact|outreach|reach out))?\s*[?]?\s*(?:[:=–-]\s*|\s+)(?<answer>${YES}|${NO})(?![\p{L}])`,
  "giu",
);
/** Any label line about contact and whether it is allowed ("Contact by vendor allowed: yes", "Direktkontakt OK? nein"). */
const LINE_LABELLED = new RegExp(
  String.raw`^[ \t]*(?=[^:=?\n]{0,60}(?:kontakt|contact|outreach|ansprache|anruf|reach out))(?=[^:=?\n]{0,60}(?<![\p{L}])(?:allowed|permitted|erlaubt|ok|okay|direct|direkte[rn]?|durch|by|may|darf|dürfen|permission|consent)(?![\p{L}]))[^:=?\n]{2,60}[?]?[ \t]*[:=][ \t]*(?<answer>${YES}|${NO})(?![\p{L}])`,
  "gimu",
);
/** A labelled value on its own ("Yes – she expects your call", "Nein, erst nach Rücksprache"). */
const BARE_ANSWER = new RegExp(
  String.raw`^\s*(?:(?:the\s+)?(?:customer|client|prospect|contact|kunde|kundin|endkunde)\s+(?:has\s+|hat\s+)?)?(?<answer>${YES}|${NO})(?![\p{L}])`,
  "iu",
);

const CONTACT_VERB = String.raw`(?:reach out|reach|contact|call|phone|ring|email|e-mail|approach|get in touch|speak to|talk to|message)`;
const CONTACTING = String.raw`(?:contacting|calling|phoning|ringing|reaching out|emailing|e-mailing|approaching|getting in touch|messaging)`;
const PROHIBITION = cueRegex([
  String.raw`(?:don't|do not|dont|please not|not to|never)\s+${CONTACT_VERB}`,
  String.raw`before (?:i|we) (?:introduce|intro|connect)`,
  String.raw`until (?:i|we)(?:'ve| have)? (?:introduced|made the intro)`,
  String.raw`wait for (?:my|our) (?:intro|introduction)`,
  String.raw`we(?:'ll| will) make the introduction`,
  String.raw`(?:meldet|melden sie)\s+(?:euch|sich)\s+(?:aber\s+|bitte\s+)?noch\s+nicht`,
  String.raw`bitte\s+(?:noch\s+)?(?:nicht|keinen kontakt)\s+(?:direkt\s+)?(?:kontaktieren|anrufen|anschreiben|ansprechen|aufnehmen)`,
  String.raw`noch\s+nicht\s+(?:direkt\s+)?(?:kontaktieren|anrufen|anschreiben|ansprechen|melden)`,
  String.raw`kontakt\s+(?:bitte\s+)?(?:ausschließlich|nur)\s+über\s+(?:uns|mich)`,
  String.raw`(?:erst|zuerst)\s+nach\s+rücksprache`,
  String.raw`bitte\s+zuerst\s+mit\s+mir\s+abstimmen`,
  String.raw`ich stelle euch (?:\S+\s+){0,4}vor`,
  // "hold off contacting her", "wait with calling him", "refrain from reaching out"
  String.raw`(?:hold off|hold back|hold fire|wait|refrain|pause)\s+(?:on\s+|from\s+|with\s+|before\s+)?${CONTACTING}`,
  String.raw`until\s+(?:after\s+)?(?:i|we)(?:'ve|'ll| have| will)?\s+(?:looped|loop|introduced|introduce|connected|connect)\s+you`,
  String.raw`no\s+direct\s+(?:contact|outreach)`,
  // "I'll loop you in after their board meeting": not before
  String.raw`(?:i'll|i will|we'll|we will)\s+loop\s+you\s+in\s+(?:after|once|when|as soon as)`,
  String.raw`(?:please\s+)?(?:don't|do not)\s+(?:share|pass on|forward)\s+(?:my|his|her|their)\s+(?:contact\s+)?(?:details|number|email)`,
  // German: "mit der Kontaktaufnahme bitte noch warten", "bitte noch keinen direkten Kontakt", "weiß noch nichts davon"
  String.raw`(?:mit\s+(?:der\s+kontaktaufnahme|dem\s+anruf|einem\s+anruf|dem\s+kontakt))\s+(?:bitte\s+)?(?:noch\s+)?(?:warten|abwarten)`,
  String.raw`(?:wartet|warten sie)\s+(?:bitte\s+)?(?:noch\s+)?mit\s+(?:der\s+kontaktaufnahme|dem\s+anruf|einem\s+anruf|dem\s+kontakt)`,
  String.raw`(?:bitte\s+)?noch\s+(?:keinen|keine)\s+(?:direkten?\s+)?(?:kontakt|kontaktaufnahme|anruf)`,
  String.raw`(?:von\s+einer\s+kontaktaufnahme|vom\s+kontakt)\s+(?:bitte\s+)?(?:noch\s+)?absehen`,
  String.raw`(?:weiß|weiss|wissen)\s+(?:noch\s+)?(?:nicht|nichts)\s+(?:bescheid|davon)`,
]);
const PERMISSION = cueRegex([
  String.raw`(?:happy|fine|ok|okay|glad|keen|comfortable|open|cool|alright|all right|good|relaxed)\s+(?:for|with|that)?\s*(?:you|your team|your sales team|the vendor|you guys)?\s*(?:to\s+)?(?:be\s+)?(?:contact(?:ed|ing)?|reach(?:ed|ing)? out|e-?mail(?:ed|ing)?|call(?:ed|ing)?|hear(?:ing)?|reaching out)`,
  String.raw`(?:asked|requested)\s+(?:for|that)?\s*(?:you|your team|the vendor)?\s*(?:to\s+)?(?:reach out|contact|call|get in touch|email)`,
  String.raw`(?:expecting|expects|awaiting|looking forward to)\s+(?:your|a|the)\s+(?:call|email|e-mail|outreach)`,
  String.raw`expecting to hear from`,
  String.raw`(?:you|your team)\s+(?:can|may|could)\s+(?:${CONTACT_VERB})`,
  String.raw`agreed to (?:be contacted|a call|hear)`,
  String.raw`consented`,
  String.raw`welcomes? (?:a|your) call`,
  String.raw`open to (?:a call|a conversation|being contacted|hearing from)`,
  String.raw`feel free to (?:contact|call|reach out|e-?mail|ring)`,
  String.raw`(?:happy|fine|ok|okay|glad)\s+for\s+(?:them|you|your team|us)\s+to\s+(?:ring|call|contact|e-?mail|reach out)`,
  String.raw`(?:would like|wants?|asked)\s+(?:[\p{L}]+\s+){0,3}to\s+(?:contact|call|ring|reach out to|e-?mail)\s+(?:her|him|them)`,
  String.raw`asked\s+(?:us\s+)?to\s+(?:set up|arrange|organi[sz]e|book)\s+an?\s+(?:joint\s+|first\s+)?(?:call|meeting|intro)`,
  String.raw`(?:said|says)\s+yes\s+to\s+(?:a|the|your)\s+(?:call|meeting|contact)`,
  String.raw`agreed\s+that\s+(?:you|your team)`,
  String.raw`asked\s+us\s+to\s+connect\s+(?:him|her|them)`,
  String.raw`(?:können|könnt|dürfen|dürft)\s+(?:[\p{L}]+\s+){0,5}?(?:mich|ihn|sie|uns)\s+(?:gerne\s+)?(?:direkt\s+)?(?:kontaktieren|anrufen|anschreiben)`,
  // German
  String.raw`einverstanden`,
  String.raw`zugestimmt`,
  String.raw`(?:freut|freuen)\s+sich\s+(?:auf|über)\s+(?:einen|ihren|euren|den)\s+anruf`,
  String.raw`erwartet\s+(?:euren|ihren|einen|den)\s+anruf`,
  String.raw`bat\s+um\s+(?:einen\s+)?rückruf`,
  String.raw`um\s+(?:einen\s+)?(?:rückruf|anruf|kontakt)(?:\s+[\p{L}.]+){0,3}\s+gebeten`,
  String.raw`dürf(?:t|en)\s+(?:mich|ihn|sie|uns)\s+(?:gerne\s+)?(?:direkt\s+)?(?:anrufen|kontaktieren|anschreiben)`,
  String.raw`(?:meldet|melden sie)\s+(?:euch|sich)\s+gerne`,
  String.raw`kontakt(?:aufnahme)?\s+(?:durch\s+[\p{L}-]+\s+)?(?:ist\s+)?(?:ausdrücklich\s+|sehr\s+)?erwünscht`,
  String.raw`(?:dürfen|dürft|können|könnt)\s+(?:[\p{L}]+\s+){0,3}?(?:meine|seine|ihre|unsere)\s+(?:kontakt)?daten\s+(?:gerne\s+)?(?:an\s+(?:[\p{L}]+\s+){0,3})?weiter(?:geben|leiten)`,
  String.raw`(?:feel free|free|happy for you|ok|okay)\s+to\s+pass\s+(?:on\s+)?(?:my|his|her|their)\s+(?:details|contact details|number)`,
  String.raw`agreed\s+that\s+(?:[\p{L}]+\s+){0,2}(?:may|can|could)\s+${CONTACT_VERB}`,
  String.raw`(?:happy|fine|ok|okay|open)\s+with\s+(?:a|your)\s+(?:call|e-?mail|contact|outreach)`,
  // the prospect's own words in a forward: "they can reach me here", "connect me with …", "share my details"
  String.raw`(?:they|you|your team)\s+(?:can|may|could)\s+(?:reach|contact|call|phone|ring|e-?mail)\s+(?:me|her|him)`,
  String.raw`(?:connect|introduce)\s+me\s+(?:with|to)`,
  String.raw`put\s+me\s+in\s+touch`,
  String.raw`(?:share|pass(?:\s+on)?|forward|give|hand\s+on)\s+(?:on\s+)?(?:my|his|her|their)\s+(?:contact\s+)?(?:details|contact|number|e-?mail(?:\s+address)?|info|information|address)`,
  // "she's aware you'll reach out", "he knows you will call"
  String.raw`(?:is|'s|are|'re|am)\s+aware\s+(?:that\s+)?(?:you|your team|[\p{L}]+)(?:'ll|'re|\s+will|\s+may|\s+might|\s+are going to|\s+are)\s+(?:be\s+)?(?:reach|contact|call|ring|e-?mail|get|join|in touch|be in touch|getting|reaching|calling)`,
  String.raw`knows?\s+(?:that\s+)?(?:you|your team)(?:'ll|\s+will|\s+are going to|\s+may)\s+(?:be\s+)?(?:reach|contact|call|ring|e-?mail|get in touch|in touch)`,
  // German: "er weiß Bescheid", "sie rechnet mit eurem Anruf", "ihr könnt euch gerne bei ihr melden"
  String.raw`(?:weiß|weiss|wissen)\s+(?:schon\s+|bereits\s+|auch\s+)?bescheid`,
  String.raw`rechne[nt]?\s+mit\s+(?:eurem|ihrem|einem|dem|deinem)\s+(?:anruf|kontakt|rückruf)`,
  String.raw`(?:könnt|können|kann|darf|dürft|dürfen|kannst|darfst)\s+(?:euch|sich|dich)\s+(?:gerne?\s+)?(?:direkt\s+)?(?:bei\s+(?:ihm|ihr|ihnen)\s+)?melden`,
  String.raw`ist\s+(?:informiert|im bilde|vorgewarnt)`,
  // "bittet ausdrücklich um Kontaktaufnahme", "Kontakt ok.", "contact fine"
  String.raw`(?:bittet|bat|bitten)\s+(?:[\p{L}]+\s+){0,2}um\s+(?:eine\s+|die\s+|einen\s+)?(?:kontaktaufnahme|rückruf|anruf|kontakt)`,
  String.raw`(?:kontakt|contact)(?:aufnahme)?\s+(?:ist\s+|is\s+)?(?:ok|okay|erlaubt|allowed|fine)(?=\s*(?:[.!]|$))`,
]);

/** true: prospect agreed to direct contact; false: not (yet); null: the text does not say. */
export function detectConsent(text: string): boolean | null {
  const labelled = [...text.matchAll(LABELLED), ...text.matchAll(LINE_LABELLED)].map((m) => m.groups?.answer ?? "");
  const bare = text.length < 120 ? BARE_ANSWER.exec(text)?.groups?.answer : undefined;
  const answers = [...labelled, ...(bare ? [bare] : [])].map((a) => new RegExp(`^(?:${YES})$`, "i").test(a));
  if (answers.includes(false)) return false;
  if (hits(text, PROHIBITION).some((h) => !/\b(?:if|unless)\b/i.test(text.slice(Math.max(0, h.index - 20), h.index))))
    return false;
  const permissions = hits(text, PERMISSION);
  if (permissions.some((h) => isNegated(text, h))) return false;
  if (answers.includes(true) || permissions.length > 0) return true;
  return null;
}
