// A case in CRM words: the ids stored on it and the deal, company and contact a sync job sends.
// The queries are in services/repos/crm-sync.ts.
import type { Case } from "../repos/cases.ts";
import type { CrmCase, CrmIds } from "./types.ts";

type CaseRow = Omit<Case, "registration" | "provenance">;

export function crmIdsOf(row: CaseRow): CrmIds {
  return { companyId: row.crm_company_id, contactId: row.crm_contact_id, dealId: row.crm_deal_id };
}

export function toCrmCase(row: CaseRow, publicUrl: string | undefined): CrmCase {
  return {
    caseNumber: row.case_number,
    status: row.status,
    writeStage: row.crm_deal_id === null || row.crm_synced_status !== row.status,
    companyName: row.company_name,
    companyDomain: row.company_domain,
    contactName: row.contact_name,
    contactEmail: row.contact_email,
    partnerEmail: row.partner_email,
    partnerName: row.partner_name,
    partnerCompany: row.partner_organization,
    protectedUntil: row.protected_until,
    decisionReason: row.decision_reason,
    caseUrl: publicUrl
      ? new URL(
          `admin/cases/${encodeURIComponent(row.case_number)}`,
          publicUrl.endsWith("/") ? publicUrl : `${publicUrl}/`,
        ).href
      : null,
    createdAt: row.created_at,
  };
}
