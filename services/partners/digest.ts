// The partners' weekly digest: per partner address, their open cases, the decisions of the past
// week and the protection windows ending in the next 14 days; nothing when there is nothing to
// say. Once per slot (PARTNER_DIGEST): each partner is claimed by stamping digest_sent_at in the
// same transaction that queues the mail, so two workers or a restart never send twice, and an
// opt-out (by reply or one-click) is honoured from the next run on. A slot missed by more than
// a day (the service was down) is skipped, not sent late.
import type { Transaction } from "kysely";
import type { Database } from "../../db/connection.ts";
import type { CaseStatus, DB } from "../../db/schema.ts";
import type { Case } from "../repos/cases.ts";
import { casesOfAddress, digestAddresses } from "../repos/partner-cases.ts";
import { claimDigestSlot } from "../repos/partner-settings.ts";
import type { Config } from "../config/env.ts";
import type { Logger } from "../core/logger.ts";
import { companyLabel, teamName } from "../cases/mail/case-mail.ts";
import { caseLang, fieldLabel, formatDate, oneLine, statusText, type Lang } from "../cases/mail/i18n.ts";
import { enqueueMail } from "../repos/outbox.ts";
import { renderMail } from "../notifier/render.ts";
import { addressDomain, newMessageId } from "../notifier/threading.ts";
import { lastDigestSlot } from "./digest-schedule.ts";
import { issueUnsubscribeLink } from "./status-tokens.ts";

export const WINDOW_AHEAD_DAYS = 14;
const DECISIONS_BACK_DAYS = 7;
const LATE_LIMIT_MS = 24 * 3_600_000;
const OPEN: readonly CaseStatus[] = ["incomplete", "pending", "info_requested", "conflict"];

export interface DigestDeps {
  db: Database;
  config: Config;
  logger?: Logger;
  now?: () => Date;
  onMailQueued?: () => void;
}

export async function runDigest(deps: DigestDeps): Promise<number> {
  const schedule = deps.config.PARTNER_DIGEST;
  if (!schedule) return 0;
  const now = deps.now?.() ?? new Date();
  const slot = lastDigestSlot(now, schedule);
  if (now.getTime() - slot.getTime() > LATE_LIMIT_MS) return 0;
  const since = new Date(slot.getTime() - DECISIONS_BACK_DAYS * 86_400_000);
  const ahead = new Date(now.getTime() + WINDOW_AHEAD_DAYS * 86_400_000);
  const addresses = await digestAddresses(deps.db, { since, now, ahead });
  let sent = 0;
  for (const address of addresses) {
    const queued = await deps.db
      .transaction()
      .execute((trx) => digestFor(trx, deps.config, address, { slot, since, now, ahead }));
    if (queued) sent++;
  }
  if (sent) {
    deps.onMailQueued?.();
    deps.logger?.info({ sent, slot: slot.toISOString() }, "partner digests queued");
  }
  return sent;
}

/** The worker task (services/app/worker.ts): checks every 10 minutes whether a slot is due. */
export function digestTask(
  deps: DigestDeps,
  everyMs = 10 * 60_000,
): { name: string; everyMs: number; run: () => Promise<number> } {
  return { name: "partner-digest", everyMs, run: () => runDigest(deps) };
}

async function digestFor(
  trx: Transaction<DB>,
  config: Config,
  address: string,
  t: { slot: Date; since: Date; now: Date; ahead: Date },
): Promise<boolean> {
  // The claim: stamped for this slot unless already stamped or opted out.
  const claimed = await claimDigestSlot(trx, address, t.slot, t.now);
  if (!claimed) return false;
  const cases = await casesOfAddress(trx, address);
  const open = cases.filter((c) => OPEN.includes(c.status));
  const decided = cases.filter(
    (c) => (c.status === "approved" || c.status === "rejected") && c.decided_at && c.decided_at >= t.since,
  );
  const ending = cases.filter(
    (c) => c.status === "approved" && c.protected_until && c.protected_until > t.now && c.protected_until <= t.ahead,
  );
  if (!open.length && !decided.length && !ending.length) return false;

  const lang: Lang = cases[0] ? caseLang(cases[0]) : "en";
  const line = (c: Case) => ({
    caseNumber: c.case_number,
    company: companyLabel(c.registration, lang),
    status: statusText(c.status, lang),
    missing: oneLine(c.missing.map((p) => fieldLabel(p, lang)).join(", "), 200),
    reason: c.status === "rejected" && c.decision_reason ? oneLine(c.decision_reason, 200) : null,
    protectedUntil: c.protected_until ? formatDate(c.protected_until, lang) : null,
  });
  const unsubscribeUrl = await issueUnsubscribeLink(trx, config, address);
  const rendered = renderMail("digest", lang, {
    open: open.map(line),
    decided: decided.map(line),
    ending: ending.map(line),
    teamName: teamName(config),
    unsubscribeUrl,
  });
  const inbox = config.INBOUND_ADDRESS;
  await enqueueMail(trx, {
    caseId: null,
    kind: "digest",
    messageId: newMessageId({ caseNumber: null, kind: "digest", domain: addressDomain(inbox), now: t.now }),
    from: config.MAIL_FROM,
    to: [address],
    replyTo: null,
    subject: rendered.subject,
    text: rendered.text,
    inReplyTo: null,
    references: null,
    // RFC 2369 and RFC 8058: one-click by HTTPS POST, or a mail to the inbox saying "unsubscribe"
    headers: {
      "List-Unsubscribe": `<${unsubscribeUrl}>, <mailto:${inbox}?subject=unsubscribe>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
  });
  return true;
}
