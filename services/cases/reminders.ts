// The periodic side of cases: managers reminded when a decision waits longer than
// DECISION_SLA_HOURS (once per SLA period), partners told 7 days before their protection
// ends, approved cases expired when it has ended. Each case is claimed with FOR UPDATE SKIP
// LOCKED and stamped in the same transaction, so two workers or a re-run never send twice.
import type { Transaction } from "kysely";
import type { Database } from "../../db/connection.ts";
import type { DB } from "../../db/schema.ts";
import type { Config } from "../config/env.ts";
import type { Logger } from "../core/logger.ts";
import { companyLabel, greetingName, mailEachManager, teamName } from "./mail/case-mail.ts";
import { caseLang, formatDate, oneLine, statusText } from "./mail/i18n.ts";
import { renderMail } from "../notifier/render.ts";
import { addTimelineEvent, type Case } from "../repos/cases.ts";
import { eachDueCase, markExpired, markExpiryNoticeSent, markManagerReminded } from "../repos/case-schedule.ts";
import { queuePartnerMail } from "./mail/partner-mail.ts";
import { awayAt } from "../repos/machine-mail.ts";

export const EXPIRY_NOTICE_DAYS = 7;
const BATCH = 50;

export interface ReminderCounts {
  managerReminders: number;
  expiryNotices: number;
  expired: number;
}

export interface ReminderDeps {
  db: Database;
  config: Config;
  logger?: Logger;
  now?: () => Date;
  /** wakes the sender after mail was queued */
  onMailQueued?: () => void;
}

export async function runReminders(deps: ReminderDeps): Promise<ReminderCounts> {
  const now = deps.now?.() ?? new Date();
  const counts = {
    managerReminders: await remindManagers(deps.db, deps.config, now),
    expiryNotices: await noticeExpiry(deps.db, deps.config, now),
    expired: await expireCases(deps.db, now),
  };
  if (counts.managerReminders + counts.expiryNotices > 0) deps.onMailQueued?.();
  if (counts.managerReminders + counts.expiryNotices + counts.expired > 0) deps.logger?.info(counts, "case reminders");
  return counts;
}

/** The worker task (see services/app/worker.ts); every 5 minutes is plenty for hour-scale SLAs. */
export function reminderTask(
  deps: ReminderDeps,
  everyMs = 5 * 60_000,
): { name: string; everyMs: number; run: () => Promise<ReminderCounts> } {
  return { name: "case-reminders", everyMs, run: () => runReminders(deps) };
}

export async function remindManagers(db: Database, config: Config, now: Date): Promise<number> {
  // A manager whose out-of-office answer says they are away is not reminded until they are back;
  // while every manager is away the cases wait (unstamped) for the first one to return.
  const away = await awayAt(db, config.MANAGERS, now);
  const present = config.MANAGERS.filter((m) => !away.has(m.toLowerCase()));
  if (!present.length) return 0;
  const remindPresent: Config = { ...config, MANAGERS: present };
  const due = new Date(now.getTime() - config.DECISION_SLA_HOURS * 3_600_000);
  return eachDueCase(db, { kind: "manager_reminder", due }, BATCH, async (trx, c) => {
    const waitingSince = c.status_changed_at ?? c.created_at;
    const hours = Math.floor((now.getTime() - waitingSince.getTime()) / 3_600_000);
    await queueManagerReminders(trx, remindPresent, c, hours, now);
    await markManagerReminded(trx, c.id, now);
  });
}

async function queueManagerReminders(
  trx: Transaction<DB>,
  config: Config,
  c: Case,
  hours: number,
  now: Date,
): Promise<void> {
  const reg = c.registration;
  const rendered = renderMail("reminder-manager", "en", {
    caseNumber: c.case_number,
    companyLabel: companyLabel(reg, "en"),
    partnerLabel: oneLine(`${c.partner_name ?? ""} <${c.partner_email}>`.trim(), 200),
    statusText: statusText(c.status, "en"),
    hours,
    slaHours: config.DECISION_SLA_HOURS,
  });
  await mailEachManager(trx, {
    config,
    caseRow: c,
    kind: "reminder",
    idKind: "reminder",
    rendered,
    now,
    timelineKind: "manager_reminder_queued",
    timelineData: { waitingHours: hours },
    threadUnder: ["manager_notice", "reminder"],
  });
}

export async function noticeExpiry(db: Database, config: Config, now: Date): Promise<number> {
  const horizon = new Date(now.getTime() + EXPIRY_NOTICE_DAYS * 86_400_000);
  return eachDueCase(db, { kind: "expiry_notice", now, horizon }, BATCH, async (trx, c) => {
    const lang = caseLang(c);
    const reg = c.registration;
    await queuePartnerMail(trx, {
      config,
      caseRow: c,
      kind: "expiry_notice",
      template: "reminder-expiry",
      context: {
        companyLabel: companyLabel(reg, lang),
        greetingName: greetingName(c.partner_name),
        protectedUntil: formatDate(c.protected_until!, lang),
        teamName: teamName(config),
      },
      now,
    });
    await markExpiryNoticeSent(trx, c.id, now);
  });
}

export async function expireCases(db: Database, now: Date): Promise<number> {
  return eachDueCase(db, { kind: "expiry", now }, BATCH, async (trx, c) => {
    await markExpired(trx, c.id, now);
    await addTimelineEvent(trx, {
      caseId: c.id,
      actor: "system",
      kind: "expired",
      data: { from: "approved", to: "expired", protectedUntil: c.protected_until?.toISOString() ?? null },
    });
  });
}
