// The mails a case sends, queued in the caller's transaction: the partner's acknowledgement
// (threaded under their mail) and one decision request per manager, each with its own
// single-use reply address.
import type { Transaction } from "kysely";
import type { DB } from "../../../db/schema.ts";
import { countWaitingCases, type Case } from "../../repos/cases.ts";
import type { Config } from "../../config/env.ts";
import type { Registration } from "../../parser/schema.ts";
import type { Conflict } from "../decide-registration.ts";
import { caseLang, fieldLabel, formatDate, oneLine, say, statusText, understoodLines, type Lang } from "./i18n.ts";
import { renderMail, type RenderedMail } from "../../notifier/render.ts";
import { caseMailOfKinds } from "../../repos/outbox.ts";
import type { NewStatusToken } from "../../repos/status-tokens.ts";
import { parentOf, queueCaseMail, type ParentMail } from "./queue-case-mail.ts";
import { managerNoticeBudget } from "./auto-mail-limits.ts";

export function teamName(config: Config): string {
  // the display name before "<": string operations, not a pattern that backtracks on blanks
  const lt = config.MAIL_FROM.indexOf("<");
  const name = lt > 0 ? config.MAIL_FROM.slice(0, lt).trim().replace(/^"|"$/g, "").trim() : "";
  return name || "Partner Team";
}

/** What the partner is told about a conflict: never who holds the other registration. */
export function conflictText(conflict: Conflict, lang: Lang, company: string): string {
  const detail = conflict.detail ? oneLine(conflict.detail, 200) : null;
  const review = say(lang, "conflict.review");
  switch (conflict.reason) {
    case "registered_by_other_partner":
      return conflict.until
        ? `${say(lang, "conflict.protectedUntil", { date: formatDate(conflict.until, lang) })} ${review}`
        : `${say(lang, "conflict.underReview")} ${review}`;
    case "existing_customer":
      return `${say(lang, "conflict.existingCustomer", { company, reason: detail ? ` (${detail})` : "" })} ${review}`;
    case "blocked_account":
      return `${say(lang, "conflict.blockedAccount", { company, reason: detail ? `: ${detail}` : "" })} ${review}`;
    case "open_crm_deal":
      // who owns the deal is for managers only
      return `${say(lang, "conflict.openDeal", { company })} ${review}`;
  }
}

/** How every mail names the prospect: its company, else its domain. */
export function companyLabel(reg: Registration, lang: Lang): string {
  return oneLine(reg.company.name ?? reg.company.domain ?? say(lang, "common.unnamedProspect"), 120);
}

/** The partner's first name for the greeting; without one the mail greets in general words. */
export function greetingName(partnerName: string | null): string | null {
  const first = partnerName?.trim().split(/\s+/)[0];
  return first ? oneLine(first, 60) : null;
}

/** A new link to the partner's status page for a case and the row that makes it valid, stored
 * with the mail that carries it (services/partners, handed in by the composition root). */
export type StatusLinkIssuer = (c: Pick<Case, "id" | "partner_email">) => {
  url: string;
  row: NewStatusToken;
} | null;

/** A further registration of the same mail, listed in its acknowledgement (in the mail's language). */
export interface AckListing {
  /** its case, or null when it waits for a person */
  caseNumber: string | null;
  /** the company as the row names it, or where it is ("row 4 of leads.xlsx") */
  label: string;
  /** its status, or what happens to it */
  status: string;
}

/** Queues the partner's acknowledgement and records it on the timeline. Returns its outbox id. */
export async function queueAcknowledgement(
  trx: Transaction<DB>,
  ctx: {
    config: Config;
    caseRow: Case;
    to: string;
    parent: ParentMail;
    conflict: Conflict | null;
    existing: boolean;
    now: Date;
    statusLink?: StatusLinkIssuer | undefined;
    /** the sender asked for no automatic answer (X-Auto-Response-Suppress) */
    withhold?: string | null | undefined;
    /** the further registrations of the same mail (the rows of an attached table) */
    others?: AckListing[];
  },
): Promise<number | null> {
  const { config, caseRow } = ctx;
  const lang = caseLang(caseRow);
  const reg = caseRow.registration;
  const missing = caseRow.missing.map((p) => fieldLabel(p, lang));
  const statusLink = ctx.statusLink && !ctx.withhold ? ctx.statusLink(caseRow) : null;
  const rendered = renderMail("ack", lang, {
    caseNumber: caseRow.case_number,
    companyLabel: companyLabel(reg, lang),
    greetingName: greetingName(caseRow.partner_name),
    statusText: statusText(caseRow.status, lang),
    conflict: ctx.conflict !== null || ctx.existing,
    conflictText: ctx.existing
      ? say(lang, "conflict.existingCase")
      : ctx.conflict
        ? conflictText(ctx.conflict, lang, companyLabel(reg, lang))
        : "",
    understood: understoodLines(reg, lang),
    missing,
    others: (ctx.others ?? []).map((o) => ({ ...o, label: oneLine(o.label, 120), status: oneLine(o.status, 200) })),
    correctionsHint: true,
    statusUrl: statusLink?.url ?? null,
    teamName: teamName(config),
  });
  // a new case's acknowledgement is its first mail: nothing earlier to compare it with
  return queueCaseMail(
    trx,
    { ...ctx, caseIsNew: !ctx.existing },
    {
      kind: "ack",
      idKind: "ack",
      to: [ctx.to],
      replyTo: { purpose: "partner", address: ctx.to },
      parent: ctx.parent,
      rendered,
      timeline: { kind: "ack_queued", text: rendered.text, data: { to: ctx.to } },
      ...(statusLink ? { statusToken: statusLink.row } : {}),
    },
  );
}

/** Queues one decision request per configured manager, each with its own single-use token. */
export async function queueManagerNotices(
  trx: Transaction<DB>,
  ctx: { config: Config; caseRow: Case; conflict: Conflict | null; now: Date },
): Promise<number[]> {
  const { caseRow } = ctx;
  // managers read English (internal mail); they may answer in German too (manager-command.ts)
  const lang: Lang = "en";
  const reg = caseRow.registration;
  const partnerLabel = oneLine(
    [
      caseRow.partner_name,
      caseRow.partner_organization ? `(${caseRow.partner_organization})` : null,
      `<${caseRow.partner_email}>`,
    ]
      .filter(Boolean)
      .join(" "),
    200,
  );
  const rendered = renderMail("manager-notice", lang, {
    caseNumber: caseRow.case_number,
    companyLabel: companyLabel(reg, lang),
    partnerLabel,
    statusText: statusText(caseRow.status, lang),
    conflict: ctx.conflict !== null,
    conflictText: ctx.conflict ? managerConflictText(ctx.conflict) : "",
    understood: understoodLines(reg, lang),
  });
  return mailEachManager(trx, {
    ...ctx,
    kind: "manager_notice",
    idKind: "mgr",
    rendered,
    timelineKind: "manager_notice_queued",
  });
}

/**
 * One mail per configured manager, each with its own single-use token in Reply-To (so that
 * each manager can decide by replying), threaded under the previous mail of `threadUnder`
 * kinds to that manager when there is one.
 */
export async function mailEachManager(
  trx: Transaction<DB>,
  ctx: {
    config: Config;
    caseRow: Case;
    kind: string;
    idKind: string;
    rendered: RenderedMail;
    now: Date;
    timelineKind: string;
    timelineData?: Record<string, unknown>;
    threadUnder?: string[];
  },
): Promise<number[]> {
  const { config, caseRow } = ctx;
  const previous = ctx.threadUnder?.length ? await caseMailOfKinds(trx, caseRow.id, ctx.threadUnder) : [];
  const ids: Array<number | null> = [];
  for (const manager of config.MANAGERS) {
    // In a storm a manager gets one digest an hour instead of a decision request per mail.
    const budget = ctx.kind === "manager_notice" ? await managerNoticeBudget(trx, config, manager) : "notice";
    if (budget !== "notice") {
      if (budget === "digest") ids.push(await queueManagerDigest(trx, { config, caseRow, now: ctx.now, manager }));
      continue;
    }
    const parent = previous.find((p) => p.to_addresses.includes(manager));
    ids.push(
      await queueCaseMail(trx, ctx, {
        kind: ctx.kind,
        idKind: ctx.idKind,
        to: [manager],
        replyTo: { purpose: "manager", address: manager },
        parent: parentOf(parent),
        rendered: ctx.rendered,
        timeline: { kind: ctx.timelineKind, data: { to: manager, ...ctx.timelineData } },
      }),
    );
  }
  return ids.filter((x): x is number => x !== null);
}

async function queueManagerDigest(
  trx: Transaction<DB>,
  ctx: { config: Config; caseRow: Case; now: Date; manager: string },
): Promise<number | null> {
  const waiting = await countWaitingCases(trx);
  const rendered = renderMail("manager-digest", "en", {
    limit: ctx.config.MANAGER_NOTICES_PER_HOUR,
    waiting,
    caseNumber: ctx.caseRow.case_number,
  });
  return queueCaseMail(trx, ctx, {
    kind: "manager_digest",
    idKind: "digest",
    to: [ctx.manager],
    replyTo: ctx.config.INBOUND_ADDRESS,
    parent: parentOf(undefined),
    rendered,
    timeline: { kind: "manager_digest_queued", data: { to: ctx.manager } },
  });
}

/** Managers may see which case conflicts (unlike the partner, who is never told by whom). */
function managerConflictText(conflict: Conflict): string {
  const other = conflict.caseNumber ? ` (${conflict.caseNumber})` : "";
  const detail = conflict.detail ? `: ${oneLine(conflict.detail, 200)}` : "";
  const until = conflict.until ? `, protected until ${formatDate(conflict.until, "en")}` : "";
  switch (conflict.reason) {
    case "registered_by_other_partner":
      return `already registered by another partner${other}${until}`;
    case "existing_customer":
      return `existing customer${detail}`;
    case "blocked_account":
      return `blocked account${detail}`;
    case "open_crm_deal":
      return `open deal in the CRM${detail}`;
  }
}
