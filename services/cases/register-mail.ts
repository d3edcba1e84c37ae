// A registration mail whose attached table holds several registrations: its own (the first
// row) and each further row become registrations of their own (own case, deduplicated like any
// other, provenance naming the row), and the partner gets ONE acknowledgement listing them all.
// Runs in the caller's transaction, which records the message's outcome last: a crash before
// the commit leaves nothing behind, and the (mail, row) key on cases makes a second case for a
// row impossible should the mail ever be processed again.
import type { Transaction } from "kysely";
import type { DB } from "../../db/schema.ts";
import type { RowRef, RowRegistration } from "../parser/types.ts";
import { addReviewItem } from "../repos/review-items.ts";
import type { AckListing } from "./mail/case-mail.ts";
import { companyLabel } from "./mail/case-mail.ts";
import { caseLang, fieldLabel, say, statusText, type Lang } from "./mail/i18n.ts";
import {
  acknowledge,
  ackRecipient,
  placeRegistration,
  registerLead,
  type Placed,
  type RegisterContext,
  type RegisterResult,
} from "./register-lead.ts";

export async function registerMail(
  trx: Transaction<DB>,
  ctx: RegisterContext,
): Promise<RegisterResult & { queuedMail: boolean }> {
  const { parsed } = ctx;
  if (parsed.rows.length === 0 && parsed.rowsOverLimit.length === 0) {
    const r = await registerLead(trx, ctx);
    return { ...r, queuedMail: r.caseId !== null };
  }
  const main = await placeRegistration(trx, ctx);
  const rows: Array<{ row: RowRegistration; placed: Placed | null }> = [];
  for (const [i, row] of parsed.rows.entries()) rows.push({ row, placed: await placeRow(trx, ctx, row, i + 1) });
  if (parsed.rowsOverLimit.length) {
    await addReviewItem(trx, {
      reason: "rows_over_limit",
      detail: overLimitDetail(parsed.rowsOverLimit, ctx.config.ATTACHMENT_ROWS_PER_MAIL, parsed.attachmentNotes),
      inboundMessageId: ctx.inboundMessageId,
    });
  }
  // the acknowledgement goes under the mail's own case, else under the first row's
  const lead = main.caseRow ? { ...main, caseRow: main.caseRow } : firstCase(rows.map((r) => r.placed));
  if (!lead) return { ...main.result, queuedMail: false };
  const lang = caseLang(lead.caseRow);
  const to = ackRecipient(ctx, lead);
  const listing: AckListing[] = [];
  if (!main.caseRow)
    listing.push({ caseNumber: null, label: say(lang, "listing.ownMail"), status: say(lang, "listing.toReview") });
  for (const { row, placed } of rows) {
    if (placed?.caseRow?.id === lead.caseRow.id) continue; // the acknowledgement's own case
    listing.push(rowListing(row, placed, to, lang));
  }
  for (const range of rowRanges(parsed.rowsOverLimit))
    listing.push({
      caseNumber: null,
      label: say(lang, "listing.rows", { range }),
      status: say(lang, "listing.overLimit", { n: ctx.config.ATTACHMENT_ROWS_PER_MAIL }),
    });
  await acknowledge(trx, ctx, lead, listing);
  return { ...main.result, queuedMail: true };
}

/** A further row: a registration like any other, or review when it reads as none. */
async function placeRow(
  trx: Transaction<DB>,
  ctx: RegisterContext,
  row: RowRegistration,
  index: number,
): Promise<Placed | null> {
  const where = rowWhere(row.source, "en");
  if (row.output.kind !== "registration") {
    await addReviewItem(trx, {
      reason: "not_registration",
      detail: `${where}: not read as a registration`,
      inboundMessageId: ctx.inboundMessageId,
    });
    return null;
  }
  return placeRegistration(trx, {
    ...ctx,
    parsed: { ...ctx.parsed, output: row.output, provenance: row.provenance, text: row.text },
    sourceRow: { index, where },
  });
}

function firstCase(placed: Array<Placed | null>): (Placed & { caseRow: NonNullable<Placed["caseRow"]> }) | null {
  for (const p of placed) if (p?.caseRow) return { ...p, caseRow: p.caseRow };
  return null;
}

/** How the acknowledgement lists a row. An existing case is named only to the address it was
 * registered from (as its own acknowledgement would be). */
function rowListing(row: RowRegistration, placed: Placed | null, to: string, lang: Lang): AckListing {
  const reg = row.output.registration;
  const where = rowWhere(row.source, lang);
  const label = reg ? `${companyLabel(reg, lang)} (${where})` : where;
  if (!placed?.caseRow) return { caseNumber: null, label, status: say(lang, "listing.toReview") };
  const c = placed.caseRow;
  if (placed.existing) {
    return c.partner_email === to
      ? { caseNumber: c.case_number, label, status: `${say(lang, "listing.before")}; ${statusText(c.status, lang)}` }
      : { caseNumber: null, label, status: say(lang, "listing.firm") };
  }
  const missing = c.missing.length
    ? `; ${say(lang, "listing.missing", { fields: c.missing.map((p) => fieldLabel(p, lang)).join(", ") })}`
    : "";
  return { caseNumber: c.case_number, label, status: `${statusText(c.status, lang)}${missing}` };
}

function rowWhere(ref: RowRef, lang: Lang): string {
  return `${say(lang, "listing.row", { row: ref.row })}${ref.file ? `, ${ref.file}` : ""}`;
}

/** Rows as ranges per file: "52–60, leads.xlsx". */
export function rowRanges(refs: RowRef[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < refs.length) {
    const first = refs[i]!;
    let last = first;
    while (i + 1 < refs.length && refs[i + 1]!.file === first.file && refs[i + 1]!.row === last.row + 1)
      last = refs[++i]!;
    i++;
    out.push(
      `${first.row === last.row ? first.row : `${first.row}–${last.row}`}${first.file ? `, ${first.file}` : ""}`,
    );
  }
  return out;
}

export function overLimitDetail(refs: RowRef[], limit: number, notes: string[]): string {
  return [
    `${refs.length} rows past the limit of ${limit} registrations per mail (ATTACHMENT_ROWS_PER_MAIL) were not registered: rows ${rowRanges(refs).join("; ")}`,
    ...notes,
  ]
    .join(". ")
    .slice(0, 1000);
}
