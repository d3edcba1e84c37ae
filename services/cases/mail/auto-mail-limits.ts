// Bounds on automatic mail: a responder that answers every mail of ours, a storm of
// registrations, or forged senders aiming our answers at a victim must not make us mail without
// end. Counted from the outbox itself (the database clock), so every worker sees the same counts.
// A mail over a bound is not answered: the caller stores it and puts it in review (`rate_limited`).
import { sql, type Transaction } from "kysely";
import type { DB } from "../../../db/schema.ts";
import { vendorDomains, type Config } from "../../config/env.ts";
import { PARTNER_MAIL_KINDS } from "./partner-mail.ts";

const PARTNER_KINDS: readonly string[] = PARTNER_MAIL_KINDS;

function bare(address: string): string {
  return (/<([^>]+)>/.exec(address)?.[1] ?? address).trim().toLowerCase();
}

/** Our inbox (and its +token addresses) on any of our domains, and our sender address. */
export function isOwnAddress(config: Config, address: string): boolean {
  const a = bare(address);
  if (a === bare(config.MAIL_FROM)) return true;
  const [local = "", domain = ""] = a.split("@");
  const inboxLocal = bare(config.INBOUND_ADDRESS).split("@")[0];
  return local.split("+")[0] === inboxLocal && vendorDomains(config).includes(domain);
}

async function count(
  trx: Transaction<DB>,
  q: { kinds?: string[]; to?: string; caseId?: number; seconds: number },
): Promise<number> {
  let query = trx
    .selectFrom("outbox")
    .select(sql<number>`count(*)::int`.as("n"))
    .where("created_at", ">", sql<Date>`now() - make_interval(secs => ${q.seconds})`);
  if (q.kinds) query = query.where("kind", "in", q.kinds);
  if (q.to) query = query.where(sql<boolean>`to_addresses @> ${JSON.stringify([q.to])}::jsonb`);
  if (q.caseId !== undefined) query = query.where("case_id", "=", q.caseId);
  return Number((await query.executeTakeFirstOrThrow()).n);
}

/** The global breaker: too much mail queued in the last minute stops every automatic answer. */
async function breaker(trx: Transaction<DB>, config: Config): Promise<string | null> {
  const n = await count(trx, { seconds: 60 });
  return n >= config.OUTBOUND_MAX_PER_MINUTE
    ? `outbound breaker: ${n} mails queued in the last minute (OUTBOUND_MAX_PER_MINUTE)`
    : null;
}

/** Why a new registration from this sender must not be acknowledged now, or null. Both counts
 * (this sender's acknowledgements in the hour, everything queued in the minute) in one statement. */
export async function ackLimitReason(trx: Transaction<DB>, config: Config, recipient: string): Promise<string | null> {
  const to = bare(recipient);
  const row = await trx
    .selectFrom("outbox")
    .select([
      sql<number>`count(*) filter (where kind = 'ack' and to_addresses @> ${JSON.stringify([to])}::jsonb)::int`.as(
        "acks",
      ),
      sql<number>`count(*) filter (where created_at > now() - interval '60 seconds')::int`.as("minute"),
    ])
    .where("created_at", ">", sql<Date>`now() - interval '3600 seconds'`)
    .where((eb) =>
      eb.or([
        eb("created_at", ">", sql<Date>`now() - interval '60 seconds'`),
        eb.and([eb("kind", "=", "ack"), sql<boolean>`to_addresses @> ${JSON.stringify([to])}::jsonb`]),
      ]),
    )
    .executeTakeFirstOrThrow();
  const acks = Number(row.acks);
  if (acks >= config.AUTO_ACKS_PER_SENDER_HOUR)
    return `${acks} acknowledgements to ${to} in the last hour (AUTO_ACKS_PER_SENDER_HOUR)`;
  const n = Number(row.minute);
  return n >= config.OUTBOUND_MAX_PER_MINUTE
    ? `outbound breaker: ${n} mails queued in the last minute (OUTBOUND_MAX_PER_MINUTE)`
    : null;
}

/** Why a partner's answer on this case must not be applied and confirmed now, or null. */
export async function answerLimitReason(trx: Transaction<DB>, config: Config, caseId: number): Promise<string | null> {
  const answers = await count(trx, { kinds: ["field_update"], caseId, seconds: 86_400 });
  if (answers >= config.AUTO_ANSWERS_PER_CASE_DAY)
    return `${answers} confirmations on this case in the last 24 hours (AUTO_ANSWERS_PER_CASE_DAY)`;
  return breaker(trx, config);
}

/** Why this mail of a case must not be queued: our own address, or the same answer to the same
 * partner within 24 h. (A manager's notice always goes: each carries a fresh single-use address.) */
export async function withholdReason(
  trx: Transaction<DB>,
  config: Config,
  mail: { caseId: number; kind: string; to: string[]; text: string; caseIsNew: boolean },
): Promise<string | null> {
  if (mail.to.some((t) => isOwnAddress(config, t))) return "addressed to our own inbox";
  // a case created in this transaction has sent nothing yet: no query needed
  if (!PARTNER_KINDS.includes(mail.kind) || mail.caseIsNew) return null;
  const same = await trx
    .selectFrom("outbox")
    .select("id")
    .where("case_id", "=", mail.caseId)
    .where("kind", "=", mail.kind)
    .where("text_body", "=", mail.text)
    .where(sql<boolean>`to_addresses = ${JSON.stringify(mail.to)}::jsonb`)
    .where("created_at", ">", sql<Date>`now() - interval '24 hours'`)
    .executeTakeFirst();
  return same ? "the same mail went to the same recipients within 24 hours" : null;
}

/** A manager over the hourly number of decision requests gets a digest instead (once per hour). */
export async function managerNoticeBudget(
  trx: Transaction<DB>,
  config: Config,
  manager: string,
): Promise<"notice" | "digest" | "none"> {
  const notices = await count(trx, { kinds: ["manager_notice"], to: manager, seconds: 3600 });
  if (notices < config.MANAGER_NOTICES_PER_HOUR) return "notice";
  const digests = await count(trx, { kinds: ["manager_digest"], to: manager, seconds: 3600 });
  return digests === 0 ? "digest" : "none";
}
