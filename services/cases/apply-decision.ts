// A manager's decision (by e-mail or on the admin page) applied to a case: the status change,
// its timeline event and the partner's mail commit together in the caller's transaction.
// Illegal transitions return { ok: false } and change nothing.
import type { Transaction } from "kysely";
import type { DB } from "../../db/schema.ts";
import type { Config } from "../config/env.ts";
import { caseLang, formatDate, oneLine } from "./mail/i18n.ts";
import { companyLabel, greetingName, teamName } from "./mail/case-mail.ts";
import { addTimelineEvent, lockCase, updateCase } from "../repos/cases.ts";
import type { CaseStatus } from "./case-status.ts";
import { decisionTransition, protectionEnd, type Decision } from "./case-transitions.ts";
import { queuePartnerMail } from "./mail/partner-mail.ts";

export interface DecisionInput {
  config: Config;
  caseId: number;
  decision: Decision;
  /** the reason (reject) or the question (info); ignored for approve except as a note */
  argument: string | null;
  /** "manager:<email>" for mail, "ops:<user>" for the admin page */
  actor: string;
  now: Date;
  /** the inbound message that carried the command, for the timeline */
  inboundMessageId?: number | null;
}

export type DecisionResult = { ok: true; status: CaseStatus } | { ok: false; reason: string };

const EVENT: Record<Decision, string> = { approve: "approved", reject: "rejected", info: "info_requested" };

export async function applyDecision(trx: Transaction<DB>, input: DecisionInput): Promise<DecisionResult> {
  const { config, now } = input;
  // Row lock: two managers answering at once decide one after the other, the second is refused.
  const caseRow = await lockCase(trx, input.caseId);
  if (!caseRow) return { ok: false, reason: `no case ${input.caseId}` };
  const argument = input.argument?.trim() ? oneLine(input.argument, 1000) : null;
  const t = decisionTransition({
    status: caseRow.status,
    decision: input.decision,
    argument,
    conflictReason: caseRow.conflict_reason,
  });
  if (!t.ok) return t;

  const protectedUntil = input.decision === "approve" ? protectionEnd(now, config.PROTECTION_DAYS) : null;
  const final = input.decision !== "info";
  const updated = await updateCase(trx, caseRow.id, {
    status: t.to,
    status_changed_at: now,
    updated_at: now,
    manager_reminded_at: null,
    ...(final ? { decided_at: now, decided_by: input.actor, decision_reason: argument } : {}),
    ...(protectedUntil ? { protected_until: protectedUntil } : {}),
  });

  await addTimelineEvent(trx, {
    caseId: caseRow.id,
    actor: input.actor,
    kind: EVENT[input.decision],
    inboundMessageId: input.inboundMessageId ?? null,
    text: argument,
    data: { from: t.from, to: t.to, ...(protectedUntil ? { protectedUntil: protectedUntil.toISOString() } : {}) },
  });

  const lang = caseLang(updated);
  const reg = updated.registration;
  const common = {
    companyLabel: companyLabel(reg, lang),
    greetingName: greetingName(updated.partner_name),
    teamName: teamName(config),
  };
  if (input.decision === "info") {
    await queuePartnerMail(trx, {
      config,
      caseRow: updated,
      kind: "info_request",
      template: "info-request",
      context: { ...common, question: argument },
      now,
    });
  } else {
    await queuePartnerMail(trx, {
      config,
      caseRow: updated,
      kind: "decision",
      template: "decision",
      context: {
        ...common,
        approved: input.decision === "approve",
        protectedUntil: protectedUntil ? formatDate(protectedUntil, lang) : null,
        protectionDays: config.PROTECTION_DAYS,
        reason: argument,
      },
      now,
      data: { decision: input.decision },
    });
  }
  return { ok: true, status: t.to };
}
