// Reads what a delivery report says: which recipient, which status, which of our messages.
// Pure. RFC 3464 fields when there are any; otherwise the report's own words (tables.ts).
import { z } from "zod";
import { VERP_ADDRESS_RE } from "../../core/verp.ts";
import type { BounceReport, BounceType, MachineMailInput } from "./types.ts";
import {
  DELAY_PHRASES,
  ORIGINAL_MESSAGE_MARKERS,
  REPORT_SENDERS,
  SNS_NOTIFICATION_RE,
  STATUS_PHRASES,
  SUCCESS_PHRASES,
} from "./tables.ts";
import { eachMatch } from "../text/regex.ts";

interface DsnRecipient {
  recipient: string | null;
  action: string | null;
  status: string | null;
  diagnostic: string | null;
}

const ENHANCED_STATUS_RE = /(?<![\d.])([245])\.(\d{1,3})\.(\d{1,3})(?!\d|\.\d)/;
const BASIC_CODE_RE = /(?<![\d.#-])([245])\d\d(?=[\s:-])/;
const ADDRESS_RE =
  /[a-z0-9!#$%&'*+/=?^_`{|}~.\u00c0-\uffff-]{1,64}@[a-z0-9\u00c0-\uffff-]{1,63}(?:\.[a-z0-9\u00c0-\uffff-]{1,63}){1,8}/gi;
const MESSAGE_ID_LINE_RE = /^\s*(?:X-Original-Message-ID|Original-Message-ID|Message-ID)\s*:\s*(<[^<>\s]{1,250}>)/im;

/** The report's own text: before the quoted copy of the original message. */
export function reportTextOf(text: string): string {
  let end = text.length;
  for (const marker of ORIGINAL_MESSAGE_MARKERS) {
    const m = marker.pattern.exec(text);
    if (m && m.index < end) end = m.index;
  }
  return text.slice(0, end);
}

/** RFC 3464 per-recipient fields, with folded lines unfolded. */
export function readDsnFields(text: string): { recipients: DsnRecipient[]; originalMessageId: string | null } {
  const lines = text.replace(/\n[ \t]+/g, " ").split("\n");
  const recipients: DsnRecipient[] = [];
  let current: DsnRecipient | null = null;
  let originalMessageId: string | null = null;
  for (const line of lines) {
    const m = /^([A-Za-z-]{2,40}):\s?(.{0,1000})$/.exec(line.trim());
    if (!m) continue;
    const name = m[1]!.toLowerCase();
    const value = m[2]!.trim();
    if (name === "x-original-message-id" || name === "original-message-id")
      originalMessageId ??= /<[^<>\s]+>/.exec(value)?.[0] ?? null;
    if (name === "final-recipient" || (name === "original-recipient" && !current?.recipient)) {
      if (name === "final-recipient" || !current) {
        current = {
          recipient: null,
          action: current && !current.recipient ? current.action : null,
          status: null,
          diagnostic: null,
        };
        recipients.push(current);
      }
      current.recipient = addressOf(value.replace(/^[a-z0-9-]+;\s*/i, ""));
    } else if (name === "action" || name === "status" || name === "diagnostic-code") {
      if (!current) {
        current = { recipient: null, action: null, status: null, diagnostic: null };
        recipients.push(current);
      }
      if (name === "action") current.action = value.toLowerCase().split(/\s/)[0] ?? null;
      if (name === "status") current.status = ENHANCED_STATUS_RE.exec(value)?.[0] ?? null;
      if (name === "diagnostic-code") current.diagnostic = value.replace(/^[a-z0-9-]+;\s*/i, "").trim();
    }
  }
  return { recipients: recipients.filter((r) => r.recipient || r.status || r.action), originalMessageId };
}

const SnsBounce = z.object({
  notificationType: z.string(),
  bounce: z
    .object({
      bounceType: z.string().optional(),
      bouncedRecipients: z
        .array(
          z.object({
            emailAddress: z.string(),
            status: z.string().optional(),
            diagnosticCode: z.string().optional(),
            action: z.string().optional(),
          }),
        )
        .default([]),
    })
    .optional(),
  mail: z
    .object({ commonHeaders: z.object({ messageId: z.string().optional() }).partial().optional() })
    .partial()
    .optional(),
});

/** An SNS notification (SES bounce) mailed to an e-mail subscription. */
function readSnsBounce(text: string): Omit<BounceReport, "verpOutboxId"> | null {
  if (!SNS_NOTIFICATION_RE.test(text)) return null;
  const start = text.indexOf("{");
  const end = text.lastIndexOf("}");
  if (start < 0 || end <= start) return null;
  let json: unknown;
  try {
    json = JSON.parse(text.slice(start, end + 1));
  } catch {
    return null;
  }
  const parsed = SnsBounce.safeParse(json);
  if (!parsed.success || !parsed.data.bounce) return null;
  const r = parsed.data.bounce.bouncedRecipients[0];
  const status = r?.status ? (ENHANCED_STATUS_RE.exec(r.status)?.[0] ?? null) : null;
  const permanent = parsed.data.bounce.bounceType === "Permanent";
  return {
    type: permanent ? (status === "5.2.2" ? "soft" : "hard") : "soft",
    status,
    recipient: r?.emailAddress.toLowerCase() ?? null,
    diagnostic: r?.diagnosticCode?.replace(/^smtp;\s*/i, "") ?? null,
    originalMessageId: parsed.data.mail?.commonHeaders?.messageId ?? null,
  };
}

export function readBounceReport(msg: MachineMailInput): BounceReport {
  const verpOutboxId = findVerp(msg);
  const sns = readSnsBounce(msg.text);
  if (sns) return { ...sns, verpOutboxId };

  const own = reportTextOf(msg.text);
  const dsn = readDsnFields(msg.text);
  const chosen = pickRecipient(dsn.recipients);
  const diagnostic = chosen?.diagnostic ?? diagnosticLine(own);
  const status = refineStatus(chosen?.status ?? null, [diagnostic ?? "", own]);
  const type = typeOf(chosen?.action ?? null, status, `${msg.subject} ${own}`.replace(/\s+/g, " "));
  return {
    type,
    status: status ?? (type === "success" ? "2.0.0" : type === "delay" ? "4.0.0" : "5.0.0"),
    recipient: chosen?.recipient ?? failedRecipientHeader(msg) ?? recipientInText(own, msg) ?? originalTo(msg),
    diagnostic: diagnostic ? diagnostic.slice(0, 500) : null,
    originalMessageId: originalMessageId(msg, dsn.originalMessageId),
    verpOutboxId,
  };
}

function pickRecipient(list: DsnRecipient[]): DsnRecipient | null {
  return list.find((r) => r.action === "failed") ?? list.find((r) => r.action === "delayed") ?? list[0] ?? null;
}

/** A stated status, made specific from the diagnostic or the report's words when it is "x.0.0" or missing. */
function refineStatus(stated: string | null, texts: string[]): string | null {
  if (stated && !/\.0\.0$/.test(stated)) return stated;
  const klass = stated?.[0] ?? null;
  for (const t of texts) {
    const m = ENHANCED_STATUS_RE.exec(t);
    if (m && (!klass || m[1] === klass) && !/\.0\.0$/.test(m[0])) return m[0];
  }
  const basic = texts.map((t) => BASIC_CODE_RE.exec(t)?.[1]).find(Boolean) ?? klass;
  for (const t of texts.map((x) => x.replace(/\s+/g, " "))) {
    const phrase = STATUS_PHRASES.find((p) => p.pattern.test(t));
    if (phrase) return basic && basic !== phrase.status[0] ? `${basic}${phrase.status.slice(1)}` : phrase.status;
  }
  if (stated) return stated;
  for (const t of texts) {
    const m = ENHANCED_STATUS_RE.exec(t);
    if (m) return m[0];
  }
  return basic ? `${basic}.0.0` : null;
}

function typeOf(action: string | null, status: string | null, words: string): BounceType {
  if (action === "delayed") return "delay";
  if (action === "delivered" || action === "relayed" || action === "expanded") return "success";
  if (action !== "failed") {
    if (status?.startsWith("2.") || SUCCESS_PHRASES.some((p) => p.pattern.test(words))) return "success";
    if (DELAY_PHRASES.some((p) => p.pattern.test(words))) return "delay";
  }
  if (status?.startsWith("4.") || status === "5.2.2") return "soft";
  return "hard";
}

function diagnosticLine(text: string): string | null {
  const lines = text.replace(/\n[ \t]+/g, " ").split("\n");
  const hit = lines.find((l) => ENHANCED_STATUS_RE.test(l) || BASIC_CODE_RE.test(l));
  return hit ? hit.trim().replace(/\s+/g, " ") : null;
}

function addressOf(s: string): string | null {
  const m = new RegExp(ADDRESS_RE.source, "i").exec(s);
  return m ? m[0].toLowerCase().replace(/^[-.'"]+|[-.'"]+$/g, "") : null;
}

function failedRecipientHeader(msg: MachineMailInput): string | null {
  const h = msg.headers["x-failed-recipients"];
  return h ? addressOf(h) : null;
}

/** The first address in the report's text that is neither a mail system's nor the report's own sender or recipient. */
function recipientInText(text: string, msg: MachineMailInput): string | null {
  const skip = new Set(
    [msg.from?.address, ...(msg.to ?? []).map((a) => a.address)].filter(Boolean).map((a) => a!.toLowerCase()),
  );
  for (const m of eachMatch(text, ADDRESS_RE)) {
    const a = m[0].toLowerCase().replace(/^[-.'"]+|[-.'"]+$/g, "");
    if (skip.has(a) || REPORT_SENDERS.some((s) => s.pattern.test(a)) || VERP_ADDRESS_RE.test(a)) continue;
    return a;
  }
  return null;
}

function originalTo(msg: MachineMailInput): string | null {
  for (const part of msg.reportParts ?? []) {
    const m = /^To:\s*(.{1,500})$/im.exec(part.text);
    const a = m && addressOf(m[1]!);
    if (a) return a;
  }
  return null;
}

function originalMessageId(msg: MachineMailInput, fromDsn: string | null): string | null {
  for (const part of msg.reportParts ?? []) {
    if (!/rfc822/.test(part.contentType)) continue;
    const m = /^Message-ID\s*:\s*(<[^<>\s]{1,250}>)/im.exec(part.text);
    if (m) return m[1]!;
  }
  if (fromDsn) return fromDsn;
  const inText = MESSAGE_ID_LINE_RE.exec(msg.text);
  if (inText) return inText[1]!;
  return msg.inReplyTo ?? msg.references.at(-1) ?? null;
}

/** The outbox id of a VERP address partners+b-<id>@… in the envelope headers the mail was delivered by. */
export function verpInEnvelope(msg: MachineMailInput): number | null {
  for (const p of [
    msg.headers["delivered-to"],
    msg.headers["x-original-to"],
    msg.headers["envelope-to"],
    msg.headers["to"],
    ...(msg.to ?? []).map((a) => a.address),
  ]) {
    const m = p ? VERP_ADDRESS_RE.exec(p) : null;
    if (m) return Number(m[1]);
  }
  return null;
}

/** The outbox id from a VERP address partners+b-<id>@… in the report's envelope headers or text. */
function findVerp(msg: MachineMailInput): number | null {
  const places = [
    msg.headers["to"],
    msg.headers["delivered-to"],
    msg.headers["x-original-to"],
    msg.headers["envelope-to"],
    ...(msg.to ?? []).map((a) => a.address),
    ...(msg.reportParts ?? []).map((p) => p.text.slice(0, 20_000)),
    msg.text.slice(0, 50_000),
  ];
  for (const p of places) {
    const m = p ? VERP_ADDRESS_RE.exec(p) : null;
    if (m) return Number(m[1]);
  }
  return null;
}
