// Polls the CRM for decisions since a stored watermark (works with every kind of credential;
// webhooks only make it faster). The watermark moves only after the decisions are applied.
import type { Database } from "../../db/connection.ts";
import { applyCrmDecisions, type CrmDecisionDeps } from "./apply-crm-decisions.ts";
import type { CrmAdapter } from "./types.ts";
import { readCrmState, writeCrmState } from "../repos/crm-sync.ts";

const key = (adapter: CrmAdapter) => `${adapter.name}.watermark`;

export function readWatermark(db: Database, adapter: CrmAdapter): Promise<string | null> {
  return readCrmState(db, key(adapter));
}

export async function pollCrmChanges(
  deps: CrmDecisionDeps & { adapter: CrmAdapter },
): Promise<{ seen: number; decided: number }> {
  const { changes, watermark } = await deps.adapter.changesSince(await readWatermark(deps.db, deps.adapter));
  const { decided } = await applyCrmDecisions(deps, changes);
  await writeCrmState(deps.db, key(deps.adapter), watermark, new Date());
  return { seen: changes.length, decided };
}
