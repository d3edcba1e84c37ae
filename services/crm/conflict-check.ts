// Conflicts from the CRM at dedupe time: an existing customer (by the configured lifecycle
// stages) or an open deal owned by someone else. The look-up runs before the registration's
// transaction and fills the cache; the registration reads the cache. When the CRM cannot be
// asked, the case is registered as usual, marked "CRM check pending" and re-checked by a job.
import type { Database } from "../../db/connection.ts";
import type { Logger } from "../core/logger.ts";
import { errorMessage } from "../core/errors.ts";
import { readCachedConflicts, storeConflicts } from "../repos/crm-conflict-cache-repo.ts";
import type { CrmAdapter } from "./types.ts";

export interface ConflictCheckDeps {
  db: Database;
  adapter: CrmAdapter;
  ttlMinutes: number;
  logger: Logger;
}

/** Asks the CRM unless a fresh answer is cached; returns false when the CRM could not be asked. */
export async function refreshCrmConflicts(deps: ConflictCheckDeps, domain: string): Promise<boolean> {
  if ((await readCachedConflicts(deps.db, domain, deps.ttlMinutes)) !== null) return true;
  try {
    await storeConflicts(deps.db, domain, await deps.adapter.lookupConflicts(domain));
    return true;
  } catch (err) {
    deps.logger.warn({ domain, err: errorMessage(err) }, "CRM conflict check failed; the case will be re-checked");
    return false;
  }
}
