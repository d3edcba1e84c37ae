// Queries of the machine-mail side of cases: which outbox row a report is about, marking it
// bounced, and who is away until when.
import type { Transaction } from "kysely";
import type { Database } from "../../db/connection.ts";
import type { DB, OutboxRow } from "../../db/schema.ts";
import type { BounceReport } from "../parser/machine-mail/types.ts";

type Executor = Transaction<DB> | Database;

export function outboxRecipients(row: Pick<OutboxRow, "to_addresses">): string[] {
  return row.to_addresses.map((a) => a.toLowerCase());
}

export async function findOutboxRow(trx: Executor, id: number): Promise<OutboxRow | null> {
  return (await trx.selectFrom("outbox").selectAll().where("id", "=", id).executeTakeFirst()) ?? null;
}

/**
 * The mail a report is about, most trusted first: the VERP id in its envelope (only when the
 * report's recipient, if it names one, was a recipient of that row, so a guessed id alone
 * cannot mark another mail bounced), our Message-ID quoted in the report, or, for reports that
 * quote neither, the latest mail of the case named in the report to the failed recipient.
 */
export async function findReportedMail(
  trx: Executor,
  b: BounceReport,
  caseNumber: string | null,
): Promise<OutboxRow | null> {
  if (b.verpOutboxId !== null) {
    const row = await findOutboxRow(trx, b.verpOutboxId);
    if (row && (!b.recipient || outboxRecipients(row).includes(b.recipient))) return row;
  }
  if (b.originalMessageId) {
    const row = await trx
      .selectFrom("outbox")
      .selectAll()
      .where("message_id", "=", b.originalMessageId)
      .executeTakeFirst();
    if (row) return row;
  }
  if (caseNumber && b.recipient) {
    const rows = await trx
      .selectFrom("outbox")
      .innerJoin("cases", "cases.id", "outbox.case_id")
      .selectAll("outbox")
      .where("cases.case_number", "=", caseNumber)
      .orderBy("outbox.id", "desc")
      .execute();
    return rows.find((r) => outboxRecipients(r).includes(b.recipient!)) ?? null;
  }
  return null;
}

export async function markBounced(trx: Executor, id: number, b: BounceReport, now: Date): Promise<void> {
  await trx
    .updateTable("outbox")
    .set({
      status: "bounced",
      bounced_at: now,
      bounce_type: b.type,
      bounce_status: b.status,
      bounce_diagnostic: b.diagnostic?.slice(0, 1000) ?? null,
      locked_until: null,
    })
    .where("id", "=", id)
    .execute();
}

/** Remembers that `address` is away until `awayUntil` (the latest answer wins). */
export async function rememberAway(
  trx: Executor,
  a: { address: string; awayUntil: Date; returnDate: string; inboundMessageId: number; now: Date },
): Promise<void> {
  await trx
    .insertInto("away_notices")
    .values({
      address: a.address,
      away_until: a.awayUntil,
      return_date: a.returnDate,
      inbound_message_id: a.inboundMessageId,
      updated_at: a.now,
    })
    .onConflict((oc) =>
      oc.column("address").doUpdateSet({
        away_until: a.awayUntil,
        return_date: a.returnDate,
        inbound_message_id: a.inboundMessageId,
        updated_at: a.now,
      }),
    )
    .execute();
}

/** Of `addresses`, those whose owner said they are away at `now`. */
export async function awayAt(trx: Executor, addresses: string[], now: Date): Promise<Set<string>> {
  if (!addresses.length) return new Set();
  const rows = await trx
    .selectFrom("away_notices")
    .select("address")
    .where(
      "address",
      "in",
      addresses.map((a) => a.toLowerCase()),
    )
    .where("away_until", ">", now)
    .execute();
  return new Set(rows.map((r) => r.address));
}
