// Which kind of mail is this, from headers, subject and a glance at the body? Pure.
// Registration vs "other" for person-written mail is decided later, by whether the
// extractor finds a prospect; here such mail is a registration *candidate*.
import type { MessageKind } from "./schema.ts";
import type { ReportPart } from "./machine-mail/types.ts";
import { looksAway, recogniseReport } from "./machine-mail/recognise.ts";
import { findCaseRef, findCaseTag } from "./case-number.ts";
import { hasReplyPrefix } from "../core/subject-prefixes.ts";
import { looksLikeBulkPitch } from "./normalise/cues.ts";
import { eachMatch } from "./text/regex.ts";

export interface ClassifyInput {
  subject: string;
  headers: Record<string, string>;
  from: { address: string; name: string | null } | null;
  contentType: string;
  contentTypeParams: Record<string, string>;
  attachments: { contentType: string; filename: string | null }[];
  inReplyTo: string | null;
  references: string[];
  text: string;
  reportParts?: ReportPart[];
}

export interface Classification {
  /** "registration" means: a candidate, to be confirmed by the extractor */
  kind: MessageKind;
  caseRef: string | null;
  /** how sure the classifier is of `kind` */
  confidence: number;
  reason: string;
}

/** Our own Message-IDs carry the case number in the local part: <reg-2026-000123.TS.ack@host> */
const OWN_MESSAGE_ID_RE = /<reg-(\d{4})-(\d{6})\.[^@>]*@[^>]+>/i;

const AUTO_SUBJECT_RE = new RegExp(
  [
    String.raw`\bout of (?:the )?office\b`,
    String.raw`\bautomatic reply\b`,
    String.raw`\bauto[- ]?reply\b`,
    String.raw`\bautoreply\b`,
    String.raw`\bauto[- ]?response\b`,
    String.raw`^\s*auto:`,
    String.raw`\babwesenheitsnotiz\b`,
    String.raw`\bautomatische antwort\b`,
    String.raw`\bnicht im b(?:ü|ue)ro\b`,
    String.raw`\br(?:é|e)ponse automatique\b`,
    String.raw`\babsence du bureau\b`,
    String.raw`\bautomatisch antwoord\b`,
    String.raw`\bafwezig(?:heid)?\b`,
    String.raw`\brespuesta autom(?:á|a)tica\b`,
    String.raw`\bfuera de la oficina\b`,
    String.raw`\brisposta automatica\b`,
    String.raw`\bvacation (?:alert|reply|notice|message|response)\b`,
    String.raw`\bon vacation\b`,
    String.raw`\bi(?:'|’)?m away\b`,
    String.raw`\bi am away\b`,
    String.raw`^\s*abwesen(?:d|heit)\b`,
    String.raw`\bannual leave\b`,
    String.raw`^\s*(?:away|absent|on leave)\s*:`,
    // the clients' own subject words in further languages ("Autosvar:", "Resposta automática:")
    String.raw`^\s*(?:autosvar|automatiskt? svar|automaattinen vastaus|automatická odpověď|odpowied(?:ź|z) automatyczna|automatyczna odpowied(?:ź|z)|resposta autom(?:á|a)tica)(?![\p{L}])`,
    String.raw`^\s*(?:fr(?:å|a)nvar(?:o|ande)|frav(?:æ|ae)r(?:ende)?|poissa(?:olo)?|lomalla|nieobecno(?:ść|sc)|poza biurem|nep(?:ř|r)(?:í|i)tomnost|mimo kancel(?:á|a)(?:ř|r)|aus(?:ê|e)ncia|fora do escrit(?:ó|o)rio|fuori (?:sede|ufficio)|assente|ausente|fuera de (?:la )?oficina|afwezigheidsmelding|niet aanwezig|buiten kantoor|message d'absence)(?![\p{L}])`,
    String.raw`^\s*(?:【\s*)?(?:不在(?:通知|のお知らせ)?|自動(?:応答|返信))`,
  ].join("|"),
  "iu",
);

const BOUNCE_SENDER_RE = /^(?:mailer-daemon|postmaster|mail-daemon|mailerdaemon)@/i;

/**
 * Out-of-office wording at the start of a short body: some servers send these without any
 * auto-reply header and with the original subject ("Abwesenheit: [REG-…] …").
 */
const AUTO_BODY_RE = new RegExp(
  [
    String.raw`\b(?:i am|i'm|i will be)\s+(?:currently\s+|now\s+)?(?:out of (?:the )?office|on (?:annual |parental |sick |maternity |paternity )?leave|on holiday|on vacation|away from (?:the|my) (?:office|desk))`,
    String.raw`\bwill (?:respond|reply|get back to you|answer)[^.\n]{0,30}\b(?:up)?on my return\b`,
    String.raw`\blimited access to (?:my )?e-?mails?\b`,
    String.raw`\bich bin\b[^.\n]{0,60}\b(?:nicht im b(?:ü|ue)ro|abwesend|im urlaub|nicht erreichbar|au(?:ß|ss)er haus)`,
    String.raw`\bkeinen zugriff auf (?:meine )?e-?mails\b`,
    String.raw`\bihre nachricht wird nicht weitergeleitet\b`,
    String.raw`\bje suis (?:actuellement )?absente?\b`,
    String.raw`\bik ben (?:momenteel |tot en met [^.\n]{1,30} )?afwezig\b`,
  ].join("|"),
  "i",
);

function looksLikeOutOfOffice(text: string): boolean {
  const body = text.trim();
  return body.length < 1500 && AUTO_BODY_RE.test(body.slice(0, 400));
}

// Bulk senders without List-* headers still carry an unsubscribe footer; a person's mail does not.
const UNSUBSCRIBE_RE =
  /\b(?:unsubscribe|opt[- ]out|manage (?:your )?(?:subscription|preferences)|newsletter (?:abbestellen|abmelden)|vom newsletter abmelden|abbestellen|se désabonner|désinscription|darse de baja|cancelar (?:la )?suscripción|uitschrijven|afmelden)\b/i;
const SUBSCRIBED_RE =
  /\b(?:you (?:are )?receiv\w+ this (?:e-?mail|mail|message|newsletter) because|you subscribed|subscribed at|sie erhalten diese(?:n)? (?:e-?mail|newsletter)|https?:\/\/\S*unsubscribe)/i;

function looksLikeNewsletter(text: string): boolean {
  const tail = text.slice(-800);
  return UNSUBSCRIBE_RE.test(tail) && SUBSCRIBED_RE.test(tail);
}

function caseFromMessageIds(ids: (string | null)[]): string | null {
  for (const id of ids) {
    const m = OWN_MESSAGE_ID_RE.exec(id ?? "");
    if (m) return `REG-${m[1]}-${m[2]}`;
  }
  return null;
}

export function classify(msg: ClassifyInput): Classification {
  const h = msg.headers;
  const subject = msg.subject ?? "";
  const from = msg.from?.address ?? "";
  const fromName = msg.from?.name ?? "";
  const reportType = msg.contentTypeParams["report-type"] ?? "";
  const partTypes = msg.attachments.map((a) => a.contentType);
  // Delivery and feedback reports of every server family: services/parser/machine-mail.
  const report = recogniseReport(msg);
  if (report) return { kind: report.kind, caseRef: null, confidence: report.confidence, reason: report.reason };

  // A read receipt (MDN) is an automatic answer to a person's mail (RFC 8098: auto-replied).
  if (reportType === "disposition-notification" || partTypes.includes("message/disposition-notification")) {
    return { kind: "auto_reply", caseRef: null, confidence: 0.9, reason: "read receipt (MDN)" };
  }
  const bounceSender = BOUNCE_SENDER_RE.test(from) || (!from && /mail delivery|mailer-daemon/i.test(fromName));

  const autoSubmitted = (h["auto-submitted"] ?? "").toLowerCase();
  const precedence = (h["precedence"] ?? "").toLowerCase();
  if (
    (autoSubmitted && !/^no\b/.test(autoSubmitted)) ||
    "x-autoreply" in h ||
    "x-autorespond" in h ||
    "x-autoresponder" in h ||
    precedence === "auto_reply" ||
    AUTO_SUBJECT_RE.test(subject) ||
    looksLikeOutOfOffice(msg.text) ||
    looksAway(msg.text)
  ) {
    return { kind: "auto_reply", caseRef: null, confidence: 0.95, reason: "auto-reply headers/subject" };
  }

  const caseRef = findCaseRef(subject) ?? caseFromMessageIds([msg.inReplyTo, ...msg.references]);
  if (caseRef) return { kind: "reply", caseRef, confidence: 0.95, reason: "case thread" };
  // an answer ("Re:", "AW:", "SV:" …) whose subject keeps a case tag numbered the way another
  // desk numbers its cases: an answer in that case's thread, not a new registration
  const answerTag = hasReplyPrefix(subject) ? findCaseTag(subject) : null;
  if (answerTag)
    return { kind: "reply", caseRef: answerTag, confidence: 0.85, reason: "case tag in an answer's subject" };

  if ("list-id" in h || "list-unsubscribe" in h || /^(?:bulk|list|junk)$/.test(precedence)) {
    return { kind: "other", caseRef: null, confidence: 0.9, reason: "list/bulk mail" };
  }
  if (bounceSender) return { kind: "other", caseRef: null, confidence: 0.8, reason: "mail system notice" };
  // A calendar client's invitation carries the event as an inline text/calendar part (no file
  // name): a meeting about a deal, not its registration. An .ics attached as a file may be.
  if (msg.attachments.some((a) => a.contentType === "text/calendar" && !a.filename))
    return { kind: "other", caseRef: null, confidence: 0.8, reason: "calendar invitation" };
  if (looksLikeNewsletter(msg.text))
    return { kind: "other", caseRef: null, confidence: 0.8, reason: "unsubscribe footer" };
  // a list seller's pitch pastes sample records that read like a prospect: never a registration
  if (looksLikeBulkPitch(msg.text))
    return { kind: "other", caseRef: null, confidence: 0.8, reason: "bulk sales pitch" };
  return { kind: "registration", caseRef: null, confidence: 0.5, reason: "person-written mail" };
}

/**
 * A person's answer to a mail we sent that carries no case number (the subject lost it, the
 * acknowledgement was sent from a person's client): its In-Reply-To names a Message-ID written by
 * one of the vendor's own domains ("<…@vendor.io>"). Such a mail answers us; it registers nothing.
 */
export function answersVendorMail(inReplyTo: string | null, vendorDomains: ReadonlySet<string>): boolean {
  return isVendorHost(/@([^>\s]+)>?\s*$/.exec(inReplyTo ?? "")?.[1], vendorDomains);
}

/** A host at one of the vendor's domains or below one ("mail.vendor.io"). */
function isVendorHost(host: string | undefined, vendorDomains: ReadonlySet<string>): boolean {
  const h = host?.toLowerCase();
  if (!h) return false;
  for (const d of vendorDomains) if (h === d || h.endsWith(`.${d}`)) return true;
  return false;
}

/** An attribution line of any client and language that names its writer's address at its end:
 * "On Tue, Ana Ruiz <ana@vendor.io> wrote:", "Em qui., … Miguel <miguel@vendor.io> escreveu:". */
const ATTRIBUTION_ADDRESS_RE = /<([^<>\s@]+@[^<>\s@]+)>[^<>\n]{0,60}:[ \t]*$/gm;

/**
 * A person's answer (In-Reply-To set) below which the vendor's own mail is quoted: an
 * attribution line or a quoted header block ("From: …") names an address at one of the vendor's
 * domains. The vendor's staff may write from a client whose Message-IDs are not the vendor's
 * (a Gmail account), so answersVendorMail alone misses it. Such a mail answers us.
 */
export function quotesVendorMail(
  inReplyTo: string | null,
  text: string,
  quotedSenders: readonly string[],
  vendorDomains: ReadonlySet<string>,
): boolean {
  if (!inReplyTo) return false;
  const vendors = (address: string) => isVendorHost(address.split("@")[1], vendorDomains);
  if (quotedSenders.some(vendors)) return true;
  for (const m of eachMatch(text, ATTRIBUTION_ADDRESS_RE)) if (vendors(m[1]!)) return true;
  return false;
}
