// Bounds on automatic mail: a responder that answers every mail of ours, a storm of
// registrations, or forged senders aiming our answers at a victim must not make us mail without
// end. Counted from the outbox itself (the database clock), so every worker sees the same counts.
// A mail over a bound is not answered: the caller stores it and puts it in review (`rate_limited`).
import type { Transaction } from "kysely";
import type { DB } from "../../../db/schema.ts";
import { vendorDomains, type Config } from "../../config/env.ts";
import { PARTNER_MAIL_KINDS } from "./partner-mail.ts";
import { countRecentMail, countsOfRecentMail, sameMailWithinDay } from "../../repos/outbox-stats.ts";

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

/** The global breaker: too much mail queued in the last minute stops every automatic answer.
 * Counted in the same statement as the narrower bound it goes with. */
const BREAKER_WINDOW = { seconds: 60 } as const;

function breakerReason(config: Config, n: number): string | null {
  return n >= config.OUTBOUND_MAX_PER_MINUTE
    ? `outbound breaker: ${n} mails queued in the last minute (OUTBOUND_MAX_PER_MINUTE)`
    : null;
}

const SENDER_ANSWERS = { ack: "acknowledgements", status_reply: "status answers" } as const;

/** Why this sender must not get another automatic answer of this kind now (a new registration's
 * acknowledgement, a status answer), or null: AUTO_ACKS_PER_SENDER_HOUR of each kind per hour. */
export async function senderAnswerLimitReason(
  trx: Transaction<DB>,
  config: Config,
  recipient: string,
  kind: keyof typeof SENDER_ANSWERS,
): Promise<string | null> {
  const [n = 0, all = 0] = await countsOfRecentMail(trx, [
    { kinds: [kind], to: bare(recipient), seconds: 3600 },
    BREAKER_WINDOW,
  ]);
  if (n >= config.AUTO_ACKS_PER_SENDER_HOUR)
    return `${n} ${SENDER_ANSWERS[kind]} to ${bare(recipient)} in the last hour (AUTO_ACKS_PER_SENDER_HOUR)`;
  return breakerReason(config, all);
}

/** Why a partner's answer on this case must not be applied and confirmed now, or null. */
export async function answerLimitReason(trx: Transaction<DB>, config: Config, caseId: number): Promise<string | null> {
  const [answers = 0, all = 0] = await countsOfRecentMail(trx, [
    { kinds: ["field_update"], caseId, seconds: 86_400 },
    BREAKER_WINDOW,
  ]);
  if (answers >= config.AUTO_ANSWERS_PER_CASE_DAY)
    return `${answers} confirmations on this case in the last 24 hours (AUTO_ANSWERS_PER_CASE_DAY)`;
  return breakerReason(config, all);
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
  return (await sameMailWithinDay(trx, mail)) ? "the same mail went to the same recipients within 24 hours" : null;
}

/** A manager over the hourly number of decision requests gets a digest instead (once per hour). */
export async function managerNoticeBudget(
  trx: Transaction<DB>,
  config: Config,
  manager: string,
): Promise<"notice" | "digest" | "none"> {
  const notices = await countRecentMail(trx, { kinds: ["manager_notice"], to: manager, seconds: 3600 });
  if (notices < config.MANAGER_NOTICES_PER_HOUR) return "notice";
  const digests = await countRecentMail(trx, { kinds: ["manager_digest"], to: manager, seconds: 3600 });
  return digests === 0 ? "digest" : "none";
}
