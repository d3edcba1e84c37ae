// One raw message -> ParsedMessage: decode, classify, extract (rules, optionally merged with the
// LLM's answer), and shape the contract output. Never throws: an undecodable message is "other"
// with confidence 0 and `error` set, so it still reaches review.
import "./native-regexps.ts";
import type { ParseOptions, ParsedMessage, Extraction, MailAddress, RowRegistration } from "./types.ts";
import type { TableRow } from "./attachments.ts";
import type { MachineMail } from "./machine-mail/types.ts";
import { ParseOutput, REQUIRED_FIELDS, type FieldEvidence, type Partner, type ProvenanceMap } from "./schema.ts";
import { decodeMail, type DecodedMessage } from "./decode.ts";
import { rawMailFromBuffer, type RawMail } from "./raw-mail.ts";
import { answersVendorMail, classify, quotesVendorMail } from "./classify.ts";
import { findCaseRef } from "./case-number.ts";
import { hasReplyPrefix } from "../core/subject-prefixes.ts";
import { buildContext, type MailContext } from "./extract/mail-context.ts";
import { extractByRules, extractPartner } from "./extract/rules.ts";
import { detectLanguage, type DetectedLanguage } from "./normalise/language.ts";
import { mergeExtractions } from "./merge.ts";
import { addressesInList, parseAddress } from "./text/forwards.ts";
import { readMachineMail } from "./machine-mail/read-machine-mail.ts";
import { domainOfEmail, registrableDomain } from "./normalise/domain.ts";

/** Rows of attached tables read as registrations per mail without a configuration (the CLI, tests):
 * the default of ATTACHMENT_ROWS_PER_MAIL (config cannot import the parser). */
export const ROWS_PER_MAIL = 50;

export function parseMessage(raw: Buffer, opts: ParseOptions): Promise<ParsedMessage> {
  return parseMail(rawMailFromBuffer(raw), opts);
}

/** parseMessage for a mail read piece by piece (a parse worker reading it from the database). */
export async function parseMail(raw: RawMail, opts: ParseOptions): Promise<ParsedMessage> {
  let decoded: DecodedMessage;
  try {
    decoded = await decodeMail(raw);
  } catch (err) {
    return undecodable(err);
  }
  let parsed: ParsedMessage;
  try {
    parsed = parseDecoded(decoded, opts);
  } catch (err) {
    return { ...undecodable(err), ...shell(decoded) };
  }
  return withModel(parsed, opts);
}

/** The model's reading merged into a registration's rule-based one (when a model is configured).
 * Separate from the rules so that a parse worker thread runs the rules and the main thread,
 * which owns the network client, asks the model. */
export async function withModel(parsed: ParsedMessage, opts: ParseOptions): Promise<ParsedMessage> {
  return parsed.output.kind === "registration" && opts.llm && !parsed.error ? withLlm(parsed, opts) : parsed;
}

/** The rule-based part, pure and synchronous: for unit tests and the bench. */
export function parseDecoded(
  d: DecodedMessage,
  opts: Pick<ParseOptions, "vendorDomains" | "vendorNames" | "vendorProducts" | "maxRowsPerMail">,
): ParsedMessage {
  let cls = classify(d);
  const view = asResent(d);
  const ctx = buildContext({
    subject: d.subject,
    from: view.from,
    to: view.to,
    cc: view.cc,
    text: view.text,
    vendorDomains: opts.vendorDomains,
    vendorNames: opts.vendorNames,
    vendorProducts: opts.vendorProducts,
  });
  const language = detectLanguage(`${d.subject}\n${ctx.own || d.text}`);
  // a person's answer to a mail we sent, without a case number in its subject: known only once the
  // vendor's domains are; the case is the one its text names first (its own words, else our quote)
  if (cls.kind === "registration" && answersVendorMail(d.inReplyTo, ctx.vendorDomains))
    cls = {
      ...cls,
      kind: "reply",
      caseRef: findCaseRef(d.text),
      confidence: 0.85,
      reason: "answers a mail the vendor sent",
    };
  if (cls.kind !== "registration") {
    const machine = readMachineMail(cls.kind, d);
    return finish(
      d,
      language,
      {
        kind: cls.kind,
        confidence: cls.confidence,
        partner: partnerOf(ctx),
        registration: null,
        missing: [],
        caseRef: cls.caseRef,
      },
      {},
      machine,
    );
  }
  const rules = extractByRules(ctx, d.vcards);
  // a thin lead (a prospect's address alone, details promised to follow) in an answer is what the
  // answer adds to its thread; a mail to one of the vendor's tagged addresses (partners+tag@vendor,
  // handed out for a case's answers) is an answer even when nothing else threads it
  const thinAnswer =
    rules.thin &&
    (!!d.inReplyTo ||
      d.references.length > 0 ||
      hasReplyPrefix(d.subject) ||
      toTaggedVendorAddress([...d.to, ...d.cc], ctx.vendorDomains));
  if (!rules.isRegistration || thinAnswer) {
    // no prospect named, but a case number in the partner's own words: an answer about that case;
    // without one, an answer to a mail of the vendor's that it quotes is still an answer to us, and
    // the case number in the quote (our own mail's, the latest first) names its case
    const quotedSenders = ctx.forwards.flatMap((f) => (f.from ? [f.from.address] : []));
    const quotesUs = quotesVendorMail(d.inReplyTo, d.text, quotedSenders, ctx.vendorDomains);
    const caseRef = findCaseRef(ctx.own) ?? (quotesUs ? findCaseRef(d.text) : null);
    const answers = !!caseRef || quotesUs;
    return finish(
      d,
      language,
      {
        kind: answers ? "reply" : "other",
        confidence: caseRef ? 0.8 : 0.7,
        partner: rules.extraction.partner,
        registration: null,
        missing: [],
        caseRef,
      },
      {},
    );
  }
  const reg = rules.extraction.registration;
  // the message's own registration is the first row; the further ones up to the bound are read here
  const further = Math.max(0, (opts.maxRowsPerMail ?? ROWS_PER_MAIL) - 1);
  const parsed = finish(
    d,
    language,
    {
      kind: "registration",
      confidence: round(rules.extraction.confidence),
      partner: rules.extraction.partner,
      registration: reg,
      missing: missingOf(reg),
      caseRef: null,
    },
    provenanceOf(d.text, rules.snippets, rules.evidence),
  );
  return {
    ...parsed,
    rows: d.tableRows.slice(0, further).map((r) => parseRow(r, d, rules.extraction.partner, opts)),
    rowsOverLimit: d.tableRows.slice(further).map((r) => r.source),
  };
}

/**
 * A mail resent as it was (RFC 5322 "Resent-From": a shared inbox passing a prospect's enquiry on
 * unchanged): the resender is the sender, writing to the resent-to addresses, and the original
 * mail reads as a forwarded one below an empty note of theirs.
 */
function asResent(d: DecodedMessage): { from: MailAddress | null; to: MailAddress[]; cc: MailAddress[]; text: string } {
  const by = d.headers["resent-from"] ? parseAddress(d.headers["resent-from"]) : null;
  if (!by || !d.from || by.address === d.from.address) return { from: d.from, to: d.to, cc: d.cc, text: d.text };
  const resentTo = addressesInList(d.headers["resent-to"] ?? "").map((a) => ({
    address: a.address,
    name: a.name || null,
  }));
  const head = [
    `From: ${d.from.name ?? ""} <${d.from.address}>`,
    `Sent: ${d.headers.date ?? ""}`,
    `To: ${d.to.map((a) => a.address).join(", ")}`,
    `Subject: ${d.subject}`,
  ];
  return { from: by, to: resentTo, cc: [], text: `-----Original Message-----\n${head.join("\n")}\n\n${d.text}` };
}

/**
 * A further row of an attached table read as a registration of its own: the row's labelled
 * lines alone (the message's prose and signature belong to its first row), from the same partner.
 */
function parseRow(
  row: TableRow,
  d: DecodedMessage,
  partner: Partner,
  opts: Pick<ParseOptions, "vendorDomains" | "vendorNames" | "vendorProducts">,
): RowRegistration {
  const ctx = buildContext({
    subject: "",
    from: d.from,
    to: d.to,
    cc: [],
    text: row.text,
    vendorDomains: opts.vendorDomains,
    vendorNames: opts.vendorNames,
    vendorProducts: opts.vendorProducts,
  });
  const rules = extractByRules(ctx);
  const reg = rules.extraction.registration;
  const provenance: ProvenanceMap = {};
  for (const [path, p] of Object.entries(provenanceOf(row.text, rules.snippets, rules.evidence)))
    provenance[path] = { ...p, row: row.source };
  const output = ParseOutput.parse(
    rules.isRegistration && !rules.thin
      ? {
          kind: "registration",
          confidence: round(rules.extraction.confidence),
          partner,
          registration: reg,
          missing: missingOf(reg),
          caseRef: null,
        }
      : { kind: "other", confidence: 0.2, partner, registration: null, missing: [], caseRef: null },
  );
  return { source: row.source, text: row.text, output, provenance };
}

export function missingOf(reg: NonNullable<ParsedMessage["output"]["registration"]>): string[] {
  const values: Record<string, string | null> = {
    "company.name": reg.company.name,
    "company.domain": reg.company.domain,
    "contact.name": reg.contact.name,
    "contact.email": reg.contact.email,
  };
  return REQUIRED_FIELDS.filter((f) => !values[f]);
}

async function withLlm(parsed: ParsedMessage, opts: ParseOptions): Promise<ParsedMessage> {
  try {
    const llm = await opts.llm!.extract({
      subject: parsed.subject,
      text: parsed.text,
      from: parsed.from,
      vendorDomains: opts.vendorDomains,
    });
    if (!llm) return parsed;
    const rules: Extraction = {
      registration: parsed.output.registration!,
      partner: parsed.output.partner,
      provenance: parsed.provenance,
      confidence: parsed.output.confidence,
    };
    const merged = mergeExtractions(rules, llm);
    const output = ParseOutput.parse({
      ...parsed.output,
      registration: merged.registration,
      partner: merged.partner,
      confidence: round(merged.confidence),
      missing: missingOf(merged.registration),
    });
    return { ...parsed, output, provenance: merged.provenance };
  } catch {
    return parsed; // the rules stand alone when the model or the merge fails
  }
}

function partnerOf(ctx: MailContext): Partner {
  return extractPartner(ctx);
}

function finish(
  d: DecodedMessage,
  language: DetectedLanguage,
  output: ParsedMessage["output"],
  provenance: ProvenanceMap,
  machine: MachineMail | null = null,
): ParsedMessage {
  return { ...shell(d), language, output: ParseOutput.parse(output), provenance, machine, error: null };
}

function shell(d: DecodedMessage) {
  return {
    messageId: d.messageId,
    inReplyTo: d.inReplyTo,
    references: d.references,
    subject: d.subject,
    from: d.from,
    to: d.to,
    cc: d.cc,
    replyTo: d.replyTo,
    date: d.date,
    headers: d.headers,
    text: d.text,
    html: d.html,
    attachments: d.attachments,
    rows: [],
    rowsOverLimit: [],
    attachmentNotes: d.attachmentNotes,
  };
}

function provenanceOf(
  text: string,
  snippets: Record<string, string>,
  evidence: Record<string, FieldEvidence>,
): ProvenanceMap {
  const out: ProvenanceMap = {};
  for (const [path, snippet] of Object.entries(snippets)) {
    const at = text.indexOf(snippet);
    out[path] = { source: "rules", snippet, span: at >= 0 ? [at, at + snippet.length] : null };
  }
  // a required field's evidence, also when it was left open (then it says why)
  for (const [path, e] of Object.entries(evidence)) {
    out[path] = { ...(out[path] ?? { source: "rules", snippet: null, span: null }), evidence: e };
  }
  return out;
}

function undecodable(err: unknown): ParsedMessage {
  return {
    output: {
      kind: "other",
      confidence: 0,
      partner: { email: null, name: null, organization: null },
      registration: null,
      missing: [],
      caseRef: null,
    },
    language: "en",
    messageId: null,
    inReplyTo: null,
    references: [],
    subject: "",
    from: null,
    to: [],
    cc: [],
    replyTo: [],
    date: null,
    headers: {},
    text: "",
    html: null,
    attachments: [],
    provenance: {},
    rows: [],
    rowsOverLimit: [],
    attachmentNotes: [],
    machine: null,
    error: err instanceof Error ? err.message : String(err),
  };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Is one of `addresses` a sub-address ("local+tag@") at one of the vendor's domains? */
function toTaggedVendorAddress(addresses: readonly MailAddress[], vendorDomains: ReadonlySet<string>): boolean {
  return addresses.some(({ address }) => {
    const domain = domainOfEmail(address);
    return (
      !!domain &&
      address.slice(0, address.lastIndexOf("@")).includes("+") &&
      vendorDomains.has(registrableDomain(domain) ?? domain)
    );
  });
}
