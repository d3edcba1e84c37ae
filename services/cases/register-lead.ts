// A parsed registration becomes a case (or joins the partner's existing one), with its
// timeline event, the partner's acknowledgement and the managers' notice, all in the
// caller's transaction so that no case exists without its mail and no mail without its case.
import type { Transaction } from "kysely";
import type { DB } from "../../db/schema.ts";
import type { Config } from "../config/env.ts";
import type { ParsedMessage } from "../parser/types.ts";
import { isFreeMailDomain } from "../parser/normalise/domain.ts";
import { queueAcknowledgement, queueManagerNotices, type AckListing, type StatusLinkIssuer } from "./mail/case-mail.ts";
import {
  addTimelineEvent,
  findCaseById,
  findProspect,
  insertNumberedCase,
  lockProspect,
  type Case,
} from "../repos/cases.ts";
import { addReviewItem } from "../repos/review-items.ts";
import { readCachedConflicts } from "../repos/crm-conflict-cache-repo.ts";
import { ACTIVE_STATUSES } from "./case-status.ts";
import { crmConflictAsAccount, decideRegistration, samePartner, type Conflict } from "./decide-registration.ts";
import { companyKey } from "./dedupe-keys.ts";

export type RegisterStatus = "registered" | "conflict" | "needs_review";

export interface RegisterResult {
  status: RegisterStatus;
  caseId: number | null;
  caseNumber: string | null;
  detail: string | null;
}

/** Where one registration went: the case it made or joined, or none (it went to review). */
export interface Placed {
  result: RegisterResult;
  caseRow: Case | null;
  conflict: Conflict | null;
  /** the partner's existing case of the same prospect */
  existing: boolean;
}

export interface RegisterContext {
  config: Config;
  parsed: ParsedMessage;
  inboundMessageId: number;
  /** where the acknowledgement goes (Reply-To of the partner's mail, else From) */
  replyTo: string;
  /** why no acknowledgement goes out (the sender asked for none), or nothing */
  ackWithheld?: string | null;
  /** who did it: "partner:<email>" for mail, "ops:<user>" for the admin page */
  actor: string;
  now: Date;
  /** a status page link for the acknowledgement */
  statusLink?: StatusLinkIssuer | undefined;
  /** the further row of the mail's attached tables this registration was read from: its place
   * among them (1, 2, …; the case's key with the mail) and where it is, for review details */
  sourceRow?: { index: number; where: string };
}

/** One registration: its case (or the partner's existing one, or review) and its partner's acknowledgement. */
export async function registerLead(trx: Transaction<DB>, ctx: RegisterContext): Promise<RegisterResult> {
  const placed = await placeRegistration(trx, ctx);
  if (placed.caseRow) await acknowledge(trx, ctx, { ...placed, caseRow: placed.caseRow }, []);
  return placed.result;
}

/** Where the acknowledgement goes. An existing case's details go only to the address the case
 * was registered from: a mail merely claiming the same partner (forged From, its own Reply-To)
 * must not read them back. */
export function ackRecipient(ctx: RegisterContext, lead: Placed & { caseRow: Case }): string {
  return lead.existing ? lead.caseRow.partner_email : ctx.replyTo;
}

/**
 * The partner's one acknowledgement for `lead` (threaded under their mail), listing `others`,
 * the further registrations of the same mail.
 */
export async function acknowledge(
  trx: Transaction<DB>,
  ctx: RegisterContext,
  lead: Placed & { caseRow: Case },
  others: AckListing[],
): Promise<number | null> {
  const { parsed, config, now } = ctx;
  const parent = { messageId: parsed.messageId, references: parsed.references };
  if (!lead.existing && ctx.ackWithheld) {
    await addTimelineEvent(trx, {
      caseId: lead.caseRow.id,
      actor: "system",
      kind: "mail_withheld",
      text: ctx.ackWithheld,
      data: { kind: "ack", reason: ctx.ackWithheld },
    });
    return null;
  }
  return queueAcknowledgement(trx, {
    config,
    caseRow: lead.caseRow,
    to: ackRecipient(ctx, lead),
    parent,
    conflict: lead.conflict,
    existing: lead.existing,
    now,
    statusLink: ctx.statusLink,
    others,
    ...(lead.existing ? { withhold: ctx.ackWithheld } : {}),
  });
}

/** Decides one registration and stores what follows from it (case, timeline, review items,
 * manager notices), all but the partner's acknowledgement. */
export async function placeRegistration(trx: Transaction<DB>, ctx: RegisterContext): Promise<Placed> {
  const { parsed, config, now } = ctx;
  const output = parsed.output;
  const reg = output.registration;
  const partnerEmail = (output.partner.email ?? ctx.replyTo).toLowerCase();
  if (!reg) throw new Error("registerLead needs a registration");

  const key = { domain: reg.company.domain, companyKey: companyKey(reg.company.name) };
  await lockProspect(trx, key);
  // the CRM's answer was fetched before this transaction (crmPrecheck); none: "CRM check pending"
  const crmConflicts =
    config.CRM !== "none" && key.domain
      ? await readCachedConflicts(trx, key.domain, config.CRM_CONFLICT_TTL_MINUTES)
      : [];
  const crmAccount = crmConflicts
    ? crmConflictAsAccount(crmConflicts, (email) => samePartner(email, partnerEmail, isFreeMailDomain))
    : null;
  const prospect = await findProspect(trx, key, ACTIVE_STATUSES, now);
  const decision = decideRegistration({
    output,
    partnerEmail,
    threshold: config.CONFIDENCE_THRESHOLD,
    claims: prospect.claims,
    account: prospect.account ?? crmAccount,
    isFreeMail: isFreeMailDomain,
  });

  if (decision.action === "review") {
    await addReviewItem(trx, {
      reason: decision.reason,
      detail: ctx.sourceRow ? `${ctx.sourceRow.where}: ${decision.detail}` : decision.detail,
      inboundMessageId: ctx.inboundMessageId,
    });
    return {
      result: { status: "needs_review", caseId: null, caseNumber: null, detail: decision.detail },
      caseRow: null,
      conflict: null,
      existing: false,
    };
  }

  if (decision.action === "existing") {
    const existing = await findCaseById(trx, decision.caseId);
    if (!existing) throw new Error(`case ${decision.caseId} vanished`);
    await addTimelineEvent(trx, {
      caseId: existing.id,
      actor: ctx.actor,
      kind: "registration_repeated",
      inboundMessageId: ctx.inboundMessageId,
      text: parsed.text,
    });
    return {
      result: {
        status: "registered",
        caseId: existing.id,
        caseNumber: existing.case_number,
        detail: "existing case of the same partner",
      },
      caseRow: existing,
      conflict: null,
      existing: true,
    };
  }

  const caseRow = await insertNumberedCase(
    trx,
    {
      status: decision.status,
      partner_email: partnerEmail,
      partner_name: output.partner.name,
      partner_organization: output.partner.organization,
      company_name: reg.company.name,
      company_key: key.companyKey,
      company_domain: reg.company.domain,
      contact_name: reg.contact.name,
      contact_email: reg.contact.email,
      registration: JSON.stringify(reg),
      provenance: JSON.stringify(parsed.provenance),
      missing: JSON.stringify(decision.missing),
      confidence: output.confidence,
      language: parsed.language,
      conflict_reason: decision.conflict?.reason ?? null,
      conflict_case_id: decision.conflict?.caseId ?? null,
      source_message_id: ctx.inboundMessageId,
      source_row: ctx.sourceRow?.index ?? null,
      crm_check: crmConflicts === null ? "pending" : null,
      created_at: now,
      updated_at: now,
    },
    now,
    {
      actor: ctx.actor,
      kind: "registered",
      inboundMessageId: ctx.inboundMessageId,
      text: parsed.text,
      data: {
        status: decision.status,
        missing: decision.missing,
        conflict: decision.conflict?.reason ?? null,
        confidence: output.confidence,
        ...(crmConflicts === null ? { crmCheck: "pending" } : {}),
      },
    },
  );
  const placed = (result: RegisterResult): Placed => ({
    result,
    caseRow,
    conflict: decision.conflict,
    existing: false,
  });
  if (decision.status === "incomplete") {
    await addReviewItem(trx, {
      reason: "missing_fields",
      detail: `missing ${decision.missing.join(", ")}`,
      inboundMessageId: ctx.inboundMessageId,
      caseId: caseRow.id,
    });
    return placed({
      status: "needs_review",
      caseId: caseRow.id,
      caseNumber: caseRow.case_number,
      detail: `missing ${decision.missing.join(", ")}`,
    });
  }
  await queueManagerNotices(trx, { config, caseRow, conflict: decision.conflict, now });
  if (decision.conflict) {
    await addReviewItem(trx, {
      reason: "conflict",
      detail: decision.conflict.reason,
      inboundMessageId: ctx.inboundMessageId,
      caseId: caseRow.id,
    });
    return placed({
      status: "conflict",
      caseId: caseRow.id,
      caseNumber: caseRow.case_number,
      detail: decision.conflict.reason,
    });
  }
  return placed({ status: "registered", caseId: caseRow.id, caseNumber: caseRow.case_number, detail: null });
}
