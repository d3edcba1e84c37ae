// Polls the CRM for decisions since a stored watermark (works with every kind of credential;
// webhooks only make it faster). The watermark moves only after the decisions are applied.
import type { Database } from "../../db/connection.ts";
import { applyCrmDecisions, type CrmDecisionDeps } from "./apply-crm-decisions.ts";
import type { CrmAdapter } from "./types.ts";

const key = (adapter: CrmAdapter) => `${adapter.name}.watermark`;

export async function readWatermark(db: Database, adapter: CrmAdapter): Promise<string | null> {
  const row = await db.selectFrom("crm_state").select("value").where("key", "=", key(adapter)).executeTakeFirst();
  return row?.value ?? null;
}

export async function pollCrmChanges(
  deps: CrmDecisionDeps & { adapter: CrmAdapter },
): Promise<{ seen: number; decided: number }> {
  const { changes, watermark } = await deps.adapter.changesSince(await readWatermark(deps.db, deps.adapter));
  const { decided } = await applyCrmDecisions(deps, changes);
  await deps.db
    .insertInto("crm_state")
    .values({ key: key(deps.adapter), value: watermark })
    .onConflict((oc) => oc.column("key").doUpdateSet({ value: watermark, updated_at: new Date() }))
    .execute();
  return { seen: changes.length, decided };
}
