// Conflicts from the CRM at dedupe time: an existing customer (by the configured lifecycle
// stages) or an open deal owned by someone else. The look-up runs before the registration's
// transaction and fills the cache; the registration reads the cache. When the CRM cannot be
// asked, the case is registered as usual, marked "CRM check pending" and re-checked by a job.
import type { Database } from "../../db/connection.ts";
import type { Logger } from "../core/logger.ts";
import { errorMessage } from "../core/errors.ts";
import type { AccountMatch } from "../cases/decide-registration.ts";
import { readCachedConflicts, storeConflicts } from "./conflict-cache-repo.ts";
import type { CrmAdapter, CrmConflict } from "./types.ts";

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

/** The first conflict that is not the partner's own deal, as an account match for dedupe. */
export function crmConflictAsAccount(conflicts: readonly CrmConflict[], isOwn: (partnerEmail: string) => boolean): AccountMatch | null {
  const relevant = conflicts.filter((c) => !(c.kind === "open_deal" && c.partnerEmail && isOwn(c.partnerEmail)));
  const first = relevant.find((c) => c.kind === "customer") ?? relevant[0];
  if (!first) return null;
  return first.kind === "customer" ? { kind: "customer", reason: "listed as a customer in our CRM" } : { kind: "open_deal", reason: first.reason };
}
