// Which sync jobs a case event causes, per target. Pure: the enqueue in the case's
// transaction asks here, the worker runs the jobs later.
export const TARGET_KINDS = ["crm", "webhook"] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

export interface SyncTarget {
  target: string;
  kind: TargetKind;
}

export interface CaseEvent {
  eventId: number;
  caseId: number;
  kind: string;
  inboundMessageId: number | null;
  outboxId: number | null;
  data: Record<string, unknown>;
}

export type JobKind = "case" | "mail" | "note" | "check" | "webhook";

export interface JobSpec {
  target: string;
  kind: JobKind;
  /** idempotency key within target and kind */
  ref: string;
  caseId: number;
  payload: Record<string, unknown>;
}

/** Standard-webhook event types (https://www.standardwebhooks.com: "type" in the payload). */
export type WebhookType = "case.created" | "case.updated" | "case.decided" | "message.received";

const DECIDED = new Set(["approved", "rejected"]);
const UPDATED = new Set([
  "info_requested",
  "status_changed",
  "expired",
  "fields_updated",
  "fields_corrected",
  "reparsed",
  "message_attached",
]);

export function webhookType(e: Pick<CaseEvent, "kind" | "inboundMessageId">): WebhookType | null {
  if (e.kind === "registered") return "case.created";
  if (DECIDED.has(e.kind)) return "case.decided";
  if (e.kind === "reply_received" || e.kind === "registration_repeated")
    return e.inboundMessageId !== null ? "message.received" : null;
  if (UPDATED.has(e.kind)) return "case.updated";
  return null; // bookkeeping (mail queued, refused commands, review notes) is not news for subscribers
}

/** A status change worth a note on the deal: the event records from → to (not the first status). */
function isStatusChange(e: CaseEvent): boolean {
  return e.kind !== "registered" && typeof e.data.to === "string" && typeof e.data.from === "string";
}

export function jobsForEvent(e: CaseEvent, targets: readonly SyncTarget[]): JobSpec[] {
  const jobs: JobSpec[] = [];
  for (const t of targets) {
    if (t.kind === "crm") {
      const base = { target: t.target, caseId: e.caseId };
      jobs.push({ ...base, kind: "case", ref: `case:${e.caseId}`, payload: {} });
      if (e.inboundMessageId !== null)
        jobs.push({
          ...base,
          kind: "mail",
          ref: `in:${e.inboundMessageId}`,
          payload: { inboundMessageId: e.inboundMessageId },
        });
      if (e.outboxId !== null)
        jobs.push({ ...base, kind: "mail", ref: `out:${e.outboxId}`, payload: { outboxId: e.outboxId } });
      if (isStatusChange(e))
        jobs.push({ ...base, kind: "note", ref: `ev:${e.eventId}`, payload: { eventId: e.eventId } });
      // registered while the CRM could not be asked about conflicts: ask again until it answers
      if (e.kind === "registered" && e.data.crmCheck === "pending")
        jobs.push({ ...base, kind: "check", ref: `check:${e.caseId}`, payload: {} });
    } else {
      const type = webhookType(e);
      if (type)
        jobs.push({
          target: t.target,
          caseId: e.caseId,
          kind: "webhook",
          ref: `ev:${e.eventId}`,
          payload: { eventId: e.eventId, type },
        });
    }
  }
  return jobs;
}
