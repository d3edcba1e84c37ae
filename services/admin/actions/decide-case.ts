// Approve, reject or ask the partner from the admin page: applyDecision does the state change
// and the partner's mail; on success the case's open review items (the conflict) close.
import type { Database } from "../../../db/connection.ts";
import type { Config } from "../../config/env.ts";
import { applyDecision } from "../../cases/apply-decision.ts";
import type { Decision } from "../../cases/case-transitions.ts";
import { resolveOpenItems } from "../../repos/admin-queue.ts";
import type { ActionResult } from "./action-result.ts";

export const DECISIONS: readonly Decision[] = ["approve", "reject", "info"];

export async function decideCase(
  deps: { db: Database; config: Config },
  input: { caseId: number; decision: Decision; argument: string; user: string; now: Date },
): Promise<ActionResult<{ status: string }>> {
  const actor = `ops:${input.user}`;
  return deps.db.transaction().execute(async (trx) => {
    const r = await applyDecision(trx, {
      config: deps.config,
      caseId: input.caseId,
      decision: input.decision,
      argument: input.argument,
      actor,
      now: input.now,
    });
    if (!r.ok) return r;
    if (input.decision !== "info") {
      await resolveOpenItems(
        trx,
        { caseId: input.caseId },
        {
          actor,
          resolution: `${input.decision === "approve" ? "approved" : "rejected"} on the admin page`,
          now: input.now,
        },
      );
    }
    return { ok: true, status: r.status } as const;
  });
}
