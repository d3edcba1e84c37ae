// A deal moved into the approved or rejected stage in the CRM decides the case exactly as a
// manager's reply does (applyDecision: status, timeline, the partner's mail, the protection
// window), with the actor `crm:<who>`. A case that is no longer open for that decision (our own
// echo of a decision taken by mail, say) is left alone.
import type { Database } from "../../db/connection.ts";
import type { Config } from "../config/env.ts";
import type { Logger } from "../core/logger.ts";
import { applyDecision } from "../cases/apply-decision.ts";
import { findCaseByNumber } from "../repos/cases.ts";
import type { CrmDecisionChange } from "./types.ts";

export interface CrmDecisionDeps {
  db: Database;
  config: Config;
  logger: Logger;
  /** wake the mail sender: a decision queued the partner's mail */
  onMailQueued?: () => void;
  now?: () => Date;
}

export async function applyCrmDecisions(
  deps: CrmDecisionDeps,
  changes: readonly CrmDecisionChange[],
): Promise<{ decided: number; unchanged: number }> {
  let decided = 0;
  for (const change of changes) {
    const result = await deps.db.transaction().execute(async (trx) => {
      const row = await findCaseByNumber(trx, change.caseNumber);
      if (!row) return { ok: false as const, reason: `no case ${change.caseNumber}` };
      return applyDecision(trx, {
        config: deps.config,
        caseId: row.id,
        decision: change.decision,
        argument: change.reason ?? (change.decision === "reject" ? "rejected in the CRM" : null),
        actor: `crm:${change.by}`,
        now: deps.now?.() ?? new Date(),
      });
    });
    if (result.ok) {
      decided++;
      deps.logger.info(
        { caseNumber: change.caseNumber, decision: change.decision, by: change.by },
        "case decided in the CRM",
      );
    } else {
      deps.logger.debug(
        { caseNumber: change.caseNumber, reason: result.reason },
        "CRM stage change left the case as it is",
      );
    }
  }
  if (decided) deps.onMailQueued?.();
  return { decided, unchanged: changes.length - decided };
}
