// Per-partner settings, keyed by address: the digest opt-out (when, and how it was asked for)
// and when the last digest went out.
import { sql, type Transaction } from "kysely";
import type { Database } from "../../db/connection.ts";
import type { DB } from "../../db/schema.ts";

type Executor = Database | Transaction<DB>;

/** Records the opt-out; an earlier one stays as it was. Returns true when this call opted out. */
export async function optOutOfDigest(db: Executor, address: string, source: string, now: Date): Promise<boolean> {
  const row = await db
    .insertInto("partner_settings")
    .values({
      address: address.toLowerCase(),
      digest_opt_out_at: now,
      digest_opt_out_source: source.slice(0, 200),
      updated_at: now,
    })
    .onConflict((oc) =>
      oc
        .column("address")
        .doUpdateSet({ digest_opt_out_at: now, digest_opt_out_source: source.slice(0, 200), updated_at: now })
        .where("partner_settings.digest_opt_out_at", "is", null),
    )
    .returning("address")
    .executeTakeFirst();
  return row !== undefined;
}

export async function isOptedOut(db: Executor, address: string): Promise<boolean> {
  const row = await db
    .selectFrom("partner_settings")
    .select("digest_opt_out_at")
    .where("address", "=", address.toLowerCase())
    .executeTakeFirst();
  return !!row?.digest_opt_out_at;
}

export async function markDigestSent(db: Executor, address: string, now: Date): Promise<void> {
  await db
    .insertInto("partner_settings")
    .values({ address: address.toLowerCase(), digest_sent_at: now, updated_at: now })
    .onConflict((oc) => oc.column("address").doUpdateSet({ digest_sent_at: now, updated_at: sql`excluded.updated_at` }))
    .execute();
}

/**
 * Claims an address's digest for one slot: stamps digest_sent_at unless the address opted out
 * or was already stamped for this slot or a later one. True when this call claimed it.
 */
export async function claimDigestSlot(db: Executor, address: string, slot: Date, now: Date): Promise<boolean> {
  const claimed = await db
    .insertInto("partner_settings")
    .values({ address, digest_sent_at: slot, updated_at: now })
    .onConflict((oc) =>
      oc
        .column("address")
        .doUpdateSet({ digest_sent_at: slot, updated_at: now })
        .where((eb) =>
          eb.and([
            eb("partner_settings.digest_opt_out_at", "is", null),
            eb.or([
              eb("partner_settings.digest_sent_at", "is", null),
              eb("partner_settings.digest_sent_at", "<", slot),
            ]),
          ]),
        ),
    )
    .returning("address")
    .executeTakeFirst();
  return claimed !== undefined;
}
