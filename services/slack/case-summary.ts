// What a Slack message says about a case, read from its row. Managers may see which case a
// conflict is with (partners never do).
import type { Database } from "../../db/connection.ts";
import { findCaseNumberById, type Case } from "../repos/cases.ts";
import { publicUrl, type Config } from "../config/env.ts";
import { companyLabel } from "../cases/mail/case-mail.ts";
import { fieldLabel, formatDate, oneLine, statusText } from "../cases/mail/i18n.ts";
import type { CaseSummary } from "./messages.ts";

const CONFLICT: Record<string, string> = {
  registered_by_other_partner: "already registered by another partner",
  existing_customer: "existing customer",
  blocked_account: "blocked account",
};

export async function caseSummary(db: Database, config: Config, c: Case): Promise<CaseSummary> {
  const other = c.conflict_case_id ? await findCaseNumberById(db, c.conflict_case_id) : null;
  const conflict = c.conflict_reason
    ? `${CONFLICT[c.conflict_reason] ?? c.conflict_reason}${other ? ` (${other})` : ""}`
    : null;
  return {
    caseId: c.id,
    caseNumber: c.case_number,
    company: companyLabel(c.registration, "en"),
    partner: oneLine(
      [c.partner_name, c.partner_organization ? `(${c.partner_organization})` : null, `<${c.partner_email}>`]
        .filter(Boolean)
        .join(" "),
      200,
    ),
    status: statusText(c.status, "en"),
    conflict,
    protectedUntil: c.protected_until ? formatDate(c.protected_until, "en") : null,
    missing: c.missing.map((p) => fieldLabel(p, "en")),
    adminUrl: `${publicUrl(config)}/admin/cases/${encodeURIComponent(c.case_number)}`,
  };
}
