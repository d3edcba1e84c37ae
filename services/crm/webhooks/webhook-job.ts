// The webhook handler of the sync outbox: one message per case event and endpoint, with the
// case's state at the time of sending and the event that caused it.
import type { Database } from "../../../db/connection.ts";
import type { CrmSyncJobRow } from "../../../db/schema.ts";
import { CrmError } from "../errors.ts";
import { postWebhook } from "./standard-webhooks.ts";
import { loadWebhookEvent } from "../../repos/crm-sync.ts";

export function webhookJobHandler(deps: {
  db: Database;
  secret: string;
  timeoutMs: number;
  fetch?: typeof fetch;
}): (job: CrmSyncJobRow) => Promise<void> {
  return async (job) => {
    const eventId = job.payload.eventId;
    const type = job.payload.type;
    if (typeof eventId !== "number" || typeof type !== "string")
      throw new CrmError("permanent", `webhook job ${job.id} has no event`);
    const row = await loadWebhookEvent(deps.db, eventId);
    if (!row) throw new CrmError("permanent", `timeline event ${eventId} no longer exists`);
    const url = job.target.replace(/^webhook:/, "");
    await postWebhook(
      url,
      deps.secret,
      {
        id: `msg_dealreg_${row.id}`,
        type,
        at: row.at,
        data: {
          caseNumber: row.case_number,
          status: row.status,
          company: { name: row.company_name, domain: row.company_domain },
          partnerEmail: row.partner_email,
          protectedUntil: row.protected_until?.toISOString() ?? null,
          decisionReason: row.decision_reason,
          crmUrl: row.crm_deal_url,
          event: { kind: row.kind, actor: row.actor, text: row.text },
          ...(type === "message.received" && row.message_id !== null
            ? { message: { messageId: row.message_id, from: row.from_address, subject: row.subject } }
            : {}),
        },
      },
      { timeoutMs: deps.timeoutMs, ...(deps.fetch ? { fetch: deps.fetch } : {}) },
    );
  };
}
