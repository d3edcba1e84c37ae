// What a partner's status pages show, read from the database: the case's status, protection
// window, what is missing, and the mail the partner sent and received in it. Only the partner's
// side: no manager mail, no other partner (a conflict is described as in the partner's own mail).
import type { Database } from "../../db/connection.ts";
import { findCaseById, findCaseByNumber, type Case } from "../repos/cases.ts";
import { PARTNER_MAIL_KINDS } from "../cases/mail/partner-mail.ts";
import { companyLabel } from "../cases/mail/case-mail.ts";
import { caseLang, fieldLabel, formatDate, statusText, type Lang } from "../cases/mail/i18n.ts";
import { stripReply } from "../cases/threading/strip-reply.ts";
import { firmKey, firmOf, parseFirmKey } from "../parser/normalise/firm.ts";
import { caseMailHistory, casesOfFirm } from "../repos/partner-cases.ts";

const TEXT_LIMIT = 4000;

export interface CaseLine {
  caseNumber: string;
  company: string;
  status: string;
  open: boolean;
  protectedUntil: string | null;
  missing: string[];
}

export interface MailEntry {
  at: string;
  direction: "sent" | "received";
  subject: string;
  text: string;
}

export interface CaseStatusView extends CaseLine {
  lang: Lang;
  registeredOn: string;
  timeline: MailEntry[];
}

export interface FirmStatusView {
  lang: Lang;
  firm: string;
  cases: CaseLine[];
}

function caseLine(c: Case, lang: Lang): CaseLine {
  return {
    caseNumber: c.case_number,
    company: companyLabel(c.registration, lang),
    status: statusText(c.status, lang),
    open: ["incomplete", "pending", "info_requested", "conflict"].includes(c.status),
    protectedUntil: c.status === "approved" && c.protected_until ? formatDate(c.protected_until, lang) : null,
    missing: c.missing.map((p) => fieldLabel(p, lang)),
  };
}

function stamp(d: Date): string {
  return d.toISOString().slice(0, 16).replace("T", " ") + " UTC";
}

export async function loadCaseStatus(db: Database, caseId: number, key: string): Promise<CaseStatusView | null> {
  const c = await findCaseById(db, caseId);
  const firm = c ? firmOf(c.partner_email) : null;
  if (!c || !firm || firmKey(firm) !== key) return null;
  const lang = caseLang(c);
  const { received: inbound, sent: outbound } = await caseMailHistory(db, c.id, PARTNER_MAIL_KINDS);
  const entries: (MailEntry & { t: number })[] = [
    ...inbound
      .filter((m) => {
        const f = m.from_address ? firmOf(m.from_address) : null;
        return f !== null && firmKey(f) === key; // what the partner's firm sent, nobody else
      })
      .map((m) => ({
        t: m.received_at.getTime(),
        at: stamp(m.received_at),
        direction: "sent" as const,
        subject: m.subject ?? "",
        text: stripReply(m.text_body ?? "").newText.slice(0, TEXT_LIMIT),
      })),
    ...outbound.map((m) => ({
      t: m.created_at.getTime(),
      at: stamp(m.created_at),
      direction: "received" as const,
      subject: m.subject,
      text: m.text_body.slice(0, TEXT_LIMIT),
    })),
  ];
  entries.sort((a, b) => a.t - b.t);
  return {
    ...caseLine(c, lang),
    lang,
    registeredOn: formatDate(c.created_at, lang),
    timeline: entries.map(({ t: _t, ...e }) => e),
  };
}

export async function loadFirmStatus(db: Database, key: string, now: Date): Promise<FirmStatusView | null> {
  const firm = parseFirmKey(key);
  if (!firm) return null;
  const rows = await casesOfFirm(db, firm, { now });
  const lang = rows[0] ? caseLang(rows[0]) : "en";
  return { lang, firm: firm.key, cases: rows.map((c) => caseLine(c, lang)) };
}

/** A case of the firm by number (for the firm page's links), or null. */
export async function firmCaseId(db: Database, key: string, caseNumber: string): Promise<number | null> {
  const c = await findCaseByNumber(db, caseNumber);
  const firm = c ? firmOf(c.partner_email) : null;
  return c && firm && firmKey(firm) === key ? c.id : null;
}
