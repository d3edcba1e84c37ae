// Frozen in time. While a worker parses a message it holds a lease on the row, so the backlog
// sweep (in this or another process) leaves it alone instead of parsing it a second time; a
// lease that runs out (the process died) hands the message back to the sweep. The holder is
// named so that a process can take back its own leases (a database outage mid-way) at once.
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("inbound_messages")
    .addColumn("processing_until", "timestamptz")
    .addColumn("processing_by", "text")
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("inbound_messages").dropColumn("processing_until").dropColumn("processing_by").execute();
}
