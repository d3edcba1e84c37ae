// The mails a case sends, queued in the caller's transaction: the partner's acknowledgement
// (threaded under their mail) and one decision request per manager, each with its own
// single-use reply address.
import type { Transaction } from "kysely";
import type { DB, CaseRow } from "../../db/schema.ts";
import type { Config } from "../config/env.ts";
import type { Registration } from "../parser/schema.ts";
import type { Conflict } from "../cases/decide-registration.ts";
import { addTimelineEvent, storeReplyToken } from "../cases/case-repo.ts";
import { hashToken, newToken, replyAddress } from "../threads/reply-address.ts";
import { fieldLabel, formatDate, oneLine, statusText, understoodLines, type Lang } from "./i18n.ts";
import { enqueueMail } from "./outbox-repo.ts";
import { renderMail } from "./render.ts";
import { addressDomain, newMessageId, replyHeaders } from "./threading.ts";

export function teamName(config: Config): string {
  // the display name before "<": string operations, not a pattern that backtracks on blanks
  const lt = config.MAIL_FROM.indexOf("<");
  const name = lt > 0 ? config.MAIL_FROM.slice(0, lt).trim().replace(/^"|"$/g, "").trim() : "";
  return name || "Partner Team";
}

export function conflictText(conflict: Conflict, lang: Lang, company: string): string {
  const reason = conflict.detail ? oneLine(conflict.detail, 200) : null;
  switch (conflict.reason) {
    case "registered_by_other_partner":
      if (conflict.until) {
        const date = formatDate(conflict.until, lang);
        return lang === "de"
          ? `Dieser Interessent ist bereits für einen anderen Partner registriert und bis ${date} geschützt. Ein Manager prüft Ihre Registrierung.`
          : `This prospect is already registered by another partner and protected until ${date}. A manager will review your registration.`;
      }
      return lang === "de"
        ? "Für diesen Interessenten liegt bereits eine frühere Registrierung vor, die gerade geprüft wird. Ein Manager prüft auch Ihre Registrierung."
        : "An earlier registration for this prospect is already under review. A manager will review yours as well.";
    case "existing_customer":
      return lang === "de"
        ? `${company} ist bereits unser Kunde${reason ? ` (${reason})` : ""}. Ein Manager prüft Ihre Registrierung.`
        : `${company} is already our customer${reason ? ` (${reason})` : ""}. A manager will review your registration.`;
    case "blocked_account":
      return lang === "de"
        ? `${company} kann nicht registriert werden${reason ? `: ${reason}` : ""}. Ein Manager prüft Ihre Registrierung.`
        : `${company} cannot be registered${reason ? `: ${reason}` : ""}. A manager will review your registration.`;
  }
}

/** How every mail names the prospect: its company, else its domain. */
export function companyLabel(reg: Registration): string {
  return oneLine(reg.company.name ?? reg.company.domain ?? "(unnamed prospect)", 120);
}

/** The partner's first name for the greeting, or a neutral word in their language. */
export function greetingName(partnerName: string | null, lang: Lang): string {
  return oneLine(partnerName?.split(/\s+/)[0] ?? (lang === "de" ? "zusammen" : "there"), 60);
}

interface Parent {
  messageId: string | null;
  references: string[];
}

/** Queues the partner's acknowledgement and records it on the timeline. Returns its outbox id. */
export async function queueAcknowledgement(
  trx: Transaction<DB>,
  ctx: { config: Config; caseRow: CaseRow; to: string; parent: Parent; conflict: Conflict | null; existing: boolean; now: Date },
): Promise<number> {
  const { config, caseRow } = ctx;
  const lang = (caseRow.language === "de" ? "de" : "en") as Lang;
  const reg = caseRow.registration as unknown as Registration;
  const missing = (caseRow.missing as unknown as string[]).map((p) => fieldLabel(p, lang));
  const partnerToken = newToken();
  await storeReplyToken(trx, { hash: hashToken(partnerToken), caseId: caseRow.id, purpose: "partner", address: ctx.to });
  const rendered = renderMail("ack", lang, {
    caseNumber: caseRow.case_number,
    companyLabel: companyLabel(reg),
    greetingName: greetingName(caseRow.partner_name, lang),
    statusText: statusText(caseRow.status, lang),
    conflict: ctx.conflict !== null || ctx.existing,
    conflictText: ctx.existing
      ? lang === "de"
        ? "Sie haben diesen Interessenten bereits registriert; dies ist Ihr bestehender Vorgang."
        : "You registered this prospect before; this is your existing case."
      : ctx.conflict
        ? conflictText(ctx.conflict, lang, companyLabel(reg))
        : "",
    understood: understoodLines(reg, lang),
    missing,
    correctionsHint: true,
    teamName: teamName(config),
  });
  const messageId = newMessageId({ caseNumber: caseRow.case_number, kind: "ack", domain: addressDomain(config.INBOUND_ADDRESS), now: ctx.now });
  const headers = replyHeaders(ctx.parent);
  const outboxId = await enqueueMail(trx, {
    caseId: caseRow.id,
    kind: "ack",
    messageId,
    from: config.MAIL_FROM,
    to: [ctx.to],
    replyTo: replyAddress(config.INBOUND_ADDRESS, partnerToken),
    subject: rendered.subject,
    text: rendered.text,
    inReplyTo: headers.inReplyTo,
    references: headers.references,
  });
  await addTimelineEvent(trx, { caseId: caseRow.id, actor: "system", kind: "ack_queued", outboxId, text: rendered.text, data: { to: ctx.to } });
  return outboxId;
}

/** Queues one decision request per configured manager, each with its own single-use token. */
export async function queueManagerNotices(trx: Transaction<DB>, ctx: { config: Config; caseRow: CaseRow; conflict: Conflict | null; now: Date; lang?: Lang }): Promise<number[]> {
  const { config, caseRow } = ctx;
  const lang = ctx.lang ?? "en";
  const reg = caseRow.registration as unknown as Registration;
  const partnerLabel = oneLine(
    [caseRow.partner_name, caseRow.partner_organization ? `(${caseRow.partner_organization})` : null, `<${caseRow.partner_email}>`].filter(Boolean).join(" "),
    200,
  );
  const rendered = renderMail("manager-notice", lang, {
    caseNumber: caseRow.case_number,
    companyLabel: companyLabel(reg),
    partnerLabel,
    statusText: statusText(caseRow.status, lang),
    conflict: ctx.conflict !== null,
    conflictText: ctx.conflict ? managerConflictText(ctx.conflict, lang) : "",
    understood: understoodLines(reg, lang),
  });
  return mailEachManager(trx, { config, caseRow, kind: "manager_notice", idKind: "mgr", rendered, now: ctx.now, timelineKind: "manager_notice_queued" });
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
    caseRow: CaseRow;
    kind: string;
    idKind: string;
    rendered: { subject: string; text: string };
    now: Date;
    timelineKind: string;
    timelineData?: Record<string, unknown>;
    threadUnder?: string[];
  },
): Promise<number[]> {
  const { config, caseRow } = ctx;
  const previous = ctx.threadUnder?.length
    ? await trx
        .selectFrom("outbox")
        .select(["message_id", "references", "to_addresses"])
        .where("case_id", "=", caseRow.id)
        .where("kind", "in", ctx.threadUnder)
        .orderBy("id", "desc")
        .execute()
    : [];
  const ids: number[] = [];
  for (const manager of config.MANAGERS) {
    const token = newToken();
    await storeReplyToken(trx, { hash: hashToken(token), caseId: caseRow.id, purpose: "manager", address: manager });
    const parent = previous.find((p) => (p.to_addresses as unknown as string[]).includes(manager));
    const headers = replyHeaders(parent ? { messageId: parent.message_id, references: parent.references?.split(/\s+/).filter(Boolean) ?? [] } : { messageId: null, references: [] });
    const outboxId = await enqueueMail(trx, {
      caseId: caseRow.id,
      kind: ctx.kind,
      messageId: newMessageId({ caseNumber: caseRow.case_number, kind: ctx.idKind, domain: addressDomain(config.INBOUND_ADDRESS), now: ctx.now }),
      from: config.MAIL_FROM,
      to: [manager],
      replyTo: replyAddress(config.INBOUND_ADDRESS, token),
      subject: ctx.rendered.subject,
      text: ctx.rendered.text,
      inReplyTo: headers.inReplyTo,
      references: headers.references,
    });
    await addTimelineEvent(trx, { caseId: caseRow.id, actor: "system", kind: ctx.timelineKind, outboxId, data: { to: manager, ...ctx.timelineData } });
    ids.push(outboxId);
  }
  return ids;
}

/** Managers may see which case conflicts (unlike the partner, who is never told by whom). */
function managerConflictText(conflict: Conflict, lang: Lang): string {
  const other = conflict.caseNumber ? ` (${conflict.caseNumber})` : "";
  const detail = conflict.detail ? `: ${oneLine(conflict.detail, 200)}` : "";
  const until = conflict.until ? (lang === "de" ? `, geschützt bis ${formatDate(conflict.until, lang)}` : `, protected until ${formatDate(conflict.until, lang)}`) : "";
  switch (conflict.reason) {
    case "registered_by_other_partner":
      return lang === "de" ? `bereits von einem anderen Partner registriert${other}${until}` : `already registered by another partner${other}${until}`;
    case "existing_customer":
      return lang === "de" ? `Bestandskunde${detail}` : `existing customer${detail}`;
    case "blocked_account":
      return lang === "de" ? `gesperrter Account${detail}` : `blocked account${detail}`;
  }
}
