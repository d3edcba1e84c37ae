// A partner's answer on an open case: the fields it supplies are merged into the case (with
// provenance), confirmed back to the partner, and a case that becomes complete is re-checked
// for duplicates and goes to the managers. An answer to a manager's question returns the case
// to the managers. All in the caller's transaction.
import type { Transaction } from "kysely";
import type { DB } from "../../../db/schema.ts";
import type { Case } from "../../repos/cases.ts";
import { vendorDomains, type Config } from "../../config/env.ts";
import type { Registration } from "../../parser/schema.ts";
import { missingOf } from "../../parser/parse-message.ts";
import { domainOfEmail, isFreeMailDomain } from "../../parser/normalise/domain.ts";
import { companyLabel, conflictText, greetingName, queueManagerNotices, teamName } from "../mail/case-mail.ts";
import { caseLang, fieldLabel, oneLine, say, statusText, understoodLines } from "../mail/i18n.ts";
import { addTimelineEvent, findProspect, lockProspect, retireManagerTokens, updateCase } from "../../repos/cases.ts";
import { addReviewItem } from "../../repos/review-items.ts";
import { ACTIVE_STATUSES, type CaseStatus } from "../case-status.ts";
import { answeredStatus, DECIDABLE } from "../case-transitions.ts";
import { decideRegistration, type Conflict } from "../decide-registration.ts";
import { companyKey } from "../dedupe-keys.ts";
import { isRecord } from "../../core/guards.ts";
import { queuePartnerMail } from "../mail/partner-mail.ts";
import { readReplyFields } from "./reply-fields.ts";

/** Cases whose fields a partner may still change by mail. Decided cases are frozen. */
const EDITABLE: readonly CaseStatus[] = ["incomplete", "pending", "info_requested", "conflict"];

export interface PartnerAnswerInput {
  config: Config;
  caseRow: Case;
  /** the answer's new text (quotes and signature stripped) */
  newText: string;
  /** the whole decoded text, for provenance spans */
  fullText: string;
  sender: string;
  inboundMessageId: number;
  now: Date;
  /** the partner asked for no automatic answer to this mail: no confirmation goes out */
  confirmationWithheld?: string | null;
}

export interface PartnerAnswerResult {
  changed: string[];
  status: CaseStatus;
}

export async function applyPartnerAnswer(
  trx: Transaction<DB>,
  input: PartnerAnswerInput,
): Promise<PartnerAnswerResult> {
  const { config, now } = input;
  const before = input.caseRow;
  const status = before.status as CaseStatus;
  if (!EDITABLE.includes(status)) return { changed: [], status };

  const reg = structuredClone(before.registration);
  const changes = readReplyFields(input.newText, {
    missing: before.missing,
    excludedDomains: excludedDomains(config, before, input.sender),
  }).filter((c) => JSON.stringify(getPath(reg, c.path)) !== JSON.stringify(c.value));
  const answered = answeredStatus({ status, conflictReason: before.conflict_reason, missing: [] }) !== null;
  if (!changes.length && !answered) return { changed: [], status };

  const provenance = { ...before.provenance };
  const base = input.fullText.indexOf(input.newText);
  const echoed: Array<{ label: string; value: string; was: string | null }> = [];
  const lang = caseLang(before);
  for (const c of changes) {
    const old = getPath(reg, c.path);
    setPath(reg, c.path, c.value);
    provenance[c.path] = {
      source: "partner_reply",
      snippet: c.snippet,
      span: base >= 0 ? [base + c.index, base + c.index + c.snippet.length] : null,
    };
    echoed.push({
      label: fieldLabel(c.path, lang),
      value: oneLine(show(c.value)),
      was: isEmpty(old) ? null : oneLine(show(old)),
    });
  }
  const missing = missingOf(reg);

  let next: CaseStatus = status;
  let conflict: Conflict | null = null;
  let duplicateOf: { id: number; caseNumber: string } | null = null;
  const becameComplete = status === "incomplete" && missing.length === 0;
  const keyChanged = changes.some((c) => c.path === "company.domain" || c.path === "company.name");
  if (answered) next = answeredStatus({ status, conflictReason: before.conflict_reason, missing }) ?? status;
  if (becameComplete || (keyChanged && (next === "pending" || next === "info_requested"))) {
    const d = await recheckDedupe(trx, before, reg, now);
    if (d.kind === "duplicate") duplicateOf = d.of;
    else if (d.kind === "conflict") {
      conflict = d.conflict;
      next = "conflict";
    } else if (becameComplete) next = "pending";
  } else if (status === "incomplete" && missing.length) next = "incomplete";
  if (duplicateOf) next = "rejected";

  const updated = await updateCase(trx, before.id, {
    registration: JSON.stringify(reg),
    provenance: JSON.stringify(provenance),
    missing: JSON.stringify(missing),
    company_name: reg.company.name,
    company_key: companyKey(reg.company.name),
    company_domain: reg.company.domain,
    contact_name: reg.contact.name,
    contact_email: reg.contact.email,
    status: next,
    updated_at: now,
    ...(next !== status ? { status_changed_at: now, manager_reminded_at: null } : {}),
    ...(conflict ? { conflict_reason: conflict.reason, conflict_case_id: conflict.caseId } : {}),
    ...(duplicateOf
      ? { decided_at: now, decided_by: "system", decision_reason: `duplicate of ${duplicateOf.caseNumber}` }
      : {}),
  });

  const actor = `partner:${input.sender}`;
  if (changes.length) {
    await addTimelineEvent(trx, {
      caseId: before.id,
      actor,
      kind: "fields_updated",
      inboundMessageId: input.inboundMessageId,
      text: input.newText,
      data: {
        changes: changes.map((c) => ({ path: c.path, from: getPath(before.registration, c.path), to: c.value })),
        missing,
      },
    });
  }
  if (next !== status) {
    await addTimelineEvent(trx, {
      caseId: before.id,
      actor,
      kind: "status_changed",
      inboundMessageId: input.inboundMessageId,
      data: {
        from: status,
        to: next,
        conflict: conflict?.reason ?? null,
        duplicateOf: duplicateOf?.caseNumber ?? null,
      },
    });
  }

  const prospect = companyLabel(reg, lang);
  const note = duplicateOf
    ? say(lang, "conflict.duplicateOf", { caseNumber: duplicateOf.caseNumber })
    : conflict
      ? conflictText(conflict, lang, prospect)
      : null;
  await queuePartnerMail(trx, {
    config,
    caseRow: updated,
    kind: "field_update",
    template: "field-update",
    context: {
      companyLabel: prospect,
      greetingName: greetingName(updated.partner_name),
      changes: echoed,
      answered: answered && !changes.length,
      statusText: statusText(updated.status, lang),
      note,
      understood: understoodLines(reg, lang),
      missing: missing.map((p) => fieldLabel(p, lang)),
      teamName: teamName(config),
    },
    now,
    data: { changed: changes.map((c) => c.path) },
    withhold: input.confirmationWithheld,
  });

  // Managers who already hold a notice must not approve details they never saw: after any change
  // on a case they were asked to decide, their unused tokens are retired and fresh notices go out.
  const managersSawIt = status === "pending" || status === "conflict" || status === "info_requested";
  const toManagers =
    !duplicateOf &&
    ((next !== status && (next === "pending" || next === "conflict")) ||
      (managersSawIt && changes.length > 0 && DECIDABLE.includes(next)));
  if (toManagers) {
    await retireManagerTokens(trx, before.id, now);
    await queueManagerNotices(trx, { config, caseRow: updated, conflict: conflict ?? storedConflict(updated), now });
    if (conflict)
      await addReviewItem(trx, {
        reason: "conflict",
        detail: conflict.reason,
        inboundMessageId: input.inboundMessageId,
        caseId: before.id,
      });
  }
  return { changed: changes.map((c) => c.path), status: next };
}

type Recheck =
  | { kind: "clear" }
  | { kind: "conflict"; conflict: Conflict }
  | { kind: "duplicate"; of: { id: number; caseNumber: string } };

/** The dedupe decision of registration, for the case's new keys, ignoring the case itself. */
async function recheckDedupe(trx: Transaction<DB>, c: Case, reg: Registration, now: Date): Promise<Recheck> {
  const key = { domain: reg.company.domain, companyKey: companyKey(reg.company.name) };
  await lockProspect(trx, key);
  const prospect = await findProspect(trx, key, ACTIVE_STATUSES, now);
  const claims = prospect.claims.filter((x) => x.caseId !== c.id && x.createdAt <= c.created_at);
  const decision = decideRegistration({
    output: {
      kind: "registration",
      confidence: 1,
      partner: { email: c.partner_email, name: c.partner_name, organization: c.partner_organization },
      registration: reg,
      missing: [],
      caseRef: null,
    },
    partnerEmail: c.partner_email,
    threshold: 0,
    claims,
    account: prospect.account,
    isFreeMail: isFreeMailDomain,
  });
  if (decision.action === "existing") {
    const own = claims.find((x) => x.caseId === decision.caseId);
    return { kind: "duplicate", of: { id: decision.caseId, caseNumber: own?.caseNumber ?? String(decision.caseId) } };
  }
  if (decision.action === "create" && decision.conflict) return { kind: "conflict", conflict: decision.conflict };
  return { kind: "clear" };
}

function storedConflict(c: Case): Conflict | null {
  if (!c.conflict_reason) return null;
  return {
    reason: c.conflict_reason,
    caseId: c.conflict_case_id,
    caseNumber: null,
    until: null,
    detail: null,
  };
}

function excludedDomains(config: Config, c: Case, sender: string): string[] {
  const out = new Set(vendorDomains(config));
  for (const addr of [c.partner_email, sender]) {
    const d = domainOfEmail(addr);
    if (d && !isFreeMailDomain(d)) out.add(d);
  }
  return [...out];
}

function getPath(reg: Registration, path: string): unknown {
  let cur: unknown = reg;
  for (const k of path.split(".")) cur = isRecord(cur) ? cur[k] : undefined;
  return cur ?? null;
}

function setPath(reg: Registration, path: string, value: unknown): void {
  const keys = path.split(".");
  let cur: unknown = reg;
  for (const k of keys.slice(0, -1)) cur = isRecord(cur) ? cur[k] : undefined;
  if (!isRecord(cur)) throw new Error(`the registration has no field ${path}`);
  cur[keys[keys.length - 1]!] = value;
}

function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || (Array.isArray(v) && v.length === 0);
}

/** A field's value as the confirmation shows it (stored values are read back untyped). */
function show(v: unknown): string {
  if (Array.isArray(v)) return v.map(String).join(", ");
  if (isRecord(v)) return `${String(v.amount)} ${String(v.currency)}`;
  return String(v);
}
