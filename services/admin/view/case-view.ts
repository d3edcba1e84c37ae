// The case page: fields, status, protection window and the timeline as display rows.
import type { Case } from "../../repos/cases.ts";
import { DECIDABLE } from "../../cases/case-transitions.ts";
import type { CaseStatus } from "../../cases/case-status.ts";
import { stripReply } from "../../cases/threading/strip-reply.ts";
import type { TimelineRow } from "../../repos/admin-cases.ts";
import { fieldRows } from "./fields.ts";
import { addressLine, formatDuration, formatTime } from "./format.ts";

const MAX_SUMMARY = 4000;
const MACHINE_EVENTS = new Set(["mail_bounced", "mail_delayed", "mail_delivered", "auto_reply"]);

function dataLine(data: Record<string, unknown>): string | null {
  const rest = Object.entries(data).filter(([k]) => k !== "from" && k !== "to" && k !== "subject");
  if (!rest.length) return null;
  const s = rest.map(([k, v]) => `${k}: ${typeof v === "string" ? v : JSON.stringify(v)}`).join("; ");
  return s.length > 600 ? `${s.slice(0, 600)}…` : s;
}

export function timelineView(rows: TimelineRow[]) {
  return rows.map((e) => {
    const full = e.inbound?.text ?? e.outbound?.text ?? e.text ?? "";
    let summary = e.text ?? "";
    // machine mail (bounces, out-of-office answers) shows our one-line account of it, not its text
    if (MACHINE_EVENTS.has(e.kind)) summary = e.text ?? "";
    else if (e.inbound) summary = stripReply(e.inbound.text ?? "").newText || e.text || "";
    else if (e.outbound) summary = "";
    return {
      id: e.id,
      at: formatTime(e.at),
      actor: e.actor,
      kind: e.kind.replace(/_/g, " "),
      transition:
        typeof e.data.from === "string" && typeof e.data.to === "string" ? `${e.data.from} → ${e.data.to}` : null,
      dataLine: dataLine(e.data),
      inbound: e.inbound ? { id: e.inbound.id, from: e.inbound.from ?? "", subject: e.inbound.subject ?? "" } : null,
      outbound: e.outbound
        ? {
            to: addressLine(e.outbound.to),
            subject: e.outbound.subject,
            status: e.outbound.status,
            sentAt: formatTime(e.outbound.sentAt),
          }
        : null,
      summary: summary.length > MAX_SUMMARY ? `${summary.slice(0, MAX_SUMMARY)}…` : summary,
      full: full.trim() && full.trim() !== summary.trim() ? full : null,
    };
  });
}

/** The CRM row of a case page: the deal link (only an https URL we stored) and the sync state. */
export function crmView(c: Case, state: { queued: number; failed: number; lastError: string | null }) {
  if (!c.crm_deal_id && !state.queued && !state.failed && !c.crm_check) return null;
  const sync = state.failed
    ? `failed: ${state.lastError ?? "see the review queue"}`
    : state.queued
      ? `${state.queued} change(s) waiting${state.lastError ? ` (last error: ${state.lastError})` : ""}`
      : `synced ${formatTime(c.crm_synced_at)}`;
  return {
    dealUrl: c.crm_deal_url && /^https:\/\//.test(c.crm_deal_url) ? c.crm_deal_url : null,
    dealId: c.crm_deal_id,
    sync,
    failed: state.failed > 0,
    checkPending: c.crm_check === "pending",
  };
}

export function caseView(c: Case, timeline: TimelineRow[], now: Date) {
  const reg = c.registration;
  const provenance = c.provenance;
  const output = {
    kind: "registration" as const,
    confidence: c.confidence,
    partner: { email: c.partner_email, name: c.partner_name, organization: c.partner_organization },
    registration: reg,
    missing: c.missing ?? [],
    caseRef: null,
  };
  const protectedLeft = c.protected_until ? (c.protected_until.getTime() - now.getTime()) / 1000 : null;
  return {
    title: c.case_number,
    nav: "cases",
    id: c.id,
    caseNumber: c.case_number,
    status: c.status,
    decidable: DECIDABLE.includes(c.status as CaseStatus),
    rejectable: DECIDABLE.includes(c.status as CaseStatus) || c.status === "incomplete",
    conflictReason: c.conflict_reason,
    missing: (c.missing ?? []).join(", "),
    created: formatTime(c.created_at),
    decided: c.decided_at ? `${formatTime(c.decided_at)} by ${c.decided_by ?? "?"}` : null,
    decisionReason: c.decision_reason,
    protectedUntil: c.protected_until ? formatTime(c.protected_until) : null,
    protectedLeft:
      protectedLeft === null ? null : protectedLeft > 0 ? `${formatDuration(protectedLeft)} left` : "ended",
    // a field left open stays listed when the rules say why
    fields: fieldRows(output, provenance).filter((f) => f.value || f.rejected),
    sourceMessageId: c.source_message_id,
    timeline: timelineView(timeline),
  };
}
