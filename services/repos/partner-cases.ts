// The cases of one partner firm or address, for status mail, status pages and digests, and a
// case's mail as the status page shows it. A firm's cases are those
// registered from its registrable domain (any subdomain) or, for free-mail, from that address.
import { sql } from "kysely";
import type { CaseStatus } from "../../db/schema.ts";
import { toCase, type Case, type Executor } from "./cases.ts";
import { firmKey, firmOf, type Firm } from "../parser/normalise/firm.ts";

/** Closed cases stay listed this long after their last change. */
export const RECENT_DAYS = 30;

function likeEscape(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export async function casesOfFirm(
  db: Executor,
  firm: Firm,
  opts: { now: Date; caseNumber?: string | null; limit?: number },
): Promise<Case[]> {
  const recent = new Date(opts.now.getTime() - RECENT_DAYS * 86_400_000);
  let q = db.selectFrom("cases").selectAll();
  if (firm.kind === "address") q = q.where(sql<string>`lower(partner_email)`, "=", firm.key);
  else {
    const k = likeEscape(firm.key);
    q = q.where((eb) =>
      eb.or([
        eb(sql<string>`lower(partner_email)`, "like", `%@${k}`),
        eb(sql<string>`lower(partner_email)`, "like", `%@%.${k}`),
      ]),
    );
  }
  if (opts.caseNumber) q = q.where("case_number", "=", opts.caseNumber);
  else
    q = q.where((eb) =>
      eb.or([
        eb("status", "in", ["incomplete", "pending", "info_requested", "conflict", "approved"]),
        eb("updated_at", ">=", recent),
      ]),
    );
  const rows = await q
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(opts.limit ?? 200)
    .execute();
  // The LIKE narrows; the firm rule decides (no look-alike domain slips through).
  const key = firmKey(firm);
  return rows
    .filter((r) => {
      const f = firmOf(r.partner_email);
      return f !== null && firmKey(f) === key;
    })
    .map(toCase);
}

const OPEN: readonly CaseStatus[] = ["incomplete", "pending", "info_requested", "conflict"];

/** Partner addresses (lower case) with something for a digest: open cases, decisions since
 * `since`, or protection ending in (now, ahead]. */
export async function digestAddresses(db: Executor, t: { since: Date; now: Date; ahead: Date }): Promise<string[]> {
  const rows = await db
    .selectFrom("cases")
    .select(sql<string>`lower(partner_email)`.as("address"))
    .where((eb) =>
      eb.or([
        eb("status", "in", OPEN),
        eb.and([eb("status", "in", ["approved", "rejected"]), eb("decided_at", ">=", t.since)]),
        eb.and([
          eb("status", "=", "approved"),
          eb("protected_until", ">", t.now),
          eb("protected_until", "<=", t.ahead),
        ]),
      ]),
    )
    .distinct()
    .execute();
  return rows.map((r) => r.address);
}

/** Every case registered from this address (any case of spelling), newest first. */
export async function casesOfAddress(db: Executor, address: string): Promise<Case[]> {
  const rows = await db
    .selectFrom("cases")
    .selectAll()
    .where(sql<string>`lower(partner_email)`, "=", address.toLowerCase())
    .orderBy("created_at", "desc")
    .execute();
  return rows.map(toCase);
}

/** The mail of a case as its partner's status page shows it: what was received (with its
 * sender, for the page to keep to the partner's firm) and the partner mail we sent. */
export async function caseMailHistory(
  db: Executor,
  caseId: number,
  partnerKinds: readonly string[],
): Promise<{
  received: Array<{ received_at: Date; from_address: string | null; subject: string | null; text_body: string | null }>;
  sent: Array<{ created_at: Date; subject: string; text_body: string }>;
}> {
  const received = await db
    .selectFrom("inbound_messages")
    .select(["received_at", "from_address", "subject", "text_body"])
    .where("case_id", "=", caseId)
    .orderBy("id")
    .execute();
  const sent = await db
    .selectFrom("outbox")
    .select(["created_at", "subject", "text_body"])
    .where("case_id", "=", caseId)
    .where("kind", "in", [...partnerKinds])
    .orderBy("id")
    .execute();
  return { received, sent };
}
