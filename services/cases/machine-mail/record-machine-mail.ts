// What a bounce or an out-of-office answer changes on a case. Nothing here ever answers.
// A bounce marks the mail it reports on `bounced` (hard and soft) and puts a line on the case
// timeline; a hard bounce also asks ops to reach the person another way (partner_unreachable).
// Delay and success reports are recorded only. An out-of-office answer goes on the timeline of
// the case it answers, and its return date holds back reminders to that person.
import type { Transaction } from "kysely";
import type { DB, OutboxRow } from "../../../db/schema.ts";
import type { Config } from "../../config/env.ts";
import type { ParsedMessage } from "../../parser/types.ts";
import type { AutoReplyInfo, BounceReport } from "../../parser/machine-mail/types.ts";
import { addTimelineEvent, findCaseById } from "../../repos/cases.ts";
import { addReviewItem } from "../../repos/review-items.ts";
import { CASE_NUMBER_RE } from "../../parser/case-number.ts";
import { findThreadCase } from "../threading/find-thread-case.ts";
import {
  findOutboxRow,
  findReportedMail,
  markBounced,
  outboxRecipients,
  rememberAway,
} from "../../repos/machine-mail.ts";

export interface MachineMailResult {
  caseId: number | null;
  caseNumber: string | null;
  detail: string;
}

interface Ctx {
  config: Config;
  parsed: ParsedMessage;
  inboundMessageId: number;
  now: Date;
}

export async function recordMachineMail(trx: Transaction<DB>, ctx: Ctx): Promise<MachineMailResult> {
  const m = ctx.parsed.machine;
  if (m?.kind === "bounce") return recordBounce(trx, ctx, m.bounce);
  if (m?.kind === "auto_reply") return recordAutoReply(trx, ctx, m.autoReply);
  return { caseId: null, caseNumber: null, detail: ctx.parsed.output.kind };
}

/** What our mail of each kind is called on the timeline. */
const MAIL_NAMES: Record<string, string> = {
  ack: "acknowledgement",
  field_update: "update confirmation",
  manager_notice: "manager notice",
  reminder: "manager reminder",
  decision: "decision",
  info_request: "question",
  expiry_notice: "expiry notice",
};

/** "acknowledgement to x@y bounced: 550 5.1.1 user unknown" */
export function bounceLine(row: Pick<OutboxRow, "kind" | "to_addresses">, b: BounceReport): string {
  const name = MAIL_NAMES[row.kind] ?? row.kind.replace(/_/g, " ");
  const to = b.recipient ?? outboxRecipients(row)[0] ?? "?";
  const why = (b.diagnostic ?? b.status ?? "").replace(/\s+/g, " ").slice(0, 300);
  const verb = { hard: "bounced", soft: "bounced (temporary cause)", delay: "is delayed", success: "was delivered" }[
    b.type
  ];
  return `${name} to ${to} ${verb}${why && b.type !== "success" ? `: ${why}` : ""}`;
}

async function recordBounce(trx: Transaction<DB>, ctx: Ctx, b: BounceReport): Promise<MachineMailResult> {
  const caseTag =
    CASE_NUMBER_RE.exec(`${ctx.parsed.subject}\n${ctx.parsed.text.slice(0, 20_000)}`)?.[0]?.toUpperCase() ?? null;
  const row = await findReportedMail(trx, b, caseTag);
  if (!row) return { caseId: null, caseNumber: null, detail: `bounce (${b.type}) about no mail of ours` };
  const line = bounceLine(row, b);
  const c = row.case_id ? await findCaseById(trx, row.case_id) : undefined;
  const alreadyBounced = row.status === "bounced";
  if ((b.type === "hard" || b.type === "soft") && !alreadyBounced) await markBounced(trx, row.id, b, ctx.now);
  if (c && !alreadyBounced) {
    await addTimelineEvent(trx, {
      caseId: c.id,
      actor: "mail-system",
      kind: b.type === "delay" ? "mail_delayed" : b.type === "success" ? "mail_delivered" : "mail_bounced",
      inboundMessageId: ctx.inboundMessageId,
      outboxId: row.id,
      text: line,
      data: { bounceType: b.type, status: b.status, recipient: b.recipient, diagnostic: b.diagnostic },
    });
  }
  if (b.type === "hard" && !alreadyBounced) {
    await addReviewItem(trx, {
      reason: "partner_unreachable",
      detail: line,
      inboundMessageId: ctx.inboundMessageId,
      caseId: c?.id ?? null,
    });
  }
  return {
    caseId: c?.id ?? null,
    caseNumber: c?.case_number ?? null,
    detail: alreadyBounced ? `${line} (already recorded)` : line,
  };
}

async function recordAutoReply(trx: Transaction<DB>, ctx: Ctx, info: AutoReplyInfo): Promise<MachineMailResult> {
  const from = ctx.parsed.from?.address ?? "";
  if (from && info.returnDate) {
    const awayUntil = new Date(`${info.returnDate}T00:00:00Z`);
    awayUntil.setUTCDate(awayUntil.getUTCDate() + 1);
    await rememberAway(trx, {
      address: from,
      awayUntil,
      returnDate: info.returnDate,
      inboundMessageId: ctx.inboundMessageId,
      now: ctx.now,
    });
  }
  const caseId = await answeredCase(trx, ctx, info);
  const line = `automatic answer from ${from || "unknown sender"}${info.returnDate ? `, back on ${info.returnDate}` : ""}`;
  if (caseId === null) return { caseId: null, caseNumber: null, detail: line };
  const c = await findCaseById(trx, caseId);
  await addTimelineEvent(trx, {
    caseId,
    actor: from ? `auto-reply:${from}` : "auto-reply",
    kind: "auto_reply",
    inboundMessageId: ctx.inboundMessageId,
    text: line,
    data: { returnDate: info.returnDate },
  });
  return { caseId, caseNumber: c?.case_number ?? null, detail: line };
}

/** The case an automatic answer answers: like any answer, or by the VERP return path it was sent to (from one of that mail's recipients). */
async function answeredCase(trx: Transaction<DB>, ctx: Ctx, info: AutoReplyInfo): Promise<number | null> {
  const match = await findThreadCase(trx, ctx.parsed, ctx.config.INBOUND_ADDRESS);
  if (match.caseId !== null || info.verpOutboxId === null) return match.caseId;
  const row = await findOutboxRow(trx, info.verpOutboxId);
  const from = ctx.parsed.from?.address ?? "";
  return row && from && outboxRecipients(row).includes(from) ? row.case_id : null;
}
